"""A trip made on an invitation to a gathering: "viajó a Milán, invitado por la Lega a unas
jornadas sobre vivienda", "llegó a Lima invitada al foro por la fundación", "acudió, invitado
a la cumbre, con dos asesores". The gathering hangs on the participle, not on the verb of
going; the trip made, the guest was invited to it and took part in it. A trip only planned
or denied is read by the extractor's modality check."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.trip_purposes import going_lemma
from graph.ingest.reading import fold

_GOING = {"viajar", "llegar", "ir", "venir", "volar", "desplazar", "desplazarse", "trasladar",
          "trasladarse", "acudir", "aterrizar", "regresar", "volver"}
_TO = {"a", "al", "para"}


def invited_trip_claims(parsed, token) -> list[Found]:
    if not fold(token.lower_).startswith(("invitad", "convidad")) or \
            token.pos_ not in ("ADJ", "VERB") or \
            token.dep_ not in ("amod", "acl", "advcl", "advmod", "obl", "xcomp", "conj"):
        return []
    if any(c.dep_ in ("aux", "aux:pass") for c in token.children):
        return []  # "ni lo hemos invitado al cierre": a verb of its own, not a trip's guest
    verb = token.head
    if verb.pos_ in ("PROPN", "NOUN") and verb.dep_ in ("obl", "obj") and \
            preposition(verb) in ("a", "hasta"):
        verb = verb.head  # "llegó a Lima invitado al foro": hung on the place
    if verb.pos_ not in ("VERB", "AUX") or going_lemma(verb) not in _GOING or \
            "Past" not in verb.morph.get("Tense") and verb.morph.get("VerbForm") != ["Part"]:
        return []
    if verb.morph.get("Number") and token.morph.get("Number") and \
            verb.morph.get("Number") != token.morph.get("Number"):
        return []  # "viajaron a Roma, invitado por X": not the subjects' participle
    events = [e for c in token.children if preposition(c) in _TO
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        return []
    guests = [s for s in subject_ends(parsed, verb) if parsed.is_person(s.key)]
    if not guests and verb.dep_ in ("ccomp", "conj") and not any(
            c.dep_.startswith("nsubj") for c in verb.children):
        # "Ferrer contó que viajó a Milán, invitado a X": the teller made the trip
        guests = [s for s in subject_ends(parsed, verb.head) if parsed.is_person(s.key)]
    return [Found(relation, g, events[0], 0.6, cue, verb.i) for g in guests
            for relation, cue in (("participatedIn", f"verb:{going_lemma(verb)}"),
                                  ("invitedTo", "passive:invitado"))
            if parsed.kb.fits(relation, g.key, events[0].key)]
