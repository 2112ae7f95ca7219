"""The parse-based extractor on who speaks and who is spoken of: the answers of an interview
(a remark of the interviewer is a turn too), a first person as an object ("me llamó"), a
clitic beside the event an invitation is to, a pronoun after a preposition, a head title
without a name ("el presidente de Vox"), and an apposed title opened by an adjective.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent

_INTERVIEW = (
    "Rosa Quintana: «El partido saldrá adelante»\n\n"
    "La dirigente Rosa Quintana recibe a este periódico en su despacho de Valparaíso.\n\n"
    "—¿Habla a menudo con Kast?\n\n"
    "—Cada semana. Nunca me he reunido con ella, pero Matthei me llamó el lunes.\n\n"
    "—Tampoco estuvo Bukele en el foro.\n\n"
    "—Lo invité a la CPAC y no pudo venir.\n"
)


def test_the_answers_of_an_interview_are_the_interviewees(read):
    found = read(_INTERVIEW, issued="2025-11-20")
    # "me llamó": the interviewee is the one called
    assert ("Evelyn Matthei", "contactWith", "Rosa Quintana") in facts(found)
    # a remark of the interviewer ("—Tampoco estuvo Bukele") is a turn, so the next is an
    # answer; "lo" beside "a la CPAC" is the guest, the "a" phrase the event
    assert ("Nayib Bukele", "invitedTo", "CPAC") in facts(found)
    # "Nunca me he reunido con ella": the person is on the auxiliary, and no woman was named
    # before it (Matthei only after), so no meeting is read
    absent(found, "met")


def test_a_pronoun_after_a_preposition_is_not_the_one_acting(read):
    found = facts(read("La senadora Paloma Valencia visitó Madrid. Abascal no se reunió con "
                       "ella."))
    assert ("Santiago Abascal", "not met", "Paloma Valencia") in found
    found = facts(read("Kast llegó a Madrid el martes. Abascal se reunió con él en la sede "
                       "de Vox."))
    assert ("Santiago Abascal", "met", "José Antonio Kast") in found


def test_a_clitic_beside_the_event_is_the_guest(read):
    found = facts(read("Meloni habló de Milei en el congreso. Lo invitó a la CPAC."))
    assert ("Javier Milei", "invitedTo", "CPAC") in found


def test_a_head_title_is_not_the_partys_candidate(read):
    # the text tied Gavira to Vox as its candidate, which does not make him its president
    found = read("Abascal visitó Sevilla con Manuel Gavira, candidato de Vox. El presidente de "
                 "Vox pidió el voto.")
    assert ("Santiago Abascal", "leaderOf", "Vox") in facts(found)
    absent(found, "leaderOf", "Manuel Gavira")


def test_an_adjective_before_an_apposed_title_keeps_it_a_title(read):
    # "eterno rival", "estrecho aliado", "nuevo presidente": no article, an adjective first
    assert ("Carlos Ruiz", "opponentOf", "José Antonio Kast") in facts(read(
        "El senador Carlos Ruiz, eterno rival de Kast, anunció su candidatura."))
    assert ("Carlos Ruiz", "allied", "José Antonio Kast") in facts(read(
        "Carlos Ruiz, estrecho aliado de Kast, anunció su candidatura."))
    # an opponent by another word of the same meaning
    assert ("Ana Pérez", "opponentOf", "Javier Milei") in facts(read(
        "La diputada Ana Pérez, principal opositora de Milei en el Congreso, habló."))


def test_a_clitic_for_the_person_the_sentence_before_spoke_of_unnamed(read):
    # "le" is Fujimori, the dropped subject of the sentence before, not Milei named in it
    found = facts(read("Keiko Fujimori presentó su plan en Lima. En marzo viajó a Buenos Aires, "
                       "donde fue recibida por el presidente Javier Milei. Milei, sin embargo, "
                       "no le ha dado su apoyo público."))
    assert ("Javier Milei", "not endorsed", "Keiko Fujimori") in found


def test_a_passive_in_a_relative_of_place_has_the_traveller_for_subject(read):
    # "donde fue recibida por X": the one who went there was received, not the place
    found = facts(read("Keiko Fujimori viajó a Buenos Aires, donde fue recibida por el "
                       "presidente Javier Milei."))
    assert ("Javier Milei", "met", "Keiko Fujimori") in found


def test_le_as_a_direct_object_names_a_man(read):
    # Spanish says "le" for a man as the direct object too ("le invitó", "le recibió")
    assert ("Giorgia Meloni", "met", "Santiago Abascal") in facts(read(
        "Abascal viajó a Roma, donde Meloni le recibió en el Palacio Chigi."))


def test_a_possessive_title_may_own_the_organization_of_the_sentence_before(read):
    found = read("Vox celebró ayer su congreso. Su presidente, Santiago Abascal, habló al final.")
    assert ("Santiago Abascal", "leaderOf", "Vox") in facts(found)
    absent(found, "holdsOffice", "Santiago Abascal")


def test_a_possessive_candidate_stands_for_the_party_named_before(read):
    found = read("Desde el Partido Socialista, su candidata, Paulina Vodanovic, criticó el "
                 "acuerdo.")
    assert ("Paulina Vodanovic", "represents", "Partido Socialista") in facts(found)
    # "su" of a person is nobody's party
    absent(read("Milei y su candidata, Karina Milei, viajaron a Roma."), "represents")


def test_a_clitic_object_is_the_one_called_and_not_one_named(read):
    found = read("La senadora Marta Ibáñez perdió la consulta. Santiago Abascal la llamó por "
                 "teléfono esa noche.")
    assert ("Santiago Abascal", "contactWith", "Marta Ibáñez") in facts(found)
    # "la llamó «un ejemplo»" gives her a name, no call
    found = read("La senadora Marta Ibáñez perdió la consulta. Santiago Abascal la llamó «un "
                 "ejemplo para Europa».")
    absent(found, "contactWith")


def test_a_title_of_a_party_is_not_one_the_text_tied_to_another_party(read):
    found = read("La senadora Marta Ibáñez, del Partido Azul, perdió la consulta. Con Santiago "
                 "Abascal mantiene una amistad; el líder de Vox la llamó por teléfono esa noche.")
    assert ("Marta Ibáñez", "leaderOf", "Vox") not in facts(found)
    assert ("Santiago Abascal", "contactWith", "Marta Ibáñez") in facts(found)
