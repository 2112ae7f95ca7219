"""The parse-based extractor on people named by the first word of their name alone ("Hablé con
Viktor", "Abelardo tiene todo nuestro apoyo"): the one person of the document with that name.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read


def _labels(extraction) -> set[str]:
    return {e.label for e in extraction.entities}


def test_a_first_name_the_gazetteer_lacks_names_the_person_in_quotes(read):
    found = read('Abascal recibió en Madrid al empresario chileno Anselmo Quintana. El líder de '
                 'Vox fue explícito: "Anselmo tiene todo nuestro apoyo".')
    assert ("Santiago Abascal", "endorsed", "Anselmo Quintana") in facts(found)
    assert "Anselmo" not in _labels(found)
    found = read("La senadora Eulalia Paredes almorzó con Kast en Temuco. «Eulalia se reunió "
                 "también con Milei en octubre», contó un asesor.")
    assert ("Eulalia Paredes", "met", "Javier Milei") in facts(found)
    assert "Eulalia" not in _labels(found)


def test_a_first_name_outside_quotes_too(read):
    found = read("El diputado Eleuterio Sanz viajó a Lima. Allí, Eleuterio se reunió con Kast.")
    assert ("Eleuterio Sanz", "met", "José Antonio Kast") in facts(found)
    assert "Eleuterio" not in _labels(found)


def test_two_people_of_one_first_name_leave_it_unresolved(read):
    found = read('Anselmo Quintana y Anselmo Ruiz asistieron a la cena. "Anselmo se reunió con '
                 'Kast", dijo un asistente.')
    assert not any(c.relation == "met" and "Anselmo" in c.subject for c in found.candidates)
    assert "Anselmo" not in _labels(found)


def test_a_place_that_is_also_a_first_name_names_the_person_in_an_answer(read):
    found = read("Entrevista\n\nP. Se ha reunido usted con Santiago Abascal en Madrid.\n\n"
                 "R. Sí. Santiago se reunió también con Kast la semana pasada.")
    assert ("Santiago Abascal", "met", "José Antonio Kast") in facts(found)
    # the graph's person named by surname only, then by first name in quotes
    found = read('Abascal llegó a Lima el lunes. "Santiago se reunió con López Aliaga y con '
                 'Kast", explicó un portavoz.')
    assert ("Santiago Abascal", "met", "José Antonio Kast") in facts(found)


def test_a_place_that_is_also_a_first_name_stays_a_place_outside_speech(read):
    found = read("Santiago Abascal llegó el lunes a Chile. Santiago acogió después una reunión "
                 "de Kast con Milei.")
    assert not any(c.subject == "Santiago Abascal" and c.relation in ("met", "participatedIn")
                   for c in found.candidates)
    found = read('Santiago Abascal habló en Madrid. "Viajaré a Santiago en marzo para reunirme '
                 'con Kast", dijo el líder de Vox.')
    assert not any(c.object == "Santiago Abascal" for c in found.candidates)


def test_a_closing_comment_is_not_the_subject_left_unsaid(read):
    found = read("Jorge Quiroga es expresidente de Bolivia. En septiembre viajó a Buenos Aires, "
                 "donde fue recibido por el presidente Javier Milei, una foto que su equipo "
                 "difundió profusamente.")
    assert ("Javier Milei", "met", "Jorge Quiroga") in facts(found)
    found = read("La diputada Evelyn Matthei es candidata a la presidencia. El lunes almorzó con "
                 "Javier Milei en Olivos, un gesto que nadie en su partido esperaba.")
    assert ("Evelyn Matthei", "met", "Javier Milei") in facts(found)


def test_a_person_described_by_an_event_noun_stays_a_person(extractor, knowledge):
    from graph.ingest.nlp import pipeline
    from graph.ingest.nlp.linking import link_document

    text = ("Santiago Abascal llegó a Lima el martes. Por la tarde se reunió con Rafael López "
            "Aliaga, una cita que ambos equipos mantuvieron en reserva.")
    linked = link_document(pipeline.parse(extractor.nlp, text), knowledge.for_document())
    classes = {m.text: m.cls.rsplit("#")[-1] for m in linked.mentions}
    assert classes["Rafael López Aliaga"] == "Person"
    # a name that is no person's keeps the event its apposition describes
    text = "Orbán habló el sábado en Hungría Primero, un mitin en Székesfehérvár."
    linked = link_document(pipeline.parse(extractor.nlp, text), knowledge.for_document())
    assert {m.text: m.cls.rsplit("#")[-1] for m in linked.mentions}.get(
        "Hungría Primero") in ("Event", "Meeting", "Rally")


def test_a_subject_after_its_verb_stays_the_subject(read):
    # a person after a comma, or a phrase that does not end the sentence, is still the subject
    found = read("Kast viajó a Madrid. Allí lo recibió, un día después, el líder de Vox, "
                 "Santiago Abascal.")
    assert ("Santiago Abascal", "met", "José Antonio Kast") in facts(found)


def test_the_first_to_act_is_the_subject_of_the_act(read):
    found = facts(read("Giorgia Meloni fue la primera dirigente europea en reunirse con Milei."))
    assert ("Giorgia Meloni", "met", "Javier Milei") in found
    found = facts(read("Kast recordó que Nayib Bukele fue el primer jefe de Estado extranjero en "
                       "llamarlo tras su triunfo."))
    assert ("Nayib Bukele", "contactWith", "José Antonio Kast") in found
    found = facts(read("Santiago Abascal fue el único líder europeo en reunirse con Kast "
                       "durante la campaña."))
    assert ("Santiago Abascal", "met", "José Antonio Kast") in found
    # a rank without a copula gives its noun no subject to share
    found = facts(read("Milei saludó a la primera delegación en llegar a la cumbre de Kast."))
    assert ("Javier Milei", "met", "José Antonio Kast") not in found


def test_a_title_of_another_country_is_not_the_one_the_text_titled_so(read):
    found = facts(read("El presidente José Antonio Kast inauguró la cumbre en Santiago con "
                       "Javier Milei. Por la tarde, el presidente argentino se reunió con "
                       "Santiago Abascal."))
    assert ("Javier Milei", "met", "Santiago Abascal") in found
    assert ("José Antonio Kast", "met", "Santiago Abascal") not in found
    found = facts(read('Cumbre\n\nEl Presidente José Antonio Kast encabezó la cumbre. La '
                       'diputada Constanza Martínez acusó a Kast de "importar el modelo Bukele" '
                       'y recordó que el Presidente salvadoreño fue el primero en llamarlo.'))
    assert ("Nayib Bukele", "contactWith", "José Antonio Kast") in found
    # the holder of the title of that country is still the one meant
    found = facts(read("El presidente José Antonio Kast inauguró la cumbre con Javier Milei. "
                       "Por la tarde, el presidente chileno se reunió con Santiago Abascal."))
    assert ("José Antonio Kast", "met", "Santiago Abascal") in found


_PROFILE = ("Perfil de una superviviente\n\n"
            "Ana Beltrán Soler llegó al Congreso en 2011. Dejó el escaño cuatro años después. "
            "Desde entonces ha dirigido una fundación, ha escrito dos libros y ha recorrido el "
            "país dando conferencias. ")


def test_a_bare_title_carries_the_profile_subject_over_several_sentences(read):
    found = facts(read(_PROFILE + "La exdiputada se reunió el martes con Kast en Santiago."))
    assert ("Ana Beltrán Soler", "met", "José Antonio Kast") in found
    found = facts(read("Jorge Quiroga Ramírez asumió la presidencia en 2001. Gobernó apenas un "
                       "año. Desde entonces ha intentado volver al Palacio Quemado, y en octubre "
                       "volvió a quedarse a las puertas. El expresidente, de 65 años, almorzó "
                       "ayer con Javier Milei en Buenos Aires."))
    assert ("Jorge Quiroga Ramírez", "met", "Javier Milei") in found


def test_a_title_that_says_more_is_not_carried_over(read):
    # "la dirigente catalana" may be someone the text has not named
    found = facts(read(_PROFILE + "La dirigente catalana se reunió el martes con Kast."))
    assert ("Ana Beltrán Soler", "met", "José Antonio Kast") not in found


def test_a_deputy_title_of_the_party_named_before(read):
    found = facts(read("Santiago Abascal recibió a Kast en la sede de Vox. Le acompañaba la "
                       "vicesecretaria de Relaciones Internacionales del partido, Gádor Joya."))
    assert ("Gádor Joya", "memberOf", "Vox") in found
    assert not any(o == "Relaciones Internacionales" for _, _, o in found)
    found = facts(read("Viktor Orbán cerró la campaña de Fidesz en Budapest. Zoltán Kovács, "
                       "vicesecretario del partido, habló de una victoria clara."))
    assert ("Zoltán Kovács", "memberOf", "Fidesz") in found


def test_a_relative_clause_on_another_noun_may_name_the_title_holder(read):
    found = facts(read(_PROFILE + "La exdiputada se reunió el martes con Kast, que la había "
                       "criticado pese a que todos daban por hecha su alianza con Beltrán Soler."))
    assert ("Ana Beltrán Soler", "met", "José Antonio Kast") in found
    # a person the clause names outside such a relative is still not the title's holder
    found = facts(read(_PROFILE + "La exdiputada pidió el voto para Evelyn Matthei."))
    assert ("Ana Beltrán Soler", "endorsed", "Evelyn Matthei") in found
