"""A new name whose head word is an event's ("Foro Asturias", "Encuentro Ciudadano", "Convención
Liberal") that the text gives a president, members or deputies is a body, not a gathering: "la
presidenta de Foro Asturias", "el diputado de Encuentro Ciudadano". A party's name goes without
an article after "de" ("de Vox", "de Foro Asturias"), where an event's takes one ("del Foro de
Madrid", "de la Cumbre X"); the body is a party when the title is a seat or a candidacy, or the
text calls it a party around the name."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, ORGANIZATION, PARTY, SUMMIT
from graph.ingest.nlp.words import ROLE_WORDS
from graph.ingest.reading import fold

_HOLDERS = {"leader", "head", "deputy", "member", "seat", "candidate", "representative"}
_PARTY_HOLDERS = {"seat", "candidate"}
_PARTY_WORDS = {"partido", "partidos", "formacion", "formaciones"}


def bodies_named_as_events(linker) -> None:
    doc = linker.doc
    for mention in linker.linked.mentions:
        entity = linker.linked.entities.get(mention.key)
        if entity is None or entity.cls not in (EVENT, SUMMIT) or \
                mention.start < 2 or doc[mention.start - 1].lower_ != "de":
            continue
        kind = ROLE_WORDS.get(fold(doc[mention.start - 2].lower_))
        if kind not in _HOLDERS:
            continue
        sentence = doc[mention.start].sent
        around = doc[sentence.start:min(len(doc), sentence.end + 40)]
        party = kind in _PARTY_HOLDERS or any(fold(t.lower_) in _PARTY_WORDS for t in around)
        cls = PARTY if party else ORGANIZATION
        entity.cls = cls
        for other in linker.linked.mentions:
            if other.key == mention.key:
                other.cls = cls
