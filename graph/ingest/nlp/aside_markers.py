"""Discourse markers set between commas in a clause ("No estuvo, en cambio, X", "Tampoco
acudió, finalmente, Y", "No viajó, a última hora, Z"): they tie the clause to what came before
and say nothing of where, to what or with whom. The small model hangs them on the verb as an
adverb, an oblique or a fixed locution; a reading that wants a verb said alone sees through
them."""

from __future__ import annotations

from graph.ingest.reading import fold

# Contrast, concession, addition and the turn of events, as a journalist sets them apart
_MARKERS = {
    "en cambio", "sin embargo", "no obstante", "por el contrario", "al contrario",
    "en contraste", "por contra", "eso si", "con todo", "aun asi", "asi y todo",
    "por su parte", "de su lado", "por otro lado", "por otra parte", "del otro lado",
    "ademas", "asimismo", "igualmente", "tambien", "tampoco", "de igual modo",
    "finalmente", "al final", "a la postre", "a ultima hora", "en el ultimo momento",
    "en ultima instancia", "por fin", "esta vez", "en esta ocasion", "en aquella ocasion",
    "en esa ocasion", "de nuevo", "otra vez", "una vez mas", "como se esperaba",
    "como estaba previsto", "contra lo previsto", "contra lo anunciado",
    "pese a lo anunciado", "al parecer", "por lo visto", "segun parece", "curiosamente",
    "sorprendentemente", "llamativamente", "significativamente", "de hecho", "en efecto",
    "en realidad", "en todo caso", "en cualquier caso", "por cierto",
}
_LONGEST = 5  # words of the longest marker


def is_aside_marker(token) -> bool:
    """Whether a verb's dependent is a discourse marker: its words, the punctuation left
    out, are one of the markers."""
    words = [t for t in token.subtree if not t.is_punct]
    if not words or len(words) > _LONGEST or \
            words[-1].i - words[0].i + 1 != len(words):
        return False
    return " ".join(fold(t.lower_) for t in words) in _MARKERS
