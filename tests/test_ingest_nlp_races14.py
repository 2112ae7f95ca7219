"""The parse-based extractor on contests whose race is not named: the race of the office one
rival holds, in the years the clause gives ("compitió contra ella en 2021 y 2023", said of the
president of a region); candidacies said against someone ("fue su candidato frente a X en
2023", "candidata del PRI contra X"); "él" or "ella" inside a relative clause on someone
else; a running mate's race; and one election under two names in the scorer's eyes.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

from graph.ingest.knowledge import name_tokens
from graph.ingest.nlp.election_kinds import identity, same_election

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent

_MADRID = "La presidenta de la Comunidad de Madrid, Marta Robledo, defendió la ley. "
_ISRAEL = "El primer ministro israelí, Benjamin Netanyahu, inauguró el foro. "


def test_a_contest_without_a_race_is_in_the_race_of_the_rivals_office(read):
    for text, person, rival, races in (
            (_MADRID + "Robledo dedicó un minuto a Lucía Sanz, que compitió contra ella en 2021 "
             "y en 2023.", "Lucía Sanz", "Marta Robledo",
             ("Elecciones a la Asamblea de Madrid de 2021",
              "Elecciones a la Asamblea de Madrid de 2023")),
            (_MADRID + "En 2023, la exdiputada Lucía Sanz se enfrentó a Robledo.", "Lucía Sanz",
             "Marta Robledo", ("Elecciones a la Asamblea de Madrid de 2023",)),
            (_ISRAEL + "El opositor Amir Peretz recordó que en 2022 compitió contra Netanyahu.",
             "Amir Peretz", "Benjamin Netanyahu", ("Elecciones legislativas de Israel de 2022",)),
            ("El presidente de Brasil, Luiz Inácio Lula da Silva, viajó a Roma. Jair Bolsonaro, "
             "que se midió con Lula en 2022, no fue invitado.", "Jair Bolsonaro",
             "Luiz Inácio Lula da Silva", ("Elección presidencial de Brasil de 2022",))):
        found = read(text, issued="2026-03-05")
        find(found, person, "opponentOf", rival)
        for race in races:
            find(found, person, "candidateIn", race)
            find(found, rival, "candidateIn", race)


def test_no_race_without_a_year_an_office_or_an_electoral_stake(read):
    # no year: which of the rival's races is not said
    undated = read(_MADRID + "La exdiputada Lucía Sanz compitió contra Robledo.",
                   issued="2026-03-05")
    absent(undated, "candidateIn", "Lucía Sanz")
    # a rival who holds no office the text gives
    officeless = read("El empresario Pablo Ortiz dijo que en 2019 compitió contra Lucía Sanz.",
                      issued="2026-03-05")
    absent(officeless, "candidateIn", "Pablo Ortiz")
    # a contest for voters, not a seat
    voters = read(_MADRID + "En 2023, Lucía Sanz compitió con Robledo por el voto joven.",
                  issued="2026-03-05")
    absent(voters, "candidateIn", "Lucía Sanz")


def test_a_candidacy_against_someone_makes_both_candidates_and_rivals(read):
    for text, person, rival, race in (
            (_MADRID + "El exdiputado Juan Arcos, que fue su candidato frente a Robledo en 2023, "
             "dejó el escaño.", "Juan Arcos", "Marta Robledo",
             "Elecciones a la Asamblea de Madrid de 2023"),
            ("Marta Vidal fue la candidata del PRI frente a Evelyn Matthei en las "
             "presidenciales chilenas de 2025.", "Marta Vidal", "Evelyn Matthei",
             "Elección presidencial de Chile de 2025"),
            ("En las presidenciales chilenas de 2025, Marta Vidal, candidata del PRI contra "
             "Evelyn Matthei, obtuvo el 3 %.", "Marta Vidal", "Evelyn Matthei",
             "Elección presidencial de Chile de 2025"),
            (_ISRAEL + "Amir Peretz, que fue el candidato laborista contra Netanyahu en 2022, lo "
             "criticó.", "Amir Peretz", "Benjamin Netanyahu",
             "Elecciones legislativas de Israel de 2022")):
        found = read(text, issued="2026-03-05")
        find(found, person, "opponentOf", rival)
        find(found, person, "candidateIn", race)
        find(found, rival, "candidateIn", race)


def test_a_denied_or_wished_candidacy_against_someone_is_none(read):
    for text in ("Marta Vidal no fue candidata frente a Evelyn Matthei.",
                 "Marta Vidal quiere ser la candidata frente a Evelyn Matthei en 2029.",
                 "¿Será Marta Vidal la candidata contra Evelyn Matthei?"):
        found = read(text, issued="2026-03-05")
        absent(found, "opponentOf", "Marta Vidal")
        absent(found, "candidateIn", "Evelyn Matthei")


def test_a_pronoun_in_a_relative_clause_is_not_the_one_it_describes(read):
    # "ella" is the one the main clause is about, not the woman the relative hangs on
    found = read("La alcaldesa de Getafe, Sara Hidalgo, habló ayer. La alcaldesa dedicó un "
                 "minuto a Lucía Sanz, la antigua portavoz de Vox, que se enfrentó a ella en "
                 "2021.", issued="2026-03-05")
    find(found, "Lucía Sanz", "opponentOf", "Sara Hidalgo")
    absent(found, "opponentOf", "Lucía Sanz", "Lucía Sanz")


def test_a_running_mate_runs_in_the_race_of_the_office_seconded(read):
    found = read("El gobernador de Mendoza, Alfredo Cornejo, recibió a Karina Milei. Flavia "
                 "Manoni, que fue candidata a vicegobernadora en 2023, se reunió con él.",
                 issued="2026-03-05")
    find(found, "Flavia Manoni", "candidateIn", "Elección de gobernador de Mendoza de 2023")
    absent(found, "candidateIn", "Flavia Manoni", "Elecciones legislativas de Argentina de 2023")
    named = read("Luis Pérez, candidato a vicegobernador de Salta en 2027, habló ayer.",
                 issued="2026-03-05")
    find(named, "Luis Pérez", "candidateIn", "Elección de gobernador de Salta de 2027")
    # a province told by its demonym before the running mate
    told = read("El peronismo cordobés eligió a su fórmula. Ana Ríos, candidata a "
                "vicegobernadora en 2027, abrió el acto.", issued="2026-03-05")
    find(told, "Ana Ríos", "candidateIn", "Elección de gobernador de Córdoba de 2027")


def _same(one: str, other: str) -> bool:
    return same_election(identity(name_tokens(one)), identity(name_tokens(other)))


def test_one_election_under_two_names():
    assert _same("Elección general de Panamá de 2024", "Elecciones generales de Panamá de 2024")
    assert _same("Elección general de Perú de 2026", "Elección presidencial de Perú de 2026")
    assert _same("Elección general de Italia de 2022", "Elecciones legislativas de Italia de 2022")
    assert _same("Elección autonómica de Castilla-La Mancha de 2023",
                 "Elecciones a las Cortes de Castilla-La Mancha de 2023")
    # a house's "General" is no general election
    assert _same("Elecciones a la Junta General del Principado de Asturias de 2023",
                 "Elección autonómica de Asturias de 2023")
    assert not _same("Elección general de Panamá de 2024", "Elección general de Panamá de 2019")
    assert not _same("Elección general de Perú de 2026", "Elecciones municipales de Perú de 2026")


def test_governing_or_going_on_together_is_an_alliance(read):
    for text, one, other in (
            ("Vox y el PP gobiernan en coalición en varios ayuntamientos.", "Vox", "PP"),
            ("El PP y Vox gobiernan juntos la Región de Murcia desde 2023.", "PP", "Vox"),
            ("Chega y Vox caminan juntos en la defensa de la soberanía.", "Chega", "Vox"),
            ("En Europa, Vox y Chega marchan juntos desde 2019.", "Vox", "Chega"),
            ("Vox y Chega han caminado juntos en Bruselas.", "Vox", "Chega")):
        found = read(text, issued="2026-03-05")
        assert any({c.subject, c.object} == {one, other} for c in found.candidates
                   if c.relation == "allied"), text


def test_a_party_governing_with_its_own_president_is_no_alliance(read):
    for text, party, person in (  # the party may still ally with others, not with them
            ("El PRD, que gobernó hasta 2024 con Laurentino Cortizo, critica a Mulino.", "PRD",
             "Laurentino Cortizo"),
            ("Morena gobernó con Andrés Manuel López Obrador hasta 2024.", "Morena",
             "Andrés Manuel López Obrador")):
        absent(read(text, issued="2026-03-05"), "allied", party, person)
    # a person governing with a party is one
    found = read("Fernando Clavijo gobierna con el PP desde 2023.", issued="2026-03-05")
    find(found, "Fernando Clavijo", "allied", "PP")
    # one coalition partner alone says nothing of whom; a wish is no alliance
    alone = read("Vox gobierna en coalición en varios ayuntamientos.", issued="2026-03-05")
    absent(alone, "allied", "Vox")
    wish = read("Vox y el PP quieren gobernar en coalición.", issued="2026-03-05")
    absent(wish, "allied", "Vox")
    absent(wish, "allied", "PP")
    # "ambos partidos caminan juntos": the parties, not a leader
    parties = read("Bardella se reunió con Salvini y aseguró que ambos partidos caminarán "
                   "juntos.", issued="2026-03-05")
    absent(parties, "allied", None, "Matteo Salvini")
    absent(parties, "allied", "Matteo Salvini")


def test_what_one_risks_in_ones_own_race_is_a_candidacy(read):
    found = read('"Vox es nuestro aliado", dijo el dirigente húngaro Viktor Orbán, que el mes '
                 "próximo se juega la reelección en las elecciones parlamentarias húngaras "
                 "frente al conservador Péter Magyar.", issued="2026-03-12")
    find(found, "Viktor Orbán", "candidateIn", "Elecciones legislativas de Hungría de 2026")
    find(found, "Viktor Orbán", "opponentOf", "Péter Magyar")
    seat = read("La diputada Ana Ríos se jugará el escaño en las legislativas chilenas de 2029.",
                issued="2026-03-12")
    find(seat, "Ana Ríos", "candidateIn", "Elecciones legislativas de Chile de 2029")
    # a part played in a race is no candidacy; a denied one is denied
    part = read("Marta Vidal juega un papel clave en las presidenciales chilenas de 2025.",
                issued="2026-03-12")
    absent(part, "candidateIn", "Marta Vidal")
    denied = read("Marta Vidal no se juega la reelección en las presidenciales chilenas de 2025.",
                  issued="2026-03-12")
    assert all(c.negated for c in denied.candidates if c.relation == "candidateIn" and
               c.subject == "Marta Vidal")


def test_a_candidates_copula_places_the_race_in_the_candidates_country(read):
    for text, person, race in (
            ("El foro lo abrió la exdiputada panameña Gisela Ortega. Ortega fue candidata en "
             "las generales de 2024.", "Gisela Ortega", "Elección presidencial de Panamá de 2024"),
            ("La colombiana Ana Duarte, que fue la candidata liberal en las presidenciales de "
             "2022, habló.", "Ana Duarte", "Elección presidencial de Colombia de 2022"),
            ("El exministro húngaro Péter Kovács fue aspirante en las legislativas de 2022.",
             "Péter Kovács", "Elecciones legislativas de Hungría de 2022")):
        find(read(text, issued="2026-03-12"), person, "candidateIn", race)
    # a race the sentence places elsewhere keeps its own country
    elsewhere = read("La exdiputada panameña Gisela Ortega fue candidata en las generales "
                     "costarricenses de 2026.", issued="2026-03-12")
    absent(elsewhere, "candidateIn", "Gisela Ortega", "Elección presidencial de Panamá de 2026")
