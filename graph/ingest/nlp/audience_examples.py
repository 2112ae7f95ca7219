"""Who was seen among the audience of the event a text reports: "Entre el público había caras
conocidas, como la abogada X", "entre los asistentes había varios diputados, como A y B", "En
la platea se vio a la senadora Y". Being among those present is taking part; the persons are
the ones the existential names, or its examples after "como" (a face on a banner, "había
carteles con la cara de Z", is no one there)."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# The audience, the seats and the guests of a gathering
_AUDIENCE = {"publico", "asistente", "invitado", "presente", "auditorio", "platea", "grada",
             "fila", "palco", "tribuna", "concurrencia", "butaca", "sala", "asistencia"}


def audience_claims(parsed, verb) -> list[Found]:
    lemma = verb_lemma(verb)
    reflexive = any(c.lower_ == "se" for c in verb.children if c.i < verb.i)
    if verb.pos_ not in ("VERB", "AUX") or not (
            lemma == "haber" or lemma == "ver" and reflexive):
        return []
    if lemma == "ver" and any(fold(c.lower_) in NEGATORS for c in verb.children):
        return []  # "no se vio a X": not seen is no absence said
    if not any(c.dep_ in ("obl", "nmod") and preposition(c) in ("entre", "en") and
               _audience(c) for c in verb.children) and not _opening_audience(verb):
        return []
    people = []
    for obj in (c for c in verb.children if c.dep_ in ("obj", "nsubj", "nsubj:pass")):
        people += phrase_ends(parsed, obj)
        people += [e for t in obj.subtree if t.i != obj.i and any(
            m.dep_ in ("mark", "case") and fold(m.lower_) == "como" for m in t.children)
            for e in phrase_ends(parsed, t)]
    people = list({e.key: e for e in people if parsed.is_person(e.key) and
                   not e.reference}.values())
    # the audience is the event's: the one the text is about, however far back it was named
    event = parsed.topic_end(verb.i) if people else None
    if event is None:
        return []
    return [Found("participatedIn", p, event, 0.6, f"verb:{lemma}", verb.i) for p in people
            if parsed.kb.fits("participatedIn", p.key, event.key)]


def _opening_audience(verb) -> bool:
    """"Entre el público había X" opening the sentence, which the small model may hang on a
    token before the verb."""
    return any(t.pos_ == "NOUN" and _audience(t) and preposition(t) in ("entre", "en")
               for t in verb.doc[verb.sent.start:verb.i])


def _audience(noun) -> bool:
    word = folded_lemma(noun)
    return word in _AUDIENCE or word.rstrip("s") in _AUDIENCE or \
        word.endswith("es") and word[:-2] in _AUDIENCE
