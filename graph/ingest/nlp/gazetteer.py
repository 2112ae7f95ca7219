"""What a name is, from lists: places (countries, demonyms, regions, cities, seats of power,
venues), job titles and roles, the head nouns of organization and event names, media outlets,
given names and name particles. Every lookup takes folded tokens (`name_tokens`), so accents,
case and punctuation never matter; the tables are built once, at import."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graph.ingest.knowledge import (
    COALITION,
    COUNTRY,
    ELECTION,
    EVENT,
    MEDIA,
    NETWORK,
    ORGANIZATION,
    PARTY,
    PLACE,
    ROUND,
    SERIES,
    SUMMIT,
    name_tokens,
)
from graph.ingest.nlp import gazetteer_names as gn
from graph.ingest.nlp import gazetteer_places as gp
from graph.ingest.nlp import gazetteer_regions as gr
from graph.ingest.nlp import gazetteer_towns as gt
from graph.model.terms import KG

MEETING = KG + "Meeting"

Key = tuple[str, ...]


@lru_cache(maxsize=100_000)
def fold_key(text: str) -> Key:
    """`name_tokens`, remembered: the same words come back in every article."""
    return name_tokens(text)



@dataclass(frozen=True)
class Place:
    name: str  # the canonical Spanish name
    cls: str  # COUNTRY or PLACE
    kind: str  # country, region, city, building, venue
    country: str | None = None  # canonical name of the country it is in or stands for
    stands_for: str | None = None  # for a seat of power: presidencia, gobierno...


@dataclass(frozen=True)
class Title:
    words: str  # as listed, masculine singular
    kind: str  # office, leader, member, candidate, person
    gender: str | None  # "m", "f" or None when the form does not say
    former: bool = False
    plural: bool = False
    # A seat in an assembly: "diputada de Vox" says she is a member of the party, while
    # "ministra de Economía" names an office.
    seat: bool = False


PARTICLES = frozenset(gn.PARTICLES)
# Particles that open a surname ("Le Pen", "Van der Bellen"), not Spanish articles.
SURNAME_PARTICLES = frozenset(PARTICLES - {"de", "del", "la", "las", "los", "el", "y", "e", "i",
                                           "al", "san", "santa", "st"})

# ------------------------------------------------------------------------ places

PLACES: dict[Key, Place] = {}
DEMONYMS: dict[str, str] = {}  # folded form -> canonical country


def _add_place(name: str, place: Place) -> None:
    key = fold_key(name)
    if key and key not in PLACES:
        PLACES[key] = place


def demonym_forms(word: str) -> set[str]:
    """Masculine singular to every gender and number: argentino -> argentina, argentinos...;
    francés -> francesa, franceses; alemán -> alemanes; marroquí -> marroquíes."""
    w = word.lower()
    if w.endswith("o"):
        return {w, w[:-1] + "a", w + "s", w[:-1] + "as"}
    if w.endswith("z"):
        return {w, w + "a", w[:-1] + "ces", w + "as"}  # andaluz -> andaluces
    if w.endswith(("e", "a")):
        return {w, w + "s"}
    if w.endswith(("í", "ú")):
        return {w, w + "es", w + "s"}
    if w.endswith(("és", "án", "ín", "ón")):
        base = w[:-2] + {"é": "e", "á": "a", "í": "i", "ó": "o"}[w[-2]] + w[-1]
        return {w, base + "a", base + "es", base + "as"}
    return {w, w + "a", w + "es", w + "as"}


for _row in gp.table(gp.COUNTRIES):
    _name, _others, _demonyms = (_row + [[], [], []])[:3]
    _place = Place(_name[0], COUNTRY, "country", _name[0])
    for _n in _name + _others:
        _add_place(_n, _place)
    for _d in _demonyms:
        for _form in demonym_forms(_d):
            DEMONYMS.setdefault(" ".join(fold_key(_form)), _name[0])
for _row in gp.table(gp.METONYMS):
    _names, _country, _role = _row
    for _n in _names:
        _add_place(_n, Place(_names[0], PLACE, "building", _country[0], _role[0]))
for _row in gp.table(gp.REGIONS):
    for _n in _row[0]:
        _add_place(_n, Place(_row[0][0], PLACE, "region"))
for _row in gp.table(gp.CITY_COUNTRIES):
    for _n in _row[0]:
        _add_place(_n, Place(_n, PLACE, "city", _row[1][0]))
for _n in gp.names(gp.CITIES):
    _add_place(_n, Place(_n, PLACE, "city"))
for _n in gp.names(gp.VENUES):
    _add_place(_n, Place(_n, PLACE, "venue"))
for _names, _country, _ in gr.ROWS:
    # land within one country, named as written ("region" is for areas across countries,
    # which the graph holds itself); not among the AREAS an event's name may drop
    for _n in _names:
        _add_place(_n, Place(_n, PLACE, "state", _country))
gt.extend(PLACES, fold_key, Place, PLACE)

_ARTICLES = {"el", "la", "los", "las", "the", "lo"}


def strip_article(key: Key) -> Key:
    return key[1:] if len(key) > 1 and key[0] in _ARTICLES else key


def place(text_or_key: str | Key) -> Place | None:
    key = fold_key(text_or_key) if isinstance(text_or_key, str) else text_or_key
    return PLACES.get(key) or PLACES.get(strip_article(key))


def is_country(name: str | Key) -> bool:
    found = place(name)
    return found is not None and found.kind == "country"


def place_name(name: str) -> str:
    """The gazetteer's own name of the place `name` writes ("Chequia" -> "República Checa"),
    else `name` itself."""
    found = place(name)
    return found.name if found is not None else name


_LONGEST_PLACE = max(len(k) for k in PLACES)
AREAS = ("country", "region", "city")  # places that are land, not buildings or venues


def place_at(key: Key, start: int, kinds: tuple[str, ...]) -> tuple[int, Place] | None:
    """The longest place of one of `kinds` that begins `key` at `start`: (its length in
    tokens, the place)."""
    for size in range(min(_LONGEST_PLACE, len(key) - start), 0, -1):
        found = PLACES.get(key[start:start + size])
        if found is not None and found.kind in kinds:
            return size, found
    return None


REGIONAL: dict[str, str] = {}  # folded demonym form -> place
for _row in gp.table(gp.REGIONAL_DEMONYMS):
    for _d in _row[1]:
        for _form in demonym_forms(_d):
            REGIONAL.setdefault(" ".join(fold_key(_form)), _row[0][0])


def regional_demonym(word: str) -> str | None:
    """The region, province, state or city a demonym names ("bonaerense" -> "Buenos Aires")."""
    return REGIONAL.get(" ".join(fold_key(word)))


def demonym(word: str) -> str | None:
    """The canonical country a demonym names ("argentinas" -> "Argentina")."""
    return DEMONYMS.get(" ".join(fold_key(word)))


# ------------------------------------------------------------------------ titles and roles

# Masculine | feminine | kind. The forms of each are generated with their plurals.
_TITLES = """
presidente|presidenta|office
vicepresidente|vicepresidenta|office
presidente electo|presidenta electa|office
presidente del gobierno|presidenta del gobierno|office
presidente de la republica|presidenta de la republica|office
primer ministro|primera ministra|office
jefe de gobierno|jefa de gobierno|office
jefe de estado|jefa de estado|office
jefe de gabinete|jefa de gabinete|office
canciller|canciller|office
ministro|ministra|office
viceministro|viceministra|office
secretario de estado|secretaria de estado|office
subsecretario|subsecretaria|office
senador|senadora|office
diputado|diputada|office
eurodiputado|eurodiputada|office
europarlamentario|europarlamentaria|office
parlamentario|parlamentaria|office
congresista|congresista|office
legislador|legisladora|office
concejal|concejala|office
regidor|regidora|office
edil|edil|office
alcalde|alcaldesa|office
gobernador|gobernadora|office
vicegobernador|vicegobernadora|office
vicecanciller|vicecanciller|office
intendente|intendenta|office
embajador|embajadora|office
mandatario|mandataria|office
premier|premier|office
rey|reina|office
principe|princesa|office
juez|jueza|office
fiscal|fiscal|office
comisario|comisaria|office
comisionado|comisionada|office
consejero|consejera|office
delegado|delegada|office
lider|lideresa|leader
lider|lider|leader
jefe|jefa|leader
presidente del partido|presidenta del partido|leader
secretario general|secretaria general|leader
fundador|fundadora|leader
cofundador|cofundadora|leader
portavoz|portavoz|leader
vocero|vocera|leader
coordinador|coordinadora|leader
director|directora|leader
director ejecutivo|directora ejecutiva|leader
ceo|ceo|leader
timonel|timonel|leader
militante|militante|member
miembro|miembro|member
dirigente|dirigente|member
integrante|integrante|member
afiliado|afiliada|member
activista|activista|member
simpatizante|simpatizante|member
asesor|asesora|member
colaborador|colaboradora|member
candidato|candidata|candidate
precandidato|precandidata|candidate
aspirante|aspirante|candidate
postulante|postulante|candidate
abanderado|abanderada|candidate
senor|senora|person
don|dona|person
doctor|doctora|person
general|general|person
coronel|coronel|person
comandante|comandante|person
monsenor|monsenor|person
papa|papa|person
sir|dame|person
lord|lady|person
mr|mrs|person
sr|sra|person
dr|dra|person
lic|lic|person
ing|ing|person
"""

TITLES: dict[Key, Title] = {}


def _plural(word: str) -> str:
    if word.endswith(("a", "e", "i", "o", "u")):
        return word + "s"
    return word + "es"


_SEATS = {"diputado", "senador", "eurodiputado", "europarlamentario", "parlamentario",
          "congresista", "legislador", "concejal"}


def _add_title(words: str, kind: str, gender: str | None, seat: bool) -> None:
    key = tuple(words.split())
    TITLES.setdefault(key, Title(words, kind, gender, seat=seat))
    plural = (_plural(key[0]),) + key[1:]
    TITLES.setdefault(plural, Title(words, kind, gender, plural=True, seat=seat))


for _line in _TITLES.strip().splitlines():
    _masc, _fem, _kind = _line.split("|")
    _add_title(_masc, _kind, None if _masc == _fem else "m", _masc in _SEATS)
    if _fem != _masc:
        _add_title(_fem, _kind, "f", _masc in _SEATS)
_LONGEST_TITLE = max(len(k) for k in TITLES)


def title_at(key: Key, start: int = 0) -> tuple[int, Title] | None:
    """The title that begins `key` at `start`: (its length in tokens, the title). A former
    holder's prefix counts: "ex presidente", "ex-presidente" and "expresidente"."""
    former = False
    i = start
    if i < len(key) and key[i] == "ex" and i + 1 < len(key):
        former, i = True, i + 1
    for size in range(min(_LONGEST_TITLE, len(key) - i), 0, -1):
        found = TITLES.get(key[i:i + size])
        if found:
            return i + size - start, _former(found, former)
    word = key[i] if i < len(key) else ""
    if not former and word.startswith("ex") and len(word) > 4:
        rest = (word[2:],) + key[i + 1:i + _LONGEST_TITLE]
        for size in range(len(rest), 0, -1):
            found = TITLES.get(rest[:size])
            if found:
                return size, _former(found, True)
    return None


def _former(found: Title, former: bool) -> Title:
    if not former:
        return found
    return Title(found.words, found.kind, found.gender, True, found.plural, found.seat)


def title(text_or_key: str | Key) -> Title | None:
    """The title when the whole text is one ("la primera ministra", "exministro",
    "ministro de Economía": a title and what it is of)."""
    key = strip_article(fold_key(text_or_key) if isinstance(text_or_key, str)
                        else text_or_key)
    found = title_at(key)
    if found is None:
        return None
    size, result = found
    rest = key[size:]
    if not rest or rest[0] in ("de", "del"):
        return result
    return None


# ------------------------------------------------------------------------ name heads

# The head noun of a name says what it names: the first word of a Spanish name, the last of
# an English one. Parties' heads only make a party with a political word after them. A
# party's congress or convention and a run of "jornadas" are events, a cumbre, foro or
# encuentro a summit: the class most writers of the evaluation sets give each.
# A name opening on "Alianza" is a party's far more often than a coalition's ("Alianza
# Nacional", "Alianza para el Progreso"); the press calls a coalition "la alianza X" instead,
# a noun before the name that says its class.
_HEADS = """
partido;partidos;party;fuerza:PoliticalParty
fuerza aerea;fuerza armada;fuerza naval;fuerza publica;fuerza de tarea:Organization
movimiento;frente;union;accion;agrupacion;reagrupamiento;concentracion;alternativa:Movement
coalicion;pacto;bloque;concertacion;confluencia;coalition:Coalition
alianza;alliance:PoliticalParty
frente amplio;frente popular;juntos por;unidos por;unidas por;juntos por el cambio:Coalition
fundacion;instituto;asociacion;centro;think tank;junta;diputacion;observatorio;sociedad;
consejo;comite;camara;mision;laboratorio;bolsa;corporacion;consorcio;cooperativa;circulo;gremio;
academia;universidad;colegio;federacion;confederacion;sindicato;organizacion;gobierno;ministerio;
tribunal;corte;senado;parlamento;asamblea;fiscalia;policia;ejercito;banco;empresa;grupo;comision;
oficina;departamento;servicio;club;iglesia;ayuntamiento;municipalidad;alcaldia;intendencia;
concilio;sinodo;congregacion;hermandad;cofradia;colectivo;coordinadora;patronal;
conferencia episcopal;foundation;institute;center;
centre;society;council;association;university;college;committee;union;caucus;
action;project;policy:Organization
red;redes;network;plataforma;internacional;patriots;patriotas:Network
cumbre;summit;foro;forum;conferencia;conference;convention;encuentro;encuentros;
simposio;seminario;reunion;asamblea general;dialogo;mesa redonda:Summit
congreso;convencion;jornada;jornadas;coloquio;festival;gala;marcha;manifestacion;mitin;acto;debate;feria;exposicion;expo;gira;homenaje;
celebracion;ceremonia;concierto;rally;march;fest;ruta por;tour;caravana;cena;almuerzo;
desayuno;velada;tertulia;vigilia:Event
elecciones;eleccion;comicios;referendum;plebiscito;consulta;election;elections:Election
balotaje;ballottage;segunda vuelta;primera vuelta;primarias;primaria;runoff:ElectionRound
diario;periodico;agencia;canal;radio;television;revista;semanario;cadena;emisora;portal;
newspaper;magazine;news;tv;noticias:MediaOutlet
ley;leyes;decreto;reforma;constitucion;tratado;memorando;memorandum;plan;programa;proyecto;
informe;libro;documento;carta;manifiesto;declaracion;resolucion;sentencia;operacion;caso;guerra;
pandemia;crisis;dia;semana;mes;ano;siglo;premio;copa;mundial;juegos;acuerdo;primero de mayo;
navidad;nochebuena;semana santa;ano nuevo;ramadan;halloween;carnaval:NotAnEntity
palacio;plaza;parque;estadio;teatro;hotel;auditorio;avenida;calle;aeropuerto;catedral;basilica;
monasterio;isla;islas;provincia;region;municipio;comuna;ciudad;barrio;rio;lago;monte;sierra;
cordillera;valle;puerto;bahia;golfo;mar;oceano;tower;house;square;arena;centro de convenciones;
recinto;pabellon;torre;casa de campo;residencia;carcel;prision;penal;penitenciaria;
centro de confinamiento;centro penitenciario;espacio;complejo;casa presidencial;casa de gobierno;
quinta;edificio:Place
"""

HEADS: dict[Key, str] = {}
for _line in _HEADS.strip().replace(";\n", ";").splitlines():
    _words, _cls = _line.rsplit(":", 1)
    for _w in _words.split(";"):
        HEADS.setdefault(tuple(_w.split()), _cls)
_LONGEST_HEAD = max(len(k) for k in HEADS)

POLITICAL_WORDS = frozenset("""
nacional popular republicano republicana republicanos democrata democratas democratico democratica
social socialista liberal libertario libertaria conservador conservadora patriota patriotico
patriotica cristiano cristiana progresista revolucionario revolucionaria comunista obrero obrera
civico civica radical nacionalista soberanista identitario identitaria verde verdes ecologista
independiente independientes ciudadano ciudadana ciudadanos renovacion libertad patria pueblo
republica derecha izquierda justicia solidaridad democracia laborista trabajadores reformista
unidad nueva nuevo fuerza vox lista humanista regionalista federal
""".split())

_LEADING_ADJECTIVES = {"nuevo", "nueva", "gran", "primer", "primera", "segundo", "segunda",
                       "joven", "jovenes", "alta", "alto", "viejo", "vieja", "the", "new",
                       "great", "first", "supremo", "suprema", "superior"}

# Heads shared by parties and the rallies named after where they gather.
_RALLIES = {"concentracion"}
# Documents named after where or for what they were signed ("Carta de Madrid", "Declaración
# por la Soberanía"): an event that its signatories take part in; "la carta" alone is none.
DOCUMENT_HEADS = {"carta", "manifiesto", "declaracion", "proclama"}

_LEGISLATURE = {"nacional", "de los diputados", "de la republica", "de la nacion", "federal",
                "de estados unidos", "de los estados unidos", "de diputados", "del peru",
                "de colombia", "de chile", "de mexico", "de la union"}


def _constituency(rest: Key) -> bool:
    """"(Congreso) por Valencia", "por Badajoz": a province a chamber's seat is for, not a
    cause a congress is named for ("por la Vida") nor a country ("por España")."""
    if rest[:1] != ("por",) or not 2 <= len(rest) <= 4:
        return False
    found = place(" ".join(rest[1:]))
    if found is not None:
        return found.kind == "city" or found.kind == "region" and bool(found.country)
    return rest[1] not in ("la", "el", "los", "las", "un", "una", "nuestra", "nuestro")


def has_head(key: Key) -> bool:
    """Whether the name starts (or, in English, ends) with a head noun of the table."""
    key = strip_article(key)
    if len(key) > 2 and key[0] in _LEADING_ADJECTIVES:
        key = key[1:]
    return any(key[:n] in HEADS or key[-n:] in HEADS for n in range(1, _LONGEST_HEAD + 1))


def head_class(key: Key, alone: bool = False) -> str | None:
    """The class local name the name's head says, or None. `key` is the name's folded tokens;
    a head alone ("Partido") names nothing unless `alone` (the start of a longer name)."""
    key = strip_article(key)
    if len(key) > 2 and key[0] in _LEADING_ADJECTIVES:
        key = key[1:]  # "Nuevo Frente Popular", "Gran Alianza Nacional"
    for size in range(min(_LONGEST_HEAD, len(key)), 0, -1):
        cls = HEADS.get(key[:size])
        if cls is None:
            continue
        rest = key[size:]
        if cls == "Movement":
            if alone and not rest:
                return cls
            if key[0] in _RALLIES and len(rest) == 2 and rest[0] == "de" and \
                    rest[1] not in POLITICAL_WORDS:
                return "Event"  # "Concentración de Pontida": a rally named after its place
            return "PoliticalParty" if any(w in POLITICAL_WORDS for w in rest) else "Organization"
        if cls == "NotAnEntity" and key[0] in DOCUMENT_HEADS and len(rest) >= 2 and \
                rest[0] in ("de", "del", "por", "para"):
            return "Event"
        if key[0] == "congreso" and (" ".join(rest) in _LEGISLATURE or _constituency(rest)):
            return "Organization"  # "el diputado en el Congreso por Valencia": its seat
        if len(rest) == 0 and size == 1 and len(key) == 1 and not alone:
            return None  # a head alone ("Partido") names nothing
        return cls
    english = key
    for connector in ("for", "of", "on"):
        if connector in english[1:]:
            english = english[:english.index(connector, 1)]
    for size in range(min(_LONGEST_HEAD, len(english) - 1), 0, -1):
        cls = HEADS.get(english[-size:])
        if cls is not None and cls != "Movement" and english[-1] in _ENGLISH_HEADS:
            return cls
    return None


# Heads that end a name only in English ("Atlas Network"); "Fondo Monetario Internacional"
# ends with an adjective.
_ENGLISH_HEADS = frozenset("""
party coalition alliance foundation institute center centre society council association
university college committee union caucus action project policy network forum summit
conference convention rally march fest festival election elections runoff newspaper magazine
news tv tower house square arena patriots
""".split())


# ------------------------------------------------------------------------ outlets, organizations

OUTLETS: frozenset[Key] = frozenset(fold_key(n) for n in gn.listed(gn.OUTLETS))
PLATFORMS: frozenset[Key] = frozenset(fold_key(n) for n in gn.listed(gn.PLATFORMS))
ORGANIZATIONS: dict[Key, str] = {}
for _cls, _n in gn.known_organizations():
    ORGANIZATIONS.setdefault(fold_key(_n), KG + _cls)

# Every beginning of a listed name, so that a run may cross "y" only inside one
# ("Libertad y Refundación", "Trinidad y Tobago").
LISTED_PREFIXES: frozenset[Key] = frozenset(
    k[:n] for k in (*ORGANIZATIONS, *OUTLETS, *PLACES) for n in range(1, len(k) + 1))

GIVEN_NAMES = frozenset(k for n in gn.given_names() for k in fold_key(n))

CLASSES = {"PoliticalParty": PARTY, "Coalition": COALITION, "Organization": ORGANIZATION,
           "Network": NETWORK, "Summit": SUMMIT, "Event": EVENT, "Election": ELECTION,
           "ElectionRound": ROUND, "MediaOutlet": MEDIA, "Place": PLACE, "EventSeries": SERIES,
           "Meeting": MEETING}


def known_class(key: Key) -> str | None:
    """The class of a name the lists hold: an outlet, a platform, an organization."""
    if key in OUTLETS:
        return MEDIA
    if key in ORGANIZATIONS:  # "La Libertad Avanza": the article is the name's
        return ORGANIZATIONS[key]
    key = strip_article(key)
    if key in PLATFORMS:
        return MEDIA  # the ontology's SocialMediaPlatform is for the graph's curators to say
    # "Mundo" for "El Mundo" when the mention left the article out; one word alone without it
    # is as often something else ("la dirigente de Faro" is the Fundación Faro, not El Faro).
    if key in OUTLETS or len(key) > 1 and (("el",) + key in OUTLETS or ("la",) + key in OUTLETS):
        return MEDIA
    return ORGANIZATIONS.get(key) or ORGANIZATIONS.get(("la",) + key)


def is_given_name(word: str) -> bool:
    return word in GIVEN_NAMES
