"""Who acts inside a quotation that a colon opens is spoken of, not acting in the story:
"Gonzalo Ruiz: «Si Pérez quiere pelear, que venga»", "La diputada fue tajante: «Martínez nos
ha mentido»". The person the story follows is the speaker before the colon, so a title or a
dropped subject in the sentences after it ("El candidato del partido disputa...") is theirs,
not that of whoever the speaker talked about."""

from __future__ import annotations

from graph.ingest.nlp.doc_texts import doc_text
from graph.ingest.nlp.quoted_speakers import _opening_quote


def spoken_of(parsed, index: int) -> bool:
    """Whether token `index` lies in a quotation opened right after a colon (its paragraph's
    open quotation mark follows a colon)."""
    text = doc_text(parsed.doc)
    opened = _opening_quote(text, parsed.doc[index].idx)
    return opened >= 0 and text[:opened].rstrip().endswith(":")


def opening_subject(parsed, sentence: int) -> str | None:
    """Whom the piece is about (its headline's speaker or subject) for a title said before
    anyone has acted in it: the standfirst "El candidato de X disputa la segunda vuelta..."
    under "Ana Ruiz: «Si Pérez quiere pelear, que venga»" is Ana Ruiz, not Pérez."""
    if any(parsed.subjects.get(index) for index in range(sentence + 1)):
        return None
    from graph.ingest.nlp.salience import _headline_subject

    if not hasattr(parsed, "_opening_subject"):
        parsed._opening_subject = _headline_subject(parsed)
    return parsed._opening_subject
