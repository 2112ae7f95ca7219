"""Who a third person stands for in an interview's answer: the interviewee speaks of herself in
the first person, so "—¿Y Evelyn Matthei? —La respeto. Fue candidata presidencial y perdió"
tells of the one the question asked about, not of the interviewee the answer's "respeto" made
the last to act."""

from __future__ import annotations

from graph.ingest.nlp.doc_texts import doc_text
from graph.ingest.nlp.interviews import interviewee


def asked_about(parsed, verb, focus: str) -> str | None:
    """The one person the question right before the answer holding `verb` names, when
    `focus` (whom a dropped third person would stand for) is the interviewee."""
    # (no interviewee outside an answer)
    if focus not in {e.key for e in interviewee(parsed, verb)}:
        return None
    text = doc_text(parsed.doc)
    start = text.rfind("\n", 0, verb.idx) + 1  # the answer's paragraph
    question_end = text[:start].rstrip()
    question_start = question_end.rfind("\n") + 1
    if not question_end.endswith("?"):
        return None
    named = {m.key for m in parsed.linked.mentions if parsed.is_person(m.key) and
             question_start <= parsed.doc[m.start].idx < len(question_end)}
    named.discard(focus)
    return named.pop() if len(named) == 1 else None
