"""An organization called by the first words of its name: "Patriotas" after "Patriotas por
Europa", "Foro" after "Foro Asturias", "Frente Renovador" after "Frente Renovador de la
Concordia". The press shortens a body's name so when the text names it in full; a proposal
whose words open the name of exactly one other body of the document (new, or the graph's as
the text writes it) is that body. One word alone must not be a generic head such as "Unión" or
"Partido", which opens many names."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, PERSON, PLACE
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz

# Heads that open many bodies' names: alone, they name none of them in particular
_GENERIC = {"union", "partido", "frente", "movimiento", "alianza", "coalicion", "grupo",
            "bloque", "consejo", "comision", "red", "fundacion", "instituto", "asociacion",
            "centro", "comite", "congreso", "camara", "asamblea", "gobierno", "ministerio",
            "nueva", "nuevo", "gran", "el", "la", "los", "las"}
# (a place the text names alone, "en Tomelloso", is no short name of a body named after it,
# "la plataforma Tomelloso Despierta")
_NOT_BODIES = {PERSON, PLACE, COUNTRY}


def fold_short_organizations(linker) -> None:
    entities = linker.linked.entities
    bodies = {e.key: gz.fold_key(e.label) for e in entities.values()
              if e.key.startswith(NEW) and e.cls not in _NOT_BODIES and
              len(gz.fold_key(e.label)) >= 2}
    bodies.update(_known_bodies(linker))
    for short in list(entities.values()):
        key = gz.fold_key(short.label)
        if not short.key.startswith(NEW) or not key or (len(key) == 1 and key[0] in _GENERIC) or \
                short.cls in _NOT_BODIES or gz.place(short.label) is not None:
            continue
        fuller = {k for k, name in bodies.items()
                  if k != short.key and len(name) > len(key) and name[:len(key)] == key and
                  not (len(key) > 1 and _of_place(name[len(key):]))}
        if len(fuller) != 1:
            continue
        target = fuller.pop()
        linker.fold(short, target)
        for mention in linker.linked.mentions:
            if mention.key == target:
                mention.kind = "name"
                if target in entities:
                    mention.cls = entities[target].cls


def _of_place(rest: tuple[str, ...]) -> bool:
    """Whether the words a fuller name adds only say where the body is: "la Alianza Nacional"
    is the party the text also calls "Alianza Nacional de Letonia", a name of its own (one
    word alone is none: "los Hermanos" are the "Hermanos de Italia")."""
    return len(rest) >= 2 and rest[0] in ("de", "del") and gz.place(rest[1:]) is not None


def _known_bodies(linker) -> dict[str, tuple[str, ...]]:
    """The graph's bodies the text names, each by the longest name it writes for it (a short
    form may follow the graph's body as it follows a new one)."""
    known: dict[str, tuple[str, ...]] = {}
    for mention in linker.linked.mentions:
        if mention.key.startswith(NEW) or mention.kind != "name" or \
                mention.cls in _NOT_BODIES or any(linker.kb.is_a(mention.key, c)
                                                  for c in _NOT_BODIES):
            continue
        name = gz.fold_key(mention.text)
        if len(name) > len(known.get(mention.key, ())):
            known[mention.key] = name
    return known
