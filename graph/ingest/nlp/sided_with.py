"""A side taken in the first person singular: "«Estoy con Flávio», escribió en sus redes", "«Yo
estoy con Kast»". Standing with a person now, with no place or time of a visit ("estuve con
X en Roma"), is support for them; the first person plural of a party's spokesperson is an
alliance of parties instead (see we_allies)."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON
from graph.ingest.nlp.clauses import first_person_speaker, phrase_ends, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.we_allies import standing_now
from graph.ingest.nlp.words import folded_lemma


def sided_with_claims(parsed: Parsed, token) -> list[Found]:
    """"Estoy con X": the small model makes "con X" the predicate of the copula, or an
    oblique of "estar"."""
    if token.pos_ in ("PROPN", "NOUN") and preposition(token) == "con":
        verb = next((c for c in token.children if c.dep_ == "cop"), None)
        sides = [token]
    elif token.pos_ in ("VERB", "AUX") and token.dep_ != "cop":
        verb = token
        sides = [c for c in token.children if c.dep_ in ("obl", "obj") and
                 preposition(c) == "con"]
    else:
        return []
    if verb is None or folded_lemma(verb) != "estar" or not sides or \
            verb.morph.get("Person") != ["1"] or verb.morph.get("Number") != ["Sing"] or \
            not standing_now(verb):
        return []
    speakers = [e for e in first_person_speaker(parsed, verb) if parsed.is_person(e.key)]
    return [Found("endorsed", s, p, 0.6, "verb:estar con", token.i)
            for s in speakers[:1] for side in sides for p in phrase_ends(parsed, side)
            if p.key != s.key and parsed.kb.is_a(p.key, PERSON)]
