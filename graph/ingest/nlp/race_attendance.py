"""An election is run in, not attended: "intervino en el cierre de campaña para las regionales
de Madeira", "la cena reunió a X antes de las presidenciales" tell of a gathering held for a
race, and whoever took part in it took part in the gathering, not in the race. A candidacy says
who ran."""

from __future__ import annotations

from graph.ingest.knowledge import ELECTION, ROUND

# (an observer invited to an election is its guest: "invitada como observadora de los
# comicios", so an invitation stays)
_ATTENDING = {"participatedIn"}


def without_race_attendance(parsed, found: list) -> list:
    kb = parsed.kb
    return [c for c in found if c.relation not in _ATTENDING or not (
        kb.is_a(c.object.key, ELECTION) or kb.is_a(c.object.key, ROUND))]
