"""Synthetic roots of any size, shaped like the curated graph, for scale tests and benchmarks.

`generate(target, actors=N, claims=M, seed=S)` writes a complete root (`ontology/` and `seeds/`)
that `kgraph build` validates and builds: entities of every class with unique labels and
realistic (sometimes ambiguous) aliases, claims using every relation within its domain and range,
power-law degrees, dates of mixed precision, qualifiers, and sources whose texts contain every
quote that cites them. The same arguments give the same bytes.

Claims are written as they are drawn and each source text as soon as its last quote is known, so
memory grows with the number of entities (their names) and of claims (one integer each, to
refuse duplicates), never with the size of the files.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import os
import random
import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from graph.errors import InputError
from graph.model.names import name_key
from graph.model.terms import turtle_prefixes
from graph.root import packaged_root

log = logging.getLogger("kgraph")

ENTITIES_PER_FILE = 50_000
CLAIMS_PER_FILE = 50_000
CLAIMS_PER_SOURCE = 20
DEFAULT_CLAIMS_PER_ACTOR = 3
# Zipf exponent of how often an entity is drawn as a claim's end: close to 1 gives a few hubs
# (the Kasts and Vox of the graph) and a long tail of entities seen once or twice.
ZIPF_EXPONENT = 1.0

TURTLE_PREFIXES = turtle_prefixes("kg", "kgr", "kgc", "src", "rdfs", "skos", "dcterms", "xsd")

# ---------------------------------------------------------------- vocabulary for names

FIRST_NAMES = (
    "Ana", "Andrés", "Antonio", "Beatriz", "Carla", "Carlos", "Carmen", "Cristina", "Daniel",
    "Diego", "Elena", "Emilio", "Esteban", "Eva", "Federico", "Felipe", "Fernanda", "Francisco",
    "Gabriel", "Gabriela", "Gonzalo", "Guillermo", "Héctor", "Ignacio", "Inés", "Isabel",
    "Jaime", "Javier", "Joaquín", "Jorge", "José", "Juan", "Julia", "Laura", "Lucía", "Luis",
    "Manuel", "Marcela", "María", "Mariano", "Marta", "Martín", "Matías", "Mercedes", "Miguel",
    "Natalia", "Nicolás", "Pablo", "Patricia", "Paula", "Pedro", "Rafael", "Ramón", "Raquel",
    "Ricardo", "Roberto", "Rocío", "Rodrigo", "Rosa", "Santiago", "Sebastián", "Sergio",
    "Silvia", "Sofía", "Teresa", "Tomás", "Valentina", "Verónica", "Víctor", "Ximena",
    "Giorgia", "Matteo", "Giulia", "Lorenzo", "Francesca", "Marco", "Chiara", "Alessandro",
    "João", "Tiago", "Beatriz", "Rui", "Inês", "Gonçalo", "Hans", "Klaus", "Johannes", "Ursula",
    "Friedrich", "Marine", "Jordan", "Éric", "Marion", "Viktor", "Katalin", "Mateusz", "Beata",
    "Donald", "Steve", "Nigel", "Ted", "Marjorie", "Eduardo", "Flávio", "Damares", "Nayib",
)
FIRST_NAME_SET = set(FIRST_NAMES)
SURNAMES = (
    "Abascal", "Aguirre", "Alonso", "Álvarez", "Arancibia", "Bravo", "Bustos", "Cabrera",
    "Campos", "Cárdenas", "Castillo", "Castro", "Contreras", "Cortés", "Díaz", "Domínguez",
    "Espinoza", "Fernández", "Figueroa", "Flores", "Fuentes", "Gallardo", "García", "Garrido",
    "Gómez", "González", "Guerrero", "Gutiérrez", "Herrera", "Hernández", "Ibáñez", "Jiménez",
    "Lagos", "López", "Maldonado", "Martínez", "Medina", "Méndez", "Molina", "Morales",
    "Moreno", "Muñoz", "Navarro", "Núñez", "Ortiz", "Pérez", "Pizarro", "Ramírez", "Reyes",
    "Ríos", "Rodríguez", "Rojas", "Romero", "Ruiz", "Saavedra", "Salazar", "Sánchez",
    "Sandoval", "Silva", "Soto", "Suárez", "Tapia", "Torres", "Valdés", "Valenzuela", "Vargas",
    "Vega", "Vera", "Vidal", "Zamora", "Zúñiga", "Rossi", "Bianchi", "Ferrari", "Esposito",
    "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca",
    "Costa", "Ferreira", "Santos", "Oliveira", "Pereira", "Almeida", "Carvalho", "Sousa",
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann",
    "Dubois", "Lefèvre", "Moreau", "Laurent", "Kowalski", "Nowak", "Wiśniewski", "Kovács",
    "Nagy", "Szabó", "Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson",
)
COUNTRIES = (
    "Chile", "Argentina", "España", "Italia", "Brasil", "Estados Unidos", "Hungría", "Polonia",
    "Francia", "Alemania", "Portugal", "México", "Colombia", "Perú", "Uruguay", "Paraguay",
    "Bolivia", "Ecuador", "Venezuela", "El Salvador", "Guatemala", "Honduras", "Costa Rica",
    "Panamá", "República Dominicana", "Países Bajos", "Bélgica", "Austria", "Suecia",
    "Finlandia", "Dinamarca", "Noruega", "Grecia", "Rumania", "Bulgaria", "Chequia",
    "Eslovaquia", "Croacia", "Serbia", "Reino Unido", "Irlanda", "Canadá", "Australia", "Israel",
    "India", "Japón", "Corea del Sur", "Filipinas", "Sudáfrica", "Nigeria", "Kenia", "Marruecos",
)
CITIES = (
    "Santiago", "Valparaíso", "Concepción", "Temuco", "Buenos Aires", "Córdoba", "Rosario",
    "Mendoza", "Madrid", "Barcelona", "Sevilla", "Valencia", "Roma", "Milán", "Nápoles",
    "São Paulo", "Río de Janeiro", "Brasilia", "Budapest", "Varsovia", "Cracovia", "París",
    "Lyon", "Berlín", "Múnich", "Lisboa", "Oporto", "Ciudad de México", "Guadalajara", "Bogotá",
    "Medellín", "Lima", "Arequipa", "Montevideo", "Asunción", "La Paz", "Quito", "Guayaquil",
    "Caracas", "San Salvador", "Washington", "Dallas", "Orlando", "Nueva York", "Viena",
    "Ámsterdam", "Bruselas", "Atenas", "Bucarest", "Praga",
)
PARTY_WORDS = (
    "Republicano", "Nacional", "Libertario", "Conservador", "Patriota", "Popular", "Social",
    "Cristiano", "Soberanista", "Demócrata", "Liberal", "Progresista", "Verde", "Federal",
    "Independiente", "Renovador", "Ciudadano", "Unido", "Comunista", "Socialista", "Humanista",
)
PARTY_HEADS = ("Partido", "Movimiento", "Unión", "Frente", "Acción", "Fuerza", "Alianza")
NETWORK_HEADS = ("Red", "Foro", "Plataforma", "Fundación", "Instituto", "Consejo", "Club")
NETWORK_TOPICS = (
    "por los Valores", "por la Libertad", "de la Familia", "Atlántico", "Iberoamericano",
    "Hispano", "Occidental", "Soberanista", "de Madrid", "de las Naciones", "Patriótico",
    "Conservador", "para la Vida", "de la Tradición", "Libertario", "Europeo", "Americano",
)
OUTLET_HEADS = ("Diario", "Radio", "Revista", "Canal", "Semanario", "Portal", "Televisión")
OUTLET_NAMES = (
    "El Sol", "La Voz", "El Faro", "La Tribuna", "El Observador", "La Nación", "El Heraldo",
    "La Crónica", "El Mercurio", "La Gaceta", "El Independiente", "La Razón", "El Centinela",
    "La Prensa", "El Correo", "La Época", "El Mundo", "La Opinión", "El Universal",
)
PLATFORMS = ("Instagram", "X", "Facebook", "TikTok", "YouTube", "Telegram", "Truth Social",
             "Gab", "Rumble", "WhatsApp", "Threads", "Bluesky")
SUMMIT_HEADS = ("Cumbre", "Foro", "Conferencia", "Encuentro", "Congreso", "Jornada")
SUMMIT_TOPICS = (
    "de las Nuevas Derechas", "por la Libertad", "Conservador", "Patriota", "de la Familia",
    "Iberoamericano", "Transatlántico", "Soberanista", "de Acción Política", "Provida",
)
OFFICE_AREAS = (
    "Interior", "Hacienda", "Defensa", "Relaciones Exteriores", "Justicia", "Educación",
    "Salud", "Economía", "Trabajo", "Seguridad", "Cultura", "Energía", "Agricultura",
)
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")
FILLERS = (
    "La jornada estuvo marcada por la incertidumbre.",
    "Los analistas coinciden en que el escenario sigue abierto.",
    "El encuentro se produjo en un clima de creciente polarización.",
    "Varios dirigentes evitaron hacer declaraciones a la prensa.",
    "La noticia se difundió rápidamente en redes sociales.",
    "Especialistas advierten sobre el avance de las nuevas derechas en la región.",
    "El contexto internacional favorece este tipo de alianzas.",
    "Las encuestas anticipan una competencia reñida.",
    "La oposición criticó duramente el anuncio.",
    "Fuentes cercanas a la campaña confirmaron los detalles.",
    "El debate público se concentró en la seguridad y la economía.",
    "Nada de esto era previsible hace apenas unos años.",
)

# ---------------------------------------------------------------- classes and relations

# class -> share of the entities. Countries are capped by the list of real countries.
CLASS_MIX = (
    ("Person", 0.56), ("PoliticalParty", 0.07), ("Coalition", 0.02), ("Network", 0.03),
    ("MediaOutlet", 0.04), ("SocialMediaPlatform", 0.005), ("Election", 0.03),
    ("ElectionRound", 0.05), ("Summit", 0.03), ("EventSeries", 0.015), ("Meeting", 0.015),
    ("Country", 0.02), ("Place", 0.03), ("Office", 0.06),
)
AGENT = {"Person", "PoliticalParty", "Coalition", "Network", "MediaOutlet",
         "SocialMediaPlatform"}
ORGANIZATION = AGENT - {"Person"}
EVENT = {"Election", "ElectionRound", "Summit", "EventSeries", "Meeting"}
OUTLET = {"MediaOutlet", "SocialMediaPlatform"}
ELECTORAL = {"Election", "ElectionRound"}

# relation -> (weight in the curated graph, domain pool, range pool, symmetric)
RELATIONS = {
    "memberOf": (10, "agent", "organization", False),
    "candidateIn": (7, "person", "electoral", False),
    "contactWith": (5, "agent", "agent", True),
    "met": (3, "agent", "agent", True),
    "allied": (3, "agent", "agent", True),
    "endorsed": (3, "agent", "agent", False),
    "holdsOffice": (3, "person", "office", False),
    "leaderOf": (2, "person", "organization", False),
    "represents": (2, "agent", "organization", False),
    "participatedIn": (2, "agent", "event", False),
    "organizedBy": (2, "event", "agent", False),
    "invitedTo": (1, "agent", "event", False),
    "opponentOf": (1, "agent", "agent", True),
}
POOLS = {
    "person": {"Person"}, "agent": AGENT, "organization": ORGANIZATION, "event": EVENT,
    "electoral": ELECTORAL, "office": {"Office"}, "outlet": OUTLET,
}
# Quote templates; {s} and {o} are labels, {when} a date phrase with its leading space.
QUOTES = {
    "met": ("{s} se reunió con {o}{when}", "{s} y {o} mantuvieron un encuentro{when}",
            "{o} recibió a {s}{when}"),
    "contactWith": ("{s} mantuvo una comunicación con {o}{when}", "{s} conversó con {o}{when}",
                    "{s} y {o} mantienen contacto directo"),
    "allied": ("{s} y {o} conservan una relación cercana", "{s} es un aliado de {o}",
               "{s} selló una alianza con {o}{when}"),
    "opponentOf": ("{s} compitió contra {o}{when}", "{s} y {o} son adversarios declarados"),
    "endorsed": ("{s} respaldó a {o}{when}", "{s} anunció su apoyo a {o}{when}",
                 "{s} pidió apoyar a {o}"),
    "memberOf": ("{s} es miembro de {o}", "{s} milita en {o}", "{s} se sumó a {o}{when}"),
    "leaderOf": ("{s} encabeza {o}", "{s} es la principal figura de {o}",
                 "{s} asumió la conducción de {o}{when}"),
    "represents": ("{s} es la carta de {o}", "{s} representa a {o}"),
    "participatedIn": ("{s} participó en {o}", "{s} asistió a {o}"),
    "invitedTo": ("{s} fue invitado a {o}", "{s} recibió una invitación para {o}"),
    "organizedBy": ("{s} fue organizado por {o}", "{o} convocó {s}"),
    "candidateIn": ("{s} obtuvo {share}% en {o}", "{s} compitió en {o}"),
    "holdsOffice": ("{s} ocupa el cargo de {o}", "{s} ejerce como {o}"),
}
MODES = ("PhoneCall", "InPerson", "VideoCall")
EVENT_RELATIONS = {"candidateIn", "participatedIn", "invitedTo", "organizedBy"}


@dataclass(slots=True)
class Entity:
    slug: str
    cls: str
    label: str
    aliases: list[str] = field(default_factory=list)
    country: int | None = None  # index of a Country entity
    date: tuple[str, str] | None = None  # (lexical, datatype) for events
    part_of: int | None = None


@dataclass(frozen=True)
class SynthReport:
    root: str
    entities: int
    claims: int
    sources: int
    classes: dict[str, int]
    seconds: float


# ---------------------------------------------------------------- helpers


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _slug(text: str) -> str:
    return name_key(text).replace(" ", "-") or "x"


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


class _Zipf:
    """Draws members of a pool with Zipf weights over a random ranking, in O(log n)."""

    def __init__(self, members: list[int], rng: random.Random):
        ranked = members[:]
        rng.shuffle(ranked)
        self.members = ranked
        self.cumulative = list(
            itertools.accumulate(1.0 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(ranked)))
        )

    def __bool__(self) -> bool:
        return bool(self.members)

    def draw(self, rng: random.Random) -> int:
        point = rng.random() * self.cumulative[-1]
        return self.members[min(bisect.bisect(self.cumulative, point), len(self.members) - 1)]


def _random_date(rng: random.Random, start_year: int = 2000, end_year: int = 2025) -> date:
    first = date(start_year, 1, 1).toordinal()
    last = date(end_year, 12, 31).toordinal()
    return date.fromordinal(rng.randint(first, last))


def _dated(rng: random.Random, day: date) -> tuple[str, str, str, int]:
    """A date at a random precision: (lexical, xsd type, phrase, compact key for duplicates)."""
    roll = rng.random()
    if roll < 0.55:
        phrase = f"el {day.day} de {MONTHS[day.month - 1]} de {day.year}"
        return day.isoformat(), "date", phrase, 3 * day.toordinal() + 2
    if roll < 0.8:
        phrase = f"en {MONTHS[day.month - 1]} de {day.year}"
        return f"{day.year:04d}-{day.month:02d}", "gYearMonth", phrase, 3 * (
            day.year * 12 + day.month
        ) + 1
    return f"{day.year:04d}", "gYear", f"en {day.year}", 3 * day.year


# ---------------------------------------------------------------- entities


class _Names:
    """Unique labels (compared as name keys) and unique slugs."""

    def __init__(self):
        self.keys: set[str] = set()
        self.slugs: set[str] = set()

    def take(self, candidates: Iterator[str]) -> str | None:
        for label in candidates:
            key = name_key(label)
            if key and key not in self.keys:
                self.keys.add(key)
                return label
        return None

    def slug(self, label: str) -> str:
        base = _slug(label)
        slug, number = base, 1
        while slug in self.slugs:
            number += 1
            slug = f"{base}-{number}"
        self.slugs.add(slug)
        return slug


def _counts(actors: int) -> dict[str, int]:
    counts = {cls: int(actors * share) for cls, share in CLASS_MIX}
    counts["Country"] = max(3, min(counts["Country"], len(COUNTRIES)))
    for cls in ("PoliticalParty", "ElectionRound", "Office", "MediaOutlet"):
        counts[cls] = max(counts[cls], 1)
    counts["SocialMediaPlatform"] = min(counts["SocialMediaPlatform"], len(PLATFORMS))
    counts["Person"] += actors - sum(counts.values())
    if counts["Person"] < 2:
        raise InputError(f"`actors` {actors} is too small: give at least 20",
                         parameter="actors")
    return counts


def _entities(rng: random.Random, actors: int) -> list[Entity]:
    counts = _counts(actors)
    names = _Names()
    out: list[Entity] = []

    def add(cls: str, candidates: Iterator[str], **extra) -> Entity | None:
        label = names.take(candidates)
        if label is None:
            return None
        entity = Entity(names.slug(label), cls, label, **extra)
        out.append(entity)
        return entity

    def numbered(make) -> Iterator[str]:
        """A few random tries, then the same pattern with a number: labels never run out."""
        for _ in range(12):
            yield make()
        for number in itertools.count(2):
            yield f"{make()} {number}"

    for name in COUNTRIES[: counts["Country"]]:
        add("Country", iter([name]))
    countries = list(range(len(out)))

    def country() -> int:
        return rng.choice(countries)

    def country_name(index: int) -> str:
        return out[index].label

    for name in PLATFORMS[: counts["SocialMediaPlatform"]]:
        add("SocialMediaPlatform", iter([name]))

    for _ in range(counts["Place"]):
        home = country()
        add("Place", numbered(lambda: rng.choice(CITIES) if rng.random() < 0.5 else
                              f"{rng.choice(('Región', 'Provincia', 'Distrito'))} de "
                              f"{rng.choice(CITIES)}"), country=home)

    for _ in range(counts["Person"]):
        home = country()

        def person() -> str:
            first = rng.choice(FIRST_NAMES)
            if rng.random() < 0.3:
                first += " " + rng.choice(FIRST_NAMES)
            surname = rng.choice(SURNAMES)
            if rng.random() < 0.6:
                surname += " " + rng.choice(SURNAMES)
            return f"{first} {surname}"

        entity = add("Person", numbered(person), country=home)
        words = entity.label.split()
        first = 1 + (len(words) > 2 and words[1] in FIRST_NAME_SET)
        aliases = [" ".join(words[first:])]  # the surname(s), often shared: ambiguous
        if rng.random() < 0.2:
            aliases.append("".join(w[0] for w in words if w[0].isupper()))
        plain = _strip_accents(entity.label)
        if plain != entity.label:
            aliases.append(plain)
        entity.aliases = aliases

    def organization(cls: str, make, alias_rate: float = 0.5) -> None:
        for _ in range(counts[cls]):
            home = country()
            entity = add(cls, numbered(lambda home=home: make(home)), country=home)
            initials = "".join(w[0] for w in entity.label.split() if w[0].isupper())
            if len(initials) >= 2 and rng.random() < alias_rate:
                entity.aliases.append(initials)

    organization("PoliticalParty", lambda home: (
        f"{rng.choice(PARTY_HEADS)} {rng.choice(PARTY_WORDS)}"
        + (f" {rng.choice(PARTY_WORDS)}" if rng.random() < 0.5 else "")
        + (f" de {country_name(home)}" if rng.random() < 0.4 else "")))
    organization("Coalition", lambda home: (
        f"{rng.choice(('Bloque', 'Coalición', 'Frente', 'Pacto'))} {rng.choice(PARTY_WORDS)} "
        f"de {country_name(home)}"), alias_rate=0)
    organization("Network", lambda home: (
        f"{rng.choice(NETWORK_HEADS)} {rng.choice(NETWORK_TOPICS)}"))
    organization("MediaOutlet", lambda home: (
        f"{rng.choice(OUTLET_HEADS)} {rng.choice(OUTLET_NAMES)}"
        + (f" de {rng.choice(CITIES)}" if rng.random() < 0.5 else "")), alias_rate=0.2)

    for _ in range(counts["Office"]):
        home = country()
        add("Office", numbered(lambda home=home: rng.choice((
            f"Presidente de {country_name(home)}",
            f"Ministro de {rng.choice(OFFICE_AREAS)} de {country_name(home)}",
            f"Diputado por {rng.choice(CITIES)}",
            f"Senador por {rng.choice(CITIES)}",
            f"Alcalde de {rng.choice(CITIES)}",
        ))), country=home)

    def event_date(precision_day: bool = True) -> tuple[str, str]:
        day = _random_date(rng)
        if precision_day or rng.random() < 0.6:
            return day.isoformat(), "date"
        return f"{day.year:04d}", "gYear"

    elections = []
    for _ in range(counts["Election"]):
        home = country()
        kind = rng.choice(("presidencial", "legislativa", "municipal", "regional"))
        entity = add("Election", numbered(lambda kind=kind, home=home: (
            f"Elección {kind} de {country_name(home)} de {rng.randint(2000, 2025)}")),
            country=home)
        entity.date = (re.search(r" de (\d{4})", entity.label).group(1), "gYear")
        elections.append(len(out) - 1)
    for _ in range(counts["ElectionRound"]):
        parent = rng.choice(elections) if elections else None
        home = out[parent].country if parent is not None else country()
        year = int(out[parent].date[0][:4]) if parent is not None else rng.randint(2000, 2025)
        day = _random_date(rng, year, year)
        entity = add("ElectionRound", numbered(lambda home=home, year=year: (
            f"{rng.choice(('Primera vuelta', 'Segunda vuelta', 'Balotaje'))} "
            f"{rng.choice(('presidencial', 'legislativa', 'municipal'))} de "
            f"{country_name(home)} de {year}")), country=home, part_of=parent)
        entity.date = (day.isoformat(), "date")
    for cls, heads in (("Summit", SUMMIT_HEADS), ("Meeting", ("Reunión", "Encuentro", "Cena")),
                       ("EventSeries", ("Ciclo", "Serie", "Encuentros"))):
        for _ in range(counts[cls]):
            home = country()
            entity = add(cls, numbered(lambda heads=heads: (
                f"{rng.choice(heads)} {rng.choice(SUMMIT_TOPICS)} en {rng.choice(CITIES)}")),
                country=home)
            if cls != "EventSeries" and rng.random() < 0.8:
                entity.date = event_date(precision_day=False)
    return out


def _entity_turtle(entity: Entity, entities: list[Entity]) -> str:
    lines = [f'kgr:{entity.slug} a kg:{entity.cls}', f'    rdfs:label "{_escape(entity.label)}"']
    if entity.aliases:
        lines.append("    skos:altLabel " + " , ".join(f'"{_escape(a)}"' for a in entity.aliases))
    if entity.country is not None and entity.cls != "Country":
        lines.append(f"    kg:country kgr:{entities[entity.country].slug}")
    if entity.part_of is not None:
        lines.append(f"    kg:partOf kgr:{entities[entity.part_of].slug}")
    if entity.date:
        lines.append(f'    kg:date "{entity.date[0]}"^^xsd:{entity.date[1]}')
    return " ;\n".join(lines) + " .\n"


# ---------------------------------------------------------------- claims and sources


class _ChunkWriter:
    """Turtle chunks `ontology/<stem>-0001.ttl`, ... of at most `per_file` records each."""

    def __init__(self, folder: Path, stem: str, per_file: int, header: str):
        self.folder, self.stem, self.per_file, self.header = folder, stem, per_file, header
        self.count = 0
        self.handle = None

    def write(self, text: str) -> None:
        if self.count % self.per_file == 0:
            self.close()
            number = self.count // self.per_file + 1
            path = self.folder / f"{self.stem}-{number:04d}.ttl"
            self.handle = path.open("w", encoding="utf-8")
            self.handle.write(self.header)
        self.handle.write("\n" + text)
        self.count += 1

    def close(self) -> None:
        if self.handle:
            self.handle.close()
            self.handle = None


class _Sources:
    """Sources are filled in order; a claim's extra evidence may cite one of the two sources
    before its own, so a source is written once three newer ones exist."""

    def __init__(self, seeds: Path, rng: random.Random):
        self.seeds, self.rng = seeds, rng
        self.pending: dict[int, list[tuple[str, str | None]]] = {}
        self.latest: dict[int, str] = {}
        self.written = 0

    @staticmethod
    def name(index: int) -> str:
        return f"synth-{index + 1:06d}"

    def cite(self, index: int, quote: str, attributed: str | None, day: str | None) -> None:
        self.pending.setdefault(index, []).append((quote, attributed))
        if day and day > self.latest.get(index, ""):
            self.latest[index] = day

    def flush_before(self, index: int) -> None:
        for old in sorted(i for i in self.pending if i < index):
            self._write(old)

    def _write(self, index: int) -> None:
        rng = self.rng
        sentences = []
        for quote, attributed in self.pending.pop(index):
            if attributed is None:
                sentences.append(f"{quote}.")
            elif rng.random() < 0.5:
                sentences.append(f"{quote}, según {attributed}.")
            else:
                sentences.append(f"{attributed} afirmó: «{quote}».")
        for _ in range(rng.randint(2, 5)):
            sentences.insert(rng.randint(0, len(sentences)), rng.choice(FILLERS))
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        name = self.name(index)
        (self.seeds / f"{name}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        latest = self.latest.pop(index, "") or _random_date(rng).isoformat()
        issued = latest[:4] + "-12-31" if len(latest) == 4 else latest
        if len(issued) == 7:
            issued += "-28"
        (self.seeds / f"{name}.ttl").write_text(
            TURTLE_PREFIXES
            + f"\nsrc:{name} a kg:Source ;\n"
            f'    rdfs:label "Fuente sintética {index + 1:06d}" ;\n'
            f'    dcterms:title "Artículo sintético número {index + 1}"@es ;\n'
            '    dcterms:type "news article" ;\n'
            '    dcterms:language "es" ;\n'
            f'    dcterms:issued "{issued}"^^xsd:date ;\n'
            f'    kg:textFile "{name}.txt" .\n',
            encoding="utf-8",
        )
        self.written += 1


class _ClaimMaker:
    def __init__(self, rng: random.Random, entities: list[Entity]):
        self.rng = rng
        self.entities = entities
        by_pool: dict[str, list[int]] = {pool: [] for pool in POOLS}
        for index, entity in enumerate(entities):
            for pool, classes in POOLS.items():
                if entity.cls in classes:
                    by_pool[pool].append(index)
        self.pools = {pool: _Zipf(members, rng) for pool, members in by_pool.items()}
        usable = [r for r, (_, dom, rng_pool, _) in RELATIONS.items()
                  if self.pools[dom] and self.pools[rng_pool]]
        self.relations = usable
        self.weights = list(itertools.accumulate(RELATIONS[r][0] for r in usable))
        self.relation_index = {r: i for i, r in enumerate(RELATIONS)}
        self.seen: set[int] = set()

    def draw(self) -> tuple[str, int, int, tuple | None]:
        """(relation, subject, object, date) not drawn before; symmetric ends unordered."""
        rng, size = self.rng, len(self.entities)
        while True:
            relation = rng.choices(self.relations, cum_weights=self.weights)[0]
            _, domain, range_pool, symmetric = RELATIONS[relation]
            subject = self.pools[domain].draw(rng)
            obj = self.pools[range_pool].draw(rng)
            if subject == obj:
                continue
            dated = self._date(relation, subject, obj)
            low, high = (min(subject, obj), max(subject, obj)) if symmetric else (subject, obj)
            key = ((self.relation_index[relation] * size + low) * size + high) * 4_000_000 + (
                dated[3] + 1 if dated else 0
            )
            if key not in self.seen:
                self.seen.add(key)
                return relation, subject, obj, dated

    def _date(self, relation: str, subject: int, obj: int) -> tuple | None:
        """Claims about an event take the event's date; others a random one, or none."""
        rng = self.rng
        if relation in EVENT_RELATIONS:
            event = self.entities[subject if relation == "organizedBy" else obj].date
            if event is None or rng.random() < 0.15:
                return None
            if event[1] == "gYear":
                year = int(event[0])
                return event[0], "gYear", f"en {year}", 3 * year
            day = date.fromisoformat(event[0])
            return (event[0], "date", f"el {day.day} de {MONTHS[day.month - 1]} de {day.year}",
                    3 * day.toordinal() + 2)
        if rng.random() < 0.2:
            return None
        return _dated(rng, _random_date(rng))


def _claim_turtle(
    number: int, maker: _ClaimMaker, relation: str, subject: int, obj: int, dated,
    share: str | None, evidence: list[tuple[str, str, str | None]],
) -> str:
    entities, rng = maker.entities, maker.rng
    s, o = entities[subject], entities[obj]
    lines = [
        f"kgc:c{number:07d}-{s.slug[:40]}-{relation.lower()} a kg:Claim",
        f"    kg:subject kgr:{s.slug} ; kg:relation kg:{relation} ; kg:object kgr:{o.slug}",
    ]
    if dated:
        lines.append(f'    kg:date "{dated[0]}"^^xsd:{dated[1]} ; '
                     f'kg:dateExpression "{dated[2]}"')
    lines.extend(_qualifiers(rng, maker, relation, share))
    parts = []
    for source, quote, attributed in evidence:
        by = f" ; kg:attributedTo kgr:{attributed}" if attributed else ""
        parts.append(f'        [ kg:source src:{source}{by} ;\n'
                     f'          kg:quote "{_escape(quote)}" ]')
    lines.append("    kg:evidence\n" + " ,\n".join(parts))
    return " ;\n".join(lines) + " .\n"


def _qualifiers(rng: random.Random, maker: _ClaimMaker, relation: str, share: str | None,
                ) -> list[str]:
    out = []
    if relation in ("contactWith", "met") and rng.random() < 0.5:
        mode = "InPerson" if relation == "met" else rng.choice(MODES)
        out.append(f"    kg:mode kg:{mode}")
        if relation == "contactWith" and rng.random() < 0.3 and maker.pools["outlet"]:
            out.append(f"    kg:via kgr:{maker.entities[maker.pools['outlet'].draw(rng)].slug}")
    if relation == "met" and rng.random() < 0.2:
        out.append(f'    kg:frequency "{rng.choice(("reiteradas veces", "en varias ocasiones"))}"')
    if relation in ("endorsed", "opponentOf") and rng.random() < 0.3 and maker.pools["electoral"]:
        event = maker.entities[maker.pools["electoral"].draw(rng)]
        out.append(f"    kg:context kgr:{event.slug}")
    if relation == "candidateIn":
        out.append(f"    kg:voteShare {share}")
        out.append(f"    kg:rank {rng.randint(1, 8)}")
        if rng.random() < 0.3:
            out.append(f"    kg:countedShare {rng.uniform(40, 100):.2f}")
        if rng.random() < 0.15:
            out.append(f"    kg:attempt {rng.randint(1, 4)}")
    if relation == "holdsOffice":
        if rng.random() < 0.4:
            out.append("    kg:former true")
        if rng.random() < 0.2:
            out.append(f"    kg:termNumber {rng.randint(1, 3)}")
    if relation in ("memberOf", "leaderOf") and rng.random() < 0.1:
        out.append("    kg:former true")
    if rng.random() < 0.005:
        out.append("    kg:negated true")
    return out


def _quote(rng: random.Random, relation: str, s: str, o: str, dated, variant: int,
           share: str | None) -> str:
    templates = QUOTES[relation]
    template = templates[variant % len(templates)]
    when = f" {dated[2]}" if dated else ""
    return template.format(s=s, o=o, when=when, share=share)


def _write_claims(rng: random.Random, root: Path, entities: list[Entity], claims: int) -> int:
    maker = _ClaimMaker(rng, entities)
    sources = _Sources(root / "seeds", rng)
    writer = _ChunkWriter(root / "ontology", "claims", CLAIMS_PER_FILE, TURTLE_PREFIXES)
    agents = maker.pools["agent"]
    started = time.perf_counter()
    try:
        for number in range(claims):
            source = number // CLAIMS_PER_SOURCE
            if number % CLAIMS_PER_SOURCE == 0:
                sources.flush_before(source - 2)
            relation, subject, obj, dated = maker.draw()
            s, o = entities[subject], entities[obj]
            share = None
            if relation == "candidateIn":
                share = f"{rng.uniform(0.5, 60):.2f}"
            evidence = []
            count = rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
            first_variant = rng.randrange(6)
            for position in range(count):
                cited = source if position == 0 else rng.randint(max(0, source - 2), source)
                quote = _quote(rng, relation, s.label, o.label, dated, first_variant + position,
                               share and share.replace(".", ","))
                attributed = None
                if rng.random() < 0.2:
                    speaker = subject if s.cls in AGENT and rng.random() < 0.4 else None
                    attributed = entities[agents.draw(rng) if speaker is None else speaker]
                name = _Sources.name(cited)
                sources.cite(cited, quote, attributed.label if attributed else None,
                             dated[0] if dated else None)
                evidence.append((name, quote, attributed.slug if attributed else None))
            writer.write(
                _claim_turtle(number + 1, maker, relation, subject, obj, dated, share, evidence)
            )
            if (number + 1) % 100_000 == 0:
                rate = (number + 1) / (time.perf_counter() - started)
                log.info("synth: %d of %d claims (%.0f claims/s)", number + 1, claims, rate)
        sources.flush_before(claims)
    finally:
        writer.close()
    return sources.written


# ---------------------------------------------------------------- the root


def _staging_folder(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.synth-", dir=target.parent))


def generate(target: str | os.PathLike, actors: int, claims: int | None = None,
             seed: int = 0) -> SynthReport:
    """Write a synthetic root into `target`, which must be new or empty. Written in a staging
    folder next to it and renamed into place, so an interrupted run leaves nothing half-done."""
    started = time.perf_counter()
    target = Path(target)
    if claims is None:
        claims = DEFAULT_CLAIMS_PER_ACTOR * actors
    if actors < 20:
        raise InputError(f"`actors` {actors} is too small: give at least 20",
                         parameter="actors")
    if claims < 1:
        raise InputError("`claims` must be at least 1", parameter="claims")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(f"{target} exists and is not an empty folder")
    rng = random.Random(seed)
    staging = _staging_folder(target)
    try:
        ontology, seeds = staging / "ontology", staging / "seeds"
        ontology.mkdir()
        seeds.mkdir()
        (staging / "output").mkdir()
        packaged = packaged_root().ontology
        for name in ("schema.ttl", "shapes.ttl"):
            shutil.copyfile(packaged / name, ontology / name)
        entities = _entities(rng, actors)
        writer = _ChunkWriter(ontology, "entities", ENTITIES_PER_FILE, TURTLE_PREFIXES)
        try:
            for entity in entities:
                writer.write(_entity_turtle(entity, entities))
        finally:
            writer.close()
        sources = _write_claims(rng, staging, entities, claims)
        if target.exists():
            target.rmdir()
        staging.rename(target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    classes: dict[str, int] = {}
    for entity in entities:
        classes[entity.cls] = classes.get(entity.cls, 0) + 1
    return SynthReport(
        root=str(target), entities=len(entities), claims=claims, sources=sources,
        classes=classes, seconds=round(time.perf_counter() - started, 2),
    )

