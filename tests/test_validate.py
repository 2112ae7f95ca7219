"""Every invariant of the build, each made to fail on a small bad fixture."""

from __future__ import annotations

import json

import pytest
from helpers import TINY_CLAIMS, TINY_ENTITIES, TINY_SOURCES, TINY_TEXT, Cli

from graph.api import KnowledgeGraph
from graph.errors import SourceSyntaxError, ValidationError

QUOTE = 'kg:evidence [ kg:source src:doc ; kg:quote "Bruno Díaz es miembro del Partido Azul." ]'


def bad_root(make_root, *, claims="", entities="", sources=TINY_SOURCES, texts=None):
    return make_root(
        "bad",
        entities=TINY_ENTITIES + entities,
        claims=TINY_CLAIMS + claims,
        sources=sources,
        texts={"doc.txt": TINY_TEXT} if texts is None else texts,
    )


CASES = {
    "claim without evidence": (
        dict(claims="kgc:x a kg:Claim ; kg:subject kgr:ana ; kg:relation kg:allied ; "
                    "kg:object kgr:carla ."),
        "kgc:x", "at least one kg:evidence",
    ),
    "evidence without source": (
        dict(claims='kgc:x a kg:Claim ; kg:subject kgr:ana ; kg:relation kg:allied ; '
                    'kg:object kgr:carla ; kg:evidence [ kg:quote "Ana Pérez" ] .'),
        "kgc:x", "exactly one kg:source",
    ),
    "evidence without quote": (
        dict(claims="kgc:x a kg:Claim ; kg:subject kgr:ana ; kg:relation kg:allied ; "
                    "kg:object kgr:carla ; kg:evidence [ kg:source src:doc ] ."),
        "kgc:x", "non-empty kg:quote",
    ),
    "quote not in its source": (
        dict(claims='kgc:x a kg:Claim ; kg:subject kgr:ana ; kg:relation kg:allied ; '
                    'kg:object kgr:carla ; kg:evidence [ kg:source src:doc ; '
                    'kg:quote "Ana y Carla son aliadas" ] .'),
        "kgc:x", "quote not found verbatim",
    ),
    "entity without label": (
        dict(entities="kgr:nadie a kg:Person ."),
        "kgr:nadie", "needs an rdfs:label",
    ),
    "entity without class": (
        dict(claims=f"kgc:x a kg:Claim ; kg:subject kgr:desconocido ; kg:relation kg:memberOf ; "
                    f"kg:object kgr:azul ; {QUOTE} ."),
        "kgc:x", "kgr:desconocido, which is not declared",
    ),
    "relation domain": (
        dict(claims=f"kgc:x a kg:Claim ; kg:subject kgr:azul ; kg:relation kg:leaderOf ; "
                    f"kg:object kgr:azul ; {QUOTE} ."),
        "kgc:x", "subject kgr:azul is not a kg:Person",
    ),
    "relation range": (
        dict(claims=f"kgc:x a kg:Claim ; kg:subject kgr:bruno ; kg:relation kg:memberOf ; "
                    f"kg:object kgr:ana ; {QUOTE} ."),
        "kgc:x", "object kgr:ana is not a kg:Organization",
    ),
    "unknown relation": (
        dict(claims=f"kgc:x a kg:Claim ; kg:subject kgr:bruno ; kg:relation kg:dinedWith ; "
                    f"kg:object kgr:ana ; {QUOTE} ."),
        "kgc:x", "unknown relation kg:dinedWith; valid relations: allied,",
    ),
    "invalid date": (
        dict(claims=f'kgc:x a kg:Claim ; kg:subject kgr:bruno ; kg:relation kg:allied ; '
                    f'kg:object kgr:ana ; kg:date "2024-02-30"^^xsd:date ; {QUOTE} .'),
        "kgc:x", "is not a valid date",
    ),
    "date with a non-date type": (
        dict(claims=f'kgc:x a kg:Claim ; kg:subject kgr:bruno ; kg:relation kg:allied ; '
                    f'kg:object kgr:ana ; kg:date "marzo" ; {QUOTE} .'),
        "kgc:x", "is not a valid date",
    ),
    "start after end": (
        dict(claims=f'kgc:x a kg:Claim ; kg:subject kgr:bruno ; kg:relation kg:allied ; '
                    f'kg:object kgr:ana ; kg:startDate "2024"^^xsd:gYear ; '
                    f'kg:endDate "2020"^^xsd:gYear ; {QUOTE} .'),
        "kgc:x", "is after kg:endDate",
    ),
    "duplicate claim (symmetric, reversed)": (
        dict(claims='kgc:x a kg:Claim ; kg:subject kgr:bruno ; kg:relation kg:met ; '
                    'kg:object kgr:ana ; kg:date "2024-03-03"^^xsd:date ; kg:evidence [ '
                    'kg:source src:doc ; kg:quote "Ana Pérez se reunió con Bruno Díaz" ] .'),
        "kgc:", "duplicates claim",
    ),
    "vote share out of range": (
        dict(claims=f"kgc:x a kg:Claim ; kg:subject kgr:bruno ; kg:relation kg:allied ; "
                    f"kg:object kgr:ana ; kg:voteShare 140.5 ; {QUOTE} ."),
        "kgc:x", "kg:voteShare is one decimal between 0 and 100",
    ),
    "source text missing": (
        dict(texts={}),
        "src:doc", "seeds/doc.txt is missing",
    ),
    "source without language": (
        dict(sources='src:doc a kg:Source ; rdfs:label "Doc" ; kg:textFile "doc.txt" .'),
        "src:doc", "dcterms:language",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_invariant_fails_on_a_bad_fixture(make_root, case):
    arguments, where, message = CASES[case]
    root = bad_root(make_root, **arguments)
    problems = KnowledgeGraph(root).validate()
    rendered = [str(p) for p in problems]
    matching = [p for p in rendered if message in p]
    assert matching, rendered
    assert any(where in p for p in matching), rendered
    # Problems name the file they come from.
    assert all(p.file for p in problems if message in str(p)), rendered


def _every_case_at_once() -> dict:
    """The claims and entities of every case in one root (claims renamed apart): problems of
    every kind, some on the same lines, and claims that duplicate each other."""
    arguments = [args for args, _, _ in CASES.values()]
    return dict(
        claims="\n".join(a["claims"].replace("kgc:x ", f"kgc:x{i} ")
                         for i, a in enumerate(arguments) if "claims" in a),
        entities="\n".join(a["entities"] for a in arguments if "entities" in a),
    )


@pytest.mark.parametrize("case", [*sorted(CASES), "every case at once"])
def test_a_full_build_checks_what_it_parsed_as_the_store_holds_it(make_root, monkeypatch, case):
    """A full build checks the statements it gathered while parsing; an incremental build
    reads them from the store: the same problems, in the same order."""
    from graph.build import validate
    from graph.build.statements import ParsedStatements

    arguments = _every_case_at_once() if case == "every case at once" else CASES[case][0]
    root = bad_root(make_root, **arguments)
    collect, feeds = validate.collect_problems, []

    def from_the_parse(*args, **kwargs):
        feeds.append(type(args[4]))
        return collect(*args, **kwargs)

    monkeypatch.setattr(validate, "collect_problems", from_the_parse)
    parsed = KnowledgeGraph(root).validate()
    assert feeds == [ParsedStatements]
    monkeypatch.setattr(validate, "collect_problems", lambda *args, **_: collect(*args[:4]))
    assert parsed and KnowledgeGraph(root).validate() == parsed


def test_the_tiny_graph_is_valid(tiny_root):
    assert KnowledgeGraph(tiny_root).validate() == []


def test_the_curated_graph_is_valid(curated_root):
    assert KnowledgeGraph(curated_root).validate() == []


def test_problems_name_file_line_and_claim(make_root):
    root = bad_root(make_root, **CASES["quote not in its source"][0])
    (problem,) = KnowledgeGraph(root).validate()
    assert problem.file == "ontology/claims.ttl"
    assert problem.claim == "kgc:x"
    lines = (root / "ontology/claims.ttl").read_text().splitlines()
    assert lines[problem.line - 1].startswith("kgc:x")


def test_validate_command_reports_every_problem_and_exits_3(make_root):
    root = bad_root(
        make_root,
        claims=CASES["quote not in its source"][0]["claims"].replace("kgc:x", "kgc:one") + "\n"
        + CASES["unknown relation"][0]["claims"].replace("kgc:x", "kgc:two"),
    )
    result = Cli(root)("validate", expect=3)
    assert "kgc:one" in result.stdout and "kgc:two" in result.stdout
    assert "Error: 2 problems found." in result.stderr
    as_json = json.loads(Cli(root)("validate", "--format", "json", expect=3).stdout)
    assert {p["claim"] for p in as_json} == {"kgc:one", "kgc:two"}
    assert Cli(root)("validate", "--format", "csv", expect=3).stdout.startswith(
        "file,line,entity,claim,message"
    )


def test_validate_command_on_a_valid_graph(tiny_root):
    result = Cli(tiny_root)("validate")
    assert "no problems" in result.stdout


def test_build_refuses_an_invalid_graph_and_keeps_the_previous_store(make_root, tmp_path):
    root = bad_root(make_root)
    kg = KnowledgeGraph(root)
    kg.build()
    before = (root / "output" / "store").resolve()
    manifest = (before / "manifest.json").read_text()
    claims = root / "ontology" / "claims.ttl"
    claims.write_text(claims.read_text() + CASES["quote not in its source"][0]["claims"])
    with pytest.raises(ValidationError) as caught:
        kg.build()
    assert any("quote not found verbatim" in str(p) for p in caught.value.problems)
    assert (root / "output" / "store").resolve() == before
    assert (before / "manifest.json").read_text() == manifest
    result = Cli(root)("build", expect=3)
    assert "Error: validation failed with 1 problem" in result.stderr
    assert "Traceback" not in result.stderr


def test_malformed_turtle_names_file_and_line_and_keeps_the_store(tiny_root):
    kg = KnowledgeGraph(tiny_root)
    kg.build()
    before = (tiny_root / "output" / "store").resolve()
    claims = tiny_root / "ontology" / "claims.ttl"
    lines = claims.read_text().splitlines()
    broken_line = len(lines) + 1
    claims.write_text("\n".join(lines + ["kgc:y a kg:Claim ; kg:subject kgr:ana kgr:oops ."]))
    with pytest.raises(SourceSyntaxError) as caught:
        kg.build()
    assert str(caught.value).startswith(f"ontology/claims.ttl:{broken_line}:")
    result = Cli(tiny_root)("build", expect=1)
    assert result.stderr.startswith(f"Error: ontology/claims.ttl:{broken_line}:")
    assert len(result.stderr.strip().splitlines()) == 1
    assert (tiny_root / "output" / "store").resolve() == before
    # validate reports the same problem and exits 3
    result = Cli(tiny_root)("validate", expect=3)
    assert f"ontology/claims.ttl:{broken_line}: Turtle syntax error" in result.stdout
    # a read command does not answer from a graph it cannot build
    result = Cli(tiny_root)("neighbors", "Ana", expect=1)
    assert "ontology/claims.ttl" in result.stderr


@pytest.mark.parametrize("case", sorted(CASES))
def test_shapes_compiled_to_sparql_agree_with_pyshacl(make_root, monkeypatch, case):
    """Large graphs are checked by the shapes compiled to SPARQL: same problems, same words."""
    root = bad_root(make_root, **CASES[case][0])
    with_pyshacl = sorted(str(p) for p in KnowledgeGraph(root).validate())
    monkeypatch.setattr("graph.build.shacl.PYSHACL_MAX_TRIPLES", 0)
    compiled = sorted(str(p) for p in KnowledgeGraph(root).validate())
    assert compiled == with_pyshacl


def test_compiled_shapes_refuse_what_they_cannot_check(tiny_root, monkeypatch):
    shapes = tiny_root / "ontology" / "shapes.ttl"
    shapes.write_text(shapes.read_text() + """
<https://example.org/PatternShape> a sh:NodeShape ; sh:targetClass kg:Person ;
    sh:property [ sh:path rdfs:label ; sh:pattern "^[A-Z]" ] .
""")
    monkeypatch.setattr("graph.build.shacl.PYSHACL_MAX_TRIPLES", 0)
    from graph.errors import StoreError

    with pytest.raises(StoreError, match="uses sh:pattern, which large graphs cannot check"):
        KnowledgeGraph(tiny_root).validate()
