"""What a person needs to hear about a query: a syntax error in plain words, and `kg:` terms the
ontology does not define.

Oxigraph's parser reports the position where it gave up and the tokens its grammar could take
there: character classes with Unicode ranges, or a partial list that misleads ("expected
OPTIONAL" for a misspelt ORDER). The position is right; the words are rewritten here from the
query's own tokens: an unclosed string or bracket, an undeclared prefix, a misspelt keyword, a
triple pattern cut short, or else what was found where. Pure Python, no parser: it runs in the
command line and in the query workers alike.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from graph.model.terms import KG, PREFIXES
from graph.sparql.bindings import iri

KEYWORDS = frozenset("""
    SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED PREFIX BASE DISTINCT REDUCED AS ORDER BY ASC
    DESC LIMIT OFFSET GROUP HAVING VALUES UNDEF OPTIONAL UNION MINUS GRAPH SERVICE SILENT BIND
    FILTER NOT EXISTS IN A TRUE FALSE LOAD CLEAR DROP CREATE ADD MOVE COPY TO INTO INSERT DELETE
    DATA WITH USING DEFAULT ALL LATERAL SEPARATOR
    STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND ABS CEIL FLOOR ROUND CONCAT STRLEN
    UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS STRBEFORE STRAFTER YEAR MONTH DAY
    HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5 SHA1 SHA256 SHA384 SHA512 COALESCE IF
    STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL ISNUMERIC REGEX SUBSTR REPLACE COUNT SUM
    MIN MAX AVG SAMPLE GROUP_CONCAT TRIPLE SUBJECT PREDICATE OBJECT ISTRIPLE ADJUST LANGDIR
    HASLANG HASLANGDIR STRLANGDIR
""".split())
# Keywords people write, offered as corrections (functions are rarely the word meant).
_CORRECTIONS = sorted("""
    SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED PREFIX BASE DISTINCT REDUCED ORDER BY ASC
    DESC LIMIT OFFSET GROUP HAVING VALUES OPTIONAL UNION MINUS GRAPH BIND FILTER NOT EXISTS
    COUNT REGEX STRSTARTS CONTAINS LANG STR SAMPLE GROUP_CONCAT
""".split())

_TOKEN = re.compile(
    r'(?P<long>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\')|'
    r'(?P<string>"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')|'
    r'(?P<open_string>"""|\'\'\'|["\'])|'
    r'(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)|'
    r"(?P<comment>#[^\n]*)|"
    r"(?P<var>[?$]\w+)|"
    r"(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)|"
    r"(?P<pname>(?:[A-Za-z_][\w.-]*)?:(?:[\w:%-]|\\.|\.(?=[\w:%-]))*)|"
    r"(?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))|"
    r"(?P<word>[A-Za-z_]\w*)|"
    r"(?P<space>\s+)|"
    r"(?P<other>&&|\|\||!=|<=|>=|\^\^|.)",
    re.DOTALL,
)
_PREFIX_DECLARATION = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)
_OPERATORS = {"=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "&&", "||", "!"}
_PAIRS = {"{": "}", "(": ")", "[": "]"}
_TERMS = {"var", "pname", "iri", "string", "long", "number", "word"}


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    offset: int
    line: int
    column: int

    @property
    def where(self) -> str:
        return f"line {self.line}, column {self.column}"


def tokens(text: str) -> list[Token]:
    """The query's tokens with their 1-based line and column; spaces and comments left out."""
    found, line, line_start = [], 1, 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind not in ("space", "comment"):
            found.append(Token(kind, match.group(), match.start(), line,
                               match.start() - line_start + 1))
        newlines = match.group().count("\n")
        if newlines:
            line += newlines
            line_start = match.start() + match.group().rindex("\n") + 1
    return found


def declared_prefixes(text: str) -> dict[str, str]:
    """The predeclared prefixes with those the query declares (which win)."""
    return {**PREFIXES, **{(m.group(1) or ""): m.group(2)
                           for m in _PREFIX_DECLARATION.finditer(text)}}


# ---------------------------------------------------------------- syntax errors


def offset_of(text: str, line: int, column: int, *, encoded: bool = False) -> int:
    """The index in `text` of 1-based `line` and `column`; `encoded`: the column counts UTF-8
    bytes rather than characters."""
    lines = text.split("\n")
    line = max(1, min(line, len(lines)))
    within = lines[line - 1]
    index = max(column - 1, 0)
    if encoded:
        index = len(within.encode("utf-8")[:index].decode("utf-8", "ignore"))
    return sum(len(x) + 1 for x in lines[: line - 1]) + min(index, len(within))


def _shown(token: Token | None) -> str:
    if token is None:
        return "the end of the query"
    if token.kind == "word":
        return f"the word {token.text}"
    text = " ".join(token.text.split())
    return f"'{text[:40]}…'" if len(text) > 40 else f"'{text}'"


def _strings(found: list[Token]) -> Iterable[tuple[int, str]]:
    for token in found:
        if token.kind == "open_string":
            yield token.offset, f"this string is never closed; end it with {token.text}"


def _brackets(found: list[Token], end: int) -> Iterable[tuple[int, str]]:
    stack: list[Token] = []
    for token in found:
        if token.text in _PAIRS:
            stack.append(token)
        elif token.text in _PAIRS.values():
            if not stack:
                yield token.offset, f"this '{token.text}' closes nothing"
                return
            opened = stack.pop()
            if _PAIRS[opened.text] != token.text:
                yield token.offset, (f"expected '{_PAIRS[opened.text]}' to close the "
                                     f"'{opened.text}' at {opened.where}, found '{token.text}'")
                return
    if stack:
        opened = stack[-1]
        closing = _PAIRS[opened.text]
        yield end, f"expected '{closing}' to close the '{opened.text}' at {opened.where}"


def _prefixes(text: str, found: list[Token]) -> Iterable[tuple[int, str]]:
    known = declared_prefixes(text)
    for token in found:
        if token.kind != "pname":
            continue
        prefix = token.text.split(":", 1)[0]
        if prefix != "_" and prefix not in known and not _is_declaration(found, token):
            close = difflib.get_close_matches(prefix, [p for p in known if p], n=1)
            hint = f"did you mean {close[0]}:? " if close else ""
            yield token.offset, (f"the prefix {prefix}: is not declared; {hint}declare it with "
                                 f"PREFIX {prefix}: <…> or use a predeclared one "
                                 f"({', '.join(p + ':' for p in PREFIXES)})")


def _is_declaration(found: list[Token], token: Token) -> bool:
    index = found.index(token)
    return index > 0 and found[index - 1].text.upper() == "PREFIX"


def _words(found: list[Token]) -> Iterable[tuple[int, str]]:
    for token in found:
        if token.kind == "word" and token.text.upper() not in KEYWORDS:
            close = difflib.get_close_matches(token.text.upper(), _CORRECTIONS, n=1, cutoff=0.6)
            hint = f"did you mean {close[0]}?" if close else (
                "a name needs a prefix (kg:…) or <…>, a variable a ? (?…)")
            yield token.offset, f"{token.text} is not a SPARQL keyword; {hint}"


_COMPARISONS = {"=", "!=", "<", ">", "<=", ">=", "&&", "||"}
_ENDS = {")", "}", "]", ",", ".", ";"}


def _sequences(found: list[Token]) -> Iterable[tuple[int, str]]:
    """Pairs of tokens that never follow each other: an operator without its right side,
    ORDER or GROUP without BY, LIMIT or OFFSET without a number."""
    for token, after in zip(found, [*found[1:], None], strict=True):
        word = token.text.upper() if token.kind == "word" else None
        if token.kind == "other" and token.text in _COMPARISONS and (
            after is None or after.text in _ENDS
        ):
            yield token.offset, (f"expected a value or an expression after '{token.text}', "
                                 f"found {_shown(after)}")
        elif word in ("ORDER", "GROUP") and (after is None or after.text.upper() != "BY"):
            yield token.offset, f"expected BY after {word}, found {_shown(after)}"
        elif word in ("LIMIT", "OFFSET") and (after is None or after.kind != "number"):
            yield token.offset, f"expected a number after {word}, found {_shown(after)}"


def _pattern_words(terms: list[Token]) -> str:
    return " ".join(t.text for t in terms)


def _in_context(found: list[Token], offset: int) -> str:
    """What was expected where the parser stopped, read from the tokens before it."""
    before = [t for t in found if t.offset < offset]
    at = next((t for t in found if t.offset >= offset), None)
    previous = before[-1] if before else None
    if previous is None:
        return (f"a query starts with PREFIX, SELECT, CONSTRUCT, DESCRIBE or ASK, "
                f"not {_shown(at)}")
    if previous.text in _OPERATORS or previous.text == "(":
        return f"expected a value or an expression after '{previous.text}', found {_shown(at)}"
    depth, pattern = 0, []
    for token in before:
        if token.text == "{":
            depth, pattern = depth + 1, []
        elif token.text == "}":
            depth, pattern = depth - 1, []
        elif token.text in (".", ";", ",") or token.kind == "word" and token.text.upper() in (
            KEYWORDS - {"A", "TRUE", "FALSE"}
        ):
            pattern = [] if token.text != ";" else pattern[:1]
            if token.text == ",":
                pattern = pattern[:2]
        elif token.kind in _TERMS or token.text in ("a", "^^") or token.kind == "lang":
            pattern.append(token)
    terms = [t for t in pattern if t.kind in _TERMS or t.text == "a"]
    if depth > 0 and at is not None and at.text in ("}", ".") and 0 < len(terms) < 3:
        missing = "its object" if len(terms) == 2 else "its predicate and object"
        return f"the triple pattern '{_pattern_words(terms)}' lacks {missing}"
    if depth > 0:
        return (f"expected a triple pattern, FILTER, OPTIONAL, BIND, VALUES, a group or '}}', "
                f"found {_shown(at)}")
    if at is None:
        return f"the query ends too early, after '{previous.text}'"
    return f"{_shown(at)} was not expected after '{previous.text}'"


def explain(text: str, offset: int) -> str:
    """`SPARQL syntax error at line L, column C: …` in one line, for the error a parser
    reported at index `offset` of `text`."""
    found = tokens(text)
    problems = sorted([*_strings(found)][:1]) or sorted(
        [*_brackets(found, len(text)), *_prefixes(text, found), *_words(found),
         *_sequences(found)]
    )
    if problems:
        offset, message = problems[0]
    else:
        message = _in_context(found, offset)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"SPARQL syntax error at line {line}, column {column}: {message}"


# ---------------------------------------------------------------- undefined kg: terms


def kg_terms(text: str) -> list[str]:
    """The local names of the kg: terms the query uses, in order, each once."""
    known = declared_prefixes(text)
    names: dict[str, None] = {}
    for token in tokens(text):
        if token.kind == "pname":
            prefix, local = token.text.split(":", 1)
            if known.get(prefix) == KG and local:
                names[local.replace("\\", "")] = None
        elif token.kind == "iri" and token.text[1:-1].startswith(KG) and len(token.text) > 2:
            local = token.text[1 + len(KG):-1]
            if local:
                names[local] = None
    return list(names)


def undefined_terms(text: str, is_defined: Callable[[str], bool],
                    vocabulary: Callable[[], Iterable[str]]) -> list[str]:
    """One warning per kg: term of `text` that the ontology does not define:
    `kg:endorses is not defined by the ontology; did you mean kg:endorsed?`."""
    warnings = []
    for name in kg_terms(text):
        if is_defined(name):
            continue
        close = difflib.get_close_matches(name, list(vocabulary()), n=1, cutoff=0.6)
        hint = f"; did you mean kg:{close[0]}?" if close else ""
        warnings.append(f"kg:{name} is not defined by the ontology{hint}")
    return warnings


class Vocabulary:
    """The kg: terms a store defines (any term that is the subject of a triple there), looked
    up one at a time and remembered, for the warnings of `undefined_terms`."""

    _REMEMBERED = 4096  # names looked up; past it the memory starts over

    def __init__(self, engine):
        self.engine = engine
        self._known: dict[str, bool] = {}
        self._names: list[str] | None = None

    def defined(self, name: str) -> bool:
        if name not in self._known:
            if len(self._known) >= self._REMEMBERED:
                self._known.clear()
            self._known[name] = self.engine.ask("ASK { ?term ?p ?o }", {"term": iri(KG + name)})
        return self._known[name]

    def names(self) -> list[str]:
        """The kg: terms the ontology's own files define: read only to suggest a correction."""
        if self._names is None:
            rows = self.engine.select(
                f"""SELECT DISTINCT ?term WHERE {{ GRAPH ?g {{ ?ontology a owl:Ontology .
                      ?term ?p ?o }} FILTER(STRSTARTS(STR(?term), "{KG}")) }}""")
            self._names = sorted(str(r["term"])[len(KG):] for r in rows)
        return self._names

    def warnings(self, text: str) -> list[str]:
        return undefined_terms(text, self.defined, self.names)
