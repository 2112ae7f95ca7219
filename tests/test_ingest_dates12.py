"""The day a story has reached, carried to what it tells with no date of its own: within the
day ("a mediodía", "a primera hora", "horas antes", "antes de la sesión"), the day before ("la
víspera"), and a live blog's entries, told as they happen on the blog's day.

The tests of the extractor are skipped when the Spanish model is not installed; under CI=true
a missing model fails them."""

from __future__ import annotations

import pytest
import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read

# 22 January 2026 was a Thursday.
LEAD = "MADRID, 23 ene.- Los líderes de la red celebraron el jueves una cumbre en Madrid.\n\n"


@pytest.mark.parametrize("sentence", [
    "A mediodía, Milei se reunió con Abascal en un hotel del centro.",
    "Milei se reunió con Abascal al mediodía en un hotel del centro.",
    "A primera hora, Milei se reunió con Abascal.",
    "Horas antes, Milei se había reunido con Abascal.",
    "Milei y Abascal mantuvieron antes de la sesión un encuentro a solas.",
    "Poco antes del inicio, Milei se reunió con Abascal.",
    "Antes del debate, Milei conversó con Abascal por teléfono.",
    "Durante la tarde, Milei se reunió con Abascal.",
    "De madrugada, Milei habló por teléfono con Abascal.",
])
def test_what_happened_within_the_day_is_of_the_story_day(read, sentence):
    found = read(LEAD + sentence, "2026-01-23")
    candidate = next(c for c in found.candidates if c.relation in ("met", "contactWith"))
    assert candidate.date == "2026-01-22"


@pytest.mark.parametrize("sentence", [
    "La víspera, Milei se había reunido con Abascal.",
    "Milei habló por teléfono con Abascal la víspera.",
    "La víspera del encuentro, Milei se reunió a solas con Abascal.",
])
def test_the_eve_is_the_day_before_the_story_day(read, sentence):
    found = read(LEAD + sentence, "2026-01-23")
    candidate = next(c for c in found.candidates if c.relation in ("met", "contactWith"))
    assert candidate.date == "2026-01-21"


def test_a_sentence_that_says_nothing_of_the_day_is_not_dated_by_it(read):
    found = read(LEAD + "Milei se ha reunido muchas veces con Abascal.", "2026-01-23")
    assert find(found, "Javier Milei", "met", "Santiago Abascal").date is None


BLOG = ("EN DIRECTO | Noche electoral en Chile\n\n"
        "21:10 — Los colegios cierran y empieza el recuento.\n\n")


@pytest.mark.parametrize("entry, subject, relation, obj", [
    ("22:40 — Milei llama a Kast para felicitarlo.", "Javier Milei", "contactWith",
     "José Antonio Kast"),
    ("22.55 | Meloni felicita a Kast en sus redes sociales y le expresa su apoyo.",
     "Giorgia Meloni", "endorsed", "José Antonio Kast"),
    ("23:05 h - Bukele telefoneó a Kast desde San Salvador.", "Nayib Bukele", "contactWith",
     "José Antonio Kast"),
    ("23:20 — Tras el discurso, Kast recibe a Abascal en su comando.", "José Antonio Kast",
     "met", "Santiago Abascal"),
])
def test_a_live_entry_happens_on_the_blogs_day(read, entry, subject, relation, obj):
    found = read(BLOG + entry, "2025-12-14")
    assert find(found, subject, relation, obj).date == "2025-12-14"


@pytest.mark.parametrize("entry, subject, relation, obj", [
    # what had happened before, what has been going on, what will
    ("22:40 — Milei ya había llamado a Kast antes del cierre.", "Javier Milei", "contactWith",
     "José Antonio Kast"),
    ("22:50 — Milei ha hecho campaña por Kast durante meses.", "Javier Milei", "endorsed",
     "José Antonio Kast"),
])
def test_a_live_entry_does_not_date_what_it_recalls(read, entry, subject, relation, obj):
    found = read(BLOG + entry, "2025-12-14")
    matches = [c for c in found.candidates
               if (c.subject, c.relation, c.object) == (subject, relation, obj)]
    assert all(c.date != "2025-12-14" for c in matches)


def test_a_paragraph_without_a_stamp_is_no_live_entry(read):
    found = read("Crónica de la noche electoral\n\nMilei llama a Kast para felicitarlo.",
                 "2025-12-14")
    assert find(found, "Javier Milei", "contactWith", "José Antonio Kast").date is None


@pytest.mark.parametrize("sentence", [
    "Milei se ha reunido muchas veces con Abascal.",
    "Milei habla a menudo por teléfono con Abascal.",
    "Milei se reunió en varias ocasiones con Abascal.",
    "Milei conversa con frecuencia con Abascal.",
    "Por la tarde, Milei habla siempre con Abascal.",
])
def test_what_happens_again_and_again_has_no_one_day(read, sentence):
    found = read(LEAD + sentence, "2026-01-23")
    candidate = next(c for c in found.candidates if c.relation in ("met", "contactWith"))
    assert candidate.date is None


@pytest.mark.parametrize("text, sentences", [
    ("El acto reunió a unas 4.000 personas. Luego habló Abascal.", 2),
    ("22.55 | Meloni felicita a Kast.", 1),
    ("Votaron 1.250.000 personas. 3 de ellas no.", 2),
    ("Ganó con el 40.5 % de los votos. Después habló.", 2),
])
def test_a_point_within_a_number_ends_no_sentence(text, sentences):
    from graph.ingest.reading import split_sentences

    assert len(split_sentences(text)) == sentences
