"""The parse extractor on naming the event: a chamber followed by a person's name is the chamber
and the person ("el diputado en el Congreso Alberto Ruiz"), never an event named after the
person that would capture the participants of the gathering the text reports.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _events(extraction) -> set[str]:
    return {e.label for e in extraction.entities
            if e.cls.endswith(("Event", "Summit", "EventSeries"))}


@pytest.mark.parametrize("text, person, chamber", [
    ("Santiago Abascal subió al escenario del mitin de Vox en Córdoba. No estuvo, en cambio, el "
     "diputado por Córdoba en el Congreso Alberto Ruiz. Antes de Abascal intervinieron el "
     "eurodiputado Jorge Buxadé y la portavoz Inés Serrano.", "Alberto Ruiz", "Congreso"),
    ("Santiago Abascal cerró ayer el mitin de Vox en Málaga. Faltó la senadora por Málaga en el "
     "Senado María Gómez. Antes habló el eurodiputado Jorge Buxadé.", "María Gómez", "Senado"),
    ("Santiago Abascal protagonizó el mitin de Vox en Toledo, al que no acudió el diputado "
     "regional en la Asamblea Pedro Lozano. También intervino el eurodiputado Jorge Buxadé.",
     "Pedro Lozano", "Asamblea"),
])
def test_a_chamber_before_a_person_is_no_event(read, text, person, chamber):
    extraction = read(text)
    found = facts(extraction)
    assert not any(e.startswith(chamber) for e in _events(extraction))
    assert not any(o.startswith(chamber) for _, r, o in found if r == "participatedIn")
    assert person in {e.label for e in extraction.entities if e.cls.endswith("Person")}
    assert ("Jorge Buxadé", "participatedIn", "Mitin de Vox en " + text.split("Vox en ")[1]
            .split(".")[0].split(",")[0]) in found


def test_a_foundation_named_after_a_person_keeps_the_name(read):
    found = facts(read("Luis Mora, presidente de la Fundación Francisco Franco, asistió al acto."))
    assert ("Luis Mora", "leaderOf", "Fundación Francisco Franco") in found



_FORUM = "La diputada Ana Ruiz participó el sábado en el Foro Iberia Libre. "


@pytest.mark.parametrize("sentence, person", [
    ("El ministro Luis Mora abrió la sesión inaugural.", "Luis Mora"),
    ("La sesión inaugural la abrió el alcalde, Pedro Lozano.", "Pedro Lozano"),
    ("El senador Pablo Gil cerró la jornada de clausura con un discurso.", "Pablo Gil"),
    ("La eurodiputada Marta Pérez cerró la última sesión.", "Marta Pérez"),
])
def test_who_opens_or_closes_a_part_of_the_forum_took_part_in_it(read, sentence, person):
    found = facts(read(_FORUM + sentence))
    assert (person, "participatedIn", "Foro Iberia Libre") in found


@pytest.mark.parametrize("sentence, person", [
    ("El senador Pablo Gil cerró la lista de oradores.", "Pablo Gil"),
    ("La presidenta Marta Pérez abrió la sesión plenaria del Congreso.", "Marta Pérez"),
])
def test_what_is_no_part_of_the_forum_says_nothing_of_it(read, sentence, person):
    found = facts(read(_FORUM + sentence))
    assert (person, "participatedIn", "Foro Iberia Libre") not in found
