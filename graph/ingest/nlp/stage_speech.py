"""Saying or doing something from the stage of the event the text reports: "ratificó Bussi
desde el escenario", "gritó desde la tribuna", "lo anunció desde el atril", "saludó sobre el
escenario". Whoever acts from its stage is at the gathering, whatever the verb; a stage named
with an event of its own ("desde el escenario de la CPAC") is staged_event's."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.triggers import NEGATORS, STAGES
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# The stage of a gathering; not "sobre la mesa" (put forward) nor "en el panel", said of
# debates and programmes
_STAGE_WORDS = (STAGES - {"mesa", "panel", "cartel"}) | {"podio", "pulpito"}
_FROM = {"desde", "sobre", "en"}
# Company on the stage is read by companions.py, which knows whose side it is
_OWNED = {"acompanar"}


def from_the_stage(parsed, verb) -> list:
    """The subject of a verb said from a stage ("desde el escenario"), or []; not of one
    denied ("no habló desde el escenario" says nothing of being there)."""
    if verb.pos_ != "VERB" or said_denied(verb) or verb_lemma(verb) in _OWNED or not any(
            c.dep_ in ("obl", "obl:arg", "advmod", "nmod") and
            folded_lemma(c) in _STAGE_WORDS and preposition(c) in _FROM and
            c.morph.get("Number") != ["Plur"] and _the_stage(c) for c in verb.children):
        return []
    return subject_ends(parsed, verb)


def said_denied(verb) -> bool:
    return any(fold(c.lower_) in NEGATORS | {"sin"} for c in verb.children
               if c.dep_ in ("advmod", "mark", "case"))


def _the_stage(noun) -> bool:
    """"el escenario", "la tribuna" of the gathering in view: not "esta tribuna" of a column,
    "su tribuna", nor one with a complement of its own ("la tribuna del Congreso", "la
    tribuna de oradores")."""
    return any(c.dep_ == "det" and fold(c.lower_) in ("el", "la") for c in noun.children) and \
        not any(c.dep_ == "det:poss" or c.dep_ == "nmod" and preposition(c) in ("de", "del")
                for c in noun.children)
