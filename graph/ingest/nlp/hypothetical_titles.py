"""A title that is the predicate of a clause of its own, set before the name as if in
apposition ("Preguntado por si aceptaría ser candidato al Senado, Ruiz evitó responder"):
the clause's mood decides, and a conditional or a question asked holds nothing of the name."""

from __future__ import annotations

from graph.ingest.nlp.modality import modality

_UNHELD = {"conditional", "condition", "open question"}


def hypothetical_title(token) -> bool:
    """Whether the title noun `token` is predicated in a clause told as a hypothesis."""
    predicate = token.dep_ == "xcomp" or any(c.dep_ == "cop" for c in token.children)
    if not predicate:
        return False
    mood = modality(token)
    return not mood.asserted and mood.why in _UNHELD
