"""A talk between two who met: "Abascal recibió a X en la sede ... Ambos conversaron durante
dos horas", "se reunieron en Roma y hablaron del acuerdo". The talk is the meeting itself, said
again; a contact (a call, a message) is another claim only when the text says how it was held
at a distance. A talk the clause places somewhere ("en la cafetería del Parlamento conversó
con X", "visitó la sede, donde charló con Y", "conversaron durante la cena", "conversó con Y
antes del acto") was held face to face: a meeting."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import COUNTRY, PLACE
from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.distance_words import BROADCAST, CALL, PHONE, VIDEO_CALL, WRITTEN
from graph.ingest.nlp.triggers import PLACE_NOUNS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs of talking that say nothing of where the talk was held.
_TALKING = {"conversar", "hablar", "dialogar", "charlar", "platicar", "departir", "intercambiar"}
# Rooms and buildings one talks in, besides the places an event is held in.
_ROOMS = {"cafeteria", "despacho", "oficina", "pasillo", "restaurante", "bar", "residencia",
          "casa", "hemiciclo", "camerino", "trastienda", "jardin", "terraza", "comedor",
          "biblioteca", "vestibulo", "embajada", "palacio", "hotel", "sede", "sala", "salon"}
# Occasions one talks during in person: "durante la cena", "en el almuerzo".
_TOGETHER = {"almuerzo", "cena", "comida", "desayuno", "reunion", "encuentro", "visita",
             "recepcion", "velada", "sobremesa", "acto", "gala", "cumbre", "foro"}
# Just before or after an occasion one is at: "antes del acto", "tras la cena"
_AROUND = {"antes", "despues", "tras"}
_FACE_TO_FACE = {"persona", "personalmente", "solas", "cara", "privado"}
# A talk at a distance, whatever the clause places: "habló por teléfono desde su despacho".
_AT_A_DISTANCE = PHONE | CALL | VIDEO_CALL | WRITTEN | BROADCAST | {"video"}


def drop_talks_at_meetings(parsed, found: list) -> list:
    found = [_in_person(parsed, f) for f in found]
    met = {frozenset((f.subject.key, f.object.key)) for f in found
           if f.relation == "met" and not f.negated}
    return [f for f in found if not (
        f.relation == "contactWith" and not f.negated and not f.qualifiers.get("mode") and
        verb_lemma(parsed.doc[f.trigger]) in _TALKING and
        frozenset((f.subject.key, f.object.key)) in met)]


def _in_person(parsed, claim):
    """The talk as a meeting when its clause says where or over what it was held."""
    verb = parsed.doc[claim.trigger]
    if claim.relation != "contactWith" or claim.qualifiers.get("mode") or \
            verb_lemma(verb) not in _TALKING or not claim.cue.startswith("verb:"):
        return claim
    clause = [c for c in verb.children if c.dep_ in ("obl", "advmod", "obl:arg", "nmod")] + \
        _fronted(verb)
    words = {fold(t.lower_) for c in clause for t in c.subtree}
    if words & _AT_A_DISTANCE or not parsed.kb.fits("met", claim.subject.key, claim.object.key):
        return claim
    if any(_placed(parsed, c) for c in clause) or words & _FACE_TO_FACE:
        return replace(claim, relation="met", cue=claim.cue)
    return claim


def _placed(parsed, phrase) -> bool:
    word = folded_lemma(phrase)
    if fold(phrase.lower_) in ("donde", "alli", "ahi", "aqui", "alla"):
        return True  # "visitó la sede, donde conversó con X"
    if fold(phrase.lower_) in _AROUND:  # "conversó con X antes del acto"
        return any(folded_lemma(c) in _TOGETHER and c.dep_ in ("obl", "nmod")
                   for c in phrase.children)
    prep = preposition(phrase)
    if prep.split(" ")[0] in _AROUND:
        return word in _TOGETHER  # "tras la cena"
    if prep == "durante" or prep == "en" and word in _TOGETHER | {"parte", "transcurso"}:
        # "durante la cena", "durante buena parte del almuerzo"
        return any(folded_lemma(t) in _TOGETHER for t in phrase.subtree)
    if prep != "en":
        return False
    if word in PLACE_NOUNS | _ROOMS:
        return True
    mention = parsed.mention(phrase)
    return mention is not None and any(
        parsed.kb.is_a(e.key, kind) for e in parsed.ends(phrase, conj=False)
        for kind in (PLACE, COUNTRY))


def _fronted(verb) -> list:
    """"11.05 En la cafetería, X conversa con Y": a place fronted before the subject, which a
    live blog's time may take for its head, and with it a sentence of its own that ends in
    the comma."""
    doc, sent = verb.doc, verb.sent
    if verb.dep_ in ("acl", "acl:relcl") or any(
            "Rel" in t.morph.get("PronType") for c in verb.children for t in c.subtree):
        return []  # "En Washington su interlocutor es X, con quien habla": the main clause's
    start = sent.start
    if start > 0 and doc[start - 1].text == ",":
        start = doc[start - 1].sent.start
    limit = min([c.left_edge.i for c in verb.children if c.dep_.startswith("nsubj")] +
                [verb.i])
    return [t for t in doc[start:limit] if t.dep_ in ("obl", "nmod") and
            preposition(t) == "en" and _unverbed(t, verb)]


def _unverbed(token, verb) -> bool:
    """No verb but the talk's governs the phrase."""
    while token.head != token:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token == verb
    return True
