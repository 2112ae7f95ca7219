"""Absences stated as such: "Faltó, a última hora, X", "La gran ausente fue X", "X estuvo
ausente de la cumbre", "X se ausentó del acto", "la ausencia de X": X did not take part in the
event (the one named, else the one the text is about). Under a negation ("No faltaron A ni
B") they state the opposite, which the extractor's modality check turns positive."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, PLACE
from graph.ingest.nlp.aside_markers import is_aside_marker
from graph.ingest.nlp.aside_subjects import names_after_aside
from graph.ingest.nlp.clause_objects import arguments
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.declined_attendance import declined_claims
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.stayed_away import took_part_from_afar
from graph.ingest.nlp.triggers import NEGATORS, PLACE_NOUNS
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# "faltar" as the small model may tag it (a capitalized "Faltó" opening a sentence is read as
# a proper noun); "falta" alone is also a noun ("una falta grave"), so it needs its subject
_MISSING = {"falto", "faltaron", "faltaba", "faltaban", "faltan", "falta"}
_ABSENT = {"ausente", "ausentes"}
# Verbs of being at or going to the event, which said alone and denied state an absence.
_BEING_THERE = {"estar", "viajar", "ir", "venir", "llegar", "aparecer", "comparecer"}
_COMPLEMENTS = {"obj", "obl", "iobj", "xcomp", "ccomp", "acomp", "obl:arg", "expl:pv"}
_COMPANY = {"con", "junto", "junto a", "junto con"}  # "no viajó con X" is still an absence
_FROM_AFAR = {"enviar", "dirigir", "dirigirse", "grabar", "intervenir", "participar",
              "conectar", "conectarse", "saludar", "mandar", "hablar"}
# Verbs whose infinitive is the trip not made: "no pudo viajar", "declinó asistir".
_GOVERNING = {"poder", "llegar", "declinar", "rehusar", "renunciar", "descartar", "negar",
              "negarse"}
# Marks of a clause that states its fact: contrast and cause, not condition or time.
_GROUNDS = {"aunque", "porque", "pues", "pero"}
_TIMES = {"tambien", "si", "asimismo", "igualmente", "finalmente", "ayer", "alli", "ahi",
          "entonces", "esta", "vez",
          "hoy", "luego"}


def absence_claims(parsed: Parsed, token) -> list[Found]:
    word = fold(token.lower_)
    # (a "Faltó" opening a paragraph may be hung on the break as a name's part)
    if word in _MISSING and token.pos_ in ("VERB", "AUX", "PROPN", "NOUN") and (
            token.dep_ in ("ROOT", "conj", "parataxis", "acl", "advcl") or
            token.dep_ == "flat" and token.head.is_space) and not any(
                c.dep_ in ("obj", "xcomp", "ccomp", "iobj") or preposition(c) == "para"
                for c in token.children):
        people = [e for c in token.children if c.dep_ == "nsubj"
                  for e in phrase_ends(parsed, c)] or names_after_aside(parsed, token)
        return _absent(parsed, token, people, arguments(parsed, token, frozenset({"a", "en"})))
    if folded_lemma(token) in ("ausentar", "ausentarse"):
        return _absent(parsed, token, subject_ends(parsed, token),
                       arguments(parsed, token, frozenset({"de", "del", "en"})))
    if word in _ABSENT:
        return _absent(parsed, token, _said_absent(parsed, token), [
            e for c in token.children if c.dep_ == "nmod" and preposition(c) in ("de", "del",
                                                                                   "en")
            for e in phrase_ends(parsed, c)])
    if folded_lemma(token) in _BEING_THERE and token.pos_ in ("VERB", "AUX") and \
            _clause_dep(token) in ("ROOT", "conj", "parataxis") and _bare(parsed, token) and \
            (modality(token).negated and not _took_part_from_afar(token) and
             not took_part_from_afar(_able(token)) or
             folded_lemma(token) == "estar" and _also(token)):
        # "Geert Wilders no estuvo", "Tampoco viajó X": the "no" the extractor's modality
        # check reads turns the attendance it states into an absence; "También estuvieron
        # A y B": there, as the others were (named, not a reference: "Tampoco estuvo la
        # candidata de X" names no one)
        return _absent(parsed, token, [e for e in _goers(parsed, _able(token))
                                       if not e.reference], [], negated=False)
    if folded_lemma(token) == "estar" and token.dep_ == "cop" and token.head.i > token.i and \
            token.head.pos_ in ("NOUN", "PROPN") and not preposition(token.head) and \
            (_also(token.head) and all(c.is_punct for c in token.children) or
             _denied_alone(token)):
        # "Sí estuvieron el exdiputado X y el chileno Y", "No estaba, en cambio, la anterior
        # portavoz, X": the small model may make the subject after the verb its predicate
        # ("estuvieron de acuerdo X e Y" is no presence); the "no" the modality check reads
        return _absent(parsed, token, [e for e in parsed.ends(token.head)
                                       if not e.reference and parsed.is_person(e.key)], [],
                       negated=False)
    if folded_lemma(token) == "ausencia" and token.pos_ == "NOUN":
        # "lamentó la ausencia del presidente de su partido": a role the discourse resolves
        # is too loose a subject for a noun; a name is not
        people = [e for c in token.children if c.dep_ == "nmod" and preposition(c) == "de"
                  for e in phrase_ends(parsed, c) if not e.reference]
        events = [e for c in token.children if c.dep_ == "nmod" and preposition(c) in (
            "en", "de", "del") for e in phrase_ends(parsed, c)]
        return _absent(parsed, token, people, events)
    return declined_claims(parsed, token)  # "declinó viajar", "no envió a nadie"


def _able(verb):
    """"no pudo viajar", "no llegó a viajar", "declinó viajar": the clause is the one of the
    verb that governs the trip, whose subject goes."""
    while verb.dep_ == "xcomp" and folded_lemma(verb.head) in _GOVERNING and \
            verb.head != verb:
        verb = verb.head
    return verb


def _goers(parsed: Parsed, clause) -> list[End]:
    """Who did not go: the clause's subject; of a relative, the name it is said of."""
    if clause.dep_ == "conj" and clause.head.dep_ in ("acl", "acl:relcl") and not any(
            c.dep_.startswith("nsubj") for c in clause.children):
        clause = clause.head  # "X, que había sido invitado pero no pudo viajar"
    if clause.dep_ in ("acl", "acl:relcl") and clause.head.pos_ in ("PROPN", "NOUN"):
        # "el saludo de X, que no pudo viajar": the small model may hang the relative on
        # the noun whose "de" names the one who did not go
        return parsed.ends(clause.head, conj=False) or [
            e for c in clause.head.children if c.dep_ == "nmod" and preposition(c) == "de"
            and c.i < clause.i for e in parsed.ends(c, conj=False) if parsed.is_person(e.key)]
    return subject_ends(parsed, clause)


def _clause_dep(verb) -> str:
    """The clause's place in its sentence; a relative on a name ("X, que no pudo viajar,
    envió un mensaje") or a clause of contrast or cause ("aunque declinó viajar", "porque no
    pudo venir") states the absence as a main clause does."""
    clause = _able(verb)
    if clause.dep_ in ("acl", "acl:relcl") and any(
            c.dep_.startswith("nsubj") and fold(c.lower_) in ("que", "quien", "quienes")
            for c in clause.children):
        return "ROOT"
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and fold(c.lower_) in _GROUNDS
                                      for c in clause.children):
        return "ROOT"
    return clause.dep_


def _said_absent(parsed: Parsed, adjective) -> list[End]:
    """Whom "ausente" is said of: the subject of "X fue la gran ausente", "X estuvo ausente";
    the predicate of "La gran ausente fue X"."""
    if any(c.dep_ == "cop" for c in adjective.children):
        return subject_ends(parsed, adjective)
    if preposition(adjective) == "entre":
        return subject_ends(parsed, adjective.head)  # "Entre los ausentes estuvo X"
    if adjective.dep_ == "amod":
        # "Los grandes ausentes fueron A y B": the small model heads the phrase with the
        # adjective before it and hangs the names on that
        head = adjective.head
        return [e for c in head.children if c.dep_ in ("appos", "nsubj") and c.i > head.i
                for e in phrase_ends(parsed, c)]
    if adjective.dep_ == "nsubj":
        predicate = adjective.head
        if any(c.dep_ == "cop" for c in predicate.children):
            return parsed.ends(predicate)  # "la primera ministra, X"
        return [e for c in predicate.children if c.dep_ == "nsubj" and c != adjective
                for e in phrase_ends(parsed, c)]
    return []


def _bare(parsed: Parsed, verb) -> bool:
    """A verb of being somewhere said alone, or with the place it would have been at ("no
    está en Viena", "no viajó a la capital"): no object, occasion, complement or attribute."""
    # "no pudo viajar por una votación": a reason is no occasion either, nor the source
    # the text cites ("según fuentes del partido")
    # "No estuvo, en cambio, X": a marker set between commas is neither
    return not any(c.dep_ in _COMPLEMENTS and preposition(c) not in _COMPANY | {
        "por", "segun"} and
                   not _place(parsed, c) and not is_aside_marker(c) or
                   c.dep_ == "advmod" and fold(c.lower_) not in NEGATORS | _TIMES and
                   not is_aside_marker(c)
                   for c in verb.children)


def _denied_alone(copula) -> bool:
    """"No estaba, en cambio, X": a denied "estar" before its subject, with nothing but the
    negator and a marker set between commas."""
    return any(fold(c.lower_) in NEGATORS for c in copula.children) and all(
        c.is_punct or fold(c.lower_) in NEGATORS or is_aside_marker(c)
        for c in copula.children) and all(
        c.i > copula.i or c.dep_ == "det" or is_aside_marker(c) or c.is_punct
        for c in copula.head.children if c.i < copula.head.i and c != copula)


def _also(verb) -> bool:
    # "Sí estuvieron A y B": the small model may tag the affirming "sí" an interjection
    return any(c.dep_ in ("advmod", "advcl", "discourse") and c.i < verb.i and
               fold(c.lower_) in ("tambien", "si", "asimismo", "igualmente")
               for c in verb.children)


def _took_part_from_afar(verb) -> bool:
    """"no pudo viajar a Roma y se dirigió a los asistentes en un mensaje grabado", "pero
    envió un vídeo": the one who did not go took part from afar (unlike "aunque su partido
    envió un saludo", another's doing)."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and folded_lemma(c) in _FROM_AFAR and
               # "y tampoco envió mensaje alguno", "ni envió ningún mensaje": nothing sent
               not any(g.dep_.startswith("nsubj") or fold(g.lower_) in NEGATORS
                       for g in c.children)
               for c in verb.children)


def _place(parsed: Parsed, phrase) -> bool:
    # "no viajaron a Madrid": the small model may make the place an object
    if phrase.dep_ not in ("obl", "obj") or preposition(phrase) not in ("a", "en", "hasta"):
        return False
    if phrase.pos_ == "NOUN":
        return folded_lemma(phrase) in PLACE_NOUNS
    mention = parsed.mention(phrase)
    return mention is not None and parsed.kb.is_a(mention.key, PLACE)


def _absent(parsed: Parsed, trigger, people: list[End], named: list[End],
            negated: bool = True) -> list[Found]:
    people = [p for p in people if parsed.is_person(p.key)]
    if not people:
        return []
    events = [e for e in named if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        if any(not parsed.is_person(e.key) for e in named):
            return []  # "faltó a su palabra", "ausente de la política": no event
        topic = parsed.topic_end(trigger.i)
        if topic is None:
            return []
        events = [topic]
    lemma = folded_lemma(trigger)
    cue = "copula" if fold(trigger.lower_) in _ABSENT else (
        "nominal:ausencia" if lemma == "ausencia" else "verb:" + (
            "ausentar" if lemma.startswith("ausent") else
            lemma if lemma in _BEING_THERE else "faltar"))
    return [Found("participatedIn", p, e, 0.65, cue, trigger.i, negated=negated)
            for p in people for e in events if parsed.kb.fits("participatedIn", p.key, e.key)]
