"""The library of named SPARQL queries in `ontology/queries/*.rq`, and binding their parameters.

A query file starts with comment lines that describe it:

    # title: Who endorsed whom
    # description: Every endorsement claim, one row per supporting quote...
    #   (indented comment lines continue the previous field)
    # param: endorser entity
    #   Only endorsements made by this actor.
    # param: first entity = América Latina
    #   A parameter with a default value.

A parameter is a variable of the query (`?endorser`). Binding one adds a `VALUES` block at the
start of the query's WHERE group, so the bound text is plain SPARQL that any endpoint runs and
that a person can read; the block is written from pyoxigraph terms (graph/sparql/bindings.py), so a
value is always one IRI or one literal, whatever characters it holds. A parameter left unbound
widens the query (every endorser). Parameters of kind `entity` resolve names the way every
kgraph command does; `source` takes a source document or the outlet or person a quote is
attributed to; `date` takes YYYY, YYYY-MM or YYYY-MM-DD and keeps that precision; `string` is
taken as is.
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError, NameResolutionError
from graph.model.dates import PRECISION_DATATYPE, parse_user_date
from graph.model.names import name_key
from graph.model.resolve import Resolver
from graph.model.sources import list_sources
from graph.model.terms import SOURCE
from graph.root import Root, packaged_root
from graph.sparql.bindings import Term, iri, literal, with_values
from graph.store.engine import Engine, QueryResult

QUERY_FOLDER = "queries"
KINDS = ("entity", "source", "date", "string")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_FIELD = re.compile(r"^#\s?(title|description|param):\s*(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(\S.*)$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s+(\w+)\s*(?:=\s*(.+))?$")


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    default: str | None
    description: str

    def as_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "default": self.default,
                "description": self.description}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str
    file: Path

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        valid = ", ".join(p.name for p in self.parameters) or "none"
        raise InputError(f"query {self.name} has no parameter {name!r}; its parameters: {valid}")

    def as_dict(self, with_text: bool = False) -> dict:
        data = {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "parameters": [p.as_dict() for p in self.parameters],
            "file": self.file.name,
        }
        if with_text:
            data["text"] = self.text
        return data


def is_query_name(text: str) -> bool:
    """A word such as `endorsements` names a library query; SPARQL text always has spaces or
    braces."""
    return bool(_NAME.match(text.strip()))


def _parse_header(path: Path, text: str) -> tuple[str, str, list[Parameter]]:
    fields: dict[str, str] = {}
    params: list[list[str]] = []  # [declaration, description]
    continued: str | None = None  # the field that indented lines continue
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        field = _FIELD.match(line)
        continuation = _CONTINUATION.match(line)
        if field:
            continued, value = field.groups()
            if continued == "param":
                params.append([value.strip(), ""])
            else:
                fields[continued] = value.strip()
        elif continuation and continued is not None:
            more = continuation.group(1).strip()
            if continued == "param":
                params[-1][1] = f"{params[-1][1]} {more}".strip()
            else:
                fields[continued] = f"{fields[continued]} {more}".strip()
        elif line.strip("# "):
            continued = None
    for key in ("title", "description"):
        if not fields.get(key):
            raise InputError(f"{path}: a library query needs a '# {key}:' line at its top")
    parameters = []
    for declaration, description in params:
        match = _PARAM.match(declaration)
        if not match or match.group(2) not in KINDS:
            raise InputError(
                f"{path}: cannot read '# param: {declaration}'; write '# param: NAME KIND' or "
                f"'# param: NAME KIND = DEFAULT' with KIND one of {', '.join(KINDS)}"
            )
        name, kind, default = match.groups()
        parameters.append(Parameter(name, kind, default.strip() if default else None,
                                    description))
    return fields["title"], fields["description"], parameters


def load_query(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    title, description, parameters = _parse_header(path, text)
    return NamedQuery(path.stem, title, description, tuple(parameters), text, path)


def load_library(root: Root) -> dict[str, NamedQuery]:
    """The queries shipped with kgraph and those of the root's `ontology/queries/` (which win
    on equal names), by name: the file name without .rq."""
    files: dict[str, Path] = {}
    folders = [root.ontology / QUERY_FOLDER]
    with contextlib.suppress(InputError):
        folders.insert(0, packaged_root().ontology / QUERY_FOLDER)
    for folder in folders:
        if folder.is_dir():
            files.update((path.stem, path) for path in folder.glob("*.rq"))
    return {name: load_query(files[name]) for name in sorted(files)}


def library_query(root: Root, name: str) -> NamedQuery:
    library = load_library(root)
    if name in library:
        return library[name]
    close = difflib.get_close_matches(name, library, n=3, cutoff=0.5)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise InputError(f"no query named {name!r}.{hint} `kgraph queries` lists them.")


def parse_assignments(pairs) -> dict[str, str]:
    """`["actor=Kast", "since=2025"]` as a dict; the value may itself hold `=`. A mapping is
    taken as it is."""
    if isinstance(pairs, Mapping):
        return dict(pairs)
    values: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise InputError(f"`params` expects NAME=VALUE, not {pair!r}", parameter="params")
        values[name.strip()] = value.strip()
    return values


# ---------------------------------------------------------------- binding


class Lookup:
    """Turns parameter values into RDF terms, resolving names against one store."""

    def __init__(self, engine: Engine, resolver: Resolver):
        self.engine = engine
        self.resolver = resolver

    def entity(self, value: str) -> str:
        return self.resolver.resolve(value).iri

    def source(self, value: str) -> str:
        """A source document by id or label, else an outlet or person by name."""
        text = value.strip()
        key = name_key(text)
        for row in list_sources(self.engine):
            source_iri = SOURCE + row.id.removeprefix("src:")
            if text in (row.id, source_iri, row.id.removeprefix("src:")) or (
                key == name_key(row.label)
            ):
                return source_iri
        try:
            return self.entity(text)
        except NameResolutionError as error:
            raise type(error)(
                f"{error} (a source is also named by its id, such as src:<id>; "
                "`kgraph sources` lists them)", error.candidates
            ) from None

    def term(self, parameter: Parameter, value: str) -> Term:
        if parameter.kind == "entity":
            return iri(self.entity(value))
        if parameter.kind == "source":
            return iri(self.source(value))
        if parameter.kind == "date":
            parsed = parse_user_date(value, f"parameter {parameter.name}")
            return literal(parsed.iso, PRECISION_DATATYPE[parsed.precision])
        return literal(value)


def bind(query: NamedQuery, values: dict[str, str], lookup: Lookup) -> str:
    """The query's text with `values` (and the defaults of parameters not given) bound."""
    chosen = {p.name: p.default for p in query.parameters if p.default is not None}
    for name, value in values.items():
        query.parameter(name)  # raises, listing the valid names
        chosen[name] = value
    terms = {}
    for parameter in query.parameters:
        value = chosen.get(parameter.name)
        if value is not None and value != "":
            terms[parameter.name] = lookup.term(parameter, value)
    return with_values(query.text, terms, "parameters")


# ---------------------------------------------------------------- running


def named_query_text(kg, name: str, params: dict[str, str]) -> str:
    """The library query `name` with `params` bound against the graph `kg`."""
    return bind(library_query(kg.root, name), params, Lookup(kg.engine, kg.resolver))


def query_text(kg, argument: str | None, query_file: str | None, params: dict[str, str]) -> str:
    """The SPARQL to run for `kgraph query`: a library query by name with its parameters
    bound, a file, or the argument itself."""
    if (argument is None) == (query_file is None):
        raise InputError("give a query (SPARQL text or a library name) or -f FILE, not both "
                         "or neither")
    if query_file is not None:
        text = Path(query_file).read_text(encoding="utf-8")
    elif is_query_name(argument):
        return named_query_text(kg, argument.strip(), params)
    else:
        text = argument
    if params:
        raise InputError("`params` binds the parameters of a library query: give its name "
                         "(`kgraph queries` lists them)", parameter="params")
    return text


def run_checked(kg, text: str, timeout: float | None) -> QueryResult:
    """Run `text` as the endpoint would: on the local store in a confined worker (no network,
    the time limit, the memory ceiling); on a remote endpoint, refused if it reaches outside
    the store or updates, and this process ended if it runs past `timeout` seconds."""
    if kg.remote is None:
        return kg.query(text, timeout=timeout or None)
    from graph.sparql.safety import check_request, plainly_confined, process_deadline

    if not plainly_confined(text):
        check_request(text)
    from graph.sparql.diagnose import Vocabulary

    with process_deadline(timeout):
        result = kg.remote.run(text)
        result.warnings = Vocabulary(kg.remote).warnings(text)
    return result
