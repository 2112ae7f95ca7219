"""What the browser workbench does to a review file besides accepting and rejecting: edit a
candidate, add a claim from a span of the article, find the entities a span mentions, and
search the entities a candidate may point at.

Every change is checked here before anything is written, and the review file is replaced
atomically; accepting still goes through `review_source` (staged validation, one atomic write),
so a claim added in the browser is held to the same rules as an extracted one.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError, ModelMissing
from graph.ingest.files import commit
from graph.ingest.knowledge import Knowledge
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, Candidate, CandidateEntity, EvidenceRow
from graph.ingest.reading import fold, read_article, split_sentences
from graph.ingest.register import REVIEW_FOLDER, review_path
from graph.ingest.review import load_review, review_source, source_name
from graph.model.dates import parse_iso
from graph.model.names import name_key
from graph.model.terms import CLASS_ENTITY, ENTITY, KG
from graph.sparql.bindings import iri

MANUAL_CUE = "selected in the workbench"
MAX_LABEL = 200
MAX_QUOTE = 5000
PRECISIONS = ("year", "month", "day")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_MODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")


# ---------------------------------------------------------------- reading


def reviews(kg) -> list[dict]:
    """Every review file of the root with its counts, newest source last."""
    folder = kg.root.output / REVIEW_FOLDER
    titles = {s.id: s.title for s in kg.sources()}
    found = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found.append({"name": path.stem, "title": None, "unreadable": True,
                          "candidates": 0, "pending": 0, "accepted": 0, "rejected": 0})
            continue
        statuses = [c.get("status", "pending") for c in data.get("candidates", [])]
        found.append({
            "name": path.stem,
            "title": titles.get(f"src:{path.stem}"),
            "article_date": data.get("article_date"),
            "extractor": data.get("extractor"),
            "candidates": len(statuses),
            **{status: statuses.count(status) for status in ("pending", "accepted", "rejected")},
        })
    return found


def article(kg, source: str) -> dict:
    """The article's text and sentences, and its candidates with the place of their evidence."""
    name, data = load_review(kg, source)
    text = _text(kg, name)
    knowledge = _knowledge(kg, data)
    candidates = []
    for candidate in (Candidate.from_dict(c) for c in data.get("candidates", [])):
        row = candidate.row()
        row.update(
            subject_key=candidate.subject_key, object_key=candidate.object_key,
            since=candidate.since, claim=candidate.claim,
            attributed_to_key=candidate.evidence[0].attributed_to_key
            if candidate.evidence else None,
            spans=[span for e in candidate.evidence if (span := locate(text, e.quote))],
            subject_classes=sorted(_classes(knowledge, candidate.subject_key)),
            object_classes=sorted(_classes(knowledge, candidate.object_key)),
        )
        candidates.append(row)
    titles = {s.id: s.title for s in kg.sources()}
    return {
        "name": name,
        "source": data.get("source"),
        "title": titles.get(f"src:{name}"),
        "article_date": data.get("article_date"),
        "text": text,
        "sentences": [[s.start, s.end] for s in split_sentences(text)],
        "candidates": candidates,
        "entities": [{**e, "classes": sorted(_classes(knowledge, e["key"]))}
                     for e in data.get("entities", [])],
    }


def ontology(kg) -> dict:
    """The relations with their domains and ranges, the classes and the qualifiers: the
    choices the page offers."""
    schema = kg.schema
    return {
        "relations": [
            {"name": r.name, "label": r.label_en, "label_es": r.label_es,
             "domain": r.domain, "range": r.range, "symmetric": r.symmetric}
            for r in sorted(schema.relations.values(), key=lambda r: r.name)],
        "classes": [{"iri": c, "label": label, "ancestors": sorted(schema.ancestors.get(c, ()))}
                    for c, label in sorted(schema.class_labels.items(), key=lambda x: x[1])],
        "qualifiers": sorted(name for name in schema.qualifiers.values() if name != "negated"),
        "precisions": list(PRECISIONS),
    }


def locate(text: str, quote: str) -> list[int] | None:
    """[start, end] of `quote` in `text`: verbatim, or with any run of whitespace matching any
    other (the build compares quotes whitespace-normalized)."""
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return [at, at + len(quote)]
    words = quote.split()
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return [match.start(), match.end()] if match else None


def search_entities(kg, source: str | None, text: str, limit: int = 12) -> list[dict]:
    """Entities of the graph and candidate entities of the review file whose names match
    `text`, case- and accent-insensitively, through labels and aliases."""
    key = name_key(text)
    if not key:
        return []
    hits: list[dict] = []
    if source:
        _, data = load_review(kg, source)
        knowledge = _knowledge(kg, data)
        for entity in data.get("entities", []):
            names = [entity["label"], *entity.get("aliases", [])]
            matched = next((n for n in names if key in name_key(n)), None)
            if matched is not None:
                hits.append({"key": entity["key"], "label": entity["label"],
                             "class": entity["cls"], "matched": matched, "new": True,
                             "score": 1.0 if name_key(matched) == key else 0.85,
                             "classes": sorted(_classes(knowledge, entity["key"]))})
    else:
        knowledge = _knowledge(kg, {})
    for hit in kg.search(text, limit):
        ref = hit.entity
        hits.append({"key": ref.iri, "label": ref.label, "class": ref.cls, "matched": hit.matched,
                     "new": False, "score": hit.score,
                     "classes": sorted(_classes(knowledge, ref.iri))})
    # A candidate entity accepted meanwhile is in the graph: the review resolves it there.
    known = {name_key(h["label"]) for h in hits if not h["new"]}
    hits = [h for h in hits if not (h["new"] and name_key(h["label"]) in known)]
    hits.sort(key=lambda h: (-h["score"], h["label"]))
    return hits[:limit]


# ---------------------------------------------------------------- changing a candidate


@dataclass
class _Review:
    """A review file being changed: written back whole, or not at all."""

    kg: object
    name: str
    data: dict

    @classmethod
    def open(cls, kg, source: str) -> _Review:
        name, data = load_review(kg, source)
        return cls(kg, name, data)

    @property
    def entities(self) -> dict[str, dict]:
        return {e["key"]: e for e in self.data.setdefault("entities", [])}

    def candidates(self) -> list[Candidate]:
        return [Candidate.from_dict(c) for c in self.data.get("candidates", [])]

    def save(self, candidates: list[Candidate]) -> None:
        self.data["candidates"] = [c.as_dict() for c in candidates]
        path = review_path(self.kg.root, self.name)
        commit({path: json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"})

    def end(self, value, what: str) -> tuple[str, str]:
        """(key, label) of an end given as {"key": IRI or new:...} or {"new": {label, class,
        aliases}}; a new entity is described in the review file for the review to create."""
        if not isinstance(value, dict):
            raise InputError(f"`{what}` expects an entity: {{\"key\": ...}} or {{\"new\": ...}}")
        if "new" in value:
            return self._new_entity(value["new"], what)
        key = value.get("key")
        if not isinstance(key, str) or not key:
            raise InputError(f"`{what}` names no entity")
        if key.startswith(NEW):
            entity = self.entities.get(key)
            if entity is None:
                raise InputError(f"`{what}`: no candidate entity {key} in this review")
            return key, entity["label"]
        if not key.startswith(ENTITY) or not self.kg.engine.ask(
                f"ASK {{ ?x a <{CLASS_ENTITY}> }}", {"x": iri(key)}):
            raise InputError(f"`{what}`: the graph holds no entity {key}")
        return key, self.kg.resolve(key).label

    def _new_entity(self, spec, what: str) -> tuple[str, str]:
        if not isinstance(spec, dict):
            raise InputError(f"`{what}`: a new entity needs a label and a class")
        label = _clean(spec.get("label"), f"{what} label")
        cls = spec.get("class") or spec.get("cls")
        if cls not in self.kg.schema.class_labels or cls == CLASS_ENTITY:
            raise InputError(f"`{what}`: {cls!r} is not a class of entities")
        aliases = spec.get("aliases") or []
        if not isinstance(aliases, list):
            raise InputError(f"`{what}`: aliases must be a list of names")
        aliases = [a for a in (_clean(a, f"{what} alias") for a in aliases) if a != label]
        entities = self.entities
        base, number = NEW + slug(label), 2
        key = base
        while key in entities and name_key(entities[key]["label"]) != name_key(label):
            key, number = f"{base}-{number}", number + 1
        if key in entities:
            entity = entities[key]
            entity["cls"] = cls
            entity["aliases"] = sorted(set(entity.get("aliases", [])) | set(aliases))
        else:
            self.data["entities"].append(
                CandidateEntity(key, label, cls, aliases, mentions=0).as_dict())
        return key, label


def _clean(value, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"`{what}` is empty")
    text = " ".join(value.split())
    if len(text) > MAX_LABEL or _CONTROL.search(text):
        raise InputError(f"`{what}` must be one line of at most {MAX_LABEL} characters")
    return text


def _find(candidates: list[Candidate], number: int) -> Candidate:
    for candidate in candidates:
        if candidate.number == number:
            if candidate.status == "accepted":
                raise InputError(f"candidate {number} is already accepted as {candidate.claim}")
            return candidate
    raise InputError(f"no candidate {number}")


def _apply(review: _Review, candidate: Candidate, changes: dict) -> None:
    kg = review.kg
    if not isinstance(changes, dict):
        raise InputError("the changes must be an object")
    unknown = set(changes) - {"subject", "relation", "object", "date", "date_precision",
                              "date_expression", "since", "negated", "qualifiers",
                              "attributed_to"}
    if unknown:
        raise InputError(f"cannot change {', '.join(sorted(unknown))}")
    if "subject" in changes:
        candidate.subject_key, candidate.subject = review.end(changes["subject"], "subject")
    if "object" in changes:
        candidate.object_key, candidate.object = review.end(changes["object"], "object")
    if "relation" in changes:
        if changes["relation"] not in kg.schema.relations:
            raise InputError(f"unknown relation {changes['relation']!r}; valid relations: "
                             f"{', '.join(sorted(kg.schema.relations))}")
        candidate.relation = changes["relation"]
    if "date" in changes or "date_precision" in changes:
        candidate.date, candidate.date_precision = _date(
            changes.get("date", candidate.date), changes.get("date_precision"))
    if "date_expression" in changes:
        expression = changes["date_expression"]
        candidate.date_expression = _clean(expression, "date expression") if expression else None
    if not candidate.date:
        candidate.date_expression = None
    for flag in ("since", "negated"):
        if flag in changes:
            if not isinstance(changes[flag], bool):
                raise InputError(f"`{flag}` is true or false")
            setattr(candidate, flag, changes[flag])
    if "qualifiers" in changes:
        candidate.qualifiers = _qualifiers(review, changes["qualifiers"])
    if "attributed_to" in changes:
        value = changes["attributed_to"]
        key, label = review.end(value, "attributed_to") if value else (None, None)
        for row in candidate.evidence:
            row.attributed_to_key, row.attributed_to = key, label


def _date(text, precision) -> tuple[str | None, str | None]:
    if text in (None, ""):
        return None, None
    parsed = parse_iso(str(text))
    if parsed is None:
        raise InputError(f"`date` expects YYYY, YYYY-MM or YYYY-MM-DD, not {text!r}")
    if precision in (None, ""):
        return parsed.iso, parsed.precision
    if precision not in PRECISIONS:
        raise InputError(f"`date_precision` is one of {', '.join(PRECISIONS)}")
    if PRECISIONS.index(precision) > PRECISIONS.index(parsed.precision):
        raise InputError(f"the date {parsed.iso} is not known to the {precision}")
    return parsed.iso[:{"year": 4, "month": 7, "day": 10}[precision]], precision


def _qualifiers(review: _Review, given) -> dict:
    if not isinstance(given, dict):
        raise InputError("`qualifiers` must be an object of name: value")
    allowed = set(review.kg.schema.qualifiers.values()) - {"negated"}
    result = {}
    for name, value in given.items():
        if name not in allowed:
            raise InputError(f"unknown qualifier {name!r}; valid: {', '.join(sorted(allowed))}")
        if value in (None, ""):
            continue
        if name == "context":
            result[name] = review.end(value if isinstance(value, dict) else {"key": value},
                                      "context")[0]
            continue
        text = str(value).strip()
        if name == "mode":
            if not _MODE.match(text):
                raise InputError(f"`mode` is a name such as phoneCall, not {text!r}")
            result[name] = text
        elif name in ("voteShare", "countedShare"):
            try:
                result[name] = float(text)
            except ValueError:
                raise InputError(f"`{name}` is a number, not {text!r}") from None
        elif text in ("true", "false"):
            result[name] = text == "true"
        elif re.fullmatch(r"-?\d+", text):
            result[name] = int(text)
        else:
            result[name] = _clean(text, name)
    return result


def edit_candidate(kg, source: str, number: int, changes: dict) -> Candidate:
    """Change a pending candidate (its ends, relation, date and precision, qualifiers,
    attribution, negation); the review file is rewritten only when every change is valid."""
    review = _Review.open(kg, source)
    candidates = review.candidates()
    candidate = _find(candidates, number)
    _apply(review, candidate, changes)
    if candidate.status == "rejected":
        candidate.status = "pending"  # an edited candidate is worth a second look
    review.save(candidates)
    return candidate


def add_claim(kg, source: str, start: int, end: int, fields: dict,
              quote: str | None = None) -> Candidate:
    """A new candidate whose quote is the article's text from `start` to `end` (character
    offsets; surrounding whitespace is left out). When `quote` is given it must be exactly that
    text: what the page showed is what the claim cites."""
    review = _Review.open(kg, source)
    text = _text(kg, review.name)
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise InputError(f"the selection {start}-{end} is not inside the article "
                         f"(0-{len(text)})")
    if quote is not None and text[start:end] != quote:
        raise InputError("the selected text is not the article's text at those offsets")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > MAX_QUOTE or not any(ch.isalpha() for ch in text[start:end]):
        raise InputError(f"select the words that support the claim (at most {MAX_QUOTE} "
                         "characters)")
    missing = [f for f in ("subject", "relation", "object") if not fields.get(f)]
    if missing:
        raise InputError(f"a claim needs a {', '.join(missing)}")
    candidates = review.candidates()
    candidate = Candidate("", "", "", "", "", 1.0, [EvidenceRow(text[start:end])],
                          cue=MANUAL_CUE,
                          number=max((c.number for c in candidates), default=0) + 1)
    _apply(review, candidate, fields)
    candidates.append(candidate)
    review.save(candidates)
    return candidate


@contextlib.contextmanager
def all_or_nothing(kg, source: str):
    """The review file as it was when the block fails: an edit or an added claim that was
    saved only to be accepted is undone when the review refuses it."""
    path = review_path(kg.root, source_name(source))
    before = path.read_text(encoding="utf-8") if path.exists() else None
    try:
        yield
    except Exception:
        if before is not None:
            commit({path: before})
        raise


def decide(kg, source: str, *, accept=(), reject=(), changes: dict | None = None):
    """Accept or reject through `kgraph review`'s path; after an accepted write the store is
    rebuilt so that reads (and the map) see the new claims at once. `changes` edit the
    candidate first; a refused "save and accept" leaves every file as it was."""
    with all_or_nothing(kg, source):
        if changes:
            for number in [*accept, *reject]:
                edit_candidate(kg, source, number, changes)
        result = review_source(kg, source, accept=accept, reject=reject)
    if result.written:
        kg.build()
    return result


# ---------------------------------------------------------------- what a span mentions


_model_lock = threading.Lock()
_parsed: dict[tuple[str, int], object] = {}  # (source, text hash) -> spaCy Doc


def suggest_ends(kg, source: str, start: int, end: int) -> list[dict]:
    """The entities mentioned between `start` and `end`, in text order: linked on the Spanish
    parse when the model is installed, else found by the names the graph and the review file
    know. The first two are the page's guesses for subject and object."""
    name, data = load_review(kg, source)
    text = _text(kg, name)
    if not (0 <= start < end <= len(text)):
        raise InputError(f"the selection {start}-{end} is not inside the article")
    knowledge = _knowledge(kg, data)
    found = _by_names(text, start, end, knowledge, data)
    try:
        found = _merge(found, _by_parse(kg, name, text, start, end, knowledge, data))
    except ModelMissing:
        pass
    return found


def _mention(key: str, label: str, cls: str | None, text: str, at: int, stop: int,
             knowledge: Knowledge) -> dict:
    return {"key": key, "label": label, "class": cls, "text": text, "start": at, "end": stop,
            "new": key.startswith(NEW), "classes": sorted(_classes(knowledge, key))}


def _by_names(text: str, start: int, end: int, knowledge: Knowledge, data: dict) -> list[dict]:
    """Capitalized names of known entities, longest first, never overlapping."""
    folded = fold(text[start:end])
    names: list[tuple[str, str]] = [(n, e.iri) for e in knowledge.entities.values()
                                    for n in e.names]
    for entity in data.get("entities", []):
        names += [(n, entity["key"]) for n in (entity["label"], *entity.get("aliases", []))]
    taken: list[tuple[int, int]] = []
    found = []
    for written, key in sorted(names, key=lambda n: -len(n[0])):
        pattern = re.compile(r"(?<!\w)" + re.escape(fold(written)) + r"(?!\w)")
        for match in pattern.finditer(folded):
            at, stop = start + match.start(), start + match.end()
            if not text[at].isupper() or any(a < stop and at < b for a, b in taken):
                continue
            taken.append((at, stop))
            found.append(_mention(key, _label(knowledge, data, key), _cls(knowledge, data, key),
                                  text[at:stop], at, stop, knowledge))
    return sorted(found, key=lambda m: m["start"])


def _by_parse(kg, name, text, start, end, knowledge, data) -> list[dict]:
    from graph.ingest.nlp.linking import link_document, most_specific
    from graph.ingest.nlp.pipeline import load

    with _model_lock:
        doc = _parsed.get((name, hash(text)))
        if doc is None:
            doc = _parsed[(name, hash(text))] = load()(text)
    linked = link_document(doc, knowledge)
    entities = {e["key"]: e for e in data.get("entities", [])}
    found = []
    for mention in linked.mentions:
        at, stop = doc[mention.start].idx, doc[mention.end - 1].idx + len(doc[mention.end - 1])
        if at < start or stop > end:
            continue
        key, cls = mention.key, mention.cls
        if key.startswith(NEW) and key not in entities:
            proposal = linked.entities.get(key)
            cls = proposal.cls if proposal else cls
            found.append({**_mention(key, mention.text, cls, mention.text, at, stop, knowledge),
                          "classes": [cls], "proposed": True})
            continue
        if not key.startswith(NEW):
            cls = most_specific(knowledge, key)
        found.append(_mention(key, _label(knowledge, data, key), cls, mention.text, at, stop,
                              knowledge))
    return found


def _merge(named: list[dict], parsed: list[dict]) -> list[dict]:
    """The names known already, and what the parse found besides them: a name the curator
    or the graph gave wins over the parse's guess at a span around it ("La senadora X")."""
    merged = list(named)
    for mention in parsed:
        if not any(m["start"] < mention["end"] and mention["start"] < m["end"] for m in named):
            merged.append(mention)
    return sorted(merged, key=lambda m: m["start"])


# ---------------------------------------------------------------- reading the root


def _text(kg, name: str) -> str:
    path: Path = kg.root.seeds / f"{source_name(name)}.txt"
    return read_article(path).text


def _knowledge(kg, data: dict) -> Knowledge:
    knowledge = Knowledge.from_graph(kg)
    knowledge.candidates = {e["key"]: CandidateEntity(**e) for e in data.get("entities", [])}
    return knowledge


def _classes(knowledge: Knowledge, key: str) -> set[str]:
    classes = set(knowledge.classes(key))
    for cls in list(classes):
        classes |= knowledge.ancestors.get(cls, set())
    return {c for c in classes if c.startswith(KG)}


def _label(knowledge: Knowledge, data: dict, key: str) -> str:
    if key.startswith(NEW):
        return next((e["label"] for e in data.get("entities", []) if e["key"] == key), key)
    return knowledge.entities[key].label if key in knowledge.entities else key


def _cls(knowledge: Knowledge, data: dict, key: str) -> str | None:
    if key.startswith(NEW):
        return next((e["cls"] for e in data.get("entities", []) if e["key"] == key), None)
    from graph.ingest.nlp.linking import most_specific

    return most_specific(knowledge, key)
