"""The parse-based extractor on claims stated inside relative and other subordinate clauses:
the relative pronoun as subject or object of its clause, its antecedent resolved to the entity
it stands for, clauses of place, participles hung on a name, and adverbial clauses that share
the main clause's subject; and what such a clause does not state (another person's act, a
negated one, a hypothetical one).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts, find

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


# ---------------------------------------------------------------- the antecedent as subject


def test_a_relative_on_a_name_says_what_that_person_did(read):
    found = read("Marta Villalobos, que encabezó la candidatura socialista en las elecciones "
                 "andaluzas de 2022, dejó la política.", issued="2025-03-01")
    find(found, "Marta Villalobos", "candidateIn", "Elecciones al Parlamento de Andalucía de 2022")
    found = read("Ana Ruiz, que dirige la Fundación Atlántica desde 2019, presentó un informe.")
    assert facts(found) == {("Ana Ruiz", "leaderOf", "Fundación Atlántica")}


def test_a_relative_on_the_object_of_the_main_clause_is_that_persons(read):
    found = read("Abascal elogió a Kast, quien se reunió con Milei en Buenos Aires.")
    assert facts(found) == {("José Antonio Kast", "met", "Javier Milei"),
                            ("Santiago Abascal", "endorsed", "José Antonio Kast")}


def test_who_opened_a_session_took_part_in_the_event_the_text_is_about(read):
    found = read("La Fundación Atlántica celebró el Foro Iberoamericano de la Libertad en "
                 "Sevilla. Ana Ruiz, quien abrió la jornada, criticó al Gobierno.")
    find(found, "Ana Ruiz", "participatedIn", "Foro Iberoamericano de la Libertad")


def test_running_with_or_for_a_movement_is_standing_for_it(read):
    found = read("Abelardo Ruiz, que se presenta a las elecciones presidenciales colombianas de "
                 "mayo con el movimiento Patria Firme, cerró su campaña en Medellín.",
                 issued="2026-03-01")
    assert facts(found) == {
        ("Abelardo Ruiz", "candidateIn", "Elección presidencial de Colombia de 2026"),
        ("Abelardo Ruiz", "represents", "Patria Firme")}
    absent(read("Milei presentó su libro con Vox en Madrid."), "represents")


def test_a_relative_on_an_election_says_who_ran_in_it(read):
    found = read("Lisboa, 10 mar (EFE).- André Ventura fue el candidato de Chega en las "
                 "presidenciales portuguesas de enero, en las que quedó segundo por detrás del "
                 "socialista António José Seguro.", issued="2026-03-10")
    find(found, "André Ventura", "opponentOf", "António José Seguro")
    find(found, "António José Seguro", "candidateIn", "Elección presidencial de Portugal de 2026")
    find(found, "André Ventura", "candidateIn", "Elección presidencial de Portugal de 2026")


# ---------------------------------------------------------------- the antecedent as object


def test_an_object_relative_with_its_subject_after_the_verb(read):
    # the small model labels both "que" and the name after the verb subjects
    found = read("La Fundación Disenso, que dirige Jorge Martín Frías, publicó un informe.")
    assert facts(found) == {("Jorge Martín Frías", "leaderOf", "Fundación Disenso")}


def test_when_either_reading_fits_the_subject_after_the_verb_is_the_subject(read):
    # the small model labels "Vox" the subject: Spanish would mark an object with "a"
    found = read("Kast, que respalda Vox, viajó a Madrid.")
    assert facts(found) == {("Vox", "endorsed", "José Antonio Kast")}


def test_the_antecedent_is_the_organization_a_common_noun_takes_up(read):
    found = read("La Fundación Atlántica organizó un seminario en Sevilla. La fundación, que "
                 "preside el exdiputado Tomás Aguirre, invitó a diez ponentes.")
    find(found, "Tomás Aguirre", "leaderOf", "Fundación Atlántica")


def test_the_antecedent_is_the_name_a_described_noun_stands_beside(read):
    found = read("La Fundación Atlántica, el laboratorio de ideas que dirige Tomás Aguirre, "
                 "presentó un informe.")
    assert facts(found) == {("Tomás Aguirre", "leaderOf", "Fundación Atlántica")}
    found = read("Vox, la formación que lidera Abascal, celebró su congreso.")
    assert facts(found) == {("Santiago Abascal", "leaderOf", "Vox"),
                            ("Congreso de Vox", "organizedBy", "Vox")}  # a party's congress


def test_coordinated_subjects_after_the_verb_of_an_object_relative(read):
    # the small model hangs "la Fundación Atlántica" on the verb, as if it were a clause
    found = read("El Foro de Lima, que organizan cada año Vox y la Fundación Atlántica, "
                 "reunió a cien dirigentes.")
    assert facts(found) == {("Foro de Lima", "organizedBy", "Vox"),
                            ("Foro de Lima", "organizedBy", "Fundación Atlántica")}


def test_an_object_relative_with_a_preverbal_subject(read):
    found = read("Kast, al que Milei recibió en la Casa Rosada, agradeció el apoyo.")
    assert facts(found) == {("Javier Milei", "met", "José Antonio Kast")}
    found = read("Pedro Salas milita en Vox, el partido que lidera Abascal.")
    assert facts(found) == {("Pedro Salas", "memberOf", "Vox"),
                            ("Santiago Abascal", "leaderOf", "Vox")}


def test_a_noun_of_a_person_the_small_model_calls_an_adjective_is_the_person_of_the_text(read):
    found = read("André Ventura llegó a Madrid el lunes. El político portugués, que se reunió con "
                 "Santiago Abascal en la sede de Vox, defendió una alianza ibérica.")
    assert facts(found) == {("André Ventura", "met", "Santiago Abascal")}


def test_a_relative_hung_on_the_main_verb_still_has_the_name_before_its_comma(read):
    # the small model makes "con la que mantiene" an adverbial clause of "elogió"
    found = read("Abascal elogió a Meloni, con la que mantiene una relación estrecha.")
    assert facts(found) == {("Santiago Abascal", "allied", "Giorgia Meloni"),
                            ("Santiago Abascal", "endorsed", "Giorgia Meloni")}


def test_nominal_relations_inside_relatives(read):
    found = read("Kast, que mantuvo el martes una reunión con Abascal, viajó a Roma.")
    assert facts(found) == {("José Antonio Kast", "met", "Santiago Abascal")}
    found = read("Abascal viajó a Roma, donde mantuvo un encuentro con Meloni.")
    assert facts(found) == {("Santiago Abascal", "met", "Giorgia Meloni")}


# ---------------------------------------------------------------- clauses of place


def test_a_clause_of_place_acts_at_its_antecedent(read):
    found = read("Kast viajó a Roma, donde se reunió con Giorgia Meloni.")
    assert facts(found) == {("José Antonio Kast", "met", "Giorgia Meloni")}
    found = read("La CPAC, en la que participó Javier Milei, terminó con una declaración.")
    assert facts(found) == {("Javier Milei", "participatedIn", "CPAC")}


def test_sharing_the_stage_where_an_event_is_held_is_taking_part_in_it(read):
    found = read("Romina Sosa participó en la CPAC Brasil, donde compartió escenario con Eduardo "
                 "Bolsonaro.")
    assert facts(found) == {("Romina Sosa", "participatedIn", "CPAC Brasil"),
                            ("Eduardo Bolsonaro", "participatedIn", "CPAC Brasil")}
    # sharing a view is no stage
    absent(read("Romina Sosa participó en la CPAC Brasil, donde compartió la visión de Eduardo "
                "Bolsonaro."), "participatedIn", "Eduardo Bolsonaro")


def test_adonde_is_the_event_a_companion_came_to(read):
    found = read("La ministra Alejandra Monteoliva asistió a la CPAC, adonde llegó acompañada "
                 "por el diputado José Luis Espert.")
    find(found, "José Luis Espert", "participatedIn", "CPAC")
    find(found, "Alejandra Monteoliva", "participatedIn", "CPAC")
    # "donde" is no object: whom the clause's verb receives is a person, not the place
    found = read("La exdiputada se incorporó a Vox, donde la recibió Santiago Abascal.")
    absent(found, "met", "Santiago Abascal", "Vox")


def test_an_object_relative_without_a_subject_is_the_main_subjects(read):
    # Spanish drops the subject of "que preside": the one the sentence speaks of
    found = read("Hermann Tertsch presentó la Fundación Hispania, la asociación que preside "
                 "desde 2020.")
    assert facts(found) == {("Hermann Tertsch", "leaderOf", "Fundación Hispania")}
    # a relative whose pronoun is its subject stays the antecedent's
    found = read("Abascal citó a Meloni, que lidera Hermanos de Italia.")
    assert facts(found) == {("Giorgia Meloni", "leaderOf", "Hermanos de Italia")}
    found = read("Milei elogió a Kast, que lo recibió en Santiago.")
    assert facts(found) == {("José Antonio Kast", "met", "Javier Milei"),
                            ("Javier Milei", "endorsed", "José Antonio Kast")}


def test_a_relative_on_one_item_of_a_list_says_how_that_item_took_part(read):
    found = read("Madrid, 18 nov (EFE).- Vox celebró este fin de semana la Cumbre de Patriotas. "
                 "Entre los asistentes figuraban el primer ministro húngaro, Viktor Orbán, que "
                 "llegó el viernes a Madrid; la líder de Reagrupamiento Nacional, Marine Le Pen, "
                 "quien cerró la jornada del sábado, y el neerlandés Geert Wilders, que intervino "
                 "por videoconferencia.")
    roles = {c.subject: c.qualifiers.get("role") for c in found.candidates
             if c.relation == "participatedIn" and c.object == "Cumbre de Patriotas"}
    assert roles == {"Viktor Orbán": None, "Marine Le Pen": None, "Geert Wilders": "by video"}


def test_who_was_at_a_meeting_held_with_someone_met_its_parties(read):
    found = read("Madrid, 18 nov (EFE).- El presidente argentino, Javier Milei, que viajó a "
                 "Madrid para participar en la Cumbre de Patriotas, se reunió el domingo con el "
                 "líder del PP, Alberto Núñez Feijóo, con quien mantuvo un encuentro de una hora "
                 "en el que también estuvo presente la secretaria general del partido, Cuca "
                 "Gamarra.")
    find(found, "Cuca Gamarra", "met", "Javier Milei")
    find(found, "Cuca Gamarra", "met", "Alberto Núñez Feijóo")
    find(found, "Javier Milei", "participatedIn", "Cumbre de Patriotas")
    # the meeting is not the summit the text is about
    absent(found, "participatedIn", "Cuca Gamarra")


def test_a_post_a_relative_puts_in_the_past_is_former(read):
    for text in ("Marta Villalobos, que fue diputada de Vox, dejó la política.",
                 # the imperfect subjunctive of news prose: a past, not a hypothesis
                 "Marta Villalobos, quien fuera diputada de Vox, dejó la política."):
        found = read(text)
        assert find(found, "Marta Villalobos", "memberOf", "Vox").qualifiers.get("former")
        assert find(found, "Marta Villalobos", "holdsOffice", "Diputado").qualifiers.get(
            "former")
    # a hypothesis is none
    assert facts(read("Si Marta Villalobos fuera diputada de Vox, votaría la ley.")) == set()
    # a candidacy in a past race is no former candidacy
    found = read("Johannes Kaiser, que fue candidato en la elección presidencial de Chile de "
                 "2025, habló en Valparaíso.")
    candidacy = find(found, "Johannes Kaiser", "candidateIn",
                     "Elección presidencial de Chile de 2025")
    assert not candidacy.qualifiers.get("former")


# ---------------------------------------------------------------- negatives


def test_a_relative_about_another_person_gives_the_main_subject_nothing(read):
    found = read("Kast saludó a Pedro Salas, que se reunió con Meloni en Roma.")
    # (a greeting is a meeting of its own: Kast met Salas, not Meloni)
    assert facts(found) == {("Pedro Salas", "met", "Giorgia Meloni"),
                            ("José Antonio Kast", "met", "Pedro Salas")}


def test_a_negated_relative_states_a_negated_claim(read):
    found = read("Kast elogió a Abascal, que no se reunió con Meloni.")
    assert facts(found) == {("Santiago Abascal", "not met", "Giorgia Meloni"),
                            ("José Antonio Kast", "endorsed", "Santiago Abascal")}
    found = read("Javier Milei, que no asistió a la CPAC, envió un mensaje.")
    assert facts(found) == {("Javier Milei", "not participatedIn", "CPAC")}


def test_what_a_relative_passes_on_from_a_relative_is_not_its_subjects_own(read):
    found = read("Santiago Abascal recibió ayer en la sede de Vox a Eduardo Bolsonaro, quien le "
                 "trasladó el apoyo de su padre.")
    assert facts(found) == {("Santiago Abascal", "met", "Eduardo Bolsonaro")}


def test_a_plural_verb_coordinated_with_a_singular_one_has_another_subject(read):
    found = read("Vox celebró este fin de semana la Cumbre de Patriotas. El encuentro, que "
                 "organizó Vox con el apoyo de la Fundación Disenso y al que acudieron unos dos "
                 "mil simpatizantes, terminó en Madrid.")
    assert facts(found) == {("Cumbre de Patriotas", "organizedBy", "Vox")}


def test_a_negated_object_relative_states_a_negated_claim(read):
    found = read("La CPAC, a la que no asistió Kast, terminó el domingo.")
    assert facts(found) == {("José Antonio Kast", "not participatedIn", "CPAC")}
    found = read("Kast, a quien Milei no recibió, volvió a Santiago.")
    assert facts(found) == {("Javier Milei", "not met", "José Antonio Kast")}


def test_a_hypothetical_or_planned_relative_states_nothing(read):
    for text in ("Ana Ruiz, que podría reunirse con Kast la próxima semana, viajó a Chile.",
                 "Abascal, que espera reunirse con Meloni, viajó a Roma.",
                 "Abascal, que se reunirá con Meloni el martes, viajó a Roma.",
                 "Abascal, quien habría recibido a Kast en secreto, lo niega.",
                 "Kast, que se reunirá con Milei si gana la segunda vuelta, cerró su campaña."):
        absent(read(text), "met")


# ---------------------------------------------------------------- participles and adverbial clauses


def test_a_participle_of_meeting_hung_on_a_name_says_that_person_met(read):
    found = read("Kast, reunido con Abascal en la sede de Vox, defendió la alianza.")
    assert facts(found) == {("José Antonio Kast", "met", "Santiago Abascal")}
    found = read("Reunido con Meloni en Roma, Abascal anunció una alianza.")
    assert facts(found) == {("Santiago Abascal", "met", "Giorgia Meloni")}


def test_a_passive_participle_hung_on_a_name_is_done_to_that_person(read):
    found = read("Kast, recibido por Milei en la Casa Rosada, agradeció el apoyo.")
    assert facts(found) == {("Javier Milei", "met", "José Antonio Kast")}
    found = read("Vox celebró la Cumbre de Patriotas en Madrid. Eduardo Bolsonaro, invitado por "
                 "la organización, llegó el lunes.")
    find(found, "Eduardo Bolsonaro", "invitedTo", "Cumbre de Patriotas")


def test_an_adverbial_clause_hung_on_an_adverb_shares_the_main_subject(read):
    # "después de", "antes de": the small model hangs the clause on the adverb
    found = read("Después de haber recibido a Kast, Milei viajó a Washington.")
    assert facts(found) == {("Javier Milei", "met", "José Antonio Kast")}
    found = read("Antes de reunirse con Meloni, Abascal habló con Viktor Orbán.")
    find(found, "Santiago Abascal", "met", "Giorgia Meloni")
    find(found, "Santiago Abascal", "contactWith", "Viktor Orbán")


def test_a_title_inside_an_adverbial_clause_is_not_the_main_subjects(read):
    found = read("Tras entrevistarse con el papa, Milei se reunió con Meloni.")
    assert facts(found) == {("Javier Milei", "met", "Giorgia Meloni")}


# ---------------------------------------------------------------- a past state is over


def test_a_post_or_membership_in_the_preterite_is_former(read):
    found = read("José Pérez, que presidió la Fundación Atlántica hasta 2020, asistió al acto.")
    assert find(found, "José Pérez", "leaderOf", "Fundación Atlántica").qualifiers.get("former")
    found = read("Ana Ruiz, que dirige la Fundación Atlántica desde 2019, presentó un informe.")
    assert not find(found, "Ana Ruiz", "leaderOf", "Fundación Atlántica").qualifiers.get("former")
    found = read("Pedro Salas, que militó en el Partido Popular, se afilió a Vox en 2021.")
    assert find(found, "Pedro Salas", "memberOf", "Partido Popular").qualifiers.get("former")
    assert not find(found, "Pedro Salas", "memberOf", "Vox").qualifiers.get("former")
