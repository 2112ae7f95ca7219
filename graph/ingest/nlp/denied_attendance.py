"""What a "no" on attending or speaking denies. "X, que figuraba entre los invitados, no
acudió": the guest list stands, only the attendance is denied. "X asistió, pero no tomó la
palabra", "Y, que no intervino": not speaking is no absence, whether or not the text puts
the person there. Being on the programme ("figuraba en el cartel") is taking part, unless the
text says the person stayed away."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.words import folded_lemma, verb_lemma

# Verbs of going to or being at an occasion: under a "no" they deny the attendance only.
_ATTENDING = {"asistir", "acudir", "participar", "ir", "venir", "viajar", "llegar",
              "presentar", "concurrir", "comparecer", "estar", "presente"}
# Verbs of speaking at an occasion: under a "no" they deny a speech, not a presence.
_SPEAKING = {"intervenir", "hablar", "disertar", "exponer", "tomar", "pronunciar", "dirigir",
             "opinar", "declarar"}
# Objects that make "tomar" a speech ("tomar la palabra") and "dirigir" an address.
_SPEECH_NOUNS = {"palabra", "discurso", "intervencion", "mensaje", "ponencia"}
# "X, que figuraba en el programa, canceló su viaje": the programme announced what the
# cancellation undid
_BILLED = {"figurar", "aparecer", "constar", "estar", "incluir"}
# A presence announced, which the absence the text reports undoes
_ANNOUNCED = {"presencia", "asistencia", "participacion", "visita", "viaje"}
_PROGRAMMES = {"programa", "cartel", "agenda", "programacion", "cartelera", "convocatoria"}


def settle_denials(parsed, found: list) -> list:
    absent = {(f.subject.key, f.object.key) for f in found
              if f.relation == "participatedIn" and f.negated}
    out = []
    for f in found:
        verb = parsed.doc[f.trigger]
        if f.relation == "participatedIn" and not f.negated and (
                _billed(verb) or folded_lemma(verb) in _ANNOUNCED) and \
                (f.subject.key, f.object.key) in absent:
            # "X, que figuraba en el programa, canceló su viaje"; "había confirmado su
            # presencia, pero no llegó a viajar"
            continue
        if f.relation == "invitedTo" and f.negated and verb_lemma(verb) in _ATTENDING:
            f = replace(f, negated=False)  # "figuraba entre los invitados, no acudió"
        elif f.relation == "participatedIn" and f.negated and _speaking(verb):
            # "asistió, pero no tomó la palabra"; "Su compañera de grupo, X, no intervino":
            # one who did not speak in a session was still in it
            continue
        out.append(f)
    return out


def _billed(verb) -> bool:
    return verb_lemma(verb) in _BILLED and any(
        c.dep_ in ("obl", "nmod") and preposition(c) == "en" and folded_lemma(c) in _PROGRAMMES
        for c in verb.children)


def _speaking(verb) -> bool:
    lemma = verb_lemma(verb)
    if lemma in ("tomar", "dirigir", "pronunciar"):
        return any(folded_lemma(c) in _SPEECH_NOUNS for c in verb.children if c.dep_ == "obj")
    return lemma in _SPEAKING
