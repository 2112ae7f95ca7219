"""The host a chronicle names in apposition: "El anfitrión, el alcalde X, presumió de ...",
"la anfitriona, X, abrió ...": the host is at the gathering the text reports."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_HOSTS = {"anfitrion", "anfitriona"}


def named_host_claims(parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or fold(noun.lower_) not in _HOSTS or not any(
            c.dep_ == "det" and fold(c.lower_) in ("el", "la") for c in noun.children) or any(
            c.dep_ == "nmod" and preposition(c) in ("de", "del") for c in noun.children):
        return []  # "su anfitrión", "el anfitrión de la cena": whose host is another matter
    people = []
    for child in noun.children:
        if child.dep_ != "appos" or child.i < noun.i:
            continue
        people += [e for e in parsed.ends(child, conj=False)
                   if not e.reference and parsed.is_person(e.key)]
        # "el anfitrión, el alcalde X": the name hung on the title
        people += [e for c in child.children if c.dep_ == "appos" and c.i > child.i
                   for e in parsed.ends(c, conj=False)
                   if not e.reference and parsed.is_person(e.key)]
    event = parsed.topic_end(noun.i) if people else None
    if event is None or event.distance > 3:
        return []
    return [Found("participatedIn", p, event, 0.6, f"apposition:{folded_lemma(noun)}", noun.i)
            for p in {p.key: p for p in people}.values()
            if parsed.kb.fits("participatedIn", p.key, event.key)]
