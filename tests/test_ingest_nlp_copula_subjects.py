"""The parse-based extractor on the subject of a copula: a name opening a paragraph (the small
model hangs it on the paragraph break and makes the break the subject), a title without a
name that a relative clause goes on about, a dropped subject, the one who speaks.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def test_a_copula_whose_subject_opens_a_paragraph(read):
    found = facts(read("Vox celebró su congreso en Madrid.\n\nAbascal, nacido en Bilbao, es "
                       "presidente de Vox desde 2014."))
    assert ("Santiago Abascal", "leaderOf", "Vox") in found
    found = facts(read("Kast viajó a Madrid.\n\nKaiser, elegido en 2021, es líder del Partido "
                       "Nacional Libertario."))
    assert ("Johannes Kaiser", "leaderOf", "Partido Nacional Libertario") in found


def test_a_copula_on_a_title_without_a_name_goes_to_the_one_it_stands_for(read):
    found = facts(read("Kast llegó a Madrid. El líder republicano, que fue diputado entre 2002 "
                       "y 2018, habló ante sus seguidores."))
    assert ("José Antonio Kast", "holdsOffice", "Diputado") in found


def test_a_copula_with_a_dropped_subject_or_a_first_person(read):
    found = facts(read("Rafael López Aliaga viajó a Madrid. En 2007 fue regidor de Lima."))
    # "regidor" is a councillor's seat, as "concejal" is
    assert any(s == "Rafael López Aliaga" and r == "holdsOffice" and o.startswith("Regidor")
               for s, r, o in found)
    found = facts(read("«Soy militante de Vox desde 2019», dijo Javier Ortega Smith."))
    assert ("Javier Ortega Smith", "memberOf", "Vox") in found


def test_a_title_is_not_given_to_one_the_text_gave_another_office(read):
    # the minister just named is not "el diputado" the next sentence speaks of
    found = facts(read("El ministro del Interior, Claudio Ruiz, se reunió con Kaiser. El "
                       "diputado, que fue rival de Kast en las primarias, salió sin hablar."))
    assert ("Johannes Kaiser", "opponentOf", "José Antonio Kast") in found
    assert ("Claudio Ruiz", "opponentOf", "José Antonio Kast") not in found


def test_an_opponent_to_someone(read):
    # "opositor a X", as "rival de X", in a copula, a quoted first person or an apposition
    assert ("Axel Kicillof", "opponentOf", "Javier Milei") in facts(
        read("Kicillof es opositor a Milei."))
    assert ("Axel Kicillof", "opponentOf", "Javier Milei") in facts(
        read("«Soy opositor a Milei», dijo Kicillof."))
    assert ("Axel Kicillof", "opponentOf", "Javier Milei") in facts(
        read("Kicillof, opositor a Milei, habló."))
