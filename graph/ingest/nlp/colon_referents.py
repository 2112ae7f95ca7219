"""A title that opens what a colon explains takes up the person named just before the colon:
"Quien no estuvo fue X: el expresidente no ha apoyado a Y", "Faltó X: la exministra alegó
compromisos". The colon ties the two clauses, so the title is not an earlier holder of it
named paragraphs before."""

from __future__ import annotations

from graph.ingest.nlp.ends import METONYM, End, gender_of


def named_before_colon(parsed, token) -> list[End]:
    """The person whose name ends right before the colon that opens `token`'s phrase, when
    the title may be theirs by gender; none otherwise."""
    edge = token.left_edge.i
    if edge < 2 or parsed.doc[edge - 1].text != ":":
        return []
    if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") or
           c.dep_ == "nmod" and parsed.mention(c) is not None for c in token.children):
        return []  # "el partido de X: su líder acudió": the title says whose it is
    mention = next((m for m in parsed.linked.mentions if m.end == edge - 1), None)
    if mention is None or mention.kind == METONYM or not parsed.is_person(mention.key):
        return []
    gender = gender_of(token)
    if gender and not parsed.gender_fits(mention.key, gender):
        return []
    return [End(mention.key, token.i, token.i, reference=True, distance=0)]
