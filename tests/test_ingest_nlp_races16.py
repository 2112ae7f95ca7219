"""The parse extractor on the place of offices and races: the country a dispatch's dateline
gives a bare title ("SOFÍA.- El ex primer ministro X"), an edition of a conference someone
travelled to ("viajó a Lima para la CPAC Perú") that does not make a story set elsewhere that
country's, and a race whose country is named in another clause of its sentence.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


# ---------------------------------------------------------------- datelines of capitals


def test_a_capital_opening_the_dispatch_gives_a_bare_title_its_country(read):
    sofia = read("Un foro conservador\n\nSOFÍA, 4 mar (EFE).- El ex primer ministro Iván "
                 "Petrov inauguró ayer un foro de partidos conservadores.", issued="2026-03-05")
    find(sofia, "Iván Petrov", "holdsOffice", "Primer ministro de Bulgaria")
    dublin = read("Debate sobre la inmigración\n\nDUBLÍN.- El ex primer ministro Liam Doyle "
                  "debatió ayer sobre la inmigración.", issued="2026-03-05")
    find(dublin, "Liam Doyle", "holdsOffice", "Primer ministro de Irlanda")


def test_a_capital_in_a_byline_gives_a_title_its_country(read):
    found = read("La derecha en el norte\n\nPor Ana Ruiz | COPENHAGUE, 2 de marzo\n\nLa primera "
                 "ministra, Karen Holm, recibió ayer a los líderes del partido.",
                 issued="2026-03-03")
    find(found, "Karen Holm", "holdsOffice", "Primer ministro de Dinamarca")


# ---------------------------------------------------------------- editions travelled to


def test_an_edition_travelled_to_does_not_place_a_regional_profile(read):
    asturias = read(
        "Una ganadera en la política\n\nPERFIL | La diputada regional combina el campo con una "
        "agenda exterior\n\nMarta Cuesta (Cangas de Onís, 1979) entró en la Junta General de "
        "Asturias en 2023. En marzo viajó a Buenos Aires para la CPAC Argentina, donde conoció "
        "a varios dirigentes. El expresidente Javier Lombardía, del Foro Asturias, la llama "
        "\"la ganadera de Cangas\".", issued="2026-10-22")
    absent(asturias, "holdsOffice", "Javier Lombardía", "Presidente de Argentina")
    galicia = read(
        "Retrato de una concejala\n\nPERFIL | La concejala prepara su salto a la política "
        "autonómica\n\nEl año pasado, Lucía Varela acudió a la CPAC Brasil junto a otros "
        "dirigentes. En Galicia la conocen por sus discursos. El expresidente Tomás Rial, rival "
        "suyo, la considera \"una recién llegada\".", issued="2026-10-22")
    absent(galicia, "holdsOffice", "Tomás Rial", "Presidente de Brasil")
    attended = read(
        "Retrato de una concejala\n\nPERFIL | La concejala prepara su salto a la política "
        "autonómica\n\nEn 2024, Lucía Varela voló a Lima para asistir a la CPAC Perú. En Galicia "
        "la conocen por sus discursos. El expresidente Tomás Rial, rival suyo, la considera "
        "\"una recién llegada\".", issued="2026-10-22")
    absent(attended, "holdsOffice", "Tomás Rial", "Presidente de Perú")


def test_an_edition_the_story_is_held_at_still_places_it(read):
    held = read("La derecha se da cita\n\nCientos de activistas llenan desde ayer la CPAC Perú, "
                "que se celebra en la capital hasta el domingo. El presidente Julio Soto "
                "inauguró la cita con un discurso contra la izquierda.", issued="2026-10-22")
    find(held, "Julio Soto", "holdsOffice", "Presidente de Perú")
    opened = read("La derecha se da cita\n\nEl presidente Julio Soto inauguró ayer la CPAC Perú "
                  "con un discurso contra la izquierda.", issued="2026-10-22")
    find(opened, "Julio Soto", "holdsOffice", "Presidente de Perú")


# ---------------------------------------------------------------- a country in another clause


def test_a_country_in_another_clause_is_not_the_races(read):
    relative = read("Vox abre su gira\n\nMadrid, 3 oct (EFE).- El eurodiputado Hermann Lutz, "
                    "que dedicó su discurso a Venezuela, presentó ayer a la concejala Ana Ruiz "
                    "como candidata de Vox en las municipales de 2027.", issued="2026-10-03")
    find(relative, "Ana Ruiz", "candidateIn", "Elecciones municipales de España de 2027")
    absent(relative, "candidateIn", "Ana Ruiz", "Elecciones municipales de Venezuela de 2027")
    own = read("Vox abre su gira\n\nMadrid, 3 oct (EFE).- La concejala Ana Ruiz, quien pasó su "
               "infancia en Argentina, competirá por Vox en las elecciones municipales de 2027.",
               issued="2026-10-03")
    find(own, "Ana Ruiz", "candidateIn", "Elecciones municipales de España de 2027")
    adverbial = read("Vox abre su gira\n\nMadrid, 3 oct (EFE).- Ana Ruiz competirá por Vox en "
                     "las elecciones municipales de 2027, aunque todavía no ha decidido si "
                     "viajará a Venezuela antes de la campaña.", issued="2026-10-03")
    absent(adverbial, "candidateIn", "Ana Ruiz", "Elecciones municipales de Venezuela de 2027")


def test_a_country_in_the_races_own_clause_still_places_it(read):
    found = read("Elecciones en el sur\n\nMadrid, 3 oct (EFE).- En Chile, la diputada Paula "
                 "Soto competirá en las elecciones municipales de 2028.", issued="2026-10-03")
    find(found, "Paula Soto", "candidateIn", "Elecciones municipales de Chile de 2028")


# ---------------------------------------------------------------- a town's second


def test_a_lieutenant_mayor_is_the_second_of_the_town_the_text_is_in(read):
    former = read("Zaragoza, 3 oct (EFE).- Los tres concejales, encabezados por el exteniente "
                  "de alcalde Tomás Urrea, se abstuvieron.", issued="2026-10-03")
    found = find(former, "Tomás Urrea", "holdsOffice", "Teniente de alcalde de Zaragoza")
    assert found.qualifiers.get("former")
    absent(former, "holdsOffice", "Tomás Urrea", "Alcalde")
    feminine = read("Sevilla, 3 oct (EFE).- La exteniente de alcalde Irene Lasa anunció ayer su "
                    "marcha del partido.", issued="2026-10-03")
    find(feminine, "Irene Lasa", "holdsOffice", "Teniente de alcalde de Sevilla")
    first = read("Toledo, 3 oct (EFE).- El primer teniente de alcalde, Rubén Soria, defendió "
                 "las cuentas.", issued="2026-10-03")
    found = find(first, "Rubén Soria", "holdsOffice", "Primer teniente de alcalde de Toledo")
    assert not found.qualifiers.get("former")


def test_a_lieutenant_mayor_of_no_town_the_text_names_holds_no_mayoralty(read):
    found = read("Pleno en el Ayuntamiento\n\nLos concejales, con el ex teniente de alcalde "
                 "Rubén Soria al frente, votaron en contra.", issued="2026-10-03")
    absent(found, "holdsOffice", "Rubén Soria")


def test_a_deputy_mayor_is_the_towns(read):
    named = read("Zaragoza, 3 oct (EFE).- Ya han invitado al foro al vicealcalde de Debrecen, "
                 "Gábor Kiss, del partido Fidesz.", issued="2026-10-03")
    find(named, "Gábor Kiss", "holdsOffice", "Vicealcalde de Debrecen")
    feminine = read("Huesca, 3 oct (EFE).- La vicealcaldesa de Jaca, Olga Sanz, criticó las "
                    "cuentas.", issued="2026-10-03")
    find(feminine, "Olga Sanz", "holdsOffice", "Vicealcalde de Jaca")
    bare = read("Toledo, 3 oct (EFE).- La vicealcaldesa Olga Sanz criticó las cuentas.",
                issued="2026-10-03")
    absent(bare, "holdsOffice", "Olga Sanz", "Vicealcalde de España")


# ---------------------------------------------------------------- a region's president


def test_a_bare_president_in_a_regional_story_heads_the_region(read):
    profile = read("La ganadera que quiere gobernar Asturias\n\nPERFIL | La portavoz de Vox en "
                   "la Junta General\n\nMarta Cuesta lleva diez años en la política de "
                   "Asturias. Sus rivales la critican. El expresidente Javier Lombardía, del "
                   "Foro, la llama \"la ganadera\".", issued="2026-10-03")
    found = find(profile, "Javier Lombardía", "holdsOffice", "Presidente de Asturias")
    assert found.qualifiers.get("former")
    wire = read("Cuentas en Extremadura\n\nMérida, 3 oct (EFE).- La Asamblea de Extremadura "
                "aprobó ayer las cuentas de Extremadura para 2027 gracias a Vox. La presidenta "
                "Rosa Galán agradeció el apoyo.", issued="2026-10-03")
    find(wire, "Rosa Galán", "holdsOffice", "Presidente de Extremadura")


def test_a_bare_president_of_no_one_region_or_abroad_is_not_a_regions(read):
    two = read("Dos regiones\n\nVox negocia en Aragón y en Extremadura. La presidenta Rosa Galán "
               "agradeció el apoyo.", issued="2026-10-03")
    absent(two, "holdsOffice", "Rosa Galán")
    abroad = read("Cuentas en Lima\n\nLima, 3 oct (EFE).- El Congreso aprobó ayer las cuentas. "
                  "La presidenta Rosa Galán agradeció el apoyo.", issued="2026-10-03")
    find(abroad, "Rosa Galán", "holdsOffice", "Presidente de Perú")


# ---------------------------------------------------------------- choosing between candidates


_COCHABAMBA = ("EN DIRECTO | Segunda vuelta por la Gobernación de Cochabamba\n\n10:05 — Abren "
               "los colegios. Más de un millón de cochabambinos eligen hoy gobernador entre Luis "
               "Camargo, candidato de Creemos, y Juana Pérez Quispe, de Alianza Popular.")
_ROUND = "Segunda vuelta de la elección de gobernador de Cochabamba de 2026"


def test_those_voters_choose_between_run_in_the_governors_round(read):
    found = read(_COCHABAMBA, issued="2026-04-19")
    for person in ("Luis Camargo", "Juana Pérez Quispe"):
        claim = find(found, person, "candidateIn", _ROUND)
        assert claim.date == "2026-04-19"  # the day the live blog covers
    absent(found, "holdsOffice", "Luis Camargo")  # the office is theirs to win


def test_choosing_a_president_between_two_in_a_run_off_blog(read):
    found = read("DIRECTO | Balotaje en Chile: Kast y Jara se disputan la presidencia\n\n09:00 "
                 "— Comienza la jornada. Los chilenos escogen presidente entre José Antonio Kast "
                 "y Jeannette Jara.", issued="2025-12-14")
    for person in ("José Antonio Kast", "Jeannette Jara"):
        claim = find(found, person, "candidateIn", "Segunda vuelta presidencial de Chile de 2025")
        assert claim.date == "2025-12-14"


def test_choosing_between_things_or_without_a_race_is_no_candidacy(read):
    things = read("Guatemala decide\n\nLos guatemaltecos tendrán que elegir entre la continuidad "
                  "y el cambio, dijo Sandra Torres.", issued="2026-04-19")
    absent(things, "candidateIn")
    unnamed = read("Cochabamba, 3 abr (EFE).- El 20 de abril los cochabambinos votarán para "
                   "elegir gobernador entre Luis Camargo y Juana Pérez Quispe.",
                   issued="2026-04-03")
    absent(unnamed, "holdsOffice")


# ---------------------------------------------------------------- made a candidate


def test_one_chosen_as_candidate_runs_in_the_race_the_title_names(read):
    adjective = read("Oviedo, 3 oct (EFE).- Vox eligió ayer a Pedro Gil candidato a la "
                     "presidencia del Principado de Asturias en las autonómicas de 2027.",
                     issued="2026-10-03")
    find(adjective, "Pedro Gil", "candidateIn",
         "Elecciones a la Junta General del Principado de Asturias de 2027")
    find(adjective, "Pedro Gil", "represents", "Vox")
    feminine = read("Santander, 3 oct (EFE).- El sábado Vox proclamó a Laura Sainz de la Maza "
                    "candidata a la presidencia de Cantabria para las autonómicas de 2027.",
                    issued="2026-10-03")
    find(feminine, "Laura Sainz de la Maza", "candidateIn",
         "Elecciones al Parlamento de Cantabria de 2027")
    apposed = read("Santo Domingo, 3 oct (EFE).- El PRM ya ha proclamado a Ernesto Liriano, "
                   "alcalde del Distrito Nacional, como su candidato a las presidenciales de "
                   "2028.", issued="2026-10-03")
    find(apposed, "Ernesto Liriano", "candidateIn",
         "Elección presidencial de República Dominicana de 2028")


def test_one_appointed_to_an_office_is_no_candidate(read):
    found = read("Santo Domingo, 3 oct (EFE).- El presidente nombró ayer a Ernesto Liriano "
                 "ministro de Hacienda.", issued="2026-10-03")
    absent(found, "candidateIn")
