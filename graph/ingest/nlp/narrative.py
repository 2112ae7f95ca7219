"""The day a story has reached: "Horas más tarde, Matthei se reunió con Kast", "Por la tarde,
Milei se reunió con ...", "Tras el acto, se reunió con ...", "Al día siguiente, viajó a
Viena", "La víspera, había cenado con ..." carry on from the last day the text gave, sentences
or paragraphs before; a live blog's entry ("22:40 — Boric llama a Kast") is of the blog's
day; what happens again and again ("a menudo", "muchas veces") has no one day."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from graph.ingest.nlp.turns import STAMP
from graph.ingest.reading import fold
from graph.ingest.temporal import TimeExpression
from graph.model.dates import FuzzyDate

# what moves on within the same day, or says "then"
_SAME_DAY = re.compile(r"\b(despues|luego|mas tarde|horas (?:mas )?tarde|poco despues|"
                       r"(?:horas|minutos|momentos|poco) antes|"
                       r"(?:por|durante|a lo largo de) la (?:manana|tarde|noche|madrugada)|"
                       r"(?:a|al|hacia el|pasado el) mediodia|a (?:primera|ultima) hora|"
                       r"a media (?:manana|tarde)|de madrugada|a continuacion|acto seguido|"
                       r"ese mismo dia|esa misma (?:manana|tarde|noche)|en la misma jornada|"
                       # the day just told, pointed back to: "la cena de gala de esa noche"
                       r"(?:ese|aquel) dia|(?:esa|aquella) (?:manana|tarde|noche|jornada)|"
                       # the end of the occasion just told: "Al cierre, compartieron un ..."
                       r"al (?:cierre|termino|final|concluir|terminar|acabar)(?= *,)|"
                       # leaving or reaching the occasion just told: "a la salida, se reunió"
                       r"a (?:la|su) (?:salida|llegada)(?= *,))\b")
# an occasion the story just told of: "tras el acto", "al margen de la cumbre"
_OCCASIONS = ("acto|cita|reunion|firma|encuentro|cumbre|mitin|evento|almuerzo|cena|desayuno|"
              "discurso|intervencion|rueda de prensa|conferencia|foro|visita|ceremonia|gala|"
              "sesion|congreso|convencion|jornada|audiencia|entrevista|inicio|comienzo|"
              "apertura|clausura|debate|votacion|pleno|homenaje|concentracion|manifestacion")
_AT_OCCASION = re.compile(rf"\b(?:tras|despues de|al termino de|al final de|al cierre de|"
                          rf"al margen de|durante|en el marco de|antes de|a la salida de|"
                          rf"a su llegada a)\s+(?:el|la|los|las|esa|ese|su)\s+"
                          rf"(?:{_OCCASIONS})\b|"
                          # on the stage of the occasion told: "Sobre el escenario, X presentó
                          # a ..." (not "En su intervención", which may be from afar, by video)
                          rf"^\W*(?:sobre|en|desde) el escenario\b")
_NEXT_DAY = re.compile(r"\bal dia siguiente\b")
# the day before the one the story has reached ("la víspera", "la víspera del encuentro")
_EVE = re.compile(r"\bla vispera\b")
_REACH = 15  # sentences looked back: a chronicle may tell ten of a rally before its lunch
# what happens again and again has no one day ("se han reunido muchas veces", "habla a menudo")
_HABITUAL = re.compile(r"\b(muchas|varias|numerosas|repetidas|tantas|pocas) (veces|ocasiones)|"
                       r"\ben (varias|numerosas|repetidas|muchas) ocasiones|a menudo|"
                       r"con frecuencia|frecuentemente|habitualmente|a diario|cada (semana|mes|"
                       r"ano|dia|vez que)|todas las semanas|casi siempre|\bsiempre\b|"
                       r"\bnunca\b|\bjamas\b|desde hace (anos|meses|tiempo)")


def narrative_time(times_of, sentence_text: str, index: int, story,
                   aside, sentences=None, today=None) -> TimeExpression | None:
    """The time a sentence with no time of its own carries on from: the last day of the story
    (`story(time)`: not a flashback, not a day still to come) named in the sentences before
    it, moved one day on by "al día siguiente" and back by "la víspera"; None when the
    sentence says nothing of coming after, or tells of what happens again and again. A month
    or a year before the last day stops the search (the day is not known), unless it is
    `aside(time)`, another's time (an election's, a speaker's)."""
    folded = fold(sentence_text)
    if _HABITUAL.search(folded):
        return None
    following = 1 if _NEXT_DAY.search(folded) else -1 if _EVE.search(folded) else 0
    # "al término del acto": the contraction read as its article
    spelled = re.sub(r"\bdel\b", "de el", folded)
    if not following and not _SAME_DAY.search(folded) and not _AT_OCCASION.search(spelled):
        return None
    for back in range(1, min(_REACH, index) + 1):
        days = [t for t in times_of(index - back)
                if t.date and t.date.precision == "day" and story(t)]
        if days:
            # the latest day a sentence gives is where the story got to ("celebró ayer la
            # sesión en la que juraron los electos el 7 de septiembre": yesterday)
            time = max(days, key=lambda t: t.date.start)
            if sentences is not None and \
                    sentences[index - back].paragraph != sentences[index].paragraph:
                later = _reached_before(times_of, index - back, story, time, today)
                time = later or time
            if following:
                day = time.date.start + timedelta(days=following)
                time = replace(time, date=FuzzyDate(day, day, "day"))
            return time
        if any(t.date and t.date.precision != "day" and not aside(t)
               for t in times_of(index - back)):
            return None  # a month or a year: the story's day is not known
    return None


def _reached_before(times_of, index: int, story, time, today) -> TimeExpression | None:
    """A later day the story reached before sentence `index`, of another paragraph, told
    `time`: that paragraph looked back ("Nawrocki habló el martes con Mentzen" in a story of
    Wednesday's congress), and the next one carries on from where the story had got to. (The
    day the article is dated, in its byline, is no step of the story.)"""
    later = [t for back in range(1, min(_REACH, index) + 1) for t in times_of(index - back)
             if t.date and t.date.precision == "day" and story(t) and
             t.date.start > time.date.start and t.date.start != today]
    return max(later, key=lambda t: t.date.start) if later else None


# a stamp with no dash after it ("10.40 Según fuentes del grupo, ..."): a live blog's only
# when several paragraphs open so
_BARE_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?h\.?)?\s+(?=[^\W\d_])")
_BARE_ENTRIES = 3


def blog_entry(sentences, index: int) -> bool:
    """Whether a sentence belongs to a live blog's entry, a paragraph opened by a time stamp."""
    paragraph = sentences[index].paragraph
    first = index
    while first > 0 and sentences[first - 1].paragraph == paragraph:
        first -= 1
    if STAMP.match(sentences[first].text) is not None:
        return True
    return _BARE_STAMP.match(sentences[first].text) is not None and sum(
        1 for i, s in enumerate(sentences) if (i == 0 or sentences[i - 1].paragraph !=
                                               s.paragraph) and _BARE_STAMP.match(s.text)
    ) >= _BARE_ENTRIES


def habitual(sentence_text: str) -> bool:
    return _HABITUAL.search(fold(sentence_text)) is not None


def at_occasion(sentence_text: str) -> bool:
    """Whether a sentence sets what it tells at an occasion ("al término del acto", "durante
    la cumbre", "tras la cena")."""
    return _AT_OCCASION.search(re.sub(r"\bdel\b", "de el", fold(sentence_text))) is not None
