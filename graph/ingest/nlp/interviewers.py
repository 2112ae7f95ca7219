"""Who a title without a name cannot stand for, and who it stands for when no one near fits.

A journalist the text names by trade ("la conversación con el periodista Renato Álvarez", "la
presentadora X le preguntó") asks and reports: a political title said later ("el exalcalde de
Tegucigalpa contó que...") is the interviewee's, never theirs. And such a title of a place's
office, when no one named in its sentence or the two before is of that country, names the one
person of that country the text named before (the interviewee of a television summary whose
sections open on headings: "Trump y Washington. El exalcalde de Tegucigalpa contó...")."""

from __future__ import annotations

from graph.ingest.nlp.ends import METONYM
from graph.ingest.nlp.triggers import SAYING
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# The press's trades: the persons they name ask, present and report
_PRESS = {"periodista", "presentador", "presentadora", "entrevistador", "entrevistadora",
          "conductor", "conductora", "locutor", "locutora", "reportero", "reportera",
          "moderador", "moderadora", "columnista", "corresponsal", "comentarista",
          "tertuliano", "tertuliana", "cronista", "redactor", "redactora"}


def journalists(parsed) -> set[str]:
    """The persons the text names by a trade of the press, right before the name ("el
    periodista X") or right after it ("X, periodista de Y")."""
    doc, found = parsed.doc, set()
    for mention in parsed.linked.mentions:
        if mention.kind == METONYM or not parsed.is_person(mention.key):
            continue
        before = doc[mention.start - 1] if mention.start else None
        after = doc[mention.end + 1] if mention.end + 1 < len(doc) and \
            doc[mention.end].text == "," else None
        if any(t is not None and fold(t.lower_) in _PRESS for t in (before, after)):
            found.add(mention.key)
    return found


def sole_compatriot(parsed, token, labels: set[str], gender: str | None,
                    excluded: set[str]) -> str | None:
    """The one person of the `labels` countries (and of the title's gender) named before
    `token` in the text, outside `excluded`, or None. With no country, a feminine title that
    says who said something ("«…», respondió la legisladora") and fits no one near is the one
    woman the text named before (the feminine is marked: the masculine also serves as the
    generic); not a predicate's ("presentó a X como la candidata"), nor one who acts ("la
    dirigente catalana se reunió con X" may be someone the text has not named)."""
    from graph.ingest.nlp.person_countries import person_country  # it reads a Parsed

    fitting = set()
    for _, key in parsed.persons_before(token.i, back=parsed.sentence_of(token.idx)):
        if key in excluded or gender and not parsed.gender_fits(key, gender):
            continue
        if labels and person_country(parsed, key, labels) in labels or not labels and \
                gender == "Fem" and token.dep_.startswith("nsubj") and \
                verb_lemma(token.head) in SAYING and \
                "Fem" in (parsed.gender.get(key), parsed.named_gender.get(key)):
            fitting.add(key)
    return fitting.pop() if len(fitting) == 1 else None
