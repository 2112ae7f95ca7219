"""The parse-based extractor on verbs and appositions as journalists vary them: a refusal
with an adverbial before its infinitive, a name given after the one named ("lo llamó «...»"),
people who spoke in turn (not to each other), competing in alliance, co-leaders, calls
received, and relative clauses whose subject follows the verb.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def test_a_refusal_with_an_adverbial_before_its_infinitive_denies_it(read):
    found = facts(read("Luís Montenegro descartó el lunes por la noche respaldar a André Ventura."))
    assert ("Luís Montenegro", "not endorsed", "André Ventura") in found
    assert ("Luís Montenegro", "endorsed", "André Ventura") not in found
    found = facts(read("Abascal rechazó este martes en Madrid apoyar a Feijóo."))
    assert ("Santiago Abascal", "not endorsed", "Alberto Núñez Feijóo") in found
    found = facts(read("Milei se negó ayer en Buenos Aires a reunirse con Kast."))
    assert ("Javier Milei", "not met", "José Antonio Kast") in found
    found = facts(read("Milei evitó el domingo respaldar a Kast en público."))
    assert ("Javier Milei", "not endorsed", "José Antonio Kast") in found


def test_an_adverbial_before_an_infinitive_of_purpose_or_plain_verbs_keeps_the_claim(read):
    found = facts(read("Abascal viajó el lunes a Santiago para respaldar a Kast."))
    assert ("Santiago Abascal", "endorsed", "José Antonio Kast") in found
    absent(read("Kast quiere la semana próxima reunirse con Milei."), "met")


def test_a_name_given_after_the_one_named_is_no_call(read):
    absent(read('El propio Schlapp, quien llamó a Kast "el hombre que Chile necesita", '
                'aplaudió.'), "contactWith")
    absent(read("Milei llamó a Kast «traidor» en una entrevista."), "contactWith")
    found = facts(read("Milei llamó a Kast el lunes para felicitarlo."))
    assert ("Javier Milei", "contactWith", "José Antonio Kast") in found
    found = facts(read("Abascal llamó ayer a Milei y le felicitó por la victoria."))
    assert ("Santiago Abascal", "contactWith", "Javier Milei") in found


def test_people_who_spoke_in_turn_did_not_speak_to_each_other(read):
    absent(read("En el mitin, Kast y Milei hablaron por este orden tras el himno."),
           "contactWith")
    absent(read("Tras la apertura hablaron Abascal, Kast y Milei, ante diez mil personas."),
           "contactWith")
    found = facts(read("Kast y Milei hablaron por teléfono el lunes."))
    assert ("José Antonio Kast", "contactWith", "Javier Milei") in found \
        or ("Javier Milei", "contactWith", "José Antonio Kast") in found
    found = facts(read("Milei habló el lunes con Kast sobre la cumbre."))
    assert ("Javier Milei", "contactWith", "José Antonio Kast") in found


def test_running_in_alliance_with_a_party_allies_them(read):
    for text in ("Vox competirá en alianza con el PP en Castilla y León.",
                 "Vox concurrirá en coalición con el PP a las elecciones.",
                 "Vox se presentará en una lista conjunta con el PP.",
                 "Vox irá en alianza con el PP en las autonómicas."):
        found = read(text)
        assert ("Vox", "allied", "PP") in facts(found), text
        absent(found, "opponentOf")
        absent(found, "represents")
    found = facts(read("Luis Juez, líder del Frente Cívico, confirmó que su partido competirá "
                       "en alianza con La Libertad Avanza."))
    assert ("Frente Cívico", "allied", "La Libertad Avanza") in found


def test_competing_or_standing_with_no_alliance_keeps_its_meaning(read):
    found = facts(read("Vox competirá con el PP en Castilla y León."))
    assert ("Vox", "opponentOf", "PP") in found
    assert ("Vox", "allied", "PP") not in found
    found = facts(read("Kast se presenta a las presidenciales con el Partido Republicano."))
    assert ("José Antonio Kast", "represents", "Partido Republicano") in found


def test_a_shared_leadership_leads_the_party(read):
    for text in ("Alice Weidel, colíder de Vox, habló en Berlín.",
                 "La colíder de Vox, Alice Weidel, habló en Berlín.",
                 "Alice Weidel, copresidenta de Vox, no viajó.",
                 "El copresidente de Vox, Alice Weidel, no viajó."):
        assert ("Alice Weidel", "leaderOf", "Vox") in facts(read(text)), text


def test_the_partner_named_beside_a_shared_leadership_leads_it_too(read):
    found = facts(read("Tampoco viajó Alice Weidel, copresidenta de Alternativa para Alemania "
                       "(AfD) junto a Tino Chrupalla, aunque su partido envió un saludo."))
    assert ("Alice Weidel", "leaderOf", "Alternativa para Alemania") in found
    assert ("Tino Chrupalla", "leaderOf", "Alternativa para Alemania") in found
    found = facts(read("Alice Weidel, colíder de Vox con Tino Chrupalla, habló."))
    assert ("Tino Chrupalla", "leaderOf", "Vox") in found
    # a sole leader's companion leads nothing
    absent(read("Alice Weidel, presidenta de Vox junto a Tino Chrupalla, habló."), "leaderOf",
           "Tino Chrupalla")


def test_a_relative_clause_whose_subject_follows_the_verb(read):
    for text in ("Vox, la formación que lidera desde 2014 Santiago Abascal, celebró su "
                 "congreso.",
                 "Vox, el partido que fundó y preside Santiago Abascal, celebró su congreso.",
                 "Vox, el partido que creó y dirige Santiago Abascal, celebró su congreso.",
                 "Vox, el partido que lidera hoy Santiago Abascal, votó en contra."):
        found = facts(read(text))
        assert ("Santiago Abascal", "leaderOf", "Vox") in found, text
        assert ("Vox", "leaderOf", "Santiago Abascal") not in found, text


def test_a_relative_pronoun_that_is_the_subject_keeps_the_order(read):
    found = facts(read("Abascal, que preside Vox desde 2014, habló en Madrid."))
    assert ("Santiago Abascal", "leaderOf", "Vox") in found
    found = facts(read("Milei, que apoya a Kast desde la primera vuelta, viajó a Santiago."))
    assert ("Javier Milei", "endorsed", "José Antonio Kast") in found
    assert ("José Antonio Kast", "endorsed", "Javier Milei") not in found


def test_a_party_noun_followed_by_its_name_is_that_party_not_the_last_one(read):
    found = read("El foro cuenta entre sus oradores con el líder de Vox, Santiago Abascal; el "
                 "presidente del partido rumano AUR, George Simion, y el eurodiputado polaco "
                 "Dominik Tarczyński.")
    assert ("Santiago Abascal", "leaderOf", "Vox") in facts(found)
    absent(found, "leaderOf", "George Simion", "Vox")
    absent(found, "holdsOffice", "George Simion")  # the party is Romanian, not the office
    found = read("Santiago Abascal habló en Madrid. Después intervino la presidenta del "
                 "partido ultraconservador Chega, Rita Matias.")
    absent(found, "leaderOf", "Rita Matias", "Vox")


def test_where_a_party_stands_said_of_it_keeps_its_leader(read):
    found = facts(read("El líder del partido de extrema derecha Chega, André Ventura, habló."))
    assert ("André Ventura", "leaderOf", "Chega") in found
    found = facts(read("La presidenta de la formación de ultraderecha Vox, Rocío Monasterio, "
                       "habló en Madrid."))
    assert ("Rocío Monasterio", "leaderOf", "Vox") in found
    # a body within the party is led, not the party
    found = facts(read("El presidente del grupo parlamentario de Vox, Ignacio Garriga, habló."))
    assert ("Ignacio Garriga", "memberOf", "Vox") in found
    assert ("Ignacio Garriga", "leaderOf", "Vox") not in found


def test_calls_received_in_the_plural_or_of_a_kind(read):
    for text in ("André Ventura recibió llamadas de Santiago Abascal.",
                 "André Ventura recibió una llamada de felicitación de Santiago Abascal.",
                 "André Ventura recibió también llamadas de apoyo de Santiago Abascal."):
        found = facts(read(text))
        assert any(s == "Santiago Abascal" and r == "contactWith" and "Ventura" in o
                   for s, r, o in found), text
    found = facts(read("Milei mantuvo una reunión de trabajo con Kast en Buenos Aires."))
    assert ("Javier Milei", "met", "José Antonio Kast") in found


def test_a_call_from_a_title_is_from_the_person_not_the_party(read):
    found = read("Kast había recibido el jueves una llamada del presidente del PP, Alberto "
                 "Núñez Feijóo, quien le pidió prudencia.")
    absent(found, "contactWith", "PP")


def test_e_before_a_word_without_an_i_sound_joins_one_portuguese_name(read):
    found = facts(read("Seguro sumó el martes el respaldo del almirante Henrique Gouveia e Melo, "
                       "excandidato independiente."))
    assert any(s == "Henrique Gouveia e Melo" and r == "endorsed" for s, r, _ in found)
    assert not any(s in ("Henrique Gouveia", "Melo") for s, _, _ in found)
    found = facts(read("Kast se reunió con Santiago Abascal e Iván Espinosa en Madrid."))
    assert ("José Antonio Kast", "met", "Santiago Abascal") in found
    assert any(o == "Iván Espinosa" or s == "Iván Espinosa" for s, _, o in found)


def test_a_pledge_on_a_condition_is_no_claim(read):
    absent(read("Milei anunció que, si hubiera segunda vuelta, apoyaría a Kast."), "endorsed")
    absent(read("Abascal adelantó que respaldaría a Kast si pasaba a la segunda vuelta."),
           "endorsed")
    found = facts(read("Milei anunció que apoyaría a Kast en la segunda vuelta."))
    assert ("Javier Milei", "endorsed", "José Antonio Kast") in found


def test_an_organization_of_a_person_is_two_names(read):
    found = facts(read("Patriotas por Europa, la familia a la que pertenece también el Fidesz "
                       "de Viktor Orbán, se reunió en Madrid."))
    assert ("Fidesz", "memberOf", "Patriotas por Europa") in found
    found = facts(read("El Fidesz de Viktor Orbán se sumó en 2024 a Patriotas por Europa."))
    assert ("Fidesz", "memberOf", "Patriotas por Europa") in found
    found = facts(read("El Gobierno de Gustavo Petro recibió a Kast."))
    assert not any("Gobierno de" in s or "Gobierno de" in o for s, _, o in found)


def test_a_late_subject_the_parse_glues_onto_a_place(read):
    found = facts(read("Patriotas por Europa, la familia que preside en el Parlamento Europeo "
                       "Jordan Bardella, se reunió en Madrid."))
    assert ("Jordan Bardella", "leaderOf", "Patriotas por Europa") in found
    found = facts(read("Wilders milita en Patriotas por Europa, la familia que preside en el "
                       "Parlamento Europeo Jordan Bardella."))
    assert ("Wilders", "leaderOf", "Patriotas por Europa") not in found


def test_a_rival_or_an_ally_of_the_subjects_own(read):
    found = facts(read("Carlos Pollán atacó a su principal rival, Alfonso Fernández Mañueco."))
    assert ("Carlos Pollán", "opponentOf", "Alfonso Fernández Mañueco") in found
    found = facts(read("Carlos Pollán dedicó su intervención a su principal rival, el presidente "
                       "de la Junta, Alfonso Fernández Mañueco."))
    assert ("Carlos Pollán", "opponentOf", "Alfonso Fernández Mañueco") in found
    found = facts(read("Milei elogió a su aliado, José Antonio Kast, en Buenos Aires."))
    assert ("Javier Milei", "allied", "José Antonio Kast") in found
    # the verb's negation is not the rivalry's
    found = facts(read("Milei no criticó a su rival, Sergio Massa."))
    assert ("Javier Milei", "opponentOf", "Sergio Massa") in found
    # a rival that is the subject has no owner in the clause
    absent(read("Su rival, Sergio Massa, habló después de Milei."), "opponentOf")
