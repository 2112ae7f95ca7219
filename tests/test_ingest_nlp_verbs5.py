"""The parse-based extractor on verbs and nouns of support, meeting and membership as
journalists vary them: a pronoun written onto an infinitive ("viajó para respaldarlo"), support
one has in someone's own words, being arropado or accompanied, and a party after a candidate's
name.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def test_a_pronoun_written_onto_an_infinitive_is_its_object(read):
    found = facts(read("Kast inscribió su candidatura acompañado por el senador Tomás Irarrázaval, "
                       "quien viajó a Santiago para respaldarlo."))
    assert ("Tomás Irarrázaval", "endorsed", "José Antonio Kast") in found
    found = facts(read("La diputada Lucía Ferrandis ganó las primarias. Horas después, Marcelo "
                       "Quintanilla acudió a Valencia a felicitarla y a apoyarla."))
    assert ("Marcelo Quintanilla", "endorsed", "Lucía Ferrandis") in found


def test_a_dative_written_onto_an_infinitive_receives_the_support(read):
    found = facts(read("Milei llamó por teléfono a Kast para expresarle su apoyo."))
    assert ("Javier Milei", "endorsed", "José Antonio Kast") in found
    assert ("Javier Milei", "contactWith", "José Antonio Kast") in found
    found = facts(read("El presidente Nayib Bukele telefoneó el lunes a Tomás Irarrázaval para "
                       "darle todo su respaldo."))
    assert ("Nayib Bukele", "endorsed", "Tomás Irarrázaval") in found


def test_me_written_onto_an_infinitive_is_the_interviewee(read):
    found = facts(read("Tomás Irarrázaval: «Estoy listo para gobernar»\n\nP. ¿Quién le ha "
                       "ayudado?\n\nR. Abascal vino desde Madrid a apoyarme en el cierre. "
                       "Es un amigo."))
    assert ("Santiago Abascal", "endorsed", "Tomás Irarrázaval") in found


def test_a_pronoun_on_an_infinitive_with_two_people_it_could_be_is_nobody(read):
    absent(read("Tomás Irarrázaval y Marcelo Quintanilla ganaron sus primarias. Esteban Larraín "
                "viajó a Santiago para respaldarlo."), "endorsed")


def test_support_one_has_in_the_speakers_own_words(read):
    found = facts(read("«Tomás Irarrázaval tiene todo mi apoyo», dijo Abascal en Madrid."))
    assert ("Santiago Abascal", "endorsed", "Tomás Irarrázaval") in found
    found = facts(read('Milei fue tajante: "Lucía Ferrandis tiene todo nuestro respaldo, y lo '
                       'digo en nombre del Gobierno".'))
    assert ("Javier Milei", "endorsed", "Lucía Ferrandis") in found
    found = facts(read("«Ferrandis no tiene mi apoyo», aclaró Abascal."))
    assert ("Santiago Abascal", "not endorsed", "Ferrandis") in found
    assert ("Santiago Abascal", "endorsed", "Ferrandis") not in found


def test_support_one_has_from_someone(read):
    found = facts(read("Tomás Irarrázaval tiene el apoyo de Milei y cuenta con el respaldo de "
                       "Vox."))
    assert ("Javier Milei", "endorsed", "Tomás Irarrázaval") in found
    assert ("Vox", "endorsed", "Tomás Irarrázaval") in found
    found = facts(read("Tomás Irarrázaval recibió el espaldarazo del presidente Nayib Bukele."))
    assert ("Nayib Bukele", "endorsed", "Tomás Irarrázaval") in found


def test_what_one_does_with_someones_support(read):
    found = facts(read("Tomás Irarrázaval ganó las primarias como independiente, aunque con el "
                       "respaldo explícito de Vox."))
    assert ("Vox", "endorsed", "Tomás Irarrázaval") in found
    found = facts(read("Con el apoyo de Milei, Lucía Ferrandis llegó a la segunda vuelta."))
    assert ("Javier Milei", "endorsed", "Lucía Ferrandis") in found
    found = facts(read("Lucía Ferrandis lanzó su candidatura con la bendición de Abascal."))
    assert ("Santiago Abascal", "endorsed", "Lucía Ferrandis") in found


def test_support_only_hoped_for_or_of_a_share_of_voters_is_none(read):
    absent(read("Ferrandis no descartó intentar gobernar con el apoyo de Vox."), "endorsed")
    absent(read("Ferrandis ganó con el apoyo del 58 % de los votantes."), "endorsed")
    absent(read("Para ganar, Ferrandis necesita tener el apoyo de Vox."), "endorsed")
    absent(read("Vox organizó el Foro Atlántico con el apoyo de la Fundación Disenso."),
           "endorsed")


def test_presiding_over_a_state_body_is_holding_its_presidency(read):
    found = facts(read("Meloni, que preside el Consejo de Ministros italiano, evitó la cumbre."))
    assert ("Giorgia Meloni", "holdsOffice", "Presidente del Consejo de Ministros de Italia") in \
        found
    assert not any(r == "leaderOf" for _, r, _ in found)
    found = facts(read("Lucía Ferrandis presidirá el Senado de Chile desde marzo, tras presidir "
                       "la Comisión de Hacienda."))
    assert ("Lucía Ferrandis", "holdsOffice", "Presidente del Senado de Chile") in found
    assert ("Lucía Ferrandis", "holdsOffice", "Presidente de la Comisión de Hacienda") in found
    assert not any(r == "leaderOf" for _, r, _ in found)


def test_presiding_over_a_party_or_a_foundation_is_leading_it(read):
    found = facts(read("Abascal preside Vox desde 2014 y Lucía Ferrandis preside la Fundación "
                       "Atlántica."))
    assert ("Santiago Abascal", "leaderOf", "Vox") in found
    assert ("Lucía Ferrandis", "leaderOf", "Fundación Atlántica") in found
    assert not any(r == "holdsOffice" for _, r, _ in found)


def test_standing_by_a_candidate_in_public_is_support(read):
    found = facts(read("El presidente de Vox, Santiago Abascal, arropó ayer en Sevilla a Lucía "
                       "Ferrandis, candidata del partido a la Junta."))
    assert ("Santiago Abascal", "endorsed", "Lucía Ferrandis") in found
    found = facts(read("Tomás Irarrázaval, candidato a la alcaldía, cerró su campaña arropado por "
                       "Milei y por Abascal."))
    assert ("Javier Milei", "endorsed", "Tomás Irarrázaval") in found
    assert ("Santiago Abascal", "endorsed", "Tomás Irarrázaval") in found


def test_arropar_the_host_of_a_summit_is_no_endorsement(read):
    absent(read("Orbán, Le Pen y Ventura arropan a Abascal en la cumbre de Toledo."), "endorsed")


def test_a_photograph_together_is_a_meeting(read):
    found = facts(read("El martes, Milei ya estaba haciéndose fotos con Tomás Irarrázaval."))
    assert ("Javier Milei", "met", "Tomás Irarrázaval") in found
    found = facts(read("La eurodiputada Lucía Ferrandis publica una foto junto a Kast en la sede "
                       "del partido."))
    assert ("Lucía Ferrandis", "met", "José Antonio Kast") in found
    found = facts(read("Kast se fotografió con Bukele en San Salvador."))
    assert ("José Antonio Kast", "met", "Nayib Bukele") in found


def test_a_photograph_avoided_denies_no_meeting(read):
    for text in ("Kast evitó fotografiarse con Abascal.", "Kast evitó cualquier foto con Abascal.",
                 "Kast no se hizo fotos con Abascal."):
        absent(read(text), "met")
    absent(read("Kast publicó una foto de Milei."), "met")


def test_a_first_person_verb_opening_a_sentence_is_no_name(read):
    interview = ("Tomás Irarrázaval: «No tengo miedo»\n\nP. ¿Ha hablado con Bukele?\n\nR. Hablé "
                 "por teléfono con Nayib Bukele la noche del domingo. Almorcé con Milei el lunes.")
    found = read(interview)
    assert ("Tomás Irarrázaval", "contactWith", "Nayib Bukele") in facts(found)
    assert ("Tomás Irarrázaval", "met", "Javier Milei") in facts(found)
    assert not any(e.label in ("Hablé", "Almorcé") for e in found.entities)
    found = facts(read("«Conversé con Milei antes del debate», contó Kast."))
    assert ("José Antonio Kast", "contactWith", "Javier Milei") in found


def test_founding_an_organization_makes_one_its_member(read):
    found = facts(read("Lucía Ferrandis fundó el Movimiento Atlántico en 2019 junto a Tomás "
                       "Irarrázaval."))
    assert ("Lucía Ferrandis", "memberOf", "Movimiento Atlántico") in found
    assert ("Tomás Irarrázaval", "memberOf", "Movimiento Atlántico") in found
    assert ("Lucía Ferrandis", "leaderOf", "Movimiento Atlántico") not in found
    found = facts(read("El Movimiento Atlántico fue fundado por Lucía Ferrandis."))
    assert ("Lucía Ferrandis", "memberOf", "Movimiento Atlántico") in found


def test_rallying_behind_or_choosing_someone_is_support(read):
    found = facts(read("Tras las primarias, Vox cerró filas en torno a Lucía Ferrandis."))
    assert ("Vox", "endorsed", "Lucía Ferrandis") in found
    found = facts(read("Abascal se decantó por Tomás Irarrázaval en la segunda vuelta."))
    assert ("Santiago Abascal", "endorsed", "Tomás Irarrázaval") in found
    found = facts(read("Bukele se inclinó por Kast."))
    assert ("Nayib Bukele", "endorsed", "José Antonio Kast") in found


def test_closing_a_campaign_or_choosing_a_stance_is_no_support(read):
    absent(read("Kast cerró la campaña con Milei en Temuco."), "endorsed")
    absent(read("Vox se decantó por la abstención en la segunda vuelta."), "endorsed")
    assert ("Vox", "endorsed", "José Antonio Kast") not in facts(
        read("Vox no cerró filas con Kast."))


def test_a_plural_relative_after_a_list_is_every_item(read):
    found = facts(read("Lucía Ferrandis inscribió su candidatura acompañada por el senador Tomás "
                       "Irarrázaval y por la diputada Marta Quintanilla, quienes viajaron a "
                       "Valparaíso para respaldarla."))
    assert ("Tomás Irarrázaval", "endorsed", "Lucía Ferrandis") in found
    assert ("Marta Quintanilla", "endorsed", "Lucía Ferrandis") in found
    found = facts(read("Kast saludó a Bukele y a Milei, quienes habían viajado a Santiago para "
                       "apoyarlo."))
    assert ("Nayib Bukele", "endorsed", "José Antonio Kast") in found
    assert ("Javier Milei", "endorsed", "José Antonio Kast") in found


def test_the_titled_subject_before_a_colon_speaks_the_quotation(read):
    found = facts(read('Abascal recibió a Tomás Irarrázaval en Madrid. El líder de Vox, que no '
                       'suele prodigarse en elogios, fue esta vez explícito: "Tomás Irarrázaval '
                       'tiene todo nuestro apoyo".'))
    assert ("Santiago Abascal", "endorsed", "Tomás Irarrázaval") in found


def test_more_words_of_meeting_talking_and_leaving(read):
    assert ("Javier Milei", "met", "José Antonio Kast") in facts(
        read("Milei departió con Kast durante la cena de gala."))
    assert ("José Antonio Kast", "contactWith", "Javier Milei") in facts(
        read("Kast platicó con Milei el lunes."))
    for text in ("Lucía Ferrandis fue expulsada de Vox en 2021.", "Vox expulsó a Lucía Ferrandis."):
        found = read(text)
        claim = next(c for c in found.candidates if c.relation == "memberOf")
        assert (claim.subject, claim.object, claim.qualifiers.get("former")) == (
            "Lucía Ferrandis", "Vox", True)
    absent(read("Kast pidió expulsar a los inmigrantes de Chile."), "memberOf")


def test_a_first_person_copula_in_an_answer_is_the_interviewees(read):
    interview = ("Tomás Irarrázaval: «No tengo miedo»\n\nP. ¿Y su pasado?\n\nR. Soy militante "
                 "de la UDI desde joven. Fui concejal de Maipú por la UDI.")
    found = read(interview)
    assert ("Tomás Irarrázaval", "memberOf", "UDI") in facts(found)
    former = [c for c in found.candidates if c.relation == "holdsOffice"]
    assert former and all(c.subject == "Tomás Irarrázaval" and c.qualifiers.get("former")
                          for c in former)
    found = facts(read('"Fui diputado de la UDI", recordó Kast.'))
    assert ("José Antonio Kast", "memberOf", "UDI") in found


def test_a_third_person_title_after_a_paragraph_break_is_no_first_persons(read):
    found = read("Kast llegó a Roma.\n\nEn el almuerzo estuvieron el ministro de Economía, "
                 "Luis Caputo, y la secretaria general de la Presidencia, Karina Milei.")
    assert not any(c.relation == "memberOf" for c in found.candidates)


def test_calling_someone_a_name_is_no_call(read):
    for text in ('Milei arremetió contra Kast, al que llamó "el último dictador".',
                 "Milei llamó «traidor» a Kast.", "Milei llamó traidor a Kast."):
        absent(read(text), "contactWith")
    for text in ("Milei llamó a Kast el lunes.", "Milei llamó ayer a Kast para felicitarlo."):
        assert ("Javier Milei", "contactWith", "José Antonio Kast") in facts(read(text))


def test_a_handshake_or_an_embrace_is_a_meeting(read):
    for text in ("Milei estrechó la mano de Kast en Olivos.", "Kast y Milei se dieron la mano "
                 "ante las cámaras.", "Milei abrazó a Kast al llegar.", "Kast y Milei se "
                 "abrazaron en el escenario."):
        found = facts(read(text))
        assert ("Javier Milei", "met", "José Antonio Kast") in found or (
            "José Antonio Kast", "met", "Javier Milei") in found, text
    for text in ("Caputo es la mano derecha de Milei.", "Milei abrazó la causa de Kast.",
                 "Milei tendió la mano a Kast para un acuerdo."):
        absent(read(text), "met")


def test_leaving_or_switching_a_party_is_a_former_membership(read):
    for text in ("Lucía Ferrandis dejó la militancia en Vox.",
                 "Lucía Ferrandis renunció a su militancia en Vox en 2020."):
        claim = next(c for c in read(text).candidates if c.relation == "memberOf")
        assert (claim.subject, claim.object, claim.negated, claim.qualifiers.get("former")) == (
            "Lucía Ferrandis", "Vox", False, True), text
    found = read("Lucía Ferrandis se pasó a Vox desde el PP.")
    members = {(c.object, bool(c.qualifiers.get("former"))) for c in found.candidates
               if c.relation == "memberOf" and c.subject == "Lucía Ferrandis"}
    assert members == {("Vox", False), ("PP", True)}
    absent(read("Kast pasó a la segunda vuelta."), "memberOf")


def test_a_phone_adverb_makes_a_phone_call(read):
    claim = next(c for c in read("Kast conversó telefónicamente con Milei.").candidates
                 if c.relation == "contactWith")
    assert claim.qualifiers.get("mode") == "PhoneCall"


def test_a_quoted_verb_of_saying_is_not_its_own_speaker(read):
    # "contar" both tells and counts on: inside the quotation it is what is said
    found = facts(read('"Lucía Ferrandis cuenta con nuestro apoyo", afirmó Abascal.'))
    assert ("Santiago Abascal", "endorsed", "Lucía Ferrandis") in found
    found = facts(read("«Kast cuenta con mi respaldo total», escribió Milei en la red social X."))
    assert ("Javier Milei", "endorsed", "José Antonio Kast") in found


def test_rivals_ahead_of_one_another_or_in_a_duel(read):
    assert ("José Antonio Kast", "opponentOf", "Jeannette Jara") in facts(
        read("Kast superó a Jara por diez puntos en la segunda vuelta."))
    assert ("José Antonio Kast", "opponentOf", "Jeannette Jara") in facts(
        read("El duelo entre Kast y Jara marcó la campaña."))
    for text in ("Kast superó la barrera del 50 %.", "Kast decretó tres días de duelo por la "
                 "muerte del expresidente."):
        absent(read(text), "opponentOf")


def test_running_for_a_party_is_standing_for_it(read):
    for text in ("Lucía Ferrandis concurre por el PP a las elecciones andaluzas.",
                 "Lucía Ferrandis compite por Vox en Sevilla.",
                 "Lucía Ferrandis se postula por el PP a la alcaldía de Valencia."):
        found = facts(read(text))
        assert any(s == "Lucía Ferrandis" and r == "represents" for s, r, _ in found), text
    absent(read("Lucía Ferrandis compite con el PP por el voto joven."), "represents")


def test_a_call_or_a_letter_received_is_a_contact(read):
    found = read("Lucía Ferrandis había recibido el jueves una llamada del presidente del PP, "
                 "Alberto Núñez Feijóo.")
    claim = next(c for c in found.candidates if c.relation == "contactWith")
    assert {claim.subject, claim.object} == {"Alberto Núñez Feijóo", "Lucía Ferrandis"}
    assert claim.qualifiers.get("mode") == "PhoneCall"
    assert ("Javier Milei", "contactWith", "José Antonio Kast") in facts(
        read("Kast recibió una carta de Milei."))
    absent(read("Kast recibió una llamada."), "contactWith")


def test_support_conveyed_or_a_successor_anointed(read):
    assert ("Santiago Abascal", "endorsed", "José Antonio Kast") in facts(
        read("Según fuentes de Vox, Abascal le trasladó «todo el apoyo» del partido a Kast."))
    assert ("Jair Bolsonaro", "endorsed", "Tarcísio de Freitas") in facts(
        read("Jair Bolsonaro ungió a Tarcísio de Freitas como su sucesor."))
    assert ("Javier Milei", "endorsed", "José Antonio Kast") in facts(
        read("Milei bendijo la candidatura de Kast."))


def test_a_message_of_support_is_its_senders_support(read):
    assert ("Javier Milei", "endorsed", "José Antonio Kast") in facts(
        read("Milei publicó un mensaje de apoyo a Kast en sus redes sociales."))
    assert ("Santiago Abascal", "endorsed", "Lucía Ferrandis") in facts(
        read("El líder de Vox, Santiago Abascal, grabó un vídeo de apoyo a la candidata Lucía "
             "Ferrandis."))
    absent(read("Milei leyó una carta de apoyo de Kast."), "endorsed", "Javier Milei")


def test_two_who_meet_a_third_together_meet_each_other(read):
    found = facts(read("Kast y Milei se reunieron con Bukele en San Salvador."))
    assert {("José Antonio Kast", "met", "Nayib Bukele"), ("Javier Milei", "met", "Nayib Bukele"),
            ("José Antonio Kast", "met", "Javier Milei")} <= found
    found = facts(read("Kast y Milei hablaron por teléfono con Bukele."))
    assert ("José Antonio Kast", "contactWith", "Javier Milei") not in found
