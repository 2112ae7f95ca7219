"""What a SPARQL request may do, decided before it runs; the same rules for the CLI and the server.

Both engines kgraph can run on fetch whatever a query names: pyoxigraph and rdflib execute
`SERVICE <http://...>`, rdflib loads `FROM <file:...>` and `FROM <http://...>`, and `LOAD`
reads any URL. So a request is parsed with rdflib's SPARQL parser and refused when its parse
tree holds one of those, wherever it is nested (OPTIONAL, UNION, subqueries). Looking at the
parse tree rather than the text means comments, strings, escapes and odd spacing cannot hide a
clause, and a query rdflib cannot parse is refused rather than guessed at.

Neither engine can interrupt a running query either, so time limits end the process doing the
work: `process_deadline` for one-shot command-line runs, worker processes for the server.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass

from graph.errors import InputError, KGraphError, SourceSyntaxError

QUERY_FORMS = {
    "SelectQuery": "select",
    "AskQuery": "ask",
    "ConstructQuery": "construct",
    "DescribeQuery": "describe",
}

# Parse-tree node names (rdflib's) that reach outside the store, and why each is refused.
FORBIDDEN = {
    "ServiceGraphPattern": "SERVICE is not allowed: this endpoint does not query other endpoints",
    "DatasetClause": "FROM and FROM NAMED are not allowed: the dataset is the kgraph store "
    "(all its graphs are in the default graph; use GRAPH <...> to pick one)",
    "UsingClause": "USING and USING NAMED are not allowed: updates work on the kgraph store",
    "Load": "LOAD is not allowed: this endpoint does not load outside data",
}


READ_ONLY = ("updates are not allowed: the store is read-only (it is rebuilt from ontology/ and "
             "seeds/; edit those instead)")


class QueryRefused(InputError):
    """A request that the endpoint's rules forbid (SERVICE, FROM, LOAD, an update)."""

    status = 403


class QueryTimeout(KGraphError):
    """A query stopped at the time limit."""

    status = 503

    def __init__(self, seconds: float):
        self.seconds = seconds
        super().__init__(
            f"the query was stopped at the time limit of {seconds:g} s; narrow it "
            "(a LIMIT, more specific patterns) and try again"
        )


class ResultTooLarge(KGraphError):
    """A result bigger than the endpoint's result-size limit."""

    status = 422

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(
            f"the result is larger than the limit of {limit} bytes; add a LIMIT or select "
            "fewer variables"
        )


@dataclass(frozen=True)
class CheckedRequest:
    """A request that passed the rules: its text and its form (select, ask, construct,
    describe or update)."""

    text: str
    form: str

    @property
    def is_update(self) -> bool:
        return self.form == "update"

    @property
    def returns_graph(self) -> bool:
        return self.form in ("construct", "describe")


_SUFFIX = re.compile(r"\s*\(at char \d+\),\s*\(line:\d+, col:\d+\)\s*$")
# pyparsing grammars are shared module state; one parse at a time keeps them consistent.
_PARSE_LOCK = threading.Lock()
# Verdicts by request text: a busy endpoint sees the same few queries again and again.
_VERDICTS: OrderedDict[tuple[str, bool], CheckedRequest | KGraphError] = OrderedDict()
_CACHE_SIZE = 512


def _syntax_error(error) -> SourceSyntaxError:
    message = _SUFFIX.sub("", str(error)).strip()
    return SourceSyntaxError(
        f"SPARQL syntax error at line {error.lineno}, column {error.col}: {message}"
    )


def _nodes(tree):
    """Every parse-tree node (rdflib CompValue) below `tree`, depth first."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(dict.values(node))
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)


def _parse(text: str):
    """(form, parse tree); a query is tried first, then an update."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    with _PARSE_LOCK:
        try:
            tree = parseQuery(text)
            return QUERY_FORMS.get(tree[1].name, "select"), tree
        except ParseException as query_error:
            try:
                return "update", parseUpdate(text)
            except ParseException as update_error:
                # Report the parse that got further: it is the one the author meant.
                raise _syntax_error(max(query_error, update_error, key=lambda e: e.loc)) from None


def _verdict(text: str, allow_update: bool) -> CheckedRequest | KGraphError:
    if not text.strip():
        return InputError("the query is empty")
    try:
        form, tree = _parse(text)
    except SourceSyntaxError as error:
        return error
    for node in _nodes(tree):
        reason = FORBIDDEN.get(node.name)
        if reason:
            return QueryRefused(reason)
    if form == "update" and not allow_update:
        return QueryRefused(READ_ONLY)
    return CheckedRequest(text, form)


# SPARQL decodes \u and \U escapes anywhere in a request before parsing it.
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Every keyword that reaches outside the store or changes it. Keywords are ASCII words: a
# request in which none of these words appears cannot use any of them.
_REACHING_KEYWORDS = re.compile(
    r"\b(?:SERVICE|FROM|LOAD|USING|INSERT|DELETE|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)


def plainly_confined(text: str) -> bool:
    """True when the request cannot reach outside the store or update it, decided without
    parsing (so without importing rdflib); False means: parse it to know."""
    decoded = _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    return _REACHING_KEYWORDS.search(decoded) is None


def check_request(text: str, *, allow_update: bool = False) -> CheckedRequest:
    """The request's form if it may run; raises SourceSyntaxError (exit 1, HTTP 400) when it
    does not parse and QueryRefused (HTTP 403) when it reaches outside the store or updates
    without permission."""
    key = (text, allow_update)
    verdict = _VERDICTS.get(key)
    if verdict is None:
        verdict = _verdict(text, allow_update)
        _VERDICTS[key] = verdict
        while len(_VERDICTS) > _CACHE_SIZE:
            _VERDICTS.popitem(last=False)
    if isinstance(verdict, KGraphError):
        # A fresh exception each time: re-raising one instance would grow its traceback.
        raise type(verdict)(str(verdict))
    return verdict


@contextlib.contextmanager
def process_deadline(seconds: float | None):
    """End this process, exit status 1 and one `Error:` line, if the block runs past `seconds`.

    The engines evaluate in native code that no Python signal or exception can interrupt, so
    ending the process is the only way to really stop the work. Meant for one-shot command-line
    runs; long-lived processes run their queries in worker processes instead.
    """
    if not seconds:
        yield
        return

    def expire():
        sys.stdout.flush()
        sys.stderr.write(f"Error: {QueryTimeout(seconds)} (--timeout)\n")
        sys.stderr.flush()
        os._exit(1)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
