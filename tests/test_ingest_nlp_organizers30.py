"""The parse extractor on organizers: an organizer's participle the small model hangs on the
place of the event before it ("el acto ... en el Centro Cultural, organizado por X"); a party's
leading body as its agent, which acts for the party; "el partido de X" as the party the text
ties X to or last named; "la organización, que es X" as the organizer of the event the text
is about; and a body that opens a gathering its sentence says another organizes, which does
not organize it.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _organizers(found) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(found) if r == "organizedBy"}


def test_an_organizer_hung_on_the_place_is_the_events(read):
    found = _organizers(read("La cumbre Europa Soberana celebrada en marzo en la capital, "
                             "organizada por la Fundación Disenso, reunió a 300 personas."))
    assert any(o == "Fundación Disenso" for _, o in found)
    assert not any(s in ("capital", "Madrid") for s, _ in found)


def test_a_partys_leading_body_organizes_for_the_party(read):
    found = _organizers(read("Vox cerró su campaña en Teruel. El mitin del domingo en el "
                             "Palacio de Congresos, organizado por la dirección provincial "
                             "del partido, llenó el recinto."))
    assert any(o == "Vox" for _, o in found)


def test_opening_a_summit_another_organizes_is_no_organizing(read):
    found = _organizers(read("Vox abrió este viernes en Madrid la cumbre Europa Viva, "
                             "organizada por la Fundación Disenso, con un discurso."))
    assert ("Europa Viva", "Fundación Disenso") in found
    assert ("Europa Viva", "Vox") not in found


def test_an_editions_organizer_hung_on_its_city_is_the_editions(read):
    found = _organizers(read("El diputado habló de la CPAC Brasil celebrada en julio en la "
                             "capital, organizada por el Instituto Liberdade."))
    assert ("CPAC Brasil", "Instituto Liberdade") in found



def test_the_party_of_a_person_organizing_the_gathering_a_noun_describes(read):
    found = _organizers(read("Chega ya ha anunciado que invitará a Marta Ruiz al Festival "
                             "Atlántico, el encuentro que el partido de André Ventura organiza "
                             "cada otoño en Oporto."))
    assert ("Festival Atlántico", "Chega") in found


def test_the_organizers_a_copular_relative_names(read):
    found = _organizers(read("La diputada Ana Pérez viajó a Lima para la CPAC Perú. «Fui "
                             "invitada por la organización, que es el Instituto Andino, y "
                             "hablé con Rafael López», contó."))
    assert ("CPAC Perú", "Instituto Andino") in found


def test_a_body_a_relative_says_something_else_organizes_nothing(read):
    found = _organizers(read("La diputada Ana Pérez viajó a Lima para la CPAC Perú. Allí "
                             "habló con una organización, que es el Instituto Andino."))
    assert ("CPAC Perú", "Instituto Andino") not in found
