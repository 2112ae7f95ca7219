"""Turtle in the curated files' style, for source metadata and for accepted claims."""

from __future__ import annotations

from decimal import Decimal

from graph.model.terms import KG, compact, turtle_prefixes

HEADER_PREFIXES = turtle_prefixes(
    "kg", "kgr", "kgc", "src", "rdfs", "skos", "dcterms", "schema", "xsd"
)

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def string(text: str, language: str | None = None) -> str:
    body = "".join(_ESCAPES.get(ch, ch) for ch in text)
    return f'"{body}"' + (f"@{language}" if language else "")


def iri(value: str) -> str:
    short = compact(value)
    return short if short != value and _is_plain_local(short) else f"<{value}>"


def _is_plain_local(short: str) -> bool:
    local = short.split(":", 1)[1]
    return bool(local) and all(c.isalnum() or c in "-_" for c in local) and local[0].isalnum()


DATATYPES = {"day": "xsd:date", "month": "xsd:gYearMonth", "year": "xsd:gYear"}


def dated(value: str, precision: str) -> str:
    return f'"{value}"^^{DATATYPES[precision]}'


def qualifier(name: str, value) -> str | None:
    if name == "mode":
        return f"kg:mode kg:{value}"
    if name == "context":
        return f"kg:context {iri(value)}"
    if isinstance(value, bool):
        return f"kg:{name} {'true' if value else 'false'}"
    if name in ("voteShare", "countedShare"):
        return f'kg:{name} "{Decimal(str(value))}"^^xsd:decimal'
    if isinstance(value, int):
        return f"kg:{name} {value}"
    if isinstance(value, str):
        return f"kg:{name} {string(value)}"
    return None


def relation(name: str) -> str:
    return iri(KG + name)
