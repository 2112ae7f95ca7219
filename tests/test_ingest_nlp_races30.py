"""The parse extractor on the race a candidacy is in: a mayoralty in the town the headline
names and the body's council confirms, though no list knows the town, in the year of the
municipal elections the text names ("las municipales de mayo", in October, are next May's);
the campaign before the campaign is for a race ahead; a parliament's race named after the
office run for ("a primera ministra en las parlamentarias letonas") and set by its demonym; a
candidate's title set beside a name is for a race still ahead of the act told; a seat won
"tras ganar" is told in its head's past; a preterite title ("fue candidata presidencial") is
the race last held; a third person in an interview's answer is the one the question asked
about, not the interviewee; a country named only in passing is not where a story set among
another's towns and persons is; a candidate with no race named runs in the race of the office
a campaign of its sentence or the one before is for; a list "encabezada por" someone makes
them its party's candidate in the race, a headline "Directo | Elecciones en Hungría" naming
the country's general election.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor


def _races(found, person: str) -> set[str]:
    return {o for s, r, o in facts(found) if s == person and r == "candidateIn"}


def test_a_mayoralty_is_the_headline_towns_in_the_next_municipal_year(read):
    found = read("Vox arranca en la plaza mayor de Totana\n\nEl acto, celebrado frente al "
                 "Ayuntamiento de Totana, abrió la precampaña de las municipales de mayo. "
                 "Habló después el candidato de Vox a la alcaldía, Ginés Puerta Ros, un "
                 "abogado de cuarenta años.", "2026-10-12")
    assert _races(found, "Ginés Puerta Ros") == {"Elección municipal de Totana de 2027"}


def test_a_prime_ministers_race_named_after_the_office_by_its_demonym(read):
    found = read("Varsovia acoge a la derecha báltica\n\nEl acto reunió a una veintena de "
                 "dirigentes. Kowalski brindó su apoyo a Laila Ozola, candidata de la Alianza "
                 "Nacional a primera ministra en las elecciones parlamentarias letonas de "
                 "octubre.", "2026-03-18")
    races = _races(found, "Laila Ozola")
    assert "Elecciones legislativas de Letonia de 2026" in races
    assert not any("Polonia" in r or "2025" in r for r in races)


def test_a_seat_won_tras_ganar_is_in_the_race_before_the_arrival(read):
    found = read("La diputada chilena Ana Pérez Lagos llegó a la Cámara en marzo tras ganar "
                 "su escaño en las parlamentarias de noviembre.", "2026-06-03")
    assert _races(found, "Ana Pérez Lagos") == {"Elecciones legislativas de Chile de 2025"}


def test_a_third_person_in_an_answer_is_the_one_asked_about(read):
    found = read("Marta Soto Vial: \"La frontera es lo primero\"\n\nLa diputada repasa en "
                 "Valparaíso su año en el Congreso de Chile.\n\n—¿Y Lucía Rivas Olea, que fue "
                 "ministra?\n—La respeto. Fue candidata presidencial y perdió.", "2026-06-03")
    assert _races(found, "Lucía Rivas Olea") == {"Elección presidencial de Chile de 2025"}
    assert not _races(found, "Marta Soto Vial")


def test_a_candidate_runs_in_the_race_a_campaign_before_him_is_for(read):
    found = read("En Tucson, los republicanos convirtieron una campaña a gobernador de Arizona "
                 "en una fiesta. El objetivo: llevar a Mark Dalton, el candidato republicano, "
                 "hasta la mansión del gobernador.", "2026-10-20")
    assert _races(found, "Mark Dalton") == {"Elección de gobernador de Arizona de 2026"}


def test_a_campaign_told_without_an_office_names_no_race(read):
    found = read("Mark Dalton, el candidato republicano, cerró ayer su campaña en Tucson con "
                 "un discurso sobre la frontera.", "2026-10-20")
    assert not any("gobernador" in r for r in _races(found, "Mark Dalton"))


def test_a_list_headed_by_someone_is_their_partys_and_race(read):
    found = facts(read("Directo | Elecciones en Hungría: recuento ajustado\n\n23.10 | Con el 40 % "
                       "escrutado, la lista de Fidesz, encabezada por el diputado Márton Kis, "
                       "suma el 41 %.", "2026-04-12"))
    assert ("Márton Kis", "represents", "Fidesz") in found
    assert ("Márton Kis", "candidateIn", "Elecciones legislativas de Hungría de 2026") in found
    assert ("Márton Kis", "leaderOf", "Fidesz") not in found  # heading a list leads no party


def test_a_list_of_guests_headed_by_someone_is_no_candidacy(read):
    found = facts(read("La lista de invitados del PP, encabezada por el alcalde Jorge Azcón, "
                       "llegó a la gala.", "2026-04-12"))
    assert not any(s == "Jorge Azcón" and r == "candidateIn" for s, r, _ in found)
