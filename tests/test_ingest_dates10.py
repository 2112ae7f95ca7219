"""Dates the news writes without a calendar day: wire datelines' abbreviated months, "hace tres
días", "la semana pasada", "el pasado 12 de octubre", "el año que viene"; a month named without
its year read by its clause's tense; the time of a trip dating what happened where it went; and
a membership, an office or an invitation dated by the act that began it.

The tests of the extractor are skipped when the Spanish model is not installed; under CI=true
a missing model fails them."""

from __future__ import annotations

import pytest
import test_ingest_nlp as nlp_tests
from helpers import find

from graph.ingest.temporal import Anchor, find_times

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read

# 5 July 2026 was a Sunday.
SUNDAY = Anchor.parse("2026-07-05")
# 18 November 2025 was a Tuesday.
TUESDAY = Anchor.parse("2025-11-18")


def _one(text: str, anchor: Anchor):
    [found] = find_times(f"Se reunieron {text} en Lima.", anchor)
    return found.text, found.date.iso if found.date else None


@pytest.mark.parametrize("text, iso", [
    ("el 16 may 2026", "2026-05-16"),
    ("el 3 sept. 2025", "2025-09-03"),
    ("el 21 dic 2024", "2024-12-21"),
])
def test_abbreviated_months_of_wire_datelines(text, iso):
    [found] = find_times(f"ASUNCIÓN, {text[3:]} (AFP) - Peña inauguró la cumbre.", SUNDAY)
    assert found.date.iso == iso and found.date.precision == "day"


@pytest.mark.parametrize("text, iso", [
    ("hace tres días", "2026-07-02"),
    ("hace 10 días", "2026-06-25"),
    ("hace dos semanas", "2026-06"),
    ("hace un mes", "2026-06"),
    ("hace siete meses", "2025-12"),
    ("hace un año", "2025"),
    ("hace ya dos años", "2024"),
])
def test_a_time_ago_counts_back_from_the_article(text, iso):
    assert _one(text, SUNDAY) == (text, iso)


def test_a_vague_time_ago_fixes_no_date():
    assert _one("hace unos días", SUNDAY) == ("hace unos días", None)
    assert _one("hace algunas semanas", SUNDAY) == ("hace algunas semanas", None)


@pytest.mark.parametrize("text, iso", [
    ("la semana pasada", "2026-06"),
    ("la pasada semana", "2026-06"),
    ("la próxima semana", "2026-07"),
    ("la semana que viene", "2026-07"),
    # the week of 29 June to 5 July lies in two months: no month is known
    ("esta semana", None),
])
def test_a_week_is_dated_to_its_month_when_it_lies_in_one(text, iso):
    assert _one(text, SUNDAY) == (text, iso)
    assert _one("esta semana", TUESDAY) == ("esta semana", "2025-11")


@pytest.mark.parametrize("text, found, iso", [
    # nearest would be this October; "pasado" keeps to the past
    ("en octubre pasado", "en octubre", "2025-10"),
    ("el pasado octubre", "el pasado octubre", "2025-10"),
    ("el pasado mes de octubre", "el pasado mes de octubre", "2025-10"),
    ("el pasado 12 de octubre", "12 de octubre", "2025-10-12"),
    ("el 12 de octubre pasado", "el 12 de octubre", "2025-10-12"),
    # nearest would be last March or May; "próximo" keeps to the future
    ("en marzo próximo", "en marzo", "2027-03"),
    ("el próximo 3 de mayo", "3 de mayo", "2027-05-03"),
    ("el año que viene", "el año que viene", "2027"),
    ("el próximo año", "el próximo año", "2027"),
    ("el mes que viene", "el mes que viene", "2026-08"),
    ("el pasado mes", "el pasado mes", "2026-06"),
    ("anteanoche", "anteanoche", "2026-07-03"),
])
def test_past_and_next_keep_a_date_on_their_side_of_the_article(text, found, iso):
    assert _one(text, SUNDAY) == (found, iso)


def test_without_past_or_next_a_month_is_the_nearest():
    assert _one("en octubre", SUNDAY) == ("en octubre", "2026-10")
    assert _one("en marzo", SUNDAY) == ("en marzo", "2026-03")


# ---------------------------------------------------------------- on the parse


def test_a_month_without_its_year_goes_by_the_tense(read):
    # told in July, an October that happened is last year's
    found = read("Milei viajó en octubre a Santiago y se reunió con Kast en La Moneda.",
                 "2026-07-05")
    assert find(found, "Javier Milei", "met", "José Antonio Kast").date == "2025-10"
    found = read("Kast se reunió el 12 de octubre con Milei en Buenos Aires.", "2026-07-05")
    assert find(found, "José Antonio Kast", "met", "Javier Milei").date == "2025-10-12"
    # a month already past this year stays this year's
    found = read("Kast se reunió en marzo con Milei en Buenos Aires.", "2026-07-05")
    assert find(found, "José Antonio Kast", "met", "Javier Milei").date == "2026-03"


def test_a_trip_dates_what_happened_where_it_went(read):
    found = read("En junio, Abascal viajó a Santiago, donde se reunió con Kast.", "2026-08-14")
    assert find(found, "Santiago Abascal", "met", "José Antonio Kast").date == "2026-06"
    found = read("Abascal viajó en septiembre a Buenos Aires, donde fue recibido por Milei en "
                 "la Casa Rosada.", "2025-12-10")
    assert find(found, "Javier Milei", "met", "Santiago Abascal").date == "2025-09"
    # a relative clause that is no place does not take the main clause's time
    found = read("En junio, Abascal elogió a Kast, que se reunió con Milei.", "2026-08-14")
    assert find(found, "José Antonio Kast", "met", "Javier Milei").date is None


def test_joining_a_party_is_dated_by_the_act(read):
    found = read("Marta Quiroga se afilió a Vox en 2019.")
    assert find(found, "Marta Quiroga", "memberOf", "Vox").date == "2019"
    found = read("Tomás Aguirre se unió al Partido Republicano en marzo de 2021.")
    assert find(found, "Tomás Aguirre", "memberOf", "Partido Republicano").date == "2021-03"
    # a title holds beyond the sentence's time: not dated by it
    found = read("La diputada de Vox Marta Quiroga habló en 2019 ante el Congreso.")
    assert find(found, "Marta Quiroga", "memberOf", "Vox").date is None
