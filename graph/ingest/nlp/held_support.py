"""Who has the speaker's support when the quotation drops the subject: "«Lucía Ferrán es la
única esperanza de Cuenca. Tiene todo mi apoyo», dijo X". The one person named just before,
in the verb's sentence or the one before, who is not the speaker; none when two could be."""

from __future__ import annotations

from graph.ingest.nlp.ends import End


def held_support(parsed, verb, speakers: set[str]) -> list[End]:
    keys = []
    for _, key in parsed.persons_before(verb.i, back=1):
        if key not in speakers and key not in keys:
            keys.append(key)
    if len(keys) != 1:
        return []
    return [End(keys[0], verb.i, verb.i, reference=True, distance=1)]
