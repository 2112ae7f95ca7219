"""Who the clause of a race says runs in it, for the race's country: its subject, the one an
infinitive's subject is left to ("tras derrotar a X en el balotaje, el presidente Y"), and the
rivals the verb names ("derrotó a X", "compite con X y con Y", "frente a X"). Their own
countries, when the graph or the text gives them and they agree, are where the race is held;
runners of two countries leave it unsaid."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.words import RELATIVES, demonym_label
from graph.ingest.reading import fold

# Words that bring in a rival after a verb of running ("compite con X", "ganó frente a X")
_RIVAL_CASES = {"a", "al", "con", "contra", "frente", "ante", "sobre"}
# How an infinitive hangs on the clause whose subject is its own ("después de derrotar")
_CONTROLLED = {"advcl", "xcomp", "csubj"}


def controller(verb):
    """The subject an infinitive without one takes from the clause it hangs on: "después de
    derrotar a X, el presidente Y ..." (through an adverb the small model hangs it on)."""
    if verb.morph.get("VerbForm") != ["Inf"] or any(c.dep_.startswith("nsubj")
                                                    for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "advcl" and head.pos_ == "ADV" and head.dep_ == "advmod":
        head = head.head  # "después de derrotar": the adverb hangs on the main verb
    elif verb.dep_ not in _CONTROLLED:
        return None
    if head.pos_ not in ("VERB", "AUX") or head == verb:
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def rivals(verb, race) -> list:
    """The words naming those the verb sets against its subject: its object, and a phrase
    brought in by "con", "contra", "frente a" (and those coordinated with them); not the
    race's own phrase."""
    found = []
    for child in verb.children:
        if child.i == race.i or child.dep_ not in ("obj", "obl", "obl:arg", "nmod", "iobj"):
            continue
        cases = {fold(c.lower_) for c in child.children if c.dep_ == "case"}
        if child.dep_ == "obj" or cases & _RIVAL_CASES:
            found.append(child)
            found += [c for c in child.children if c.dep_ == "conj"]
    return found


def runners_country(parsed, words) -> str | None:
    """The one country of the persons the tokens `words` name (each with its apposition and
    flat names): by the graph, else by the text, else by an adjective of nationality on them
    ("la comunista chilena X"); "" when they name two countries, None when none. (Not the
    party they run for: "del Partido Comunista", "del Partido Republicano" name parties of
    many countries.)"""
    countries = set()
    for word in words:
        if word is None or word.lower_ in RELATIVES:
            continue
        for t in [word, *word.children]:
            if t != word and t.dep_ not in ("appos", "flat", "amod"):
                continue
            if t.dep_ == "amod" and t != word:
                label = demonym_label(t)
                place = gz.place(label) if label else None
                if place is not None and place.kind == "country":
                    countries.add(place.name)
                continue
            mention = parsed.mention(t)
            if mention is None or not parsed.is_person(mention.key):
                continue
            own = parsed.kb.country(mention.key)
            country = parsed.kb.label(own) if own else parsed.nationality.get(mention.key)
            place = gz.place(country) if country else None
            if place is not None and place.kind == "country":
                countries.add(place.name)
    if len(countries) > 1:
        return ""
    return countries.pop() if countries else None

