"""Extraction: linking, every relation cue, attribution, negation, dates, and the scores on the
seed articles and on unseen test articles."""

from __future__ import annotations

from datetime import date

import pytest
import rdflib
from helpers import DATA, PROJECT, build_world, facts, find

from graph.api import KnowledgeGraph
from graph.ingest import Document, Extractor, Knowledge, RuleExtractor, evaluate
from graph.ingest.reading import split_sentences
from graph.ingest.temporal import Anchor, find_times

KGR = "https://w3id.org/kgraph/id/"


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> KnowledgeGraph:
    return KnowledgeGraph(build_world(tmp_path_factory.mktemp("world") / "root"))


@pytest.fixture(scope="module")
def knowledge(world) -> Knowledge:
    return Knowledge.from_graph(world)


def extract(knowledge, text: str, issued: str | None = "2026-04-15"):
    return RuleExtractor().extract(Document(text, Anchor.parse(issued)), knowledge)


# ---------------------------------------------------------------- linking


def test_names_link_without_accents_or_case(knowledge):
    found = extract(knowledge, "TOMAS AGUIRRE se reunió con raul benitez en Lima.")
    candidate = find(found, "Tomás Aguirre", "met", "Raúl Benítez")
    assert candidate.subject_id == KGR + "tomas-aguirre"
    assert candidate.object_id == KGR + "raul-benitez"


def test_surname_resolves_to_the_person_named_last(knowledge):
    text = ("Inés Ferrer viajó a Lima. Ferrer se reunió con Aguirre.\n"
            "Lucía Ferrer habló en un acto. Ferrer se reunió con Quiroga.")
    found = extract(knowledge, text)
    assert find(found, "Inés Ferrer", "met", "Tomás Aguirre").subject_id == KGR + "ines-ferrer"
    assert find(found, "Lucía Ferrer", "met", "Marta Quiroga").subject_id == KGR + "lucia-ferrer"


def test_ambiguous_surname_without_context_is_not_guessed(knowledge):
    found = extract(knowledge, "Ferrer se reunió con Aguirre.")
    assert not any(c.subject == "Inés Ferrer" or c.subject == "Lucía Ferrer"
                   for c in found.candidates)


def test_unknown_names_become_candidate_entities(knowledge):
    found = extract(knowledge, "El senador Julio Paredes se reunió con Tomás Aguirre, según el "
                               "diario El Faro del Sur.")
    candidate = find(found, "Julio Paredes", "met", "Tomás Aguirre")
    assert candidate.subject_id is None and candidate.subject_key == "new:julio-paredes"
    assert candidate.evidence[0].attributed_to == "El Faro del Sur"
    kinds = {e.label: e.cls.rsplit("#", 1)[1] for e in found.entities}
    assert kinds == {"Julio Paredes": "Person", "El Faro del Sur": "MediaOutlet"}
    paredes = next(e for e in found.entities if e.label == "Julio Paredes")
    assert paredes.aliases == ["Paredes"]


def test_a_surname_after_an_unknown_full_name_links_to_the_candidate(knowledge):
    found = extract(knowledge, "Julio Paredes viajó a Lima. Paredes se reunió con Quiroga.")
    assert find(found, "Julio Paredes", "met", "Marta Quiroga").subject_key == "new:julio-paredes"


def test_a_lowercase_common_word_is_not_a_name(knowledge):
    # "ferrer" in lower case is not the surname; nothing links, nothing is claimed
    found = extract(knowledge, "el ferrer se reunió con los vecinos.")
    assert found.candidates == []


def test_role_descriptions_resolve_in_context(knowledge):
    text = ("La solidaria Lucía Ferrer ganó la primera vuelta.\n"
            "La candidata habló este lunes con Tomás Aguirre.")
    found = extract(knowledge, text)
    assert find(found, "Lucía Ferrer", "contactWith", "Tomás Aguirre")
    assert find(found, "Lucía Ferrer", "memberOf", "Partido Solidario")


# ---------------------------------------------------------------- each relation cue

CUES = [
    ("Aguirre se reunió con Benítez en Lima.", "Tomás Aguirre", "met", "Raúl Benítez"),
    ("Quiroga y Aguirre coincidieron en varios foros internacionales.",
     "Marta Quiroga", "met", "Tomás Aguirre"),
    ("Aguirre mantuvo una conversación telefónica con Quiroga.",
     "Tomás Aguirre", "contactWith", "Marta Quiroga"),
    ("Benítez mantiene contacto directo con Quiroga.", "Raúl Benítez", "contactWith",
     "Marta Quiroga"),
    ("El aliado de Acción Nueva Raúl Benítez viajó a Madrid.", "Raúl Benítez", "allied",
     "Acción Nueva"),
    ("Aguirre tiene una relación estrecha con Quiroga.", "Tomás Aguirre", "allied",
     "Marta Quiroga"),
    ("Benítez respaldó a Aguirre en la campaña.", "Raúl Benítez", "endorsed", "Tomás Aguirre"),
    ("Quiroga pidió a los votantes que apoyen al candidato Aguirre.", "Marta Quiroga",
     "endorsed", "Tomás Aguirre"),
    ("Benítez se enfrentará a Aguirre en las urnas.", "Raúl Benítez", "opponentOf",
     "Tomás Aguirre"),
    ("Quiroga es miembro del Foro Ibérico.", "Marta Quiroga", "memberOf", "Foro Ibérico"),
    ("Benítez integró durante años el Bloque Progresista.", "Raúl Benítez", "memberOf",
     "Bloque Progresista"),
    ("Aguirre, líder de Acción Nueva, viajó a Lima.", "Tomás Aguirre", "leaderOf",
     "Acción Nueva"),
    ("Benítez representa al Bloque Progresista en el congreso.", "Raúl Benítez", "represents",
     "Bloque Progresista"),
    ("Quiroga participó en la Cumbre de Lima.", "Marta Quiroga", "participatedIn",
     "Cumbre de Lima"),
    ("Aguirre fue invitado a la Cumbre de Lima.", "Tomás Aguirre", "invitedTo",
     "Cumbre de Lima"),
    ("Benítez asistió a la Cumbre de Lima, organizada por el Foro Ibérico.", "Cumbre de Lima",
     "organizedBy", "Foro Ibérico"),
    ("Ferrer y Aguirre disputarán la segunda vuelta.", "Tomás Aguirre", "candidateIn",
     "Segunda vuelta de Perú de 2026"),
    ("Lucía Ferrer obtuvo 31,2% de los votos.", "Lucía Ferrer", "candidateIn",
     "Primera vuelta de Perú de 2026"),
    ("El presidente de Perú Tomás Aguirre viajó a Madrid.", "Tomás Aguirre", "holdsOffice",
     "Presidente de Perú"),
    ("La exministra Marta Quiroga visitó Lima.", "Marta Quiroga", "holdsOffice", "Ministro"),
]


@pytest.mark.parametrize("sentence, subject, relation, obj", CUES,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(CUES)])
def test_relation_cue(knowledge, sentence, subject, relation, obj):
    text = "Lucía Ferrer ganó en Lima.\n" + sentence if "Ferrer y" in sentence else sentence
    found = extract(knowledge, text)
    candidate = find(found, subject, relation, obj)
    assert not candidate.negated
    assert candidate.evidence[0].quote == sentence


def test_every_relation_of_the_ontology_has_a_cue_test(world):
    assert {c[2] for c in CUES} == set(world.schema.relations)


def test_qualifiers_from_the_text(knowledge):
    found = extract(knowledge, "Lucía Ferrer obtuvo 31,2% y Tomás Aguirre logró 22,8%.\n"
                               "La exministra Marta Quiroga conversó por teléfono con Aguirre.")
    assert find(found, "Lucía Ferrer", "candidateIn",
                "Primera vuelta de Perú de 2026").qualifiers == {"voteShare": 31.2}
    assert find(found, "Marta Quiroga", "holdsOffice", "Ministro").qualifiers == {"former": True}
    assert find(found, "Marta Quiroga", "contactWith",
                "Tomás Aguirre").qualifiers == {"mode": "PhoneCall"}


def test_two_rivals_in_a_round_are_opponents_in_its_context(knowledge):
    found = extract(knowledge, "Lucía Ferrer y Tomás Aguirre irán a la segunda vuelta.")
    opponents = find(found, "Lucía Ferrer", "opponentOf", "Tomás Aguirre")
    assert opponents.qualifiers["context"] == KGR + "segunda-vuelta-peru-2026"
    assert opponents.date == "2026-06-07"


# ---------------------------------------------------------------- attribution and negation


def test_attribution_according_to_an_outlet(knowledge):
    found = extract(knowledge, "Aguirre se reunió con Quiroga, según informó el Diario Andino.")
    evidence = find(found, "Tomás Aguirre", "met", "Marta Quiroga").evidence[0]
    assert (evidence.attributed_to, evidence.attributed_to_key) == (
        "Diario Andino", KGR + "diario-andino")


def test_attribution_to_who_says_it(knowledge):
    found = extract(knowledge, "Quiroga señala que Aguirre se ha reunido con Benítez.")
    assert find(found, "Tomás Aguirre", "met", "Raúl Benítez").evidence[0].attributed_to == \
        "Marta Quiroga"


def test_a_quote_is_attributed_to_its_speaker(knowledge):
    found = extract(knowledge,
                    "Benítez fue claro: “Vamos a respaldar a Aguirre en la segunda vuelta”.")
    candidate = find(found, "Raúl Benítez", "endorsed", "Tomás Aguirre")
    assert candidate.evidence[0].attributed_to == "Raúl Benítez"


def test_self_report_is_not_attributed(knowledge):
    found = extract(knowledge, "Aguirre reveló que se reunió con Benítez.")
    assert find(found, "Tomás Aguirre", "met", "Raúl Benítez").evidence[0].attributed_to is None


@pytest.mark.parametrize("sentence, relation", [
    ("Aguirre no se reunió con Quiroga.", "met"),
    ("Aguirre nunca ha respaldado a Quiroga.", "endorsed"),
    ("Aguirre negó haberse reunido con Quiroga.", "met"),
])
def test_negation_is_carried_into_the_claim(knowledge, sentence, relation):
    assert ("Tomás Aguirre", "not " + relation, "Marta Quiroga") in facts(
        extract(knowledge, sentence))


def test_a_negation_elsewhere_in_the_sentence_does_not_negate(knowledge):
    found = extract(knowledge, "Aguirre se reunió con Quiroga para que no haya dudas.")
    assert ("Tomás Aguirre", "met", "Marta Quiroga") in facts(found)


# ---------------------------------------------------------------- dates

# 18 November 2025 was a Tuesday.
TUESDAY = Anchor.parse("2025-11-18")


@pytest.mark.parametrize("text, iso, precision", [
    ("este martes", "2025-11-18", "day"),
    ("el domingo", "2025-11-16", "day"),
    ("este domingo", "2025-11-16", "day"),
    ("el próximo jueves", "2025-11-20", "day"),
    ("el lunes pasado", "2025-11-17", "day"),
    ("este año", "2025", "year"),
    ("el año pasado", "2024", "year"),
    ("el 14 de diciembre", "2025-12-14", "day"),
    ("el 19 de mayo de 2024", "2024-05-19", "day"),
    ("en mayo de 2024", "2024-05", "month"),
    ("en 2019", "2019", "year"),
    ("ayer", "2025-11-17", "day"),
    ("anoche", "2025-11-17", "day"),
    ("esta mañana", "2025-11-18", "day"),
    ("esta tarde", "2025-11-18", "day"),
])
def test_time_expressions(text, iso, precision):
    [found] = find_times(f"Se reunieron {text} en Lima.", TUESDAY)
    assert (found.text, found.date.iso, found.date.precision) == (text, iso, precision)


def test_a_day_after_desde_starts_a_period():
    [found] = find_times("Gobierna desde el 9 de octubre.", TUESDAY)
    assert found.since and found.date.iso == "2025-10-09"
    [found] = find_times("Desde el 2 de junio preside el partido.", TUESDAY)
    assert found.since
    [found] = find_times("Llegó el 9 de octubre.", TUESDAY)
    assert not found.since


def test_day_and_month_take_the_year_nearest_the_article():
    [found] = find_times("el 3 de enero", Anchor.parse("2025-12-20"))
    assert found.date.iso == "2026-01-03"


def test_relative_dates_need_the_article_date():
    [found] = find_times("este martes", Anchor.parse(None))
    assert found.date is None and found.text == "este martes"


def test_a_weekday_with_only_a_month_known_uses_the_first_possible_day():
    [found] = find_times("este domingo", Anchor.parse("2025-11", "2025-11-16"))
    assert found.date.start == date(2025, 11, 16)


def test_claims_get_the_date_of_their_own_cue(knowledge):
    found = extract(knowledge, "Benítez, miembro de Acción Nueva, fue invitado a la Cumbre de "
                               "Lima, organizada por el Foro Ibérico el 19 de mayo de 2024.")
    assert find(found, "Raúl Benítez", "memberOf", "Acción Nueva").date is None
    organized = find(found, "Cumbre de Lima", "organizedBy", "Foro Ibérico")
    assert (organized.date, organized.date_precision, organized.date_expression) == (
        "2024-05-19", "day", "el 19 de mayo de 2024")
    since = find(extract(knowledge, "Aguirre forma parte del Bloque Progresista desde 2019."),
                 "Tomás Aguirre", "memberOf", "Bloque Progresista")
    assert (since.date, since.since) == ("2019", True)


def test_sentences_keep_quotes_whole_and_split_headlines():
    text = "Título sin punto\n“Uno. Dos”, dijo Ana. El Sr. Pérez llegó."
    assert [s.text for s in split_sentences(text)] == [
        "Título sin punto", "“Uno. Dos”, dijo Ana.", "El Sr. Pérez llegó."]


# ---------------------------------------------------------------- generality and scores

# Hand-labelled claims of two short articles written for these tests (not the seeds).
UNSEEN = {
    "article_a.txt": ("2026-04-15", {
        ("Lucía Ferrer", "candidateIn", "Segunda vuelta de Perú de 2026"),
        ("Tomás Aguirre", "candidateIn", "Segunda vuelta de Perú de 2026"),
        ("Lucía Ferrer", "opponentOf", "Tomás Aguirre"),
        ("Lucía Ferrer", "candidateIn", "Primera vuelta de Perú de 2026"),
        ("Tomás Aguirre", "candidateIn", "Primera vuelta de Perú de 2026"),
        ("Lucía Ferrer", "memberOf", "Partido Solidario"),
        ("Lucía Ferrer", "contactWith", "Marta Quiroga"),
        ("Marta Quiroga", "leaderOf", "Foro Ibérico"),
        ("Tomás Aguirre", "not met", "Marta Quiroga"),
        ("Raúl Benítez", "endorsed", "Lucía Ferrer"),
        ("Raúl Benítez", "holdsOffice", "Ministro"),
        ("Raúl Benítez", "memberOf", "Acción Nueva"),
        ("Raúl Benítez", "invitedTo", "Cumbre de Lima"),
        ("Cumbre de Lima", "organizedBy", "Foro Ibérico"),
    }),
    "article_b.txt": ("2025-09-10", {
        ("Tomás Aguirre", "leaderOf", "Acción Nueva"),
        ("Tomás Aguirre", "met", "Raúl Benítez"),
        ("Tomás Aguirre", "allied", "Raúl Benítez"),
        ("Tomás Aguirre", "memberOf", "Bloque Progresista"),
        ("Marta Quiroga", "participatedIn", "Cumbre de Lima"),
        ("Cumbre de Lima", "organizedBy", "Partido Solidario"),
        ("Marta Quiroga", "met", "Lucía Ferrer"),
        ("Lucía Ferrer", "not endorsed", "Raúl Benítez"),
        ("Julio Paredes", "opponentOf", "Tomás Aguirre"),
        ("Julio Paredes", "represents", "Bloque Progresista"),
        ("Julio Paredes", "endorsed", "Inés Ferrer"),
        ("Inés Ferrer", "memberOf", "Partido Solidario"),
    }),
}


def test_unseen_articles_reach_the_targets(knowledge):
    found_all = wanted_all = hits = 0
    for name, (issued, wanted) in UNSEEN.items():
        found = facts(extract(knowledge, (DATA / name).read_text(encoding="utf-8"), issued))
        hits += len(found & wanted)
        found_all += len(found)
        wanted_all += len(wanted)
    assert hits / wanted_all >= 0.8
    assert hits / found_all >= 0.7


def test_seed_articles_reach_the_targets(kg):
    report = evaluate(kg, RuleExtractor())
    assert report.total.recall >= 0.8
    assert report.total.precision >= 0.7
    # Curated claims counted by an independent reader of the Turtle file.
    graph = rdflib.Graph().parse(PROJECT / "ontology" / "claims.ttl")
    claims = set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(
        "https://w3id.org/kgraph/ontology#Claim")))
    total = report.total
    assert total.true_positives + total.false_negatives == len(claims)
    assert len(report.misses) == total.false_negatives
    assert len(report.false_positives) == total.false_positives
    # One row per relation, in name order whichever process scored it first.
    relations = [row["relation"] for row in report.as_dict()["relations"]]
    assert relations == sorted(kg.schema.relations)


def test_rule_extractor_meets_the_protocol():
    assert isinstance(RuleExtractor(), Extractor)


# Written after the rules were last changed and never tuned on: the honest held-out figure.
# Known misses: a contact stated without "con" ("conversaron ... por videollamada") and
# "la cumbre" referring back to a named summit.
HELD_OUT = ("article_c.txt", "2026-03-02", {
    ("Marta Quiroga", "contactWith", "Raúl Benítez"),
    ("Marta Quiroga", "met", "Tomás Aguirre"),
    ("Tomás Aguirre", "memberOf", "Acción Nueva"),
    ("Tomás Aguirre", "not endorsed", "Lucía Ferrer"),
    ("Cumbre de Lima", "organizedBy", "Foro Ibérico"),
    ("Raúl Benítez", "participatedIn", "Cumbre de Lima"),
    ("Inés Ferrer", "holdsOffice", "Ministro"),
    ("Inés Ferrer", "leaderOf", "Partido Solidario"),
})


def test_held_out_article(knowledge):
    name, issued, wanted = HELD_OUT
    found = facts(extract(knowledge, (DATA / name).read_text(encoding="utf-8"), issued))
    assert len(found & wanted) / len(wanted) >= 0.7
    assert len(found & wanted) / len(found) >= 0.7
