"""Which format a SPARQL client gets: the `format` parameter, else its Accept header.

A client that asks for something unknown still gets an answer it can read (the first format
offered), never a 406: SPARQL clients send many aliases and wildcards.
"""

from __future__ import annotations

from graph.serve.workers import GRAPH_FORMATS, RESULT_FORMATS

# Accepted media types (and `format=` names) -> format name: the standard types first, in the
# order preferred for wildcards (the first is the default), then the aliases clients send.
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "ntriples",
    "application/ld+json": "jsonld", "application/rdf+xml": "rdfxml",
    "application/x-turtle": "turtle", "text/plain": "ntriples", "application/json": "jsonld",
    "application/xml": "rdfxml",
}
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples",
                  "json-ld": "jsonld", "rdf": "rdfxml", "srj": "json", "srx": "xml"}


def _ranges(accept: str):
    """(media range, q) pairs of an Accept header, in the client's order."""
    for position, part in enumerate(accept.split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        q = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        yield media, q, position


def negotiate(accept: str | None, offers: dict[str, str]) -> str:
    """The format name the client prefers among `offers` (media type -> name); the first offer
    when the header is missing or names nothing offered: a client that asks for something
    unknown still gets an answer it can read, not a 406."""
    best, best_key = None, None
    for media, q, position in _ranges(accept or ""):
        if q <= 0:
            continue
        main, _, sub = media.partition("/")
        for index, (offer, name) in enumerate(offers.items()):
            if media == offer:
                specificity = 2
            elif sub == "*" and (main == "*" or offer.startswith(main + "/")):
                specificity = 0 if main == "*" else 1
            else:
                continue
            key = (q, specificity, -position, -index)
            if best_key is None or key > best_key:
                best, best_key = name, key
    return best or next(iter(offers.values()))


def choose_format(accept: str | None, asked: str | None, graph: bool) -> str:
    """The format name of the answer: `asked` (the request's `format` parameter) when it names
    a known format, else the one the Accept header prefers; `graph` for CONSTRUCT and
    DESCRIBE."""
    offers = GRAPH_TYPES if graph else RESULT_TYPES
    known = GRAPH_FORMATS if graph else RESULT_FORMATS
    asked = (asked or "").strip().lower()
    if asked:
        asked = FORMAT_ALIASES.get(asked, offers.get(asked, asked))
        if asked in known:
            return asked
    return negotiate(accept, offers)
