"""Who says "I" and who is "usted" in an interview: the answers of a question-and-answer piece
("-¿Por qué dejó la UDI?\n\n-Porque... Yo milité ahí", "P. ¿...?\n\nR. Sí, ...") are the
interviewee's, the first person the piece names (in its headline, "Catalina Soto: «...»", or
its introduction); "usted" in a question is the interviewee too."""

from __future__ import annotations

from graph.ingest.nlp.doc_texts import doc_text
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.turns import DASHES, MARKER


def _paragraphs_up_to(text: str, at: int) -> list[str]:
    """The non-empty paragraphs of `text` up to the one holding character `at`, last first."""
    end = text.find("\n", at)
    return [p.strip() for p in reversed(text[:end if end >= 0 else len(text)].split("\n"))
            if p.strip()]


def _turn(paragraphs: list[str]) -> str | None:
    """"question" or "answer" for the last of `paragraphs` (last first) when it is a turn of
    an interview, else None."""
    here = paragraphs[0]
    if MARKER.match(here):
        return "question" if here.startswith("P") else "answer"
    if not here.startswith(DASHES):
        return None
    turns = [p for p in reversed(paragraphs) if p.startswith(DASHES)]
    first = next((i for i, p in enumerate(turns) if p.endswith("?")), None)
    # the interviewer opens and the turns alternate: a remark ("-Falta X.") also asks
    if first is None:
        return None
    return "answer" if (len(turns) - 1 - first) % 2 == 1 else "question"


def _interviewee(parsed, token) -> list[End]:
    first = next((m for m in parsed.linked.mentions if parsed.is_person(m.key)), None)
    return [End(first.key, token.i, token.i, reference=True, distance=1)] if first else []


def interviewee(parsed, verb) -> list[End]:
    """The interviewee when `verb` is in an answer of an interview, else nothing."""
    paragraphs = _paragraphs_up_to(doc_text(parsed.doc), verb.idx)
    if paragraphs[0].endswith("?") or _turn(paragraphs) != "answer":
        return []
    return _interviewee(parsed, verb)


def in_answer(doc, token) -> bool:
    """Whether `token` is in an answer of an interview: the interviewee speaking."""
    paragraphs = _paragraphs_up_to(doc_text(doc), token.idx)
    return not paragraphs[0].endswith("?") and _turn(paragraphs) == "answer"


def addressee(parsed, token) -> list[End]:
    """"—¿Usted intentó ser candidato?": the interviewee, when `token` is in a question."""
    paragraphs = _paragraphs_up_to(doc_text(parsed.doc), token.idx)
    return _interviewee(parsed, token) if _turn(paragraphs) == "question" else []
