"""Train the relation classifier of graph/ingest/nlp/learned.py on the gold claims of the
analysis sets, and measure it.

Each ordered pair of names of one sentence (metonyms aside, the relation's classes allowing)
is a sample, those the rules made a claim of marked (the classifier is only asked about the
others): labelled with the gold relation whose ends are the pair's (either way round for a
symmetric relation) and whose quote covers the sentence, else "none". A negated gold claim
keeps its relation: the relation is what the words state, and the extractor reads the
negation on the claim's trigger as it does for the rules' claims. The model is a multinomial
logistic regression (scikit-learn, lbfgs, no randomness), written as a sparse JSON table.

    .venv/bin/python scripts/train_relations.py --sets dev heldout2 heldout3 --cv 5
    .venv/bin/python scripts/train_relations.py --sets dev heldout2 --test heldout6
    .venv/bin/python scripts/train_relations.py --sets dev heldout2 --write

--cv N: rules alone and rules with the classifier, by text-level folds, per threshold.
--test SET: trained on --sets, scored once on SET, rules alone beside rules with it.
--write: trained on --sets, written to graph/ingest/nlp/data/relation_weights.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from graph.ingest.knowledge import Knowledge  # noqa: E402
from graph.ingest.model import Document  # noqa: E402
from graph.ingest.nlp import extractor as nlp_extractor  # noqa: E402
from graph.ingest.nlp.learned import (  # noqa: E402
    NONE,
    RULED,
    SKIPPED,
    WEIGHTS,
    RelationModel,
    features_of,
    sentence_pairs,
    unclaimed_pairs,
)
from graph.ingest.setscore import SetReport, _Scorer  # noqa: E402
from graph.ingest.temporal import Anchor  # noqa: E402

EVAL = PROJECT / "tests" / "data" / "ingest" / "eval"
C = 1.0  # inverse strength of the L2 penalty
LAST_STUDIED = 22
THRESHOLD = 0.4  # chosen on the cross-validation by text of dev and heldout2..5
MIN_COUNT = 2  # a feature seen fewer times in training is left out
DIGITS = 3
# Weights smaller than this are left out of the table: on the pairs of dev and heldout2..5 it
# changes one decision in about 4,600, and the table shrinks to a third.
PRUNE = 0.05


class Recording(nlp_extractor.NlpExtractor):
    """The extractor, recording the features of every pair of names it reads."""

    def __init__(self):
        super().__init__()
        self.relation_model = None
        self.seen: list = []  # (parsed, pairs) of the last document

    def learned(self, parsed, found):
        unclaimed = {(a.start, b.start) for a, b, _ in unclaimed_pairs(parsed, found)}
        self.seen = [(parsed, [(a, b, features_of(parsed, a, b) + (
            [] if (a.start, b.start) in unclaimed else [RULED]))
            for a, b, _ in sentence_pairs(parsed)])]
        return super().learned(parsed, found)


def _quote_span(text: str, quote: str) -> tuple[int, int] | None:
    words = quote.split()
    if not words:
        return None
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return found.span() if found else None


def _labels(scorer, gold, parsed, a, b) -> list[str]:
    entities = {**parsed.linked.entities, **parsed.proposals}
    kb = parsed.kb
    sentence = parsed.doc[a.start].sent
    labels = []
    for claim in gold.claims:
        if claim.relation in SKIPPED:
            continue
        span = _quote_span(gold.text, claim.quote)
        if span is not None and (span[1] <= sentence.start_char or
                                 span[0] >= sentence.end_char):
            continue
        subject, obj = scorer.end(claim.subject), scorer.end(claim.object)
        ways = [(subject, obj)]
        if kb.relations[claim.relation].symmetric:
            ways.append((obj, subject))
        if any(scorer.end_matches(s, a.key, kb.label(a.key), entities) and
               scorer.end_matches(o, b.key, kb.label(b.key), entities) for s, o in ways):
            labels.append(claim.relation)
    return sorted(set(labels)) or [NONE]


def _score(scorer, report, gold, extraction) -> tuple[int, int, int]:
    before = (report.total.true_positives, report.total.false_positives,
              report.total.false_negatives)
    scorer.text(gold, extraction)
    after = (report.total.true_positives, report.total.false_positives,
             report.total.false_negatives)
    return tuple(x - y for x, y in zip(after, before, strict=True))


def collect(extractor, knowledge, texts):
    """Per text: its samples (features, labels) and the rules' (tp, fp, fn)."""
    report = SetReport("", "nlp", [])
    scorer = _Scorer(knowledge, report)
    out = []
    saved = extractor.relation_model
    extractor.relation_model = None
    for gold in texts:
        knowledge.candidates.clear()
        extraction = extractor.extract(Document(gold.text, Anchor.parse(gold.date)), knowledge)
        counts = _score(scorer, report, gold, extraction)
        parsed, pairs = extractor.seen[0]
        samples = [(features, _labels(scorer, gold, parsed, a, b)) for a, b, features in pairs]
        out.append((gold, samples, counts))
    extractor.relation_model = saved
    return out


def fit(samples, c: float = C, threshold: float = THRESHOLD, min_count: int = MIN_COUNT) -> dict:
    """The model's JSON table from (features, labels) samples; the same samples give the same
    table."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for features, _ in samples:
        for feature in set(features):
            counts[feature] = counts.get(feature, 0) + 1
    vocabulary = {f: n for n, f in enumerate(sorted(f for f, k in counts.items()
                                                    if k >= min_count))}
    rows, targets = [], []
    for features, labels in samples:
        columns = sorted({vocabulary[f] for f in features if f in vocabulary})
        for label in labels:
            rows.append(columns)
            targets.append(label)
    indptr, indices = [0], []
    for columns in rows:
        indices += columns
        indptr.append(len(indices))
    matrix = csr_matrix(([1.0] * len(indices), indices, indptr),
                        shape=(len(rows), len(vocabulary)))
    model = LogisticRegression(C=c, solver="lbfgs", max_iter=3000, tol=1e-6)
    model.fit(matrix, targets)
    labels = [str(label) for label in model.classes_]
    coef, intercept = model.coef_, model.intercept_
    if len(labels) == 2:  # one row for the second label against the first
        coef = [[0.0] * coef.shape[1], list(coef[0])]
        intercept = [0.0, float(intercept[0])]
    names = sorted(vocabulary, key=vocabulary.get)
    weights: dict[str, list[list]] = {}
    for n, feature in enumerate(names):
        row = [[k, round(float(coef[k][n]), DIGITS)] for k in range(len(labels))]
        row = [[k, w] for k, w in row if abs(w) >= PRUNE]
        if row:
            weights[feature] = row
    return {"labels": labels,
            "intercepts": {label: round(float(intercept[k]), DIGITS)
                           for k, label in enumerate(labels)},
            "weights": weights, "threshold": threshold,
            "meta": {"c": c, "min_count": min_count, "prune": PRUNE, "samples": len(samples)}}


def run(extractor, knowledge, texts, model) -> tuple[int, int, int]:
    report = SetReport("", "nlp", [])
    scorer = _Scorer(knowledge, report)
    extractor.relation_model = model
    for gold in texts:
        knowledge.candidates.clear()
        scorer.text(gold, extractor.extract(Document(gold.text, Anchor.parse(gold.date)),
                                            knowledge))
    extractor.relation_model = None
    total = report.total
    return total.true_positives, total.false_positives, total.false_negatives


def _pr(counts) -> tuple[float, float]:
    tp, fp, fn = counts
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def _texts(sets: list[str]):
    from graph.ingest.goldsets import read_set

    return [gold for name in sets for gold in read_set(EVAL / name).texts]


def cross_validate(extractor, knowledge, collected, folds: int, thresholds, c: float):
    assigned = [n % folds for n in range(len(collected))]
    rows = []
    for fold in range(folds):
        train = [s for (_, samples, _), k in zip(collected, assigned, strict=True)
                 if k != fold for s in samples]
        test = [gold for (gold, _, _), k in zip(collected, assigned, strict=True) if k == fold]
        rules = tuple(map(sum, zip(*(counts for (_, _, counts), k in zip(
            collected, assigned, strict=True) if k == fold), strict=True)))
        table = fit(train, c)
        row = {"fold": fold, "texts": len(test), "rules": _pr(rules)}
        for threshold in thresholds:
            model = RelationModel.from_dict({**table, "threshold": threshold})
            row[threshold] = _pr(run(extractor, knowledge, test, model))
        rows.append(row)
        print(json.dumps(row), flush=True)
    mean = {"rules": [round(sum(r["rules"][i] for r in rows) / folds, 3) for i in (0, 1)]}
    for threshold in thresholds:
        mean[threshold] = [round(sum(r[threshold][i] for r in rows) / folds, 3) for i in (0, 1)]
    print("mean (precision, recall):", json.dumps(mean))
    return rows, mean


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    # every analysis set: dev and the held-out sets studied since; never the first, frozen
    # one, nor the newest, until it has been scored blind
    parser.add_argument("--sets", nargs="+",
                        default=["dev"] + [f"heldout{n}" for n in range(2, LAST_STUDIED + 1)])
    parser.add_argument("--cv", type=int, default=0)
    parser.add_argument("--thresholds", type=float, nargs="+", default=[THRESHOLD])
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--test")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    from graph.api import KnowledgeGraph

    started = time.time()
    knowledge = Knowledge.from_graph(KnowledgeGraph(PROJECT))
    extractor = Recording()
    collected = collect(extractor, knowledge, _texts(args.sets))
    samples = [s for _, found, _ in collected for s in found]
    positives = sum(1 for _, labels in samples if labels != [NONE])
    print(f"{len(collected)} texts, {len(samples)} pairs, {positives} with a gold relation "
          f"({time.time() - started:.1f} s)", flush=True)
    if args.cv:
        cross_validate(extractor, knowledge, collected, args.cv, args.thresholds, args.c)
    if args.test or args.write:
        table = fit(samples, args.c)
    if args.test:
        texts = _texts([args.test])
        rules = run(extractor, knowledge, texts, None)
        for threshold in args.thresholds:
            model = RelationModel.from_dict({**table, "threshold": threshold})
            both = run(extractor, knowledge, texts, model)
            print(f"{args.test}: rules {rules} P/R {_pr(rules)}; with the classifier at "
                  f"{threshold}: {both} P/R {_pr(both)}")
    if args.write:
        WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        WEIGHTS.write_text(json.dumps(table, ensure_ascii=False, sort_keys=True,
                                      separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(PROJECT)} ({WEIGHTS.stat().st_size} bytes, "
              f"{len(table['weights'])} features)")
    print(f"{time.time() - started:.1f} s")


if __name__ == "__main__":
    main()
