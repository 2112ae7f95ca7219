"""A guest told beside taking part: "X intervino en el mitin de Chega, invitado por Ventura",
"asistieron al foro invitados por la organización". The participle agrees with the clause's
subject, not with the gathering it is written after (a gathering is held, not invited), so the
subject was invited to the gathering it took part in."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, PLACE
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma, verb_lemma

# Verbs of taking part whose "en"/"a" complement is the gathering
_ATTENDING = {"participar", "intervenir", "asistir", "acudir", "hablar", "estar", "viajar",
              "comparecer", "actuar", "disertar", "exponer", "presentarse", "presentar",
              "tomar", "ir", "llegar", "sumar", "unir", "cerrar", "abrir", "clausurar",
              "inaugurar", "protagonizar", "moderar", "conferenciar", "debatir", "firmar"}
_TAKEN = {"en", "a", "al"}
# Being at a gathering with no complement naming it: "siguen el recuento", "intervino"
_AT_THE_GATHERING = {"participar", "intervenir", "asistir", "acudir", "hablar", "comparecer",
                     "disertar", "exponer", "seguir", "presenciar", "observar"}
_WATCHING = {"seguir", "presenciar", "observar"}
# what one watches there: the count, the debate, a speech ("siguen la pista" is no gathering)
_WATCHED = {"recuento", "escrutinio", "debate", "discurso", "votacion", "resultado", "acto",
            "pleno", "sesion", "mitin", "intervencion", "gala", "ceremonia"}


def invited_participant_claims(parsed, token) -> list[Found]:
    """invitedTo for the subject a postposed "invitado por X" agrees with."""
    if verb_lemma(token) not in ("invitar", "convidar") or \
            token.morph.get("VerbForm") != ["Part"] or token.dep_ not in ("amod", "acl", "advcl"):
        return []
    if not any(preposition(c) == "por" for c in token.children) and not _to_which(token):
        return []  # "el invitado especial": a noun, no one named inviting
    head, events = token.head, []
    if head.pos_ in ("NOUN", "PROPN") and preposition(head) == "en" and \
            parsed.mention(head) is not None and parsed.kb.is_a(parsed.mention(head).key, PLACE):
        head = head.head  # "a la CPAC en Estados Unidos, a la que": hung on where it is held
    head = _gathering_over(parsed, head)
    if _the_subjects(token, head):
        head = head.head  # "siguen el recuento invitados por X": the plural is the subject's
    if head.pos_ in ("NOUN", "PROPN"):
        events = [e for e in phrase_ends(parsed, head) if parsed.kb.is_a(e.key, EVENT)]
        if not events or preposition(head) not in _TAKEN:
            return []
        verb = head.head
    else:
        verb = head
        events = [e for c in verb.children if preposition(c) in _TAKEN
                  for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
        if not events and verb_lemma(verb) in _AT_THE_GATHERING and _watching_it(verb) and not any(
                preposition(c) in _TAKEN and c.dep_ in ("obl", "obl:arg") for c in verb.children):
            # "intervinieron invitados por la organización": at the gathering the text is about
            events = [e for e in [parsed.topic_end(verb.i)] if e is not None]
    if verb.pos_ not in ("VERB", "AUX") or \
            verb_lemma(verb) not in _ATTENDING | _AT_THE_GATHERING or not events:
        return []
    number = token.morph.get("Number")
    if number and verb.morph.get("Number") and number != verb.morph.get("Number"):
        return []  # "asistieron al foro, invitado por X": not the subject's participle
    guests = [s for s in subject_ends(parsed, verb) if parsed.is_agent(s.key)]
    # dated by the clause of taking part ("En marzo intervino en X, invitado por Y"); a
    # relative clause of its own ("asistirá a X, a la que ha sido invitado por Y") by its own,
    # as a passive verb is read, not with the attendance it may only announce
    own = any(c.dep_ in ("aux", "aux:pass") for c in token.children)
    return [Found("invitedTo", g, e, 0.6, "passive:invitar" if own else "passive:invitado",
                  token.i if own else verb.i) for g in guests
            for e in events if g.key != e.key and parsed.kb.fits("invitedTo", g.key, e.key)]


def _to_which(participle) -> bool:
    """"viajará a la CPAC, a la que ha sido invitada": a relative clause on the gathering,
    with a tense of its own, tells an invitation whether or not it names who invites."""
    return participle.dep_ == "acl" and any(
        c.dep_ in ("aux", "aux:pass") for c in participle.children) and any(
        c.pos_ == "PRON" and c.lower_ in ("que", "cual") and preposition(c) in _TAKEN
        for c in participle.children)


def _gathering_over(parsed, head):
    """"asistió a la toma de posesión de Kast, invitado por el propio presidente": the small
    model hangs the participle on the name closing the gathering's phrase; the gathering is
    what it follows."""
    noun = head
    while noun.dep_ in ("nmod", "flat") and noun.head.pos_ in ("NOUN", "PROPN") and \
            noun.head != noun:
        noun = noun.head
        if noun is not head and any(parsed.kb.is_a(e.key, EVENT)
                                    for e in phrase_ends(parsed, noun)):
            return noun
    return head


def _the_subjects(participle, noun) -> bool:
    """"A y B siguen el recuento invitados por X": a plural participle after a singular object
    agrees with the verb's plural subject, not with the object it is hung on."""
    verb = noun.head
    return noun.dep_ == "obj" and verb.pos_ == "VERB" and \
        participle.morph.get("Number") == ["Plur"] and noun.morph.get("Number") == ["Sing"] and \
        verb.morph.get("Number") == ["Plur"]


def _watching_it(verb) -> bool:
    return verb_lemma(verb) not in _WATCHING or any(
        c.dep_ == "obj" and folded_lemma(c) in _WATCHED for c in verb.children)
