"""An organization called by the first word of its name: "Patriotas" after "Patriotas por
Europa", "Foro" after "Foro Asturias". The press shortens a body's name so when the text names
it in full; a one-word proposal that opens the name of exactly one new body of the document is
that body (not a generic head such as "Unión" or "Partido", which opens many names)."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, PERSON, PLACE
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz

# Heads that open many bodies' names: alone, they name none of them in particular
_GENERIC = {"union", "partido", "frente", "movimiento", "alianza", "coalicion", "grupo",
            "bloque", "consejo", "comision", "red", "fundacion", "instituto", "asociacion",
            "centro", "comite", "congreso", "camara", "asamblea", "gobierno", "ministerio",
            "nueva", "nuevo", "gran", "el", "la", "los", "las"}
_NOT_BODIES = {PERSON, PLACE, COUNTRY}


def fold_short_organizations(linker) -> None:
    entities = linker.linked.entities
    bodies = [e for e in entities.values() if e.key.startswith(NEW) and
              e.cls not in _NOT_BODIES and len(gz.fold_key(e.label)) >= 2]
    for short in list(entities.values()):
        key = gz.fold_key(short.label)
        if not short.key.startswith(NEW) or len(key) != 1 or key[0] in _GENERIC or \
                short.cls in (PERSON, COUNTRY) or gz.place(short.label) is not None:
            continue
        fuller = {e.key for e in bodies if e is not short and gz.fold_key(e.label)[0] == key[0]}
        if len(fuller) != 1:
            continue
        target = fuller.pop()
        linker.fold(short, target)
        for mention in linker.linked.mentions:
            if mention.key == target:
                mention.kind = "name"
                mention.cls = entities[target].cls
