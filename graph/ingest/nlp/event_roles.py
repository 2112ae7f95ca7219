"""A part at a gathering the clause names, said with a copula: "fue el orador más aplaudido
del Foro X", "fue una de las ponentes de la CPAC", "será la conferenciante estrella de la
cumbre X", "fue uno de los organizadores del acto «X»"; and being at a gathering the clause
names ("estuvo en la CPAC", "se dejó ver en la cumbre X", "hizo acto de presencia en X", "pasó
por el Foro X", "Estuve en la cumbre", "Usted estuvo en el Foro X"). The subject may
be dropped ("En 2025 fue una de las oradoras de la CPAC"): the event is named in the clause, so
the part is not guessed from the text's topic. A gathering only described ("estuvieron en el
almuerzo") is left to the readings of the text's own event. Also the first person of an
interview's answers ("—Estuve en la CPAC", "—Me invitaron los organizadores y participé en un
panel") and an oath at the session the text reports ("juró como diputado")."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.event_parts import PART_NOUNS
from graph.ingest.nlp.events import is_definite, is_event_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.interviews import addressee, interviewee
from graph.ingest.nlp.retold_kinds import crowd_gathering
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# role noun (masculine singular, folded) -> (relation, role); feminine and plural forms are
# folded onto it
_PARTS = {
    "orador": ("participatedIn", "speaker"), "ponente": ("participatedIn", "speaker"),
    "conferenciante": ("participatedIn", "speaker"), "conferencista": ("participatedIn",
                                                                      "speaker"),
    "disertante": ("participatedIn", "speaker"), "panelista": ("participatedIn", "speaker"),
    "expositor": ("participatedIn", "speaker"), "protagonista": ("participatedIn", None),
    "estrella": ("participatedIn", None), "participante": ("participatedIn", None),
    "asistente": ("participatedIn", None), "moderador": ("participatedIn", None),
    "presentador": ("participatedIn", None), "firmante": ("participatedIn", "signatory"),
    "signatario": ("participatedIn", "signatory"), "invitado": ("invitedTo", None),
    "organizador": ("organizedBy", None), "coorganizador": ("organizedBy", None),
    "convocante": ("organizedBy", None), "promotor": ("organizedBy", None),
}
# "de la segunda edición del Foro X": the edition stands for the gathering
_EDITIONS = {"edicion", "convocatoria", "entrega", "version"}
# Times of a gathering a role may be "of": "el orador estrella del domingo".
_TIMES = {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "jornada",
          "tarde", "noche", "manana", "velada", "dia"}
_ONE = {"uno", "una", "alguno", "alguna"}
# "Estuve en la CPAC", "participé en el Foro X", "asistí a la cumbre de Y" in an answer: the
# small model, short of first persons, reads these as names or adjectives
_FIRST_PERSON = {"estuve", "participe", "asisti", "acudi", "intervine", "hable", "diserte",
                 "viaje"}
_PERFECT = {"estado", "participado", "asistido", "acudido", "intervenido", "hablado"}
_DASHES = "-\u2013\u2014"


def _part(word: str) -> tuple[str, str | None] | None:
    forms = {word, word[:-1] if word.endswith("s") else word,
             word[:-2] if word.endswith("es") else word}
    for form in list(forms):
        if form.endswith("a"):
            forms |= {form[:-1] + "o", form[:-1]}
        if form.endswith("ora"):
            forms.add(form[:-1])
    return next((_PARTS[f] for f in forms if f in _PARTS), None)


def event_role_claims(parsed, token) -> list[Found]:
    if fold(token.lower_).lstrip(_DASHES) in _FIRST_PERSON:
        return _first_person_at(parsed, token)
    if fold(token.lower_) in ("invitaron", "invito", "invitaban", "invitaba", "invitasteis"):
        return _invited_me(parsed, token)
    if fold(token.lower_) in _PERFECT and token.i > 0 and fold(
            token.doc[token.i - 1].lower_).lstrip(_DASHES) == "he":
        return _first_person_at(parsed, token)
    if token.pos_ == "VERB" and _swearing(token):
        return _sworn_in(parsed, token)
    if token.pos_ == "VERB" and _being_there(token):
        return _being_at(parsed, token)
    if token.pos_ not in ("NOUN", "PRON") or not any(
            c.dep_ == "cop" and folded_lemma(c) == "ser" for c in token.children):
        return []
    if any(fold(t.lower_) in NEGATORS for c in token.children
           if c.dep_ in ("advmod", "cop") and c.i < token.i for t in c.subtree):
        return []
    noun = token
    if token.pos_ == "PRON":  # "una de las ponentes de X"
        if folded_lemma(token) not in _ONE:
            return []
        noun = next((c for c in token.children if c.dep_ == "nmod" and
                     preposition(c) in ("de", "del") and c.pos_ == "NOUN"), None)
        if noun is None:
            return []
    part = _part(fold(noun.lower_))
    if part is None:
        return []
    events = _named_events(parsed, noun)
    if not events:
        return []
    relation, role = part
    agents = [e for e in _subjects(parsed, token) if (
        parsed.is_agent(e.key) if relation == "organizedBy" else parsed.is_person(e.key))]
    found = []
    for agent in agents:
        for event in events[:1]:
            if relation == "organizedBy":
                if parsed.kb.fits(relation, event.key, agent.key):
                    found.append(Found(relation, event, agent, 0.6, "copula", token.i, {}))
            elif parsed.kb.fits(relation, agent.key, event.key):
                found.append(Found(relation, agent, event, 0.6, "copula", token.i,
                                   {"role": role} if role else {}))
    return found


def _named_events(parsed, noun) -> list:
    """The gathering a "de" phrase of the role noun names ("del Foro X", "de la segunda
    edición del Foro X")."""
    for of in (c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and
               preposition(c) in ("de", "del")):
        if folded_lemma(of) in _EDITIONS:
            of = next((c for c in of.children if c.dep_ == "nmod" and
                       preposition(c) in ("de", "del")), of)
        events = [e for e in phrase_ends(parsed, of) if parsed.kb.is_a(e.key, EVENT)]
        if events:
            return events
        if folded_lemma(of) in _TIMES and not any(c.dep_ == "nmod" for c in of.children):
            # "fue el orador estrella del domingo", "la gran protagonista de la jornada": a
            # day of the gathering the text reports
            topic = parsed.topic_end(of.i)
            if topic is not None and topic.distance <= 3:
                return [topic]
    return []


def _subjects(parsed, token) -> list:
    """The subject named in the clause, or the one a dropped subject stands for; a description
    ("el candidato fue uno de ...") may stand for someone else the text named last."""
    if _after_usted(token):
        # "—Usted estuvo en la CPAC": the small model may read "—Usted" as a name, or hang it
        # off the line break; in a question it is the interviewee, else nobody known
        return addressee(parsed, token)
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ not in ("PROPN", "PRON", "SPACE")
           for c in token.children):
        return [e for e in subject_ends(parsed, token) if not e.reference]
    return subject_ends(parsed, token)


def _being_there(verb) -> bool:
    """"estuvo en", "se dejó ver en", "hizo acto de presencia en", "pasó por"."""
    lemma = folded_lemma(verb)
    if lemma == "dejar":
        return any(c.dep_ == "xcomp" and folded_lemma(c) == "ver" for c in verb.children) \
            and any(c.lower_ == "se" for c in verb.children)
    if lemma == "hacer":
        # the small model may hang "de presencia" on the verb
        return any(c.dep_ == "obj" and folded_lemma(c) == "acto" for c in verb.children) and \
            any(folded_lemma(t) == "presencia" for t in verb.subtree)
    return lemma in ("estar", "pasar")


def _back_to_event(noun) -> bool:
    """"estuvo en el foro", "no estuvo en la cumbre": a definite event noun points back to
    the gathering the text told of, as after "asistió al foro"; one with its own complement
    ("la cumbre del clima de Lima") may be another, and a part ("estuvo en la mesa") may be
    a table."""
    return noun.pos_ == "NOUN" and is_event_noun(noun) and is_definite(noun) and \
        folded_lemma(noun) not in PART_NOUNS and not any(
        c.dep_ in ("nmod", "appos", "flat", "acl", "acl:relcl") for c in noun.children)


def _being_at(parsed, verb) -> list[Found]:
    """"estuvo en la CPAC", "se dejó ver en la cumbre X", "pasó por el Foro X": X took part."""
    place = ("por",) if folded_lemma(verb) == "pasar" else ("en",)
    events = [e for c in list(verb.children) + [
                  k for c in verb.children if c.dep_ in ("xcomp", "obj") for k in c.children]
              if c.dep_ in ("obl", "nmod") and
              preposition(c) in place and (c.i not in parsed.described or crowd_gathering(c))
              and c.i not in parsed.own_meals
              for e in phrase_ends(parsed, c) if (not e.reference or _back_to_event(c)) and
              parsed.kb.is_a(e.key, EVENT)]
    if not events:
        return []
    people = [e for e in _subjects(parsed, verb) if parsed.is_person(e.key)]
    return [Found("participatedIn", p, events[0], 0.6, f"verb:{folded_lemma(verb)}", verb.i, {})
            for p in people if parsed.kb.fits("participatedIn", p.key, events[0].key)]


def _after_usted(verb) -> bool:
    """"Usted" between the line's start and the verb (the line's sentence may start later)."""
    for t in reversed(verb.doc[max(0, verb.i - 8):verb.i]):
        if "\n" in t.text:
            return False
        if fold(t.lower_).lstrip("-\u2013\u2014") in ("usted", "ustedes"):
            return True
    return False


def _first_person_at(parsed, verb) -> list[Found]:
    """"—Estuve en la CPAC México", "—He participado en el Foro X": the interviewee took part
    in the gathering named right after the preposition; a "no" before is left alone."""
    doc = parsed.doc
    before = verb.i - (2 if fold(verb.lower_) in _PERFECT else 1)
    if before >= 0 and fold(doc[before].lower_).lstrip(_DASHES) in NEGATORS | {"me", "se"}:
        return []
    if verb.i + 1 >= len(doc) or fold(doc[verb.i + 1].lower_) not in ("en", "a", "al"):
        return []
    end = _gathering_after(parsed, verb.i + 1)
    if end is None:
        return []
    ends = [e for e in interviewee(parsed, verb) if parsed.is_person(e.key)]
    return [Found("participatedIn", p, end, 0.6, "verb:first person", verb.i, {})
            for p in ends if parsed.kb.fits("participatedIn", p.key, end.key)]


def _gathering_after(parsed, at: int) -> End | None:
    """The gathering named after the preposition at `at` ("en la CPAC México"), or the one the
    text is about when a kind noun stands for it or a part of it ("en un panel", "al foro")."""
    doc = parsed.doc
    event = next((m for m in parsed.linked.mentions if at + 1 <= m.start <= at + 3 and
                  parsed.kb.is_a(m.key, EVENT) and all(
                      t.pos_ in ("DET", "ADJ", "NUM") for t in doc[at + 1:m.start])), None)
    if event is not None:
        return End(event.key, event.start, event.end - 1)
    noun = next((t for t in doc[at + 1:min(at + 4, len(doc))]
                 if t.pos_ not in ("DET", "ADJ", "NUM")), None)
    if noun is None or not (is_event_noun(noun) or folded_lemma(noun) in _SESSIONS):
        return None
    if noun.i in parsed._event_at:  # "en el encuentro que X celebró en Lima": named there
        key, (first, last) = parsed._event_at[noun.i]
        return End(key, first, last)
    return parsed.topic_end(noun.i)


# "participé en un panel", "hablé en una mesa": the parts of a gathering
_SESSIONS = {"panel", "mesa", "sesion", "coloquio", "taller", "debate", "conversatorio"}


def _invited_me(parsed, verb) -> list[Found]:
    """"—Me invitaron los organizadores": the interviewee was invited to the gathering the
    text is about."""
    doc = parsed.doc
    if verb.i < 1 or fold(doc[verb.i - 1].lower_).lstrip(_DASHES) != "me" or (
            verb.i >= 2 and fold(doc[verb.i - 2].lower_).lstrip(_DASHES) in NEGATORS):
        return []
    if any(fold(t.lower_) in ("a", "al", "para") for t in doc[verb.i + 1:verb.sent.end]):
        return []  # "me invitaron a la CPAC": the verb's own reading names what to
    end = parsed.topic_end(verb.i)
    if end is None:
        return []
    ends = [e for e in interviewee(parsed, verb) if parsed.is_person(e.key)]
    return [Found("invitedTo", p, end, 0.6, "verb:first person", verb.i, {})
            for p in ends if parsed.kb.fits("invitedTo", p.key, end.key)]


# "juró como diputado", "prestó juramento", "se juramentó", "prometió el cargo": sworn in at
# the session or ceremony the text reports (not "juró que volvería", "juró venganza")
_OATHS = {"jurar", "juramentar", "juramentarse"}
_SWEARING_OCCASIONS = {"sesion", "jura", "investidura", "toma", "asuncion", "transmision",
                       "pleno", "ceremonia", "juramentacion", "posesion", "acto",
                       "constitucion"}


def _swearing(verb) -> bool:
    lemma = folded_lemma(verb)
    if any(c.dep_ in ("ccomp", "xcomp", "csubj") or fold(c.lower_) in NEGATORS
           for c in verb.children):
        return False  # not swearing is no absence from the session
    objects = [folded_lemma(c) for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    if lemma in _OATHS:
        return all(o in ("cargo", "acta", "escano", "bandera", "constitucion") for o in objects)
    if lemma == "prestar":
        return "juramento" in objects or "promesa" in objects
    return lemma == "prometer" and "cargo" in objects


def _sworn_in(parsed, verb) -> list[Found]:
    event = parsed.topic_end(verb.i)
    if event is None:
        return []
    label = fold(parsed.kb.label(event.key).split()[0].lower()) if parsed.kb.label(
        event.key).strip() else ""
    if label not in _SWEARING_OCCASIONS:
        return []
    people = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    return [Found("participatedIn", p, event, 0.6, f"verb:{folded_lemma(verb)}", verb.i, {})
            for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]
