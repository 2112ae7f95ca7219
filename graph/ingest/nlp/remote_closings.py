"""An opening or closing made from afar: "cerró la jornada con un mensaje en redes", "abrió
el congreso con un vídeo grabado", "clausuró la cumbre con un tuit". Whoever opened or closed
the gathering with a post, a recording or a letter was not there; "cerró el acto con un
discurso" or "con un mensaje a los militantes" still was."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_OPENING = {"inaugurar", "clausurar", "cerrar", "abrir"}
# Things sent from afar, whatever is said of them
_SENT = {"tuit", "tweet", "trino", "posteo", "post", "videomensaje", "carta", "comunicado",
         "grabacion", "audio", "videoconferencia", "videollamada", "publicacion"}
# A message or a word that a channel shows was sent, not spoken there
_SAID = {"mensaje", "saludo", "video", "palabra", "reflexion", "frase", "texto"}
_CHANNELS = {"redes", "red", "twitter", "x", "instagram", "facebook", "tiktok", "telegram",
             "whatsapp", "internet", "grabado", "grabada", "pregrabado", "pregrabada",
             "distancia", "telefono", "telefonico", "telefonica", "online", "virtual", "youtube"}


def from_afar(verb, lemma: str, found: list) -> list:
    """Drop taking part in the gathering opened or closed with something sent from afar."""
    if lemma not in _OPENING or not any(_sent(c) for c in verb.children):
        return found
    cue = f"verb:{lemma}"
    return [f for f in found if not (f.relation == "participatedIn" and f.cue == cue)]


def _sent(phrase) -> bool:
    if phrase.dep_ not in ("obl", "nmod") or preposition(phrase) not in ("con", "mediante",
                                                                       "a traves de"):
        return False
    noun = folded_lemma(phrase)
    if noun in _SENT:
        return True
    return noun in _SAID and any(fold(t.lower_) in _CHANNELS for t in phrase.subtree)
