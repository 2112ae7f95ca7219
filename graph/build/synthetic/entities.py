"""Synthetic entities: unique labels and slugs, realistic aliases, every class in proportion."""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph.build.synthetic.draws import random_date
from graph.build.synthetic.turtle import escape
from graph.build.synthetic.vocabulary import (
    CITIES,
    CLASS_MIX,
    COUNTRIES,
    FIRST_NAME_SET,
    FIRST_NAMES,
    NETWORK_HEADS,
    NETWORK_TOPICS,
    OFFICE_AREAS,
    OUTLET_HEADS,
    OUTLET_NAMES,
    PARTY_HEADS,
    PARTY_WORDS,
    PLATFORMS,
    SUMMIT_HEADS,
    SUMMIT_TOPICS,
    SURNAMES,
)
from graph.errors import InputError
from graph.model.names import name_key


@dataclass(slots=True)
class Entity:
    slug: str
    cls: str
    label: str
    aliases: list[str] = field(default_factory=list)
    country: int | None = None  # index of a Country entity
    date: tuple[str, str] | None = None  # (lexical, datatype) for events
    part_of: int | None = None


def _slug(text: str) -> str:
    return name_key(text).replace(" ", "-") or "x"


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


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


def draw_entities(rng: random.Random, actors: int) -> list[Entity]:
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
        day = random_date(rng)
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
        day = random_date(rng, year, year)
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


def entity_turtle(entity: Entity, entities: list[Entity]) -> str:
    lines = [f'kgr:{entity.slug} a kg:{entity.cls}', f'    rdfs:label "{escape(entity.label)}"']
    if entity.aliases:
        lines.append("    skos:altLabel " + " , ".join(f'"{escape(a)}"' for a in entity.aliases))
    if entity.country is not None and entity.cls != "Country":
        lines.append(f"    kg:country kgr:{entities[entity.country].slug}")
    if entity.part_of is not None:
        lines.append(f"    kg:partOf kgr:{entities[entity.part_of].slug}")
    if entity.date:
        lines.append(f'    kg:date "{entity.date[0]}"^^xsd:{entity.date[1]}')
    return " ;\n".join(lines) + " .\n"
