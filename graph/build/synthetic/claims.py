"""Synthetic claims and the sources that cite them: each claim drawn with its relation's domain
and range, dated and qualified, its quotes written into the texts of its sources."""

from __future__ import annotations

import itertools
import logging
import random
import time
from datetime import date
from pathlib import Path

from graph.build.synthetic.draws import Zipf, dated_phrase, random_date
from graph.build.synthetic.entities import Entity
from graph.build.synthetic.turtle import TURTLE_PREFIXES, ChunkWriter, escape
from graph.build.synthetic.vocabulary import (
    AGENT,
    EVENT_RELATIONS,
    FILLERS,
    MODES,
    MONTHS,
    POOLS,
    QUOTES,
    RELATIONS,
)

log = logging.getLogger("kgraph")

CLAIMS_PER_FILE = 50_000
CLAIMS_PER_SOURCE = 20


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
        latest = self.latest.pop(index, "") or random_date(rng).isoformat()
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
        self.pools = {pool: Zipf(members, rng) for pool, members in by_pool.items()}
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
        return dated_phrase(rng, random_date(rng))


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
                     f'          kg:quote "{escape(quote)}" ]')
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


def write_claims(rng: random.Random, root: Path, entities: list[Entity], claims: int) -> int:
    maker = _ClaimMaker(rng, entities)
    sources = _Sources(root / "seeds", rng)
    writer = ChunkWriter(root / "ontology", "claims", CLAIMS_PER_FILE, TURTLE_PREFIXES)
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
