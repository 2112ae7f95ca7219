"""A headline tells, in the present, the act its lead dates: "Kaiser se reúne con Karina Milei
en Buenos Aires" over "Johannes Kaiser se reunió ayer en la Casa Rosada con ..." is of
yesterday."""

from __future__ import annotations

from graph.ingest.nlp.event_days import told_day

_LEAD = 3  # sentences of the lead looked at


def headline_end(doc, default: int = 0) -> int:
    """The index of the line break that ends the text's first line, its headline (`default`
    when the text is one line)."""
    return next((t.i for t in doc if t.is_space and "\n" in t.text), default)


def lead_day(sentences, times_of, index: int, story, aside):
    """The latest story day (`story(time)`) of the first lead sentence that gives one, when
    sentence `index` is in the headline (the text's first paragraph, of one or two sentences,
    with more after it); None when the lead first gives a month or a year (not
    `aside(time)`)."""
    if sentences[index].paragraph != sentences[0].paragraph:
        return None
    body = [i for i, s in enumerate(sentences) if s.paragraph != sentences[0].paragraph]
    if not body or body[0] > 2:
        return None
    # a dateline the splitter left a sentence of its own ("SAN MIGUEL DE TUCUMÁN.") is no
    # sentence of the lead
    body = [i for i in body if not sentences[i].text.isupper()]
    for other in body[:_LEAD]:
        day = told_day(times_of(other), story, aside)
        if day is not None:
            return day or None
    return None
