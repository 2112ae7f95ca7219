"""A gathering said to have someone in a part: "El acto tuvo como figura central a X", "la
cumbre tuvo como oradora principal a Y", "el foro tuvo como anfitrión a Z". The gathering is
the subject; the one in the part took part in it (one to come is announced, not reported)."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.chronicle_turns import PARTS, SPEAKERS
from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.events import is_event_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.stage_speech import said_denied
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Parts a gathering gives besides a chronicle's (chronicle_turns.PARTS)
_FEATURES = PARTS | {"figura", "protagonista", "estrella", "cabeza", "plato", "atraccion"}


def featured_part_claims(parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) != "tener" or said_denied(verb) or \
            "Fut" in verb.morph.get("Tense") or {"Cnd", "Sub"} & set(verb.morph.get("Mood")):
        return []  # "tendrá como invitado de honor a X": announced, not told
    part = next((c for c in verb.children if folded_lemma(c) in _FEATURES and any(
        k.dep_ in ("mark", "case") and fold(k.lower_) == "como" for k in c.children)), None)
    gathering = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if part is None or gathering is None:
        return []
    event = next((e for e in phrase_ends(parsed, gathering)
                  if parsed.kb.is_a(e.key, EVENT)), None)
    if event is None and is_event_noun(gathering):
        event = parsed.topic_end(verb.i)
    if event is None:
        return []
    people = [e for c in verb.children if c.dep_ == "obj" and preposition(c) in ("a", "al")
              for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    role = {"role": "speaker"} if folded_lemma(part) in SPEAKERS else {}
    return [Found("participatedIn", p, event, 0.6, "verb:tener", verb.i, dict(role))
            for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]
