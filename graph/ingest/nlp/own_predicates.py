"""A title of another clause than the name after it: "Tras entrevistarse con el papa, Milei",
"Si Lucia Bassi acaba siendo la candidata, Matteo Salvini habrá perdido". The small model may
hang the name after the comma on the title as its apposition, but a title that is the object
of a clause, or the predicate of a conditional or adverbial one ("acaba siendo la
candidata"), is said of that clause's own subject, however the name is hung."""

from __future__ import annotations

from graph.ingest.nlp.clauses import in_own_clause


def of_another_clause(title, name) -> bool:
    """Whether the title noun `title` belongs to a clause the name token `name` is outside."""
    return title.dep_ in ("obj", "obl") and in_own_clause(title, name) or \
        title.dep_ == "xcomp" and any(c.dep_ == "cop" for c in title.children) and \
        title.head.dep_ == "advcl" and any(  # the predicate of that clause's own subject
            c.dep_.startswith("nsubj") and c.i != name.i for c in title.head.children)
