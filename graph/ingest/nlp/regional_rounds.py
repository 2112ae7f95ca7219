"""Rounds of a regional race outside Spain ("la primera vuelta de las elecciones regionales",
"disputará la segunda vuelta" in a sentence on the Gobierno Regional de X, "el balotaje" after
"la elección regional del 4 de octubre"): the graph names the region's whole race, "Elección
regional de <region>", not a presidential round of the country — nor of the country some
street or trip of the text names."""

from __future__ import annotations

from graph.ingest.nlp.election_kinds import FIRST_ROUND, GOVERNOR, SECOND_ROUND
from graph.ingest.nlp.election_nouns import ROUND_NOUNS, is_election_noun
from graph.ingest.nlp.regional_races import REGIONAL_RACE
from graph.ingest.nlp.town_races import MUNICIPAL_RACE
from graph.ingest.reading import fold

# Words after "vuelta" that make the round a region's: "de las elecciones regionales", "de
# los comicios autonómicos", "de las regionales"
_REGIONAL_WORDS = ("regional", "autonomic")
# Races of a place inside a country, by the start of their names
_LOCAL_RACES = (REGIONAL_RACE + " de ", GOVERNOR + " de ", MUNICIPAL_RACE + " de ")
# Words that end the round's own phrase: what follows is another phrase of the sentence
_PHRASE_ENDS = {",", ";", ":", ".", "y", "e", "que", "donde", "frente", "contra", "ante"}


def regional_round(kind: str | None, words: list[str]) -> bool:
    """Whether the round phrase `words` (of round `kind`) names a round of regional
    elections: "la primera vuelta de las elecciones regionales del 4 de octubre"."""
    if kind not in (FIRST_ROUND, SECOND_ROUND):
        return False
    folded = [fold(w.lower()) for w in words]
    if "vuelta" not in folded:
        return False
    for word in folded[folded.index("vuelta") + 1:]:
        if word in _PHRASE_ENDS:
            return False
        if word.startswith(_REGIONAL_WORDS):
            return True
    return False


def earlier_regional(elections, token) -> str | None:
    """The race a bare round means when the race named last before it, in its sentence or the
    few before, is a region's ("quedó primera en la elección regional ... y se enfrentará en
    el balotaje a X"), or when its own sentence named a province's or a town's race before it
    ("ganó las elecciones a gobernador de X con el 54% en la segunda vuelta")."""
    key = elections.before(token.i)
    if key is not None and elections.kb.label(key).startswith(REGIONAL_RACE + " de "):
        return key
    named = elections.in_sentence(token.i)
    if named and elections.kb.label(named[0].key).startswith(_LOCAL_RACES):
        return named[0].key
    return None


def round_of_the_race(parsed, found) -> bool:
    """Whether `found` runs one in a region's whole race told by one of its rounds ("disputa
    el 6 de diciembre la segunda vuelta"): the round's day does not date a candidacy in the
    whole race, which spans both."""
    if found.relation != "candidateIn" or \
            not parsed.kb.label(found.object.key).startswith(REGIONAL_RACE + " de "):
        return False
    # the race as its end names it: "la segunda vuelta", or an office ("al Gobierno Regional
    # de X") in a sentence on a round; not "la elección regional del 4 de octubre", whose day
    # is the vote's
    named = parsed.doc[found.object.first:found.object.last + 1]
    if any(fold(t.lower_) in ROUND_NOUNS for t in named):
        return True
    return not any(is_election_noun(t) for t in named) and any(
        fold(t.lower_) in ROUND_NOUNS for t in parsed.doc[found.trigger].sent)


# Kinds of the gazetteer's places a region's race is held in ("region" is a continent's or
# a border zone's: "Europa", "los Balcanes")
_REGION_KINDS = ("state",)


def region_named_before(doc, index: int) -> str | None:
    """The one region outside Spain the text names before token `index`, when it names no
    Spanish one: "Gobernador de Estiria ... Ganó las elecciones regionales de 2024" are that
    region's."""
    from graph.ingest.nlp import gazetteer as gz  # the place tables are built on first use
    from graph.ingest.nlp.document_places import region_counts

    if region_counts(doc):
        return None  # a Spanish region's race is named by its parliament
    regions = set()
    i = 0
    while i < index:
        step = 1
        if doc[i].text[:1].isupper():
            for size in (4, 3, 2, 1):
                if i + size > index:
                    continue
                found = gz.place(doc[i:i + size].text)
                if found is not None and found.kind in _REGION_KINDS and \
                        found.country not in (None, "España"):
                    regions.add(found.name)
                    step = size
                    break
        i += step
    return regions.pop() if len(regions) == 1 else None
