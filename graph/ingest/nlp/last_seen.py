"""Having seen someone "por última vez", "por primera vez" or "en persona" is having met them:
"lo vio por última vez en marzo en Mar-a-Lago", "la vi por primera vez en Madrid", "lo ha
visto en persona dos veces". Seen on a screen, or seen as something ("lo vio por primera vez
como candidato", "lo vio por última vez muy cansado"), is no meeting; "verse con" is read
apart."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# The times that count a sighting: "por última vez", "por primera vez", "la última vez que"
_COUNTED = {"ultimo", "ultima", "primero", "primera", "segundo", "segunda", "tercero",
            "tercera"}
_IN_PERSON = {"persona", "personalmente"}
_SCREENS = {"television", "tele", "pantalla", "video", "foto", "fotografia", "redes",
            "prensa", "periodico", "entrevista", "debate", "streaming", "transmision", "youtube"}
_REFLEXIVE = {"se", "nos", "me", "te", "os"}


def seen_in_person(verb) -> bool:
    """Whether `verb` (of "ver") tells of a sighting that was a meeting."""
    if any(c.lower_ in _REFLEXIVE and c.i < verb.i or c.dep_ in ("xcomp", "ccomp")
           for c in verb.children):
        return False  # "se vio con X" is read apart; "lo vio cansado" is how one looked
    vez = [c for c in verb.children if folded_lemma(c) == "vez"]
    if any(t.pos_ in ("ADJ", "VERB") and t.i > verb.i and fold(t.lower_) not in _COUNTED and
           t.dep_ in ("obj", "amod", "advmod", "obl", "xcomp", "acl")
           for t in [*verb.children, *(t for v in vez for t in v.children)]):
        return False  # "lo vio por última vez muy cansado"
    if any(t.lower_ == "como" for t in verb.subtree if t.i > verb.i):
        return False  # "lo vio por primera vez como rival"
    phrases = [c for c in verb.children if c.dep_ in ("obl", "advmod", "nmod")]
    if any(fold(t.lower_) in _SCREENS for c in phrases for t in c.subtree):
        return False
    counted = any(folded_lemma(c) == "vez" and _counted(c) for c in phrases) or (
        verb.dep_ in ("acl", "acl:relcl") and folded_lemma(verb.head) == "vez" and
        _counted(verb.head))
    return counted or any(fold(c.lower_) in _IN_PERSON for c in phrases)


def _counted(vez) -> bool:
    return any(c.dep_ == "amod" and fold(c.lower_) in _COUNTED for c in vez.children)
