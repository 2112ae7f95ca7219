"""Curated Turtle files edited as text, statement by statement.

People write ontology/*.ttl by hand, with comments and a layout of their own; serializing a
parsed graph would throw both away. This module reads a file into its statements (subject,
predicate-object pairs, the character span of each) with a small Turtle tokenizer, so that a
change (an IRI renamed, a statement removed or given another subject, pairs added) touches
those characters only. What it cannot read with certainty (`@base`, relative IRIs, text the
tokenizer does not know) raises InputError rather than guessing; callers check the edited
text by parsing it again and by the build's validation before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import InputError
from graph.model.terms import RDF_TYPE

_TOKEN = re.compile(
    r"""(?P<space>\s+|\#[^\n]*)
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                  |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
      | (?P<datatype>\^\^)
      | (?P<number>[+-]?(?:\d*\.\d+(?:[eE][+-]?\d+)?|\d+(?:\.\d*)?[eE][+-]?\d+|\d+))
      | (?P<bnode>_:[\w\-]+(?:\.[\w\-]+)*)
      | (?P<pname>(?:[^\W\d][\w\-]*(?:\.[\w\-]+)*)?:(?:[\w\-:%]|\\[^\s]|\.(?=[\w\-:%]))*)
      | (?P<word>[A-Za-z]+)
      | (?P<punct>[.;,\[\]()])""",
    re.VERBOSE,
)
_LOCAL_ESCAPE = re.compile(r"\\(.)")
_PLAIN_LOCAL = re.compile(r"^[^\W_][\w\-]*$")


@dataclass
class Token:
    kind: str
    text: str
    start: int
    end: int


@dataclass
class Pair:
    """One predicate with its objects, as written in a statement."""

    predicate: str | None  # the IRI; None for a blank-node or unresolvable predicate
    start: int  # from the predicate...
    end: int  # ...to the end of the last object
    tokens: list[Token]


@dataclass
class Statement:
    subject: str | None  # the IRI; None for a blank node subject
    start: int
    end: int  # just past the final "."
    tokens: list[Token]
    pairs: list[Pair] = field(default_factory=list)

    def predicates(self) -> set[str]:
        return {p.predicate for p in self.pairs if p.predicate}


@dataclass
class TurtleFile:
    relative: str
    text: str
    prefixes: dict[str, str]
    statements: list[Statement]

    @classmethod
    def read(cls, root_path: Path, relative: str) -> TurtleFile:
        text = (root_path / relative).read_text(encoding="utf-8")
        return cls.parse(relative, text)

    @classmethod
    def parse(cls, relative: str, text: str) -> TurtleFile:
        tokens = _tokenize(relative, text)
        prefixes: dict[str, str] = {}
        statements: list[Statement] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            lowered = token.text.lower()
            if lowered in ("@base", "base"):
                raise InputError(f"{relative} sets a base IRI, which the text rewriter does "
                                     "not follow; edit it by hand")
            if lowered in ("@prefix", "prefix") and token.kind in ("lang", "word"):
                name, value = tokens[index + 1 : index + 3] if index + 2 < len(tokens) else (
                    None, None)
                if not (name and value and name.kind == "pname" and value.kind == "iri"):
                    raise InputError(f"{relative}: a prefix declaration the text rewriter "
                                         "cannot read")
                prefixes[name.text[:-1]] = value.text[1:-1]
                index += 3
                if lowered == "@prefix":
                    index += 1  # its "."
                continue
            end = _statement_end(relative, tokens, index)
            statements.append(_statement(relative, tokens[index : end + 1], prefixes))
            index = end + 1
        return cls(relative, text, prefixes, statements)

    def resolve(self, token: Token) -> str | None:
        """The IRI that a token names, None when it names none."""
        if token.kind == "iri":
            value = token.text[1:-1]
            if ":" not in value:
                raise InputError(f"{self.relative} uses the relative IRI {token.text}, "
                                     "which the text rewriter does not resolve")
            return value
        if token.kind == "pname":
            prefix, _, local = token.text.partition(":")
            if prefix not in self.prefixes:
                raise InputError(f"{self.relative} uses the undeclared prefix {prefix}:")
            return self.prefixes[prefix] + _LOCAL_ESCAPE.sub(r"\1", local)
        if token.kind == "word" and token.text == "a":
            return RDF_TYPE
        return None

    def written(self, iri: str) -> str:
        """`iri` as this file would write it: prefixed when one of its prefixes fits."""
        best = None
        for prefix, namespace in self.prefixes.items():
            local = iri[len(namespace):]
            if iri.startswith(namespace) and _PLAIN_LOCAL.match(local) and (
                    best is None or len(namespace) > len(self.prefixes[best])):
                best = prefix
        return f"{best}:{iri[len(self.prefixes[best]):]}" if best is not None else f"<{iri}>"

    def mentions(self, iri: str) -> bool:
        return any(self.resolve(t) == iri for s in self.statements for t in s.tokens
                   if t.kind in ("iri", "pname"))

    def rendered(self, tokens: list[Token], rename: dict[str, str], target: TurtleFile) -> str:
        """The text of `tokens` (a pair, say) as `target` would write it, IRIs in `rename`
        replaced: the original spacing between tokens is kept."""
        parts: list[str] = []
        for number, token in enumerate(tokens):
            if number:
                parts.append(self.text[tokens[number - 1].end : token.start])
            iri = self.resolve(token) if token.kind in ("iri", "pname") else None
            if iri is not None:
                parts.append(target.written(rename.get(iri, iri)))
            else:
                parts.append(token.text)
        return "".join(parts)


def _tokenize(relative: str, text: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            line = text.count("\n", 0, position) + 1
            raise InputError(f"{relative}:{line}: text the rewriter cannot read "
                                 f"({text[position:position + 20]!r}); edit it by hand")
        kind = match.lastgroup
        if kind != "space":
            tokens.append(Token(kind, match.group(), position, match.end()))
        position = match.end()
    return tokens


def _statement_end(relative: str, tokens: list[Token], start: int) -> int:
    depth = 0
    for index in range(start, len(tokens)):
        text = tokens[index].text if tokens[index].kind == "punct" else ""
        if text in ("[", "("):
            depth += 1
        elif text in ("]", ")"):
            depth -= 1
        elif text == "." and depth == 0:
            return index
    raise InputError(f"{relative}: a statement without its final '.'")


def _statement(relative: str, tokens: list[Token], prefixes: dict[str, str]) -> Statement:
    probe = TurtleFile(relative, "", prefixes, [])
    first = tokens[0]
    if first.kind in ("iri", "pname"):
        subject, rest = probe.resolve(first), 1
    else:
        subject, rest = None, _group_end(tokens, 0) + 1 if first.text in ("[", "(") else 1
    statement = Statement(subject, first.start, tokens[-1].end, tokens)
    body = tokens[rest:-1]
    segment: list[Token] = []
    depth = 0
    for token in [*body, Token("punct", ";", 0, 0)]:
        if token.kind == "punct" and token.text in ("[", "("):
            depth += 1
        elif token.kind == "punct" and token.text in ("]", ")"):
            depth -= 1
        if token.kind == "punct" and token.text == ";" and depth == 0:
            if segment:
                predicate = probe.resolve(segment[0]) if segment[0].kind in (
                    "iri", "pname", "word") else None
                statement.pairs.append(Pair(predicate, segment[0].start, segment[-1].end,
                                            segment))
            segment = []
        else:
            segment.append(token)
    return statement


def _group_end(tokens: list[Token], start: int) -> int:
    depth = 0
    for index in range(start, len(tokens)):
        if tokens[index].kind == "punct" and tokens[index].text in ("[", "("):
            depth += 1
        elif tokens[index].kind == "punct" and tokens[index].text in ("]", ")"):
            depth -= 1
            if depth == 0:
                return index
    return len(tokens) - 1


def pair_objects(pair: Pair) -> list[list[Token]]:
    """The objects of a pair, each as its tokens (a blank node's brackets included)."""
    objects: list[list[Token]] = [[]]
    depth = 0
    for token in pair.tokens[1:]:
        if token.kind == "punct" and token.text in ("[", "("):
            depth += 1
        elif token.kind == "punct" and token.text in ("]", ")"):
            depth -= 1
        if token.kind == "punct" and token.text == "," and depth == 0:
            objects.append([])
        else:
            objects[-1].append(token)
    return [o for o in objects if o]


@dataclass
class Edits:
    """Replacements of character spans of one text, applied together."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def replace(self, start: int, end: int, new: str) -> None:
        self.spans.append((start, end, new))

    def remove_statement(self, statement: Statement) -> None:
        """The statement and the lines it alone filled; comments around it stay."""
        start, end = statement.start, statement.end
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        if not self.text[line_start:start].strip() and not self.text[end:line_end].strip():
            start, end = line_start, min(line_end + 1, len(self.text))
            # One blank line left between the neighbours, not two.
            if self.text[start - 2 : start] == "\n\n" and self.text[end : end + 1] == "\n":
                end += 1
        self.spans.append((start, end, ""))

    def applied(self) -> str:
        text = self.text
        ordered = sorted(self.spans, key=lambda span: (span[0], span[1]))
        for (_, end, _), (start, _, _) in zip(ordered, ordered[1:], strict=False):
            if start < end:
                raise InputError("two changes of the same statement overlap; edit by hand")
        for start, end, new in reversed(ordered):
            text = text[:start] + new + text[end:]
        return text
