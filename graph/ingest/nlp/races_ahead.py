"""A candidacy in a race of a later year ("presentó a Fariña como candidato a las autonómicas
de 2028", "se medirá con Cepeda en las presidenciales de mayo de 2026" told in 2025) is a
standing the text gives now: the race's year or month names the race, it is not when the
candidacy was told. A race's own day ("los comicios del 21 de junio") still dates it, and so
does a month of the article's year, which the story is living through."""

from __future__ import annotations

from datetime import date

_RACES = ("candidateIn", "opponentOf")


def race_ahead(relation: str, when: str | None, precision: str | None,
               day: date | None) -> bool:
    """Whether a candidacy dated `when` (ISO, of `precision`) is in a year after `day`'s."""
    return relation in _RACES and when is not None and day is not None and \
        precision in ("year", "month") and int(when[:4]) > day.year
