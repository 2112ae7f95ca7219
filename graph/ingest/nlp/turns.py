"""The turns of an interview or a dialogue, as the small model misreads them: the dash that
opens a turn ("—Me reuní con X") taken for a name and the verb's subject, and the markers of a
question-and-answer piece ("P. ¿Habló con X?", "R. Sí, ...") taken for names that run into
the turn's words. Such a marker is parsed on its own and neither is a word of the sentence."""

from __future__ import annotations

import re

DASHES = ("—", "–", "―", "-")
# "P. ¿...?" / "R. Sí, ..." (also "P:", "Pregunta:", "Respuesta:") opening a paragraph
MARKER = re.compile(r"^(?:P|R|Pregunta|Respuesta)\s?[.:](?=\s)", re.MULTILINE)


# A live blog's time stamp opening an entry: "21:15 — ", "23.41 | ", "20:30 h - ". The small
# model takes the stamp for the entry's subject and the name after the dash for its apposition.
STAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?h\.?)?\s*[—–|-]\s*", re.MULTILINE)


def marker_cuts(text: str, start: int) -> list[int]:
    """Where the parse is cut around each turn marker and time stamp from `start` on."""
    cuts = []
    for found in [*MARKER.finditer(text, start), *STAMP.finditer(text, start)]:
        cuts += [i for i in (found.start(), found.end()) if start < i < len(text)]
    return sorted(set(cuts))


def mark_turns(doc):
    previous = None
    for token in doc:
        opening = previous is None or "\n" in previous.text_with_ws
        previous = token
        if not opening:
            continue
        if token.text in DASHES:
            token.pos_, token.dep_ = "PUNCT", "punct"
            before = doc[token.i - 1] if token.i else None
            if before is not None and before.pos_ == "SPACE" and before.dep_ == "nsubj" and \
                    all(c.pos_ == "PUNCT" for c in before.children):
                before.dep_ = "dep"  # nor is the paragraph break that carries the dash
        elif MARKER.match(token.text + doc[token.i + 1:token.i + 3].text_with_ws
                          if token.i + 1 < len(doc) else ""):
            markers = {t.i for t in doc[token.i:token.i + 2] if t.text.strip(".:") in (
                "P", "R", "Pregunta", "Respuesta") or t.text in (".", ":")}
            for i in markers:
                doc[i].pos_, doc[i].dep_ = "PUNCT", "punct"
            if markers and max(markers) + 1 < len(doc):
                _fronted_phrase_off_break(doc[max(markers) + 1])
            doc.ents = [e for e in doc.ents if not markers & set(range(e.start, e.end))]
    return doc


def _fronted_phrase_off_break(space) -> None:
    """"R. Con Milei no he hablado nunca": the break after a marker, taken for the verb's
    subject or one of its phrases, carries the phrase that opens the answer; the phrase is
    the verb's."""
    verb = space.head
    if space.pos_ == "SPACE" and space.dep_ not in ("dep", "punct") and verb != space and \
            verb.pos_ in ("VERB", "AUX"):
        moved = False
        for child in list(space.children):
            if child.i > space.i and any(c.dep_ == "case" for c in child.children):
                child.head, child.dep_, moved = verb, "obl", True
        if moved:
            space.dep_ = "dep"


def sentence_back(sentences, here: int, back: int) -> int:
    """The sentence `back` sentences before sentence `here`, past the markers of a
    question-and-answer piece ("P.", "R."), which are set apart and say nothing: in "P. ¿Qué
    le parece X?\n\nR. Lo conocí en 2024" the sentence before the answer is the question."""
    while back > 0 and here > 0:
        here -= 1
        text = sentences[here].text.strip()
        found = MARKER.match(text + " ")
        if found is None or found.end() < len(text):
            back -= 1
    return here
