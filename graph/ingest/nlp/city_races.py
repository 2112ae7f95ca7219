"""A town's own race: a mayoralty is won in the race of its town, whatever the country's
calendar ("candidata a la alcaldía de Vilna en las municipales de marzo", "aspira a la
presidencia municipal de Guadalajara", "su candidato a intendente de Rosario"). A municipal
race is the town's when the text gives the town for it: in its phrase ("las municipales de
Lyon"), by the one town's mayoralty its sentence names ("la candidatura de X a la Alcaldía de
Cartagena en las elecciones locales"), by a town the passage is set in ("En Sevilla, las
municipales de mayo enfrentarán a ...") or by the town's race named just before ("es el
candidato en esas municipales"). Municipal elections with no town given stay the country's
("las municipales francesas", "se presenta a la reelección en las municipales")."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, ORGANIZATION
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.election_kinds import (
    FIRST_ROUND,
    MUNICIPAL,
    REGIONAL,
    SECOND_ROUND,
    kind_of,
    region_of,
)
from graph.ingest.nlp.election_nouns import is_election_noun, year_of
from graph.ingest.nlp.governor_rounds import story_governor_round
from graph.ingest.nlp.headlines import headline_end
from graph.ingest.nlp.house_rounds import house_round_before
from graph.ingest.nlp.reelection import held_title
from graph.ingest.nlp.regional_races import (
    REGIONAL_RACE,
    foreign_region,
    presidential_words,
    region_before,
    sentence_region,
)
from graph.ingest.nlp.regional_rounds import earlier_regional, region_named_before
from graph.ingest.nlp.this_city import towns_named
from graph.ingest.nlp.town_races import MUNICIPAL_RACE, town_span
from graph.ingest.reading import fold

# Offices of a town's government, the place after them the town ("la alcaldía de Vilna")
MAYORALTIES = {"alcaldia", "intendencia", "ayuntamiento", "consistorio", "municipalidad",
               "prefectura", "regiduria", "concejo", "cabildo"}
# Nouns that make an office a town's: "la presidencia municipal de Guadalajara", "el
# gobierno municipal de Quito", "la jefatura comunal de X"
_OF_TOWN = {"municipal", "comunal", "local", "cantonal", "distrital"}
_OFFICE_NOUNS = {"presidencia", "gobierno", "jefatura", "presidente", "presidenta",
                 "alcalde", "alcaldesa", "intendente", "intendenta"}
# Offices only a town has: the state-named place after them is the town of that name ("la
# alcaldía de Zacatecas"); a "prefectura" or an "intendencia" may be a province's
_TOWNS_ONLY = {"alcaldia", "ayuntamiento", "consistorio", "municipalidad", "alcalde",
               "alcaldesa"}
# Offices of a town said without the town ("candidata a la alcaldía")
_BARE_MAYORALTIES = {"alcaldia", "intendencia", "alcalde", "alcaldesa", "intendente",
                     "intendenta"}
# Generic nouns of a town before its name ("de la ciudad de Córdoba")
_TOWN_NOUNS = {"ciudad", "municipio", "comuna", "localidad", "villa", "capital", "distrito",
               "canton", "urbe"}
# Words of a municipal race's phrase between its noun and the place it names
_RACE_WORDS = {"municipales", "municipal", "locales", "local", "elecciones", "eleccion",
               "comicios"}
# Words that may open a sentence before the place it is set in ("Pero en Milán ...")
_OPENERS = {"pero", "y", "e", "ya", "mientras", "ahora", "hoy", "aqui", "tambien", "entretanto"}


def town_after(parsed, index: int, homonym: bool = False) -> str | None:
    """The town named from token `index` on, a "de" or "del" first ("de Vilna", "de la ciudad
    de Córdoba"), by the gazetteer's name when it knows it; None for a country, a person, a
    party or nothing capitalized (`homonym`: a state's name is its capital's, which shares
    it, as after an office no state has)."""
    doc = parsed.doc
    end = doc[index].sent.end
    if index >= end or doc[index].lower_ not in ("de", "del"):
        return None
    i, j, _ = town_span(doc, index + 1, end, _TOWN_NOUNS)
    if j == i:
        return None
    name = doc[i:j].text
    place = gz.place(gz.fold_key(name))
    if place is not None:
        return place.name if place.kind == "city" or homonym and place.kind == "state" \
            else None
    # a name of its own, not the town's within a longer one ("la Alcaldía de Cartagena")
    mention = parsed.mention(doc[i])
    if mention is not None and mention.start == i and (
            parsed.is_person(mention.key) or parsed.kb.is_a(mention.key, ORGANIZATION) or
            parsed.kb.is_a(mention.key, COUNTRY)):
        return None
    return name


def office_city(parsed, token) -> str | None:
    """The town of the office noun `token`: "alcaldía de Vilna", "alcalde de Rosario",
    "presidencia municipal de Guadalajara" (a "presidencia" alone is no town's)."""
    doc = parsed.doc
    word = fold(token.lower_)
    after = token.i + 1
    if word in _OFFICE_NOUNS and after < len(doc) and fold(doc[after].lower_) in _OF_TOWN:
        return town_after(parsed, after + 1, homonym=True)  # "municipal de Zacatecas"
    if word in MAYORALTIES or word in _OFFICE_NOUNS and word not in (
            "presidencia", "gobierno", "jefatura", "presidente", "presidenta"):
        return town_after(parsed, after, homonym=word in _TOWNS_ONLY)
    return None


def is_town_office(token) -> bool:
    """"la presidencia municipal", "el gobierno local": an office the next word makes a
    town's."""
    doc = token.doc
    return fold(token.lower_) in _OFFICE_NOUNS and token.i + 1 < len(doc) and \
        fold(doc[token.i + 1].lower_) in _OF_TOWN


def race_town(elections, token) -> str | None:
    """The town whose race the municipal election phrase headed by `token` names, or None
    for the country's municipal elections."""
    parsed = elections.parsed
    return (_phrase_town(parsed, token) or _sentence_mayoralty(parsed, token) or
            _set_in(parsed, token) or headline_council(parsed) or _headline_town(parsed, token))


def _headline_town(parsed, token) -> str | None:
    """The story's one town, when its headline names it ("Lyon, el laboratorio de X ... En
    las municipales de marzo, el cabeza de lista de X"); a dateline alone places the dispatch,
    not the race."""
    town = story_town(parsed.doc, token)
    end = headline_end(parsed.doc)
    return town if town and end and _named_in(town, towns_named(parsed.doc, end)) else None


def headline_council(parsed) -> str | None:
    """The one town whose government the headline names ("Vox entra en el gobierno municipal
    de Lepe", "Crisis en el Ayuntamiento de Elche"): a story on a town's council, whose bare
    "municipales" are that town's."""
    doc = parsed.doc
    end = headline_end(doc)
    towns = {town for t in doc[:end] if fold(t.lower_) in MAYORALTIES | _OFFICE_NOUNS
             for town in [office_city(parsed, t)] if town}
    return towns.pop() if len(towns) == 1 else None


def town_race_before(elections, token) -> str | None:
    """The town's race named last before `token` in its sentence or the few before it ("es
    el candidato del LPF en esas municipales", after "a la alcaldía de Vilna en las
    municipales de marzo")."""
    key = elections.before(token.i)
    return key if key and elections.kb.label(key).startswith(MUNICIPAL_RACE + " de ") else None


def _phrase_town(parsed, token) -> str | None:
    """"las municipales de Lyon", "las elecciones locales de Cartagena"; "Municipales en
    Ciudad del Este" of a town the gazetteer knows (a region is no town's race)."""
    doc = parsed.doc
    i = token.i + 1
    while i < token.sent.end and fold(doc[i].lower_) in _RACE_WORDS:
        i += 1
    if i + 1 < token.sent.end and doc[i].lower_ == "en" and doc[i + 1].text[:1].isupper():
        j, end = i + 1, min(i + 5, token.sent.end)
        while j < end and (doc[j].text[:1].isupper() or doc[j].lower_ in ("de", "del")):
            j += 1
        while j > i + 1 and doc[j - 1].lower_ in ("de", "del"):
            j -= 1
        place = gz.place(gz.fold_key(doc[i + 1:j].text))
        return place.name if place is not None and place.kind == "city" and not region_of(
            [place.name]) else None
    return town_after(parsed, i) if i < token.sent.end else None


def _sentence_mayoralty(parsed, token) -> str | None:
    """The one town whose mayoralty the sentence names ("a la alcaldía de Santiago, que se
    disputará en las elecciones municipales del 22 de octubre"); none with two towns."""
    towns = set()
    for t in token.sent:
        if fold(t.lower_) in MAYORALTIES or is_town_office(t):
            town = office_city(parsed, t)
            if town:
                towns.add(town)
    return towns.pop() if len(towns) == 1 else None


def _set_in(parsed, token) -> str | None:
    """The town the sentence, or the one before it, opens by setting itself in: "En Sevilla,
    las municipales ...", "Pero en Milán las costuras se ven. Las municipales ..."."""
    doc = parsed.doc
    sentences = [token.sent]
    if token.sent.start > 0:
        sentences.insert(0, doc[token.sent.start - 1].sent)
    for sent in sentences:
        opened = _opening_place(sent)
        place = gz.place(opened.text) if opened is not None else None
        if place is not None and place.kind == "city":
            return place.name
    return None


def _opening_place(sent):
    """The capitalized name a sentence opens with after "en" ("En Las Condes, en cambio",
    "Pero en Milán"), as a span, or None."""
    words = list(sent)
    i = 0
    while i < len(words) and (fold(words[i].lower_) in _OPENERS or words[i].is_punct or
                              words[i].is_space):
        i += 1
    if i + 1 >= len(words) or words[i].lower_ != "en" or not words[i + 1].text[:1].isupper():
        return None
    j = i + 1
    while j < len(words) and words[j].text[:1].isupper() and not words[j].is_punct:
        j += 1
    return sent[i + 1:j]


def place_race(elections, kind: str, token, office: bool = False) -> str | None:
    """The race of a town or a region other than Spain's that the election phrase headed by
    `token` names, of `kind`; None where the race is the country's or named otherwise."""
    if kind in (REGIONAL, FIRST_ROUND, SECOND_ROUND) and not presidential_words(token):
        # "al Gobierno Regional del Cusco, que disputará la segunda vuelta", "la elección
        # regional" of a story on that government: the region's race (the graph names a
        # region's rounds by its whole race, see regional_rounds)
        region = sentence_region(token) or (region_before(token) or region_named_before(
            token.doc, token.i) if kind == REGIONAL and not foreign_region(token) else None)
        if region:
            return elections._election(f"{REGIONAL_RACE} de {region}", "", token)
        if kind != REGIONAL and earlier_regional(elections, token):
            return earlier_regional(elections, token)
        if kind != REGIONAL and house_round_before(elections, token):
            return house_round_before(elections, token)  # "la segunda vuelta" of the Senate
        if kind != REGIONAL and story_governor_round(elections, kind, token):
            return story_governor_round(elections, kind, token)  # "no pasará al balotaje"
    if kind != MUNICIPAL or office or elections._phrase_country(token):
        return None
    town = race_town(elections, token)
    if town:
        return elections._election(f"{MUNICIPAL_RACE} de {town}", "", token)
    before = town_race_before(elections, token)
    year, own = elections._year_of(token)
    # "esas municipales" are the town's race named before, in the year its phrase gives
    return elections.in_year(before, year, token) if before and own else before


def town_office_race(elections, token, kind: str) -> str | None:
    """"a la alcaldía de Vilna", "a la presidencia municipal de Guadalajara": the race of the
    town whose office the noun `token` (of race `kind`) names, whatever its calendar."""
    town = office_city(elections.parsed, token) if kind == MUNICIPAL or is_town_office(
        token) else None
    if not town and fold(token.lower_) in _BARE_MAYORALTIES:
        town = story_town(elections.parsed.doc, token) or _held_town(elections.parsed, token)
    if not town:
        return None
    key = elections._election(f"{MUNICIPAL_RACE} de {town}", "", token)
    year = None if elections._year_of(token)[1] else _race_year(token)
    return elections.in_year(key, year, token) if year else key


def _held_town(parsed, token) -> str | None:
    """"ganó la alcaldía en 2019", said of one the text called mayor of a town: that town's
    mayoralty."""
    title = held_title(parsed, token)
    return office_city(parsed, title) if title is not None and fold(
        title.lower_) in _BARE_MAYORALTIES else None


def story_town(doc, token) -> str | None:
    """"candidata a la alcaldía", its town unsaid: the one town the story names before it,
    named more than once or in its sentence (a dateline alone places the dispatch, not the
    office)."""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.lower_ in ("de", "del") and token.i + 2 < len(doc) and \
            doc[token.i + 2].text[:1].isupper():
        return None  # a place of its own the town reader did not take
    towns = towns_named(doc, token.i)
    opening = _opening_towns(doc)
    if len(towns) > 1:
        # a story on one town's council names others in passing ("desde Valencia"): the
        # town its headline names, and the body most, is the story's
        most = max(towns.values())
        towns = {t: c for t, c in towns.items() if c == most and _named_in(t, opening) and
                 sorted(towns.values())[-2] < most}
    if len(towns) != 1:
        return None
    town, count = next(iter(towns.items()))
    in_sentence = count > towns_named(doc, token.sent.start).get(town, 0)
    return town if count > 1 or in_sentence or _named_in(town, opening) else None


def _opening_towns(doc) -> set[str]:
    """The towns the story opens on: its headline's and its lead sentence's ("OURENSE. El
    alcalde de Ourense ..." opens on the town as a headline would; a dateline alone does not)."""
    end = headline_end(doc)
    opening = set(towns_named(doc, end))
    lead = next((s for s in doc.sents if s.start >= end and len(s) > 3), None) if end else None
    if lead is not None:
        before, through = towns_named(doc, lead.start), towns_named(doc, lead.end)
        opening |= {town for town, count in through.items() if count > before.get(town, 0)}
    if end:
        # a town no list knows, which the body names by its council ("el Ayuntamiento de
        # Lorca"), is a town where the headline names it too ("la plaza de España de Lorca")
        words = [t.text for t in doc[:end]]
        opening |= {town for town in towns_named(doc, len(doc)) if town not in opening and
                    _words_hold(words, town.split())}
    return opening


def _words_hold(words: list[str], name: list[str]) -> bool:
    return any(words[i:i + len(name)] == name for i in range(len(words) - len(name) + 1))


def _named_in(town: str, names) -> bool:
    """Whether `names` name the town, in full or by the short name ("Castellón")."""
    return any(town == n or town.startswith(n + " de ") for n in names)


def _race_year(token) -> int | None:
    """The year the municipal elections its sentence names write ("candidato a la alcaldía
    de Madrid, ..., antes de las municipales de mayo de 2027"): the race of the office's
    town is held then."""
    doc = token.doc
    for t in token.sent:
        if not is_election_noun(t) or kind_of([w.text for w in doc[t.i:t.i + 3]]) != MUNICIPAL:
            continue
        for u in doc[t.i + 1:min(t.i + 8, t.sent.end)]:
            if u.is_punct or u.pos_ in ("VERB", "AUX"):
                break
            if year_of(u.text) and u.nbor(-1).lower_ in ("de", "del"):
                return year_of(u.text)
    return None


def moved_on(elections, key: str | None, at: int, index: int) -> str | None:
    """The race `key`, named at token `at`, as it stands for a phrase at `index`: a town's
    race named before the story moved on to another place ("En Las Condes, en cambio, ...")
    is not that place's; there the race is the town's own if the gazetteer knows the town,
    else the country's municipal elections of that year."""
    label = elections.kb.label(key) if key else ""
    if not label.startswith(MUNICIPAL_RACE + " de "):
        return key
    doc = elections.parsed.doc
    town = label[len(MUNICIPAL_RACE) + 4:].rsplit(" de ", 1)[0]
    sentence = doc[at].sent.end
    while sentence < len(doc) and sentence <= index:
        opened = _opening_place(doc[sentence].sent)
        mention = elections.parsed.mention(opened[0]) if opened is not None else None
        if opened is not None and opened.text != town and not (mention is not None and (
                elections.parsed.is_person(mention.key) or
                elections.kb.is_a(mention.key, ORGANIZATION))):
            place = gz.place(opened.text)
            if place is not None and place.kind == "city":
                return elections.in_year(elections._election(
                    f"{MUNICIPAL_RACE} de {place.name}", "", doc[index]),
                    elections._year(key), doc[index])
            country = elections._election(MUNICIPAL, elections._country_of(doc[index], True),
                                          doc[index])
            return elections.in_year(country, elections._year(key), doc[index]) if country \
                else None
        sentence = doc[sentence].sent.end
    return key
