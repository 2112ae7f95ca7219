"""Streaming a root's Turtle files into a store, one named graph per file, blank nodes named."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Generator, Iterator
from pathlib import Path

import pyoxigraph as ox

from graph.errors import Problem
from graph.model.terms import FILE_GRAPH, GENID

_PARSER_LOCATION = re.compile(r"^Parser error (?:at|between) [^:]*: ")


def normalize_text(text: str) -> str:
    """Whitespace-normalized NFC text: the form in which quotes are compared with sources."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def file_graph(relative: str) -> ox.NamedNode:
    return ox.NamedNode(FILE_GRAPH + relative)


def relative_of_graph(graph) -> str | None:
    value = getattr(graph, "value", graph)
    if isinstance(value, str) and value.startswith(FILE_GRAPH):
        return value[len(FILE_GRAPH) :]
    return None


class _Skolemizer:
    """Names each blank node after the triple that refers to it (referrer, predicate and
    position), so an evidence node keeps its identifier from one build to the next.

    The parser emits a blank node's own triples before the triple that refers to it: those
    wait in `pending` until the node gets its name. Triples are (subject, predicate, object)
    tuples.
    """

    def __init__(self, relative: str):
        self.relative = relative
        self.names: dict[ox.BlankNode, ox.NamedNode] = {}
        self.pending: dict[ox.BlankNode, list[tuple]] = {}
        self.ordinals: dict[tuple[str, str], int] = {}

    def _name(self, node: ox.BlankNode, referrer: str, predicate: str) -> Iterator[tuple]:
        key = (referrer, predicate)
        self.ordinals[key] = self.ordinals.get(key, 0) + 1
        material = f"{self.relative}\n{referrer}\n{predicate}\n{self.ordinals[key]}"
        self.names[node] = ox.NamedNode(GENID + hashlib.sha256(material.encode()).hexdigest()[:24])
        for waiting in self.pending.pop(node, ()):
            yield from self.feed(*waiting)

    def feed(self, subject, predicate, obj) -> Iterator[tuple]:
        if isinstance(subject, ox.BlankNode):
            if subject not in self.names:
                self.pending.setdefault(subject, []).append((subject, predicate, obj))
                return
            subject = self.names[subject]
        if isinstance(obj, ox.BlankNode):
            if obj not in self.names:
                yield from self._name(obj, str(subject), str(predicate))
            obj = self.names[obj]
        yield subject, predicate, obj

    def finish(self) -> Iterator[tuple]:
        """Blank nodes nobody refers to are named by their content."""
        while self.pending:
            node, triples = next(iter(self.pending.items()))
            content = "\n".join(sorted(f"{p} {o}" for _, p, o in triples))
            yield from self._name(node, "_:" + hashlib.sha256(content.encode()).hexdigest(), "")


def _syntax_problem(relative: str, error: SyntaxError) -> Problem:
    message = _PARSER_LOCATION.sub("", str(getattr(error, "msg", error)))
    return Problem(
        message=f"Turtle syntax error: {message}", file=relative,
        line=getattr(error, "lineno", None),
    )


# The directives, comments and blank lines a Turtle file opens with.
_OPENING = re.compile(
    rb"(?:[ \t\r]*(?:(?:@prefix|@base|prefix|base)\b[^\n]*|#[^\n]*)?\n)*", re.IGNORECASE)
# A directive in SPARQL's style, from its keyword on (in small letters).
_SPARQL_DIRECTIVE = re.compile(rb"prefix\s+[\w.-]*:\s*<|base\s+<")


def _later_directive(lowered: bytes) -> bool:
    """Whether a directive follows the first statement (found by its keyword, which is rare
    enough for the scan to cost little where a pattern over the whole file cost seconds)."""
    for word in (b"prefix", b"base"):
        at = lowered.find(word)
        while at >= 0:
            before = lowered[at - 1:at]
            if before == b"@" or before in (b"", b" ", b"\t", b"\n", b"\r", b".", b";") and \
                    _SPARQL_DIRECTIVE.match(lowered, at):
                return True
            at = lowered.find(word, at + 1)
    return False


def _in_graph(data: bytes, graph: ox.NamedNode) -> bytes | None:
    """The file as TriG with its statements inside `graph`, so that the parser's quads are in
    that graph already (a new quad per triple cost a sixth of the parse); None when a TriG
    reading could differ from the Turtle one: a later directive, or a brace (even in a
    literal: such a file is simply read as Turtle). Its lines keep their numbers."""
    body = _OPENING.match(data).end()
    rest = data[body:]
    if b"{" in rest or b"}" in rest or _later_directive(rest.lower()):
        return None
    return b"%s<%s> { %s\n}" % (data[:body], graph.value.encode(), rest)


def load_turtle(path: Path, relative: str, facts) -> Generator[ox.Quad, None, tuple]:
    """Parse one Turtle file into its graph: yields the graph's quads as they are read (a
    store's bulk writer takes them as they come) and hands each triple to `facts.add` (the
    derivations gather what they need as the file is read).

    Returns the number of triples read and the syntax problem, if any (what came before the
    error is kept: the caller discards the store when there is a problem).
    """
    graph = file_graph(relative)
    try:
        data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")  # editors that mark UTF-8
    except OSError as error:
        return 0, Problem(f"cannot read: {error}", file=relative)
    base = path.resolve().as_uri()
    wrapped = _in_graph(data, graph)
    if wrapped is not None:
        try:
            read = ox.parse(wrapped, format=ox.RdfFormat.TRIG, base_iri=base)
            return (yield from _quads(read, relative, facts, graph, in_graph=True)), None
        except SyntaxError:
            # Read again as Turtle below, for its word on the problem and its line (or, should
            # the readings differ, the whole file: the quads repeated are one in the store).
            facts.reset()
    try:
        read = ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=base)
        return (yield from _quads(read, relative, facts, graph, in_graph=False)), None
    except SyntaxError as error:  # bad UTF-8 too
        return 0, _syntax_problem(relative, error)


def _quads(read, relative: str, facts, graph: ox.NamedNode, in_graph: bool):
    """The quads of the parser's `read` in `graph`, blank nodes named; returns their number.
    `in_graph`: the parser put them there already."""
    skolem = _Skolemizer(relative)
    gather, quad_of, blank = facts.add, ox.Quad, ox.BlankNode
    triples = 0
    for quad in read:
        subject, predicate, obj = quad.subject, quad.predicate, quad.object
        if isinstance(subject, blank) or isinstance(obj, blank):
            for named in skolem.feed(subject, predicate, obj):
                triples += 1
                gather(*named)
                yield quad_of(*named, graph)
        else:  # most triples: inline, a call per triple costs
            triples += 1
            gather(subject, predicate, obj)
            yield quad if in_graph else quad_of(subject, predicate, obj, graph)
    for named in skolem.finish():
        triples += 1
        gather(*named)
        yield quad_of(*named, graph)
    return triples
