"""A list of bare titles opening a sentence before its subject: "Diputado por tercera vez,
jefe de la bancada libertaria y fundador del Partido Nacional Libertario, Kaiser es hoy ...",
"Exministra, senadora y presidenta de Vox en Murcia, Ana Gil cerró el acto". The role reader
takes the title nearest the name; each earlier one in the list is the same person's."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.words import base_role

_JOINING = {"y", "e"}


def fronted_title_claims(roles, mention: Mention) -> list[Found]:
    parsed = roles.parsed
    doc = parsed.doc
    if not parsed.is_person(mention.key) or mention.start < 3 or \
            doc[mention.start - 1].text != ",":
        return []
    sentence = doc[mention.start].sent
    start = sentence.start
    while start < mention.start and doc[start].is_space:
        start += 1
    word, _ = base_role(doc[start])
    if not word or doc[start].text[:1].islower():
        return []  # the sentence opens on a capitalized bare title, with no article
    items = _items(doc, start, mention.start - 1)
    if len(items) < 2:
        return []
    found: list[Found] = []
    for first, last in items[:-1]:  # the last is the one the role reader takes
        word, former = base_role(doc[first])
        if not word:
            continue
        end = min(roles._phrase_end(first), last)
        found += roles._claims(roles._phrase(first, end, word, former), mention, "apposition")
    return found


def _items(doc, start: int, comma: int) -> list[tuple[int, int]]:
    """The comma- and "y"-separated items from `start` to the comma before the name; none
    when a verb or a name of a person stands among them (a clause, not a list of titles)."""
    items = []
    first = start
    for i in range(start, comma + 1):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") and token.morph.get("VerbForm") == ["Fin"]:
            return []
        if token.text == "," or token.lower_ in _JOINING:
            if i > first:
                items.append((first, i - 1))
            first = i + 1
    return items
