"""A name that opens on a place and goes on past "de" and an article to words of its own:
"Europa de las Naciones Soberanas", "América de los Pueblos Libres" name a group, not the
place, so the longer run wins over the place the graph knows. The article keeps out what the
press writes of a place and its ruler ("la Hungría de Orbán") and the capitals keep out a
slogan ("la Europa de las naciones"); a place or a person after "de" ("Europa de los
Balcanes", "la Italia de los Meloni") stays out too."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, PLACE
from graph.ingest.nlp import gazetteer as gz

_ARTICLES = {("la",), ("las",), ("los",), ("el",)}


def place_opens_name(linker, run, inner) -> bool:
    """Whether `run` is a group's name opening on the one known place `inner` holds; the run
    is then tagged an organization (the model reads the place in it)."""
    r = linker.r
    if len(inner) != 1 or inner[0].start != run.start or not inner[0].iris or \
            not all(linker.kb.classes(i) & {PLACE, COUNTRY} for i in inner[0].iris):
        return False
    at = inner[0].end
    if run.end - at < 3 or r.keys[at] != ("de",) or r.keys[at + 1] not in _ARTICLES:
        return False
    rest = range(at + 2, run.end)
    words = r.key(at + 2, run.end)
    if not all(r.caps[i] or r.keys[i] and r.keys[i][0] in gz.PARTICLES for i in rest) or \
            any(r.ner.get(i) == "PER" or gz.is_given_name(r.keys[i][0]) for i in rest
                if r.keys[i]) or \
            gz.place(words) is not None or words in r.t.names:
        return False
    run.ner = "ORG"
    return True
