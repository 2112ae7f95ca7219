"""The day of an event the text names with no time of its own, right after the sentence that
told the day of the act it belongs to: "Abascal volvió ayer a Sevilla para arropar a Gavira.
... En el mitin, organizado por Vox, intervinieron ...", "Abascal recibió el lunes a De la
Espriella. La cena, organizada por ..., reunió a ...": the rally and the dinner are of that day."""

from __future__ import annotations

from graph.ingest.nlp.narrative import habitual

_REACH = 3  # sentences looked back from the one that names the event


def day_before_naming(sentences, times_of, index: int, story, aside):
    """The story's day (`story(time)`) of the sentences just before sentence `index`, which
    names an event and gives no time: the latest day of the nearest sentence that gives one.
    None when the naming sentence tells of what recurs, or when a month or a year (not
    `aside(time)`, another's time) comes between, or when a paragraph break and more lie
    between: the event is then not the act the day was told of."""
    if any(t.date for t in times_of(index)) or habitual(sentences[index].text):
        return None
    paragraph = sentences[index].paragraph
    for back in range(1, min(_REACH, index) + 1):
        other = index - back
        if sentences[other].paragraph < paragraph - 1:
            return None
        day = told_day(times_of(other), story, aside)
        if day is not None:
            return day or None
    return None


def told_day(times, story, aside):
    """The latest story day among a sentence's `times`; False when it tells a month or a
    year instead (not `aside(time)`, another's time), which ends the search for a day; None
    when it tells no time."""
    times = [t for t in times if t.date]
    days = [t for t in times if t.date.precision == "day" and story(t)]
    if days:
        return max(days, key=lambda t: t.date.start)
    if any(t.date.precision != "day" and not aside(t) for t in times):
        return False
    return None


_SPAN = 3  # days an event of several ("durante dos días", "del viernes al domingo") may last


def later_day(sentences, times_of, index: int, story, first):
    """A later day of an event of several days that the sentences just before sentence
    `index`, in its paragraph, have reached ("El plato fuerte llegó el domingo. Abascal subió
    al escenario ..."): what one did there is of that day, not of the event's first (`first`,
    a date). None when they give no day, or one outside the days the event may last."""
    paragraph = sentences[index].paragraph
    for back in range(1, min(_REACH, index) + 1):
        other = index - back
        if sentences[other].paragraph != paragraph:
            return None
        times = [t for t in times_of(other) if t.date]
        if not times:
            continue
        days = [t for t in times if t.date.precision == "day" and story(t)]
        if len(days) != 1 or len(times) != 1:
            return None
        shift = (days[0].date.start - first).days
        return days[0] if 0 < shift <= _SPAN else None
    return None
