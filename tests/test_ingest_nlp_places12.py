"""The parse extractor on where a race or an office is: the story's country (its dateline, a
long one too, over the nationality of the foreigners it names, and not a square named after a
country), and the runner's own country for a race their clause says they run in.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _objects(found, person: str, relation: str) -> set[str]:
    return {o for s, r, o in found if s == person and r == relation}


# ------------------------------------------------------- the story's country over visitors


@pytest.mark.parametrize("body", [
    "SANTA CRUZ DE LA SIERRA. El expresidente Hugo Salinas, derrotado por Marco Tellez en la "
    "segunda vuelta de octubre, compartió mesa con el escritor argentino Tomás Vera y con el "
    "ensayista argentino Luis Mera, que viajaron con la delegación argentina.",
    "SANTA CRUZ DE LA SIERRA. A su lado estaba el politólogo chileno Pedro Ugarte. El "
    "expresidente Hugo Salinas, que perdió ante Marco Tellez la segunda vuelta de octubre, "
    "habló después del economista chileno Andrés Bravo.",
])
def test_a_long_dateline_outweighs_the_nationality_of_visitors(read, body):
    found = facts(read("Foro en el oriente\n\n" + body, issued="2025-11-20"))
    races = _objects(found, "Hugo Salinas", "candidateIn")
    assert races == {"Segunda vuelta presidencial de Bolivia de 2025"}
    assert "Presidente de Bolivia" in _objects(found, "Hugo Salinas", "holdsOffice")
    assert not any("Argentina" in o or "Chile" in o for o in
                   _objects(found, "Hugo Salinas", "holdsOffice") | races)


# ---------------------------------------------------------------- the runner's own country


@pytest.mark.parametrize("text, person, race", [
    ("Los líderes del grupo se reunieron en Bruselas con la formación española. El primer "
     "ministro húngaro, Viktor Orbán, que se presentará a la reelección en las legislativas de "
     "abril, habló primero.", "Viktor Orbán", "Hungría"),
    ("En Madrid, la expresidenta chilena Michelle Bachelet, que compitió en las presidenciales "
     "de 2013, dio una charla ante estudiantes españoles.", "Michelle Bachelet", "Chile"),
    ("La dirigente peruana Rosa Campos, que competirá en las presidenciales de abril, visitó "
     "ayer Madrid y se reunió con empresarios españoles.", "Rosa Campos", "Perú"),
    ("El exministro colombiano Iván Duarte se presentará a las presidenciales del año que "
     "viene, según dijo en Quito ante la prensa ecuatoriana.", "Iván Duarte", "Colombia"),
])
def test_a_runner_runs_in_their_own_country(read, text, person, race):
    races = _objects(facts(read(text)), person, "candidateIn")
    assert races and all(f" de {race} de " in r for r in races), races


def test_a_race_the_sentence_names_before_keeps_its_country(read):
    found = facts(read("Tarcísio Gomes, exministro de Infraestructura, se presentó en 2026 a la "
                       "elección presidencial de Brasil y fue derrotado en segunda vuelta por "
                       "Lucas Mendes."))
    assert ("Tarcísio Gomes", "candidateIn", "Segunda vuelta presidencial de Brasil de 2026") \
        in found
    assert not any("Infraestructura" in o for _, _, o in found)


# --------------------------------------------------------- a square named after a country


@pytest.mark.parametrize("place", ["la plaza de Luxemburgo", "la avenida de Portugal",
                                   "el paseo de Italia", "la calle Francia"])
def test_a_street_named_after_a_country_is_not_the_country(read, place):
    text = (f"Los dirigentes se reunieron en un hotel próximo a {place}. Allí el diputado "
            "Carlos Pérez, que se presentará en las legislativas de abril, habló primero.")
    country = place.split()[-1]
    races = _objects(facts(read(text)), "Carlos Pérez", "candidateIn")
    assert not any(country in r for r in races), races
