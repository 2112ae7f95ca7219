"""Candidacies and representation: an election named by a state's race, and who acts on
behalf of a body."""
from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

from graph.ingest.nlp.election_kinds import identity, same_election
from graph.ingest.nlp.gazetteer import fold_key

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _same(a: str, b: str) -> bool:
    return same_election(identity(fold_key(a)), identity(fold_key(b)))


def test_a_state_names_its_governor_race_whatever_the_preposition():
    assert _same("Elección a gobernador de Rio Grande do Sul de 2026",
                 "Elección de gobernador de Rio Grande do Sul de 2026")
    assert identity(fold_key("Elección de gobernador de Rio Grande do Sul de 2026")) == (
        "Elección de gobernador", "Rio Grande do Sul", "2026")


def test_a_state_race_is_not_another_year_nor_another_state():
    assert not _same("Elección a gobernador de Rio Grande do Sul de 2026",
                     "Elección a gobernador de Rio Grande do Sul de 2022")
    assert not _same("Elección a gobernador de Rio Grande do Sul de 2026",
                     "Elección a gobernador de São Paulo de 2026")


# ------------------------------------------------------------ acting on a body's behalf

def test_one_named_with_another_party_s_title_acts_for_the_body_the_clause_names(read):
    for sentence, name, body in (
            ("En la cena estuvo el senador del PP Pablo Ibarra, exconcejal de Ciudadanos, "
             "que viajó en representación de Vox.", "Pablo Ibarra", "Vox"),
            ("Llegó tarde la concejala de Vox Marta Solís, que intervino en nombre del "
             "Partido Popular.", "Marta Solís", "Partido Popular"),
            ("La portavoz de Ciudadanos, Marta Solís, acudió a la cumbre en nombre de "
             "Patriotas por Europa.", "Marta Solís", "Patriotas por Europa")):
        found = facts(read(sentence))
        assert (name, "represents", body) in found, sentence


def test_a_title_of_another_party_is_no_membership_of_the_body_acted_for(read):
    found = facts(read("La portavoz de Ciudadanos, Marta Solís, acudió a la cumbre en nombre "
                       "de Patriotas por Europa."))
    assert ("Marta Solís", "memberOf", "Ciudadanos") in found
    assert ("Marta Solís", "memberOf", "Patriotas por Europa") not in found


def test_a_fronted_phrase_does_not_reach_one_titled_by_another_party(read):
    found = facts(read("En representación de Vox asistió también el líder de Chega, André "
                       "Ventura."))
    assert ("André Ventura", "represents", "Vox") not in found
    found = facts(read("El diputado de Vox Pablo Ibarra, que cenó con la portavoz del PP, "
                       "Marta Solís, viajó ayer a Lima."))
    assert not any(r == "represents" for _, r, _ in found)


# ------------------------------------------------------------ a post left to run

def test_a_post_left_to_head_a_list_reports_the_candidacy(read):
    found = facts(read("Ana Ruiz dejó el escaño para encabezar la lista de Vox por Soria en las "
                       "elecciones generales de 2023."))
    assert ("Ana Ruiz", "represents", "Vox") in found
    assert any(s == "Ana Ruiz" and r == "candidateIn" and "2023" in o for s, r, o in found)
    found = facts(read("Tras un año en el Senado, Ana Ruiz dejó la alcaldía para liderar la "
                       "lista del PP por Cuenca en las elecciones generales de 2023."))
    assert ("Ana Ruiz", "represents", "PP") in found


def test_a_list_to_head_after_no_leaving_or_not_yet_left_is_a_plan(read):
    for sentence in ("Ana Ruiz viajó a Madrid para encabezar la lista de Vox en las elecciones "
                     "generales de 2027.",
                     "Ana Ruiz dejará el escaño para encabezar la lista de Vox en las "
                     "elecciones generales de 2027."):
        found = facts(read(sentence))
        assert not any(r in ("candidateIn", "represents") for _, r, _ in found), sentence
