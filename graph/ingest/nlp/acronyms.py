"""Acronyms and the full names they abbreviate within a document: "el Partido Popular ... el
PP", "el PP ... el Partido Popular", "la Unión Demócrata Independiente ... la UDI". An acronym
made of the initials of a name's capitalised words (particles left out) names the same entity
in the same text, and the graph's entity when the full name is one of its labels or aliases;
a new entity keeps the acronym the text used as an alias. Persons and places are never
abbreviated so."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, OFFICE, PERSON, PLACE
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.entity_types import acceptable_alias

_NOT_ABBREVIATED = {PERSON, PLACE, COUNTRY, OFFICE}
_ARTICLES = {"La", "El", "Los", "Las"}


def acronym_of(name: str) -> str | None:
    """"Partido Popular" -> "PP", "Unión Demócrata Independiente" -> "UDI": the initials of
    the name's capitalised content words, when there are at least two and no other words."""
    words = name.split()
    content = [w for w in words if w[:1].isupper() and gz.fold_key(w) and
               gz.fold_key(w)[0] not in gz.PARTICLES]
    linking = [w for w in words if not w[:1].isupper()]
    # lower-case words of a name are its prepositions and articles ("por la", "de los")
    if len(content) < 2 or any(len(w) > 5 for w in linking) or \
            any(w.isupper() and len(w) > 1 for w in content):
        return None
    return "".join(w[0] for w in content).upper()


def note_acronym(linker, key: str, text: str, kind: str, cls: str) -> None:
    """After the linker took a mention of `key` written `text`: a full name makes its acronym
    a name of the entity in this document, and takes over an earlier mention that used the
    acronym alone; an acronym that named a new entity becomes one of its aliases."""
    if cls in _NOT_ABBREVIATED:
        return
    if kind == "acronym" and key.startswith(NEW):
        entity = linker.linked.entities[key]
        if text not in entity.aliases and text != entity.label and \
                acceptable_alias(text, entity.label):
            entity.aliases.append(text)
        return
    initials = acronym_of(text)
    if initials is None or len(initials) < 2:
        return
    # "La Libertad Avanza" is "LLA": a name's own leading article may give its initial too
    article = text.split()[0] if text.split()[0] in _ARTICLES else ""
    for acronym in [initials] + ([article[0] + initials] if article else []):
        short = gz.fold_key(acronym)
        if short in linker.r.t.names:
            continue  # the graph's own name of something
        earlier = [k for k in linker.doc_names.get(short, ()) if k != key and
                   k.startswith(NEW) and linker.linked.entities[k].label == acronym]
        for old in earlier:
            _take_over(linker, old, key, acronym)
        linker.doc_names[short] = [key]


def _take_over(linker, old: str, key: str, acronym: str) -> None:
    """"El PP ganó ... el Partido Popular": the acronym's proposal joins the full name."""
    entity = linker.linked.entities.pop(old)
    cls = linker.linked.entities[key].cls if key.startswith(NEW) else linker.kb_class(key)
    for mention in linker.linked.mentions:
        if mention.key == old:
            mention.key, mention.kind, mention.cls = key, "acronym", cls
    if key.startswith(NEW):
        target = linker.linked.entities[key]
        target.mentions += entity.mentions
        if acronym not in target.aliases:
            target.aliases.append(acronym)
    linker.recent = [key if k == old else k for k in linker.recent]


def spelled_out(acronym: str, name: str) -> bool:
    """Whether `name` is the full name the capitals `acronym` stand for."""
    return acronym.isupper() and acronym_of(name) == acronym


def short_form(label: str) -> bool:
    """An acronym: one word, short, mostly capitals ("PdC", "FrP", "UDI")."""
    letters = [c for c in label if c.isalpha()]
    return " " not in label and 2 <= len(letters) <= 7 and \
        sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)
