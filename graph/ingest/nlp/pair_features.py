"""What a learned relation classifier sees of two names in one sentence: the words between
them, the dependency path between their heads and the word it passes through, the words just
outside them, their classes and order, and the sentence's negation and modality. Features are
plain strings, so that the weights learned over them are a small table read without any
learning library."""

from __future__ import annotations

from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma

# Sentence words that make what it says a possibility, a condition or a plan.
_MODAL_LEMMAS = {"poder", "deber", "querer", "planear", "pretender", "si", "quiza", "quizas"}
_MAX_BETWEEN = 15  # words between two names read one by one; beyond, only their count


def head_of(doc, start: int, end: int):
    """The token of doc[start:end] whose head lies outside it (the span's root)."""
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head == token:
            return token
    return doc[start]


def _lemma(token) -> str:
    if token.pos_ == "PUNCT":
        return token.text
    if token.pos_ in ("PROPN", "NUM"):
        return token.pos_
    return folded_lemma(token)


def _bucket(distance: int) -> str:
    for limit, name in ((1, "1"), (3, "2-3"), (6, "4-6"), (10, "7-10"), (20, "11-20")):
        if distance <= limit:
            return name
    return "21+"


def _ancestors(token) -> list:
    chain = [token]
    while chain[-1].head != chain[-1] and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def _path(first, second):
    """The dependency labels from `first` up to their lowest common ancestor, the ancestor,
    and the labels from `second` up to it (None when they share no root)."""
    up = _ancestors(first)
    seen = {t.i: n for n, t in enumerate(up)}
    for n, token in enumerate(_ancestors(second)):
        if token.i in seen:
            return up[:seen[token.i]], token, _ancestors(second)[:n]
    return None


def _modal(sentence) -> bool:
    for token in sentence:
        if folded_lemma(token) in _MODAL_LEMMAS:
            return True
        if "Cnd" in token.morph.get("Mood") or "Fut" in token.morph.get("Tense"):
            return True
    return False


def pair_features(doc, subject: tuple[int, int], obj: tuple[int, int], subject_class: str,
                  object_class: str) -> list[str]:
    """The features of the claim that the name at token span `subject` (start, end) bears the
    relation to the one at `obj`, both in one sentence."""
    sentence = doc[subject[0]].sent
    first, second = (subject, obj) if subject[0] < obj[0] else (obj, subject)
    order = "so" if first is subject else "os"
    classes = f"{subject_class}>{object_class}"
    features = [f"cls:{classes}", f"order:{order}", f"ord_cls:{order}:{classes}",
                f"dist:{_bucket(max(second[0] - first[1], 0))}"]
    between = [t for t in doc[first[1]:second[0]]]
    for token in between[:_MAX_BETWEEN]:
        features.append(f"btw:{_lemma(token)}")
        if token.pos_ in ("VERB", "AUX", "NOUN", "ADP"):
            features.append(f"btw_{order}:{_lemma(token)}")
    if not between:
        features.append("btw:none")
    for n, i in enumerate((first[0] - 1, first[0] - 2)):
        if i >= sentence.start:
            features.append(f"before{n + 1}:{_lemma(doc[i])}")
    for n, i in enumerate((second[1], second[1] + 1)):
        if i < sentence.end:
            features.append(f"after{n + 1}:{_lemma(doc[i])}")
    s_head, o_head = head_of(doc, *subject), head_of(doc, *obj)
    path = _path(s_head, o_head)
    if path is not None:
        s_up, ancestor, o_up = path
        s_deps = "<".join(t.dep_ for t in s_up) or "-"
        o_deps = "<".join(t.dep_ for t in o_up) or "-"
        lemma = _lemma(ancestor)
        features += [f"path:{s_deps}^{o_deps}", f"path_lca:{s_deps}^{lemma}^{o_deps}",
                     f"lca:{lemma}", f"lca_pos:{ancestor.pos_}", f"lca_cls:{lemma}:{classes}",
                     f"s_dep:{s_deps.split('<')[0]}", f"o_dep:{o_deps.split('<')[0]}"]
        # the roles the two phrases play where they meet: "nsubj^participar^obl"
        s_top, o_top = s_deps.split("<")[-1], o_deps.split("<")[-1]
        features += [f"top:{s_top}^{lemma}^{o_top}", f"top_deps:{s_top}^{o_top}"]
        features += [f"path_word:{_lemma(t)}" for t in s_up[1:] + o_up[1:]
                     if t.pos_ in ("VERB", "NOUN", "ADJ", "AUX")]
        if any(c.dep_ == "advmod" and folded_lemma(c) in NEGATORS for c in ancestor.children):
            features.append("negated")
        if s_head.head == o_head or o_head.head == s_head:
            link = s_head.dep_ if s_head.head == o_head else o_head.dep_
            if link in ("conj", "appos", "flat", "nmod"):
                features.append(f"direct:{link}")
    if _modal(sentence):
        features.append("modal")
    return features
