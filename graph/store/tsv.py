"""SELECT results read from the TSV that Oxigraph writes natively.

Reading each binding through pyoxigraph's objects costs a few Python calls per term; on a hub
of thousands of claims that was most of a command's time. Oxigraph writes TSV results in its
own code, and splitting them is C string work, so only the terms themselves are decoded here,
to exactly the values `graph.store.engine.to_python` gives.
"""

from __future__ import annotations

import re

from graph.store.engine import Iri, typed_value

_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_CHARACTERS = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f"}


def _escaped(match: re.Match) -> str:
    code = match[1] or match[2]
    if code:
        return chr(int(code, 16))
    return _CHARACTERS.get(match[3], match[3])


def _literal(text: str):
    end = text.rfind('"')
    value = text[1:end]
    if "\\" in value:
        value = _ESCAPE.sub(_escaped, value)
    suffix = text[end + 1:]
    if suffix.startswith("^^<"):
        return typed_value(value, suffix[3:-1])
    return value  # a plain or language-tagged string


def _term(text: str):
    if not text:
        return None
    first = text[0]
    if first == "<":
        if text.startswith("<<"):
            raise ValueError(f"an RDF-star triple: {text}")
        return Iri(text[1:-1])
    if first == '"':
        return _literal(text)
    if first == "_":
        return text  # `_:id`, as to_python writes a blank node
    # Turtle's short forms of xsd:boolean, xsd:integer, xsd:decimal and xsd:double.
    if text == "true":
        return True
    if text == "false":
        return False
    if "e" in text or "E" in text:
        return float(text)
    if "." in text:
        return float(text)
    return int(text)


def tsv_rows(data: bytes) -> list[dict] | None:
    """Rows (dicts of Python values, None for unbound) of a SPARQL TSV results document, or
    None when it holds what these rows do not decode (an RDF-star triple, no variable): the
    caller then reads the result binding by binding."""
    lines = data.decode("utf-8").split("\n")
    names = [name[1:] for name in lines[0].split("\t")] if lines[0] else []
    if not names:
        return None
    rows = []
    append = rows.append
    term = _term
    try:
        for line in lines[1:-1]:  # every row ends with a newline, so the last piece is empty
            append(dict(zip(names, map(term, line.split("\t")), strict=True)))
    except ValueError:
        return None
    return rows
