"""More turns a chronicle tells at the event it reports, without naming it again: "moderó los
debates", "intervino como ponente", "ejerció de anfitrión", "habló primero", "leyó una carta
de X", "arengó a los presentes desde una tarima", "estuvo en un palco", "se sentaba en las
primeras filas", "siguió el debate desde la tribuna", "Sí estuvo X" (and "No estuvo X",
"Tampoco estuvo X", absent); and who presents or moderates a gathering ("el acto, presentado
por X")."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.events import is_event_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.presence_turns import presence_turn
from graph.ingest.nlp.words import folded_lemma, is_role_noun, verb_lemma
from graph.ingest.reading import fold

# "ejerció de anfitrión", "actuó como moderadora", "hizo de maestro de ceremonias"
_PLAYING = {"ejercer", "actuar", "hacer", "oficiar", "fungir", "intervenir", "participar",
            "estar", "asistir", "acudir", "hablar", "comparecer", "figurar"}
PARTS = {"anfitrion", "anfitriona", "moderador", "moderadora", "presentador", "presentadora",
          "maestro", "maestra", "conductor", "conductora", "ponente", "orador", "oradora",
          "conferenciante", "panelista", "telonero", "telonera", "padrino", "madrina",
          "invitado", "invitada", "ponentes", "oradores"}
SPEAKERS = {"ponente", "orador", "oradora", "conferenciante", "panelista", "ponentes",
             "oradores"}
# "moderó los debates", "condujo la gala", "presentó el acto"
_CHAIRING = {"moderar", "conducir", "presentar", "dirigir", "presidir"}
_CHAIRED = {"debate", "mesa", "panel", "coloquio", "sesion", "acto", "encuentro", "gala",
            "tertulia", "jornada", "foro", "cumbre", "conversatorio", "dialogo", "velada",
            "ceremonia", "mitin", "conferencia", "bloque", "turno"}
# "habló primero", "intervino después", "cerró el último"
_SPEAKING = {"hablar", "intervenir", "tomar", "disertar"}
_ORDER = {"primero", "despues", "luego", "ultimo", "antes", "seguidamente", "posteriormente"}
# "leyó una carta de X", "leyó el manifiesto"
_READ = {"carta", "mensaje", "manifiesto", "comunicado", "declaracion", "discurso", "texto",
         "saludo", "poema"}
# "arengó a los presentes", "saludó a los asistentes"
_ADDRESSING = {"arengar", "saludar", "agradecer", "animar", "dirigirse"}
_PRESENT = {"presente", "presentes", "asistente", "asistentes", "congregado", "congregados",
            "militante", "militantes", "simpatizante", "simpatizantes", "publico"}
# "se proyectó un mensaje grabado de X"
_SHOWING = {"proyectar", "emitir", "reproducir", "retransmitir", "escuchar", "pasar"}
_CLIPS = {"mensaje", "video", "videos", "mensajes", "videomensaje", "saludo", "grabacion",
          "intervencion", "discurso"}
# "estuvo en un palco", "se sentaba en las primeras filas"
_SEATED = {"estar", "sentar", "sentarse", "situar", "ubicar", "acomodar", "ocupar"}
# "siguió el debate desde la tribuna", "presenció el mitin desde un palco" ("siguió en la
# fila de atrás" is staying there)
_WATCHING = {"seguir", "presenciar", "observar", "contemplar", "escuchar", "aplaudir"}
_SEATS = {"palco", "fila", "grada", "platea", "butaca", "escenario", "tribuna", "estrado",
          "tarima"}


def chronicle_turn(parsed, token) -> tuple[list[End], str | None]:
    """Who takes a turn at the event a verb speaks of, and the part they play."""
    if token.pos_ != "VERB" and not (token.pos_ == "AUX" and token.dep_ == "ROOT"):
        return [], None  # "Estuvieron en el escenario A y B": the small model's AUX
    lemma = verb_lemma(token)
    children = list(token.children)
    if lemma in _PLAYING:
        part = next((c for c in children if folded_lemma(c) in PARTS and (
            preposition(c) in ("de", "como") or any(
                k.dep_ == "mark" and k.lower_ == "como" for k in c.children))), None)
        if part is not None:
            # "Ejerció de anfitrión X": the small model hangs the name after the part on it
            people = named_after(parsed, token) or [
                e for e in subject_ends(parsed, token) if parsed.is_person(e.key)] or [
                e for c in part.children if c.dep_ == "appos" and c.i > part.i
                for e in phrase_ends(parsed, c)]
            return people, "speaker" if folded_lemma(part) in SPEAKERS else None
    if lemma in _CHAIRING and any(c.dep_ == "obj" and folded_lemma(c) in _CHAIRED and
                                  not any(k.dep_ == "nmod" for k in c.children)
                                  for c in children):
        return subject_ends(parsed, token), None
    if lemma in _SPEAKING and any(c.dep_ in ("advmod", "amod", "obl") and
                                  fold(c.lower_) in _ORDER for c in children):
        return subject_ends(parsed, token), "speaker"
    if lemma == "leer" and any(c.dep_ == "obj" and folded_lemma(c) in _READ for c in children):
        return subject_ends(parsed, token), None
    if lemma in _ADDRESSING and any(fold(c.lower_) in _PRESENT and c.dep_ in ("obj", "obl")
                                    for c in children):
        return subject_ends(parsed, token), "speaker"
    watched = _watched(parsed, token) if lemma in _WATCHING else None
    if lemma in _SEATED | _WATCHING and any(
            preposition(c) in (("en", "desde") if lemma in _SEATED or watched is not None
                               else ("desde",)) and
            folded_lemma(c) in _SEATS and not _elsewhere(parsed, c) or lemma in _SEATED and
            preposition(c) == "a" and folded_lemma(c) == "lado"  # "a su lado se sentaron A y B"
            for c in children + _before_the_break(token)):
        # "Desde la tribuna siguió el debate el síndic de Vox, X": the small model makes the
        # subject after the gathering a second object, or the gathering a second subject
        after = [] if watched is None else [
            e for e in named_after(parsed, token)
            if not watched.left_edge.i <= e.first <= watched.right_edge.i]
        if not after and _collective_subject(parsed, token):
            return [], None  # "El peronismo tampoco estuvo en el palco": no one of its own
        return after or subject_ends(parsed, token), None
    if lemma in _SHOWING:
        # "se proyectó un mensaje grabado de X", "emitieron un vídeo de X": X took part from
        # afar
        for clip in (c for c in children if c.dep_ in ("obj", "nsubj", "nsubj:pass") and
                     fold(c.lower_) in _CLIPS):
            people = [e for d in clip.children if d.dep_ == "nmod" and d.i > clip.i and
                      preposition(d) in ("de", "del") for e in phrase_ends(parsed, d)
                      if parsed.is_person(e.key)]
            if people:
                return people, "by video"
    if lemma == "estar" and token.dep_ == "ROOT" and not _ahead(token) and all(
            c.dep_ in ("nsubj", "obj", "advmod", "advcl", "punct", "cc") or c.pos_ == "SPACE"
            for c in children):
        # "No estuvo, en cambio, X", "Tampoco estuvo X", "Sí estuvo X": there or not
        return named_after(parsed, token), None
    if _collective_subject(parsed, token):
        return [], None  # "El peronismo tampoco estuvo allí": no one of its own
    return presence_turn(parsed, token), None



def _ahead(verb) -> bool:
    """"Enfrente de X estará Y": a future or a conditional tells no one's being there."""
    return any("Fut" in t.morph.get("Tense") or "Cnd" in t.morph.get("Mood")
               for t in [verb] + [c for c in verb.children if c.dep_ == "aux"])


def _before_the_break(verb) -> list:
    """"\n\nEn primera fila siguió el acto X": the small model hangs the phrase that opens a
    paragraph on its break, which it makes the verb's subject."""
    return [g for c in verb.children if c.pos_ == "SPACE" and c.i < verb.i
            for g in c.children if g.i < verb.i]


def _watched(parsed, verb):
    """The gathering a verb of watching has for object ("siguió el acto", "presenció el
    pleno"), or None; "siguió en la fila de atrás" is staying there."""
    return next((c for c in verb.children if c.dep_ in ("obj", "nsubj") and c.i > verb.i and (
        is_event_noun(c) or c.i in parsed.described or any(
            parsed.kb.is_a(e.key, EVENT) for e in parsed.ends(c)))), None)


def _elsewhere(parsed, seat) -> bool:
    """"en el escenario del Teatro Real": a seat of a place named, not of the event."""
    return any(c.dep_ == "nmod" and parsed.mention(c) is not None and
               not parsed.kb.is_a(parsed.mention(c).key, EVENT) for c in seat.children)


def presenter_claims(parsed, token) -> list[Found]:
    """"El acto, organizado por Vox y presentado por la periodista X": X took part in it."""
    if verb_lemma(token) not in ("presentar", "moderar", "conducir") or \
            token.morph.get("VerbForm") != ["Part"] or token.dep_ not in ("acl", "conj", "amod"):
        return []  # "El acto, presentado por X": the small model may make it an adjective
    noun = token.head
    while noun.dep_ in ("conj", "acl", "amod") and noun.head.i != noun.i and \
            not is_event_noun(noun) and noun.i not in parsed.described:
        noun = noun.head  # "organizado por Vox y presentado por X"
    if not is_event_noun(noun) and noun.i not in parsed.described:
        return []
    events = [e for e in parsed.ends(noun) if parsed.kb.is_a(e.key, EVENT)]
    people = [e for c in token.children if preposition(c) == "por"
              for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    return [Found("participatedIn", p, ev, 0.6, f"passive:{verb_lemma(token)}", token.i, {})
            for p in people for ev in events[:1]]


def staged_event(parsed, verb) -> End | None:
    """"sube al escenario del acto de celebración": the gathering whose stage it is, rather
    than the one the text is about."""
    for stage in verb.children:
        for noun in stage.children:
            if noun.dep_ == "nmod" and noun.i > stage.i and (
                    is_event_noun(noun) or noun.i in parsed.described):
                events = [e for e in parsed.ends(noun) if parsed.kb.is_a(e.key, EVENT)]
                if events:
                    return events[0]
    return None


def named_after(parsed, verb) -> list[End]:
    """The persons named after a verb as its subject ("Ejerció de anfitrión X", "No estuvo
    X"), which the small model may take for its object; a subject left to a reference
    ("Tampoco estuvo la candidata de X") is not read."""
    return [e for c in verb.children if c.dep_ in ("nsubj", "obj") and c.i > verb.i and
            c.pos_ != "SPACE" for e in phrase_ends(parsed, c)
            if not e.reference and parsed.is_person(e.key)]


# "X, invitado de honor", "la invitada especial, X"
_GUESTS = {"invitado", "invitada"}
_OF_NOTE = {"honor", "especial", "estrella", "principal"}


def guest_of_honour_claims(parsed, noun) -> list[Found]:
    """"Buxadé, invitado de honor, no pudo viajar": on the guest list of the event the text
    reports, whether or not the guest came."""
    if folded_lemma(noun) not in _GUESTS or not any(
            fold(c.lower_) in _OF_NOTE for c in noun.children if c.dep_ in ("amod", "nmod")):
        return []
    if noun.dep_ == "appos":  # "X, invitado de honor"
        people = [e for e in phrase_ends(parsed, noun.head) if parsed.is_person(e.key)]
    else:  # "la invitada especial, X"
        people = [e for c in noun.children if c.dep_ == "appos" and c.i > noun.i
                  for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    event = parsed.topic_end(noun.i) if people else None
    if event is None:
        return []
    return [Found("invitedTo", p, event, 0.6, "apposition", noun.i, {}) for p in people]


def _collective_subject(parsed, verb) -> bool:
    """A subject that is a common noun but no role nor a name ("el peronismo", "la oposición"):
    the clause tells of a whole camp, not of anyone the text named before."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for g in _before_the_break(verb) if not any(k.dep_ == "case" for k in g.children)]
    return any(c.pos_ == "NOUN" and c.i < verb.i and parsed.mention(c) is None and
               not is_role_noun(c) and c.morph.get("Number") != ["Plur"] for c in subjects)
