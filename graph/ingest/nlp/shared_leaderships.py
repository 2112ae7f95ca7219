"""A leadership shared with another: "Weidel, que comparte la presidencia de la formación con
Tino Chrupalla", "comparte el liderazgo de Vox con X". Both the subject and the one it is
shared with lead the organization the leadership is of."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma, of_complements, verb_lemma

# Nouns of the post at an organization's head
_LEADERSHIPS = {"presidencia", "copresidencia", "liderazgo", "jefatura", "direccion",
                "secretaria"}
_WITH = ("con", "junto a", "junto con")


def shared_leadership_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ != "VERB" or verb_lemma(token) != "compartir":
        return []
    post = next((c for c in token.children if c.dep_ == "obj" and
                 folded_lemma(c) in _LEADERSHIPS), None)
    if post is None:
        return []
    bodies = [e for c in of_complements(post) for e in _body_ends(parsed, c)
              if parsed.kb.is_a(e.key, ORGANIZATION) and not parsed.is_person(e.key)]
    # the partner hangs on the verb or on the post's noun
    partners = [e for h in (token, post) for c in h.children
                if c.dep_ in ("obl", "nmod") and preposition(c) in _WITH
                for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    # the time of the sharing ("desde 2022") is when the partner came in; the subject may
    # have led before it
    leaders = [(e, False) for e in subject_ends(parsed, token) if parsed.is_person(e.key)] + \
        [(e, True) for e in partners]
    return [Found("leaderOf", leader, body, 0.6, "verb:compartir", token.i, dated=dated)
            for leader, dated in leaders for body in bodies
            if parsed.kb.fits("leaderOf", leader.key, body.key)]


def _body_ends(parsed: Parsed, noun) -> list[End]:
    """The organization a "de" phrase names, or the one its noun stands for ("de la
    formación": the party named before)."""
    named = phrase_ends(parsed, noun)
    if named or noun.pos_ != "NOUN":
        return named
    key = parsed.organization_before(noun.i, folded_lemma(noun))
    return [End(key, noun.i, noun.i, reference=True, distance=1)] if key else []
