"""A sentence that closes on a comment about what it told ("viajó a Buenos Aires, donde fue
recibido por X, una foto que su equipo difundió"; "…, un gesto que nadie esperaba"): the small
model takes the comment's noun for the subject of the main verb, so the verb's own subject,
left unsaid, is never looked for. Such a noun is an apposition to the clause, not its
subject."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role

_INDEFINITE = {"un", "una"}


def comments_as_appositions(doc):
    for noun in doc:
        if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or noun.i < noun.head.i or \
                noun.head.pos_ not in ("VERB", "AUX"):
            continue
        first = noun.left_edge
        if first.i == 0 or doc[first.i - 1].text != "," or first.lower_ not in _INDEFINITE:
            continue
        last = noun.right_edge.i + 1
        if last < noun.sent.end and not doc[last].is_punct or base_role(noun)[0] is not None:
            continue  # a phrase that ends the sentence, and no person ("un dirigente")
        noun.dep_ = "dep"
    return doc
