"""A council seat named by its town hall: "concejala en el Ayuntamiento de Tudela", "el regidor
de Vox en el Ayuntamiento de Madrid", "edil del Concejo de Oviedo" are seats of the town
("Concejal de Tudela"); "en el Ayuntamiento de la ciudad" is a council seat of a town the
words do not name (the text's, which an earlier city named in passing does not tell)."""

from __future__ import annotations

from graph.ingest.reading import fold

_HALLS = {"ayuntamiento", "concejo", "consistorio", "municipio", "municipalidad",
          "concello", "ajuntament"}
_LINKING = {"en", "de", "del"}
# How far after the title its town hall may be: "concejal de Vox en el Ayuntamiento de X"
_REACH = 7


def council_town(parsed, title_token: int) -> tuple[str, str] | None:
    """The town hall's word and the town whose town hall the words after the title at
    `title_token` name; the town is "" when they do not name it (the seat is then a
    council's, of no place named, never the "Ayuntamiento"'s); None when they name no town
    hall."""
    doc = parsed.doc
    i = title_token + 1
    while i < len(doc) and i - title_token <= _REACH:
        token = doc[i]
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
        if fold(token.lower_) in _HALLS and doc[i - 1].lower_ in _LINKING | {"el", "la"} \
                and _after_link(doc, i):
            return fold(token.lower_), _town(parsed, i + 2) or ""
        i += 1
    return None


def _after_link(doc, i: int) -> bool:
    j = i - 1 if doc[i - 1].lower_ in _LINKING else i - 2
    return j >= 0 and doc[j].lower_ in _LINKING and i + 2 < len(doc) and \
        doc[i + 1].lower_ == "de"


def _town(parsed, start: int) -> str | None:
    """The town named at `start`, after the town hall's "de" ("de Tudela"); a person's name
    after it ("el regidor en el Ayuntamiento de Madrid Javier Ortega") is no part of it."""
    doc = parsed.doc
    i = start
    j = i
    while j < len(doc) and not _someone(parsed, j) and _in_name(doc, i, j):
        j += 1
    return doc[i:j].text if j > i and i == start else None


def _in_name(doc, first: int, j: int) -> bool:
    """Whether token `j` continues a town's name begun at `first` ("Santa Cruz de Tenerife")."""
    if doc[j].text[:1].isupper() and not doc[j].is_punct:
        return True
    return j > first and doc[j].lower_ in ("de", "del", "la") and j + 1 < len(doc) and \
        doc[j + 1].text[:1].isupper()


def _someone(parsed, i: int) -> bool:
    mention = parsed.mention(parsed.doc[i])
    return mention is not None and parsed.is_person(mention.key)
