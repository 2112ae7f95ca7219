"""Rivalry said by a participle or an adjective of opposition beside a name: "Luis Pardo,
enfrentado con el alcalde X desde 2020,", "Ana Soto, hoy enemistada con Y", "el PP, opuesto
a Vox en todo", "Z, contrario a W". The word is the state of the one it follows, as "rival de"
is; "no", "nunca" or "ya no" before it deny nothing the extractor states."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.state_participles import state_after_name, stem_of
from graph.ingest.reading import fold

# The word's stem (gender and number follow) and the prepositions of whom it is set against
_OPPOSED = {"enfrentad": ("con", "a", "al"), "enemistad": ("con",), "opuest": ("a", "al"),
            "contrari": ("a", "al"), "confrontad": ("con", "a", "al")}


def opposed_participle_claims(parsed: Parsed, token) -> list[Found]:
    stem = stem_of(fold(token.lower_), _OPPOSED)
    state = stem and state_after_name(parsed, token, _OPPOSED[stem], parsed.is_agent)
    if not state:
        return []
    named, others = state
    return [Found("opponentOf", End.of(named), other, 0.6, "apposition", token.i, dated=False)
            for other in others
            if not other.reference and parsed.kb.fits("opponentOf", named.key, other.key)]
