"""Taking part from afar: a recorded message is its sender's part in the event it is played at.
"envió un mensaje en vídeo", "el foro contó con un videomensaje del presidente X", "con un
saludo grabado de X". A letter read by someone else is not ("leyó una carta de X": the reader
takes part, the writer stays away)."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

MESSAGES = {"mensaje", "videomensaje", "saludo", "video", "discurso", "intervencion",
            "alocucion", "videosaludo"}
# Words that make a message one played from afar.
RECORDED = {"video", "videoconferencia", "videollamada", "grabado", "grabada", "grabados",
            "videomensaje", "videosaludo", "pantalla", "telematica", "telematico", "virtual",
            "enlace", "diferido"}


def recorded_words(message, verb=None) -> set[str]:
    """The folded words of the message's phrase, and of the verb's own "en vídeo", "por
    videoconferencia" (the model often hangs them on the verb)."""
    words = {fold(t.lower_) for t in message.subtree}
    if verb is not None:
        words |= {fold(t.lower_) for c in verb.children
                  if c.dep_ in ("obl", "advmod") and c.i > verb.i for t in c.subtree
                  if t.i - c.i < 3}
    return words


def is_recorded_message(noun, verb=None) -> bool:
    """"un mensaje en vídeo", "un videomensaje", "un saludo grabado"."""
    return folded_lemma(noun) in MESSAGES and bool(recorded_words(noun, verb) & RECORDED)


def message_senders(noun) -> list:
    """The "de" complements of a recorded message: "un mensaje en video de X", "del presidente
    X"; those of a "vídeo" it is in included."""
    out = []
    for child in noun.children:
        if child.dep_ != "nmod":
            continue
        if any(k.dep_ == "case" and k.lower_ in ("de", "del") for k in child.children):
            out.append(child)
        elif fold(child.lower_) in RECORDED:
            out += [c for c in child.children if c.dep_ == "nmod" and any(
                k.dep_ == "case" and k.lower_ in ("de", "del") for k in c.children)]
    return out
