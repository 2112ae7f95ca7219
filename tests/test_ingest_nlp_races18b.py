"""The parse extractor on governors' and regions' races: a governor's race a phrase leaves
unplaced is that of the one governed province the story is about; "las elecciones
provinciales" of such a province are its governor's race; entering or staying in a contest
("se anotó en la carrera por la gobernación") is running in the race of the office it is for;
winning a race named as the verb's object over a rival makes both its candidates.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def _races(extraction, person=None):
    return {c.object for c in extraction.candidates
            if c.relation == "candidateIn" and person in (None, c.subject) and not c.negated}


# ---------------------------------------------------------------- the story's province


def test_an_unplaced_governors_race_is_the_storys_province(read):
    nominated = read("Neuquén, 3 may.- El diputado Tomás Ibarra fue proclamado ayer "
                     "precandidato a gobernador de la UCR. El acto se celebró en el centro de "
                     "Neuquén.", issued="2026-05-03")
    assert any(r.startswith("Elección de gobernador de Neuquén") for r in
               _races(nominated, "Tomás Ibarra"))
    copula = read("Salta, 8 jun.- La senadora Ana Ruiz será la candidata a gobernadora del PRO "
                  "en 2027. En Salta nadie lo esperaba.", issued="2026-06-08")
    assert _races(copula, "Ana Ruiz") == {"Elección de gobernador de Salta de 2027"}


def test_without_one_province_told_no_governors_race_is_placed(read):
    # two provinces named alike: the story is about neither
    split = read("Buenos Aires, 3 may.- La senadora Ana Ruiz será la candidata a gobernadora "
                 "del PRO en 2027. Viajó a Salta y a Jujuy, y volverá a Salta y a Jujuy.",
                 issued="2026-05-03")
    assert not any("gobernador" in r for r in _races(split, "Ana Ruiz"))
    # a Spanish story: no province a governor heads
    spain = read("Sevilla, 3 may.- La concejala Ana Ruiz será la candidata a gobernadora del "
                 "partido en 2027.", issued="2026-05-03")
    assert not any("gobernador" in r for r in _races(spain))


def test_provincial_elections_of_a_governed_province_are_its_governors_race(read):
    rivals = read("Neuquén, 3 may.- El intendente Marcos Peralta competirá contra Tomás Ibarra "
                  "y contra Rolando Figueroa en las elecciones provinciales de 2027. En Neuquén "
                  "nadie lo esperaba.", issued="2026-05-03")
    race = "Elección de gobernador de Neuquén de 2027"
    for person in ("Marcos Peralta", "Tomás Ibarra", "Rolando Figueroa"):
        assert race in _races(rivals, person)


def test_provincial_elections_elsewhere_say_no_governor(read):
    found = read("Madrid, 3 may.- El concejal Pedro Lucena competirá contra Tomás Ibarra en las "
                 "elecciones provinciales de 2027.", issued="2026-05-03")
    assert not any("gobernador" in r for r in _races(found))
    # a state's vote in Brazil fills more than the governor's seat
    state = read("Florianópolis, 3 may.- La diputada Sofía Garza acusa a sus rivales de "
                 "nacionalizar una elección estatal. En Santa Catarina, Garza es la candidata "
                 "de todos. Santa Catarina vota en octubre.", issued="2026-05-03")
    assert not any("gobernador" in r for r in _races(state))


def test_a_party_after_the_governors_title_is_no_province(read):
    found = read("Neuquén, 3 may.- El diputado Tomás Ibarra es el precandidato a gobernador de "
                 "La Libertad Avanza. El intendente Marcos Peralta competirá contra Ibarra en "
                 "las elecciones provinciales de 2027. En Neuquén nadie lo esperaba.",
                 issued="2026-05-03")
    races = _races(found)
    assert not any("Libertad" in r for r in races)
    assert "Elección de gobernador de Neuquén de 2027" in _races(found, "Marcos Peralta")


# ---------------------------------------------------------------- entering a contest


def test_entering_a_contest_for_an_office(read):
    relative = read("Neuquén, 3 may.- El intendente Marcos Peralta, que también se anotó en la "
                    "carrera por la gobernación, habló ayer. En Neuquén nadie lo esperaba.",
                    issued="2026-05-03")
    assert any(r.startswith("Elección de gobernador de Neuquén") for r in
               _races(relative, "Marcos Peralta"))
    joined = read("Mendoza, 3 may.- La senadora Ana Ruiz se sumó ayer a la contienda por la "
                  "gobernación de Mendoza.", issued="2026-05-03")
    assert any(r.startswith("Elección de gobernador de Mendoza") for r in
               _races(joined, "Ana Ruiz"))
    town = read("Sevilla, 3 may.- El concejal Pedro Lucena entra en la pugna por la alcaldía de "
                "Sevilla.", issued="2026-05-03")
    assert any(r.startswith("Elección municipal de Sevilla") for r in
               _races(town, "Pedro Lucena"))
    stays = read("Brasilia, 3 may.- El gobernador Tarcísio de Freitas sigue en la carrera "
                 "presidencial.", issued="2026-05-03")
    assert _races(stays, "Tarcísio de Freitas") == {"Elección presidencial de Brasil de 2026"}


def test_leaving_denying_or_imagining_a_contest_is_no_candidacy(read):
    for sentence in ("El concejal Pedro Lucena se bajó de la carrera por la alcaldía de "
                     "Sevilla.",
                     "El concejal Pedro Lucena abandonó la contienda por la alcaldía de Sevilla.",
                     "El concejal Pedro Lucena no entrará en la carrera por la alcaldía de "
                     "Sevilla.",
                     "El concejal Pedro Lucena podría entrar en la carrera por la alcaldía de "
                     "Sevilla.",
                     "El concejal Pedro Lucena entró en la carrera de fondo del partido."):
        found = read("Sevilla, 3 may.- " + sentence, issued="2026-05-03")
        assert not _races(found, "Pedro Lucena"), sentence


# ---------------------------------------------------------------- a race won over a rival


def test_a_race_won_over_a_rival_makes_both_its_candidates(read):
    region = read("Graz, 3 may.- El ultraderechista Mario Kunasek ganó las elecciones regionales "
                  "de Estiria de 2024 frente al entonces gobernador, Christopher Drexler.",
                  issued="2026-05-03")
    race = "Elección regional de Estiria de 2024"
    assert race in _races(region, "Mario Kunasek")
    assert race in _races(region, "Christopher Drexler")
    year_first = read("Graz, 3 may.- El ultraderechista Mario Kunasek ganó las elecciones "
                      "regionales de 2024 en Estiria frente al entonces gobernador, Christopher "
                      "Drexler.", issued="2026-05-03")
    assert race in _races(year_first, "Mario Kunasek")
    town = read("Lima, 3 may.- Rosa Quispe ganó las elecciones municipales de Arequipa de 2022 "
                "frente al alcalde Víctor Rivera.", issued="2026-05-03")
    assert _races(town, "Víctor Rivera") == _races(town, "Rosa Quispe") == {
        "Elección municipal de Arequipa de 2022"}


def test_a_region_of_no_one_region_names_no_regional_race(read):
    country = read("París, 3 may.- Jordan Bardella ganó las elecciones regionales de 2021 en "
                   "Francia frente a Valérie Pécresse.", issued="2026-05-03")
    assert not any("Francia" in r for r in _races(country))


# ---------------------------------------------------------------- rivals after a colon


def test_rivals_listed_after_a_colon_run_in_the_candidates_race(read):
    race = "Elección de gobernador de Salta de 2027"
    for opener in ("Enfrente tendrá a dos rivales de peso", "Sus adversarios",
                   "Tendrá tres contrincantes"):
        found = read("Salta, 3 may.- La diputada Ana Ruiz será la candidata a gobernadora de "
                     f"Salta en 2027. {opener}: el intendente Pedro Soria, del PJ, y el senador "
                     "Luis Cornejo.", issued="2026-05-03")
        for rival in ("Pedro Soria", "Luis Cornejo"):
            assert race in _races(found, rival), opener
            assert any(c.relation == "opponentOf" and {c.subject, c.object} == {
                "Ana Ruiz", rival} for c in found.candidates), opener


def test_denied_or_unframed_rivals_after_a_colon_say_nothing(read):
    denied = read("Salta, 3 may.- La diputada Ana Ruiz será la candidata a gobernadora de Salta "
                  "en 2027. No tendrá rivales de peso: el intendente Pedro Soria y el senador "
                  "Luis Cornejo se retiraron.", issued="2026-05-03")
    assert not _races(denied, "Pedro Soria")
    # no candidacy near: rivals of what, the text does not say
    unframed = read("Salta, 3 may.- La diputada Ana Ruiz visitó ayer la feria del libro. Sus "
                    "rivales de siempre: el intendente Pedro Soria y el senador Luis Cornejo.",
                    issued="2026-05-03")
    assert not _races(unframed)
