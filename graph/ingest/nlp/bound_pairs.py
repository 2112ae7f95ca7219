"""What binds two parties or people: "Lo que une a Vox y a Chega no lo separa ninguna
frontera". "Unir" without its "se" has for object those it binds, not one who joins them
("se unió a Vox" is a membership): two or more named there are allies, and no one of the
clause joins either. What binds them is left unnamed ("lo que"), not an event or someone
("la boda unió a X y a Y" joined them in marriage)."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import verb_lemma


def bound_pair_claims(parsed: Parsed, verb) -> list[Found]:
    """The allies the non-reflexive verb `verb` ("une") binds, each pair once."""
    if any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children):
        return []
    bound = [e for c in verb.children if c.dep_ in ("obj", "obl") and
             preposition(c) in ("a", "al") for e in phrase_ends(parsed, c)]
    members = [e for e in {e.key: e for e in bound}.values() if parsed.is_agent(e.key)]
    return [Found("allied", a, b, 0.65, f"verb:{verb_lemma(verb)}", verb.i)
            for i, a in enumerate(members) for b in members[i + 1:]
            if parsed.kb.fits("allied", a.key, b.key)]
