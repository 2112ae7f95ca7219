"""Whether a clause asserts what it states: negation ("no se reunió", "negó haberse reunido"),
and the clauses that do not assert at all — intentions and abilities ("podría reunirse",
"planea visitar", "va a reunirse"), conditionals ("si gana"), questions and the conditional
mood."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.ingest.nlp.doc_texts import doc_text
from graph.ingest.nlp.hearsay import hearsay
from graph.ingest.nlp.left_for import left_for
from graph.ingest.nlp.litotes import given_under_denied_quality, shown_by_not_hiding
from graph.ingest.nlp.priced_refusals import at_a_price
from graph.ingest.nlp.triggers import AGREEING, DENYING, INTENDING, NEGATORS, SAYING
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_HYPOTHETICAL_MARKS = {"si", "cuando", "hasta", "antes"}
_PLEDGED = {"apoyar", "respaldar"}  # support is given by promising it
# asking others for it or promising it: a stance taken, though the act is still to come
_APPEALS = {"pedir", "solicitar", "instar", "llamar", "exigir", "prometer"}


@dataclass(frozen=True)
class Modality:
    asserted: bool
    negated: bool
    why: str = ""  # what made it not asserted; "future" for an assertion still to come


# Adverbs that hedge the clause: a likelihood, not a fact ("previsiblemente se medirá").
_HEDGES = {"previsiblemente", "probablemente", "posiblemente", "presumiblemente",
           "quiza", "quizas", "acaso", "eventualmente", "supuestamente"}
# "salvo sorpresa", "salvo imprevistos": a forecast barring the unforeseen, not a fact
_UNFORESEEN = {"sorpresa", "sorpresas", "imprevisto", "imprevistos", "contratiempo",
               "contratiempos", "cambio", "cambios", "giro", "milagro", "accidente"}
# Verbs that vouch for their complement, which says nothing once they are negated.
_CONFIRMING = {"confirmar", "garantizar", "asegurar", "aclarar", "precisar"}
# Participles that make a plan of the clause they govern or accompany: "no está previsto que
# se reúna", "tiene previsto visitar", "está programado que hable".
_PLANNED = {"previsto", "planeado", "programado", "pensado", "proyectado"}
# Participles that make a request of the infinitive they govern: "está invitado a intervenir"
# (asked to speak, not yet speaking); "viajó a Milán, invitado por X" is still a trip made
_ASKED = {"invitado", "invitada", "invitados", "invitadas", "convidado", "convidada"}
# Verbs that keep their complement from happening: "evitó pedir el voto para él".
_ANSWERING = {"responder", "contestar", "aceptar", "agradecer", "atender", "corresponder"}
_AVOIDING = {"evitar", "eludir", "esquivar", "rehusar", "rehuir", "negarse", "abstenerse",
             "declinar", "renunciar"}
# Verbs whose purpose, once past, was served: "sirvió para sellar la alianza".
_SERVING = {"servir", "aprovechar"}
# Trips that an attendance is the purpose of, and the attendances.
# ("cruzó la frontera para participar en el acto")
_TRAVELLING = {"viajar", "llegar", "aterrizar", "desplazar", "desplazarse", "trasladar",
               "trasladarse", "volar", "venir", "regresar", "volver", "acudir", "cruzar"}
_ATTENDING = {"asistir", "participar", "intervenir", "hablar", "acudir", "estar", "disertar",
              # "viajó a Budapest para reunirse con X", "para cenar con Y"
              "reunir", "entrevistar", "encontrar", "visitar", "cenar",
              "almorzar", "desayunar", "conversar", "dialogar"}
# Subjects that deny the clause: "ninguno de los dos acudirá", "nadie asistió".
_NOBODY = {"ninguno", "ninguna", "nadie"}
# Verbs that undo the event a noun names ("la reunión fue cancelada", "suspendió la visita"),
# and those that only put it off: it has not happened yet.
_CALLED_OFF = {"cancelar", "suspender", "anular", "frustrar", "desconvocar", "abortar"}
_PUT_OFF = {"aplazar", "posponer", "postergar", "retrasar", "reprogramar"}


def _negated_here(token) -> bool:
    # the word itself, not its lemma: "nos" is lemmatized as "no"
    if any(c.dep_ in ("cop", "aux") and any(
            n.dep_ == "advmod" and fold(n.lower_) in NEGATORS for n in c.children)
           for c in token.children):
        return True  # "No estuvo presente": the small model hangs the "no" on the copula
    return any((c.dep_ in ("advmod", "neg", "cc") and fold(c.lower_) in NEGATORS
                and c.i < token.i) or ("Neg" in c.morph.get("Polarity") and
                                       fold(c.lower_) in NEGATORS) or
               (c.dep_.startswith("nsubj") and fold(c.lower_) in _NOBODY and
                not any(fold(g.lower_) in NEGATORS for g in token.children)) or
               # "Ni Kast ni Milei asistieron": the subject's own "ni" denies the verb
               (c.dep_.startswith("nsubj") and c.i < token.i and any(
                   g.dep_ == "cc" and fold(g.lower_) == "ni" and g.i < c.i
                   for g in c.children))
               for c in token.children if c.dep_ != "conj")


def _planned(token) -> bool:
    word = fold(token.lower_)
    word = word[:-1] if word.endswith("s") else word
    word = word[:-1] + "o" if word.endswith("a") else word
    return word in _PLANNED and token.pos_ in ("ADJ", "VERB")


def _achieved(verb) -> bool:
    """"pudo asistir", "no pudo viajar": "poder" in the preterite states what was (or was
    not) done, not an ability or a possibility ("puede asistir", "podía viajar")."""
    return folded_lemma(verb) == "poder" and verb.morph.get("Mood") == ["Ind"] and \
        verb.morph.get("Tense") == ["Past"]


def _travelled_for(token) -> bool:
    """"viajó a São Paulo para participar en la CPAC", "aterrizó en Lisboa para asistir al
    congreso": a trip made for an event reports the attendance, not a plan."""
    trip = token.head
    return folded_lemma(trip) in _TRAVELLING and trip.morph.get("Mood") == ["Ind"] and \
        trip.morph.get("Tense") == ["Past"] and verb_lemma(token) in _ATTENDING


# Acts a call or a letter carries out by itself, and the calls and letters that carry them
_CARRIED = {"invitar"}
_CALLING = {"llamar", "telefonear", "escribir", "contactar", "visitar"}


def _served_for(token) -> bool:
    """"la cita sirvió para escenificar la alianza", "el acto permitió sellar el pacto": a
    purpose told as served in the past is what happened."""
    head = token.head
    return folded_lemma(head) in _SERVING and head.morph.get("Mood") == ["Ind"] and \
        head.morph.get("Tense") == ["Past"]


def _called_for(token) -> bool:
    """"lo llamó para invitarlo a X", "le escribió para invitarla": an invitation a call or a
    letter carried, made by making the call."""
    head = token.head
    return folded_lemma(token) in _CARRIED and folded_lemma(head) in _CALLING and \
        head.morph.get("Mood") == ["Ind"] and head.morph.get("Tense") == ["Past"]


def _pledge(verb, auxiliary) -> bool:
    """"vamos a respaldar su candidatura", "voy a apoyar a Kast": saying it in the first
    person is the support itself, a commitment made by announcing it; "planea respaldar"
    or "va a apoyar" only reports a plan."""
    return folded_lemma(verb) in _PLEDGED and auxiliary.morph.get("Person") == ["1"] and \
        auxiliary.morph.get("Mood") == ["Ind"] and auxiliary.morph.get("Tense") == ["Pres"]


def _refused(token) -> bool:
    """Whether a verb that avoids or denies governs `token` ("evitó pedir", "negó pedir")."""
    for _ in range(3):
        if _complement_dep(token) not in ("xcomp", "ccomp") or token.head == token:
            return False
        token = token.head
        if folded_lemma(token) in DENYING | _AVOIDING and not _negated_here(token):
            return True
    return False


def _failed(verb) -> bool:
    """"intentó sin éxito registrarse", "trató en vano de reunirse": an attempt told as failed
    says the act did not happen."""
    return verb.morph.get("Tense") == ["Past"] and any(
        folded_lemma(c) == "exito" and any(g.lower_ == "sin" for g in c.children) or
        fold(c.lower_) in ("infructuosamente", "vanamente") or
        c.lower_ == "vano" and any(g.lower_ == "en" for g in c.children)
        for c in verb.children)


def _in_question(token) -> bool:
    sentence = token.sent
    if "?" not in doc_text(token.doc)[sentence.start_char:sentence.end_char]:
        return False  # (most sentences: no need to walk their words)
    opened = None
    for t in sentence:
        if t.text == "¿":
            opened = t.i
        elif t.text == "?" and opened is not None and opened <= token.i <= t.i:
            return True
        elif t.text == "?" and opened is None and t.i >= token.i:
            return True
    return False


# The conditional of "querer" ("querrían invitar a X"), which the small model reads as an
# imperfect of a verb "querrir": a wish, not a deed.
_WISHED = re.compile(r"^querri(?:a|as|amos|ais|an)$")


def modality(trigger) -> Modality:
    """The modality of the clause whose predicate is `trigger` (a verb, or a noun heading a
    nominal claim: then its governing verb speaks for it)."""
    if trigger.dep_ == "cop" and trigger.head != trigger:
        trigger = trigger.head  # "podría ser la candidata": the predicate holds the auxiliaries
    if _in_question(trigger):
        return Modality(False, False, "question")
    if hearsay(trigger):
        return Modality(False, False, "hearsay")  # "se habla de una relación con X"
    if shown_by_not_hiding(trigger) or given_under_denied_quality(trigger):
        return Modality(True, False)  # "no oculta su amistad con X", "no es nueva"
    if _negated_here(trigger) and at_a_price(trigger):
        return Modality(False, False, "condition")  # "no lo apoyará a cambio de nada"
    negated = False
    token, link = trigger, None
    while True:
        if token.pos_ in ("VERB", "AUX") and ("Cnd" in token.morph.get("Mood") or
                                               _WISHED.match(fold(token.lower_))):
            if token.dep_ == "ccomp" and folded_lemma(token.head) in SAYING and \
                    folded_lemma(token) in _PLEDGED and not _on_condition(token):
                # "adelantó que respaldaría a Kast": the reported "respaldaré", a pledge
                return Modality(False, negated, "pledge")
            return Modality(False, negated, "conditional")
        for child in token.children:
            lemma = folded_lemma(child)
            if child.dep_ in ("iobj", "obj", "xcomp", "advmod") and _planned(child) and \
                    token.pos_ in ("VERB", "AUX"):
                return Modality(False, negated, "intention")  # "tiene previsto visitar"
            if child.dep_ == "advmod" and fold(child.lower_) in _HEDGES or _barring(child):
                return Modality(False, negated, "hedge")
            if child.dep_ == "advmod" and fold(child.lower_) == "apenas" and \
                    child.i < token.i and token.morph.get("Tense") == ["Pres"]:
                return Modality(False, negated, "hedge")  # "los dos apenas se hablan"
            if child.dep_ in ("aux", "aux:pass", "cop") and "Cnd" in child.morph.get("Mood"):
                return Modality(False, negated, "conditional")
            if child.dep_ == "aux" and lemma in INTENDING and not _pledge(token, child) and \
                    not _achieved(child):
                return Modality(False, negated, "appeal" if lemma in _APPEALS else "intention")
            if child.dep_ == "aux" and lemma == "ir" and any(
                    c.dep_ == "mark" and c.lower_ == "a" for c in token.children) and \
                    not _pledge(token, child):
                return Modality(False, negated, "intention")
            if child.dep_ == "advcl" and any(
                    m.dep_ == "mark" and folded_lemma(m) == "si" for m in child.children):
                return Modality(False, negated, "condition")
        marks = {folded_lemma(m) for m in token.children if m.dep_ == "mark"}
        if token.dep_ == "advcl" and ("si" in marks or (
                marks & _HYPOTHETICAL_MARKS and "Sub" in token.morph.get("Mood"))):
            return Modality(False, negated, "condition")  # "si gana", "cuando llegue"
        if "si" in marks and token.dep_ == "acl":
            # "—Si Paloma no pasa a segunda vuelta, ¿apoyaría a X?": an interview's question
            # opening its paragraph, hung on the break; "la duda de si será candidata": a
            # question hung on a noun
            return Modality(False, negated, "condition" if token.head.pos_ == "SPACE" else
                            "open question")
        if token.dep_ in ("advcl", "xcomp", "acl") and any(
                m.dep_ in ("mark", "case") and folded_lemma(m) == "para" for m in token.children) \
                and not _travelled_for(token) and not _served_for(token) and \
                not left_for(token) and not _called_for(token):
            return Modality(False, negated, "purpose")
        if token.dep_ in ("ccomp", "csubj") and any(
                m.dep_ == "mark" and folded_lemma(m) == "si" or
                m.lower_ in ("quién", "quiénes", "cuál", "cuáles") for m in token.children):
            # "se decidirá si...", "se decidirá quién se medirá con Milei"
            return Modality(False, negated, "open question")
        if link in (None, "xcomp", "obj", "nsubj") and _negated_here(token) and not (
                token != trigger and folded_lemma(trigger) == "invitacion" and
                folded_lemma(token) in _ANSWERING):
            # "no respondió a la invitación", "no aceptó la invitación": the answer is denied,
            # the invitation was made
            negated = not negated
        if link in (None, "xcomp") and _without(token):
            negated = not negated  # "visitó Madrid sin reunirse con X", "sin llegar a apoyarlo"
        lemma = folded_lemma(token)
        if token != trigger and token.pos_ in ("VERB", "AUX") and lemma in _CONFIRMING and \
                _negated_here(token):
            # "no confirmó su presencia": neither that it happens nor that it does not
            return Modality(False, False, "unconfirmed")
        if token != trigger and _planned(token) and link in ("xcomp", "ccomp", "csubj"):
            return Modality(False, negated, "intention")  # "no está previsto que se reúna"
        if token != trigger and fold(token.lower_) in _ASKED and link == "xcomp":
            return Modality(False, negated, "request")  # "está invitado a intervenir"
        if token != trigger and token.pos_ == "NOUN" and link == "xcomp":
            # "Kaiser renuncia a viajar": a headline's verb the small model takes for a noun
            lemma = _present_verb(lemma)
        if token != trigger and (token.pos_ in ("VERB", "AUX") or link == "xcomp"):
            if lemma in DENYING and _negated_here(token):
                return Modality(False, False, "not ruled out")  # "no descarta reunirse"
            if (lemma in DENYING or lemma in _AVOIDING) and not (
                    link == "obj" and folded_lemma(trigger) == "invitacion"):
                # "rechazó la invitación": turned down, the invitation was still made
                negated = not negated
            elif link in ("nsubj", "nsubj:pass", "obj") and lemma in _CALLED_OFF:
                negated = not negated  # "la reunión entre A y B fue cancelada"
            elif link in ("nsubj", "nsubj:pass", "obj") and lemma in _PUT_OFF:
                return Modality(False, negated, "postponed")
            elif lemma in _APPEALS and link == "ccomp":
                # "pidió a Milei que respaldara a X": another's act asked for, not one's own
                return Modality(False, negated, "request")
            elif (lemma in INTENDING and link in ("xcomp", "ccomp", "obj") or
                  lemma in AGREEING and link in ("xcomp", "ccomp")) and not _achieved(token):
                if _refused(token):
                    return Modality(True, not negated)  # "evitó pedir el voto para él"
                if _failed(token):
                    return Modality(True, not negated)  # "intentó sin éxito registrarse"
                return Modality(False, negated, "appeal" if lemma in _APPEALS else "intention")
        if token == trigger and token.pos_ in ("NOUN", "PROPN") and \
                token.dep_ in ("obj", "nsubj", "nsubj:pass"):
            # a nominal claim: the verb that governs the noun decides ("no hubo reunión")
            link, token = token.dep_, token.head
            continue
        dep = _complement_dep(token)
        if dep not in ("xcomp", "ccomp", "csubj") or token.head == token:
            break
        link, token = dep, token.head
    return Modality(True, negated, "future" if is_future(trigger) else "")


def _present_verb(word: str) -> str:
    """The infinitive of a present third person ("renuncia", "rechaza", "elude"), when it is
    one of the verbs that deny or avoid their complement."""
    stem = word[:-1]
    return next((v for v in (stem + "ar", stem + "er", stem + "ir")
                 if v in DENYING | _AVOIDING), word)


def _without(verb) -> bool:
    return verb.pos_ in ("VERB", "AUX") and verb.morph.get("VerbForm") == ["Inf"] and any(
        c.dep_ in ("mark", "case") and c.lower_ == "sin" and c.i < verb.i
        for c in verb.children)


def _complement_dep(token) -> str:
    """The token's dependency, an infinitive with no preposition or conjunction before it
    read as the complement it is: after an adverbial ("descartó el lunes respaldar a X",
    "quiere esta semana reunirse con Y", "se negó ayer a asistir") the small model hangs it
    as an adverbial clause."""
    if token.dep_ == "obj" and token.pos_ == "ADJ" and folded_lemma(token.head) == "estar":
        return "xcomp"  # "no estuvo presente": the small model takes the predicate for an object
    if token.dep_ != "advcl" or token.morph.get("VerbForm") != ["Inf"]:
        return token.dep_
    marks = {folded_lemma(c) for c in token.children if c.dep_ in ("mark", "case")}
    governing = folded_lemma(token.head)
    if not marks or marks == {"a"} and governing in DENYING | _AVOIDING | INTENDING:
        return "xcomp"
    return token.dep_


def _on_condition(verb) -> bool:
    """"anunció que, si hubiera segunda vuelta, no apoyaría a nadie": a pledge only if."""
    return any(c.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and folded_lemma(m) == "si" for m in c.children)
        for c in verb.children)


def is_future(trigger) -> bool:
    """"lo recibirá el martes", "se reunirá con": the clause announces what is still to
    come (a noun's claim takes its verb's tense: "la reunión se celebrará")."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") else trigger
    return any("Fut" in t.morph.get("Tense") and t.lower_.endswith(_FUTURE_ENDINGS)
               for t in [verb, *verb.children]
               if t == verb or t.dep_ in ("aux", "aux:pass", "cop"))


# The future's endings, which every verb shares ("hablaré", "dirá", "habrán"): the small model
# now and then tags a first person's preterite as a future ("Allí conocí a X": "conocí")
_FUTURE_ENDINGS = ("ré", "rás", "rá", "remos", "réis", "rán")


def _barring(child) -> bool:
    """"será, salvo sorpresa, la candidata": an aside that excepts the unforeseen."""
    words = [fold(t.lower_) for t in child.subtree if not t.is_punct]
    return child.dep_ in ("advmod", "obl", "nmod") and 1 < len(words) <= 4 and \
        words[0] in ("salvo", "excepto") and any(w in _UNFORESEEN for w in words[1:])


def in_condition(token) -> bool:
    """Whether `token` is in a clause opened by "si" ("si pasa a la segunda vuelta", "si
    hubiera balotaje"), however the small model hangs that clause."""
    clause = token
    for _ in range(6):
        if clause.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and fold(c.lower_) == "si" and c.i < clause.i
                for c in clause.children):
            return True
        if clause.head == clause:
            return False
        clause = clause.head
    return False
