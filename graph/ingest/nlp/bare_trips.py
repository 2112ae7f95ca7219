"""A trip told without where it went, in a text about an event: "Kast fue invitado, pero no
viajó", "esta vez sí viajó", "la líder francesa no vino", "finalmente no apareció", "no se
presentó". With no destination and no purpose of its own, the trip is the one to the event
the text is about, just named: whoever made it took part, whoever did not stayed away (the
"no" is read by the extractor's modality check). A trip somewhere ("viajó a Madrid"), for
something ("para reunirse con X") or a "presentarse" as something ("se presentó como
candidato") says nothing of the event."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.stayed_away import took_part_from_afar
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_TRIPS = {"viajar", "venir", "aparecer", "desplazar", "desplazarse", "trasladar",
          "trasladarse", "volar"}
# Verbs that are a trip only as reflexives: "no se presentó", "no se dejó ver" is elsewhere
_REFLEXIVE_TRIPS = {"presentar", "presentarse"}
# Prepositions that give a trip its own end: where to, what for, as what
_ENDS = {"a", "al", "hasta", "hacia", "para", "como", "con", "en"}
# "para sorpresa de todos", "para disgusto de los organizadores"
_FEELINGS = {"disgusto", "sorpresa", "alivio", "decepcion", "desconcierto", "enfado",
             "malestar", "satisfaccion", "alegria", "pesar", "frustracion", "indignacion",
             "desesperacion", "desazon", "asombro", "tristeza", "contrariedad"}
# How far back the event may have been named (sentences)
_NEAR = 3


def bare_trip_claims(parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or not _past(verb):
        return []
    lemma = verb_lemma(verb)
    reflexive = any(c.lower_ == "se" and c.dep_ in ("obj", "iobj", "expl:pv", "expl:pass")
                    for c in verb.children)
    if lemma not in _TRIPS and not (lemma in _REFLEXIVE_TRIPS and reflexive):
        return []
    if any(_own_end(c) for c in verb.children) or took_part_from_afar(verb) or \
            verb.dep_ in ("conj", "advcl") and took_part_from_afar(verb.head):
        return []  # "no viajó, pero envió un saludo en vídeo": there from afar
    event = parsed.topic_end(verb.i)
    if event is None or event.distance > _NEAR:
        return []
    people = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    if not people and verb.dep_ == "conj" and not any(
            c.dep_.startswith("nsubj") for c in verb.children):
        # "Kast fue invitado, pero no viajó": the subject of the clause it is joined to
        people = [e for e in subject_ends(parsed, verb.head) if parsed.is_person(e.key)]
    return [Found("participatedIn", p, event, 0.6, f"verb:{lemma}", verb.i) for p in people
            if parsed.kb.fits("participatedIn", p.key, event.key)]


def _past(verb) -> bool:
    """"no viajó", "no ha venido", "no había aparecido": a trip told as done or not; "no
    viaja nunca" is a habit, "no vendrá" a forecast."""
    if verb.morph.get("VerbForm") == ["Fin"]:
        return verb.morph.get("Mood") == ["Ind"] and bool(
            {"Past", "Imp"} & set(verb.morph.get("Tense")))
    return verb.morph.get("VerbForm") == ["Part"] and any(
        c.dep_ == "aux" and fold(c.lemma_) == "haber" for c in verb.children)


def _own_end(child) -> bool:
    """A destination, a purpose or a part of the clause's own: "a Madrid", "para firmar",
    "como candidato", an object ("presentó su libro")."""
    if child.dep_ in ("obl", "nmod", "iobj") and preposition(child) in _ENDS:
        # "para disgusto de los organizadores" says how it was taken, not what for
        return not (preposition(child) == "para" and folded_lemma(child) in _FEELINGS)
    if child.dep_ == "obj" and fold(child.lower_) != "se":
        return True
    return child.dep_ in ("advcl", "xcomp", "ccomp") and any(
        m.dep_ in ("mark", "case") and fold(m.lower_) in ("para", "a", "como")
        for m in child.children)
