"""Scoring an extractor against the curated claims of the seed articles."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.errors import InputError
from graph.ingest.batch_extraction import extract_each
from graph.ingest.knowledge import Knowledge
from graph.ingest.model import Document, Extractor
from graph.ingest.reading import read_article
from graph.ingest.temporal import Anchor
from graph.model.terms import SOURCE, compact, local_name
from graph.sparql.bindings import values_clause


@dataclass(frozen=True)
class Fact:
    subject: str
    relation: str
    object: str
    negated: bool = False

    def key(self, symmetric: bool) -> tuple:
        ends = tuple(sorted((self.subject, self.object))) if symmetric else (
            self.subject, self.object)
        return (ends, self.relation, self.negated)


@dataclass
class Score:
    relation: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> dict:
        return {"relation": self.relation, "gold": self.true_positives + self.false_negatives,
                "found": self.true_positives + self.false_positives,
                "tp": self.true_positives, "fp": self.false_positives,
                "fn": self.false_negatives, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    sources: list[str]
    scores: dict[str, Score] = field(default_factory=dict)
    total: Score = field(default_factory=lambda: Score("all"))
    dates: Score = field(default_factory=lambda: Score("dates"))
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    date_errors: list[dict] = field(default_factory=list)

    def relation_rows(self) -> list[dict]:
        return [self.scores[r].row() for r in sorted(self.scores)]

    def rows(self) -> list[dict]:
        return self.relation_rows() + [self.total.row(), self.dates.row()]

    def as_dict(self) -> dict:
        return {"sources": self.sources, "relations": self.relation_rows(),
                "total": self.total.row(), "dates": self.dates.row(), "misses": self.misses,
                "false_positives": self.false_positives, "date_errors": self.date_errors}


def _gold(kg, sources: list[str]) -> dict[tuple, dict]:
    rows = kg.engine.select(
        f"""SELECT ?c ?s ?r ?o ?d ?neg ?src ?quote WHERE {{
              {values_clause("src", sources)}
              ?c a kg:Claim ; kg:subject ?s ; kg:relation ?r ; kg:object ?o ;
                 kg:evidence ?ev . ?ev kg:source ?src ; kg:quote ?quote .
              OPTIONAL {{ ?c kg:date ?d }} OPTIONAL {{ ?c kg:negated ?neg }} }}
            ORDER BY ?c""")
    gold: dict[tuple, dict] = {}
    for row in rows:
        fact = Fact(row["s"], local_name(row["r"]), row["o"], bool(row["neg"]))
        entry = gold.setdefault((fact, row["src"]), {
            "claim": compact(row["c"]), "date": str(row["d"]) if row["d"] else None,
            "quote": row["quote"]})
        entry.setdefault("quote", row["quote"])
    return gold


def _anchors(kg) -> dict[str, Anchor]:
    rows = kg.engine.select(
        """SELECT ?s ?issued ?nb ?file WHERE { ?s a kg:Source ; kg:textFile ?file .
             OPTIONAL { ?s dcterms:issued ?issued } OPTIONAL { ?s kg:notBefore ?nb } }""")
    return {r["s"]: (Anchor.parse(str(r["issued"]) if r["issued"] else None,
                                  str(r["nb"]) if r["nb"] else None), r["file"]) for r in rows}


def evaluate(kg, extractor: Extractor | None = None, sources: list[str] | None = None,
             jobs: int | None = None) -> Report:
    """Run `extractor` (default: nlp) on each source (default: every source that supports a
    curated claim) with the graph's entities known, and score (subject, relation, object) per
    relation, symmetric relations unordered, and the dates of the facts found. The sources are
    read by `jobs` processes at once (default: one per processor)."""
    from graph.ingest.extractors import get_extractor

    extractor = extractor or get_extractor()
    knowledge = Knowledge.from_graph(kg)
    symmetric = {n for n, r in knowledge.relations.items() if r.symmetric}
    anchors = _anchors(kg)
    if sources is None:
        sources = sorted({r["src"] for r in kg.engine.select(
            "SELECT DISTINCT ?src WHERE { ?c a kg:Claim ; kg:evidence/kg:source ?src }")})
    else:
        sources = [s if s.startswith(SOURCE) else SOURCE + s.removeprefix("src:")
                   for s in sources]
        unknown = [compact(s) for s in sources if s not in anchors]
        if unknown:
            raise InputError(f"no source {', '.join(unknown)} with a text to read; "
                             "`kgraph sources` lists them")
    gold_by_source = _gold(kg, sources)
    gold: dict[tuple, dict] = {}
    for (fact, _), entry in gold_by_source.items():
        gold.setdefault(fact.key(fact.relation in symmetric), {**entry, "fact": fact})
    found: dict[tuple, dict] = {}
    documents = []
    for source in sources:
        anchor, text_file = anchors[source]
        documents.append(Document(read_article(kg.root.seeds / text_file).text, anchor, source))
    for source, extraction in zip(sources, extract_each(extractor, documents, knowledge, jobs),
                                  strict=True):
        for candidate in extraction.candidates:
            fact = Fact(candidate.subject_key, candidate.relation, candidate.object_key,
                        candidate.negated)
            entry = found.setdefault(fact.key(fact.relation in symmetric), {
                "fact": fact, "date": candidate.date, "candidate": candidate,
                "source": compact(source)})
            if entry["date"] is None and candidate.date:
                entry["date"] = candidate.date
    report = Report([compact(s) for s in sources])
    labels = {**{k: e.label for k, e in knowledge.entities.items()}}

    def show(fact: Fact) -> str:
        return (f"{labels.get(fact.subject, fact.subject)} {fact.relation} "
                f"{labels.get(fact.object, fact.object)}")

    for key in gold.keys() | found.keys():
        relation = key[1]
        score = report.scores.setdefault(relation, Score(relation))
        if key in gold and key in found:
            score.true_positives += 1
            report.total.true_positives += 1
            wanted, got = gold[key]["date"], found[key]["date"]
            if wanted and got == wanted:
                report.dates.true_positives += 1
            else:
                if got:
                    report.dates.false_positives += 1
                if wanted:
                    report.dates.false_negatives += 1
                if wanted or got:
                    report.date_errors.append({"claim": gold[key]["claim"],
                                               "fact": show(gold[key]["fact"]),
                                               "expected": wanted, "found": got})
        elif key in gold:
            score.false_negatives += 1
            report.total.false_negatives += 1
            report.misses.append({"claim": gold[key]["claim"], "fact": show(gold[key]["fact"]),
                                  "quote": gold[key]["quote"]})
        else:
            score.false_positives += 1
            report.total.false_positives += 1
            candidate = found[key]["candidate"]
            report.false_positives.append({
                "fact": (f"{candidate.subject} {'not ' if candidate.negated else ''}"
                         f"{candidate.relation} {candidate.object}"),
                "source": found[key]["source"], "evidence": candidate.evidence[0].quote})
    report.misses.sort(key=lambda m: m["claim"])
    report.false_positives.sort(key=lambda m: m["fact"])
    report.date_errors.sort(key=lambda m: m["claim"])
    return report
