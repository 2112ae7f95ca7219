"""Who says "I" in an interview: the answers of a question-and-answer piece ("-¿Por qué dejó
la UDI?\n\n-Porque... Yo milité ahí") are the interviewee's, the first person the piece names
(in its headline, "Catalina Soto: «...»", or its introduction)."""

from __future__ import annotations

from graph.ingest.nlp.parsed import End, Parsed

_DASHES = "-—–―"


def _paragraphs_up_to(text: str, at: int) -> list[str]:
    """The non-empty paragraphs of `text` up to the one holding character `at`, last first."""
    end = text.find("\n", at)
    return [p.strip() for p in reversed(text[:end if end >= 0 else len(text)].split("\n"))
            if p.strip()]


def interviewee(parsed: Parsed, verb) -> list[End]:
    """The interviewee when `verb` is in an answer of an interview, else nothing."""
    paragraphs = _paragraphs_up_to(parsed.doc.text, verb.idx)
    answer = paragraphs[0]
    if not answer.startswith(tuple(_DASHES)) or answer.endswith("?"):
        return []
    turns = [p for p in reversed(paragraphs) if p.startswith(tuple(_DASHES))]
    first = next((i for i, p in enumerate(turns) if p.endswith("?")), None)
    # the interviewer opens and the turns alternate: a remark ("-Falta X.") also asks
    if first is None or (len(turns) - 1 - first) % 2 != 1:
        return []
    first = next((m for m in parsed.linked.mentions if parsed.is_person(m.key)), None)
    return [End(first.key, verb.i, verb.i, reference=True, distance=1)] if first else []
