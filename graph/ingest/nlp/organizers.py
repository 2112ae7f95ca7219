"""Organizers and guests said without "organizado por" or "invitó a": an event held "a
iniciativa de" or "con el patrocinio de" someone, a host ("será anfitriona del encuentro",
"ejercerá de anfitrión"), a guest who "recibió una invitación para asistir a" an event or
"estaba invitado" to it. The event is the one the phrase names, else the one the text is
about."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clause_objects import clitic_object
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.nominal import event_of
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import SENDING_INVITATIONS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# "a iniciativa de X", "por impulso de X", "con el patrocinio de X": who the event is owed to.
_INITIATIVE = {"iniciativa": ("a", "por"), "propuesta": ("a", "por"), "impulso": ("por",),
               "patrocinio": ("con", "bajo"), "auspicio": ("con",), "mecenazgo": ("con",)}
HOSTS = {"anfitrion", "anfitriona", "organizador", "organizadora", "coorganizador",
         "coorganizadora", "convocante", "promotor", "promotora", "impulsor", "impulsora"}
# Verbs that give the role "de anfitrión" to their subject: "ejercerá de anfitrión".
_ACTING = {"ejercer", "actuar", "hacer", "oficiar", "fungir", "estar"}
# "la organización" of an event: those who organize it, as a body
_THE_ORGANIZERS = {"organizacion", "organizadores", "organizadoras"}
_WHO = {"que", "quien", "quienes"}
_INVITATIONS = {"invitacion", "convocatoria"}
_HAVING = {"tener", "contar"}
_GETTING = {"recibir", "aceptar", "obtener", "tener", "declinar", "rechazar", "agradecer",
            "atender"}
_STATES = {"estar", "quedar", "seguir", "encontrar", "figurar"}


def organizer_claims(parsed: Parsed, token) -> list[Found]:
    if parsed.mention(token):
        return []
    lemma = folded_lemma(token)
    if token.pos_ == "NOUN" and lemma in _INITIATIVE and \
            preposition(token) in _INITIATIVE[lemma]:
        return _owed_to(parsed, token, lemma)
    if token.dep_ == "cop" and token.head.dep_ in ("acl", "acl:relcl") and \
            token.head.head.pos_ == "NOUN" and \
            fold(token.head.head.lower_) in HOSTS | _THE_ORGANIZERS:
        # read at the relative's copula, which states it whatever mood the noun's clause is
        # in ("fui invitada por la organización, que es X")
        return _said_to_be(parsed, token.head.head, token.head)
    if token.pos_ in ("NOUN", "ADJ", "VERB") and fold(token.lower_) in HOSTS:
        # the small model may take "anfitriona" for a verb
        return _hosted(parsed, token, fold(token.lower_))
    if token.pos_ == "NOUN" and lemma in _INVITATIONS and \
            verb_lemma(_governing(token)) in _GETTING:
        return _invitation(parsed, token)
    if token.pos_ == "NOUN" and lemma == "invitacion" and token.dep_ == "obj" and \
            verb_lemma(token.head) in SENDING_INVITATIONS:
        return _invitation_sent(parsed, token)
    if token.pos_ in ("VERB", "ADJ") and verb_lemma(token) in ("invitar", "convidar") and any(
            c.dep_ in ("cop", "aux") and folded_lemma(c) in _STATES for c in token.children):
        return _invited(parsed, token)
    return []


def _event(parsed: Parsed, phrase, at) -> list[End]:
    """The event a phrase names (its "de" complement: "anfitriona del encuentro"), else the
    one of its clause or the text."""
    named = [e for c in phrase.children if c.dep_ in ("nmod", "obl") and
             preposition(c) in ("de", "a")
             for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if named:
        return named
    clause = phrase.head if phrase.head != phrase else phrase
    return event_of(parsed, clause, at, near=True)


def _owed_to(parsed: Parsed, noun, lemma: str) -> list[Found]:
    """"La idea del foro surgió a iniciativa del eurodiputado X": X organizes it."""
    owners = [e for c in noun.children if c.dep_ == "nmod" and preposition(c) == "de"
              for e in phrase_ends(parsed, c) if parsed.is_agent(e.key)]
    events = event_of(parsed, noun.head, noun, near=True)
    return [Found("organizedBy", e, o, 0.6, f"nominal:{lemma}", noun.i) for e in events
            for o in owners if e.key != o.key and parsed.kb.fits("organizedBy", e.key, o.key)]


def _hosted(parsed: Parsed, noun, lemma: str) -> list[Found]:
    """"la Fundación Ágora será anfitriona del Encuentro X", "X ejercerá de anfitrión en la
    sesión inaugural": an organization hosting an event organizes it, a person takes part."""
    if any(c.dep_ == "cop" for c in noun.children):
        holders = [e for c in noun.children if c.dep_.startswith("nsubj")
                   for e in phrase_ends(parsed, c)]
    elif noun.head.pos_ in ("VERB", "AUX") and verb_lemma(noun.head) in _ACTING and \
            preposition(noun) in ("de", "como"):
        holders = subject_ends(parsed, noun.head)
    elif noun.head.pos_ == "VERB" and verb_lemma(noun.head) in _HAVING and any(
            fold(c.lower_) == "como" for c in noun.children):
        # "El foro tuvo como anfitrión a X", "contó como organizadora con Y"
        holders = [e for phrase in (*noun.children, *noun.head.children)
                   if preposition(phrase) in ("a", "con") for e in phrase_ends(parsed, phrase)]
    elif noun.dep_ == "appos" and any(c.dep_ == "nmod" for c in noun.children):
        holders = parsed.ends(noun.head, conj=False)  # "la Fundación X, organizadora del foro"
    elif noun.dep_ in ("nsubj", "nsubj:pass", "obj") and any(
            c.dep_ == "nmod" for c in noun.children) and any(
            c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN") for c in noun.children):
        # "El organizador de la CPAC, X, habló": the name the title is set beside
        holders = [e for c in noun.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")
                   for e in phrase_ends(parsed, c)]
    elif noun.dep_ == "conj" and _apposed_title(noun) is not None and any(
            c.dep_ == "nmod" for c in noun.children):
        # "X, fundador de Y y organizador del foro": the second title of the apposition (the
        # small model may hang it on the first one's complement)
        holders = parsed.ends(_apposed_title(noun).head, conj=False)
    else:
        return []
    events = _event(parsed, noun, noun)
    found = []
    for event in events:
        for holder in holders:
            if parsed.is_person(holder.key) and not lemma.startswith(("organizador",
                                                                      "coorganizador")):
                # a host takes part; one who organizes it ("organizador de la CPAC")
                # organizes it, person or body
                if lemma.startswith(("anfitrion", "convocante")) and \
                        parsed.kb.fits("participatedIn", holder.key, event.key):
                    found.append(Found("participatedIn", holder, event, 0.6,
                                       f"nominal:{lemma}", noun.i))
            elif holder.key != event.key and parsed.kb.fits("organizedBy", event.key,
                                                             holder.key):
                found.append(Found("organizedBy", event, holder, 0.65, f"nominal:{lemma}",
                                   noun.i))
    return found


def _said_to_be(parsed: Parsed, noun, clause) -> list[Found]:
    """"Fui invitada por la organización, que es la Fundación X", "los organizadores, que son
    Y": the body a copular relative names organizes the event."""
    if not any(c.dep_ == "det" and fold(c.lower_) in ("la", "los", "las") for c in noun.children):
        return []  # "una organización, que es": a body, not the event's organizers
    if not any(k.dep_.startswith("nsubj") and fold(k.lower_) in _WHO for k in clause.children):
        return []
    holders = [e for e in parsed.ends(clause, conj=False) if parsed.is_agent(e.key)]
    if not holders:
        return []
    # "la organización" alone is that of the event the text is about, however far back
    events = _event(parsed, noun, noun) or event_of(parsed, noun.head, noun, near=False)
    return [Found("organizedBy", e, h, 0.6, f"nominal:{fold(noun.lower_)}", clause.i)
            for e in events for h in holders if e.key != h.key and
            not parsed.is_person(h.key) and parsed.kb.fits("organizedBy", e.key, h.key)]


def _apposed_title(noun):
    """The title in apposition to a name that a coordinated title goes with."""
    token = noun
    for _ in range(3):
        if token.dep_ == "appos":
            return token
        if token.dep_ not in ("conj", "nmod") or token.head == token:
            return None
        token = token.head
    return None


def _governing(noun):
    """The verb whose object the noun is: "agradeció la invitación"; past the apposition the
    model makes of a second object ("agradeció a los organizadores la invitación")."""
    if noun.dep_ == "appos" and noun.head.dep_ == "obj" and noun.head.i < noun.i:
        return noun.head.head
    return noun.head if noun.dep_ == "obj" else noun


def _invitation(parsed: Parsed, noun) -> list[Found]:
    """"Meloni recibió una invitación para asistir a la entrega de los Premios X"."""
    verb = _governing(noun)
    guests = [e for e in subject_ends(parsed, verb) if parsed.is_agent(e.key)]
    events = [e for c in noun.children if preposition(c) in ("a", "al", "para")
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    purposes = [c for c in list(noun.children) + list(verb.children)
                if c.pos_ == "VERB" and c.dep_ in ("acl", "advcl", "xcomp") and
                not any(m.dep_ == "mark" and fold(m.lower_) in ("aunque", "pero", "porque")
                        for m in c.children)]
    for purpose in purposes:
        # "para asistir a X", "para participar en X"
        events += [e for c in purpose.children if preposition(c) in ("a", "al", "en")
                   for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        # "Meloni también recibió una invitación": an invitation to nothing named is to the
        # event the text is about, however far back it was named; one for a purpose of its
        # own ("para visitar Washington") only to an event named close by
        bare = not purposes and not any(preposition(c) in ("a", "al", "para")
                                        for c in noun.children)
        events = event_of(parsed, verb, noun, near=not bare)
    negated = verb_lemma(verb) in ("declinar", "rechazar")
    return [Found("invitedTo", g, e, 0.65, f"nominal:{folded_lemma(noun)}", noun.i)
            for g in guests for e in events if parsed.kb.fits("invitedTo", g.key, e.key)
            and not negated]


def _invited(parsed: Parsed, participle) -> list[Found]:
    """"También estaba invitado el presidente X": a guest named as the state's subject."""
    guests = [e for e in subject_ends(parsed, participle) if parsed.is_agent(e.key)]
    events = [e for c in participle.children if preposition(c) in ("a", "al", "para")
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        events = [e for e in [parsed.topic_end(participle.i)] if e is not None]
    return [Found("invitedTo", g, e, 0.65, "passive:invitar", participle.i) for g in guests
            for e in events if parsed.kb.fits("invitedTo", g.key, e.key)]


def _invitation_sent(parsed: Parsed, noun) -> list[Found]:
    """"La organización cursó una invitación al presidente X", "le hizo llegar una invitación
    para la cumbre": the one it is addressed to is the guest."""
    verb = noun.head
    addressed = [c for c in list(noun.children) + list(verb.children)
                 if c.dep_ in ("nmod", "obl", "iobj", "obj") and c.i != noun.i and
                 preposition(c) in ("a", "al")]
    guests = [e for c in addressed for e in phrase_ends(parsed, c) if parsed.is_agent(e.key)]
    if not guests and any(c.lower_ in ("le", "les") for c in verb.children):
        guests = clitic_object(parsed, verb, dative=True)
    events = [e for c in noun.children if preposition(c) in ("a", "al", "para")
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        events = [e for e in [parsed.topic_end(noun.i)] if e is not None]
    return [Found("invitedTo", g, e, 0.65, "nominal:invitacion", noun.i) for g in guests
            for e in events if g.key != e.key and parsed.kb.fits("invitedTo", g.key, e.key)]
