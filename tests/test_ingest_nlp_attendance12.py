"""The parse-based extractor on a part at a gathering said with a copula ("fue uno de los
ponentes de la CPAC", "fue el orador más aplaudido de X", "fue una de las organizadoras de X")
and on being at a named gathering ("estuvo en la CPAC", "Usted estuvo en X" in an interview).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def test_one_of_the_speakers_with_the_subject_dropped(read):
    assert ("José Antonio Kast", "participatedIn", "CPAC") in facts(
        read("Kast es abogado. En 2024 fue uno de los ponentes de la CPAC."))
    assert ("José Antonio Kast", "participatedIn", "Carta de Madrid") in facts(
        read("Kast es abogado. Fue también uno de los firmantes de la Carta de Madrid."))


def test_the_leading_part_at_a_named_gathering(read):
    assert ("José Antonio Kast", "participatedIn", "CPAC") in facts(
        read("Kast es abogado. El año pasado fue el orador más aplaudido de la CPAC."))
    assert ("Javier Milei", "participatedIn", "CPAC") in facts(
        read("Milei fue el orador más aplaudido de la segunda edición de la CPAC."))
    assert ("Javier Milei", "participatedIn", "CPAC") in facts(
        read("Milei fue una de las estrellas de la CPAC."))


def test_one_of_the_guests_in_a_relative_clause(read):
    assert ("Javier Milei", "invitedTo", "CPAC") in facts(
        read("Milei, que fue uno de los invitados de la CPAC, habló de economía."))
    assert ("Javier Milei", "invitedTo", "CPAC") in facts(
        read("Milei fue uno de los invitados más esperados de la CPAC."))


def test_one_of_the_organizers(read):
    assert ("CPAC", "organizedBy", "Fundación Disenso") in facts(
        read("La Fundación Disenso fue uno de los organizadores de la CPAC."))
    assert ("CPAC", "organizedBy", "Isabel Díaz Ayuso") in facts(
        read("Isabel Díaz Ayuso fue una de las organizadoras de la CPAC."))


def test_a_part_of_no_gathering_or_denied_is_not_read(read):
    # the "de" phrase names a person, not a gathering
    assert not any(r.endswith("participatedIn") for _, r, _ in facts(
        read("Kast fue uno de los oradores más aplaudidos de Milei.")))
    assert ("José Antonio Kast", "participatedIn", "CPAC") not in facts(
        read("Kast no fue uno de los oradores de la CPAC."))


def test_a_description_for_subject_is_not_guessed(read):
    # "el chileno" may stand for another than the one named last: not read
    assert ("José Antonio Kast", "participatedIn", "CPAC") not in facts(
        read("Kast es abogado. El chileno fue el orador más aplaudido de la CPAC."))


def test_being_at_a_named_gathering(read):
    assert ("José Antonio Kast", "participatedIn", "CPAC") in facts(
        read("Kast estuvo en la CPAC."))
    assert ("Nayib Bukele", "participatedIn", "CPAC") in facts(
        read("Bukele, que estuvo en la CPAC de Budapest, elogió a Orbán."))
    found = facts(read("Kast no estuvo en la CPAC."))
    assert ("José Antonio Kast", "not participatedIn", "CPAC") in found
    assert ("José Antonio Kast", "participatedIn", "CPAC") not in found


def test_being_somewhere_else_or_wanting_to_is_no_attendance(read):
    assert not any(r.endswith("participatedIn") for _, r, _ in facts(
        read("Kast estuvo en Madrid y en el Gobierno.")))
    assert ("José Antonio Kast", "participatedIn", "CPAC") not in facts(
        read("Kast quiere estar en la CPAC."))


INTERVIEW = ("Catalina Soto: «La derecha debe unirse»\n\n"
             "La diputada habló con este diario en Santiago.\n\n"
             "—¿Qué hizo en México?\n\n")


def test_usted_in_a_question_is_the_interviewee(read):
    found = facts(read(INTERVIEW + "—Me reuní con Milei.\n\n"
                            "—Usted estuvo el año pasado en la CPAC.\n\n—Sí."))
    assert ("Catalina Soto", "participatedIn", "CPAC") in found
    # not the person named last
    assert ("Javier Milei", "participatedIn", "CPAC") not in found


def test_the_first_person_of_an_answer_is_the_interviewee(read):
    assert ("Catalina Soto", "participatedIn", "CPAC") in facts(
        read(INTERVIEW + "—Estuve en la CPAC.\n\n—¿Y después?"))
    found = facts(read(INTERVIEW + "—He participado en la CPAC y en el Foro de Madrid."))
    assert ("Catalina Soto", "participatedIn", "CPAC") in found
    assert ("Catalina Soto", "participatedIn", "Foro de Madrid") in found


def test_a_first_person_denied_or_in_a_question_is_not_read(read):
    assert ("Catalina Soto", "participatedIn", "CPAC") not in facts(
        read(INTERVIEW + "—No estuve en la CPAC."))
    # the interviewer's own first person is not the interviewee's
    assert ("Catalina Soto", "participatedIn", "CPAC") not in facts(
        read(INTERVIEW + "—Sí.\n\n—Yo estuve en la CPAC, ¿y usted?"))


def test_other_ways_of_being_there(read):
    assert ("José Antonio Kast", "participatedIn", "CPAC") in facts(
        read("Kast se dejó ver en la CPAC."))
    assert ("Isabel Díaz Ayuso", "participatedIn", "CPAC") in facts(
        read("Isabel Díaz Ayuso hizo acto de presencia en la CPAC."))
    assert ("Javier Milei", "participatedIn", "CPAC") in facts(
        read("Milei pasó por la CPAC antes de volar a Roma."))
    found = facts(read("Kast no se dejó ver en la CPAC."))
    assert ("José Antonio Kast", "participatedIn", "CPAC") not in found


def test_passing_through_a_place_is_no_attendance(read):
    assert not any(r.endswith("participatedIn") for _, r, _ in facts(
        read("Milei pasó por Madrid antes de volar a Roma.")))
    assert not any(r.endswith("participatedIn") for _, r, _ in facts(
        read("Milei se dejó ver en Madrid con su hermana.")))


OPENING = "Abascal inauguró la CPAC en Madrid. "


def test_a_cancellation_undoes_the_programme(read):
    found = facts(read(OPENING + "Milei, que figuraba en el programa, canceló su viaje a "
                                 "última hora."))
    assert ("Javier Milei", "not participatedIn", "CPAC") in found
    assert ("Javier Milei", "participatedIn", "CPAC") not in found
    # on the programme, and nothing said against it: taking part
    assert ("Nayib Bukele", "participatedIn", "CPAC") in facts(
        read(OPENING + "Bukele figuraba en el programa del foro."))
    assert ("Javier Milei", "participatedIn", "CPAC") in facts(
        read(OPENING + "Milei figuraba en la lista de oradores."))


AT_THE_CPAC = ("Catalina Soto: «Volveré a la CPAC»\n\n"
               "La diputada habló con este diario tras la CPAC.\n\n"
               "—¿Qué hizo en la CPAC?\n\n")


def test_an_answer_invited_and_taking_part_in_a_session(read):
    found = facts(read(AT_THE_CPAC + "—Me invitaron los organizadores y participé en un panel "
                                     "sobre seguridad."))
    assert ("Catalina Soto", "invitedTo", "CPAC") in found
    assert ("Catalina Soto", "participatedIn", "CPAC") in found
    assert ("Catalina Soto", "participatedIn", "CPAC") in facts(
        read(AT_THE_CPAC + "—Hablé en una mesa sobre inmigración."))


def test_an_invitation_denied_or_asked_is_not_read(read):
    assert ("Catalina Soto", "invitedTo", "CPAC") not in facts(
        read(AT_THE_CPAC + "—No me invitaron."))
    # the interviewer's turn
    assert ("Catalina Soto", "invitedTo", "CPAC") not in facts(
        read(AT_THE_CPAC + "—Fui.\n\n—Me invitaron a mí también, ¿sabe?"))


SESSION = "La Cámara de Diputados celebró ayer la sesión preparatoria en La Plata. "


def test_sworn_in_at_the_session(read):
    assert ("Agustín Romano", "participatedIn", "Sesión preparatoria") in facts(
        read(SESSION + "Agustín Romano juró por Dios y por la patria."))
    assert ("Diego Santilli", "participatedIn", "Sesión preparatoria") in facts(
        read(SESSION + "Diego Santilli prestó juramento ante el presidente de la Cámara."))


def test_an_oath_of_words_or_at_no_session_is_not_read(read):
    assert ("Diego Santilli", "participatedIn", "Sesión preparatoria") not in facts(
        read(SESSION + "Diego Santilli juró que no votaría el presupuesto."))
    found = facts(read(SESSION + "Diego Santilli no juró."))
    assert not any(s == "Diego Santilli" and r.endswith("participatedIn") for s, r, _ in found)
    assert ("Javier Milei", "participatedIn", "CPAC") not in facts(
        read(OPENING + "Milei juró por Dios y por la patria."))
