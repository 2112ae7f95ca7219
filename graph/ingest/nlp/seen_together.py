"""Appearing together: "Ambos comparecieron juntos ante los medios", "A y B posaron juntas en
el escenario". Two who show themselves side by side before others were at the same place at
once: a meeting. Going or running together ("llegaron juntos", "concurrirán juntos") is no
such scene (alliances.py reads the joint run)."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_APPEARING = {"comparecer", "aparecer", "posar", "presentarse", "mostrar", "mostrarse",
              "fotografiar", "fotografiarse", "atender", "saludar", "subir", "cantar",
              "brindar", "celebrar", "festejar", "presenciar"}
_TOGETHER = {"juntos", "juntas"}


def seen_together_claims(parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _APPEARING or \
            {"Fut", "Cnd"} & set(verb.morph.get("Tense") + verb.morph.get("Mood")) or \
            not any(fold(c.lower_) in _TOGETHER and c.dep_ in ("advmod", "amod", "obl",
                                                                "xcomp", "obj")
                    for c in verb.children) or \
            any(fold(c.lower_) in NEGATORS for c in verb.children if c.dep_ == "advmod"):
        return []
    people = list({e.key: e for e in subject_ends(parsed, verb)
                   if parsed.is_person(e.key)}.values())
    return [Found("met", a, b, 0.6, "verb:" + verb_lemma(verb), verb.i)
            for n, a in enumerate(people) for b in people[n + 1:]
            if parsed.kb.fits("met", a.key, b.key)]
