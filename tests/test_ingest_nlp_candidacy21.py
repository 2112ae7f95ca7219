"""The parse extractor on a candidate's noun phrase: the party and the race of "X, que fue
candidato de LLA en las legislativas de 2025" when the small model hangs the relative clause on
the title before the name or on an apposition after it; "candidato a la Junta" (a region's
race); a bare "candidata a la alcaldía" in a story on one town's council (the town its headline
names, in the year Spain's towns vote); parties listed after the first ("candidata del PAN, el
PRI y el PRD"); the office a candidacy seeks, which the name after it does not hold; a past run
dating the party one ran for; a presidential title not put in the legislative race the text is
about; a vote's own day in its race's year.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts, facts_of

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _candidacies(found, person: str) -> set[str]:
    return {o for s, r, o in found if s == person and r == "candidateIn"}


# ------------------------------------------------------------ relatives hung elsewhere

def test_relative_hung_on_the_title_before_the_name(read):
    found = facts_of("La lista la encabeza el diputado provincial Tomás Ibarzábal, que fue "
                     "candidato del PRO en las legislativas argentinas de octubre de 2023.",
                     read, "Tomás Ibarzábal")
    assert ("represents", "PRO") in found
    assert ("candidateIn", "Elecciones legislativas de Argentina de 2023") in found


def test_relative_hung_on_a_title_before_a_woman_s_name(read):
    found = facts_of("Habló después la concejala Marta Villegas, que será la candidata de Vox a "
                     "la alcaldía de Albacete.", read, "Marta Villegas")
    assert ("represents", "Vox") in found
    assert ("candidateIn", "Elección municipal de Albacete de 2027") in found


def test_relative_after_an_apposition_of_the_name(read):
    found = facts_of("El acto sirvió para presentar a Julián Ortuño, ganadero de 50 años y "
                     "exalcalde de Hellín, que será el candidato de Vox a la presidencia de "
                     "Castilla-La Mancha.", read, "Julián Ortuño")
    assert ("represents", "Vox") in found
    assert any(r == "candidateIn" and o.startswith("Elecciones a las Cortes de Castilla-La "
                                                   "Mancha") for r, o in found)


def test_relative_on_another_person_s_title_is_not_the_name_s(read):
    found = facts(read("La alcaldesa visitó a la madre de Julián Ortuño, que fue candidata de "
                       "Vox a la alcaldía de Albacete."))
    assert not _candidacies(found, "Julián Ortuño")


def test_relative_after_another_person_is_not_the_first_name_s(read):
    found = facts(read("Intervino el diputado Tomás Ibarzábal, amigo de Rosa Medel, que fue "
                       "candidata del PRO en las legislativas argentinas de 2023."))
    assert not _candidacies(found, "Tomás Ibarzábal")
    assert ("Tomás Ibarzábal", "represents", "PRO") not in found


# ------------------------------------------------------------ a region's government

def test_candidate_to_the_junta_runs_in_the_region_s_race(read):
    found = _candidacies(facts(read(
        "Santiago Abascal presentó a Julián Ortuño como candidato de Vox a la Junta de "
        "Castilla-La Mancha.")), "Julián Ortuño")
    assert any(o.startswith("Elecciones a las Cortes de Castilla-La Mancha") for o in found)


def test_candidate_to_the_xunta_runs_in_galicia_s_race(read):
    found = _candidacies(facts(read(
        "Santiago Abascal presentó a Lucía Barreiro como candidata de Vox a la Xunta en las "
        "elecciones gallegas.")), "Lucía Barreiro")
    assert any(o.startswith("Elecciones al Parlamento de Galicia") for o in found)


def test_a_provincial_diputacion_is_no_region_s_race(read):
    found = _candidacies(facts(read(
        "Vox presentó a Lucía Barreiro como candidata a la Diputación de Soria.")),
        "Lucía Barreiro")
    assert not any(o.startswith(("Elecciones a las Cortes", "Elecciones al Parlamento"))
                   for o in found)


# ------------------------------------------------------------ a bare mayoralty

_COUNCIL_STORY = """Tensión en el pleno de presupuestos de Teruel

TERUEL. El alcalde de Teruel, Ramón Ibáñez, defendió ayer las cuentas en el pleno. Desde \
Zaragoza, la dirección regional del partido respaldó al alcalde, y en Zaragoza se espera \
otra reunión.

La portavoz socialista y candidata a la alcaldía, Inés Lafuente, acusó al alcalde de \
"hipotecar la ciudad"."""


def test_bare_mayoralty_is_the_town_the_headline_names(read):
    found = _candidacies(facts(read(_COUNCIL_STORY)), "Inés Lafuente")
    assert "Elección municipal de Teruel de 2027" in found
    assert not any(o.startswith("Elecciones municipales de España") for o in found)


def test_short_and_full_names_of_a_town_are_one(read):
    text = _COUNCIL_STORY.replace("de Teruel\n", "de Castellón\n").replace(
        "TERUEL.", "CASTELLÓN.").replace("alcalde de Teruel", "alcalde de Castellón de la Plana")
    found = _candidacies(facts(read(text)), "Inés Lafuente")
    assert "Elección municipal de Castellón de la Plana de 2027" in found


def test_bare_mayoralty_in_a_subhead_under_a_town_s_headline(read):
    found = _candidacies(facts(read(
        "Abascal llena el pabellón de Zamora con el campo como bandera\n\nEl presidente de Vox "
        "presenta a Lorena Ferrero como candidata a la alcaldía.\n\nZAMORA. Unas dos mil "
        "personas llenaron el pabellón.")), "Lorena Ferrero")
    assert "Elección municipal de Zamora de 2027" in found


# ------------------------------------------------------------ Spain's municipal calendar

def test_a_spanish_town_s_race_ahead_is_in_the_next_municipal_year(read):
    found = _candidacies(facts(read("Lorena Ferrero será la candidata de Vox a la alcaldía de "
                                    "Zamora.")), "Lorena Ferrero")
    assert "Elección municipal de Zamora de 2027" in found


def test_a_spanish_town_s_race_told_in_the_past_is_the_last_one(read):
    found = _candidacies(facts(read("Lorena Ferrero fue la candidata de Vox a la alcaldía de "
                                    "Zamora.")), "Lorena Ferrero")
    assert "Elección municipal de Zamora de 2023" in found


def test_a_year_given_stays(read):
    found = _candidacies(facts(read("Lorena Ferrero fue la candidata de Vox a la alcaldía de "
                                    "Zamora en 2019.")), "Lorena Ferrero")
    assert "Elección municipal de Zamora de 2019" in found


def test_a_french_town_keeps_its_own_calendar(read):
    found = _candidacies(facts(read("Lorena Ferrero será la candidata de Reagrupamiento "
                                    "Nacional a la alcaldía de Marsella.")), "Lorena Ferrero")
    assert "Elección municipal de Marsella de 2027" not in found


# ------------------------------------------------------------ parties listed

def test_parties_listed_after_the_candidate_s_party(read):
    found = facts_of("Lucía Ortega, candidata del PAN, el PRI y el PRD en 2024, perdió ante "
                     "Claudia Sheinbaum.", read, "Lucía Ortega")
    assert {("represents", p) for p in ("PAN", "PRI", "PRD")} <= found


def test_names_after_a_comma_without_a_closing_y_are_no_list(read):
    found = facts_of("Lucía Ortega, candidata del PAN, el PRI, ganó.", read, "Lucía Ortega")
    assert ("represents", "PRI") not in found


def test_a_party_after_the_apposed_name_is_not_the_candidate_s(read):
    found = facts_of("El candidato del PAN, Jorge Pérez, el PRI y el PRD firmaron el pacto.",
                     read, "Jorge Pérez")
    assert ("represents", "PRD") not in found


# ------------------------------------------------------------ the office sought

def test_the_office_a_candidacy_seeks_is_not_held_by_the_name_after_it(read):
    found = facts_of("En Escocia, el candidato de Reform a ministro principal, Graham Kerr, "
                     "ganó terreno en las encuestas.", read, "Graham Kerr")
    assert any(r == "represents" and o.startswith("Reform") for r, o in found)
    assert not any(r == "holdsOffice" for r, _ in found)


def test_a_seat_after_the_candidacy_s_own_office_is_held(read):
    found = facts_of("El frente llevará como candidato a gobernador al diputado nacional Martín "
                     "Ocampo Paz, un economista de 44 años.", read, "Martín Ocampo Paz")
    assert any(r == "holdsOffice" and o.startswith("Diputado") for r, o in found)


def test_a_title_after_al_with_no_candidacy_still_names_the_holder(read):
    found = facts_of("Abascal recibió al presidente de Argentina, Javier Milei, en Madrid.",
                     read, "Javier Milei")
    assert ("holdsOffice", "Presidente de Argentina") in found


# ------------------------------------------------------------ dates

def _dated(extraction, subject: str, relation: str, obj: str) -> str | None:
    return next(c.date for c in extraction.candidates
                if (c.subject, c.relation, c.object) == (subject, relation, obj))


def test_a_past_run_dates_the_party_one_ran_for(read):
    found = read("Lucía Ortega, candidata del PAN en las presidenciales mexicanas de 2024, "
                 "perdió ante Claudia Sheinbaum.")
    assert _dated(found, "Lucía Ortega", "represents", "PAN") == "2024"


def test_a_run_ahead_leaves_the_party_undated(read):
    found = read("Lucía Ortega será la candidata del PAN en las presidenciales mexicanas de "
                 "2030.")
    assert _dated(found, "Lucía Ortega", "represents", "PAN") is None


def test_a_year_fronted_before_the_title_leaves_the_party_undated(read):
    found = read("En las autonómicas de 2023, Ramiro Gil fue el candidato de Vox por Toledo.")
    assert ("Ramiro Gil", "represents", "Vox") in facts(found)
    assert _dated(found, "Ramiro Gil", "represents", "Vox") is None


def test_the_vote_s_own_day_is_in_the_race_s_year(read):
    found = read("Andrés Rubio, cabeza de lista del Centro Democrático al Senado en las "
                 "elecciones legislativas colombianas del 8 de marzo, defendió anoche su "
                 "programa.", issued="2026-02-20")
    races = [c for c in found.candidates if c.subject == "Andrés Rubio" and
             c.relation == "candidateIn"]
    assert races and all(c.date in (None, "2026-03-08") for c in races)


# ------------------------------------------------------------ presidential titles

def test_a_presidential_title_is_not_put_in_the_legislative_race(read):
    found = _candidacies(facts(read(
        "De cara a las legislativas colombianas de marzo, el senador Andrés Rubio arremetió "
        "contra el Pacto Histórico, cuyo candidato presidencial, el senador Iván Cepeda, "
        "encabeza las encuestas.")), "Iván Cepeda")
    assert not any(o.startswith("Elecciones legislativas") for o in found)


def test_the_last_presidential_candidate_ran_in_the_last_race(read):
    found = _candidacies(facts(read(
        "En México, la última aspirante presidencial del PAN, Lucía Ortega, perdió ante "
        "Claudia Sheinbaum.", issued="2026-01-20")), "Lucía Ortega")
    assert "Elección presidencial de México de 2026" not in found


# ------------------------------------------------------------ a participle on the name

def test_a_participle_after_the_name_proclaims_that_name(read):
    found = facts(read("La alcaldesa de Zamora, Begoña Ruano, defendió las cuentas. Enfrente "
                       "tendrá a Begoña Ruano, proclamada en abril candidata del PP a la "
                       "reelección, y a Inés Lafuente."))
    assert ("Begoña Ruano", "represents", "PP") in found
    assert ("Inés Lafuente", "represents", "PP") not in found


def test_a_participle_of_no_candidacy_claims_no_party(read):
    found = facts(read("Llegó Begoña Ruano, cansada tras el viaje, y saludó a Inés Lafuente."))
    assert not any(r == "represents" for _, r, _ in found)


# ------------------------------------------------------------ a time taken for a subject

def test_a_year_taken_for_the_subject_of_a_coordinated_copula(read):
    found = facts_of("Marta Gil ganó las primarias en marzo y este año será la candidata del PP "
                     "a la alcaldía de Zamora.", read, "Marta Gil")
    assert ("represents", "PP") in found
    assert ("candidateIn", "Elección municipal de Zamora de 2027") in found


def test_a_person_after_the_link_keeps_the_copula_hers(read):
    found = facts_of("Marta Gil perdió las primarias en marzo y Lucía Rey será la candidata del "
                     "PP a la alcaldía de Zamora.", read, "Marta Gil")
    assert ("represents", "PP") not in found


# ------------------------------------------------------------ a candidacy ruled out

def test_will_not_be_a_candidate_denies_the_run(read):
    found = facts(read("En Brasil, el gobernador Ronaldo Vidal, del partido Republicanos, no será "
                       "candidato presidencial."))
    assert ("Ronaldo Vidal", "not candidateIn", "Elección presidencial de Brasil de 2026") in found
    assert ("Ronaldo Vidal", "candidateIn", "Elección presidencial de Brasil de 2026") not in found


def test_will_be_a_candidate_still_runs(read):
    found = facts(read("En Brasil, el gobernador Ronaldo Vidal será candidato presidencial."))
    assert ("Ronaldo Vidal", "candidateIn", "Elección presidencial de Brasil de 2026") in found
