"""Subjects that name nobody: "el seminario, al que asistieron una decena de parlamentarios",
"el foro, al que acudirán representantes de treinta fundaciones". The small model hangs the
subject after an attendance verb as its object; when that phrase is a crowd of unnamed people,
the clause has its subject all the same, and the host of the main clause (who held the
event) did not attend it. And "la próxima edición contará con X": an occasion still to come
is not the one the text reports, so taking part in it is no attendance of the event read."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma, is_role_noun, verb_lemma
from graph.ingest.reading import fold

# Verbs whose subject comes after them and that take no direct object: a bare noun phrase
# after them is their subject ("asistieron cien alcaldes").
_INTRANSITIVE = {"asistir", "acudir", "participar", "intervenir", "concurrir", "desfilar",
                 "figurar"}
# Nouns of time or measure the model may also hang bare on a verb ("participó el lunes").
_NOT_AGENTS = {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "dia",
               "semana", "mes", "ano", "hora", "minuto", "manana", "tarde", "noche", "vez",
               "momento", "fin", "jornada", "mitad", "parte", "resto", "enero", "febrero",
               "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
               "noviembre", "diciembre"}
# Words of an occasion still to come.
_COMING = {"proximo", "proxima", "siguiente", "futuro", "futura", "venidero", "venidera"}
# Nouns a later occurrence of a series goes by.
_OCCURRENCES = {"edicion", "cita", "convocatoria", "cumbre", "encuentro", "foro", "reunion",
                "conferencia", "congreso", "jornada", "jornadas", "entrega"}


def unnamed_group_subject(parsed, verb) -> bool:
    """Whether a bare common noun after an attendance verb, naming no one, is its subject."""
    if verb_lemma(verb) not in _INTRANSITIVE:
        return False
    for child in verb.children:
        if child.dep_ not in ("obj", "nsubj", "obl") or child.i < verb.i or child.pos_ != "NOUN" \
                or folded_lemma(child) in _NOT_AGENTS or _with_preposition(child) \
                or is_role_noun(child) and not _unnamed_crowd(parsed, child):
            continue  # "intervino la presidenta del instituto": someone the text names
        if parsed.mention(child) is None:
            # "cien alcaldes, entre ellos X": X is read by the rules that read lists
            return True
    return False


def _unnamed_crowd(parsed, noun) -> bool:
    """"asistieron diputados de cinco países": a plural title with no article and no name."""
    return noun.morph.get("Number") == ["Plur"] and not any(
        c.dep_ == "det" and folded_lemma(c) == "el" or c.dep_ in ("appos", "flat")
        for c in noun.children)


def _with_preposition(token) -> bool:
    """"a la cumbre", "como invitado": a phrase with its own link word is no subject."""
    return any(c.dep_ in ("case", "mark") for c in token.children)


def drop_coming_occasions(parsed, found: list) -> list:
    """Attendance read from a clause whose subject is an occasion still to come ("la próxima
    edición contará con X", "la siguiente cumbre tendrá como invitado a Y")."""
    return [f for f in found if not (
        f.relation == "participatedIn" and not f.negated and _coming_subject(parsed.doc[
            f.trigger]))]


def _coming_subject(verb) -> bool:
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause and not any(
            c.dep_.startswith("nsubj") for c in clause.children):
        clause = clause.head  # "se celebrará en Lima y contará con X"
    for subject in (c for c in clause.children if c.dep_.startswith("nsubj")):
        if folded_lemma(subject) in _OCCURRENCES and any(
                fold(c.lower_) in _COMING for c in subject.children if c.dep_ == "amod"):
            return True
    return False
