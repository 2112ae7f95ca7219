"""Staying away from the event the text reports, said by declining to go or to send anyone:
"Meloni declinó viajar a la capital", "rechazó asistir", "se negó a acudir", "renunció a
viajar", "el PP declinó enviar a ningún representante", "el PSOE, que no envió a nadie". Each
states that the subject did not take part (a negated participation); a refusal itself denied
or only possible ("no descarta acudir") states nothing."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, subject_ends
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_DECLINING = {"declinar", "rechazar", "descartar", "renunciar", "negar", "negarse",
              "desistir", "excusar", "excusarse", "desestimar", "desechar"}
# Going to an occasion, or sending someone there
_GOING = {"viajar", "asistir", "acudir", "ir", "venir", "participar", "desplazar",
          "desplazarse", "trasladar", "trasladarse", "estar", "comparecer", "enviar",
          "mandar", "presentarse"}
_SENDING = {"enviar", "mandar"}
# "a nadie", "a ningún representante", "ninguna delegación"
_NOBODY = {"nadie", "ninguno", "ninguna", "ningun"}


def declined_claims(parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB":
        return []
    lemma = verb_lemma(verb)
    if lemma in _DECLINING:
        going = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "obl", "obj")
                      and c.pos_ == "VERB" and verb_lemma(c) in _GOING and
                      c.morph.get("VerbForm") == ["Inf"]), None)
        if going is None or modality(verb).negated or _not_yet(verb) or \
                verb_lemma(going) in _SENDING and not _nobody(going):
            return []
        # "X declinó viajar": the refusal is the claim, negated in itself
        return _stayed_away(parsed, verb, subject_ends(parsed, verb), negated=True)
    if lemma in _SENDING and _nobody(verb) and modality(verb).negated:
        # "no envió a nadie", "ni envió ningún mensaje": the "no" the extractor's modality
        # check reads makes the sending it states an absence
        return _stayed_away(parsed, verb, subject_ends(parsed, verb), negated=False)
    return []


def _not_yet(verb) -> bool:
    """"declinará viajar si ...": a refusal to come, or one that may be, is none yet."""
    forms = [verb] + [c for c in verb.children if c.dep_ == "aux"]
    return any("Fut" in t.morph.get("Tense") or {"Cnd", "Sub"} & set(t.morph.get("Mood"))
               for t in forms)


def _nobody(verb) -> bool:
    for child in verb.children:
        if child.dep_ not in ("obj", "obl", "iobj"):
            continue
        if fold(child.lower_) in _NOBODY or any(
                c.dep_ == "det" and fold(c.lower_) in _NOBODY for c in child.children):
            return True
    return False


def _stayed_away(parsed, verb, subjects: list[End], negated: bool) -> list[Found]:
    agents = [s for s in subjects if parsed.is_agent(s.key)]
    if not agents:
        return []
    events = [e for c in verb.subtree if c.dep_ in ("obl", "obj") and c.i != verb.i
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        events = [e for e in [parsed.topic_end(verb.i)] if e is not None]
    if not events:
        return []
    return [Found("participatedIn", a, events[0], 0.6, f"verb:{folded_lemma(verb)}", verb.i,
                  negated=negated)
            for a in agents if parsed.kb.fits("participatedIn", a.key, events[0].key)]
