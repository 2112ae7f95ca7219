"""Who was beside one taking part, told with a verb of being there: "Junto a él estaba el
procurador X", "A su lado se sentó la senadora Y", "Junto a ella permanecieron A y B". The
pronoun (or the possessive) takes up the person the text was just following; when the text
has that person at a gathering, those beside them were at it too. Those beside them met them
too (a verbless line, "Junto a él, X", is beside_lines.py's)."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_items import listed
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_THERE = {"estar", "sentar", "sentarse", "situar", "ubicar", "colocar", "permanecer",
          "encontrar", "aparecer"}
_PRONOUNS = {"el", "ella", "ellos", "ellas"}
_SIDES = {"lado", "vera", "derecha", "izquierda"}


def beside_presence(parsed, found: list[Found]) -> list[Found]:
    attended = {}
    for claim in found:
        if claim.relation == "participatedIn" and not claim.negated:
            attended.setdefault(claim.subject.key, claim)
    out: list[Found] = []
    taken = {(c.subject.key, c.object.key) for c in found if c.relation == "participatedIn"}
    for sentence in parsed.doc.sents:
        verb = _verb_after_side(sentence)
        if verb is None:
            continue
        host = parsed.focus(parsed.sentence_of(verb.idx), before=sentence.start)
        if host is not None and parsed.is_person(host):
            out += _met_beside(parsed, host, verb)
        claim = attended.get(host)
        if claim is None:
            continue
        for person in listed(parsed, verb.i + 1):
            if person.reference or not parsed.is_person(person.key) or person.key == host or \
                    (person.key, claim.object.key) in taken or \
                    not parsed.kb.fits("participatedIn", person.key, claim.object.key):
                continue
            taken.add((person.key, claim.object.key))
            out.append(replace(claim, subject=person, confidence=0.6, cue="verb:estar",
                               trigger=verb.i, qualifiers={}))
    return out


def _met_beside(parsed, host: str, verb) -> list[Found]:
    """Standing beside someone is meeting them, at a gathering or not."""
    host_end = End(host, verb.i, verb.i, reference=True, distance=1)
    return [Found("met", host_end, person, 0.6, "verb:" + verb_lemma(verb), verb.i)
            for person in listed(parsed, verb.i + 1)
            if not person.reference and parsed.is_person(person.key) and person.key != host and
            parsed.kb.fits("met", host, person.key)]


def _verb_after_side(sentence):
    """The verb of being there right after an opening "Junto a él" or "A su lado", not
    denied nor to come."""
    words = [t for t in sentence if not t.is_space]
    texts = [fold(t.lower_) for t in words]
    if texts[:3] in (["junto", "a", p] for p in _PRONOUNS):
        rest = 3
    elif len(texts) > 3 and texts[0] == "a" and texts[1] == "su" and texts[2] in _SIDES:
        rest = 3
    else:
        return None
    if rest < len(words) and texts[rest] in ("se", "le", "la", "lo"):
        rest += 1
    if rest >= len(words):
        return None
    verb = words[rest]
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _THERE or \
            "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood") or \
            any(fold(t.lower_) in NEGATORS for t in words[:rest]):
        return None
    return verb
