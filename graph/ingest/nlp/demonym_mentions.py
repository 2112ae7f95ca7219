"""Demonyms as mentions of their country: "el presidente argentino", "los diputados
chilenos" name Argentina and Chile where no name of the text covers the word, so that a title
or a party of the sentence can be read as that country's."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz


def demonym_mentions(linker) -> None:
    """Adds to `linker`'s mentions every adjective or noun the gazetteer reads as a country's
    demonym, of a country the graph holds, outside the names already linked."""
    # (imported here: the linker imports this module)
    from graph.ingest.nlp.linking import Mention, most_specific
    taken = {i for m in linker.linked.mentions for i in range(m.start, m.end)}
    for tok in linker.doc:
        if tok.i in taken or tok.pos_ not in ("ADJ", "NOUN"):
            continue
        found = gz.demonym(tok.text)
        iri = linker.r.t.places.get(found) if found else None
        if iri is not None:
            linker.linked.mentions.append(Mention(tok.i, tok.i + 1, tok.text, iri,
                                                  most_specific(linker.kb, iri), "demonym"))
