"""Being there without taking the floor is no absence: "Quien sí estuvo, aunque sin subir al
estrado, fue X", "asistió sin intervenir", "siguió el acto sin hablar". A turn denied by
"sin" says the person kept silent at the gathering, not that they stayed away; so does a
turn denied and conceded against being there ("no subió al escenario, aunque siguió el
discurso desde un palco"), or conceded within it ("También estaba, aunque no subió al
escenario, X"). A turn denied alone ("no subió al escenario") stays a denial."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs of taking the floor (or the stage) at a gathering
_FLOOR = {"subir", "hablar", "intervenir", "tomar", "dirigirse", "dirigir", "pronunciar",
          "disertar", "participar", "saludar", "decir", "opinar", "declarar"}
# Verbs that place one at the gathering, watching or listening
_THERE = {"seguir", "presenciar", "escuchar", "estar", "asistir", "acudir", "aplaudir", "ver",
          "observar", "contemplar"}
_CONCEDING = {"aunque", "pero", "sino"}


def without_silent_absences(parsed, found: list[Found]) -> list[Found]:
    return [c for c in found if not _silent(parsed, c)]


def _silent(parsed, claim: Found) -> bool:
    if claim.relation != "participatedIn" or not claim.negated:
        return False
    verb = parsed.doc[claim.trigger]
    return verb.pos_ in ("VERB", "AUX") and verb_lemma(verb) in _FLOOR and (any(
        c.dep_ in ("mark", "case") and fold(c.lower_) == "sin" and c.i < verb.i
        for c in verb.children) or _conceded_presence(verb) or _conceded_within(verb))


def _conceded_presence(verb) -> bool:
    """"no subió al escenario, aunque siguió el discurso": the clause conceded says one was
    there."""
    return any(c.dep_ in ("advcl", "conj") and verb_lemma(c) in _THERE and any(
        m.dep_ in ("mark", "cc") and fold(m.lower_) in _CONCEDING for m in c.children)
        for c in verb.children)


def _conceded_within(verb) -> bool:
    """"estaba, aunque no subió al escenario": the turn denied is a concession the clause of
    being there makes."""
    return verb.dep_ in ("advcl", "conj") and verb_lemma(verb.head) in _THERE and any(
        m.dep_ in ("mark", "cc") and fold(m.lower_) in _CONCEDING for m in verb.children)
