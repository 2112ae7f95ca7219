"""Whether a gathering noun is one people go to: "viajó a Milán para un acto de Patriotas",
"asistió a un acto del PP", "participó en un acto de la fundación". A bare "acto" names an
event only then: "oficializó su candidatura en un acto del partido" tells how something was
done, not a gathering the text reports; nor does one spoken at ("habló en un acto del PP"),
which may be any press call."""

from __future__ import annotations

from graph.ingest.nlp.words import verb_lemma

# Verbs of going to, attending or taking part in a gathering.
ATTENDING = {"acudir", "asistir", "participar", "ir", "viajar", "visitar", "llegar",
             "desplazar", "trasladar", "volar", "venir",
             "estar", "encabezar", "presidir", "acompanar",
             "arropar", "clausurar", "inaugurar", "protagonizar", "coincidir", "faltar",
             "invitar", "convocar", "organizar", "celebrar", "cerrar", "abrir", "perder"}


def attended(noun) -> bool:
    """The noun is the object or the goal of a verb of going, attending or holding."""
    verb = noun.head
    # ("fue invitado al acto": the small model may take the goal for an indirect object)
    if noun.dep_ not in ("obj", "obl", "nsubj", "nsubj:pass", "obl:arg", "iobj") or \
            verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb_lemma(verb) in ATTENDING
