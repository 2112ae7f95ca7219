"""Absences said by what was done instead of going. A party or a person that "no envió a
nadie", "no mandó a ningún representante", "declinó enviar a ningún delegado" to an event
was not at it; one who "se excusó" (or "excusó su asistencia") or "se quedó en París" while
the event was held stayed away from it. The event is the one the clause names, else the one
the text is about."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, PLACE
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_SENDING = {"enviar", "mandar", "delegar", "despachar", "acreditar"}
# Who may be sent in one's name: "ningún representante", "ninguna delegación".
_ENVOYS = {"representante", "representantes", "delegado", "delegada", "delegados",
           "delegacion", "dirigente", "dirigentes", "emisario", "enviado", "enviada",
           "miembro", "cargo", "portavoz", "diputado", "diputada", "ministro", "ministra",
           "observador", "observadora", "representacion", "comitiva", "persona", "alto",
           "responsable", "funcionario", "funcionaria", "interlocutor"}
_NONE = {"ningun", "ninguna", "ninguno"}
# Excusing oneself from an occasion ("disculparse" is mostly an apology); one excuses one's
# words too ("se excusó por sus palabras"), which is no absence.
_EXCUSING = {"excusar"}
_WORDS = {"palabra", "declaracion", "comentario", "error", "frase", "retraso", "tuit",
          "expresion", "comportamiento", "actitud", "broma", "insulto"}
# Going to an occasion, which no envoy of a body did: "ningún representante de X acudió".
_GOING = {"acudir", "asistir", "viajar", "ir", "venir", "participar", "estar", "llegar",
          "presentarse", "comparecer", "aparecer"}
# Staying where one was while the event was held: "se quedó en París".
_STAYING = {"quedar", "permanecer"}


# What one who stays away sends or joins by: "se adhirió mediante un mensaje grabado".
FROM_AFAR = {"enviar", "mandar", "dirigir", "dirigirse", "grabar", "intervenir", "participar",
              "conectar", "conectarse", "saludar", "hablar", "adherir", "adherirse", "sumar",
              "sumarse", "leer"}
MESSAGES = {"mensaje", "video", "videoconferencia", "videollamada", "carta", "saludo",
             "grabacion", "conexion", "telematico", "remoto", "distancia"}


def took_part_from_afar(clause) -> bool:
    """"X, que no pudo viajar, se adhirió mediante un mensaje grabado", "excusó su presencia y
    enviará un vídeo": the one who did not go took part from afar. Read on the clause's own
    coordinated verbs and, for a relative, on the verb of the name it is said of."""
    verbs = [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and
             not any(g.dep_.startswith("nsubj") for g in c.children)]
    if clause.dep_ in ("acl", "acl:relcl") and clause.head.dep_.startswith("nsubj"):
        verbs.append(clause.head.head)
    return any(verb_lemma(v) in FROM_AFAR and not _denied(v) and any(
        c.dep_ in ("obj", "obl", "advmod", "amod") and folded_lemma(c) in MESSAGES
        for c in v.subtree) for v in verbs)


def _denied(verb) -> bool:
    """"y tampoco envió mensaje alguno", "no viajó ni envió mensaje alguno": nothing sent."""
    return any(c.dep_ in ("advmod", "cc") and fold(c.lower_) in NEGATORS
               for c in verb.children)


def stayed_away_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    lemma = verb_lemma(verb)
    if lemma in _SENDING and _nobody_sent(verb):
        return _away(parsed, verb, "verb:" + lemma)
    if lemma in _EXCUSING and _reflexive(verb) and not any(
            c.dep_ in ("obj", "xcomp", "ccomp") and c.pos_ != "PRON" and not preposition(c) or
            c.dep_ in ("obl", "obj") and folded_lemma(c) in _WORDS for c in verb.children):
        # "se excusó por compromisos de agenda" ("excusó su asistencia" is read with the
        # other nouns of staying away)
        return _away(parsed, verb, "verb:" + lemma)
    if lemma in _GOING:
        return _no_envoy(parsed, verb, lemma)
    if lemma in _STAYING and (_reflexive(verb) or lemma == "permanecer") and \
            _elsewhere(parsed, verb):
        return _away(parsed, verb, "verb:" + lemma)
    return []


def _no_envoy(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"Ningún representante del PSOE acudió": the body whose envoy none was stayed away. A
    verb of going takes no object, so an envoy the small model makes one (after a paragraph's
    break it may take the break for the subject) is its subject still."""
    found = []
    for envoy in (c for c in verb.children
                  if (c.dep_.startswith("nsubj") or c.dep_ == "obj") and
                  fold(c.lower_) in _ENVOYS and any(
                      fold(d.lower_) in _NONE and d.i < c.i for d in c.children)):
        bodies = [e for c in envoy.children if c.dep_ == "nmod" and
                  preposition(c) in ("de", "del") for e in phrase_ends(parsed, c)
                  if not e.reference and not parsed.is_person(e.key)]
        found += _away(parsed, verb, "verb:" + lemma, bodies)
    return found


def _nobody_sent(verb) -> bool:
    """"no envió a nadie", "a ningún representante", "representante alguno"."""
    for child in verb.children:
        if child.dep_ not in ("obj", "obl", "iobj") or preposition(child) not in ("a", ""):
            continue
        word = fold(child.lower_)
        if word == "nadie":
            return True
        if word in _ENVOYS and any(
                fold(c.lower_) in _NONE and c.i < child.i or
                fold(c.lower_) == "alguno" and c.i > child.i for c in child.children):
            return True
    return False


def _reflexive(verb) -> bool:
    return any(fold(c.lower_) == "se" and c.i < verb.i for c in verb.children)


def _elsewhere(parsed: Parsed, verb) -> bool:
    """"se quedó en París": a city or country named only here, so not where the event was
    (a text tells where its event is held)."""
    for child in verb.children:
        if child.dep_ != "obl" or preposition(child) != "en":
            continue
        mention = parsed.mention(child)
        if mention is None or not parsed.kb.is_a(mention.key, PLACE):
            continue
        others = [m for m in parsed.linked.mentions if m.key == mention.key and
                  not (verb.sent.start <= m.start < verb.sent.end)]
        return not others
    return False


def _away(parsed: Parsed, verb, cue: str, bodies: list[End] | None = None) -> list[Found]:
    clause = verb
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head  # "declinó enviar a nadie": the clause of "declinar"
    mood = modality(verb)
    if not mood.asserted or took_part_from_afar(clause):
        return []  # "si no envía a nadie", "podría quedarse en Roma"
    if bodies is not None:
        absent = [e for e in bodies if parsed.is_agent(e.key)]
    else:
        absent = subject_ends(parsed, clause)
        if clause.dep_ in ("acl", "acl:relcl") and clause.head.pos_ in ("PROPN", "NOUN"):
            absent = parsed.ends(clause.head, conj=False) or absent  # "X, que no envió..."
        # a party sends no one; one excuses oneself or stays home in person ("X, cuya
        # presidenta se excusó", is no party's absence)
        absent = [e for e in absent if (parsed.is_agent if verb_lemma(verb) in _SENDING
                                        else parsed.is_person)(e.key) and not e.reference]
    events = [e for c in verb.children if preposition(c) in ("a", "al") and c.dep_ != "obj"
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        events = [e for e in [parsed.topic_end(verb.i)] if e is not None]
    return [Found("participatedIn", a, e, 0.6, cue, verb.i, negated=True)
            for a in absent for e in events
            if a.key != e.key and parsed.kb.fits("participatedIn", a.key, e.key)]
