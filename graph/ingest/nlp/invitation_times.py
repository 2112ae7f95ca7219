"""An invitation told as the way one went to a gathering: "en octubre viajó a Madrid, invitado
por Abascal, a Viva 26", "aterrizó en Lisboa en mayo de 2019 para asistir como invitado al
congreso", "en 2022 había asistido como invitado a Viva 22". The trip or the attendance is an
act with a time of its own, and the invitation is dated by it, as one told by "lo invitó ayer"
is; an invitation told by a title or a list ("su invitado", "entre los invitados") is not."""

from __future__ import annotations

from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs of going to a gathering or of being there
_ATTENDING = {"viajar", "llegar", "ir", "venir", "volar", "desplazar", "desplazarse",
              "trasladar", "trasladarse", "acudir", "aterrizar", "regresar", "volver",
              "asistir", "participar", "intervenir"}
# How the guest's word hangs on the verb: "viajó, invitado por X" (the participle, which the
# model may take for an object or an adverb), "asistió como invitado" (a noun)
_HUNG = {"amod", "acl", "advcl", "advmod", "obl", "obj", "xcomp", "conj", "nmod"}


def invited_on_going(trigger) -> bool:
    """Whether the invitation whose trigger is `trigger` (the verb of going, or the guest's
    participle or noun hung on it) is told by a verb of going or attending."""
    verb = trigger
    if fold(trigger.lower_).startswith(("invitad", "convidad")) and trigger.dep_ in _HUNG:
        verb = trigger.head
    return verb.pos_ == "VERB" and verb_lemma(verb) in _ATTENDING
