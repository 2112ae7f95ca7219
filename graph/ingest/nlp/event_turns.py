"""Taking part in the event the text is about, said the ways a chronicle tells who did what
there without naming it again: "subió al escenario", "habló ante un auditorio entregado",
"fue el protagonista de la tarde", "fue la encargada de presentar a X", "El primero en tomar
la palabra fue X", "Le siguieron A y B", "llegó acompañado de X", "Por parte de Vox viajó X"."""

from __future__ import annotations

from graph.ingest.nlp.audience_lists import audience_claims
from graph.ingest.nlp.chronicle_turns import (
    chronicle_turn,
    guest_of_honour_claims,
    named_after,
    presenter_claims,
    staged_event,
)
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.companions import (
    companion_claims,
    marcher_claims,
    seated_line_claims,
)
from graph.ingest.nlp.excepted_guests import excepted_claims
from graph.ingest.nlp.featured_parts import featured_part_claims
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.guest_lists import guest_list_claims
from graph.ingest.nlp.invitation_lists import invitation_list_claims
from graph.ingest.nlp.list_runs import listed
from graph.ingest.nlp.named_hosts import named_host_claims
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.session_lists import session_list_claims
from graph.ingest.nlp.stage_speech import from_the_stage, said_denied
from graph.ingest.nlp.triggers import STAGES
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# "subió al escenario", "salió a escena", "se subió a la tribuna"
_CLIMBING = {"subir", "salir", "acceder"}
_STAGE_WORDS = STAGES | {"podio", "escena", "pulpito"}
# "habló ante un auditorio entregado", "intervino ante dos mil personas"
_SPEAKING = {"hablar", "intervenir", "disertar", "dirigirse", "exponer", "comparecer",
             "arengar"}
_AUDIENCES = {"auditorio", "publico", "asistente", "militante", "simpatizante", "persona",
              "seguidor", "congresista", "delegado", "sala", "plenario", "afiliado", "votante",
              "platea", "multitud", "concurrencia", "audiencia", "joven", "empresario"}
# "fue el protagonista de la tarde", "la oradora estrella de la jornada"
_LEADING_PARTS = {"protagonista", "estrella", "anfitrion", "anfitriona", "presentador",
                  "presentadora", "moderador", "moderadora", "telonero", "telonera",
                  "maestro", "maestra", "conductor", "conductora", "plato"}
_OCCASIONS = {"tarde", "noche", "manana", "jornada", "velada", "acto", "cita", "mitin",
              "cumbre", "encuentro", "foro", "evento", "ceremonia", "gala", "sesion", "dia",
              "fiesta", "convencion", "congreso", "concentracion", "marcha", "cierre",
              "apertura", "inauguracion", "clausura", "panel", "mesa", "debate"}
# "fue la encargada de presentar a X", "el responsable de cerrar el acto"
_CHARGED = {"encargado", "encargada", "responsable"}
_TURNS = {"presentar", "introducir", "abrir", "cerrar", "clausurar", "inaugurar", "moderar",
          "conducir", "leer", "saludar", "recibir", "dar", "pronunciar", "intervenir", "hablar",
          "tomar", "subir", "dirigir", "dirigirse"}
# "El primero en tomar la palabra fue X", "la última en intervenir fue X"
_ORDERS = {"primero", "primera", "segundo", "segunda", "tercero", "tercera", "ultimo",
           "ultima", "siguiente", "encargado", "encargada"}
_FLOOR = {"intervenir", "hablar", "subir", "dirigirse", "disertar", "tomar"}
# "Por parte de Vox viajó X", "en representación del PP acudió X"
_ON_BEHALF = {"parte", "representacion", "nombre"}
_GOING = {"viajar", "acudir", "asistir", "desplazar", "desplazarse", "ir", "estar", "llegar",
          "intervenir", "participar", "hablar"}


def turn_claims(parsed: Parsed, token) -> list[Found]:
    people, role = _turn_takers(parsed, token)
    found = _attend(parsed, token, people, role)
    return found + _on_behalf(parsed, token, found) + guest_list_claims(parsed, token) + \
        presenter_claims(parsed, token) + guest_of_honour_claims(parsed, token) + \
        companion_claims(parsed, token) + marcher_claims(parsed, token) + \
        seated_line_claims(parsed, token) + audience_claims(parsed, token) + \
        invitation_list_claims(parsed, token) + excepted_claims(parsed, token) + \
        session_list_claims(parsed, token) + named_host_claims(parsed, token) + \
        featured_part_claims(parsed, token)


def _turn_takers(parsed: Parsed, token) -> tuple[list[End], str | None]:
    lemma = verb_lemma(token) if token.pos_ in ("VERB", "AUX") else folded_lemma(token)
    if token.pos_ == "VERB" and lemma in _CLIMBING and any(
            folded_lemma(c) in _STAGE_WORDS and preposition(c) in ("a", "al")
            for c in token.children) and not _without(token):
        return subject_ends(parsed, token), "speaker"
    if token.pos_ == "VERB" and lemma in _SPEAKING and any(_audience(c) for c in token.children):
        return subject_ends(parsed, token), "speaker"
    if from_the_stage(parsed, token):
        return from_the_stage(parsed, token), "speaker"
    if token.pos_ == "VERB" and lemma in ("dar", "saludar") and any(
            _audience(c, "a") for c in token.children) and (lemma == "saludar" or any(
                c.dep_ == "obj" and folded_lemma(c) == "bienvenida" for c in token.children)):
        # "dio la bienvenida a los asistentes", "saludó a los congresistas"
        return subject_ends(parsed, token), None
    if lemma == "seguir" and token.pos_ == "VERB" and any(
            c.lower_ in ("le", "les", "lo", "la", "los", "las") and c.i < token.i
            for c in token.children):
        # "Le siguieron A, B y C", "Lo siguió X": the next to speak (after a paragraph's
        # break the small model may make the name an object)
        return [e for e in subject_ends(parsed, token) if e.first > token.i] or \
            named_after(parsed, token), "speaker"
    if fold(token.lower_).startswith("acompanad") and token.morph.get("VerbForm") == ["Part"] \
            and not _casting_a_vote(token):
        # "llegó acompañado de la presidenta X y del secretario Y": they came with the one
        # who came ("acompañado por" is the verb's passive, read with its frames)
        first = next((c for c in token.children if c.dep_ in ("obj", "obl", "nmod") and
                      preposition(c) in ("de", "del")), None)
        if first is None:
            return [], None
        # "de la presidenta X y del secretario Y": read on the tokens, the small model may
        # hang the second item on the main verb
        return [e for e in listed(parsed, first.left_edge.i, "de")
                if not e.reference and not _past_a_semicolon(first, e)], None
    if token.dep_ in ("appos", "amod") and _a_turn_in_order(token):
        # "Biggs, el último en hablar, prometió ...": the name the order is set beside
        named = token.head
        # a paragraph's break the small model made the head of the name that opens it
        at = named.i + 1 if named.is_space else named.i
        people = [e for e in phrase_ends(parsed, named) if not named.is_space] or [
            e for e in subject_ends(parsed, named.head) if e.first <= at <= e.last
        ] if named.dep_ == "nsubj" else phrase_ends(parsed, named)
        return [e for e in people if parsed.is_person(e.key)], "speaker"
    if not any(c.dep_ == "cop" for c in token.children) or \
            token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return chronicle_turn(parsed, token)
    if _leading_part(token) or lemma in _CHARGED and any(
            c.dep_ in ("acl", "xcomp") and verb_lemma(c) in _TURNS for c in token.children):
        return subject_ends(parsed, token), None
    # "El primero en tomar la palabra fue X", "La gran protagonista de la jornada fue X": the
    # part is the subject, the person the predicate
    inverted = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and (
        _leading_part(c) or folded_lemma(c) in _ORDERS and any(
            g.dep_ in ("acl", "xcomp") and verb_lemma(g) in _FLOOR for g in c.children) or
        folded_lemma(c) in _CHARGED and any(
            g.dep_ in ("acl", "xcomp") and verb_lemma(g) in _TURNS for g in c.children))), None)
    if inverted is not None:
        return [e for e in parsed.ends(token) if parsed.is_person(e.key)], "speaker"
    return [], None


def _casting_a_vote(participle) -> bool:
    """"votó por la mañana acompañado de su esposa": company at the polling station, not at
    the gathering the text reports (accompanied_acts.py reads the meeting)."""
    verb = next((t for t in [participle, *participle.ancestors] if t.pos_ == "VERB" and
                 t != participle), None)
    return verb is not None and verb_lemma(verb) in ("votar", "depositar", "sufragar")


def _a_turn_in_order(word) -> bool:
    """", el último en hablar,", ", la primera en intervenir,": an order of speakers set off
    by commas beside a name."""
    return folded_lemma(word) in _ORDERS and word.i > 0 and \
        word.doc[word.i - 1].lower_ in ("el", "la") and word.i > 1 and \
        word.doc[word.i - 2].text == "," and any(
            g.dep_ in ("acl", "xcomp") and verb_lemma(g) in _FLOOR and
            g.morph.get("VerbForm") == ["Inf"] for g in word.children)


def _without(verb) -> bool:
    """"aunque sin subir al estrado": one who did not take the stage was still there."""
    return any(c.dep_ in ("mark", "case") and c.lower_ == "sin" for c in verb.children)


def _past_a_semicolon(noun, end: End) -> bool:
    """"acompañado de su esposa; X, que ...": the name after the semicolon opens the next
    clause, though the small model may hang it on the noun."""
    return any(t.text == ";" for t in noun.doc[noun.i:end.first])


def _leading_part(noun) -> bool:
    """"el protagonista de la tarde", "la estrella de la jornada", "la gran protagonista"."""
    of = [c for c in noun.children if c.dep_ == "nmod" and preposition(c) in ("de", "del")]
    return folded_lemma(noun) in _LEADING_PARTS and (
        any(folded_lemma(c) in _OCCASIONS for c in of) or
        folded_lemma(noun) == "protagonista" and not of)


def _audience(noun, before: str = "ante") -> bool:
    """"ante un auditorio entregado", "ante dos mil simpatizantes" ("a los asistentes")."""
    word = folded_lemma(noun)
    return preposition(noun) in (before, before + "l") and (
        word in _AUDIENCES or word.rstrip("s") in _AUDIENCES or
        word.endswith("es") and word[:-2] in _AUDIENCES)


def _attend(parsed: Parsed, token, people: list[End], role: str | None) -> list[Found]:
    people = [p for p in people if parsed.is_person(p.key)]
    if not people:
        return []
    event = staged_event(parsed, token) if role == "speaker" else None
    if event is None:
        event = parsed.topic_end(token.i)
        if event is None:
            return []
    qualifiers = {"role": role} if role else {}
    cue = "copula" if any(c.dep_ == "cop" for c in token.children) else \
        f"verb:{verb_lemma(token)}"
    return [Found("participatedIn", p, event, 0.6, cue, token.i, dict(qualifiers))
            for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]


def _on_behalf(parsed: Parsed, verb, found: list[Found]) -> list[Found]:
    """"Por parte de Vox viajó el eurodiputado X": X goes to the event (whom X represents is
    on_behalf.py's); "en su lugar viajó X": X goes instead of whoever did not."""
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _GOING:
        return []
    parties = [e for c in verb.children for e in phrase_ends(parsed, c)
               if c.dep_ in ("obl", "nmod") and _behalf_phrase(c)]
    # "En su lugar viajó el consejero X": a stand-in goes to the event
    standing_in = any(c.dep_ in ("obl", "nmod") and folded_lemma(c) in ("lugar", "sustitucion")
                      and fold(c.doc[c.left_edge.i].lower_) == "en" for c in verb.children)
    speaking = verb_lemma(verb) in ("hablar", "intervenir") and any(
        c.dep_ in ("obl", "nmod") and (_behalf_phrase(c) or folded_lemma(c) in _ON_BEHALF and
                                       preposition(c) in ("en", "por"))
        for c in verb.children) and not said_denied(verb)
    if not parties and not standing_in and not speaking:
        return []
    people = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)] or \
        [e for c in verb.children if c.dep_ == "obj" and c.i > verb.i
         for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    # "habló en nombre de los bálticos": one who speaks for others at the event is there
    if not found and verb_lemma(verb) in ("viajar", "desplazar", "desplazarse", "ir",
                                          "hablar", "intervenir"):
        return _attend(parsed, verb, people, None)
    return []


def _behalf_phrase(noun) -> bool:
    """"por parte de X", "en representación de X", "en nombre de X"."""
    words = [fold(t.lower_) for t in noun.doc[noun.left_edge.i:noun.i]]
    return len(words) >= 2 and words[0] in ("por", "en") and any(w in _ON_BEHALF for w in words)
