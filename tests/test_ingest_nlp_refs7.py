"""The parse extractor on titles without a name that stand for the person named before:
offices of a state's executive whose country the text leaves to its dateline or subject ("el
vicepresidente del Gobierno", "la ministra de Asuntos Exteriores"), and two coordinated titles
sharing one article ("el vicepresidente del Gobierno y ministro de Transportes").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _offices(extraction, person: str) -> set[str]:
    return {c.object for c in extraction.candidates
            if c.subject == person and c.relation == "holdsOffice"}


# ------------------------------------------------- two titles of one person, one article


def test_two_coordinated_titles_stand_for_the_person_named_before(read):
    found = read("ROMA. Lorenzo Bellini inauguró ayer el congreso de su partido en Milán. Por "
                 "la tarde, el vicepresidente del Gobierno y ministro de Transportes recibió a "
                 "Andrej Babiš.")
    assert ("Lorenzo Bellini", "met", "Andrej Babiš") in facts(found)
    offices = _offices(found, "Lorenzo Bellini")
    assert "Vicepresidente del Gobierno de Italia" in offices
    assert any(o.lower().startswith("ministr") for o in offices)


def test_coordinated_titles_as_the_object_of_a_meeting(read):
    found = read("VARSOVIA. Tomasz Wierzbicki pasó la mañana en el Parlamento. Santiago Abascal "
                 "se reunió por la tarde con el vicepresidente del Gobierno y ministro de "
                 "Defensa, al que regaló un libro.")
    assert ("Santiago Abascal", "met", "Tomasz Wierzbicki") in facts(found) or \
        ("Tomasz Wierzbicki", "met", "Santiago Abascal") in facts(found)


def test_a_title_after_a_comma_is_not_joined_to_the_one_before(read):
    found = read("El primer ministro húngaro, Viktor Orbán, se medirá el domingo con su "
                 "principal rival, Péter Magyar, líder del partido Tisza y antiguo miembro de "
                 "Fidesz.")
    assert ("Viktor Orbán", "memberOf", "Fidesz") not in facts(found)


# ----------------------------------- an executive's office, its country the text's own


def test_a_minister_of_a_portfolio_in_a_datelined_story(read):
    found = read("LISBOA. Marta Quintela presentó ayer el plan de su departamento ante la "
                 "prensa. La ministra de Asuntos Exteriores viajó después a Madrid.")
    assert any(o.lower().startswith("ministr") for o in _offices(found, "Marta Quintela"))


def test_the_vicepresident_of_the_government_in_a_later_sentence(read):
    found = read("ROMA. Lorenzo Bellini habló ayer en Pontida ante veinte mil militantes. El "
                 "vicepresidente del Gobierno criticó a Bruselas y se reunió con Herbert Kickl.")
    assert "Vicepresidente del Gobierno de Italia" in _offices(found, "Lorenzo Bellini")
    assert ("Lorenzo Bellini", "met", "Herbert Kickl") in facts(found)


def test_a_government_office_is_not_given_to_a_foreign_visitor(read):
    found = read("MADRID. Javier Milei llegó ayer a Madrid. Por la tarde, el presidente del "
                 "Gobierno recibió a Kast en la Moncloa.")
    assert not _offices(found, "Javier Milei") - {"Presidente de Argentina"}


def test_a_title_beside_a_name_keeps_its_office_there(read):
    found = read("ROMA. Lorenzo Bellini habló ayer en Pontida. El vicepresidente del Gobierno, "
                 "Carlo Ferri, recibió después a Kickl.")
    assert "Vicepresidente del Gobierno de Italia" not in _offices(found, "Lorenzo Bellini")


# ------------------------------- a dropped subject acting on a thing the model took for one


def test_a_dropped_subject_presides_an_organization_after_the_verb(read):
    found = read("Laura Pizarro llegó ayer a Lima para la cumbre. Desde 2020 preside el "
                 "Instituto Andino de Estudios, la fundación que creó con su padre.")
    assert ("Laura Pizarro", "leaderOf", "Instituto Andino de Estudios") in facts(found)


def test_a_dropped_subject_leads_the_board_of_an_organization(read):
    found = read("Tomás Revuelta dejó la política en 2019. Ahora dirige el consejo de "
                 "administración de la Red Atlántica.")
    assert ("Tomás Revuelta", "leaderOf", "Red Atlántica") in facts(found)


def test_a_dropped_subject_over_several_sentences_of_a_profile(read):
    found = read("Íñigo Lasa nació en Bilbao en 1980. Estudió Derecho en Madrid. Encabeza "
                 "desde marzo el Movimiento Cívico Andino.")
    assert ("Íñigo Lasa", "leaderOf", "Movimiento Cívico Andino") in facts(found)


def test_a_person_after_the_verb_is_still_its_subject(read):
    found = read("Laura Pizarro llegó ayer a Lima. Desde 2020 preside el Instituto Andino de "
                 "Estudios el economista Íñigo Lasa.")
    assert ("Laura Pizarro", "leaderOf", "Instituto Andino de Estudios") not in facts(found)


def test_a_reflexive_verb_keeps_its_subject_after_it(read):
    found = read("Laura Pizarro llegó ayer a Lima. Se fundó entonces el Instituto Andino de "
                 "Estudios.")
    assert not {f for f in facts(found) if f[0] == "Laura Pizarro" and f[1] == "leaderOf"}


# --------------------------------------- an epithet put before a name, later used alone


def test_an_epithet_before_a_name_later_names_the_person(read):
    found = read("André Ventura se medirá en la segunda vuelta con el socialista Tomás Duarte. "
                 "El socialista, que se reunió ayer con Marcelo Rebelo de Sousa, pidió calma.")
    assert ("Tomás Duarte", "met", "Marcelo Rebelo de Sousa") in facts(found)


def test_a_feminine_epithet_as_the_object(read):
    found = read("La campaña enfrenta a Kast con la libertaria Ana Ruiz. Ayer Kast llamó por "
                 "teléfono a la libertaria para pedirle su apoyo.")
    assert ("José Antonio Kast", "contactWith", "Ana Ruiz") in facts(found)


def test_an_epithet_some_sentences_later(read):
    found = read("El ecologista Pedro Lamas presentó ayer su programa en Valencia. Habló "
                 "durante una hora ante sus simpatizantes. Por la tarde, el ecologista "
                 "almorzó con Santiago Abascal.")
    assert ("Pedro Lamas", "met", "Santiago Abascal") in facts(found)


def test_an_epithet_two_persons_bear_names_neither(read):
    found = read("El socialista Tomás Duarte y el socialista Luis Prado abrieron el acto. El "
                 "socialista se reunió después con Santiago Abascal.")
    assert not {f for f in facts(found) if f[1] == "met"}


# ------------------------------------------ the one who speaks, named by a title or "me"


def test_an_invitation_with_no_one_inviting_goes_to_the_speaker(read):
    found = read("Rodrigo Bascuñán recibe a este diario en su oficina de Valparaíso.\n\n"
                 "—¿Viajará este año?\n"
                 "—Para junio me invitaron a la CPAC Argentina en Buenos Aires, y si la agenda "
                 "lo permite iré.")
    assert ("Rodrigo Bascuñán", "invitedTo", "CPAC Argentina") in facts(found)


def test_a_quotation_said_by_a_title_is_the_titled_persons(read):
    found = read('Rodrigo Bascuñán habló ayer en Santiago. "Me invitaron a la CPAC Argentina '
                 'y no pienso faltar", dijo el diputado.')
    assert ("Rodrigo Bascuñán", "invitedTo", "CPAC Argentina") in facts(found)
    found = read('Ana Ruiz llegó ayer a Lima. "Me reuní con Kast en marzo", afirmó la '
                 'dirigente.')
    assert ("Ana Ruiz", "met", "José Antonio Kast") in facts(found)


def test_a_named_inviter_is_not_the_speaker(read):
    found = read('"Abascal me invitó a la CPAC Argentina", dijo Rodrigo Bascuñán.')
    assert ("Rodrigo Bascuñán", "invitedTo", "CPAC Argentina") in facts(found)
    assert ("Santiago Abascal", "invitedTo", "CPAC Argentina") not in facts(found)


def test_a_title_two_persons_bear_speaks_for_neither(read):
    found = read('La diputada Ana Ruiz y la diputada Marta Solís llegaron a Lima. "Me reuní '
                 'con Kast en marzo", dijo la diputada.')
    assert not {f for f in facts(found) if f[1] == "met"}


# ------------------------------ a fronted title describing a dropped subject ("Militante de X,")


def test_a_fronted_membership_describes_the_dropped_subject(read):
    found = read("Balázs Orbán habló ayer en Madrid. Militante de Fidesz desde su juventud, fue "
                 "diputado entre 2018 y 2021.")
    assert ("Balázs Orbán", "memberOf", "Fidesz") in facts(found)
    assert "Diputado" in _offices(found, "Balázs Orbán")


def test_a_fronted_title_after_a_paragraph_break(read):
    found = read("Ana Ruiz llegó ayer a Lima para la cumbre.\n\nDirigente de Renovación Popular "
                 "desde 2019, se reunió por la tarde con Kast.")
    assert ("Ana Ruiz", "memberOf", "Renovación Popular") in facts(found)
    assert ("Ana Ruiz", "met", "José Antonio Kast") in facts(found)


def test_a_fronted_title_of_a_named_subject_is_that_subjects(read):
    found = read("Ana Ruiz llegó ayer a Lima. Dirigente de Renovación Popular, Pedro Lamas se "
                 "reunió por la tarde con Kast.")
    assert ("Ana Ruiz", "memberOf", "Renovación Popular") not in facts(found)


# --------------------------------------------------- a seat named by the one who speaks


def test_the_speaker_named_by_a_bare_seat_holds_it(read):
    found = read('Soledad Acuña presidió ayer la reunión del partido en Córdoba. "Nadie nos '
                 'llamó", se limitó a decir la diputada a este diario.')
    assert "Diputado" in {o.split(" de ")[0].replace("Diputada", "Diputado")
                          for o in _offices(found, "Soledad Acuña")}
    found = read('Pedro Lamas llegó ayer a Valencia. "Votaremos en contra", afirmó el senador '
                 'tras la reunión.')
    assert any(o.startswith("Senador") for o in _offices(found, "Pedro Lamas"))


def test_a_seat_that_does_not_speak_is_not_a_reference(read):
    found = read("Pedro Lamas llegó ayer a Valencia. Según fotografías difundidas por el "
                 "propio senador, se reunió con Abascal.")
    assert not _offices(found, "Pedro Lamas")


def test_a_seat_beside_a_name_is_that_names(read):
    found = read('Pedro Lamas llegó ayer a Valencia. "Votaremos en contra", afirmó la senadora '
                 'Ana Ruiz.')
    assert not _offices(found, "Pedro Lamas")


# ------------------------------------------ "del grupo": the group of the party just named


def test_the_spokeswoman_of_the_group_is_of_the_party_just_named(read):
    found = read("Al mitin asistieron Diego Cañas, procurador de Vox en las Cortes, y la "
                 "portavoz del grupo en el Congreso, Marta Solís.")
    assert ("Marta Solís", "memberOf", "Vox") in facts(found)
    found = read("Junto a Kast estuvo el diputado del Partido Republicano Diego Cañas, con el "
                 "jefe de la bancada en el Senado, Pedro Lamas.")
    assert ("Pedro Lamas", "memberOf", "Partido Republicano") in facts(found)


def test_the_group_with_two_parties_named_is_neither(read):
    found = read("Al acto fueron Diego Cañas, de Vox, y Pedro Lamas, del PP, con la portavoz "
                 "del grupo en el Congreso, Marta Solís.")
    assert not {f for f in facts(found) if f[0] == "Marta Solís" and f[1] == "memberOf"}


# ------------------------------------ a title set beside a title that stands for a person


def test_a_title_beside_a_reference_is_the_referents(read):
    found = read("El líder de Chega, André Ventura, pasó el lunes la jornada al teléfono. El "
                 "dirigente ultraderechista, diputado en la Asamblea de la República desde "
                 "2019, pidió el voto de la derecha.")
    assert "Diputado" in _offices(found, "André Ventura")
    found = read("Santiago Abascal cerró ayer la campaña en Burgos. El líder de Vox, "
                 "eurodiputado entre 2014 y 2019, pidió el voto para Pollán.")
    assert any(o.startswith("Eurodiputado") for o in _offices(found, "Santiago Abascal"))


def test_a_title_beside_a_named_person_stays_with_the_name(read):
    found = read("Santiago Abascal cerró ayer la campaña en Burgos. El candidato, Carlos "
                 "Pollán, diputado en las Cortes, pidió el voto.")
    assert "Diputado" not in _offices(found, "Santiago Abascal")


# ------------------------------------ "e" inside a Portuguese name, "e" between two names


def _labels(extraction) -> set[str]:
    return {e.label for e in extraction.entities}


def test_e_before_a_consonant_joins_a_portuguese_surname(read):
    found = read("Seguro sumó el martes el respaldo del almirante Henrique Gouveia e Melo, "
                 "excandidato independiente.")
    assert "Henrique Gouveia e Melo" in _labels(found)
    assert not {"Henrique Gouveia", "Melo"} & _labels(found)
    found = read("La exministra Ana Tavares e Sousa se reunió ayer con André Ventura en Lisboa.")
    assert ("Ana Tavares e Sousa", "met", "André Ventura") in facts(found)


def test_e_before_an_i_sound_still_joins_two_persons(read):
    found = read("Abascal se reunió ayer con Pedro Lamas e Íñigo Sanz en Madrid.")
    assert {("Santiago Abascal", "met", "Pedro Lamas"),
            ("Santiago Abascal", "met", "Íñigo Sanz")} <= facts(found)
    found = read("Abascal se reunió ayer con Pedro Lamas e Hilario Sanz en Madrid.")
    assert ("Santiago Abascal", "met", "Hilario Sanz") in facts(found)


# -------------------------------------- "somos aliados de": the speaker speaks for the party


def test_a_first_person_plural_alliance_is_the_speakers_partys(read):
    found = read('Rodrigo Bascuñán, diputado del Partido Nacional Libertario: "Somos aliados de '
                 'los republicanos en el Congreso, no socios en La Moneda"')
    assert ("Partido Nacional Libertario", "allied", "Partido Republicano") in facts(found)
    assert ("Rodrigo Bascuñán", "allied", "Partido Republicano") not in facts(found)


def test_a_first_person_singular_alliance_is_not_the_partys(read):
    found = read('Rodrigo Bascuñán, diputado del Partido Nacional Libertario: "Soy aliado de '
                 'los republicanos en el Congreso"')
    assert ("Partido Nacional Libertario", "allied", "Partido Republicano") not in facts(found)


def test_a_plural_alliance_of_a_speaker_of_no_party_is_no_ones(read):
    found = read('El economista Rodrigo Bascuñán, en su columna: "Somos aliados de los '
                 'republicanos en el Congreso"')
    assert not {f for f in facts(found) if f[1] == "allied"}
