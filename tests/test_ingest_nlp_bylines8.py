"""A byline under the headline ("Por la Redacción | Bogotá, 20 de enero") gives the country an
untitled office or an unnamed race belongs to, as a dateline does.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

BODY = ("El expresidente Julián Arboleda recibió el domingo en su finca al senador Camilo "
        "Restrepo, que ultima su candidatura a la Presidencia. El presidente Tomás Villegas no "
        "quiso comentar la reunión.")


def _offices(found) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in found if r == "holdsOffice"}


def test_a_byline_city_gives_the_country_of_an_untitled_presidency(read):
    found = facts(read("Arboleda abre su finca a Restrepo\nPor la Redacción Política | "
                       "Bogotá, 3 de mayo de 2026\n\n" + BODY))
    assert ("Tomás Villegas", "Presidente de Colombia") in _offices(found)
    assert ("Julián Arboleda", "Presidente de Colombia") in _offices(found)


def test_a_byline_with_the_writer_and_a_subhead(read):
    found = facts(read("Arboleda abre su finca a Restrepo\nEl exmandatario busca unir a la "
                       "derecha\nPor Ana Ruiz Toledo | Enviada especial | BOGOTÁ, domingo\n\n"
                       + BODY))
    assert ("Tomás Villegas", "Presidente de Colombia") in _offices(found)


def test_without_a_byline_no_country_is_guessed(read):
    found = facts(read("Arboleda abre su finca a Restrepo\n\n" + BODY))
    assert not {o for _, o in _offices(found) if o.startswith("Presidente de")}


def test_a_city_inside_the_story_is_no_byline(read):
    found = facts(read("Arboleda abre su finca a Restrepo\n\nLa reunión, en Bogotá, fue larga. "
                       "El presidente Tomás Villegas no quiso comentarla, y Arboleda viajó "
                       "después a Lima, a Quito y a Madrid."))
    assert ("Tomás Villegas", "Presidente de Colombia") not in _offices(found)
