"""The parse extractor on candidacies and their backers: a backer named in a "con el apoyo
de X" phrase on a contest verb backs the run; X is neither a runner nor the runner's rival
("competirá con el respaldo del presidente X" is no "competirá con X").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_SORIA = "Julia Pardo es candidata de Vox a la alcaldía de Soria. "


def test_a_backer_with_con_is_no_rival_of_the_runner(read):
    found = facts(read(_SORIA + "La socialista Marta Ruiz competirá con el respaldo del "
                       "presidente Pedro Sánchez."))
    assert ("Pedro Sánchez", "endorsed", "Marta Ruiz") in found
    assert ("Marta Ruiz", "opponentOf", "Pedro Sánchez") not in found
    assert not {f for f in found if f[0] == "Pedro Sánchez" and f[1] == "candidateIn"}


def test_a_backer_after_the_race_runs_in_no_race(read):
    found = facts(read("Marcos Albuquerque es candidato del PL a gobernador de Pernambuco. "
                       "Enfrente está João Campos, el alcalde de Recife, que dejó el cargo en "
                       "abril para disputar el gobierno del estado por el PSB con el apoyo "
                       "explícito del presidente Luiz Inácio Lula da Silva."))
    assert ("Marcos Albuquerque", "candidateIn",
            "Elección de gobernador de Pernambuco de 2026") in found
    assert not {f for f in found if f[0] == "Luiz Inácio Lula da Silva" and
                f[1] in ("candidateIn", "opponentOf")}
    assert ("Marcos Albuquerque", "opponentOf", "Luiz Inácio Lula da Silva") not in found


def test_a_backer_in_the_present_with_apoyo(read):
    found = facts(read(_SORIA + "El liberal Tomás Vidal compite con el apoyo de la alcaldesa "
                       "Ana Gil por el distrito."))
    assert ("Ana Gil", "endorsed", "Tomás Vidal") in found
    assert ("Tomás Vidal", "opponentOf", "Ana Gil") not in found
    assert not {f for f in found if f[0] == "Ana Gil" and f[1] == "candidateIn"}


def test_a_rival_with_the_backing_after_is_still_a_rival(read):
    found = facts(read(_SORIA + "Marta Ruiz se enfrentará a ella con el apoyo de Pedro "
                       "Sánchez."))
    assert ("Marta Ruiz", "opponentOf", "Julia Pardo") in found
    assert ("Marta Ruiz", "candidateIn", "Elección municipal de Soria de 2027") in found
    assert ("Pedro Sánchez", "endorsed", "Marta Ruiz") in found
    assert ("Pedro Sánchez", "opponentOf", "Julia Pardo") not in found


def test_a_rival_named_with_con_is_still_a_rival(read):
    found = facts(read(_SORIA + "Marta Ruiz competirá con Julia Pardo por la alcaldía."))
    assert ("Marta Ruiz", "opponentOf", "Julia Pardo") in found \
        or ("Julia Pardo", "opponentOf", "Marta Ruiz") in found


def test_a_name_in_a_relative_on_the_organizer_organizes_nothing(read):
    found = facts(read("En marzo, Lucía Gómez asistió en Roma al Foro Mediterráneo organizado "
                       "por la Fundación Atlas, entidad de la que Marco Bassi es presidente."))
    assert ("Foro Mediterráneo", "organizedBy", "Fundación Atlas") in found
    assert ("Foro Mediterráneo", "organizedBy", "Marco Bassi") not in found


def test_a_past_relative_on_a_network_organizer(read):
    found = facts(read("En noviembre, Pablo Ortega participó en Lisboa en la Cumbre Atlántica "
                       "organizada por la Red Valores, red de la que Inés Castro fue "
                       "presidenta."))
    assert ("Cumbre Atlántica", "organizedBy", "Red Valores") in found
    assert ("Cumbre Atlántica", "organizedBy", "Inés Castro") not in found


def test_coorganizers_in_a_relative_on_the_event_still_organize(read):
    found = facts(read("La Cumbre Atlántica, que fue organizada por la Red Valores y la "
                       "Fundación Atlas, reunió a cien dirigentes."))
    assert ("Cumbre Atlántica", "organizedBy", "Red Valores") in found
    assert ("Cumbre Atlántica", "organizedBy", "Fundación Atlas") in found
