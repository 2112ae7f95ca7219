"""A talk between two who met: "Abascal recibió a X en la sede ... Ambos conversaron durante
dos horas", "se reunieron en Roma y hablaron del acuerdo". The talk is the meeting itself, said
again; a contact (a call, a message) is another claim only when the text says how it was held
at a distance."""

from __future__ import annotations

from graph.ingest.nlp.words import verb_lemma

# Verbs of talking that say nothing of where the talk was held.
_TALKING = {"conversar", "hablar", "dialogar", "charlar", "platicar", "departir", "intercambiar"}


def drop_talks_at_meetings(parsed, found: list) -> list:
    met = {frozenset((f.subject.key, f.object.key)) for f in found
           if f.relation == "met" and not f.negated}
    return [f for f in found if not (
        f.relation == "contactWith" and not f.negated and not f.qualifiers.get("mode") and
        verb_lemma(parsed.doc[f.trigger]) in _TALKING and
        frozenset((f.subject.key, f.object.key)) in met)]
