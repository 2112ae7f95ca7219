"""The countries a document is about: those it names most, by a place's name, a demonym or the
country of the graph's entities it names. A common-noun alias of the graph ("oposición") links
only when its entity's country is one of them."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.shared_towns import words_country


def document_countries(reader, knowledge, spans) -> set[str]:
    """The countries the document names most (by name, demonym or its people's country)."""
    counts: dict[str, int] = {}
    for span in spans:
        own = span.place.country if span.place is not None else None
        if span.place is not None and own is None and span.place.kind == "city":
            own = words_country(reader.texts, span.place.name)  # "Córdoba": the text's
        if own:
            iri = reader.t.places.get(own, own)
            counts[iri] = counts.get(iri, 0) + 1
        for iri in span.iris if len(span.iris) == 1 and not span.common else ():
            country = iri if COUNTRY in knowledge.classes(iri) else knowledge.country(iri)
            if country:
                counts[country] = counts.get(country, 0) + 1
    for text, pos in zip(reader.texts, reader.pos, strict=True):
        found = gz.demonym(text) if pos in ("ADJ", "NOUN", "PROPN") else None
        if found:
            iri = reader.t.places.get(found, found)
            counts[iri] = counts.get(iri, 0) + 1
    top = max(counts.values(), default=0)
    return {c for c, n in counts.items() if n == top and top}
