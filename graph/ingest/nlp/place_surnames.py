"""A one-word name the gazetteer holds as a town that is a surname of a person the document
names in full: "Valdivia se presenta como el opositor..." in a headline, before "Gerardo
Valdivia Rentería" in the body. Many Spanish surnames are towns (Valdivia, Toledo, Medina,
Soria), and the linker, reading the headline first, proposes the town; later "Valdivia
participó" then finds that town by its name rather than the person. The town's mentions are
the person's when the text makes one of them a subject and never puts any after a preposition
of place ("en Valdivia", "desde Valdivia", "llegó a Valdivia")."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, PERSON, PLACE
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.retyped_places import OF_PLACE


def people_of_place_surnames(linker) -> None:
    doc, keys = linker.doc, linker.r.keys
    _people_of_known_places(linker)
    for key, entity in list(linker.linked.entities.items()):
        word = gz.fold_key(entity.label)
        if not key.startswith(NEW) or entity.cls != PLACE or len(word) != 1:
            continue
        owners = [e.key for e in linker.linked.entities.values() if e.cls == PERSON and
                  word[0] in gz.fold_key(e.label)[1:]]
        if len(owners) != 1:
            continue  # "Pedro Toledo ... Ana Toledo": which one it names is not known
        mentions = [m for m in linker.linked.mentions if m.key == key]
        if any(m.end - m.start != 1 or _located(doc, keys, m.start) for m in mentions):
            continue
        if any(doc[m.start].dep_ in ("nsubj", "nsubj:pass") for m in mentions):
            linker.fold(entity, owners[0])
            for mention in linker.linked.mentions:
                if mention.key == owners[0]:
                    mention.cls = PERSON


def _located(doc, keys, start: int) -> bool:
    """"en Zamora", "desde Zamora", "llegó a Zamora"; not "criticó a Zamora", its object."""
    before = keys[start - 1][:1] if start else ()
    return bool(before) and (before[0] in OF_PLACE or before[0] == "a" and
                             doc[start].dep_ not in ("obj", "iobj"))


def _people_of_known_places(linker) -> None:
    """"El primer ministro, Luís Montenegro, [...] Montenegro no se ha reunido con Ventura":
    a country or town the graph holds, written alone as the subject of a clause after a
    person named in full with it for surname, is that person (a place does not meet anyone);
    "en Montenegro" or "Montenegro firmó" with no such person stays the place."""
    doc, mentions = linker.doc, linker.linked.mentions
    for mention in mentions:
        if mention.end - mention.start != 1 or mention.kind == "metonym" or \
                mention.cls not in (PLACE, COUNTRY) and not linker.kb.is_a(mention.key, PLACE) \
                or doc[mention.start].dep_ not in ("nsubj", "nsubj:pass"):
            continue
        word = gz.fold_key(mention.text)
        owners = {m.key for m in mentions if m.start < mention.start and m.cls == PERSON and
                  m.end - m.start > 1 and word[0] in gz.fold_key(m.text)[1:]}
        if len(owners) == 1:
            place = mention.key
            mention.key, mention.cls, mention.kind = owners.pop(), PERSON, "surname"
            entity = linker.linked.entities.get(mention.key)
            if entity is not None:
                entity.mentions += 1
            if not any(m.key == place for m in mentions):
                linker.linked.entities.pop(place, None)  # no longer named at all
