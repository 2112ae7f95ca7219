"""Values in SPARQL as RDF terms, never as text spliced into a query.

A value that comes from outside a query (a name or IRI a user typed, a date, a named-query
parameter, an IRI another query returned) reaches SPARQL only as a pyoxigraph term:
`ox.NamedNode` refuses any text that is not an IRI (a space, one of <>"{}|^`\\, a control
character, no scheme) and `ox.Literal` holds any string. The query names the value by a
variable, and the terms open its WHERE group as a VALUES block written by pyoxigraph itself
(`str(term)`, which escapes whatever a literal holds): the same text for the local store, for
another SPARQL server and in the named-query text people read.

(The local store could also substitute terms after parsing, `Store.query(substitutions=…)`, but
pyoxigraph 0.5 refuses a substituted variable that the SELECT does not project, so one
mechanism serves both engines.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from graph.errors import InputError, InvalidIriError

Term = ox.NamedNode | ox.Literal


def iri(text: str) -> ox.NamedNode:
    """`text` as an IRI term; InvalidIriError when it is not an absolute IRI."""
    try:
        return ox.NamedNode(text)
    except ValueError as error:
        raise InvalidIriError(f"{text!r} is not a valid IRI ({error})") from None


def literal(text: str, datatype: str | None = None) -> ox.Literal:
    """`text` as a string literal, or typed with the IRI `datatype`."""
    return ox.Literal(text, datatype=iri(datatype) if datatype else None)


def values_clause(variable: str, iris: Iterable[str]) -> str:
    """`VALUES ?variable { <a> <b> }`: many IRIs for one variable."""
    return f"VALUES ?{variable} {{ {' '.join(str(iri(i)) for i in iris)} }}"


def values_row(terms: Mapping[str, Term]) -> str:
    """`VALUES (?a ?b) { (t1 t2) }`: one term for each variable."""
    names = " ".join(f"?{name}" for name in terms)
    row = " ".join(str(term) for term in terms.values())
    return f"VALUES ({names}) {{ ({row}) }}"


# ---------------------------------------------------------------- where the VALUES block goes

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z0-9_:?$]")


def _skip_string(text: str, start: int) -> int:
    """Index just past the string literal that starts at `start` (any of SPARQL's 4 forms)."""
    quote = text[start]
    closing = quote * 3 if text.startswith(quote * 3, start) else quote
    index = start + len(closing)
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text.startswith(closing, index):
            return index + len(closing)
        else:
            index += 1
    return index


def where_brace(text: str) -> int:
    """Index of the `{` that opens the query's WHERE group, skipping comments, strings and
    IRIs (a CONSTRUCT template's braces come before the WHERE keyword)."""
    depth, index, first = 0, 0, None
    seen_where = False
    while index < len(text):
        char = text[index]
        if char == "#":
            newline = text.find("\n", index)
            index = len(text) if newline == -1 else newline
            continue
        if char in "\"'":
            index = _skip_string(text, index)
            continue
        if char == "<":
            match = _IRIREF.match(text, index)
            if match:
                index = match.end()
                continue
        if char == "{":
            if depth == 0:
                if seen_where:
                    return index
                first = index if first is None else first
            depth += 1
        elif char == "}":
            depth -= 1
        elif (depth == 0 and text[index:index + 5].upper() == "WHERE"
              and (index == 0 or not _WORD.match(text[index - 1]))
              and not _WORD.match(text[index + 5:index + 6] or " ")):
            seen_where = True
            index += 5
            continue
        index += 1
    if first is None:
        raise InputError("cannot bind parameters: the query has no WHERE group")
    return first


def with_values(text: str, terms: Mapping[str, Term], note: str = "") -> str:
    """`text` with `VALUES (?a ?b) { (t1 t2) }` opening its WHERE group, followed by the
    comment `note` if given."""
    if not terms:
        return text
    brace = where_brace(text)
    comment = f"  # {note}" if note else ""
    block = f"\n  {values_row(terms)}{comment}\n"
    return text[: brace + 1] + block + text[brace + 1 :]
