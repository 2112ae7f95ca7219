"""What `kgraph query` tells the person who wrote a query: a syntax error as one line with its
position and what was expected in plain words, and a warning for kg: terms the ontology does
not define (the query still runs)."""

from __future__ import annotations

import pytest

from graph.errors import SourceSyntaxError
from graph.sparql.diagnose import explain, kg_terms, tokens

BROKEN = [
    # (query, line, column, the message after the position)
    ("SELECT * WHERE { ?s ?p ?o ", 1, 27,
     "expected '}' to close the '{' at line 1, column 16"),
    ("SELECT * WHERE { ?s foo:bar ?o }", 1, 21,
     "the prefix foo: is not declared; declare it with PREFIX foo: <…>"),
    ("SELECT * WHERE { ?s ?p ?o } ORDR BY ?s", 1, 29,
     "ORDR is not a SPARQL keyword; did you mean ORDER?"),
    ("SELEC * WHERE { ?s ?p ?o }", 1, 1, "SELEC is not a SPARQL keyword; did you mean SELECT?"),
    ('SELECT * WHERE { ?s rdfs:label "Kast }', 1, 32,
     'this string is never closed; end it with "'),
    ("SELECT * WHERE { ?s ?p }", 1, 24, "the triple pattern '?s ?p' lacks its object"),
    ("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = ) }", 3, 13,
     "expected a value or an expression after '=', found ')'"),
    ("SELECT * WHERE { ?s ?p ?o } }", 1, 29, "this '}' closes nothing"),
    ("SELECT * WHERE { ?s ?p ?o } LIMIT", 1, 29,
     "expected a number after LIMIT, found the end of the query"),
    ("SELECT * WHERE { ?s ?p ?o } GROUP ?s", 1, 29, "expected BY after GROUP, found '?s'"),
    # Columns count characters, also after accented ones.
    ('SELECT ?x WHERE {\n  ?x rdfs:label "Río" ; ?y\n}', 3, 1,
     "the triple pattern '?x ?y' lacks its object"),
]


@pytest.mark.parametrize("query, line, column, message", BROKEN)
def test_syntax_errors_are_one_plain_line_with_the_position(kg, query, line, column, message):
    with pytest.raises(SourceSyntaxError) as caught:
        kg.query(query, trusted=True)
    text = str(caught.value)
    assert text.startswith(f"SPARQL syntax error at line {line}, column {column}: {message}")
    assert "\n" not in text and "\\u{" not in text and "[_]" not in text


def test_the_command_line_prints_the_same_line(cli):
    result = cli("query", "SELECT * WHERE { ?s ?p ?o } ORDR BY ?s", expect=1)
    assert result.stderr == ("Error: SPARQL syntax error at line 1, column 29: ORDR is not a "
                             "SPARQL keyword; did you mean ORDER?\n")
    result = cli("query", "SELECT * WHERE { ?s ?p }", expect=1)
    assert result.stderr == ("Error: SPARQL syntax error at line 1, column 24: the triple "
                             "pattern '?s ?p' lacks its object\n")


def test_a_misleading_expected_keyword_is_not_repeated():
    # Oxigraph says "expected one of HAVING, OFFSET, OPTIONAL, VALUES" at the B of BY.
    message = explain("SELECT * WHERE { ?s ?p ?o } ORDR BY ?s", 33)
    assert "OPTIONAL" not in message and "ORDER" in message


def test_tokens_skip_strings_iris_and_comments():
    found = tokens('SELECT ?x # { not a brace\nWHERE { ?x <http://a/b> "}" }')
    assert [t.text for t in found if t.text in ("{", "}")] == ["{", "}"]
    assert found[-1].line == 2


# ---------------------------------------------------------------- undefined kg: terms


def test_kg_terms_follow_the_declared_prefixes():
    assert kg_terms("SELECT * WHERE { ?x kg:endorses ?y ; a <https://w3id.org/kgraph/"
                    "ontology#Persn> . ?y rdfs:label 'kg:nope' }") == ["endorses", "Persn"]
    assert kg_terms("PREFIX kg: <http://example.org/> SELECT * WHERE { ?x kg:endorses ?y }") == []
    assert kg_terms("PREFIX o: <https://w3id.org/kgraph/ontology#> ASK { ?x o:mett ?y }") == [
        "mett"]


def test_an_undefined_kg_term_warns_and_the_query_still_runs(cli):
    result = cli("query", "SELECT ?x WHERE { ?x kg:endorses ?y }")
    assert result.stdout == "(no rows)\n"
    assert result.stderr == ("Warning: kg:endorses is not defined by the ontology; did you mean "
                             "kg:endorsed?\n")
    result = cli("query", "SELECT ?x WHERE { ?x a kg:Persn ; kg:memberOf ?party }",
                 "--format", "json")
    assert result.stdout.strip() == "[]"
    assert result.stderr == ("Warning: kg:Persn is not defined by the ontology; did you mean "
                             "kg:Person?\n")


def test_defined_terms_and_unrelated_names_do_not_warn(cli):
    for query in ["SELECT ?x WHERE { ?x kg:endorsed ?y }",
                  "SELECT ?c WHERE { ?c kg:mode kg:PhoneCall ; kg:datePrecision kg:Day }",
                  "SELECT ?x WHERE { ?x kgr:endorses ?y }"]:
        assert cli("query", query).stderr == "", query
    result = cli("query", "SELECT ?x WHERE { ?x kg:zzzzqqq ?y }")
    assert result.stderr == "Warning: kg:zzzzqqq is not defined by the ontology\n"


def test_the_api_carries_the_warnings(kg):
    result = kg.query("ASK { ?x kg:endorses ?y }")
    assert result.boolean is False
    assert result.warnings == [
        "kg:endorses is not defined by the ontology; did you mean kg:endorsed?"]
    assert kg.query("ASK { ?x kg:endorsed ?y }").warnings == []


def test_the_library_queries_use_only_defined_terms(cli, kg):
    for query in kg.library():
        result = cli("query", query.name, "--format", "csv")
        assert "Warning" not in result.stderr, (query.name, result.stderr)
