"""Evaluation sets: folders of NAME.txt with NAME.gold.json, the claims and new entities an
analyst read in each text (format: tests/data/ingest/eval/README.md), read and checked."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from graph.build.parse import normalize_text
from graph.errors import InputError
from graph.ingest.reading import read_article
from graph.model.dates import parse_iso

GOLD_SUFFIX = ".gold.json"
ENTITY_CLASSES = frozenset({
    "Person", "PoliticalParty", "Organization", "Network", "Coalition", "MediaOutlet",
    "SocialMediaPlatform", "Event", "Meeting", "Summit", "EventSeries", "Election",
    "ElectionRound", "Country", "Place", "Office",
})
_CLAIM_TEXT = ("subject", "relation", "object", "pattern", "quote")
_CLAIM_OPTIONAL_TEXT = ("date", "attributed_to", "role")
_CLAIM_FLAGS = ("negated", "former")
_CLAIM_KEYS = frozenset(_CLAIM_TEXT + _CLAIM_OPTIONAL_TEXT + _CLAIM_FLAGS)


@dataclass(frozen=True)
class GoldClaim:
    subject: str
    relation: str
    object: str
    pattern: str
    quote: str
    date: str | None = None
    negated: bool = False
    former: bool = False
    attributed_to: str | None = None
    role: str | None = None

    def describe(self) -> str:
        return (f"{self.subject} {'NOT ' if self.negated else ''}{self.relation} "
                f"{self.object}")


@dataclass(frozen=True)
class GoldEntity:
    name: str
    cls: str  # local name: Person, PoliticalParty...


@dataclass
class GoldText:
    name: str
    text_file: Path
    gold_file: Path
    text: str
    date: str
    claims: list[GoldClaim] = field(default_factory=list)
    entities: list[GoldEntity] = field(default_factory=list)


@dataclass
class GoldSet:
    folder: Path
    texts: list[GoldText]


def read_set(folder: str | Path) -> GoldSet:
    """Every NAME.txt of `folder` with its NAME.gold.json, checked: a missing or ill-formed
    gold file, or a gold quote that is not in its text, is an InputError naming the file."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"no evaluation set at {folder}: expected a folder of NAME.txt and "
                         f"NAME{GOLD_SUFFIX}", parameter="gold_set")
    texts = sorted(p for p in folder.glob("*.txt") if p.is_file())
    golds = sorted(p for p in folder.glob(f"*{GOLD_SUFFIX}") if p.is_file())
    for gold in golds:
        if not (folder / (gold.name[: -len(GOLD_SUFFIX)] + ".txt")).is_file():
            raise InputError(f"{gold} has no text beside it "
                             f"({gold.name[: -len(GOLD_SUFFIX)]}.txt)")
    if not texts:
        raise InputError(f"{folder} holds no NAME.txt with a NAME{GOLD_SUFFIX}")
    return GoldSet(folder, [read_text(path) for path in texts])


def read_text(text_file: Path) -> GoldText:
    gold_file = text_file.with_name(text_file.stem + GOLD_SUFFIX)
    if not gold_file.is_file():
        raise InputError(f"{gold_file} is missing: every text of an evaluation set needs its "
                         "gold claims")
    text = read_article(text_file).text
    try:
        data = json.loads(gold_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputError(f"{gold_file} is not readable JSON: {_one_line(error)}") from error
    return _parse(data, text_file, gold_file, text)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def _parse(data, text_file: Path, gold_file: Path, text: str) -> GoldText:
    def bad(problem: str) -> InputError:
        return InputError(f"{gold_file}: {problem}")

    if not isinstance(data, dict):
        raise bad("expected a JSON object with date, claims and entities")
    unknown = sorted(set(data) - {"date", "claims", "entities"})
    if unknown:
        raise bad(f"unknown key {unknown[0]!r}")
    date = data.get("date")
    if not isinstance(date, str) or parse_iso(date) is None:
        raise bad(f"date expects YYYY-MM-DD (or YYYY-MM, YYYY), not {date!r}")
    claims, entities = data.get("claims", []), data.get("entities", [])
    if not isinstance(claims, list) or not isinstance(entities, list):
        raise bad("claims and entities must be lists")
    normalized = normalize_text(text)
    gold = GoldText(text_file.stem, text_file, gold_file, text, date)
    for number, claim in enumerate(claims, 1):
        gold.claims.append(_claim(claim, number, normalized, gold_file))
    for number, entity in enumerate(entities, 1):
        if (not isinstance(entity, dict) or set(entity) != {"name", "class"}
                or not isinstance(entity["name"], str) or not entity["name"].strip()):
            raise bad(f"entity {number} must be {{\"name\": ..., \"class\": ...}}")
        if entity["class"] not in ENTITY_CLASSES:
            raise bad(f"entity {number} ({entity['name']}) has an unknown class "
                       f"{entity['class']!r}; known: {', '.join(sorted(ENTITY_CLASSES))}")
        gold.entities.append(GoldEntity(entity["name"].strip(), entity["class"]))
    return gold


def _claim(claim, number: int, normalized_text: str, gold_file: Path) -> GoldClaim:
    def bad(problem: str) -> InputError:
        return InputError(f"{gold_file}: claim {number}{problem}")

    if not isinstance(claim, dict):
        raise bad(" is not an object")
    unknown = sorted(set(claim) - _CLAIM_KEYS)
    if unknown:
        raise bad(f" has an unknown key {unknown[0]!r}")
    for key in _CLAIM_TEXT:
        if not isinstance(claim.get(key), str) or not claim[key].strip():
            raise bad(f" needs {key} (a non-empty string)")
    for key in _CLAIM_OPTIONAL_TEXT:
        if claim.get(key) is not None and not isinstance(claim[key], str):
            raise bad(f": {key} must be a string")
    for key in _CLAIM_FLAGS:
        if not isinstance(claim.get(key, False), bool):
            raise bad(f": {key} must be true or false")
    if claim.get("date") is not None and parse_iso(claim["date"]) is None:
        raise bad(f": date expects YYYY-MM-DD (or YYYY-MM, YYYY), not "
                   f"{claim['date']!r}")
    if normalize_text(claim["quote"]) not in normalized_text:
        raise bad(f": the quote is not verbatim in the text: "
                   f"{claim['quote'][:80]!r}")
    return GoldClaim(
        claim["subject"].strip(), claim["relation"].strip(), claim["object"].strip(),
        claim["pattern"].strip(), claim["quote"], claim.get("date"),
        claim.get("negated", False), claim.get("former", False), claim.get("attributed_to"),
        claim.get("role"))
