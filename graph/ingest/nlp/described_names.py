"""The class a text gives a new name by describing it right after it: "Creemos, el partido que
lidera Camacho", "Libre, la coalición del expresidente", "Foro Madrid, la red iberoamericana
impulsada por Vox". The describing noun says what the name is, over its shape or the lists'
usual class for it."""

from __future__ import annotations

from graph.ingest.knowledge import (
    COALITION,
    COUNTRY,
    MEDIA,
    NETWORK,
    ORGANIZATION,
    PARTY,
    PLACE,
)
from graph.ingest.model import NEW
from graph.ingest.reading import fold

# Nouns of a body whose class they give the name they describe ("alianza", "frente" and
# "plataforma" name coalitions, networks and events alike)
_KINDS = {
    "partido": PARTY, "formacion": PARTY, "colectividad": PARTY,
    "coalicion": COALITION, "red": NETWORK,
    "fundacion": ORGANIZATION, "instituto": ORGANIZATION, "asociacion": ORGANIZATION,
    "organizacion": ORGANIZATION, "ong": ORGANIZATION, "sindicato": ORGANIZATION,
    "think": ORGANIZATION, "laboratorio": ORGANIZATION, "observatorio": ORGANIZATION,
    "diario": MEDIA, "periodico": MEDIA, "semanario": MEDIA, "revista": MEDIA,
    "emisora": MEDIA, "cadena": MEDIA, "canal": MEDIA, "portal": MEDIA,
}
_ARTICLES = {"el", "la", "los", "las", "un", "una", "su", "sus", "otro", "otra"}
# Classes a description does not correct: a place is not described this way (and a person
# never is: one the shape of a name made a person may be corrected)
_KEPT = {PLACE, COUNTRY}


def described_kind(doc, end: int) -> str | None:
    """The class the description after a name ending at token `end` gives it: ", el partido
    ...", ", la nueva red ...", ", un pequeño partido ...", the noun in apposition to it."""
    if end + 2 >= len(doc) or doc[end].text != "," or fold(doc[end + 1].lower_) not in _ARTICLES:
        return None
    i = end + 2
    while i < len(doc) and i < end + 4 and doc[i].pos_ == "ADJ":
        i += 1  # "la nueva formación", "un pequeño partido"
    if i >= len(doc) or doc[i].pos_ != "NOUN":
        return None
    return _KINDS.get(fold(doc[i].lower_)) or _KINDS.get(fold(doc[i].lemma_.lower()))


def described_next(doc, end: int, noun) -> bool:
    """Whether the name ending before token `end` is the one the noun `noun` describes right
    after it (", la fiesta anual", ", el primer gran acto"), not one farther before it that
    the parse hung the noun on."""
    between = doc[end:noun.i]
    return bool(between) and between[0].text == "," and all(
        t.pos_ in ("DET", "ADJ", "NUM") for t in between[1:])


def classes_of_descriptions(linker) -> None:
    doc = linker.doc
    for mention in linker.linked.mentions:
        if not mention.key.startswith(NEW) or mention.cls in _KEPT:
            continue
        first = doc[mention.start]
        if first.dep_ == "conj" or mention.start and doc[mention.start - 1].lower_ in (
                "y", "e") or doc[mention.start - 2:mention.start].text.lower() in (
                "y el", "y la", "e el"):
            continue  # "LLA y el PRO, el frente libertario": said of both
        kind = described_kind(doc, mention.end)
        if kind is None or kind == mention.cls:
            continue
        linker.linked.entities[mention.key].cls = kind
        for other in linker.linked.mentions:
            if other.key == mention.key:
                other.cls = kind
