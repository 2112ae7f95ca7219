"""Where a place ends and a person's name begins inside one capitalized run: "la diputada
local de Nuevo León Mariana Treviño", "el concejal por Buenos Aires Julián Ramos". The small
model tags the whole run as one name; the longest known place that opens it, followed by a
given name and at least one more capitalized word, is the place, and the rest the person.
A place that a given name closes ("León") must not give that word to the person. After the
title of a seat held for a place ("el exalcalde de Kranj Matjaž Rakovec", "la diputada por
Pontevedra Uxía Castro"), or after a trade ("el ganadero de Tineo Anselmo Ruiz"), a one-word
place no list knows opens the run as well."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.portfolio_names import portfolio_before_person
from graph.ingest.nlp.trades import TRADES


def place_before_person(reader, start: int, end: int) -> int | None:
    """The token where the person's name starts after a known place opening the run
    [start, end), or None."""
    whole = reader.key(start, end)
    if gz.place(whole) is not None or gz.known_class(whole) is not None:
        return None
    for k in range(end - 2, start, -1):  # the longest place first
        if not (reader.caps[k] and reader.caps[k + 1] and reader.keys[k]):
            continue
        if gz.place(reader.key(start, k)) is None or not (
                gz.is_given_name(reader.keys[k][0]) or _tagged_apart(reader, start, k, end)
                or _seat_in_place(reader, start, k, end)):
            continue
        if end - k > 4:
            return None  # more than a given name and two surnames is no person's name
        return k
    seat = _after_seat_title(reader, start, end)
    return seat if seat is not None else portfolio_before_person(reader, start, end)


def _tagged_apart(reader, start: int, k: int, end: int) -> bool:
    """"en Helsinki Eero Laine": a given name the lexicon lacks, which the tagger itself
    starts a person's name at, apart from the place before it; the place's own words are
    no given name ("Santiago", "Florencia" open persons' names too)."""
    return reader.ner.get(k) == "PER" and reader.ent_of.get(k) == k and \
        reader.ent_of.get(start) != k and reader.ent_of.get(end - 1) == k and \
        not any(reader.keys[i] and gz.is_given_name(reader.keys[i][0])
                for i in range(start, k))


def _seat_in_place(reader, start: int, k: int, end: int) -> bool:
    """"el concejal (del FrP) en Helsinki Eero Laine": a title, then "en" and the place it is
    held in, then the holder's name of two or three words, whatever the given name; the
    title must come just before, with no verb nor comma between."""
    if start < 2 or reader.keys[start - 1] != ("en",) or end - k not in (2, 3) or any(
            not reader.keys[i] or reader.keys[i][0] in gz.PARTICLES or
            gz.is_given_name(reader.keys[i][0]) for i in range(start, k)) or any(
            not reader.keys[i] or reader.keys[i][0] in gz.PARTICLES for i in range(k, end)) or \
            gz.known_class(reader.key(k, end)) is not None:
        return False
    for i in range(start - 2, max(start - 6, -1), -1):
        if not reader.keys[i] or reader.pos[i] in ("VERB", "AUX", "PUNCT"):
            return False
        if not reader.caps[i] and gz.title(reader.keys[i]) is not None:
            return True
    return False


# titles held of a town or a province, which name it after "de"; and seats held for a
# district, which name it after "por" ("el diputado de Fidesz X": of a party)
_SEAT_TITLES = {"de": {"alcalde", "alcaldesa", "gobernador", "gobernadora", "intendente",
                       "intendenta", "vicegobernador", "vicegobernadora", "prefecto",
                       "prefecta"},
                "por": {"diputado", "diputada", "senador", "senadora", "concejal", "concejala",
                        "legislador", "legisladora", "asambleista", "regidor", "regidora",
                        "edil", "parlamentario", "parlamentaria"}}
# Seats held for a district that the press also names after "de" ("el diputado de Oulu X",
# "la concejala de Getafe X"); a word the graph or the lists know (a party: "el diputado de
# Fidesz X") is not taken for the place, and the run is cut only when the model tagged what
# follows as a person's name.
_SEATS_OF = _SEAT_TITLES["por"]
# words that open a place of several words ("Las Condes", "San Isidro", "Nueva Esparta")
_PLACE_OPENERS = {"san", "santa", "santo", "nuevo", "nueva", "puerto", "villa", "ciudad",
                  "monte", "rio", "costa", "alto", "alta", "bajo", "baja", "gran", "mar"}


def _after_seat_title(reader, start: int, end: int) -> int | None:
    """"de Kranj Matjaž Rakovec" after "exalcalde": one place word, then a given name and
    one or two surnames."""
    link = reader.texts[start - 1].lower() if start >= 2 else ""
    if link not in _SEAT_TITLES or end - start not in (3, 4) or not all(reader.caps[start:end]):
        return None
    title = gz.fold_key(reader.texts[start - 2])
    word = title[0] if title else ""
    word = word[2:].lstrip("-") if word.startswith("ex") else word
    first = reader.keys[start]
    # "el agricultor de Yuncos Anselmo Moraleda": a trade and the town one is from, when the
    # tagger took the words after the town for a person's
    townsman = link == "de" and (word in TRADES or word in _SEATS_OF) and "PER" in (
        reader.ner.get(start + 1), reader.ner.get(end - 1))
    if word not in _SEAT_TITLES[link] and not townsman or not first or \
            first[0] in gz.PARTICLES | _PLACE_OPENERS or reader.kb.index.get(first) or \
            gz.known_class(first) is not None or gz.is_given_name(first[0]) or any(
                not reader.keys[i] or reader.keys[i][0] in gz.PARTICLES
                for i in range(start + 1, end)) or _opens_with_body(reader, start, end):
        return None
    return start + 1


def _opens_with_body(reader, start: int, end: int) -> bool:
    """"el senador de Fratelli d'Italia Lucio Malan": a party the lists or the graph know opens
    the run, so the seat's "de" names the party, not a town."""
    return any(gz.known_class(reader.key(start, k)) is not None or
               reader.key(start, k) in reader.t.names for k in range(start + 2, end - 1))
