"""Reading a root's Turtle files and source texts into quads, one named graph per file."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.errors import Problem
from graph.root import Root
from graph.terms import FILE_GRAPH, GENID, P_TEXT_FILE, RDF_TYPE, compact

_PARSER_LOCATION = re.compile(r"^Parser error (?:at|between) [^:]*: ")


def normalize_text(text: str) -> str:
    """Whitespace-normalized NFC text: the form in which quotes are compared with sources."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass
class Inputs:
    """Everything a build reads: quads tagged with their file's graph, and the source texts."""

    root: Root
    quads: list[ox.Quad] = field(default_factory=list)
    file_texts: dict[str, str] = field(default_factory=dict)
    syntax_problems: list[Problem] = field(default_factory=list)
    _definitions: dict[str, str] | None = None

    def file_of_graph(self, graph: ox.NamedNode | ox.DefaultGraph) -> str | None:
        if isinstance(graph, ox.NamedNode) and graph.value.startswith(FILE_GRAPH):
            return graph.value[len(FILE_GRAPH) :]
        return None

    def definition_file(self, iri: str) -> str | None:
        """The file that declares `iri` (gives it a type), else the first that describes it."""
        if self._definitions is None:
            typed: dict[str, str] = {}
            described: dict[str, str] = {}
            for quad in self.quads:
                if isinstance(quad.subject, ox.NamedNode):
                    file = self.file_of_graph(quad.graph_name)
                    described.setdefault(quad.subject.value, file)
                    if quad.predicate.value == RDF_TYPE:
                        typed.setdefault(quad.subject.value, file)
            self._definitions = {**described, **typed}
        return self._definitions.get(iri)

    def locate(self, iri: str) -> tuple[str | None, int | None]:
        """(file, line) where `iri` is declared, for problem reports."""
        file = self.definition_file(iri)
        if file is None:
            return None, None
        text = self.file_texts.get(file, "")
        needles = [f"<{iri}>", compact(iri)]
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.lstrip()
            if any(stripped.startswith(n) for n in needles):
                return file, number
        for number, line in enumerate(text.splitlines(), start=1):
            if any(n in line for n in needles):
                return file, number
        return file, None

    def source_text(self, text_file: str) -> str | None:
        path = self.root.seeds / text_file
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None


def _syntax_problem(relative: str, error: SyntaxError) -> Problem:
    message = _PARSER_LOCATION.sub("", str(error.msg if hasattr(error, "msg") else error))
    line = getattr(error, "lineno", None)
    return Problem(message=f"Turtle syntax error: {message}", file=relative, line=line)


def _skolemize(triples: list[ox.Triple], relative: str) -> list[ox.Triple]:
    """Blank nodes get IRIs derived from their content and referrer, so that evidence nodes
    keep the same identifier from one build to the next."""
    outgoing: dict[ox.BlankNode, list[str]] = {}
    incoming: dict[ox.BlankNode, list[str]] = {}
    for t in triples:
        if isinstance(t.subject, ox.BlankNode):
            outgoing.setdefault(t.subject, []).append(f"{t.predicate} {t.object}")
        if isinstance(t.object, ox.BlankNode):
            referrer = "_" if isinstance(t.subject, ox.BlankNode) else str(t.subject)
            incoming.setdefault(t.object, []).append(f"{referrer} {t.predicate}")
    if not outgoing and not incoming:
        return triples
    names: dict[ox.BlankNode, ox.NamedNode] = {}
    seen: dict[str, int] = {}
    for node in {*outgoing, *incoming}:
        material = "\n".join(
            [relative, *sorted(incoming.get(node, [])), "--", *sorted(outgoing.get(node, []))]
        )
        digest = hashlib.sha256(material.encode()).hexdigest()[:20]
        seen[digest] = seen.get(digest, 0) + 1
        suffix = "" if seen[digest] == 1 else f"-{seen[digest]}"
        names[node] = ox.NamedNode(f"{GENID}{digest}{suffix}")

    def rename(term):
        return names.get(term, term) if isinstance(term, ox.BlankNode) else term

    return [ox.Triple(rename(t.subject), t.predicate, rename(t.object)) for t in triples]


def load_inputs(root: Root) -> Inputs:
    """Parse every Turtle file of the root; a file that does not parse becomes a problem."""
    inputs = Inputs(root)
    for path in root.input_files():
        if path.suffix != ".ttl":
            continue
        relative = root.relative(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            inputs.syntax_problems.append(Problem(f"cannot read: {error}", file=relative))
            continue
        inputs.file_texts[relative] = text
        try:
            triples = list(
                ox.parse(text, format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
            )
        except SyntaxError as error:
            inputs.syntax_problems.append(_syntax_problem(relative, error))
            continue
        graph = ox.NamedNode(FILE_GRAPH + relative)
        inputs.quads.extend(
            ox.Quad(t.subject, t.predicate, t.object, graph)
            for t in _skolemize(triples, relative)
        )
    return inputs


def text_files(inputs: Inputs) -> dict[str, str]:
    """source IRI -> the text-file path its metadata names."""
    return {
        q.subject.value: q.object.value
        for q in inputs.quads
        if q.predicate.value == P_TEXT_FILE and isinstance(q.object, ox.Literal)
    }


def source_texts(inputs: Inputs) -> dict[str, str | None]:
    """source IRI -> its text (None when the file is missing or unreadable)."""
    cache: dict[str, str | None] = {}
    return {
        source: cache.setdefault(name, inputs.source_text(name))
        for source, name in text_files(inputs).items()
    }


def fingerprint_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
