"""The parse extractor on taking part reached through a trip: a trip made for a gathering
("visitó Roma para la cumbre", "fue a Budapest para la CPAC"), someone taken to it ("lo llevó
a Bruselas para la cumbre"), companions on the trip ("voló con A y con B para la cumbre",
"llegó a la cumbre junto a A y a B") and those met where it was held ("…, donde coincidió
con A y con B"); and an opening or closing made from afar ("cerró el mitin con un mensaje
en redes") is no taking part.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026

_EVENT = "CPAC Hungría"


def _took_part(found) -> set[str]:
    return {s for s, r, o in found if r == "participatedIn" and o == _EVENT}


@pytest.mark.parametrize("text", [
    "Rocío Monasterio visitó Budapest en mayo para la CPAC Hungría.",
    "En mayo, Rocío Monasterio fue a Budapest para la CPAC Hungría.",
    "Rocío Monasterio se trasladó a Budapest para la CPAC Hungría.",
    "Para la CPAC Hungría, Rocío Monasterio visitó Budapest el pasado mayo.",
    "La diputada Rocío Monasterio, que visitó Budapest para la CPAC Hungría, habló de vivienda.",
])
def test_a_trip_made_for_a_gathering(read, text):
    assert "Rocío Monasterio" in _took_part(facts(read(text)))


@pytest.mark.parametrize("text", [
    "Rocío Monasterio visitó Budapest en mayo.",
    "Rocío Monasterio viajó a Budapest para reunirse con Viktor Orbán.",
    "Rocío Monasterio fue a Budapest la primera dirigente de Vox en hablar de vivienda.",
])
def test_a_trip_for_no_gathering(read, text):
    assert not {r for s, r, o in facts(read(text)) if r.endswith("participatedIn")}


@pytest.mark.parametrize("text", [
    "Rocío Monasterio no visitó Budapest para la CPAC Hungría.",
    "Rocío Monasterio no se desplazó a Budapest para la CPAC Hungría.",
])
def test_a_trip_denied(read, text):
    found = facts(read(text))
    assert ("Rocío Monasterio", "participatedIn", _EVENT) not in found
    assert ("Rocío Monasterio", "not participatedIn", _EVENT) in found


@pytest.mark.parametrize("text", [
    "Jorge Buxadé llevó a Rocío Monasterio a Budapest para la CPAC Hungría.",
    "Jorge Buxadé se llevó a Rocío Monasterio a la CPAC Hungría.",
    "A la CPAC Hungría la trajo Jorge Buxadé: Rocío Monasterio.",
    "Jorge Buxadé trajo a Rocío Monasterio a la CPAC Hungría en mayo.",
])
def test_the_one_taken_to_a_gathering_takes_part(read, text):
    found = facts(read(text))
    if "trajo Jorge" in text:  # a fronted object the parse cannot give: nothing wrong read
        assert ("Jorge Buxadé", "not participatedIn", _EVENT) not in found
        return
    assert "Rocío Monasterio" in _took_part(found)


@pytest.mark.parametrize("text", [
    "Jorge Buxadé no llevó a Rocío Monasterio a la CPAC Hungría.",
    "Jorge Buxadé llevó a Rocío Monasterio a la presidencia del partido.",
    "Jorge Buxadé llevó a Vox a un acuerdo con el PP.",
])
def test_taking_to_no_gathering_or_not_taking(read, text):
    found = facts(read(text))
    assert not {(s, r, o) for s, r, o in found
                if r.endswith("participatedIn") and s == "Rocío Monasterio"}


@pytest.mark.parametrize("text", [
    "Santiago Abascal voló a Budapest con Jorge Buxadé y con Rocío Monasterio para la CPAC "
    "Hungría.",
    "Santiago Abascal llegó a la CPAC Hungría junto a Jorge Buxadé y a Rocío Monasterio.",
    "Santiago Abascal viajó a la CPAC Hungría con Jorge Buxadé y Rocío Monasterio.",
])
def test_companions_on_a_trip_to_a_gathering(read, text):
    assert {"Santiago Abascal", "Jorge Buxadé", "Rocío Monasterio"} <= \
        _took_part(facts(read(text)))


@pytest.mark.parametrize("text", [
    "Santiago Abascal viajó a Budapest para la CPAC Hungría, donde coincidió con Geert "
    "Wilders y con Matteo Salvini.",
    "Santiago Abascal asistió a la CPAC Hungría, en la que coincidió con Geert Wilders y con "
    "Matteo Salvini.",
])
def test_those_met_where_the_gathering_was_held(read, text):
    assert {"Santiago Abascal", "Geert Wilders", "Matteo Salvini"} <= \
        _took_part(facts(read(text)))


def test_those_greeted_where_the_gathering_was_held_are_only_greeted(read):
    # greeting someone there tells who was greeted, not who took part
    found = _took_part(facts(read("Santiago Abascal visitó Budapest en mayo para la CPAC "
                                  "Hungría, donde saludó a Geert Wilders y a Matteo Salvini.")))
    assert "Santiago Abascal" in found
    assert not {"Geert Wilders", "Matteo Salvini"} & found


def test_met_where_no_gathering_was_held(read):
    found = facts(read("Santiago Abascal visitó Budapest en mayo, donde coincidió con Geert "
                       "Wilders."))
    assert not {s for s, r, o in found if r.endswith("participatedIn")}


_RALLY = "El mitin de Vox reunió a dos mil personas en Toledo. "


@pytest.mark.parametrize("closing", [
    "Rocío Monasterio cerró la jornada con un mensaje en redes.",
    "Rocío Monasterio abrió el mitin con un vídeo grabado.",
    "Rocío Monasterio clausuró el mitin con un tuit.",
    "Rocío Monasterio cerró el mitin con una carta.",
])
def test_an_opening_or_closing_from_afar_is_no_taking_part(read, closing):
    found = facts(read(_RALLY + closing))
    assert not {s for s, r, o in found if r == "participatedIn" and s == "Rocío Monasterio"}


@pytest.mark.parametrize("closing", [
    "Rocío Monasterio cerró el mitin con un discurso.",
    "Rocío Monasterio cerró el mitin con un mensaje a los militantes.",
])
def test_an_opening_or_closing_in_person_is_taking_part(read, closing):
    found = facts(read(_RALLY + closing))
    assert ("Rocío Monasterio", "participatedIn", "Mitin de Vox") in found


@pytest.mark.parametrize("arrival", [
    "Rocío Monasterio llegó al mediodía en un vuelo desde Madrid junto al eurodiputado Jorge "
    "Buxadé y al jefe del grupo, Santiago Abascal.",
    "Poco antes de las doce llegó Rocío Monasterio, en compañía de Jorge Buxadé y de Santiago "
    "Abascal.",
    "Rocío Monasterio aterrizó por la mañana junto a Jorge Buxadé y a Santiago Abascal.",
])
def test_an_arrival_with_an_entourage_at_the_gathering_told(read, arrival):
    found = facts(read(_RALLY + arrival))
    for name in ("Rocío Monasterio", "Jorge Buxadé", "Santiago Abascal"):
        assert (name, "participatedIn", "Mitin de Vox") in found


@pytest.mark.parametrize("text", [
    _RALLY + "Rocío Monasterio llegó a un acuerdo junto a Jorge Buxadé.",
    _RALLY + "Rocío Monasterio llegará mañana junto a Jorge Buxadé.",
    _RALLY + "Rocío Monasterio llegó a Madrid junto a Jorge Buxadé.",
    "Rocío Monasterio llegó al mediodía junto a Jorge Buxadé.",
])
def test_an_arrival_elsewhere_or_to_come_or_with_no_gathering(read, text):
    found = facts(read(text))
    assert ("Jorge Buxadé", "participatedIn", "Mitin de Vox") not in found


def test_an_arrival_accompanied_by_others(read):
    found = facts(read(_RALLY + "Rocío Monasterio llegó acompañada por Jorge Buxadé y por "
                       "Santiago Abascal."))
    for name in ("Rocío Monasterio", "Jorge Buxadé", "Santiago Abascal"):
        assert (name, "participatedIn", "Mitin de Vox") in found


def test_past_a_semicolon_another_clause_names_its_own(read):
    found = facts(read(_RALLY + "Rocío Monasterio llegó junto a su marido; Jorge Buxadé, que "
                       "habla por primera vez, lo hizo a mediodía."))
    assert ("Jorge Buxadé", "participatedIn", "Mitin de Vox") not in found


@pytest.mark.parametrize("text", [
    _RALLY + "Tampoco viajó Rocío Monasterio, portavoz del grupo junto a Jorge Buxadé.",
    _RALLY + "Rocío Monasterio no llegó junto a Jorge Buxadé.",
    "Rocío Monasterio no voló a Budapest con Jorge Buxadé para la CPAC Hungría.",
])
def test_a_companion_of_a_trip_denied_is_not_said_to_stay_away(read, text):
    found = facts(read(text))
    assert not {o for s, r, o in found if s == "Jorge Buxadé" and r.endswith("participatedIn")}
