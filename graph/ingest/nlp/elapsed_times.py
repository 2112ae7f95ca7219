"""A stretch of time counted from an earlier moment, opening a sentence whose subject is dropped:
"Dos años más tarde fue alcaldesa de Lorca", "Una década después regresó a la política",
"Meses antes se había afiliado a Vox". The small model may take the counted time ("años",
"década") for the subject, and then the sentence seems to speak of a year, not of the person
the text is about. A time noun counted "más tarde", "después", "antes", "luego" or "atrás" is
an adverbial of time, never a subject."""

from __future__ import annotations

from graph.ingest.reading import fold

_UNITS = {"ano", "mes", "semana", "dia", "decada", "hora", "minuto", "siglo", "lustro",
          "tiempo", "temporada", "legislatura", "trimestre", "semestre", "jornada"}
# What counts the time from another moment ("más tarde" ends on "tarde").
_COUNTED = {"despues", "antes", "luego", "tarde", "atras"}
_SUBJECTS = ("nsubj", "nsubj:pass")


def _unit(token) -> bool:
    lemma = fold(token.lemma_.lower())
    word = fold(token.lower_)
    return token.pos_ == "NOUN" and (lemma in _UNITS or word.rstrip("s") in _UNITS or
                                     word.endswith("es") and word[:-2] in _UNITS)


def _counted(token) -> bool:
    """The words right after the noun (or its modifier) count it from another moment."""
    doc = token.doc
    i = token.i + 1
    if i < len(doc) and fold(doc[i].lower_) == "mas":  # "dos años más tarde"
        i += 1
    return i < len(doc) and fold(doc[i].lower_) in _COUNTED


def elapsed_times(doc):
    for token in doc:
        if token.dep_ in _SUBJECTS and _unit(token) and _counted(token):
            token.dep_ = "obl"
    return doc


_MONTHS_IN = {"ano": 12, "lustro": 60, "decada": 120, "siglo": 1200, "mes": 1,
              "trimestre": 3, "semestre": 6}
_COUNTS = {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
           "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
           "quince": 15, "veinte": 20}


def elapsed_months(sentence) -> tuple[bool, int | None]:
    """Whether a sentence counts its time from the moment told last in months or longer, and
    by how many: "Dos años más tarde" +24, "Tres meses antes" -3, "Años después" a count
    unknown. A count of days or hours ("horas más tarde") is not one: the month stays."""
    for token in sentence:
        if token.dep_ != "obl" or not _unit(token) or not _counted(token):
            continue
        unit = fold(token.lemma_.lower())
        unit = unit if unit in _MONTHS_IN else fold(token.lower_).rstrip("s")
        unit = unit if unit in _MONTHS_IN else unit[:-1] if unit[:-1] in _MONTHS_IN else unit
        if unit not in _MONTHS_IN:
            return False, None
        counts = [c for c in token.children if c.dep_ in ("nummod", "det") and c.i < token.i]
        count = None
        for c in counts:
            word = fold(c.lower_)
            count = int(word) if word.isdigit() else _COUNTS.get(word, count)
        if count is None:
            return True, None
        after = token.doc[token.i + 1]
        after = token.doc[token.i + 2] if fold(after.lower_) == "mas" else after
        sign = -1 if fold(after.lower_) in ("antes", "atras") else 1
        return True, sign * count * _MONTHS_IN[unit]
    return False, None


def shifted(date: str, precision: str | None, months: int) -> tuple[str, str] | None:
    """`date` (ISO, of `precision`) moved by `months`: a year stays a year, a month or a day
    becomes the month reached (the day is not known)."""
    year = int(date[:4])
    if precision == "year":
        if months % 12:
            return None
        return str(year + months // 12), "year"
    if precision in ("month", "day") and len(date) >= 7:
        total = year * 12 + int(date[5:7]) - 1 + months
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    return None
