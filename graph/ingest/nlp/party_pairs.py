""""Ambos partidos forman parte de Patriotas", "las dos formaciones comparten grupo": a pair
of parties said after two of their people is the people's parties, not the people. A claim
read on such a pair goes to the party each of the two was given in the text; with none given,
it is dropped rather than said of the person."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_PAIR_WORDS = {"ambos", "ambas", "dos"}
# Nouns of a party or a group of them.
_PARTY_NOUNS = {"partido", "formacion", "fuerza", "organizacion", "agrupacion", "movimiento",
                "coalicion", "colectividad", "siglas", "delegacion"}
_TIES = ("leaderOf", "memberOf", "represents")


def parties_for_pairs(parsed, found: list) -> list:
    party_of: dict[str, list] = {}
    for f in found:
        if f.relation in _TIES and not f.negated and not f.qualifiers.get("former") and \
                parsed.kb.is_a(f.object.key, PARTY):
            party_of.setdefault(f.subject.key, []).append(f.object)
    out, seen = [], set()
    for f in found:
        if f.subject.reference and parsed.is_person(f.subject.key) and \
                _party_pair(parsed.doc, f.subject):
            parties = list({e.key: e for e in party_of.get(f.subject.key, [])}.values())
            if len(parties) != 1:
                continue  # no party, or more than one, to put in the person's place
            party = replace(parties[0], first=f.subject.first, last=f.subject.last,
                            reference=True)
            key = (f.relation, party.key, f.object.key)
            if key in seen or party.key == f.object.key or not parsed.kb.fits(
                    f.relation, party.key, f.object.key):
                continue
            seen.add(key)
            f = replace(f, subject=party)
        out.append(f)
    return out


def _party_pair(doc, end) -> bool:
    """Whether the reference is "ambos partidos", "las dos formaciones"."""
    for token in doc[end.first:end.last + 1]:
        words = [token, token.head, *token.children]
        if any(fold(t.lower_) in _PAIR_WORDS for t in words) and any(
                folded_lemma(t) in _PARTY_NOUNS for t in words):
            return True
    return False
