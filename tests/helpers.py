"""What several test modules share: the project's folders, hand-made graphs with known answers,
and the command line run in-process. Fixtures live in conftest.py; the server harness in
serving.py, the Virtuoso and browser fixtures in virtuoso.py and browser.py."""

from __future__ import annotations

import json
import os
import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.api import KnowledgeGraph
from graph.cli import main
from graph.model.terms import turtle_prefixes

PROJECT = Path(__file__).resolve().parent.parent
DATA = PROJECT / "tests" / "data" / "ingest"

PREFIXES = turtle_prefixes("kg", "kgr", "kgc", "src", "rdfs", "skos", "dcterms", "xsd")


def copy_curated(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for folder in ("ontology", "seeds"):
        shutil.copytree(PROJECT / folder, target / folder)
    return target


def built_copy(target: Path) -> Path:
    """A copy of the curated graph, built: a root a server or a command can use at once."""
    KnowledgeGraph(copy_curated(target)).build()
    return target


def write_root(
    root: Path, *, entities: str = "", claims: str = "", sources: str = "",
    texts: dict[str, str] | None = None, files: dict[str, str] | None = None,
) -> Path:
    """A root of the real schema and shapes with the given Turtle (prefixes added) and texts,
    so that a hand-made graph is validated exactly like the curated one."""
    (root / "ontology").mkdir(parents=True)
    (root / "seeds").mkdir()
    for schema_file in ("schema.ttl", "shapes.ttl"):
        shutil.copy(PROJECT / "ontology" / schema_file, root / "ontology" / schema_file)
    for relative, body in {
        "ontology/entities.ttl": entities,
        "ontology/claims.ttl": claims,
        "seeds/sources.ttl": sources,
    }.items():
        if body:
            (root / relative).write_text(PREFIXES + textwrap.dedent(body), encoding="utf-8")
    for file_name, text in (texts or {}).items():
        (root / "seeds" / file_name).write_text(text, encoding="utf-8")
    for relative, body in (files or {}).items():
        (root / relative).write_text(body, encoding="utf-8")
    return root


class Cli:
    """`Cli(root)("neighbors", "Kast")`: kgraph in-process; fails the test on an unexpected exit
    code (`expect=None` checks none) with the command, its output and its errors."""

    def __init__(self, root: Path | None):
        self.root = root
        self.runner = CliRunner()

    def __call__(self, *args: str, expect: int | None = 0, input: str | None = None):
        prefix = ["--root", str(self.root)] if self.root else []
        result = self.runner.invoke(main, [*prefix, *args], input=input, catch_exceptions=False)
        if expect is not None:
            assert result.exit_code == expect, (
                f"kgraph {' '.join(args)} exited {result.exit_code}, expected {expect}\n"
                f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
            )
        return result


# ---------------------------------------------------------------- a tiny graph with known answers

TINY_TEXT = (
    "Ana Pérez se reunió con Bruno Díaz el 3 de marzo de 2024 en Lima. "
    "Bruno Díaz es miembro del Partido Azul. Carla Ruiz respaldó a Ana Pérez en 2023."
)
TINY_SOURCES = """
src:doc a kg:Source ; rdfs:label "Doc" ; dcterms:language "es" ;
    dcterms:issued "2024-03-05"^^xsd:date ; kg:textFile "doc.txt" .
"""
TINY_ENTITIES = """
kgr:ana a kg:Person ; rdfs:label "Ana Pérez" ; skos:altLabel "Ana" .
kgr:bruno a kg:Person ; rdfs:label "Bruno Díaz" ; skos:altLabel "Bruno" .
kgr:carla a kg:Person ; rdfs:label "Carla Ruiz" .
kgr:azul a kg:PoliticalParty ; rdfs:label "Partido Azul" .
"""
TINY_CLAIMS = """
kgc:ana-met-bruno a kg:Claim ;
    kg:subject kgr:ana ; kg:relation kg:met ; kg:object kgr:bruno ;
    kg:date "2024-03-03"^^xsd:date ;
    kg:evidence [ kg:source src:doc ;
                  kg:quote "Ana Pérez se reunió con Bruno Díaz el 3 de marzo de 2024" ] .
kgc:bruno-member-azul a kg:Claim ;
    kg:subject kgr:bruno ; kg:relation kg:memberOf ; kg:object kgr:azul ;
    kg:evidence [ kg:source src:doc ; kg:quote "Bruno Díaz es miembro del Partido Azul." ] .
kgc:carla-endorsed-ana a kg:Claim ;
    kg:subject kgr:carla ; kg:relation kg:endorsed ; kg:object kgr:ana ;
    kg:date "2023"^^xsd:gYear ;
    kg:evidence [ kg:source src:doc ; kg:quote "Carla Ruiz respaldó a Ana Pérez en 2023." ] .
"""


# ---------------------------------------------------------------- a graph whose names attack pages

HOSTILE_LABEL = '<img src=x onerror="window.kgPwned=1">'
HOSTILE_ALIAS = "</script><script>window.kgPwned2=1</script>"
HOSTILE_QUOTE = "<script>window.kgPwned3=1</script> dijo que sí"
HOSTILE_TEXT = f"Ana Pérez se reunió con Bruno Díaz. Luego {HOSTILE_QUOTE}."
HOSTILE_ENTITIES = f"""
kgr:ana a kg:Person ; rdfs:label "Ana Pérez" .
kgr:bruno a kg:Person ; rdfs:label "Bruno Díaz" .
kgr:evil a kg:Person ; rdfs:label {json.dumps(HOSTILE_LABEL)} ;
    skos:altLabel {json.dumps(HOSTILE_ALIAS)} .
"""
HOSTILE_CLAIMS = f"""
kgc:ana-met-bruno a kg:Claim ; kg:subject kgr:ana ; kg:relation kg:met ; kg:object kgr:bruno ;
    kg:evidence [ kg:source src:doc ; kg:quote "Ana Pérez se reunió con Bruno Díaz." ] .
kgc:evil-endorsed-ana a kg:Claim ; kg:subject kgr:evil ; kg:relation kg:endorsed ;
    kg:object kgr:ana ; kg:evidence [ kg:source src:doc ; kg:quote {json.dumps(HOSTILE_QUOTE)} ] .
"""


def hostile_root(make_root) -> Path:
    return make_root("hostile", entities=HOSTILE_ENTITIES, claims=HOSTILE_CLAIMS,
                     sources=TINY_SOURCES, texts={"doc.txt": HOSTILE_TEXT})


# ---------------------------------------------------------------- the invented world of ingest

def build_world(root: Path) -> Path:
    """The invented world of tests/data/ingest (schema and shapes of the project)."""
    write_root(root, entities=(DATA / "entities.ttl").read_text(encoding="utf-8"))
    KnowledgeGraph(root).build()
    return root


def facts(extraction) -> set[tuple[str, str, str]]:
    """An extraction's candidates as (subject, relation, object) by label; negated ones as
    'not <relation>'."""
    return {(c.subject, ("not " if c.negated else "") + c.relation, c.object)
            for c in extraction.candidates}


def entity_classes(extraction) -> dict[str, str]:
    """The new entities an extraction proposes, by label, with their class's local name."""
    return {e.label: e.cls.rsplit("#", 1)[-1] for e in extraction.entities}


def facts_of(text: str, read, person: str) -> set[tuple[str, str]]:
    """(relation, object) of what `read` finds in `text` with `person` for subject."""
    return {(r, o) for s, r, o in facts(read(text)) if s == person}


def find(extraction, subject, relation, obj):
    """The candidate stating (subject, relation, object), or a failure listing what there is."""
    for candidate in extraction.candidates:
        if (candidate.subject, candidate.relation, candidate.object) == (subject, relation, obj):
            return candidate
    raise AssertionError(f"no {subject} {relation} {obj} in {sorted(facts(extraction))}")


def model_or_skip() -> None:
    """Skip a test of the parse extractor when the Spanish model is not installed; under
    CI=true a missing model fails it."""
    from graph.ingest.nlp import pipeline

    if pipeline.available():
        return
    reason = f"the Spanish model is not installed ({pipeline.INSTALL})"
    if os.environ.get("CI") == "true":
        pytest.fail(f"the parse extractor cannot be tested under CI: {reason}")
    pytest.skip(reason)
