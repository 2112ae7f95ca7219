"""The one excepted from those who came: "A aquella cita asistieron dirigentes de la Liga,
pero no Salvini", "Acudieron todos los diputados excepto X", "Estuvieron los consejeros,
salvo Y", "Vinieron A y B, aunque no C". The clause says who was there; the one after "pero
no", "excepto", "salvo", "menos" was not. The event is the one the clause names, else the one
the text is about."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clause_objects import arguments
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_ATTENDING = {"asistir", "acudir", "estar", "participar", "ir", "venir", "viajar", "llegar",
              "intervenir", "hablar", "comparecer", "presentarse", "desplazarse"}
# "pero no X", "aunque no X", "excepto X", "salvo X", "menos X", "a excepción de X"
_BUT_NOT = {("pero", "no"), ("aunque", "no"), ("mas", "no"), ("y", "no")}
_SAVE = {"excepto", "salvo", "menos"}
_TO = frozenset({"a", "al"})
_REACH = 4  # words from "pero no" to the name: "pero no la concejala X"


def excepted_claims(parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _ATTENDING or \
            verb.dep_ in ("aux", "cop") or any(
            fold(c.lower_) in ("no", "nunca", "tampoco", "nadie") and c.i < verb.i
            for c in verb.children):
        return []
    sentence = verb.sent
    found: list[Found] = []
    event = None
    for token in sentence:
        if token.i <= verb.i + 1:
            continue
        low, before = fold(token.lower_), fold(token.nbor(-1).lower_)
        after = None
        if (before, low) in _BUT_NOT and token.nbor(-2).text == ",":
            after = token.i + 1
        elif low in _SAVE and before == ",":
            after = token.i + 1
        if after is None or after >= sentence.end or parsed.doc[after].pos_ in ("VERB", "AUX"):
            continue  # "pero no habló X": another clause
        people = next(([e for e in parsed.ends(parsed.doc[i], conj=False)
                        if parsed.is_agent(e.key) and e.first >= after]
                       for i in range(after, min(after + _REACH, sentence.end))
                       if parsed.doc[i].pos_ in ("PROPN", "NOUN")), [])
        if not people:
            continue
        if event is None:
            event = _event(parsed, verb)
            if event is None:
                return []
        found += [Found("participatedIn", p, event, 0.6, f"verb:{verb_lemma(verb)}", verb.i,
                        negated=True) for p in people
                  if parsed.kb.fits("participatedIn", p.key, event.key)]
    return found


def _event(parsed, verb):
    named = [e for e in arguments(parsed, verb, _TO) if parsed.kb.is_a(e.key, EVENT)]
    return named[0] if named else parsed.topic_end(verb.i)
