"""New names that the head word types as events but the clause makes organizers: in "la
cumbre, convocada por el Foro para la Democracia", the forum convenes, so it is a group, not a
second event that lists of speakers could be read as attending."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, ORGANIZATION
from graph.ingest.nlp.triggers import VERBS
from graph.ingest.nlp.words import DEFINITE_ARTICLES, verb_lemma

# Verbs whose agent organizes the event they take: "organizar", "convocar", "impulsar", ...
ORGANIZING = frozenset(lemma for lemma, frames in VERBS.items()
                        if any(f.relation == "organizedBy" for f in frames))


def organizers_retyped(parsed) -> None:
    """Retype the new event names that follow "<organizing participle> por (el)"."""
    doc = parsed.doc
    for mention in parsed.linked.mentions:
        entity = parsed.linked.entities.get(mention.key)
        if entity is None or not parsed.kb.is_a(mention.key, EVENT):
            continue
        i = mention.start - 1
        if i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES:
            i -= 1
        if i < 1 or doc[i].lower_ != "por":
            continue
        participle = doc[i - 1]
        if participle.morph.get("VerbForm") == ["Part"] and \
                verb_lemma(participle) in ORGANIZING:
            entity.cls = ORGANIZATION
