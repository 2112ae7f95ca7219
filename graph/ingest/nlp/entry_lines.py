"""Entries of a fact box or a who's who: a line that opens with a bare name and a stop, a
colon or a dash, then the person's titles ("Ana Ruiz. Presidenta del PNC. Abrió el acto.",
"Luis Gil: portavoz de Vox en el Senado."). The name heads the entry and the titles are its
apposition, as "Ana Ruiz, presidenta del PNC" would be; the model reads the name alone as a
sentence and the titles as another with no one to hold them. The mark after the name is read
as a comma and the title's capital as a small letter (one character for one, so offsets hold;
the text keeps its own)."""

from __future__ import annotations

import re

from graph.ingest.nlp.words import _role_of
from graph.ingest.reading import fold

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_WORD = rf"[{_UPPER}][\w'’-]+"
# A line's first words: a name of two to four capitalized words (particles between them),
# the mark after it, and the first word of what follows
_ENTRY = re.compile(rf"(?m)^[ \t]*(?:{_WORD})(?:[ \t]+(?:(?:de|del|da|dos|van|von|der|la|le)"
                    rf"[ \t]+)?{_WORD}){{1,3}}[ \t]*(?P<mark>[.:—–-])[ \t]+(?P<word>\w+)")


def entries_as_appositions(text: str) -> str:
    """`text` with the mark after each entry's name turned into a comma, when what follows
    opens with a title ("Presidente", "exministra", "Secretario")."""
    out = list(text)
    for entry in _ENTRY.finditer(text):
        word = fold(entry.group("word").lower())
        if not (_role_of(word) or word.startswith("ex") and _role_of(word[2:].lstrip("-"))):
            continue
        start, end = entry.span("mark")
        out[start] = ","
        first = entry.start("word")
        out[first] = out[first].lower()  # a title, not a name
    return "".join(out)


def entry_comma(doc, i: int) -> bool:
    """Whether token `i` is a comma, or the mark after an entry's name read as one (the
    phrase after it parsed as the name's apposition)."""
    token = doc[i]
    return token.text == "," or token.text in (".", ":", "—", "–", "-") and \
        i + 1 < len(doc) and doc[i + 1].dep_ == "appos" and doc[i + 1].head.i < i and \
        "\n" not in doc[i + 1].whitespace_ and (i < 2 or not doc[i - 1].is_space)
