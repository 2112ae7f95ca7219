"""A relation classifier learned from the evaluation sets' gold claims, beside the rules: for
two names of one sentence, the probability of each relation between them (or of none), from
weights over the string features of pair_features. It proposes the pairs the rules did not
claim, above a threshold. The weights are a JSON table (scripts/train_relations.py writes it);
reading them needs plain Python only."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from graph.ingest.knowledge import OFFICE
from graph.ingest.model import NEW
from graph.ingest.nlp.ends import METONYM, End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.linking import most_specific
from graph.ingest.nlp.pair_features import head_of, pair_features

WEIGHTS = Path(__file__).with_name("data") / "relation_weights.json"
NONE = "none"
# A feature of the pairs the rules claimed, in training only: they are learned from (they hold
# most of the examples of each relation) but never asked about, and the feature takes up what
# sets them apart, so that the other weights fit the pairs left to the classifier.
RULED = "ruled"
# Relations the classifier is not asked about: an office is no mention of the text.
SKIPPED = {"holdsOffice"}


@dataclass
class RelationModel:
    labels: list[str]
    intercepts: dict[str, float]
    weights: dict[str, list[list]]  # feature -> [label's index, weight] of its weights
    threshold: float = 0.5
    meta: dict = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict) -> RelationModel:
        return cls(data["labels"], data["intercepts"], data["weights"], data["threshold"],
                   data.get("meta", {}))

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> RelationModel | None:
        if not path.is_file():
            return None
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def probabilities(self, features: list[str]) -> dict[str, float]:
        scores = dict(self.intercepts)
        for feature in set(features):
            for index, weight in self.weights.get(feature, ()):
                scores[self.labels[index]] += weight
        top = max(scores.values())
        exps = {label: math.exp(score - top) for label, score in scores.items()}
        total = sum(exps.values())
        return {label: value / total for label, value in exps.items()}


def class_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def sentence_pairs(parsed):
    """(subject mention, object mention, the relations their classes allow) for every ordered
    pair of distinct names of one sentence, metonyms aside."""
    kb = parsed.kb
    relations = [r for r in kb.relations if r not in SKIPPED]
    by_sentence: dict[int, list] = {}
    for mention in parsed.linked.mentions:
        if mention.kind != METONYM and not kb.is_a(mention.key, OFFICE):
            by_sentence.setdefault(parsed.doc[mention.start].sent.start, []).append(mention)
    for mentions in by_sentence.values():
        for a in mentions:
            for b in mentions:
                if a.key == b.key or a is b:
                    continue
                allowed = [r for r in relations if kb.fits(r, a.key, b.key)]
                if allowed:
                    yield a, b, allowed


def unclaimed_pairs(parsed, found: list[Found]):
    """The pairs of names of a sentence the rules made no claim of, in any relation: the
    classifier is trained on these alone, the pairs left to it, not the ones the rules read."""
    claimed = {frozenset((f.subject.key, f.object.key)) for f in found}
    for a, b, allowed in sentence_pairs(parsed):
        if frozenset((a.key, b.key)) not in claimed:
            yield a, b, allowed


def mention_class(parsed, key: str) -> str:
    if key.startswith(NEW) or key not in parsed.kb.entities:
        classes = parsed.kb.classes(key)
        entity = parsed.kb.candidates.get(key) or parsed.linked.entities.get(key)
        if entity is not None:
            return class_name(entity.cls)
        return class_name(sorted(classes)[0]) if classes else "Thing"
    return class_name(most_specific(parsed.kb, key))


def features_of(parsed, a, b) -> list[str]:
    return pair_features(parsed.doc, (a.start, a.end), (b.start, b.end),
                         mention_class(parsed, a.key), mention_class(parsed, b.key))


def learned_claims(parsed, model: RelationModel, found: list[Found]) -> list[Found]:
    """The classifier's claims above its threshold on pairs the rules did not claim; one per
    relation and pair of entities, the likeliest."""
    kb = parsed.kb
    best: dict[tuple, Found] = {}
    for a, b, allowed in unclaimed_pairs(parsed, found):
        probabilities = model.probabilities(features_of(parsed, a, b))
        relation = max((r for r in allowed if r in probabilities), default=None,
                       key=lambda r: probabilities[r])
        if relation is None or probabilities[relation] < model.threshold:
            continue
        symmetric = kb.relations[relation].symmetric
        key = (relation, *sorted((a.key, b.key))) if symmetric else (relation, a.key, b.key)
        probability = round(probabilities[relation], 3)
        if key in best and best[key].confidence >= probability:
            continue
        trigger = _trigger(parsed.doc, a, b)
        best[key] = Found(relation, End.of(a),
                          End.of(b), probability,
                          f"learned:{relation}", trigger)
    return list(best.values())


def _trigger(doc, a, b) -> int:
    """The word the two names meet at in the parse (their lowest common ancestor), which the
    negation and modality of the claim are read on."""
    first = head_of(doc, a.start, a.end)
    second = head_of(doc, b.start, b.end)
    above = set()
    token = first
    while True:
        above.add(token.i)
        if token.head == token:
            break
        token = token.head
    token = second
    while token.i not in above and token.head != token:
        token = token.head
    return token.i if token.i in above else first.i
