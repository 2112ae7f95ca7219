"""Entities that are likely one and the same, and merging one into another.

Articles name people and organizations in many ways ("Le Pen", "Marine Le Pen", "RN"), and
review creates an entity for a name the graph did not know; this module finds the pairs worth
a look and merges them.

`likely_duplicates` scores pairs of entities of compatible classes (one class equal to or a
subclass of the other) on their folded names (equal names; one's label an alias of the other;
a short name contained in a full one, surname included; given names as initials, "M. Quiroga";
initials, "JAK"; close spelling by token-set ratio) and on shared context (common neighbours
and sources, which only strengthen a name match).

`merge_entities` rewrites the curated Turtle as text, statement by statement, with comments
and layout kept (graph/ingest/rewrite.py), in every input file, hand-edited ones included:
every mention of the dropped entity (subject, object, attribution, any other position) becomes
the kept one; the dropped entity's statements go, its label and aliases becoming aliases of
the kept one and its other properties carried over when the kept one has none of that
property; claims that become identical (same ends, relation, date and negation) become one,
their evidence united. It refuses in one line what it cannot do safely: a file with `@base`,
relative IRIs or text its tokenizer does not read, and a merge that would tie an entity to
itself. The edited files are parsed again, then validated by the build on a staged copy, then
written all at once, or not at all.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz, process

from graph.errors import InputError, ValidationError
from graph.ingest import rewrite, turtle
from graph.ingest.files import check_turtle, commit, require_writable, staged_problems
from graph.model.entities import EntityRef, describe
from graph.model.names import name_key
from graph.model.terms import (
    CLASS_ENTITY,
    KG,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    SKOS_PREF,
    local_name,
)
from graph.root import Root
from graph.sparql.bindings import values_clause

MIN_SCORE = 0.6
_LARGEST_BLOCK = 100
_STOPWORDS = {"de", "del", "la", "las", "el", "los", "y", "e", "of", "the", "and", "da", "do"}
_NAMES = {RDFS_LABEL, SKOS_PREF, SKOS_ALT}
_CLAIM_CORE = {RDF_TYPE, KG + "subject", KG + "relation", KG + "object", KG + "date",
               KG + "negated"}
_UNITED = {KG + "evidence", KG + "dateEvidence"}  # merged claims keep every value


# ---------------------------------------------------------------- likely duplicates


@dataclass(frozen=True)
class Pair:
    """Two entities that may be one. `keep` is the suggested survivor (the fuller name, then
    the one with more claims), `drop` the one to merge into it; `score` is between 0 and 1."""

    keep: EntityRef
    drop: EntityRef
    score: float
    reasons: list[str]

    def as_dict(self) -> dict:
        return {"keep": self.keep.iri, "keep_label": self.keep.label,
                "drop": self.drop.iri, "drop_label": self.drop.label,
                "class": self.keep.cls, "score": round(self.score, 3),
                "reasons": self.reasons}


@dataclass
class _Names:
    """An entity's names, folded; what comparisons need is computed once per entity, since
    one entity meets many others."""

    label: str
    key: str
    aliases: dict[str, str] = field(default_factory=dict)  # key -> as written

    @cached_property
    def words(self) -> list[str]:
        return self.key.split()

    @cached_property
    def word_set(self) -> frozenset[str]:
        return frozenset(self.words)

    @cached_property
    def initials(self) -> str:
        return _initials(self.key)

    @cached_property
    def squeezed(self) -> frozenset[str]:
        """Every name without its spaces: "J A K" and "JAK" alike."""
        return frozenset(k.replace(" ", "") for k in (self.key, *self.aliases))


def _initials(key: str) -> str:
    words = [w for w in key.split() if w not in _STOPWORDS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _same_words(first: list[str], second: list[str]) -> bool:
    """Whether the words only one of two names has are spelling variants of words the other
    has: "Meloni"/"Melloni" are, "Primera vuelta"/"Segunda vuelta" and "2021"/"2025" are not,
    however alike the rest of the names."""
    only_first = set(first) - set(second) - _STOPWORDS
    only_second = set(second) - set(first) - _STOPWORDS
    return all(max((fuzz.ratio(word, other) for other in theirs), default=0) >= 80
               for mine, theirs in ((only_first, only_second), (only_second, only_first))
               for word in mine)


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """Whether `short` writes some of `long`'s given names as initials, surname in full:
    "M. Quiroga" for "Marta Quiroga", "J. A. Kast" or "J. Kast" for "José Antonio Kast"."""
    if len(short) < 2 or short[-1] != long[-1] or not any(len(w) == 1 for w in short[:-1]):
        return False
    given = iter(long[:-1])
    return all(any(word == name or (len(word) == 1 and name.startswith(word))
                   for name in given) for word in short[:-1])


def name_evidence(a: _Names, b: _Names) -> tuple[float, list[str]]:
    """How strongly the names alone say that `a` and `b` are one entity, and why."""
    if a.key == b.key:
        return 1.0, [f"same name “{a.label}”"]
    score, reasons = 0.0, []

    def found(value: float, reason: str) -> None:
        nonlocal score
        score = max(score, value)
        reasons.append(reason)

    for one, other in ((a, b), (b, a)):
        if one.key in other.aliases:
            found(0.9, f"“{one.label}” is a name of {other.label}")
    short, long = sorted((a, b), key=lambda n: (len(n.words), len(n.key)))
    if short.word_set < long.word_set:
        # A surname alone ("Le Pen") is a likelier short form than a first name alone.
        value = 0.85 if long.words[-1] in short.word_set else 0.7
        found(value, f"“{short.label}” is contained in “{long.label}”")
    elif _abbreviates(short.words, long.words):
        found(0.85, f"“{short.label}” abbreviates “{long.label}”")
    else:
        ratio = fuzz.token_set_ratio(a.key, b.key, score_cutoff=85)
        if ratio and _same_words(short.words, long.words):
            found(0.9 * ratio / 100, f"similar spelling (token-set ratio {ratio:.0f})")
    for one, other in ((a, b), (b, a)):
        # Acronyms of two names can coincide: an entity's own initials prove nothing.
        if len(other.initials) >= 2 and other.initials != one.initials and \
                other.initials in one.squeezed:
            found(0.8, f"{other.initials.upper()} are the initials of “{other.label}”")
    shared = (set(a.aliases) & set(b.aliases)) - {a.key, b.key}
    if shared and score < 0.45:
        shown = a.aliases[sorted(shared)[0]]
        found(0.45, f"both are also called “{shown}”")
    return score, reasons


def _compatible(schema, first: str | None, second: str | None) -> bool:
    if first is None or second is None:
        return False
    return first == second or first in schema.ancestors.get(second, ()) or \
        second in schema.ancestors.get(first, ())


def _entity_classes(kg, iris=None) -> dict[str, str | None]:
    where = values_clause("e", iris) if iris is not None else ""
    classes: dict[str, set[str]] = defaultdict(set)
    for row in kg.engine.select(
            f"SELECT ?e ?c WHERE {{ {where} ?e a <{CLASS_ENTITY}> ; a ?c }}"):
        classes[row["e"]].add(row["c"])
    return {e: kg.schema.most_specific(c) for e, c in classes.items()}


def _context(kg, entities) -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, int]]:
    """Neighbours, sources and number of claims of `entities`. Two plain scans joined here:
    a store plans them far faster than one query binding thousands of entities."""
    neighbours: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, set[str]] = defaultdict(set)
    claims: dict[str, int] = defaultdict(int)
    if not entities:
        return neighbours, sources, claims
    ends: dict[str, list[str]] = {}
    for row in kg.engine.select(
            "SELECT ?c ?s ?o WHERE { ?c a kg:Claim ; kg:subject ?s ; kg:object ?o }"):
        for one, other in ((row["s"], row["o"]), (row["o"], row["s"])):
            if one in entities:
                neighbours[one].add(other)
                claims[one] += 1
                ends.setdefault(row["c"], []).append(one)
    for row in kg.engine.select(
            "SELECT DISTINCT ?c ?src WHERE { ?c a kg:Claim ; kg:evidence/kg:source ?src }"):
        for one in ends.get(row["c"], ()):
            sources[one].add(row["src"])
    return neighbours, sources, claims


def _candidate_pairs(names: dict[str, _Names]) -> set[tuple[str, str]]:
    """Pairs worth scoring. Entities are grouped by a word of a name, the first letters of
    a surname, or initials; within a group, names are compared in bulk by token-set ratio
    (a name within another scores 100) and only close ones are kept, and everything in an
    initials group is kept. The work grows with the graph, not with its square."""
    words: dict[str, list[tuple[str, str]]] = defaultdict(list)  # word -> (entity, name)
    initials: dict[str, set[str]] = defaultdict(set)
    for entity, known in names.items():
        for key in (known.key, *known.aliases):
            for word in set(key.split()) - _STOPWORDS:
                if len(word) > 1:
                    words[word].append((entity, key))
            if _initials(key):
                initials[_initials(key)].add(entity)
        for squeezed in known.squeezed:
            if 1 < len(squeezed) <= 6:
                initials[squeezed].add(entity)
        if known.words and len(known.words[-1]) >= 5:
            # Spelling variants of a surname ("Meloni", "Melloni") share its first letters.
            words["~" + known.words[-1][:4]].append((entity, known.key))
    pairs: set[tuple[str, str]] = set()
    for members in words.values():
        if len({entity for entity, _ in members}) < 2:
            continue
        if len(members) > _LARGEST_BLOCK:  # a word most names have says nothing
            continue
        keys = [key for _, key in members]
        close = process.cdist(keys, keys, scorer=fuzz.token_set_ratio, score_cutoff=80)
        for first, second in zip(*close.nonzero(), strict=True):
            one, other = members[first][0], members[second][0]
            if one < other:
                pairs.add((one, other))
    for members in initials.values():
        if 1 < len(members) <= _LARGEST_BLOCK:
            ordered = sorted(members)
            pairs.update((one, other) for i, one in enumerate(ordered)
                         for other in ordered[i + 1:])
    return pairs


def likely_duplicates(kg, limit: int = 20, min_score: float = MIN_SCORE) -> list[Pair]:
    """Pairs of entities of compatible classes that are likely one entity, best first, at
    most `limit` (0 or None: all) with a score of at least `min_score`."""
    if limit is not None and limit < 0:
        raise InputError(f"`limit` must be 0 or more, not {limit}", parameter="limit")
    names: dict[str, _Names] = {}
    for row in kg.engine.select(
            f"SELECT ?e ?l WHERE {{ ?e a <{CLASS_ENTITY}> ; rdfs:label ?l }} ORDER BY ?e ?l"):
        names.setdefault(row["e"], _Names(row["l"], name_key(row["l"])))
    for entity, written, key in kg.resolver.names():
        if entity in names and key != names[entity].key:
            names[entity].aliases.setdefault(key, written)
    classes = _entity_classes(kg)
    pairs = sorted(p for p in _candidate_pairs(names)
                   if _compatible(kg.schema, classes.get(p[0]), classes.get(p[1])))
    named = []
    for first, second in pairs:
        score, reasons = name_evidence(names[first], names[second])
        if score >= 0.5:
            named.append((first, second, score, reasons))
    neighbours, sources, claims = _context(kg, {e for pair in named for e in pair[:2]})
    scored: list[tuple[float, str, str, list[str]]] = []
    for first, second, score, reasons in named:
        if second in neighbours.get(first, ()):
            continue  # a claim ties them: the sources speak of two entities
        common = len(neighbours.get(first, set()) & neighbours.get(second, set()))
        shared = len(sources.get(first, set()) & sources.get(second, set()))
        if common:
            score += min(0.15, 0.05 * common)
            reasons.append(f"{common} neighbour{'s' if common > 1 else ''} in common")
        if shared:
            score += min(0.1, 0.05 * shared)
            reasons.append(f"{shared} source{'s' if shared > 1 else ''} in common")
        if score >= min_score:
            scored.append((min(score, 1.0), first, second, reasons))
    scored.sort(key=lambda item: (-item[0], names[item[1]].label, names[item[2]].label))
    if limit:
        scored = scored[:limit]
    refs = describe(kg.engine, kg.schema, {e for item in scored for e in item[1:3]})
    found = []
    for score, first, second, reasons in scored:
        # The fuller name usually makes the better label; then the better-attested entity.
        keep, drop = sorted((first, second), key=lambda e: (
            -len(names[e].key.split()), -claims.get(e, 0), names[e].label))
        found.append(Pair(refs[keep], refs[drop], score, reasons))
    return found


# ---------------------------------------------------------------- merging


@dataclass
class MergeResult:
    """What a merge changed (or, with `dry_run`, would change)."""

    keep: EntityRef
    drop: EntityRef
    aliases: list[str] = field(default_factory=list)  # names of drop added to keep
    rewritten: list[str] = field(default_factory=list)  # claim IRIs that named drop
    merged: list[tuple[str, str]] = field(default_factory=list)  # (absorbed, into) claim IRIs
    files: list[str] = field(default_factory=list)  # relative paths (to be) written
    # (subject, property) of values not carried over because the kept entity, or the claim
    # an identical one became, has its own value of that property.
    left_out: list[tuple[str, str]] = field(default_factory=list)
    dry_run: bool = False

    def as_dict(self) -> dict:
        return {"keep": self.keep.iri, "keep_label": self.keep.label, "drop": self.drop.iri,
                "drop_label": self.drop.label, "aliases": self.aliases,
                "rewritten_claims": self.rewritten,
                "merged_claims": [{"claim": a, "into": b} for a, b in self.merged],
                "left_out": [{"subject": a, "property": b} for a, b in self.left_out],
                "files": self.files, "dry_run": self.dry_run}


def _claims_of(kg, keep: str, drop: str) -> list[dict]:
    return kg.engine.select(
        f"""SELECT DISTINCT ?c ?s ?r ?o ?d ?neg ?sym WHERE {{ {values_clause("x", [keep, drop])}
              {{ ?c kg:subject ?x }} UNION {{ ?c kg:object ?x }}
              ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o .
              OPTIONAL {{ ?c kg:date ?d }} OPTIONAL {{ ?c kg:negated ?neg }}
              BIND(EXISTS {{ ?r a owl:SymmetricProperty }} AS ?sym) }} ORDER BY ?c""")


def _plan_claims(kg, keep: str, drop: str) -> tuple[list[str], dict[str, str]]:
    """The claims that name `drop`, and which claims become one: absorbed -> survivor."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    rewritten: list[str] = []
    for row in _claims_of(kg, keep, drop):
        s = keep if row["s"] == drop else row["s"]
        o = keep if row["o"] == drop else row["o"]
        if drop in (row["s"], row["o"]):
            rewritten.append(row["c"])
            if s == o:
                raise InputError(
                    f"merging would tie {local_name(keep)} to itself in claim "
                    f"{local_name(row['c'])}; delete or edit that claim first")
        ends = tuple(sorted((s, o))) if row["sym"] else (s, o)
        groups[(ends, row["r"], str(row["d"] or ""), bool(row["neg"]))].append(row["c"])
    for row in kg.engine.select(
            f"""SELECT DISTINCT ?c WHERE {{ {values_clause("x", [drop])}
                  ?c a kg:Claim ; kg:evidence/kg:attributedTo ?x }} ORDER BY ?c"""):
        if row["c"] not in rewritten:
            rewritten.append(row["c"])
    absorbed: dict[str, str] = {}
    for claims in groups.values():
        if len(claims) < 2:
            continue
        # The claim that was already about the kept entity stays.
        survivor = min(claims, key=lambda c: (c in rewritten, c))
        absorbed |= {c: survivor for c in claims if c != survivor}
    return sorted(rewritten), absorbed


def _input_turtle(root: Root, needles: set[str]) -> list[rewrite.TurtleFile]:
    """The input files that could mention any of `needles` (local names), read for editing."""
    files = []
    for path in root.input_files():
        if path.suffix != ".ttl":
            continue
        text = path.read_text(encoding="utf-8")
        if any(needle in text for needle in needles):
            files.append(rewrite.TurtleFile.parse(root.relative(path), text))
    return files


def merge_entities(kg, keep: str, drop: str, *, dry_run: bool = False) -> MergeResult:
    """Merge entity `drop` into entity `keep` (names resolve as elsewhere): see the module's
    text for what changes. With `dry_run` nothing is written; the result says what would be.
    Raises InputError (same entity, incompatible classes, a file it cannot rewrite safely)
    or ValidationError (the merged graph would not pass the build), writing nothing."""
    keep_ref, drop_ref = kg.resolve(keep), kg.resolve(drop)
    if keep_ref.iri == drop_ref.iri:
        raise InputError(f"{keep!r} and {drop!r} are the same entity ({keep_ref.id}); "
                         "nothing to merge")
    classes = _entity_classes(kg, [keep_ref.iri, drop_ref.iri])
    if not _compatible(kg.schema, classes.get(keep_ref.iri), classes.get(drop_ref.iri)):
        raise InputError(f"cannot merge {drop_ref.label} ({drop_ref.cls}) into "
                         f"{keep_ref.label} ({keep_ref.cls}): their classes differ")
    root: Root = kg.root
    result = MergeResult(keep_ref, drop_ref, dry_run=dry_run)
    result.rewritten, absorbed = _plan_claims(kg, keep_ref.iri, drop_ref.iri)
    result.merged = sorted(absorbed.items())
    keep_names = {n for e, n, _ in kg.resolver.names() if e == keep_ref.iri}
    result.aliases = [n for e, n, _ in kg.resolver.names()
                      if e == drop_ref.iri and n not in keep_names]
    result.aliases = list(dict.fromkeys(result.aliases))
    needles = {local_name(i) for i in (keep_ref.iri, drop_ref.iri, *absorbed,
                                       *absorbed.values())}
    files = _input_turtle(root, needles)
    changes = _rewritten_files(files, keep_ref.iri, drop_ref.iri, absorbed, result.aliases,
                               result.left_out)
    reviews = _review_files(root, keep_ref.iri, drop_ref.iri)
    result.files = sorted(changes) + sorted(root.relative(p) for p in reviews)
    if not dry_run:
        require_writable(root)
    problems = staged_problems(root, changes)
    if problems:
        raise ValidationError(problems)
    if not dry_run:
        commit({root.path / relative: text for relative, text in changes.items()} | reviews)
        kg.close()  # the store is stale: the next read rebuilds it
    return result


def _rewritten_files(files: list[rewrite.TurtleFile], keep: str, drop: str,
                     absorbed: dict[str, str], aliases: list[str],
                     left_out: list[tuple[str, str]]) -> dict[str, str]:
    rename = {drop: keep}
    owned: dict[str, set[str]] = defaultdict(set)  # subject -> predicates it has anywhere
    for file in files:
        for statement in file.statements:
            if statement.subject:
                owned[statement.subject] |= statement.predicates()
    home = next(((f, s) for f in files for s in f.statements
                 if s.subject == keep and RDF_TYPE in s.predicates()), None)
    if home is None:
        raise InputError(f"{local_name(keep)} has no statement giving its class in the input "
                         "files; merge by hand")
    carried: list[str] = []  # pairs for keep's statement, as its file writes them
    edits = {f.relative: rewrite.Edits(f.text) for f in files}
    for file in files:
        for statement in file.statements:
            edit = edits[file.relative]
            if statement.subject == drop:
                edit.remove_statement(statement)
                for pair in statement.pairs:
                    if pair.predicate in _NAMES or pair.predicate == RDF_TYPE:
                        continue
                    if pair.predicate and pair.predicate not in owned[keep]:
                        carried.append(file.rendered(pair.tokens, rename, home[0]))
                    else:
                        left_out.append((drop, pair.predicate or ""))
                continue
            if statement.subject in absorbed:
                survivor = absorbed[statement.subject]
                kept = [p for p in statement.pairs if p.predicate in _UNITED or (
                    p.predicate and p.predicate not in _CLAIM_CORE
                    and p.predicate not in owned[survivor])]
                left_out.extend((statement.subject, p.predicate or "") for p in statement.pairs
                                if p not in kept and p.predicate not in _CLAIM_CORE)
                owned[survivor] |= {p.predicate for p in kept}
                if not kept:
                    edit.remove_statement(statement)
                    continue
                body = " ;\n    ".join(file.rendered(p.tokens, rename, file) for p in kept)
                edit.replace(statement.start, statement.end,
                             f"{file.written(survivor)} {body} .")
                continue
            for token in statement.tokens:
                if token.kind in ("iri", "pname") and file.resolve(token) == drop:
                    edit.replace(token.start, token.end, file.written(keep))
    if aliases:
        carried.append(f"{home[0].written(SKOS_ALT)} "
                       + " , ".join(turtle.string(a) for a in aliases))
    if carried:
        file, statement = home
        at = statement.tokens[-2].end
        edits[file.relative].replace(at, at, " ;\n    " + " ;\n    ".join(carried))
    changes = {}
    for file in files:
        edit = edits[file.relative]
        if not edit.spans:
            continue
        text = edit.applied()
        check_turtle(text, file.relative)
        if rewrite.TurtleFile.parse(file.relative, text).mentions(drop):
            raise InputError(f"{file.relative} still names {local_name(drop)} after the "
                             "rewrite; merge by hand")
        changes[file.relative] = text
    return changes


def _review_files(root: Root, keep: str, drop: str) -> dict[Path, str]:
    """Pending candidates of review files that name `drop` name `keep` instead, so that
    accepting them later does not bring the dropped entity back."""
    changes = {}
    folder = root.output / "review"
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # review reports an unreadable file when it is used
        changed = False
        for candidate in data.get("candidates", []) if isinstance(data, dict) else []:
            if not isinstance(candidate, dict):
                continue
            for holder, key in [(candidate, "subject_key"), (candidate, "object_key"),
                                (candidate.get("qualifiers") or {}, "context"),
                                *[(e, "attributed_to_key") for e in candidate.get("evidence")
                                  or [] if isinstance(e, dict)]]:
                if isinstance(holder, dict) and holder.get(key) == drop:
                    holder[key] = keep
                    changed = True
        if changed:
            changes[path] = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return changes
