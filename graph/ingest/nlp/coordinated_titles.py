"""Two titles joined before one name: "el ministro de Exteriores y líder de Forza Italia,
Antonio Tajani", "La presidenta en funciones de la Junta y candidata del PP a la investidura,
María Guardiola". The title nearest the name is read as ever; the one before "y" is the same
person's only when the second title has no article of its own ("el ministro y el líder de X"
may be two persons) and nothing but the first title's words stand between "y" and what opens
it (an article, a preposition, the sentence's start)."""

from __future__ import annotations

from graph.ingest.nlp.offices import LINKS
from graph.ingest.nlp.words import base_role
from graph.ingest.reading import fold

_JOINING = {"y", "e"}
# What may open the first title: its article, a preposition taking it, the sentence's start
_OPENERS = {"DET", "ADP", "PUNCT", "SPACE", "CCONJ"}


def coordinated_title(reader, title):
    """The title joined by "y" before `title` (the one nearest the name), or None."""
    doc = reader.doc
    joint = title.first - 1
    if joint < 2 or doc[joint].lower_ not in _JOINING or doc[title.first].pos_ == "DET":
        return None
    first = _title_ending(reader, joint - 1)
    if first is None:
        return None
    opener = doc[first.first - 1] if first.first and doc[first.first].pos_ != "DET" else None
    if opener is not None and opener.pos_ not in _OPENERS:
        return None  # "Ana Gil, ministra y ..." is read as an apposition after the name
    if opener is not None and opener.pos_ == "PUNCT" and opener.text == ",":
        return None  # "X, ministro de Y y líder de Z, W": a list, not one holder
    return first


def _title_ending(reader, last: int):
    """The title phrase whose words end at `last` ("el ministro de Exteriores"): its role
    word, then only its complement's words and names of no person."""
    doc, parsed = reader.doc, reader.parsed
    i = last
    while i >= max(0, last - 10):
        token = doc[i]
        other = parsed.mention(token)
        if other is not None:
            if parsed.is_person(other.key):
                return None
            i = other.start - 1
            continue
        word, former = base_role(token)
        if word and token.pos_ in ("NOUN", "PROPN", "ADJ"):
            return reader._phrase(i, last, word, former)
        if token.pos_ not in ("ADJ", "DET", "ADP", "NOUN", "PROPN") and \
                token.lower_ not in LINKS:
            return None
        i -= 1
    return None


# "y desde ayer candidato de LLA", "y ahora portavoz", "y también diputada": words between
# "y" and the second title that date it or add it, not a title of their own
_INTERJECTED = {"ahora", "tambien", "ademas", "hoy", "actualmente"}
_SINCE_WHEN = {"ayer", "hoy", "entonces", "anoche", "enero", "febrero", "marzo", "abril",
               "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
               "diciembre"}


def past_interjection(doc, i: int) -> int:
    """Where the second of two joined titles after a name starts, `i` being the token after
    "y": past "desde ayer", "desde 2023", "ahora", "también"."""
    lower = fold(doc[i].lower_) if i < len(doc) else ""
    if lower in _INTERJECTED:
        return i + 1
    if lower == "desde" and i + 1 < len(doc) and (
            fold(doc[i + 1].lower_) in _SINCE_WHEN or doc[i + 1].like_num):
        return i + 2
    return i
