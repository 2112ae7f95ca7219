"""A measure voted together: "el BNG votó con el PP una enmienda al reglamento", "votaron
junto a Vox la moción": the subject and the party it voted the measure with are allies in it.
A vote with a party and no measure named ("el PSD votó con Vox en el Parlamento Europeo")
tells no more than a coincidence."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import verb_lemma

_WITH = ("con", "junto a", "junto con")


def joint_vote_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ != "VERB" or verb_lemma(token) != "votar" or not any(
            c.dep_ == "obj" and c.pos_ == "NOUN" for c in token.children):
        return []
    partners = [e for c in token.children if c.dep_ in ("obl", "obl:arg") and
                preposition(c) in _WITH for e in phrase_ends(parsed, c)
                if parsed.kb.is_a(e.key, PARTY)]
    return [Found("allied", s, p, 0.6, "verb:votar", token.i)
            for s in (subject_ends(parsed, token) if partners else []) for p in partners
            if s.key != p.key and parsed.kb.fits("allied", s.key, p.key)]
