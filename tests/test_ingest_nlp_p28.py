"""The parse extractor on taking part in, being invited to and organizing events: names of
events and causes that go on past an indefinite article ("Conferencia por una Europa Soberana")
and the claims on them.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def test_an_event_named_for_an_indefinite_cause_keeps_its_whole_name(read):
    found = facts(read("La diputada Marta Ruiz participó el sábado en la Conferencia por una "
                       "Castilla Libre, un foro organizado por Vox."))
    assert ("Marta Ruiz", "participatedIn", "Conferencia por una Castilla Libre") in found
    assert ("Conferencia por una Castilla Libre", "organizedBy", "Vox") in found
    assert not {f for f in found if f[2] in ("Conferencia", "Castilla Libre")}


def test_a_body_named_for_an_indefinite_cause(read):
    found = facts(read("Tomás Vidal, portavoz de la Plataforma por un Nuevo Aragón, habló ayer "
                       "en Huesca."))
    assert not {f for f in found if f[2] == "Nuevo Aragón"}
    assert {f for f in found if f[0] == "Tomás Vidal" and f[2] == "Plataforma por un Nuevo Aragón"}


def test_an_indefinite_article_after_por_joins_no_person_to_a_name(read):
    found = facts(read("El alcalde Pedro Gil fue recibido por una Europa dividida en Bruselas."))
    assert not {f for f in found if "Pedro Gil por" in f[0] or "Pedro Gil por" in f[2]}


def test_a_party_the_lists_know_stays_a_party_after_a_mayor(read):
    extraction = read("El FPÖ prepara en Carintia su asalto a Klagenfurt\n\nJosef Huber, "
                      "presidente del FPÖ carintio, quiere ganar en otoño. Klagenfurt tendría "
                      "por primera vez un alcalde del FPÖ.")
    found = facts(extraction)
    assert not {f for f in found if f[1] == "holdsOffice" and "FPÖ" in f[2]}
    assert {f for f in found if f[0] == "Josef Huber" and f[2] == "FPÖ"}
    assert "PoliticalParty" in next(e.cls for e in extraction.entities if e.label == "FPÖ")


def test_a_town_after_a_mayor_is_still_a_place(read):
    extraction = read("Polémica en Villacarrillo\n\nLa alcaldesa de Villacarrillo, Ana Gil, "
                      "recibió ayer a los vecinos.")
    assert not {f for f in facts(extraction) if f[2] == "Villacarrillo" and
                f[1] in ("memberOf", "leaderOf")}


def test_a_party_branch_congress_is_named_with_the_branch_adjective(read):
    found = facts(read("Partido Popular\n\nEl sábado, Juan Moreno habló en el congreso regional "
                       "del PP andaluz, convocado por Ana Gil."))
    assert ("Congreso regional del PP andaluz", "organizedBy", "Ana Gil") in found
    assert ("Juan Moreno", "participatedIn", "Congreso regional del PP andaluz") in found


def test_a_participle_after_the_party_is_no_part_of_the_congress_name(read):
    found = facts(read("El sábado, Juan Moreno habló en el congreso regional del PP, celebrado "
                       "en Sevilla."))
    assert not {f for f in found if "celebrado" in f[2]}


def test_a_name_after_a_moment_of_a_gathering_is_the_gathering(read):
    found = facts(read("El alcalde Pedro Gil asistió ayer al acto central de la Feria Mayor de "
                       "la Aceituna, en el recinto ferial."))
    assert ("Pedro Gil", "participatedIn", "Feria Mayor de la Aceituna") in found
    assert not {f for f in found if f[2] == "Feria Mayor"}


def test_companions_named_after_the_one_they_accompany_take_part(read):
    found = facts(read("La presidenta Ana Gil asistió ayer al Festival Internacional del "
                       "Queso. Acompañaban a la mandataria la ministra de Cultura, Marta Ruiz; "
                       "el jefe de Gabinete, Manuel Soto, y el diputado Luis Mora, que "
                       "encabezó la lista del partido y que no oculta sus ambiciones."))
    for name in ("Marta Ruiz", "Manuel Soto", "Luis Mora"):
        assert (name, "participatedIn", "Festival Internacional del Queso") in found


def test_accompanying_someone_somewhere_is_no_taking_part(read):
    found = facts(read("La presidenta Ana Gil asistió ayer al Festival Internacional del "
                       "Queso. El lunes acompañó al ministro Tomás Vidal a Bruselas."))
    assert ("Tomás Vidal", "participatedIn", "Festival Internacional del Queso") not in found


def test_a_gathering_a_series_held_told_by_a_relative(read):
    found = facts(read("Ana Gil estuvo en la CPAC Argentina. En mayo participó en el encuentro "
                       "que el Foro de Madrid celebró en Quito."))
    assert ("Ana Gil", "participatedIn", "Encuentro del Foro de Madrid en Quito") in found
    assert ("Ana Gil", "participatedIn", "Foro de Madrid") not in found


def test_a_gathering_a_person_held_is_no_series_occurrence(read):
    found = facts(read("Luis Mora participó en el encuentro que Ana Gil celebró en Quito con los "
                       "alcaldes."))
    assert not {f for f in found if f[2].startswith("Encuentro de")}


def test_a_camp_that_stayed_away_is_nobody_named_before(read):
    found = facts(read("La presidenta Ana Gil asistió ayer al Festival Internacional del Queso. "
                       "Según informó el ministro Luis Mora, la visita duró tres horas. La "
                       "oposición tampoco estuvo en el palco oficial."))
    assert ("Luis Mora", "not participatedIn", "Festival Internacional del Queso") not in found
