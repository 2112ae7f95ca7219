"""Who sat on a session of the gathering, told by its line-up rather than by a verb of
attending:

- a session and its line-up after "con": "Comienza la mesa sobre seguridad, con el senador A,
  la diputada B y el exministro C", "Llegó el turno del panel económico, con A y B", "La
  segunda mesa, con A y B, abordó ...";
- those who took the floor or filled a session, the verb first: "Hicieron uso de la palabra A y
  B", "Completaban la mesa A y B", "Integraron el panel A y B", "Se dejaron ver A y B";
- two or more who faced each other in a debate: "Frente a frente se sentaron la diputada A y el
  coordinador de la bancada, B", "Debatieron A y B", "Se enfrentaron en el plató A y B",
  "Cara a cara, A y B.".

Each one named takes part in the gathering the text is about; a denied, announced or wished
session ("no habrá mesa con A", "el debate con A y B será el lunes") is not read, nor a meeting
("la reunión con A"), which is `met`'s."""

from __future__ import annotations

from graph.ingest.nlp.audience_lists import denied, unreal
from graph.ingest.nlp.companions import at_text_event
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_items import listed
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# The sessions of a gathering whose line-up "con" gives
_SESSIONS = {"mesa", "panel", "debate", "sesion", "coloquio", "conversatorio", "tertulia",
             "charla", "bloque", "ronda", "jornada", "tanda", "turno", "segmento", "cierre",
             "apertura", "clausura", "inauguracion", "foro", "seminario", "taller", "plenario",
             "mesa redonda", "cara a cara"}
# Faced in a debate: the verbs, and the phrases that make a seat or a clash a debate's
_DEBATING = {"debatir", "polemizar"}
_FACING = {"sentar", "enfrentar", "medir", "ver", "encontrar", "situar", "colocar", "ubicar",
           "cruzar", "batir"}
_TALKING = {"discutir", "dialogar", "conversar", "charlar"}
# Verbs whose object a session is when it opens, goes on or closes ("abrió la mesa, con ...")
_RUNNING = {"comenzar", "empezar", "arrancar", "abrir", "cerrar", "seguir", "continuar",
            "celebrar", "reanudar", "iniciar", "inaugurar", "clausurar", "dar", "moderar",
            "conducir", "presentar"}
_FACE_TO_FACE = {("frente", "a", "frente"), ("cara", "a", "cara"), ("mano", "a", "mano")}
# Their first words, tested before the token's sentence, which is slow to find
_FACE_OPENERS = {words[0] for words in _FACE_TO_FACE}
# Verbs whose object is the session they fill ("Completaban la mesa A y B")
_FILLING = {"completar", "integrar", "componer", "conformar", "formar", "cerrar", "abrir"}
# (not "la lista", "la terna": a list of candidates)
_FILLED = {"mesa", "panel", "cartel", "elenco", "debate", "coloquio", "tertulia", "presidencia"}
_DEBATE_PLACES = {"debate", "plato", "estudio", "set", "mesa", "panel", "coloquio", "tertulia",
                  "programa", "escenario", "atril", "atriles"}


def session_list_claims(parsed: Parsed, token) -> list[Found]:
    if fold(token.lower_) == "con" and token.pos_ == "ADP":
        return _line_up(parsed, token)
    if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
        return _faced(parsed, token) + _took_the_floor(parsed, token)
    if fold(token.lower_) in _FACE_OPENERS and token.i == token.sent.start and \
            _face_to_face_at(token.doc, token.i):
        return _verbless_faced(parsed, token)
    return []


def _line_up(parsed: Parsed, con) -> list[Found]:
    """"<session>, con A, B y C": the session noun shortly before "con", nothing but its own
    modifiers between them, and at least two persons listed (one is a companion's "con")."""
    doc, sentence = con.doc, con.sent
    session = None
    for i in range(con.i - 1, max(sentence.start, con.i - 8) - 1, -1):
        word = doc[i]
        if word.pos_ in ("VERB", "AUX") or word.text in (";", ":", '"', "«", "»"):
            return []
        if word.pos_ == "NOUN" and folded_lemma(word) in _SESSIONS | {"turno"}:
            session = word
            break
    if session is None or not _running(session) or _head_unreal(session) or \
            _negated_noun(session):
        return []
    people = [e for e in listed(parsed, con.i + 1, "con")
              if not e.reference and parsed.is_person(e.key)]
    if len(people) < 2:
        return []
    return at_text_event(parsed, people, con, "list")


def _head_unreal(noun) -> bool:
    """The clause the session is in is denied, announced or wished ("será el lunes")."""
    verb = noun
    while verb.head != verb and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "cop")]
    if verb.pos_ not in ("VERB", "AUX") and not aux:
        return False
    return any(unreal(v) or denied(v) for v in [verb, *aux]) or any(
        fold(c.lower_) in ("no", "nunca", "tampoco", "ni") for c in verb.children)


def _running(session) -> bool:
    """The session is what the clause is about: its subject, the object of a verb of opening
    or going on, a verbless line, or the session of "el turno de" one of these ("rechazó el
    debate con A y B" speaks of no session held)."""
    while session.dep_ == "nmod" and folded_lemma(session.head) in _SESSIONS:
        session = session.head  # "el turno del panel"
    if session.dep_ in ("nsubj", "nsubj:pass", "ROOT"):
        return True
    return session.dep_ == "obj" and verb_lemma(session.head) in _RUNNING


def _negated_noun(noun) -> bool:
    return any(fold(c.lower_) in ("ningun", "ninguna", "sin") for c in noun.children)


def _face_to_face_at(doc, i: int) -> bool:
    return tuple(fold(t.lower_) for t in doc[i:i + 3]) in _FACE_TO_FACE


def _face_to_face(verb) -> bool:
    sentence = verb.sent
    return any(_face_to_face_at(verb.doc, i) for i in range(sentence.start, sentence.end - 2))


def _debate_place(verb) -> bool:
    """"en el debate", "en el plató": a phrase of the debate's place in the verb's clause."""
    return any(folded_lemma(t) in _DEBATE_PLACES and t.pos_ == "NOUN" and
               any(fold(c.lower_) in ("en", "sobre", "durante", "ante") and c.dep_ == "case"
                   for c in t.children)
               for t in verb.subtree)


def _faced(parsed: Parsed, verb) -> list[Found]:
    lemma = verb_lemma(verb)
    if lemma in _DEBATING:
        pass
    elif (lemma in _TALKING or lemma in _FACING and any(fold(c.lower_) == "se"
                                                         for c in verb.children)) and (
            _face_to_face(verb) or _debate_place(verb)):
        pass
    else:
        return []
    if unreal(verb) or denied(verb) or any(fold(c.lower_) in ("no", "nunca", "tampoco")
                                           for c in verb.children):
        return []
    people = _subjects(parsed, verb)
    if len(people) < 2:
        return []
    return at_text_event(parsed, people, verb, "list")


def _subjects(parsed: Parsed, verb) -> list[End]:
    """The persons the verb's plural subject lists, before it or after it."""
    if verb.morph.get("Number") != ["Plur"]:
        return []
    before = [e for c in verb.children if c.dep_.startswith("nsubj") and c.i < verb.i
              for e in parsed.ends(c) if not e.reference and parsed.is_person(e.key)]
    if before:
        return before
    start = verb.i + 1
    while start < verb.sent.end and (_face_to_face_at(verb.doc, start) or
                                     fold(verb.doc[start].lower_) in ("a", "frente", "cara")):
        start += 3 if _face_to_face_at(verb.doc, start) else 1
    return [e for e in listed(parsed, start) if not e.reference and parsed.is_person(e.key)]


def _took_the_floor(parsed: Parsed, verb) -> list[Found]:
    """"Hicieron uso de la palabra A y B", "Completaban la mesa A y B", "Se dejaron ver A y B":
    a verb first, its phrase, then who did it (a subject before the verb is another frame's)."""
    start = _floor_phrase_end(verb)
    if start is None or unreal(verb) or denied(verb) or any(
            c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
        return []
    people = [e for e in listed(parsed, start) if not e.reference and parsed.is_person(e.key)]
    if len(people) > 1 and verb.morph.get("Number") != ["Plur"]:
        return []
    return at_text_event(parsed, people, verb, "list")


def _floor_phrase_end(verb) -> int | None:
    """The token after the verb's phrase of taking the floor or filling a session, or None."""
    doc, lemma = verb.doc, verb_lemma(verb)
    words = [fold(t.lower_) for t in doc[verb.i + 1:min(verb.i + 5, verb.sent.end)]]
    if lemma == "hacer" and words[:4] == ["uso", "de", "la", "palabra"]:
        return verb.i + 5
    if lemma == "dejar" and words[:1] == ["ver"] and verb.i > verb.sent.start and \
            fold(doc[verb.i - 1].lower_) == "se":
        return verb.i + 2  # "se dejaron ver A y B"
    if lemma in _FILLING and len(words) >= 2 and words[0] in ("el", "la", "los", "las") and \
            words[1] in _FILLED:
        return verb.i + 3
    return None


def _verbless_faced(parsed: Parsed, first) -> list[Found]:
    """"Frente a frente, A y B.": a line with no verb naming who faced each other."""
    sentence = first.sent
    if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in sentence):
        return []
    start = first.i + 3
    if start < sentence.end and sentence.doc[start].text in (",", ":"):
        start += 1
    people = [e for e in listed(parsed, start) if not e.reference and parsed.is_person(e.key)]
    if len(people) < 2:
        return []
    return at_text_event(parsed, people, first, "list")
