"""The parse-based extractor on meetings and contacts told in an interview: the speaker of a
headline "Name: «...»" is whom the piece is about, a first person beside a third ("Kast me
invitó y allí conocí a X") is the speaker, a phrase fronted after the answer's marker ("R. Con
X no he hablado nunca") is the verb's, and "se habla de su relación con X" is only talk.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def _interview(*answers: str, headline: str = "Marta Quiroga: «Vox es un aliado natural»",
               marker: str = "R.") -> str:
    """An interview piece: headline, standfirst, then one question and answer per answer."""
    turns = "\n\n".join(f"P. ¿Y después?\n\n{marker} {answer}" for answer in answers)
    return f"{headline}\n\nLa dirigente peruana recibe a este diario en Lima.\n\n{turns}\n"


def test_the_headline_speaker_is_whom_the_piece_is_about(read):
    # the quotation names someone more often than the piece names its speaker
    text = ("Marta Quiroga: «Bukele nos enseñó a no pedir permiso»\n\n"
            "Marta Quiroga fundó el partido Avanza País en 2020. El mes pasado viajó a Buenos "
            "Aires, donde se reunió con el presidente Javier Milei.\n\n"
            "P. ¿Qué aprendió de Bukele?\n\nR. Que Bukele no pide permiso. Bukele es Bukele.\n")
    found = facts(read(text))
    assert ("Marta Quiroga", "met", "Javier Milei") in found
    assert ("Nayib Bukele", "met", "Javier Milei") not in found
    text = ("Lucía Herrera, diputada libertaria: \"Milei cambió la derecha\"\n\n"
            "Lucía Herrera entró en el Congreso en 2023. En marzo estuvo en Madrid, donde "
            "cenó con Santiago Abascal.\n\n"
            "—¿Qué le dijo Milei?\n\n—Que Milei no negocia. Milei es así.\n")
    found = facts(read(text))
    assert ("Lucía Herrera", "met", "Santiago Abascal") in found
    assert ("Javier Milei", "met", "Santiago Abascal") not in found


def test_a_first_person_beside_a_third_is_the_speaker(read):
    found = facts(read(_interview("Santiago me invitó a Madrid en mayo y allí conocí a Jorge "
                                  "Buxadé y a Rocío de Meer.")))
    assert ("Marta Quiroga", "met", "Jorge Buxadé") in found
    assert ("Marta Quiroga", "met", "Rocío de Meer") in found
    assert ("Santiago Abascal", "met", "Jorge Buxadé") not in found
    found = facts(read(_interview("Abascal me llamó en marzo y luego almorcé con Hermann "
                                  "Tertsch en Madrid.")))
    assert ("Marta Quiroga", "met", "Hermann Tertsch") in found
    assert ("Santiago Abascal", "met", "Hermann Tertsch") not in found
    # a third person beside a third keeps the subject
    found = facts(read("Kast viajó a Madrid en mayo y allí conoció a Jorge Buxadé."))
    assert ("José Antonio Kast", "met", "Jorge Buxadé") in found
    # "we" may take in whom the verb before names
    found = facts(read(_interview("Vox y Chega son partidos hermanos, compartimos grupo en "
                                  "Bruselas.")))
    assert ("Vox", "allied", "Chega") in found


def test_a_phrase_fronted_after_the_answer_marker_is_the_verbs(read):
    found = facts(read(_interview("Con Milei no he hablado nunca, se lo aseguro.",
                                  "Con Hermann Tertsch me reuní dos veces.")))
    assert ("Marta Quiroga", "not contactWith", "Javier Milei") in found
    assert ("Marta Quiroga", "met", "Hermann Tertsch") in found
    found = facts(read(_interview("Con Abascal he cenado muchas veces. Con Kast nunca me he "
                                  "reunido.", marker="Respuesta.")))
    assert ("Marta Quiroga", "met", "Santiago Abascal") in found
    assert ("Marta Quiroga", "not met", "José Antonio Kast") in found
    assert ("Marta Quiroga", "met", "José Antonio Kast") not in found
    # a fronted phrase of manner meets no one
    absent(read(_interview("Con franqueza, no lo sé.")), "met")


def test_talk_said_impersonally_of_a_relation_is_no_contact(read):
    for text in ("Hrubá fue diputada. Se habla de una relación privilegiada con Trump.",
                 "Hrubá fue diputada. Se habla mucho en Praga de su amistad con Abascal.",
                 "Hrubá fue diputada. Se hablaba entonces de una alianza con Abascal."):
        absent(read(text), "contactWith")
    # one named who talks with someone about a relation did talk with them
    found = facts(read("Hrubá fue diputada. Habló con Trump de su relación con Abascal."))
    assert ("Hrubá", "contactWith", "Donald Trump") in found
    # a reciprocal "se hablan" is no impersonal talk
    found = facts(read("Milei y Kast, que se hablan por teléfono cada semana, no coinciden "
                       "en todo."))
    assert ("Javier Milei", "contactWith", "José Antonio Kast") in found


def test_a_source_telling_the_paper_what_they_did_is_its_subject(read):
    found = facts(read("Macarena Ruiz-Tagle asegura a este diario que habló el jueves con "
                       "Jorge Quiroga por videollamada."))
    assert ("Macarena Ruiz-Tagle", "contactWith", "Jorge Quiroga") in found
    found = facts(read("Kast contó al periódico que se había reunido en secreto con Javier "
                       "Milei."))
    assert ("José Antonio Kast", "met", "Javier Milei") in found
    found = facts(read("Abascal confirmó a los periodistas que cenó con Viktor Orbán."))
    assert ("Santiago Abascal", "met", "Viktor Orbán") in found
    # a medium set off by a comma is the relative's subject: the paper published, not the source
    found = facts(read("Abascal dio una entrevista a El Mercurio, que publicó que Kast se "
                       "reunió con Milei."))
    assert ("Santiago Abascal", "met", "Javier Milei") not in found


def test_a_verbless_line_beside_the_one_the_scene_follows_is_a_meeting(read):
    found = facts(read("Janez Janša vota en Liubliana. A su lado, la eurodiputada Romana Tomc y "
                       "el exalcalde Matjaž Rakovec."))
    assert ("Janez Janša", "met", "Romana Tomc") in found
    assert ("Janez Janša", "met", "Matjaž Rakovec") in found
    found = facts(read("Kast habló en el mitin. Junto a él, el senador Rodolfo Carter."))
    assert ("José Antonio Kast", "met", "Rodolfo Carter") in found
    found = facts(read("Kast habló en el mitin. A su izquierda, el senador Rodolfo Carter; a "
                       "su derecha, Johannes Kaiser."))
    assert ("José Antonio Kast", "met", "Rodolfo Carter") in found
    assert ("José Antonio Kast", "met", "Johannes Kaiser") in found
    # an opinion, a thing beside them, the other side of a room: no one met
    for text in ("Kast habló en el mitin. A su juicio, Johannes Kaiser se equivoca.",
                 "Kast habló en el mitin. A su lado estaba una pancarta de Rodolfo Carter.",
                 "Kast habló en el mitin. Al otro lado, el senador Rodolfo Carter."):
        absent(read(text), "met")


def test_company_during_an_act_in_one_place_is_a_meeting(read):
    found = facts(read("Arce Villca vota en un colegio de Sopocachi acompañado por el "
                       "expresidente Jorge Quiroga."))
    assert ("Arce Villca", "met", "Jorge Quiroga") in found
    found = facts(read("La ministra Irene Montero recorrió el mercado acompañada de la "
                       "alcaldesa Ada Colau y del concejal Jaume Collboni."))
    assert ("Irene Montero", "met", "Ada Colau") in found
    assert ("Irene Montero", "met", "Jaume Collboni") in found
    # arriving or travelling together, a plan, nobody named: no meeting read
    for text in ("José Antonio Kast llegó a La Moneda acompañado por el senador Rodolfo "
                 "Carter.",
                 "Abascal viajó a Roma acompañado de Hermann Tertsch.",
                 "Abascal votará mañana acompañado por Hermann Tertsch.",
                 "Santiago Abascal visitó el barrio acompañado por varios concejales."):
        absent(read(text), "met")


def test_a_profile_headline_names_whom_the_piece_is_about(read):
    # a paragraph opening without a name, many sentences after the piece last named its
    # subject, is about them again
    text = ("Rosa Quispe, la senadora que quiere llevar a Vox a Arequipa\n\n"
            "Rosa Quispe nació en 1980. Javier Milei la elogió en 2024. Milei habló de ella "
            "en un mitin. Milei la citó en Madrid. Milei volvió a hacerlo en Lima. Kast "
            "también la elogió. Kast la recibió en Santiago. Kast la invitó a su partido.\n\n"
            "Menos conocida es su agenda exterior. En marzo viajó a Madrid, donde compartió "
            "mesa con el eurodiputado Hermann Tertsch.\n")
    found = facts(read(text))
    assert ("Rosa Quispe", "met", "Hermann Tertsch") in found
    assert ("José Antonio Kast", "met", "Hermann Tertsch") not in found
    # a headline listing several names is not about the first: the one the piece names most
    text = ("Milei, Kast y Bukele, la nueva derecha\n\n"
            "Kast ganó en 2025. Kast habló de ello en Lima. Kast viajó a Quito.\n\n"
            "Menos conocida es su agenda. En marzo viajó a Madrid, donde compartió mesa con el "
            "eurodiputado Hermann Tertsch.\n")
    found = facts(read(text))
    assert ("Javier Milei", "met", "Hermann Tertsch") not in found
    assert ("José Antonio Kast", "met", "Hermann Tertsch") in found


def test_a_part_of_a_city_named_after_its_kind_is_a_place(read):
    for text in ("La dirigente Marta Quiroga recibe a este diario en su oficina del ensanche "
                 "Naco, en Santo Domingo.",
                 "La dirigente Marta Quiroga recibe a este diario en su casa de la colonia "
                 "Narvarte.",
                 "La dirigente Marta Quiroga recibe a este diario en el barrio Ñuñoa."):
        absent(read(text), "met")


def test_keeping_someone_company_at_a_place_is_a_meeting(read):
    found = facts(read("Abascal acompañó a Javier Milei en el escenario del foro."))
    assert ("Santiago Abascal", "met", "Javier Milei") in found
    found = facts(read("Abascal acompañó el jueves a Viktor Orbán en su acto de cierre de "
                       "campaña."))
    assert ("Santiago Abascal", "met", "Viktor Orbán") in found
    # taken somewhere, or to do something, or a plan: no meeting read
    for text in ("Santiago Abascal acompañó a Javier Milei hasta el aeropuerto.",
                 "Johannes Kaiser acompañó a Camila Ruz a inscribir su candidatura en el "
                 "Servel.",
                 "Kast acompañará a Milei en la cumbre."):
        absent(read(text), "met")


def test_a_trip_made_to_meet_someone_reports_the_meeting(read):
    found = facts(read("Abascal viajó a Budapest el jueves para reunirse con Viktor Orbán."))
    assert ("Santiago Abascal", "met", "Viktor Orbán") in found
    found = facts(read("Kast voló a Buenos Aires para cenar con Javier Milei."))
    assert ("José Antonio Kast", "met", "Javier Milei") in found
    # a trip still to come, or only possible, is a plan
    for text in ("Abascal viajará a Budapest para reunirse con Viktor Orbán.",
                 "Abascal podría viajar a Budapest para reunirse con Viktor Orbán."):
        absent(read(text), "met")


def test_a_plural_verb_with_no_subject_takes_up_the_pair_just_named(read):
    found = facts(read("Vanessa Kaiser y Johannes Kaiser son hermanos. Cercanos a ambos "
                       "hermanos confirman que hablan a diario."))
    assert ("Vanessa Kaiser", "contactWith", "Johannes Kaiser") in found
    found = facts(read("Milei elogió a Kast en su discurso. Se reunieron en marzo en la Casa "
                       "Rosada."))
    assert ("Javier Milei", "met", "José Antonio Kast") in found
    # one named in the sentence is one of the two, the one it is about the other
    found = facts(read("Balázs Orbán dirige el instituto. Con Santiago Abascal mantiene una "
                       "relación de hermanos: se escriben casi a diario."))
    assert ("Balázs Orbán", "contactWith", "Santiago Abascal") in found
    found = facts(read("Milei y Kast firmaron el acuerdo. No se hablan desde marzo."))
    assert ("Javier Milei", "not contactWith", "José Antonio Kast") in found
    # talk of something, with no habit of talking, and knowing each other are neither
    for text in ("Milei y Kast firmaron el acuerdo. Hablaron de comercio y de seguridad.",
                 "Milei y Kast firmaron el acuerdo. Se conocen desde 2019."):
        absent(read(text), "contactWith")
        absent(read(text), "met")


def test_one_of_a_group_does_what_the_groups_relative_says(read):
    found = facts(read("Laura Sainz de la Maza es diputada de Vox. Hoy es una de las pocas "
                       "dirigentes que hablan directamente con Santiago Abascal."))
    assert ("Laura Sainz de la Maza", "contactWith", "Santiago Abascal") in found
    found = facts(read("Johannes Kaiser fue uno de los diputados que se reunieron con José "
                       "Antonio Kast en La Moneda."))
    assert ("Johannes Kaiser", "met", "José Antonio Kast") in found
    found = facts(read("Johannes Kaiser es uno de los diputados que no se han reunido nunca "
                       "con José Antonio Kast."))
    assert ("Johannes Kaiser", "not met", "José Antonio Kast") in found
    # talking with one of the group is not being one of it
    found = facts(read("Johannes Kaiser habló con uno de los diputados que se reunieron con "
                       "José Antonio Kast."))
    assert ("Johannes Kaiser", "met", "José Antonio Kast") not in found
