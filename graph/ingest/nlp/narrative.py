"""The day a story has reached: "Horas más tarde, Matthei se reunió con Kast", "Por la tarde,
Milei se reunió con ...", "Tras el acto, se reunió con ...", "Al día siguiente, viajó a Viena"
carry on from the last day the text gave, sentences or paragraphs before."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from graph.ingest.reading import fold
from graph.ingest.temporal import TimeExpression
from graph.model.dates import FuzzyDate

# what moves on within the same day, or says "then"
_SAME_DAY = re.compile(r"\b(despues|luego|mas tarde|horas (?:mas )?tarde|poco despues|"
                       r"por la (?:manana|tarde|noche)|a continuacion|acto seguido|"
                       r"ese mismo dia|esa misma (?:manana|tarde|noche)|en la misma jornada)\b")
# an occasion the story just told of: "tras el acto", "al margen de la cumbre"
_OCCASIONS = ("acto|cita|reunion|firma|encuentro|cumbre|mitin|evento|almuerzo|cena|desayuno|"
              "discurso|intervencion|rueda de prensa|conferencia|foro|visita|ceremonia|gala|"
              "sesion|congreso|convencion|jornada|audiencia|entrevista")
_AT_OCCASION = re.compile(rf"\b(?:tras|despues de|al termino de|al final de|al cierre de|"
                          rf"al margen de|durante|en el marco de)\s+(?:el|la|los|las|esa|ese)\s+"
                          rf"(?:{_OCCASIONS})\b")
_NEXT_DAY = re.compile(r"\bal dia siguiente\b")
_REACH = 8  # sentences looked back


def narrative_time(times_of, sentence_text: str, index: int, story,
                   aside) -> TimeExpression | None:
    """The time a sentence with no time of its own carries on from: the last day of the story
    (`story(time)`: not a flashback, not a day still to come) named in the sentences before
    it, moved one day on by "al día siguiente"; None when the sentence says nothing of coming
    after. A month or a year before the last day stops the search (the day is not known),
    unless it is `aside(time)`, another's time (an election's, a speaker's)."""
    folded = fold(sentence_text)
    following = _NEXT_DAY.search(folded)
    if not following and not _SAME_DAY.search(folded) and not _AT_OCCASION.search(folded):
        return None
    for back in range(1, min(_REACH, index) + 1):
        days = [t for t in times_of(index - back)
                if t.date and t.date.precision == "day" and story(t)]
        if days:
            time = days[-1]
            if following:
                day = time.date.start + timedelta(days=1)
                time = replace(time, date=FuzzyDate(day, day, "day"))
            return time
        if any(t.date and t.date.precision != "day" and not aside(t)
               for t in times_of(index - back)):
            return None  # a month or a year: the story's day is not known
    return None
