"""A chamber's or a council's sitting, named by the body that sits: "el pleno de ayer en la
Asamblea de Madrid" is the "Pleno de la Asamblea de Madrid", as "el pleno del Ayuntamiento de
Elche" is the "Pleno del Ayuntamiento de Elche". Where it is held ("en la sede de Vallecas")
names no body."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY
from graph.ingest.nlp.events import SITTINGS
from graph.ingest.nlp.words import folded_lemma

_OF_OR_IN = {"de", "del", "en"}


def sitting_body(parsed, noun) -> tuple[list[str], int] | None:
    """The words that name a sitting's body after its kind noun ("de la Asamblea de
    Madrid") and the last token they take, or None when the noun is no sitting or names no
    body."""
    if folded_lemma(noun) not in SITTINGS:
        return None
    for child in sorted(noun.children, key=lambda c: c.i):
        if child.dep_ != "nmod" or child.i < noun.i:
            continue
        case = next((k.lower_ for k in child.children if k.dep_ == "case"), None)
        mention = parsed.mention(child)
        if case not in _OF_OR_IN or mention is None or \
                not parsed.kb.is_a(mention.key, ORGANIZATION) or \
                parsed.kb.is_a(mention.key, PARTY):
            continue
        article = next((k.lower_ for k in child.children if k.dep_ == "det"), None)
        label = parsed.doc[mention.start:mention.end].text
        if case == "del" or article == "el":
            return ["del", label], mention.end - 1
        return ["de"] + ([article] if article else []) + [label], mention.end - 1
    return None
