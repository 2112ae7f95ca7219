"""What kind of election a phrase names, by its words: a run-off, a first round, a
presidential, legislative, municipal, regional or governor's race, or primaries held for one
of those. The graph names elections by one convention ("Elección presidencial de Perú de
2026", "Elecciones municipales de Chile de 2028", "Elecciones al Parlamento de Andalucía de
2026", "Elección de gobernador de Buenos Aires de 2027"); a kind here is that name without
its place and year."""

from __future__ import annotations

from graph.ingest.reading import fold

SECOND_ROUND = "Segunda vuelta presidencial"
FIRST_ROUND = "Primera vuelta presidencial"
PRESIDENTIAL_ROUNDS = (FIRST_ROUND, SECOND_ROUND)
# How the names of any race's rounds begin, a president's or a governor's
FIRST_ROUND_OF, RUNOFF_OF = "Primera vuelta", "Segunda vuelta"
PRESIDENTIAL = "Elección presidencial"
LEGISLATIVE = "Elecciones legislativas"
MUNICIPAL = "Elecciones municipales"
REGIONAL = "regional"  # named by its parliament: "Elecciones a las Cortes de Aragón"
GOVERNOR = "Elección de gobernador"
# The European Parliament's election, held in every member state at once: no country's.
EUROPEAN = "Elección europea"
PRIMARIES = "primaries"  # the race they choose candidates for, read from the context

# Words of an election phrase by the kind they say, from the most specific. Folded, matched
# as prefixes of the phrase's words.
_KIND_WORDS: list[tuple[str, tuple[str, ...]]] = [
    (PRIMARIES, ("primarias", "internas")),
    (MUNICIPAL, ("municipal", "alcald", "intendencia", "intendente", "concejo", "locales")),
    (GOVERNOR, ("gobernador", "gobernacion")),
    (REGIONAL, ("autonomic", "regional")),
    (LEGISLATIVE, ("legislativ", "parlamentari", "congresales", "senado", "camara")),
    (PRESIDENTIAL, ("presiden", "reeleccion")),
]

# Offices and seats a candidacy names ("aspira a la alcaldía", "candidato a gobernador", "un
# escaño en el Senado"): the kind of race that fills them.
OFFICE_KINDS = {
    "presidencia": PRESIDENTIAL, "presidente": PRESIDENTIAL, "presidenta": PRESIDENTIAL,
    "reeleccion": PRESIDENTIAL, "jefatura": PRESIDENTIAL,
    "alcaldia": MUNICIPAL, "alcalde": MUNICIPAL, "alcaldesa": MUNICIPAL,
    "intendencia": MUNICIPAL, "intendente": MUNICIPAL, "concejal": MUNICIPAL,
    "concejala": MUNICIPAL, "municipio": MUNICIPAL, "ayuntamiento": MUNICIPAL,
    "gobernacion": GOVERNOR, "gobernador": GOVERNOR, "gobernadora": GOVERNOR,
    # a running mate runs in the race of the office they second
    "vicegobernador": GOVERNOR, "vicegobernadora": GOVERNOR, "vicegobernacion": GOVERNOR,
    "senado": LEGISLATIVE, "senador": LEGISLATIVE, "senadora": LEGISLATIVE,
    "diputado": LEGISLATIVE, "diputada": LEGISLATIVE, "escano": LEGISLATIVE,
    "banca": LEGISLATIVE, "congreso": LEGISLATIVE, "camara": LEGISLATIVE,
    "parlamento": LEGISLATIVE, "congresista": LEGISLATIVE,
}

# What makes an assembly a country's chamber ("a la Asamblea Nacional", "a la Asamblea de la
# República"), not a Spanish region's ("a la Asamblea de Madrid")
_NATIONAL_ASSEMBLIES = {"nacional", "legislativa", "republica"}


def national_house(token) -> str | None:
    """LEGISLATIVE for an assembly noun that names a country's chamber: "candidata a la
    Asamblea de la República por el distrito de Faro", "llegó a la Asamblea Nacional"."""
    if fold(token.lower_) != "asamblea" or not token.text[:1].isupper():
        return None
    after = [fold(t.lower_) for t in token.doc[token.i + 1:token.i + 4]]
    national = after[:1] and after[0] in _NATIONAL_ASSEMBLIES or \
        after[:3] == ["de", "la", "republica"]
    return LEGISLATIVE if national else None


# Countries whose general elections choose a parliament, not a president.
PARLIAMENTARY = {"España", "Italia", "Alemania", "Portugal", "Reino Unido", "Hungría",
                 "Polonia", "Países Bajos", "Bélgica", "Austria", "Suecia", "Dinamarca",
                 "Grecia", "Chequia", "Eslovaquia", "Noruega", "Finlandia", "Irlanda",
                 "Canadá", "Japón", "India", "Israel"}

# Spain's regions, their demonyms and the parliament their elections fill.
_REGIONS = """
Andalucía|andaluz;andaluza|al Parlamento de Andalucía
Cataluña|catalán;catalana|al Parlamento de Cataluña
Galicia|gallego;gallega|al Parlamento de Galicia
País Vasco|vasco;vasca;Euskadi|al Parlamento Vasco
Navarra|navarro;navarra|al Parlamento de Navarra
Aragón|aragonés;aragonesa|a las Cortes de Aragón
Castilla y León|castellanoleonés;castellanoleonesa|a las Cortes de Castilla y León
Castilla-La Mancha|castellanomanchego;castellanomanchega|a las Cortes de Castilla-La Mancha
Comunidad Valenciana|valenciano;valenciana|a las Cortes Valencianas
Madrid|madrileño;madrileña|a la Asamblea de Madrid
Extremadura|extremeño;extremeña|a la Asamblea de Extremadura
Región de Murcia|murciano;murciana;Murcia|a la Asamblea Regional de Murcia
Asturias|asturiano;asturiana|a la Junta General del Principado de Asturias
Cantabria|cántabro;cántabra|al Parlamento de Cantabria
La Rioja|riojano;riojana|al Parlamento de La Rioja
Canarias|canario;canaria|al Parlamento de Canarias
Baleares|balear;Islas Baleares|al Parlamento de las Islas Baleares
Ceuta|ceutí|a la Asamblea de Ceuta
Melilla|melillense|a la Asamblea de Melilla
"""
REGION_PARLIAMENTS: dict[str, str] = {}
REGION_WORDS: dict[str, str] = {}  # folded name or demonym (singular and plural) -> region
for _line in _REGIONS.strip().splitlines():
    _region, _words, _parliament = _line.split("|")
    REGION_PARLIAMENTS[_region] = _parliament
    for _word in [_region, *_words.split(";")]:
        REGION_WORDS[fold(_word.lower())] = _region
        # a name's words as a name's tokens give them: "Castilla-La Mancha" is three
        REGION_WORDS[fold(_word.lower()).replace("-", " ")] = _region
        if _word[:1].islower():
            REGION_WORDS[fold(_word.lower()) + ("es" if _word[-1] not in "aeo" else "s")] = \
                _region
# The governments of Spain's regions: "la Presidencia de la Junta" is won in a regional race.
REGION_GOVERNMENTS = {"junta", "generalitat", "xunta", "comunidad", "principado", "consell",
                      "diputacion"}
# Houses of a region named in a text: "las Cortes de Aragón" names the region's parliament.
HOUSES = {"parlamento": "al Parlamento", "cortes": "a las Cortes", "asamblea": "a la Asamblea",
          "parlament": "al Parlament"}

# Provinces and states by their demonyms ("el gobernador bonaerense").
PROVINCE_DEMONYMS = {"bonaerense": "Buenos Aires", "cordobes": "Córdoba",
                     "cordobesa": "Córdoba", "santafesino": "Santa Fe", "santafesina": "Santa Fe",
                     "mendocino": "Mendoza", "mendocina": "Mendoza", "paulista": "São Paulo",
                     "antioqueno": "Antioquia", "antioquena": "Antioquia",
                     "floridano": "Florida", "texano": "Texas"}
PROVINCE_NOUNS = {"provincia", "estado", "departamento", "region"}


def kind_of(words: list[str]) -> str | None:
    """The kind of election folded `words` say, or None for a bare "elecciones"."""
    words = [fold(w.lower()) for w in words]
    round_of = _round_of(words)
    if round_of:
        return round_of  # "la primera vuelta de las municipales": the town's race, no round
    if "segunda" in words or "balotaje" in words or "ballotage" in words:
        return SECOND_ROUND
    if ("primera" in words or "primer" in words) and "vuelta" in words:
        return FIRST_ROUND
    if _european(words):
        return EUROPEAN
    for kind, prefixes in _KIND_WORDS:
        if any(w.startswith(prefixes) for w in words):
            return kind
    return None


# Kinds of race whose rounds the graph does not name apart (a presidential or a regional
# round it does: "Segunda vuelta de la elección regional de Cusco")
_ROUNDED = (MUNICIPAL, LEGISLATIVE)


def _round_of(words: list[str]) -> str | None:
    """"la segunda vuelta de las legislativas", "la primera vuelta de las municipales": a
    round of a town's or a parliament's race is that race (a candidate in the round runs in
    it), not a presidential round."""
    if "vuelta" not in words:
        return None
    after = words[words.index("vuelta") + 1:]
    for kind, prefixes in _KIND_WORDS:
        if kind in _ROUNDED and any(w.startswith(prefixes) for w in after):
            return kind
    return None


# What may stand before "europeas" when it names the race: "las europeas", "elecciones
# europeas", "comicios europeos", "Parlamento Europeo"; not "el Partido Popular Europeo" nor
# "observadores europeos".
_EUROPEAN_AFTER = {"eleccion", "elecciones", "comicios", "votacion", "parlamento", "las",
                   "unas", "estas", "esas", "proximas", "pasadas", "ultimas", "anteriores"}


def _european(words: list[str]) -> bool:
    return any(w.startswith(("europeo", "europea")) and i > 0 and words[i - 1] in
               _EUROPEAN_AFTER for i, w in enumerate(words))


def region_of(words: list[str], demonyms: bool = False) -> str | None:
    """The Spanish region the words name (`demonyms`: only by an adjective, "andaluzas";
    "Madrid" or "Murcia" alone may be the city)."""
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            word = " ".join(words[i:i + size])
            region = REGION_WORDS.get(fold(word.lower()))
            if region and (not demonyms or word[:1].islower()):
                return region
    return None


# ------------------------------------------------------------------ one election, two names

# Words that say a place's name is a house, not the place: "Elecciones al Parlamento de
# Andalucía" is the region's race.
_HOUSE_WORDS = set(HOUSES) | {"junta"}
_VOTE_NOUNS = {"eleccion", "elecciones", "comicios", "votacion", "votaciones"}


def identity(tokens: tuple[str, ...]) -> tuple[str, str, str | None] | None:
    """The election a name says, as (kind, place, year), from its folded tokens: "Elección
    presidencial de Chile de 2025", "las presidenciales chilenas de 2025" and "Elecciones
    presidenciales de Chile 2025" are one; so are "Elección europea de 2029", "las europeas de
    2029" and "Elecciones al Parlamento Europeo de 2029", the Union's one race. The year is
    None when the name does not say it; the whole is None when the name says no kind of race
    or no place."""
    from graph.ingest.nlp import gazetteer  # the place tables are built on first use

    kind = kind_of(list(tokens))
    if kind is None and not _VOTE_NOUNS & set(tokens):
        return None  # "la Cumbre de Madrid" names a place and no race
    if kind == EUROPEAN and not _VOTE_NOUNS & set(tokens) and not {"europeas", "europeos"} & \
            set(tokens):
        return None  # "el grupo del Parlamento Europeo" is a house, not its race
    if kind is None and {"estatal", "estatales"} & set(tokens):
        kind = REGIONAL  # "Elección estatal de Baviera": a state's parliament, a region's race
    place = "Unión Europea" if kind == EUROPEAN else _first_place(tokens, gazetteer)
    if place is None and kind is not None:
        place = _unknown_place(tokens)
    if place is None:
        return None
    if kind is None and ({"generales", "federales"} & set(tokens) or _general_election(tokens)):
        kind = LEGISLATIVE if place in PARLIAMENTARY else PRESIDENTIAL
    if kind is None and (place in REGION_PARLIAMENTS or _HOUSE_WORDS & set(tokens)):
        kind = REGIONAL
    if kind is None:
        return None
    years = [t for t in tokens if len(t) == 4 and t.isdigit()]
    return kind, place, years[0] if years else None


# Words of an election's name that are no part of its place: "Elección a gobernador de
# Misiones de 2027" is placed in "misiones".
_NOT_PLACE = {"a", "al", "de", "del", "la", "las", "el", "los", "en", "estatal", "estatales"}


def _unknown_place(tokens: tuple[str, ...]) -> str | None:
    """The place a name of a known kind of race gives where no table knows it: its words but
    the race's, the particles and the year ("Elección de gobernador de Misiones de 2027" and
    "Elección a gobernador de Misiones de 2027" are both Misiones')."""
    words = [t for t in tokens if t not in _VOTE_NOUNS and t not in _NOT_PLACE
             and not t.isdigit() and kind_of([t]) is None and t not in OFFICE_KINDS]
    return " ".join(words) or None


def _general_election(tokens: tuple[str, ...]) -> bool:
    """"Elección general de Panamá": the singular of "las generales", not the general of a
    house's name ("a la Junta General del Principado"); a federation's general election is
    its federal one ("Elección federal de Austria")."""
    return any(tokens[i] in _VOTE_NOUNS and tokens[i + 1] in ("general", "federal")
               for i in range(len(tokens) - 1))


def _first_place(tokens: tuple[str, ...], gazetteer) -> str | None:
    """The first place the tokens name, by its canonical name: a Spanish region by its name or
    demonym, a province by its demonym, a country by its name or demonym, a region or city;
    failing those, a state within a country ("Rio Grande do Sul": a governor's race is its
    state's), which the tables above may name otherwise ("Principado de Asturias")."""
    return _place_of(tokens, gazetteer, gazetteer.AREAS) or \
        _place_of(tokens, gazetteer, ("state",))


def _place_of(tokens: tuple[str, ...], gazetteer, kinds: tuple[str, ...]) -> str | None:
    for start in range(len(tokens)):
        known = gazetteer.place_at(tokens, start, kinds)
        for size in (3, 2, 1):
            words = tokens[start:start + size]
            if len(words) < size:
                continue
            joined = " ".join(words)
            found = (REGION_WORDS.get(joined) or PROVINCE_DEMONYMS.get(joined)
                     or gazetteer.demonym(joined))
            if found:
                return found
            if known and known[0] >= size:
                return known[1].name + _rest_of_name(tokens[start + known[0]:])
    return None


def _rest_of_name(tokens: tuple[str, ...]) -> str:
    """The words a known place's name goes on with, to the next particle or year: a hyphened
    state is not its first half ("Sajonia-Anhalt" is not "Sajonia")."""
    rest = []
    for t in tokens:
        if t in _NOT_PLACE or t in _VOTE_NOUNS or t.isdigit() or kind_of([t]) is not None:
            break
        rest.append(t)
    return "".join(" " + t for t in rest)


def same_election(gold: tuple[str, str, str | None] | None,
                  found: tuple[str, str, str | None] | None) -> bool:
    """Whether two identities are one election: the same kind and place, and the same year
    unless the gold name leaves it unsaid."""
    if gold is None or found is None:
        return False
    return gold[:2] == found[:2] and (gold[2] is None or gold[2] == found[2])
