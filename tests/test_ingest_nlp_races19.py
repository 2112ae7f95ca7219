"""The parse extractor on which race a candidacy is in when the race is a region's, a
province's or another country's: a round of regional elections and a run-off of a story on a
regional government are the region's whole race ("Elección regional de <region>"), not a
presidential round; a region's name keeps its article ("La Libertad"); a presidency sought "en
las autonómicas" is the region's or autonomous city's race; a bare round after a governor's
race in its sentence is that race; a round the graph knows by a common noun is its only in a
text on its country.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def _races(extraction, person=None):
    return {c.object for c in extraction.candidates
            if c.relation == "candidateIn" and person in (None, c.subject)}


def _candidacies(extraction, person=None):
    return [c for c in extraction.candidates
            if c.relation == "candidateIn" and person in (None, c.subject)]


def _presidential(races):
    return {r for r in races if "presidencial" in r}


# ---------------------------------------------------------------- regional rounds


def test_a_round_of_regional_elections_is_the_regions_race(read):
    text = ("Arequipa\n\nEl aspirante de Avanza País al Gobierno Regional de La Libertad, "
            "Ernesto Salas Vidal, recorrió ayer los mercados de Trujillo. Salas Vidal consiguió "
            "el 28% de los votos en la primera vuelta de los comicios regionales de octubre.")
    races = _races(read(text, issued="2026-11-10"), "Ernesto Salas Vidal")
    assert races == {"Elección regional de La Libertad de 2026"}


def test_a_runoff_in_a_sentence_on_a_regional_government_is_the_regions_race(read):
    found = read("Lima\n\nLa candidata de Somos Perú al Gobierno Regional de San Martín, "
                 "Lucía Paredes Ríos, se medirá el 6 de diciembre en la segunda vuelta con "
                 "Julio Vargas Tello.", issued="2026-11-12")
    races = _races(found)
    assert "Elección regional de San Martín de 2026" in races
    assert not _presidential(races)
    # the run-off's day does not date a candidacy in the whole race
    assert all(c.date is None for c in _candidacies(found)
               if c.object.startswith("Elección regional"))


def test_a_regions_article_belongs_to_its_name(read):
    found = read("Tumbes\n\nEl postulante de Fuerza Popular al Gobierno Regional de El Oro, "
                 "Marcos Lema Paz, disputa la segunda vuelta frente a Raúl Ochoa Vera.",
                 issued="2026-11-12")
    races = _races(found, "Marcos Lema Paz")
    assert races == {"Elección regional de El Oro de 2026"}


def test_a_balotaje_after_a_regional_election_is_that_race(read):
    found = read("Huánuco\n\nLa exalcaldesa Teresa Quispe Rojas quedó segunda en la elección "
                 "regional de Huánuco del 4 de octubre y disputará el balotaje contra Ramiro "
                 "Solís Cano.", issued="2026-11-01")
    races = _races(found)
    assert not _presidential(races)
    assert races <= {"Elección regional de Huánuco de 2026"}


def test_a_round_of_regional_elections_of_no_known_region_names_no_presidential_race(read):
    found = read("Lima\n\nEl abogado Arturo Ninaquispe León obtuvo el 19% en la primera vuelta "
                 "de las elecciones regionales y espera ahora el recuento.",
                 issued="2026-10-20")
    assert not _presidential(_races(found))


def test_a_presidential_round_stays_the_countrys(read):
    found = read("Lima\n\nKeiko Fujimori obtuvo el 18% en la primera vuelta de las elecciones "
                 "presidenciales de 2021.", issued="2026-01-20")
    races = _races(found, "Keiko Fujimori")
    assert not any(r.startswith("Elección regional") for r in races)


# ---------------------------------------------------------------- a presidency in its race


def test_a_presidency_sought_in_regional_elections_is_the_regions_race(read):
    ceuta = read("Ceuta\n\nNadia Benítez, que fue candidata del PSOE a la presidencia en las "
                 "autonómicas de 2023, defendió ayer los presupuestos.", issued="2026-11-20")
    races = _races(ceuta, "Nadia Benítez")
    assert races == {"Elecciones a la Asamblea de Ceuta de 2023"}
    peru = read("Lima\n\nRosaura Díaz Ugarte, aspirante a la presidencia en las regionales de "
                "2022 en Cajamarca, anunció su retiro.", issued="2026-03-02")
    races = _races(peru, "Rosaura Díaz Ugarte")
    assert not _presidential(races)
    assert races <= {"Elección regional de Cajamarca de 2022"}


def test_melilla_is_an_autonomous_city_with_its_own_assembly(read):
    found = read("Melilla\n\nEl empresario Jorge Sáez Lara se presentó a las elecciones a la "
                 "Asamblea de Melilla de 2023 por una lista independiente.", issued="2026-11-20")
    assert _races(found, "Jorge Sáez Lara") == {"Elecciones a la Asamblea de Melilla de 2023"}


def test_a_presidency_of_the_country_stays_presidential(read):
    found = read("Madrid\n\nJavier Milei, candidato a la presidencia en las elecciones de "
                 "2023, visitó Madrid.", issued="2025-05-20")
    assert not any(r.startswith(("Elecciones a", "Elección regional"))
                   for r in _races(found, "Javier Milei"))


# ---------------------------------------------------------------- a round of a governor's race


def test_a_round_after_a_governors_race_in_its_sentence_is_that_race(read):
    found = read("Curitiba\n\nEl empresario Marcelo Duarte Filho, que en octubre ganó las "
                 "elecciones a gobernador de Paraná en la segunda vuelta frente al petista "
                 "Rui Fontes, viajó ayer a Madrid.", issued="2026-11-25")
    races = _races(found)
    assert not _presidential(races)
    assert any(r.startswith("Elección de gobernador de Paraná") for r in races)


def test_a_runoff_alone_keeps_the_presidential_round(read):
    found = read("Brasilia\n\nLula venció a Jair Bolsonaro en la segunda vuelta de octubre "
                 "de 2022.", issued="2026-11-25")
    assert not any(r.startswith("Elección de gobernador") for r in _races(found))


# ---------------------------------------------------------------- a common noun of the graph


def test_a_round_known_by_a_common_noun_is_of_the_texts_country(read):
    found = read("Cochabamba\n\nTampoco acudió el economista Óscar Vaca Rivero, candidato de "
                 "Alianza Popular en la primera vuelta de 2025 en Bolivia.", issued="2026-11-24")
    races = _races(found, "Óscar Vaca Rivero")
    assert not any("Chile" in r for r in races)
    assert races <= {"Primera vuelta presidencial de Bolivia de 2025"}
    chile = read("Santiago\n\nFranco Parisi, candidato del Partido de la Gente en la primera "
                 "vuelta de 2025 en Chile, habló ayer.", issued="2026-01-10")
    assert _races(chile, "Franco Parisi") <= {"Primera vuelta presidencial de Chile de 2025"}


# ---------------------------------------------------------------- a former candidacy's year


def test_a_former_candidacy_with_its_year_is_that_years_race(read):
    found = read("La Paz\n\nEl exalcalde de Sucre Pedro Arancibia Soto, excandidato "
                 "presidencial en 2014, criticó ayer al Gobierno de Bolivia.",
                 issued="2026-11-20")
    assert _races(found, "Pedro Arancibia Soto") == {"Elección presidencial de Bolivia de 2014"}
    undated = read("La Paz\n\nEl exalcalde de Sucre Pedro Arancibia Soto, excandidato "
                   "presidencial, criticó ayer al Gobierno de Bolivia.", issued="2026-11-20")
    assert "Elección presidencial de Bolivia de 2014" not in _races(undated)


def test_a_presidency_in_provincial_or_departmental_elections_is_no_countrys(read):
    provincial = read("Santa Fe\n\nClara Ibáñez Roca, candidata a la presidencia en las "
                      "elecciones provinciales de 2023, visitó Rosario.", issued="2026-05-02")
    assert not _presidential(_races(provincial, "Clara Ibáñez Roca"))
    departmental = read("Santa Cruz\n\nPablo Rivas Añez, aspirante a la presidencia en los "
                        "comicios departamentales del próximo año, habló ayer en Bolivia.",
                        issued="2026-05-02")
    assert not _presidential(_races(departmental, "Pablo Rivas Añez"))
    general = read("Buenos Aires\n\nPatricia Bullrich, candidata a la presidencia en las "
                   "elecciones generales de 2023, visitó Rosario.", issued="2026-05-02")
    assert _races(general, "Patricia Bullrich") == {"Elección presidencial de Argentina de 2023"}


# ---------------------------------------------------------------- the region the text names


def test_regional_elections_of_a_story_on_one_foreign_region_are_its_race(read):
    found = read("Linz\n\nManfred Haider. Gobernador de Alta Austria y líder del FPÖ en la "
                 "región. Ganó las elecciones regionales de 2021 frente al entonces "
                 "gobernador, Thomas Stelzer.", issued="2026-03-10")
    assert _races(found, "Manfred Haider") == {"Elección regional de Alta Austria de 2021"}
    assert _races(found, "Thomas Stelzer") <= {"Elección regional de Alta Austria de 2021"}
    spain = read("Sevilla\n\nEl consejero andaluz Pedro Ruiz Gil, que ganó las elecciones "
                 "regionales de 2022 en Andalucía, visitó Baviera.", issued="2026-03-10")
    assert not any("Baviera" in r for r in _races(spain))
    two = read("Viena\n\nEl austriaco Karl Huber, que vivió en Estiria y en Carintia, ganó "
               "las elecciones regionales de 2023.", issued="2026-03-10")
    assert not any(r.startswith("Elección regional") for r in _races(two))
