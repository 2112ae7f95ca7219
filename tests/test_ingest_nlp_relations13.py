"""The parse-based extractor on relations between actors: praise of a person as support,
betting on a candidate, backing someone's re-election; a picture one lets be taken with
someone, an appearance beside someone and a talk held somewhere as meetings; votes won
"frente a" a rival; and a second subject that echoes a clause ("y Bukele también"). With what
none of these is: praise of a deed, praise set against support withheld, a talk at a distance.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def _asserted(found, subject, relation, obj):
    claim = find(found, subject, relation, obj)
    assert not claim.negated, (subject, relation, obj)
    return claim


def _not_asserted(found, relation, subject=None, obj=None):
    for claim in found.candidates:
        if claim.relation == relation and subject in (None, claim.subject) and \
                obj in (None, claim.object):
            assert claim.negated, f"{claim.subject} {relation} {claim.object}"


# ------------------------------------------------------------ praise as support


def test_praising_a_person_endorses_them(read):
    cases = [("Marine Le Pen elogió ayer a Giorgia Meloni en un mitin en Milán.",
              [("Marine Le Pen", "Giorgia Meloni")]),
             ("En su discurso, Santiago Abascal alabó al presidente argentino, Javier Milei.",
              [("Santiago Abascal", "Javier Milei")]),
             ("Santiago Abascal dedicó la mitad de su intervención a ensalzar al presidente "
              "argentino, Javier Milei, y al salvadoreño Nayib Bukele.",
              [("Santiago Abascal", "Javier Milei"), ("Santiago Abascal", "Nayib Bukele")]),
             ("Marine Le Pen dedicó buena parte de su intervención a alabar a Viktor Orbán.",
              [("Marine Le Pen", "Viktor Orbán")]),
             ("Santiago Abascal elogió a la primera ministra, Giorgia Meloni.",
              [("Santiago Abascal", "Giorgia Meloni")]),
             ("Jordan Bardella, que aplaudió a Viktor Orbán desde la tribuna, viajará a Roma.",
              [("Jordan Bardella", "Viktor Orbán")]),
             ("Giorgia Meloni y Marine Le Pen han elogiado a Viktor Orbán por su política "
              "migratoria.",
              [("Giorgia Meloni", "Viktor Orbán"), ("Marine Le Pen", "Viktor Orbán")])]
    for text, pairs in cases:
        found = read(text)
        for subject, obj in pairs:
            claim = _asserted(found, subject, "endorsed", obj)
            assert claim is not None, text


def test_praise_of_a_deed_denied_hoped_for_or_set_against_support_is_no_endorsement(read):
    for text in ("Santiago Abascal elogió la valentía de Javier Milei.",
                 "Santiago Abascal elogió el discurso de Javier Milei.",
                 "Giorgia Meloni aplaudió la decisión de Viktor Orbán.",
                 "Santiago Abascal podría elogiar a Javier Milei en su discurso de mañana.",
                 "Javier Milei ha elogiado en público a José Antonio Kast, pero no lo ha "
                 "apoyado.",
                 "Giorgia Meloni alabó a Jordan Bardella sin llegar a respaldarlo.",
                 "Santiago Abascal elogió a Polonia como ejemplo para Europa."):
        _not_asserted(read(text), "endorsed")
    _not_asserted(read("Javier Milei nunca ha elogiado a José Antonio Kast."), "endorsed",
                  "Javier Milei", "José Antonio Kast")


# ------------------------------------------------------------ betting on, backing a re-election


def test_betting_on_a_person_or_backing_their_reelection_endorses_them(read):
    cases = [("En 2023, Santiago Abascal apostó por Jorge Buxadé como cabeza de lista.",
              "Santiago Abascal", "Jorge Buxadé"),
             ("Marine Le Pen apuesta por Jordan Bardella para las presidenciales.",
              "Marine Le Pen", "Jordan Bardella"),
             ("Giorgia Meloni respaldó en 2024 la reelección de Ursula von der Leyen.",
              "Giorgia Meloni", "Ursula von der Leyen"),
             ("Viktor Orbán apoya la reelección de Donald Trump.", "Viktor Orbán",
              "Donald Trump")]
    for text, subject, obj in cases:
        _asserted(read(text), subject, "endorsed", obj)


def test_betting_on_an_idea_or_not_betting_is_no_endorsement(read):
    _not_asserted(read("Santiago Abascal apostó por la moderación en su discurso."), "endorsed")
    _not_asserted(read("Santiago Abascal no apostó por Jorge Buxadé en 2023."), "endorsed",
                  "Santiago Abascal", "Jorge Buxadé")


# ------------------------------------------------------------ meetings: pictures, appearances


def test_letting_oneself_be_pictured_with_someone_or_appearing_beside_them_is_a_meeting(read):
    cases = [("Jorge Buxadé se dejó fotografiar en Bruselas con Marine Le Pen.",
              "Jorge Buxadé", "Marine Le Pen"),
             ("En octubre, Marine Le Pen se dejó retratar con Viktor Orbán en Budapest.",
              "Marine Le Pen", "Viktor Orbán"),
             ("Jorge Buxadé comparece ante la prensa junto a la eurodiputada Marine Le Pen.",
              "Jorge Buxadé", "Marine Le Pen"),
             ("Santiago Abascal compareció en rueda de prensa junto con Giorgia Meloni.",
              "Santiago Abascal", "Giorgia Meloni")]
    for text, subject, obj in cases:
        _asserted(read(text), subject, "met", obj)


def test_a_picture_not_taken_or_two_appearing_in_turn_is_no_meeting(read):
    _not_asserted(read("Jorge Buxadé no se dejó fotografiar con Marine Le Pen."), "met")
    absent(read("Santiago Abascal dejó fotografiar el documento a Giorgia Meloni."), "met")
    absent(read("Santiago Abascal y Giorgia Meloni comparecieron después ante la prensa."),
           "met")


# ------------------------------------------------------------ talks held somewhere


def test_a_talk_the_clause_places_somewhere_is_a_meeting(read):
    cases = ["11.20 En la cafetería del Parlamento, la eurodiputada Marine Le Pen conversa "
             "durante una hora con Jorge Buxadé.",
             "Marine Le Pen visitó la sede de Vox, donde charló con Jorge Buxadé.",
             "Marine Le Pen se sentó junto a Jorge Buxadé y conversó con él durante buena "
             "parte de la cena.",
             "Marine Le Pen dialogó en persona con Jorge Buxadé."]
    for text in cases:
        found = read(text)
        _asserted(found, "Marine Le Pen", "met", "Jorge Buxadé")
        absent(found, "contactWith", "Marine Le Pen", "Jorge Buxadé")


def test_a_talk_at_a_distance_or_placed_nowhere_stays_a_contact(read):
    for text in ("Desde su despacho en Madrid, Marine Le Pen conversó por teléfono con Jorge "
                 "Buxadé.",
                 "Marine Le Pen habló con Jorge Buxadé durante la campaña.",
                 "En Bruselas, su interlocutor es Jorge Buxadé, con quien Marine Le Pen habla a "
                 "menudo."):
        found = read(text)
        absent(found, "met", "Marine Le Pen", "Jorge Buxadé")


# ------------------------------------------------------------ votes won against a rival


def test_votes_won_against_a_rival_make_them_opponents(read):
    cases = [("Marine Le Pen obtuvo un 41 % de los votos frente al presidente Emmanuel Macron.",
              "Marine Le Pen", "Emmanuel Macron"),
             ("En 2022, Éric Zemmour consiguió el 7 % frente a Emmanuel Macron.",
              "Éric Zemmour", "Emmanuel Macron")]
    for text, subject, obj in cases:
        _asserted(read(text), subject, "opponentOf", obj)
    absent(read("Marine Le Pen se manifestó frente al Congreso con Jordan Bardella."),
           "opponentOf")


# ------------------------------------------------------------ "y X también"


def test_a_name_that_echoes_the_clause_does_what_its_subject_does(read):
    found = read("Javier Milei llamó a José Antonio Kast esa misma noche para felicitarlo, y "
                 "Nayib Bukele también.")
    _asserted(found, "Javier Milei", "contactWith", "José Antonio Kast")
    _asserted(found, "Nayib Bukele", "contactWith", "José Antonio Kast")
    absent(found, "contactWith", "Javier Milei", "Nayib Bukele")
    found = read("Javier Milei no se reunió con José Antonio Kast, y Nayib Bukele tampoco.")
    _not_asserted(found, "met")
    assert find(found, "Nayib Bukele", "met", "José Antonio Kast").negated
    found = read("Javier Milei apoyó a José Antonio Kast; Santiago Abascal también, según "
                 "fuentes de Vox.")
    _asserted(found, "Santiago Abascal", "endorsed", "José Antonio Kast")
    absent(found, "endorsed", "Javier Milei", "Santiago Abascal")
    found = read("Javier Milei habló con José Antonio Kast, y Nayib Bukele también viajó a "
                 "Santiago.")
    absent(found, "contactWith", "Nayib Bukele")
    found = read("Javier Milei se reunió con José Antonio Kast y con Nayib Bukele también.")
    _asserted(found, "Javier Milei", "met", "Nayib Bukele")
    absent(found, "met", "Nayib Bukele", "José Antonio Kast")


# ------------------------------------------------------------ "sin" before an infinitive


def test_an_act_done_without_another_denies_the_other(read):
    cases = [("Giorgia Meloni visitó Madrid sin reunirse con Santiago Abascal.", "met",
              "Giorgia Meloni", "Santiago Abascal"),
             ("Giorgia Meloni viajó a Budapest sin reunirse con Viktor Orbán.",
              "met", "Giorgia Meloni", "Viktor Orbán"),
             ("Marine Le Pen habló durante una hora sin respaldar a Éric Zemmour.", "endorsed",
              "Marine Le Pen", "Éric Zemmour"),
             ("Jordan Bardella elogió a Viktor Orbán sin llegar a apoyarlo.", "endorsed",
              "Jordan Bardella", "Viktor Orbán")]
    for text, relation, subject, obj in cases:
        assert find(read(text), subject, relation, obj).negated, text
    _asserted(read("Giorgia Meloni se reunió con Santiago Abascal sin testigos."),
              "Giorgia Meloni", "met", "Santiago Abascal")


# ------------------------------------------------------------ "con quien dijo haber hablado"


def test_a_relative_hung_on_a_verb_of_saying_belongs_to_the_verb_it_governs(read):
    cases = [("Rocío de Meer citó a Marine Le Pen, con quien dijo haber hablado por teléfono "
              "el fin de semana.", "contactWith", False),
             ("Rocío de Meer citó a Marine Le Pen, con quien asegura haberse reunido en Roma.",
              "met", False),
             ("Rocío de Meer citó a Marine Le Pen, con quien negó haberse reunido.", "met",
              True)]
    for text, relation, negated in cases:
        claim = find(read(text), "Rocío de Meer", relation, "Marine Le Pen")
        assert claim.negated is negated, text


# ------------------------------------------------------------ an interview's answers


_INTERVIEW = ("Rosa Vidal: «Vamos a ganar»\n\n"
              "La diputada Rosa Vidal recibe a este diario en su despacho de Madrid.\n\n"
              "—¿Qué le dijo Javier Milei?\n\n"
              "—Que siguiera adelante. Milei la llamó esa noche.\n\n"
              "{question}\n\n"
              "{answer}")


def test_an_answer_completes_the_interviews_question(read):
    cases = [("—¿Con quién se reunió en Roma?", "—Con Giorgia Meloni, el martes.", "met",
              "Giorgia Meloni", False),
             ("—En las últimas semanas, ¿con quién ha hablado por teléfono?",
              "—Con Santiago Abascal, casi a diario.", "contactWith", "Santiago Abascal",
              False),
             ("—En Chile, ¿apoyó a José Antonio Kast?", "—Sí, y lo dije en público.",
              "endorsed", "José Antonio Kast", False),
             ("—¿Se ha reunido alguna vez con Donald Trump?", "—No. Nunca.", "met",
              "Donald Trump", True)]
    for question, answer, relation, obj, negated in cases:
        found = read(_INTERVIEW.format(question=question, answer=answer))
        claim = find(found, "Rosa Vidal", relation, obj)
        assert claim.negated is negated, question
        absent(found, relation, "Javier Milei", obj)


def test_a_later_sentence_of_the_answer_may_name_another_partner(read):
    found = read(_INTERVIEW.format(
        question="—¿Con quién se reunió en Roma?",
        answer="—Con Giorgia Meloni, el martes. Y con Matteo Salvini, que me invitó. También "
               "vi a Marine Le Pen en un pasillo."))
    _asserted(found, "Rosa Vidal", "met", "Giorgia Meloni")
    _asserted(found, "Rosa Vidal", "met", "Matteo Salvini")
    absent(found, "met", "Rosa Vidal", "Marine Le Pen")


def test_a_question_about_what_will_be_done_or_a_yes_without_a_question_states_nothing(read):
    for question, answer in (("—¿Apoyará a José Antonio Kast en la segunda vuelta?",
                              "—Sí, sin dudarlo."),
                             ("—Kast ganó en 2025.", "—Sí, y apoyó a José Antonio Kast."),
                             ("—¿Con quién se reunirá en Roma?", "—Con Giorgia Meloni.")):
        found = read(_INTERVIEW.format(question=question, answer=answer))
        _not_asserted(found, "endorsed", "Rosa Vidal", "José Antonio Kast")
        absent(found, "met", "Rosa Vidal", "Giorgia Meloni")


# ------------------------------------------------------------ votes, pushes, holding up


def test_voting_for_pushing_or_holding_up_a_person_endorses_them(read):
    cases = [("El PP votó a Ursula von der Leyen en 2024.", "PP", "Ursula von der Leyen"),
             ("Vox acusa al PP de sostener a Ursula von der Leyen.", "PP",
              "Ursula von der Leyen"),
             ("Vox impulsó la candidatura de Jorge Buxadé.", "Vox", "Jorge Buxadé"),
             ("El PP promueve a Alberto Núñez Feijóo como sucesor.", "PP",
              "Alberto Núñez Feijóo")]
    for text, subject, obj in cases:
        _asserted(read(text), subject, "endorsed", obj)


def test_holding_a_view_or_pushing_an_event_endorses_nobody(read):
    absent(read("Santiago Abascal sostuvo que Pedro Sánchez miente."), "endorsed")
    found = read("Vox impulsó la Cumbre de Patriotas en Madrid.")
    absent(found, "endorsed")
    find(found, "Cumbre de Patriotas", "organizedBy", "Vox")
    _not_asserted(read("El PP no votó a Ursula von der Leyen."), "endorsed")


# ------------------------------------------------------------ acts done at a meeting


def test_what_one_tells_or_hands_another_at_a_meeting_or_in_person_is_a_meeting(read):
    cases = [("Javier Milei le pidió a José Antonio Kast, durante una reunión en la Casa "
              "Rosada, que se presentara.", "Javier Milei", "José Antonio Kast"),
             ("Durante la cena, Javier Milei le explicó a José Antonio Kast su plan.",
              "Javier Milei", "José Antonio Kast"),
             ("En el almuerzo, Santiago Abascal le entregó a Javier Milei un premio.",
              "Santiago Abascal", "Javier Milei"),
             ("Javier Milei le pidió en persona a José Antonio Kast que se presentara.",
              "Javier Milei", "José Antonio Kast")]
    for text, subject, obj in cases:
        _asserted(read(text), subject, "met", obj)


def test_what_one_tells_another_at_a_distance_or_anywhere_is_no_meeting(read):
    for text in ("Javier Milei le pidió por teléfono a José Antonio Kast que se presentara.",
                 "Javier Milei le pidió a José Antonio Kast que se presentara.",
                 "Durante su reunión con Santiago Abascal, Javier Milei le explicó a José "
                 "Antonio Kast su plan."):
        absent(read(text), "met", "Javier Milei", "José Antonio Kast")


# ------------------------------------------------------------ a plural relative after a list


def test_a_plural_relative_after_a_list_has_every_item_for_subject(read):
    cases = ["La delegación la encabezaron la eurodiputada francesa Marine Le Pen, de "
             "Reagrupamiento Nacional, y el portugués André Ventura, líder de Chega, que "
             "cenaron el sábado con Santiago Abascal en un restaurante.",
             "Llegaron Marine Le Pen y André Ventura, que se reunieron después con Santiago "
             "Abascal."]
    for text in cases:
        found = read(text)
        _asserted(found, "Marine Le Pen", "met", "Santiago Abascal")
        _asserted(found, "André Ventura", "met", "Santiago Abascal")


def test_a_singular_relative_after_a_list_is_its_last_items(read):
    found = read("Llegaron Marine Le Pen y André Ventura, que se reunió después con Santiago "
                 "Abascal.")
    _asserted(found, "André Ventura", "met", "Santiago Abascal")
    absent(found, "met", "Marine Le Pen", "Santiago Abascal")


# ------------------------------------------------------------ seats, exchanges, private talks


def test_a_seat_beside_someone_or_a_private_talk_is_a_meeting(read):
    cases = [("Javier Milei se sentó junto a José Antonio Kast en la cena.", "Javier Milei",
              "José Antonio Kast"),
             ("En el almuerzo, Giorgia Meloni se sentó junto a Santiago Abascal.",
              "Giorgia Meloni", "Santiago Abascal"),
             ("Javier Milei conversó en privado con José Antonio Kast.", "Javier Milei",
              "José Antonio Kast")]
    for text, subject, obj in cases:
        _asserted(read(text), subject, "met", obj)
    _not_asserted(read("Javier Milei no se sentó junto a José Antonio Kast."), "met")
    absent(read("En la primera fila se sentaron Javier Milei y José Antonio Kast."), "met")


def test_exchanging_messages_is_a_contact(read):
    found = read("Javier Milei intercambió mensajes con José Antonio Kast durante la noche.")
    _asserted(found, "Javier Milei", "contactWith", "José Antonio Kast")
    absent(found, "met")


# ------------------------------------------------------------ a participle opening the sentence


def test_a_participle_that_opens_the_sentence_relates_its_agent_to_the_main_subject(read):
    cases = [("Recibido por Javier Milei en la Casa Rosada, José Antonio Kast habló de "
              "seguridad.", "Javier Milei", "met", "José Antonio Kast"),
             ("Respaldado por Javier Milei, José Antonio Kast ganó la elección.", "Javier Milei",
              "endorsed", "José Antonio Kast"),
             ("Derrotado por Javier Milei en 2023, Sergio Massa volvió a la política.",
              "Javier Milei", "opponentOf", "Sergio Massa")]
    for text, subject, relation, obj in cases:
        _asserted(read(text), subject, relation, obj)


def test_a_participle_closed_by_a_full_stop_or_an_event_organized_relates_no_actors(read):
    absent(read("Respaldado por Javier Milei. José Antonio Kast ganó la elección."), "endorsed")
    found = read("Organizado por Vox, el foro reunió a mil personas.")
    absent(found, "endorsed")
    absent(found, "met")
