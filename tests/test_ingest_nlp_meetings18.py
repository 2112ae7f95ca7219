"""The parse-based extractor on who met or called whom when the parties are read from around
the meeting: a meeting or a call "entre A y B" has those two for all its parties, whoever
the clause around it has for subject; a subject inside a bracketed aside ("(«Ana será
alcaldesa»)") does not become the one the sentence goes on about; a pair named by an office
("los dos nuevos concejales") is not two persons the text gave other offices; and getting to
see someone ("no llegó a ver a X", "consiguió ver a X") is meeting them, or, negated, not.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def _between(found, a: str, relation: str, b: str) -> bool:
    """Whether the symmetric relation holds between a and b, in either order."""
    return (a, relation, b) in found or (b, relation, a) in found


def _partners(found, person: str, relation: str) -> set[str]:
    return {b for a, r, b in found if r == relation and a == person} | {
        a for a, r, b in found if r == relation and b == person}


# ---------------------------------------------------------------- "entre A y B"


def test_a_meeting_between_two_named_has_no_third_party(read):
    found = facts(read("OPINIÓN | Lucía Herrera Campos, politóloga\n\nEl año empezó con "
                       "tensiones. En marzo llegó la reunión entre Javier Milei y José Antonio "
                       "Kast en Santiago, de la que el argentino volvió satisfecho."))
    assert _between(found, "Javier Milei", "met", "José Antonio Kast")
    assert not _partners(found, "Lucía Herrera Campos", "met")
    found = facts(read("Marta Ruiz Peña habló en el pleno. Luego vino la llamada entre Pedro "
                       "Gil Soto y Ana Sanz Mora, que duró una hora."))
    assert _between(found, "Pedro Gil Soto", "contactWith", "Ana Sanz Mora")
    assert not _partners(found, "Marta Ruiz Peña", "contactWith")
    found = facts(read("Pedro Gil Soto criticó el acuerdo. La conversación telefónica entre "
                       "Ana Sanz Mora y Luis Cano Ruiz se prolongó media hora."))
    assert _between(found, "Ana Sanz Mora", "contactWith", "Luis Cano Ruiz")
    assert not _partners(found, "Pedro Gil Soto", "contactWith")


def test_a_meeting_held_by_its_subject_keeps_the_subject(read):
    # the subject who holds the meeting is a party to it; "con", not "entre"
    found = facts(read("Marta Ruiz Peña mantuvo una reunión con Pedro Gil Soto en Madrid."))
    assert _between(found, "Marta Ruiz Peña", "met", "Pedro Gil Soto")
    found = facts(read("Marta Ruiz Peña y Pedro Gil Soto celebraron una reunión con Ana Sanz "
                       "Mora."))
    assert _between(found, "Marta Ruiz Peña", "met", "Ana Sanz Mora")
    assert _between(found, "Pedro Gil Soto", "met", "Ana Sanz Mora")


# ---------------------------------------------------------------- bracketed asides


def test_a_subject_inside_brackets_does_not_take_over(read):
    found = facts(read("Santiago Abascal cerró el mitin. Presentó a Ana Sanz Mora como su "
                       "candidata (\"Ana será la próxima alcaldesa\"), contó que había hablado "
                       "con Giorgia Meloni y negó haberse reunido con Pedro Gil Soto."))
    assert ("Santiago Abascal", "contactWith", "Giorgia Meloni") in found
    assert ("Santiago Abascal", "not met", "Pedro Gil Soto") in found
    assert not _partners(found, "Ana Sanz Mora", "contactWith")
    found = facts(read("Luis Cano Ruiz clausuró el congreso con Pedro Gil Soto. Felicitó a Ana "
                       "Sanz Mora (Ana ganó la primaria en mayo), anunció que el lunes había "
                       "cenado con Marta Ruiz Peña y pidió unidad."))
    assert _between(found, "Luis Cano Ruiz", "met", "Marta Ruiz Peña")
    assert not _between(found, "Ana Sanz Mora", "met", "Marta Ruiz Peña")


def test_a_subject_of_the_sentence_itself_inside_brackets_still_acts(read):
    # the aside's own verb keeps its subject; the main verb keeps its own
    found = facts(read("Ana Sanz Mora (Luis Cano Ruiz la eligió en 2020) se reunió con Pedro "
                       "Gil Soto."))
    assert _between(found, "Ana Sanz Mora", "met", "Pedro Gil Soto")
    assert not _between(found, "Luis Cano Ruiz", "met", "Pedro Gil Soto")


# ---------------------------------------------------------------- pairs named by an office


def test_a_pair_of_an_office_is_not_two_holders_of_others(read):
    found = facts(read("El alcalde, el popular Manuel Orta Vela, y el presidente de la "
                       "Diputación, Luis Cano Ruiz, firmaron el pacto. Por la tarde, Pedro Gil "
                       "Soto se reunió con los dos nuevos concejales en la sede."))
    assert not _partners(found, "Pedro Gil Soto", "met")
    found = facts(read("El alcalde Manuel Orta Vela y la ministra Ana Sanz Mora inauguraron la "
                       "feria. Después, Pedro Gil Soto se reunió con ambos diputados."))
    assert not _partners(found, "Pedro Gil Soto", "met")


def test_a_pair_of_an_office_its_holders_hold(read):
    found = facts(read("Los concejales Ana Sanz Mora y Luis Cano Ruiz firmaron el pacto. Por la "
                       "tarde, Pedro Gil Soto se reunió con los dos concejales en la sede."))
    assert _between(found, "Pedro Gil Soto", "met", "Ana Sanz Mora")
    assert _between(found, "Pedro Gil Soto", "met", "Luis Cano Ruiz")
    # a pair named by no office at all is the two just named
    found = facts(read("Ana Sanz Mora y Luis Cano Ruiz hablaron en el mitin. Después, Pedro "
                       "Gil Soto se reunió con los dos dirigentes."))
    assert _between(found, "Pedro Gil Soto", "met", "Ana Sanz Mora")


# ---------------------------------------------------------------- getting to see someone


def test_getting_to_see_someone_is_meeting_them(read):
    found = facts(read("Marta Ruiz Peña viajó a Lisboa, aunque no llegó a ver a André "
                       "Ventura."))
    assert ("Marta Ruiz Peña", "not met", "André Ventura") in found
    found = facts(read("Pedro Gil Soto estuvo en Roma, pero no pudo ver a Giorgia Meloni."))
    assert ("Pedro Gil Soto", "not met", "Giorgia Meloni") in found
    found = facts(read("En Budapest, Ana Sanz Mora consiguió ver a Viktor Orbán antes de "
                       "volver."))
    assert _between(found, "Ana Sanz Mora", "met", "Viktor Orbán")
    found = facts(read("Luis Cano Ruiz llegó a ver a Javier Milei en Buenos Aires."))
    assert _between(found, "Luis Cano Ruiz", "met", "Javier Milei")


def test_seeing_someone_that_is_no_meeting(read):
    # on a screen, as something, a fact seen, or only able to see them from the audience
    for text in ("Luis Cano Ruiz pudo ver a Javier Milei en la televisión.",
                 "Luis Cano Ruiz llegó a ver a Javier Milei como un rival.",
                 "Luis Cano Ruiz no pudo ver que Javier Milei ganaba.",
                 "Luis Cano Ruiz pudo ver a Javier Milei en el escenario."):
        found = facts(read(text))
        assert not [f for f in found if f[1] in ("met", "not met")], text
