"""Friendly refusals and bounds for SPARQL requests; the same rules for the CLI and the server.

Both engines kgraph can run on fetch whatever a query names: pyoxigraph and rdflib execute
`SERVICE <http://...>`, rdflib loads `FROM <file:...>` and `FROM <http://...>`, and `LOAD`
reads any URL. What keeps a local query inside the store is the kernel (`graph.sparql.sandbox`
confines the worker that evaluates it); a second parser cannot, since its grammar and the
executor's disagree on corner cases (escapes). The checks here run inside that worker, under its
time limit, to refuse clearly: `precheck` bounds size, nesting and operators on tokens before
any parser runs (Oxigraph's recursive parser crashes on deep input), and `screen` refuses
SERVICE, FROM, LOAD and unpermitted updates found in rdflib's parse tree. Requests run by a
remote endpoint get the full `check_request`, which refuses what rdflib cannot parse.

Neither engine can interrupt a running query either, so time limits end the process doing the
work: worker processes for the server, the command line and the Python API; `process_deadline`
for one-shot runs against a remote endpoint.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass

from graph.errors import InputError, KGraphError, QueryRefused, QueryTimeout, SourceSyntaxError

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


@dataclass(frozen=True)
class CheckedRequest:
    """A request that passed the rules: its text and its form (select, ask, construct,
    describe or update)."""

    text: str
    form: str


# pyparsing grammars are shared module state; one parse at a time keeps them consistent.
_PARSE_LOCK = threading.Lock()
# Verdicts by the hash of the request text (the text itself could be large): a busy endpoint
# sees the same few queries again and again.
_VERDICTS: OrderedDict[tuple[bytes, bool], CheckedRequest | KGraphError] = OrderedDict()
_CACHE_SIZE = 512


def _syntax_error(error, text: str) -> SourceSyntaxError:
    from graph.sparql.diagnose import explain

    return SourceSyntaxError(explain(text, error.loc))


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
                raise _syntax_error(max(query_error, update_error, key=lambda e: e.loc),
                                    text) from None


def _verdict(text: str, allow_update: bool) -> CheckedRequest | KGraphError:
    if not text.strip():
        return InputError("the query is empty")
    try:
        form, tree = _parse(text)
    except SourceSyntaxError as error:
        return error
    except RecursionError:  # rdflib's parser recurses once per nested group
        return InputError("the query nests too deeply to be checked; flatten its groups")
    for node in _nodes(tree):
        reason = FORBIDDEN.get(node.name)
        if reason:
            return QueryRefused(reason)
    if form == "update" and not allow_update:
        return QueryRefused(READ_ONLY)
    return CheckedRequest(text, form)


# Engines disagree on \u and \U escapes (the spec decodes them before parsing; some parsers
# read `\u` followed by 8 hex digits as one escape, others as 4 digits and text): every
# reading is tried, and a request is screened by the worst.
_READINGS = (
    re.compile(r"\\[uU](?:([0-9A-Fa-f]{8})|([0-9A-Fa-f]{4}))"),
    re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})"),
    re.compile(r"\\[uU]([0-9A-Fa-f]{4})"),
)
# Every keyword that reaches outside the store or changes it, searched without word boundaries
# (`1SERVICE` is a number then a keyword): a false alarm costs a parse, a miss a refusal.
_REACHING_KEYWORDS = re.compile(
    r"SERVICE|FROM|LOAD|USING|INSERT|DELETE|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH",
    re.IGNORECASE,
)


def _character(match) -> str:
    code = int(next(group for group in match.groups() if group), 16)
    return chr(code) if code <= 0x10FFFF else match.group(0)


def readings(text: str) -> set[str]:
    """The request as each engine might read it once escapes are decoded (and as written)."""
    return {text} | {reading.sub(_character, text) for reading in _READINGS}


def plainly_confined(text: str) -> bool:
    """True when the request cannot reach outside the store or update it, decided without
    parsing (so without importing rdflib); False means: parse it to know."""
    return not any(_REACHING_KEYWORDS.search(reading) for reading in readings(text))


# ---------------------------------------------------------------- bounds before parsing


@dataclass(frozen=True)
class Bounds:
    """What one request may hold, checked on its tokens before any parser sees it.

    Oxigraph's parser and evaluator recurse on nesting and on chains of operators; on the
    workers' 256 MB evaluation stack they crash only past about 70,000 nested `{ }` and
    150,000 nested `( )` (past 2,000 nested `{ }` and 6,800 chained `+` on a default 8 MB
    stack), so these bounds keep well clear of both.
    """

    max_bytes: int = 100_000
    max_depth: int = 200
    max_operators: int = 2_000


# Strings (with escaped quotes), IRIs, comments and variables are skipped whole, so brackets
# and operators inside them do not count; a prefixed name may hold `-` without it counting.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|'
    r"'''(?:[^'\\]|\\.|'(?!''))*'''|"
    r'"(?:[^"\\\n]|\\.)*"|'
    r"'(?:[^'\\\n]|\\.)*'|"
    r'<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*|[?$]\w+|'
    r"[A-Za-z_][\w.-]*:[\w.:%\\-]*|:[\w.:%\\-]*|"
    r"(?P<open>[({\[])|(?P<close>[)}\]])|"
    r"(?P<operator>&&|\|\||!=|<=|>=|\^\^|[-+*/!=<>|^]|\bUNION\b|\bMINUS\b)|"
    r"\w+|\S",
    re.IGNORECASE | re.DOTALL,
)


def _measure(text: str) -> tuple[int, int]:
    """(deepest nesting, operator count) of one reading."""
    depth = deepest = operators = 0
    for match in _TOKENS.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            deepest = max(deepest, depth)
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "operator":
            operators += 1
    return deepest, operators


def precheck(text: str, bounds: Bounds = Bounds()) -> None:
    """Raise InputError when the request is larger, deeper or longer than `bounds`; cheap
    enough to run on anything, and run before any parser."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > bounds.max_bytes:
        raise InputError(f"the query has {size} bytes; the limit is {bounds.max_bytes}")
    depth, operators = (max(values) for values in zip(*map(_measure, readings(text)), strict=True))
    if depth > bounds.max_depth:
        raise InputError(f"the query nests {depth} levels deep; the limit is {bounds.max_depth}")
    if operators > bounds.max_operators:
        raise InputError(f"the query has {operators} operators; the limit is "
                         f"{bounds.max_operators}")


# ---------------------------------------------------------------- the checks


def _cached_verdict(text: str, allow_update: bool) -> CheckedRequest | KGraphError:
    key = (hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest(), allow_update)
    verdict = _VERDICTS.get(key)
    if verdict is None:
        verdict = _verdict(text, allow_update)
        _VERDICTS[key] = verdict
        while len(_VERDICTS) > _CACHE_SIZE:
            _VERDICTS.popitem(last=False)
    return verdict


def _raise(verdict: KGraphError):
    # A fresh exception each time: re-raising one instance would grow its traceback.
    raise type(verdict)(str(verdict))


def check_request(text: str, *, allow_update: bool = False) -> CheckedRequest:
    """The request's form if it may run; raises InputError past the bounds,
    SourceSyntaxError (exit 1, HTTP 400) when rdflib cannot parse it and QueryRefused (HTTP
    403) when it reaches outside the store or updates without permission. For requests run
    by another endpoint; local ones go through `screen` in a confined worker."""
    precheck(text)
    verdict = _cached_verdict(text, allow_update)
    if isinstance(verdict, KGraphError):
        _raise(verdict)
    return verdict


def screen(text: str, *, allow_update: bool = False, bounds: Bounds = Bounds()) -> str | None:
    """The friendly refusals, in the confined worker before Oxigraph runs the request: the
    bounds, then SERVICE, FROM, LOAD or an update without permission as rdflib's parse tree
    shows them. Returns the form rdflib found, or None when it did not parse the request
    (nothing to refuse, or a text rdflib cannot read: Oxigraph's grammar decides then, and the
    kernel keeps whatever it runs inside the store)."""
    precheck(text, bounds)
    if not text.strip():
        raise InputError("the query is empty")
    if plainly_confined(text):
        return None
    verdict = _cached_verdict(text, allow_update)
    if isinstance(verdict, SourceSyntaxError):
        return None
    if isinstance(verdict, KGraphError):
        _raise(verdict)
    return verdict.form


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
