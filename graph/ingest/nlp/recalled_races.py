"""The year of a bare race recalled from before whose own phrase dates it: "lo proclamó en
diciembre candidato a la presidencia para las elecciones de octubre", told in January, is the
race of the October ahead, whatever year the office named before it was read in."""

from __future__ import annotations


def dated_recall(elections, key: str | None, token) -> str | None:
    """The race `key` (recalled for the phrase headed by `token`), in the year the phrase's
    own month or year gives when it gives one."""
    if key is None:
        return None
    year, own = elections._year_of(token)
    if own and elections._year(key) not in (0, year):
        return elections.in_year(key, year, token)
    return key
