"""The records of a cold read behave as the dataclasses they replace: compared, hashed, shown
and ordered by their fields, and a frozen one refuses changes."""

from __future__ import annotations

import pickle
import subprocess
import sys
from datetime import date

import pytest

from graph.model.claims import Claim
from graph.model.dates import FuzzyDate, parse_iso
from graph.model.entities import EntityRef


def test_frozen_records_compare_and_hash_by_their_fields():
    kast = EntityRef("https://w3id.org/kgraph/id/kast", "José Antonio Kast", "Person")
    same = EntityRef("https://w3id.org/kgraph/id/kast", "José Antonio Kast", "Person")
    other = EntityRef("https://w3id.org/kgraph/id/kast", "José Antonio Kast")
    assert kast == same and hash(kast) == hash(same)
    assert kast != other and other.cls is None
    assert len({kast, same, other}) == 2
    assert repr(other) == ("EntityRef(iri='https://w3id.org/kgraph/id/kast', "
                           "label='José Antonio Kast', cls=None)")
    assert kast != ("https://w3id.org/kgraph/id/kast", "José Antonio Kast", "Person")


def test_frozen_records_refuse_changes():
    kast = EntityRef("https://w3id.org/kgraph/id/kast", "Kast")
    with pytest.raises(AttributeError):
        kast.label = "Milei"
    with pytest.raises(AttributeError):
        del kast.label
    with pytest.raises(AttributeError):
        kast.extra = 1  # no field of that name
    assert kast.label == "Kast"


def test_changeable_records_get_their_own_defaults_and_no_hash():
    kast, vox = EntityRef("k", "Kast"), EntityRef("v", "Vox")
    first = Claim("c1", kast, "memberOf", vox, False)
    second = Claim("c1", kast, "memberOf", vox, False)
    first.qualifiers["role"] = "leader"
    assert second.qualifiers == {} and second.evidence == []
    assert first != second
    first.qualifiers.clear()
    assert first == second
    with pytest.raises(TypeError):
        hash(first)


def test_records_travel_through_pickle_between_processes():
    kast = EntityRef("https://w3id.org/kgraph/id/kast", "José Antonio Kast", "Person")
    claim = Claim("c1", kast, "met", EntityRef("m", "Milei"), True, parse_iso("2025-11"))
    for record in (kast, parse_iso("2025-11-20"), claim):
        copy = pickle.loads(pickle.dumps(record))
        assert copy == record and copy is not record and type(copy) is type(record)
    with pytest.raises(AttributeError):
        pickle.loads(pickle.dumps(kast)).label = "Milei"  # still frozen


def test_fuzzy_dates_order_by_start_then_end_then_precision():
    year, day = parse_iso("2025"), parse_iso("2025-11-18")
    assert year.start == date(2025, 1, 1) and year.end == date(2025, 12, 31)
    assert sorted([day, year, parse_iso("2024-06")]) == [parse_iso("2024-06"), year, day]
    assert year < day and day > year and year <= year and not year > year
    assert FuzzyDate(date(2025, 1, 1), date(2025, 1, 1), "day") < year
    with pytest.raises(TypeError):
        year < "2025"  # noqa: B015


def test_a_cold_read_imports_neither_dataclasses_nor_typing():
    code = ("import sys; import graph.cli.quick, graph.api, graph.cli.claim_views, "
            "graph.model.claims, graph.model.resolve, graph.store.local; "
            "print(sorted({'dataclasses', 'typing', 'inspect'} & set(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
