"""Reaching a chamber: "llegó a la Cámara en 2023 en la lista de X", "entró en el Senado en
2019", "accedió a la Eurocámara en 2024". One who arrives in a chamber holds its seat
("Diputado", "Senador", "Eurodiputado") and was a candidate in the race that fills it."""

from __future__ import annotations

from graph.ingest.knowledge import OFFICE
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.proposals import known_or_proposed
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_ARRIVING = {"llegar", "entrar", "acceder", "ingresar"}
_UPPER = {"alta", "senadores"}


def _seat(noun) -> str | None:
    """The seat of the chamber `noun` names (capitalized, as a name)."""
    word = fold(noun.lower_)
    if not noun.text[:1].isupper():
        return None
    following = [fold(t.lower_) for t in noun.doc[noun.i + 1:noun.i + 4]]
    if word == "camara":
        return "Senador" if set(following[:3]) & _UPPER else "Diputado"
    if word == "senado":
        return "Senador"
    if word == "eurocamara" or word == "parlamento" and following[:1] and \
            following[0].startswith("europe"):
        return "Eurodiputado"
    if word == "congreso" and following[:3] == ["de", "los", "diputados"]:
        return "Diputado"
    return None


def chamber_arrival_claims(parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _ARRIVING or \
            verb.morph.get("VerbForm") in (["Inf"], ["Ger"]):
        return []  # "antes de llegar al Senado, fue concejala": told of the earlier post
    found = []
    for noun in verb.children:
        if noun.dep_ not in ("obl", "obj") or not any(
                fold(c.lower_) in ("a", "al", "en") for c in noun.children) and \
                fold(noun.doc[noun.i - 1].lower_) not in ("al",):
            continue
        seat = _seat(noun)
        if seat is None:
            continue
        office = _office(parsed, seat, verb)
        # one who did not reach it may still have run
        denied = any(fold(c.lower_) in ("no", "nunca") for c in verb.children)
        race = None if denied else parsed.elections.for_office(noun)
        for person in subject_ends(parsed, verb):
            if not parsed.is_person(person.key):
                continue
            found.append(Found("holdsOffice", person, End(office, noun.i, noun.i), 0.65,
                               "verb:" + verb_lemma(verb), verb.i))
            if race and parsed.kb.fits("candidateIn", person.key, race):
                found.append(Found("candidateIn", person, End(race, noun.i, noun.i), 0.6,
                                   "verb:" + verb_lemma(verb), verb.i, dated=True))
    return found


def _office(parsed, name: str, verb) -> str:
    return known_or_proposed(parsed, name, OFFICE, verb.sent.text)
