"""Readings of a verb that depend on the words around it: "se dejó ver con X" (being seen
together is a meeting), "conoció a X en un foro" (a first meeting, where "la conoce desde
hace años" is an acquaintance), "compartió mesa con X" (a table shared is a meeting, a stage
shared only an event) and "fundó su propio partido" (one who founds a party of one's own
leads it; a founder among others is only a member)."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.accompaniment import accompaniment_sense
from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.coincided_bodies import body_sense
from graph.ingest.nlp.congratulations import congratulation_sense
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.greetings import greeting_sense
from graph.ingest.nlp.last_seen import seen_in_person
from graph.ingest.nlp.managed_sightings import managed_to_see
from graph.ingest.nlp.not_seen import unseen_in_person
from graph.ingest.nlp.triggers import SEATED_BESIDE
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_OWN = {"propio", "propia"}
# A table or a meal one shares with someone: "compartió mesa con X", "compartieron almuerzo"
_TABLE = {"mesa", "mantel", "sobremesa"}
_MEALS = {"almuerzo", "cena", "comida", "desayuno", "merienda", "asado", "banquete"}
# "no conoce en persona a X": knowing someone in person is having met them
_IN_PERSON = {"persona", "personalmente"}
# no verbs of the triggers: knowing someone states nothing; "somos aliados" is a party's
_ACQUAINTED, _WE_ALLIED = "conocer de antes", "aliado en primera persona"
_FOUNDING = {"fundar", "cofundar"}


_PICTURED = {"fotografiar", "retratar", "filmar", "grabar"}


def seen_together(verb, lemma: str) -> str:
    """"ver" for "se dejó ver", whose "con" phrase the small model hangs on "dejar" ("dejó
    ver su enfado", without the reflexive, shows a feeling and meets no one)."""
    if lemma == "dejar" and any(c.dep_ == "xcomp" and folded_lemma(c) == "ver"
                                for c in verb.children):
        return "ver"
    if lemma == "dejar" and any(c.dep_ == "xcomp" and folded_lemma(c) in _PICTURED
                                for c in verb.children) and any(
            c.lower_ == "se" for c in verb.children):
        return "fotografiar"  # "se dejó fotografiar con X": a picture taken together
    if lemma == "sentar" and any(c.lower_ == "se" for c in verb.children) and any(
            preposition(c) in ("junto a", "al lado de") for c in verb.children):
        return SEATED_BESIDE  # "se sentó junto a X": not a seat at an event, a neighbour
    if lemma == "ver" and (unseen_in_person(verb) or seen_in_person(verb) or
                           managed_to_see(verb)):
        # "No lo vi": the speaker did not meet them, nor "conoció" them; "lo vio por última
        # vez en Lima": they met there
        return "conocer"
    if lemma == "conocer" and not _perfective(verb) and not any(
            fold(t.lower_) in _IN_PERSON for t in verb.children for t in t.subtree):
        return _ACQUAINTED
    if lemma == "aliar" and any(c.dep_ in ("aux", "cop") and folded_lemma(c) == "ser" and
                                c.morph.get("Person") == ["1"] for c in verb.children):
        return _WE_ALLIED  # "somos aliados de X": the speaker's party is (see discourse)
    if lemma == "compartir" and any(c.dep_ == "obj" and folded_lemma(c) in _MEALS
                                    for c in verb.children):
        return "almorzar"  # "compartió un almuerzo con X" is a meal together
    return accompaniment_sense(verb, congratulation_sense(verb, greeting_sense(
        verb, body_sense(verb, lemma))))


def _perfective(verb) -> bool:
    """"conoció", "ha conocido", "se conocieron": the act done once, not a state that lasts
    ("conoce", "conocía")."""
    if any(c.dep_ == "aux" and folded_lemma(c) == "haber" for c in verb.children):
        return True
    # the small model may tag "conocí" as a participle: its ending is the preterite's
    return verb.morph.get("Tense") == ["Past"] and verb.morph.get("Mood") == ["Ind"] or \
        verb.lower_.endswith(("í", "ió", "ieron", "iste"))


def shared_table(verb, lemma: str, found: list[Found]) -> list[Found]:
    """A meeting read from "compartir" only when a table is what is shared ("compartió
    escenario con X" puts both at one event, not in one conversation)."""
    if lemma != "compartir" or any(c.dep_ == "obj" and folded_lemma(c) in _TABLE
                                   for c in verb.children):
        return found
    return [f for f in found if f.relation != "met" or f.trigger != verb.i]


def own_foundation(verb, lemma: str, found: list[Found]) -> list[Found]:
    """A founder's membership of the party "su propio" names is its lead; a party the text
    named before is not one's own new party ("había sido concejal del PSD antes de fundar su
    propio partido")."""
    owned = [(c.left_edge.i, c.right_edge.i) for c in verb.children
             if lemma in _FOUNDING and c.dep_ == "obj" and any(
                 fold(t.lower_) in _OWN for t in c.subtree if t.i < c.i)]
    kept = []
    for f in found:
        if f.relation == "memberOf" and f.trigger == verb.i and any(
                first <= f.object.first <= last for first, last in owned):
            if f.object.reference:
                continue
            f = replace(f, relation="leaderOf")
        kept.append(f)
    return kept
