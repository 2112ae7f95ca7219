"""The documents behind the claims, with how much of the graph each one supports."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from graph.model.names import name_key
from graph.model.terms import SOURCE, compact
from graph.sparql.bindings import values_clause
from graph.store.engine import Engine


@dataclass(frozen=True)
class SourceRow:
    id: str
    label: str
    title: str | None
    issued: str | None
    language: str | None
    kind: str | None
    text_file: str | None
    claims: int
    quotes: int

    def as_dict(self) -> dict:
        return asdict(self)


def list_sources(engine: Engine) -> list[SourceRow]:
    rows = engine.select(
        """SELECT ?s (SAMPLE(?label) AS ?l) (SAMPLE(?title) AS ?t) (SAMPLE(?issued) AS ?i)
                  (SAMPLE(?lang) AS ?lg) (SAMPLE(?type) AS ?k) (SAMPLE(?file) AS ?f)
                  (COUNT(DISTINCT ?c) AS ?claims) (COUNT(DISTINCT ?ev) AS ?quotes) WHERE {
             ?s a kg:Source .
             OPTIONAL { ?s rdfs:label ?label } OPTIONAL { ?s dcterms:title ?title }
             OPTIONAL { ?s dcterms:issued ?issued } OPTIONAL { ?s dcterms:language ?lang }
             OPTIONAL { ?s dcterms:type ?type } OPTIONAL { ?s kg:textFile ?file }
             OPTIONAL { ?ev kg:source ?s . ?c kg:evidence ?ev . ?c a kg:Claim }
           } GROUP BY ?s ORDER BY ?i ?s"""
    )
    return [
        SourceRow(
            id=compact(r["s"]), label=r["l"] or compact(r["s"]), title=r["t"], issued=r["i"],
            language=r["lg"], kind=r["k"], text_file=r["f"], claims=r["claims"],
            quotes=r["quotes"],
        )
        for r in rows
    ]


def find_source(engine: Engine, text: str) -> SourceRow | None:
    """The source document named by `text`: its id (src:<id> or <id>), IRI or label."""
    text, key = text.strip(), name_key(text)
    for row in list_sources(engine):
        local = row.id.removeprefix("src:")
        if text in (row.id, local, SOURCE + local) or key == name_key(row.label):
            return row
    return None


def source_titles(engine: Engine, iris) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Title, date of issue and publisher of the sources `iris`, by compact id: what a map
    shows of the sources its claims cite, without counting the claims of every source in the
    store."""
    iris = sorted(set(iris))
    if not iris:
        return {}
    rows = engine.select(
        f"""SELECT ?s (SAMPLE(?title) AS ?t) (SAMPLE(?issued) AS ?i) (SAMPLE(?by) AS ?p)
            WHERE {{
              {values_clause("s", iris)} ?s a kg:Source .
              OPTIONAL {{ ?s dcterms:title ?title }} OPTIONAL {{ ?s dcterms:issued ?issued }}
              OPTIONAL {{ ?s dcterms:publisher ?by }}
            }} GROUP BY ?s"""
    )
    return {compact(r["s"]): (r["t"], r["i"], r.get("p")) for r in rows}
