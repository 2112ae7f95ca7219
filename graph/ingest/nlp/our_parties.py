""""«Vox es un partido hermano de nuestro partido»", "«un acuerdo entre nuestro movimiento y la
fundación X»": a party's noun that the one who speaks calls "ours" is the party the text ties
the speaker to, if only one (a speaker tied to none, or to several, names none)."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_PARTY_NOUNS = {"partido", "formacion", "movimiento", "organizacion", "fuerza", "agrupacion"}
_OURS = {"nuestro", "nuestra"}


def our_party(parsed, token) -> list[End] | None:
    """The speaker's party when `token` is "nuestro partido" in someone's words; None when it
    is no such phrase."""
    if folded_lemma(token) not in _PARTY_NOUNS or token.morph.get("Number") == ["Plur"] or \
            not any(c.dep_ == "det" and fold(c.lower_) in _OURS for c in token.children):
        return None
    from graph.ingest.nlp.clauses import first_person_speaker  # (the module reads a Parsed)

    found = []
    for speaker in first_person_speaker(parsed, token):
        parties = {org for org, person in parsed.affiliation.items()
                   if person == speaker.key and parsed.kb.is_a(org, PARTY)}
        if len(parties) == 1:
            found.append(End(parties.pop(), token.i, token.i, reference=True, distance=1))
    return found


def without_own_party_allies(parsed, found: list) -> list:
    """No one is allied with the party the text ties them to ("«Hay una alianza entre nuestro
    partido y Vox», dijo X" allies X's party with Vox, not X with it)."""
    return [c for c in found if c.relation != "allied" or not any(
        parsed.affiliation.get(party) == person and parsed.kb.is_a(party, PARTY)
        for person, party in ((c.subject.key, c.object.key), (c.object.key, c.subject.key)))]
