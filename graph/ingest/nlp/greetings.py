"""A greeting in person is a meeting: "donde saludó a Marine Le Pen", "Pude saludarlo esa
noche", "saludó al gobernador en el primer piso". What a greeting is not: one sent from afar
("saludó por vídeo a X", "lo saludó en un mensaje", "saludó en redes a X"), which meets no
one; one given on the phone, which is a call between the two ("lo saludó por teléfono"); and
one for a victory ("saludó a X por su triunfo"), which is a congratulation (see
congratulations); and one not given ("se cruzó con X sin llegar a saludarla"), which denies no
meeting: the two were there all the same."""

from __future__ import annotations

from graph.ingest.nlp.distance_words import VIDEO, WRITTEN
from graph.ingest.nlp.phone_talks import by_phone
from graph.ingest.nlp.praise import denied
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

GREETED_FROM_AFAR = "saludar de lejos"  # a reading with no relation (nor one denied)
# What carries a greeting sent from afar: "por vídeo", "en un mensaje grabado", "en redes"
_AFAR = VIDEO | WRITTEN | {"videos", "mensajes", "tuit", "grabado", "grabada", "distancia",
                           "pantallas", "comunicado", "telematicamente"}


def greeting_sense(verb, lemma: str) -> str:
    """The reading of "saludar" (any other lemma as it is)."""
    if lemma != "saludar":
        return lemma
    # the sentence's words: "intervino por vídeo para respaldar a X y saludar a Y"
    if any(fold(t.lower_) in _AFAR for t in verb.sent) or denied(verb) or \
            verb.dep_ == "xcomp" and denied(verb.head):
        return GREETED_FROM_AFAR
    if by_phone(verb):
        return "llamar"
    if any(c.dep_ in ("obl", "nmod") and folded_lemma(c) not in ("noche", "dia") and any(
            g.dep_ == "case" and g.lower_ == "por" for g in c.children) and any(
            g.dep_ == "det" and "Yes" in g.morph.get("Poss") for g in c.children)
           for c in verb.children):
        return "felicitar"  # "saludó a X por su triunfo": for what they did
    return lemma
