"""`kgraph evaluate --set`: a hand-made evaluation set scored with a stand-in extractor whose
true and false positives are known, ill-formed gold files, and the project's own sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import DATA, Cli

import graph.ingest
from graph.api import KnowledgeGraph
from graph.build.parse import normalize_text
from graph.ingest import Candidate, CandidateEntity, Extraction, evaluate_set, read_set
from graph.ingest.goldsets import GOLD_SUFFIX, read_text
from graph.ingest.knowledge import Knowledge
from graph.ingest.model import EvidenceRow
from graph.ingest.setscore import alias_problem, class_kinship, pattern_group
from graph.ingest.temporal import Anchor

KGR = "https://w3id.org/kgraph/id/"
KG = "https://w3id.org/kgraph/ontology#"

TEXT_A = ("Ana Pérez se reunió con Bruno Díaz el martes. Carla Ruiz respaldó a Ana Pérez. "
          "Diego Sol es miembro del Partido Azul.")
TEXT_B = ("Bruno Díaz no se reunió con Carla Ruiz. Ana Pérez, la líder del Partido Azul, habló "
          "en Lima. Ella lo dirige desde 2020. El Foro Sur también estuvo.")
GOLD_A = {
    "date": "2024-03-07",
    "claims": [
        {"subject": "Ana Pérez", "relation": "met", "object": "Bruno Díaz", "date": "2024-03-05",
         "pattern": "verb", "quote": "Ana Pérez se reunió con Bruno Díaz el martes."},
        {"subject": "Carla Ruiz", "relation": "endorsed", "object": "Ana Pérez",
         "pattern": "verb", "quote": "Carla Ruiz respaldó a Ana Pérez."},
        {"subject": "Diego Sol", "relation": "memberOf", "object": "Partido Azul",
         "pattern": "copula", "former": True, "quote": "Diego Sol es miembro del Partido Azul."},
    ],
    "entities": [{"name": "Diego Sol", "class": "Person"}],
}
GOLD_B = {
    "date": "2024-03-08",
    "claims": [
        {"subject": "Bruno Díaz", "relation": "met", "object": "Carla Ruiz", "negated": True,
         "pattern": "verb", "quote": "Bruno Díaz no se reunió con Carla Ruiz."},
        {"subject": "Ana", "relation": "leaderOf", "object": "Partido Azul",
         "pattern": "apposition", "quote": "Ana Pérez, la líder del Partido Azul"},
    ],
    "entities": [{"name": "Foro Sur", "class": "Network"}],
}


def candidate(subject, subject_key, relation, obj, object_key, quote, cue, **extra):
    return Candidate(subject, subject_key, relation, obj, object_key, 0.7,
                     [EvidenceRow(quote)], cue=cue, **extra)


class KnownAnswers:
    """Stands in for a model-backed extractor: fixed candidates per text."""

    name = "known"

    def __init__(self):
        self.anchors = []

    def extract(self, document, knowledge):
        self.anchors.append(document.anchor)
        ana, bruno, carla, azul = (KGR + k for k in ("ana", "bruno", "carla", "azul"))
        if document.text.startswith("Ana"):
            diego = CandidateEntity("new:diego-sol", "Diego Sol", KG + "Person", ["Sol", "Diego"])
            return Extraction([
                # symmetric, written the other way round: a match
                candidate("Bruno Díaz", bruno, "met", "Ana Pérez", ana,
                          "Ana Pérez se reunió con Bruno Díaz el martes.", "verb:reunir",
                          date="2024-03-05"),
                # the same fact again: a duplicate, neither right nor wrong
                candidate("Ana Pérez", ana, "met", "Bruno Díaz", bruno,
                          "Ana Pérez se reunió con Bruno Díaz el martes.", "nominal:reunion"),
                # not symmetric, the wrong way round: a false positive (and a miss)
                candidate("Ana Pérez", ana, "endorsed", "Carla Ruiz", carla,
                          "Carla Ruiz respaldó a Ana Pérez.", "verb:respaldar"),
                # a new entity matched by its name
                candidate("Diego Sol", diego.key, "memberOf", "Partido Azul", azul,
                          "Diego Sol es miembro del Partido Azul.", "copula",
                          qualifiers={"former": True}),
            ], [diego])
        foro = CandidateEntity("new:foro-sur", "Foro Sur", KG + "Organization", ["del", "Chile"])
        return Extraction([
            # negation must match: a false positive, and the negated claim is missed
            candidate("Bruno Díaz", bruno, "met", "Carla Ruiz", carla,
                      "Bruno Díaz no se reunió con Carla Ruiz.", "verb:reunir"),
            # right, with a quote that is not in the text
            candidate("Ana Pérez", ana, "leaderOf", "Partido Azul", azul,
                      "Ana Pérez lidera el Partido Azul.", "apposition"),
            # wrong, with a quote that names neither end
            candidate("Ana Pérez", ana, "allied", "Bruno Díaz", bruno,
                      "Ella lo dirige desde 2020.", ""),
        ], [foro])


def write_set(folder: Path, texts: dict[str, tuple[str, object]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (text, gold) in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        if gold is not None:
            body = gold if isinstance(gold, str) else json.dumps(gold, ensure_ascii=False)
            (folder / f"{name}{GOLD_SUFFIX}").write_text(body, encoding="utf-8")
    return folder


@pytest.fixture
def known_set(tmp_path) -> Path:
    return write_set(tmp_path / "set", {"a": (TEXT_A, GOLD_A), "b": (TEXT_B, GOLD_B)})


@pytest.fixture
def tiny_kg(tiny_root) -> KnowledgeGraph:
    kg = KnowledgeGraph(tiny_root)
    kg.build()  # no build report in the command's output
    return kg


@pytest.mark.parametrize("proposed, expected, kinship", [
    ("Event", "Summit", "broader"), ("Organization", "PoliticalParty", "broader"),
    ("Summit", "Event", "narrower"), ("SocialMediaPlatform", "MediaOutlet", "narrower"),
    ("Coalition", "PoliticalParty", "sibling"), ("Summit", "EventSeries", "sibling"),
    ("SocialMediaPlatform", "Network", "sibling"), ("Country", "Place", "narrower"),
    ("Person", "Place", "unrelated"), ("Person", "PoliticalParty", "unrelated"),
    ("Event", "Organization", "unrelated"), ("Office", "Person", "unrelated"),
])
def test_a_wrong_class_is_placed_against_the_gold_one_by_the_ontology(
        tiny_kg, proposed, expected, kinship):
    knowledge = Knowledge.from_graph(tiny_kg)
    assert class_kinship(knowledge, KG + proposed, KG + expected) == kinship


def test_known_answers_give_exact_figures(tiny_kg, known_set):
    extractor = KnownAnswers()
    report = evaluate_set(tiny_kg, known_set, extractor, jobs=1)  # the anchors it saw are here
    assert [(a.date.iso, a.date.precision) for a in extractor.anchors] == [
        ("2024-03-07", "day"), ("2024-03-08", "day")]
    assert report.texts == ["a", "b"] and report.extractor == "known"
    rows = {row["relation"]: row for row in report.rows()}
    figures = {r: (row["tp"], row["fp"], row["fn"]) for r, row in rows.items()}
    assert figures == {
        "met": (1, 1, 1), "endorsed": (0, 1, 1), "memberOf": (1, 0, 0), "leaderOf": (1, 0, 0),
        "allied": (0, 1, 0), "all": (3, 3, 2), "dates": (1, 0, 0), "former": (1, 0, 0),
    }
    assert (rows["all"]["precision"], rows["all"]["recall"], rows["all"]["f1"]) == (
        0.5, 0.6, 0.545)
    assert report.duplicates == 1
    assert report.gold_pattern_rows() == [
        {"pattern": "apposition", "gold": 1, "tp": 1, "fn": 0, "recall": 1.0},
        {"pattern": "copula", "gold": 1, "tp": 1, "fn": 0, "recall": 1.0},
        {"pattern": "verb", "gold": 3, "tp": 1, "fn": 2, "recall": 0.333},
    ]
    assert report.found_pattern_rows() == [
        {"pattern": "apposition", "found": 1, "tp": 1, "fp": 0, "precision": 1.0},
        {"pattern": "copula", "found": 1, "tp": 1, "fp": 0, "precision": 1.0},
        {"pattern": "other", "found": 1, "tp": 0, "fp": 1, "precision": 0.0},
        {"pattern": "verb", "found": 3, "tp": 1, "fp": 2, "precision": 0.333},
    ]
    assert report.entities == {"gold": 2, "proposed": 2, "matched": 2, "wrong_class": 1,
                               "share_wrong": 0.5, "broader": 1, "narrower": 0, "sibling": 0,
                               "unrelated": 0}
    assert report.wrong_classes == [{"text": "b", "entity": "Foro Sur",
                                     "class": "Organization", "expected": "Network",
                                     "kinship": "broader"}]
    assert report.aliases == {"checked": 4, "bad": 3, "share_bad": 0.75}
    assert {(b["alias"], b["problem"]) for b in report.bad_aliases} == {
        ("Diego", "lone given name"), ("del", "particle"), ("Chile", "country or demonym")}
    assert report.quotes == {"checked": 7, "not_verbatim": 1, "name_neither_end": 1}
    assert [m["fact"] for m in report.misses] == [
        "Carla Ruiz endorsed Ana Pérez", "Bruno Díaz NOT met Carla Ruiz"]
    assert all(m["quote"] and m["text"] for m in report.misses + report.false_positives)
    assert len(report.false_positives) == 3


def test_the_command_prints_every_table(tiny_root, known_set, monkeypatch):
    chosen = graph.ingest.get_extractor
    monkeypatch.setattr(graph.ingest, "get_extractor",
                        lambda name=None: KnownAnswers() if name == "known" else chosen(name))
    run = Cli(tiny_root)
    text = run("evaluate", "--set", str(known_set), "--extractor", "known").stdout
    assert "Recall by the gold claim's pattern" in text
    assert "Precision by the candidate's pattern" in text
    assert "New entities: 2 proposed, 2 of them among the 2 gold entities, 1 of those with the " \
        "wrong class (50%): 1 broader than the gold's, 0 narrower, 0 another kind of the same " \
        "family, 0 of another family" in text
    assert "Aliases: 4 proposed, 3 unacceptable" in text
    assert "Quotes: 7 checked, 1 not verbatim in their text, 1 candidates" in text
    assert "Gold claims not found" not in text
    with_misses = run("evaluate", "--set", str(known_set), "--extractor", "known",
                      "--misses").stdout
    assert "Gold claims not found (2):" in with_misses
    assert "b | Bruno Díaz NOT met Carla Ruiz | verb | Bruno Díaz no se reunió" in with_misses
    assert "Found, not in the gold (3):" in with_misses
    data = json.loads(run("evaluate", "--set", str(known_set), "--extractor", "known",
                          "--format", "json").stdout)
    assert data["total"]["tp"] == 3 and data["entities"]["wrong_class"] == 1
    assert {"recall_by_gold_pattern", "precision_by_candidate_pattern", "aliases",
            "quotes"} <= set(data)
    csv_lines = run("evaluate", "--set", str(known_set), "--extractor", "known",
                    "--format", "csv").stdout.splitlines()
    assert csv_lines[0].startswith("relation,gold,found,tp,fp,fn")
    assert any(line.startswith("all,5,6,3,3,2") for line in csv_lines)


def test_the_rules_extractor_runs_on_a_set(tiny_kg, known_set):
    report = evaluate_set(tiny_kg, known_set, graph.ingest.RuleExtractor())
    assert report.extractor == "rules"
    assert report.total.true_positives + report.total.false_negatives == 5
    assert report.quotes["not_verbatim"] == 0


@pytest.mark.parametrize("texts, message", [
    ({"a": (TEXT_A, None)}, "a.gold.json is missing"),
    ({"a": (TEXT_A, "{ not json")}, "a.gold.json is not readable JSON"),
    ({"a": (TEXT_A, [1, 2])}, "a.gold.json: expected a JSON object"),
    ({"a": (TEXT_A, {**GOLD_A, "date": "ayer"})}, "a.gold.json: date expects"),
    ({"a": (TEXT_A, {**GOLD_A, "claims": [{**GOLD_A["claims"][0], "quote": "Otra frase."}]})},
     "a.gold.json: claim 1: the quote is not verbatim"),
    ({"a": (TEXT_A, {**GOLD_A, "claims": [{**GOLD_A["claims"][0], "negate": True}]})},
     "a.gold.json: claim 1 has an unknown key 'negate'"),
    ({"a": (TEXT_A, {**GOLD_A, "claims": [{**GOLD_A["claims"][0], "relation": "dined"}]})},
     "a.gold.json: claim 1 has an unknown relation 'dined'"),
    ({"a": (TEXT_A, {**GOLD_A, "entities": [{"name": "X", "class": "Alien"}]})},
     "a.gold.json: entity 1 (X) has an unknown class 'Alien'"),
    ({}, "holds no NAME.txt"),
])
def test_an_ill_formed_set_is_one_error_line(tiny_kg, tmp_path, texts, message):
    folder = write_set(tmp_path / "bad", texts)
    result = Cli(tiny_kg.root.path)("evaluate", "--set", str(folder), "--extractor", "rules",
                                    expect=1)
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_a_missing_set_folder_is_one_error_line(tiny_root, tmp_path):
    result = Cli(tiny_root)("evaluate", "--set", str(tmp_path / "nowhere"), expect=1)
    assert result.stderr.startswith("Error: no evaluation set at ")


def test_source_and_set_do_not_go_together(tiny_root, known_set):
    Cli(tiny_root)("evaluate", "--set", str(known_set), "--source", "src:doc", expect=2)


@pytest.mark.parametrize("alias, full_name, cls, problem", [
    ("de", "Partido de la Gente", KG + "PoliticalParty", "particle"),
    ("Chilenos", "Chilenos Unidos", KG + "Organization", "country or demonym"),
    ("española", "Derecha Española", KG + "Organization", "country or demonym"),
    ("José", "José Antonio Kast", KG + "Person", "lone given name"),
    ("Kast", "José Antonio Kast", KG + "Person", None),
    ("JAK", "José Antonio Kast", KG + "Person", None),
    ("Vox", "Vox", KG + "PoliticalParty", None),
])
def test_alias_checks(alias, full_name, cls, problem):
    assert alias_problem(alias, full_name, cls, set()) == problem


def test_pattern_groups():
    assert pattern_group("verb:recibir") == "verb"
    assert pattern_group("se reunió") == "other"


# ---------------------------------------------------------------- the project's own sets

EVAL = DATA / "eval"


def _texts(folder: str) -> list:
    found = sorted((EVAL / folder).glob("*.txt"))
    if not found:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no texts in eval/{folder}"),
                             id=f"{folder}-none")]
    return [pytest.param(path, id=f"{folder}/{path.stem}") for path in found]


PROJECT_SETS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
                "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18",
                "heldout19", "heldout20", "heldout21", "heldout22", "heldout23",
                "heldout24", "heldout25", "heldout26")


@pytest.mark.parametrize("path", [text for folder in PROJECT_SETS for text in _texts(folder)])
def test_the_project_sets_parse_and_quote_verbatim(path):
    gold = read_text(path)
    text = normalize_text(gold.text)
    assert gold.claims, f"{gold.gold_file} states no claim"
    for claim in gold.claims:
        assert normalize_text(claim.quote) in text, claim.quote
    assert Anchor.parse(gold.date).date is not None


@pytest.mark.parametrize("folder", PROJECT_SETS)
def test_the_project_sets_name_known_relations(kg, folder):
    if not list((EVAL / folder).glob("*.txt")):
        pytest.skip(f"no texts in eval/{folder}")
    relations = set(kg.schema.relations)
    for gold in read_set(EVAL / folder).texts:
        assert {c.relation for c in gold.claims} <= relations, gold.gold_file


def test_the_default_extractor_is_the_parse_based_one(tiny_kg, known_set):
    from graph.ingest.nlp import pipeline

    if not pipeline.available():
        pytest.skip("the Spanish model is not installed")
    data = json.loads(Cli(tiny_kg.root.path)("evaluate", "--set", str(known_set), "--format",
                                             "json").stdout)
    assert data["extractor"] == "nlp" and data["texts"] == ["a", "b"]


@pytest.mark.parametrize("gold, found, same", [
    ("Primera ministra de Italia", "Primer ministro de Italia", True),
    ("Diputado de Chile", "Diputado", True),
    ("Ministro de Economía", "Ministra o ministro", True),
    ("Secretaria General de la Presidencia", "Secretario general de la Presidencia", True),
    ("Presidente de Argentina", "Presidente de Estados Unidos", False),
    ("Primer ministro de la República Checa", "Primer ministro de Chequia", True),
    ("Presidente de EE.UU.", "Presidente de Estados Unidos", True),
    ("Senador de Estados Unidos", "Diputado", False),
    ("Presidente de la Comunidad de Madrid", "Vicepresidente de la Comunidad de Madrid", False),
])
def test_offices_match_by_title_and_what_they_specify(gold, found, same):
    from graph.ingest.knowledge import name_tokens
    from graph.ingest.setscore import same_office

    assert same_office(name_tokens(gold), name_tokens(found)) is same


@pytest.mark.parametrize("gold, found, same", [
    ("las presidenciales chilenas de 2025", "Elección presidencial de Chile de 2025", True),
    ("Elecciones presidenciales de Chile 2025", "Elección presidencial de Chile de 2025", True),
    ("el balotaje portugués", "Segunda vuelta presidencial de Portugal de 2026", True),
    ("las elecciones andaluzas de 2026", "Elecciones al Parlamento de Andalucía de 2026", True),
    ("las elecciones generales de España de 2023",
     "Elecciones legislativas de España de 2023", True),
    ("las elecciones generales de Honduras", "Elección presidencial de Honduras de 2025", True),
    ("la elección a gobernador bonaerense de 2027",
     "Elección de gobernador de Buenos Aires de 2027", True),
    # the European Parliament's race is the Union's, named by any of its names
    ("las europeas de 2019", "Elección europea de 2019", True),
    ("Elección al Parlamento Europeo de 2029", "Elecciones europeas de 2029", True),
    ("los comicios europeos de 2024", "Elección europea de 2024", True),
    ("las europeas de 2019", "Elección europea de 2024", False),
    ("las elecciones europeas de 2024", "Elecciones legislativas de Francia de 2024", False),
    ("el grupo del Parlamento Europeo", "Elección europea de 2024", False),
    ("las elecciones internas del Partido Popular Europeo", "Elección europea de 2024", False),
    # another year, another round, another country, another kind of race
    ("las presidenciales chilenas de 2021", "Elección presidencial de Chile de 2025", False),
    ("la primera vuelta en Portugal", "Segunda vuelta presidencial de Portugal de 2026", False),
    ("las presidenciales peruanas de 2026", "Elección presidencial de Chile de 2026", False),
    ("las municipales chilenas de 2028", "Elecciones legislativas de Chile de 2028", False),
    # the found name must say the year the gold says
    ("las presidenciales chilenas de 2025", "Elección presidencial de Chile", False),
    # a place is not an election
    ("la Cumbre de Madrid", "Elecciones a la Asamblea de Madrid", False),
])
def test_elections_match_by_race_place_and_year(gold, found, same):
    from graph.ingest.knowledge import name_tokens
    from graph.ingest.nlp.election_kinds import identity, same_election

    assert same_election(identity(name_tokens(gold)), identity(name_tokens(found))) is same


@pytest.mark.parametrize("gold, found, same", [
    ("la Cumbre de Patriotas por Europa en Madrid", "Cumbre de Patriotas por Europa", True),
    ("Conferencia Europa Viva 2026 de Madrid", "Conferencia Europa Viva 2026", True),
    ("la Cumbre Transatlántica", "Cumbre Transatlántica", True),
    # a place or a year in the name itself names another event
    ("CPAC Brasil 2025", "CPAC 2025", False),
    ("CPAC Brasil 2025", "CPAC Brasil", False),
    ("Foro de Madrid", "Foro", False),
    ("Cumbre de Patriotas por Europa", "Cumbre de Patriotas", False),
])
def test_new_events_match_but_for_where_they_are_held(gold, found, same):
    from graph.ingest.knowledge import name_tokens
    from graph.ingest.setscore import same_event

    assert same_event(name_tokens(gold), name_tokens(found)) is same


@pytest.mark.parametrize("gold, found, same", [
    ("Cumbre de líderes de Patriotas por Europa", "Cumbre de líderes", True),
    ("Cumbre de líderes de Patriotas por Europa", "Cumbre de Patriotas por Europa en Bruselas",
     True),
    ("Mitin de Vox en Teruel", "Mitin de Vox", True),
    ("Acto de celebración de Kast", "Acto de Kast", True),
    ("Cena", "Cena de gala", False),  # two words at least, in each
    ("Cumbre de líderes de Patriotas", "Cumbre", False),
    ("Mitin de Vox en Teruel", "Acto de Vox", False),  # another kind of event
    ("Mitin de Vox", "Mitin del PP", False),
    ("Cumbre de líderes de Patriotas", "Cumbre de líderes del PPE", False),
])
def test_events_a_text_leaves_unnamed_match_by_description(gold, found, same):
    from graph.ingest.knowledge import name_tokens
    from graph.ingest.setscore import same_event

    assert same_event(name_tokens(gold), name_tokens(found), described=True) is same


def test_a_description_matches_only_an_event_its_text_leaves_unnamed(tiny_kg, tmp_path):
    """"Cumbre del Sur" describes the gold's "Cumbre del Sur de Alcaldes" only where the text
    does not write that name: a name the text writes is to be found as it is."""
    quote = "Luis Mora asistió a la cumbre."
    for text, hits in ((f"Una cumbre reunió a alcaldes del sur. {quote}", 1),
                       (f"La Cumbre del Sur de Alcaldes reunió a alcaldes. {quote}", 0)):
        gold = {"date": "2028-05-02", "claims": [
            {"subject": "Luis Mora", "relation": "participatedIn",
             "object": "Cumbre del Sur de Alcaldes", "pattern": "verb", "quote": quote}],
            "entities": [{"name": "Luis Mora", "class": "Person"},
                         {"name": "Cumbre del Sur de Alcaldes", "class": "Summit"}]}

        class Describes:
            name = "describes"

            def extract(self, document, knowledge):
                luis = CandidateEntity("new:luis-mora", "Luis Mora", KG + "Person")
                summit = CandidateEntity("new:sur", "Cumbre del Sur", KG + "Summit")
                return Extraction([candidate("Luis Mora", luis.key, "participatedIn",
                                             summit.label, summit.key, quote, "verb:asistir")],
                                  [luis, summit])

        folder = write_set(tmp_path / str(hits), {"a": (text, gold)})
        report = evaluate_set(tiny_kg, folder, Describes())
        assert report.total.true_positives == hits
        assert report.entities["matched"] == 1 + hits


ELECTION_TEXT = ("Rosa Vidal competirá en las presidenciales chilenas de 2029. Luis Mora asistió "
                 "a la Cumbre del Sur en Lima.")
ELECTION_GOLD = {
    "date": "2028-05-02",
    "claims": [
        {"subject": "Rosa Vidal", "relation": "candidateIn",
         "object": "las presidenciales chilenas de 2029", "pattern": "verb",
         "quote": "Rosa Vidal competirá en las presidenciales chilenas de 2029."},
        {"subject": "Luis Mora", "relation": "participatedIn", "object": "Cumbre del Sur en Lima",
         "pattern": "verb", "quote": "Luis Mora asistió a la Cumbre del Sur en Lima."},
    ],
    "entities": [{"name": "Rosa Vidal", "class": "Person"},
                 {"name": "Luis Mora", "class": "Person"},
                 {"name": "las presidenciales chilenas de 2029", "class": "Election"},
                 {"name": "Cumbre del Sur en Lima", "class": "Summit"}],
}


class OtherNames:
    """Names the election by the graph's pattern and the summit without its city, and gets one
    candidacy's race wrong."""

    name = "other-names"

    def __init__(self, year: str):
        self.year = year

    def extract(self, document, knowledge):
        rosa = CandidateEntity("new:rosa-vidal", "Rosa Vidal", KG + "Person")
        luis = CandidateEntity("new:luis-mora", "Luis Mora", KG + "Person")
        race = CandidateEntity("new:race", f"Elección presidencial de Chile de {self.year}",
                               KG + "Election")
        summit = CandidateEntity("new:sur", "Cumbre del Sur", KG + "Summit")
        return Extraction([
            candidate("Rosa Vidal", rosa.key, "candidateIn", race.label, race.key,
                      ELECTION_GOLD["claims"][0]["quote"], "verb:competir"),
            candidate("Luis Mora", luis.key, "participatedIn", summit.label, summit.key,
                      ELECTION_GOLD["claims"][1]["quote"], "verb:asistir"),
        ], [rosa, luis, race, summit])


def test_new_elections_and_events_match_by_what_they_name(tiny_kg, tmp_path):
    folder = write_set(tmp_path / "set", {"a": (ELECTION_TEXT, ELECTION_GOLD)})
    right = evaluate_set(tiny_kg, folder, OtherNames("2029"))
    assert (right.total.true_positives, right.total.false_positives) == (2, 0)
    assert right.entities["matched"] == 4 and right.near_misses == []
    wrong_year = evaluate_set(tiny_kg, folder, OtherNames("2025"))
    assert (wrong_year.total.true_positives, wrong_year.total.false_positives) == (1, 1)
    assert wrong_year.near_misses == [{
        "text": "a", "fact": "Rosa Vidal candidateIn las presidenciales chilenas de 2029",
        "found": "Rosa Vidal candidateIn Elección presidencial de Chile de 2025"}]


def test_gold_files_may_name_every_entity_class_of_the_ontology():
    import rdflib

    from graph.ingest.goldsets import ENTITY_CLASSES

    ontology = rdflib.Graph().parse(Path(graph.ingest.__file__).parents[2] / "ontology"
                                    / "schema.ttl")
    kg_ns = rdflib.Namespace("https://w3id.org/kgraph/ontology#")
    below = set(ontology.transitive_subjects(rdflib.RDFS.subClassOf, kg_ns.Entity))
    concrete = {str(c).rsplit("#", 1)[1] for c in below} - {"Entity", "Agent"}
    assert ENTITY_CLASSES == concrete
