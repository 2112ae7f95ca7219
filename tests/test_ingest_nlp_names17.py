"""The parse extractor on names: a lone surname that two of the document's people share goes
to the one the text names in full most often; a one-word town between a seat's title and a
person's name ("el diputado de Oulu X") is the title's place, not a word of the name; and a
city's demonym after a title that the small model reads as a verb ("la regidora tapatía X")
is the title's adjective. A party's adjective standing for its noun between a title and a
name ("el alcalde de X, el popular Y") leaves the title to the name.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _names(extraction) -> set[str]:
    return {e.label for e in extraction.entities}


# ------------------------------------------------------------ a surname two people share

def test_a_lone_surname_goes_to_the_relative_named_in_full_most_often(read):
    found = facts(read("Marine Le Pen llegó el sábado a Perpiñán. Marine Le Pen recordó que su "
                       "padre, Jean-Marie Le Pen, fundó el partido. Le Pen anunció su apoyo a "
                       "Louis Aliot."))
    assert ("Marine Le Pen", "endorsed", "Louis Aliot") in found
    assert ("Jean-Marie Le Pen", "endorsed", "Louis Aliot") not in found


def test_the_protagonist_keeps_the_surname_after_a_passing_mention_of_the_father(read):
    found = facts(read("Flávio Bolsonaro habló ante los militantes en São Paulo. El senador "
                       "Flávio Bolsonaro, hijo del expresidente Jair Bolsonaro, pidió el voto. "
                       "Bolsonaro respaldó después a Tarcísio de Freitas."))
    assert ("Flávio Bolsonaro", "endorsed", "Tarcísio de Freitas") in found
    assert ("Jair Bolsonaro", "endorsed", "Tarcísio de Freitas") not in found


def test_between_as_many_full_names_the_one_named_last_keeps_the_surname(read):
    found = facts(read("Flávio Bolsonaro visitó Brasilia. Después habló Jair Bolsonaro. "
                       "Bolsonaro respaldó a Tarcísio de Freitas."))
    assert ("Jair Bolsonaro", "endorsed", "Tarcísio de Freitas") in found
    assert ("Flávio Bolsonaro", "endorsed", "Tarcísio de Freitas") not in found


# ------------------------------------------------------------ a town between title and name

def test_a_town_after_a_deputys_title_is_not_part_of_the_name(read):
    extraction = read("El diputado de Oulu Juha-Pekka Rantala se reunió con Santiago Abascal.")
    assert ("Juha-Pekka Rantala", "met", "Santiago Abascal") in facts(extraction)
    assert not any("Oulu" in name and "Rantala" in name for name in _names(extraction))


def test_a_councillors_town_and_a_senators_town_are_cut_off_the_name(read):
    extraction = read("La concejala de Getafe Marta Llorente y el senador de Tampere Mikko "
                      "Lundén asistieron al congreso de Vox.")
    names = _names(extraction)
    assert "Marta Llorente" in names
    assert not any("Getafe" in name and "Llorente" in name for name in names)


def test_a_known_party_after_the_title_stays_the_party(read):
    found = facts(read("El diputado de Fidesz Zoltán Kovács se reunió con Santiago Abascal."))
    assert ("Zoltán Kovács", "memberOf", "Fidesz") in found
    assert ("Zoltán Kovács", "met", "Santiago Abascal") in found


# ------------------------------------------------------------ a city's demonym read as a verb

def test_a_city_demonym_read_as_a_verb_gives_the_title_its_city(read):
    found = facts(read("La regidora tapatía Lucía Almaraz se reunió con Santiago Abascal."))
    assert ("Lucía Almaraz", "holdsOffice", "Regidora de Guadalajara") in found
    assert ("Lucía Almaraz", "met", "Santiago Abascal") in found


def test_a_masculine_city_demonym_after_a_mayor(read):
    found = facts(read("El alcalde regiomontano Luis Treviño asistió al foro de Vox."))
    assert ("Luis Treviño", "holdsOffice", "Alcalde de Monterrey") in found


def test_a_demonym_the_model_reads_as_an_adjective_is_left_alone(read):
    found = facts(read("La concejala madrileña Lucía Almaraz se reunió con Santiago Abascal."))
    assert ("Lucía Almaraz", "holdsOffice", "Concejal de Madrid") in found


def test_a_demonym_after_a_noun_that_is_no_title_gives_no_office(read):
    found = facts(read("La cocina tapatía llegó a Madrid con Lucía Almaraz."))
    assert not any(relation == "holdsOffice" for _, relation, _ in found)


# ------------------------------------------------------------ a party's adjective in apposition

def test_a_popular_after_a_title_keeps_the_title_for_the_name(read):
    found = facts(read("No acudió, en cambio, el presidente de la Diputación de Cádiz, el popular "
                       "Toni Ruiz, que no respondió a la invitación. Tampoco estuvieron "
                       "dirigentes del PP."))
    assert ("Toni Ruiz", "holdsOffice", "Presidente de la Diputación de Cádiz") in found
    assert ("Toni Ruiz", "memberOf", "PP") in found


def test_a_socialist_mayor_in_apposition_holds_the_office_and_the_party(read):
    found = facts(read("La alcaldesa de Gijón, la socialista Marta Villa, saludó a los vecinos "
                       "junto a dirigentes del PSOE."))
    assert ("Marta Villa", "holdsOffice", "Alcalde de Gijón") in found
    assert ("Marta Villa", "memberOf", "PSOE") in found


def test_popular_meaning_well_liked_is_no_party(read):
    found = facts(read("El alcalde de Cádiz, el popular cantante Toni Ruiz, saludó a dirigentes "
                       "del PP."))
    assert ("Toni Ruiz", "memberOf", "PP") not in found


# ------------------------------------------------------------ a well-known surname alone

def test_a_well_known_surname_alone_names_the_politician_in_full(read):
    found = facts(read("Dentro del partido, Pedro Ortiz es un hombre de Buxadé, y ambos se "
                       "reúnen cada vez que Buxadé pasa por Sevilla."))
    assert ("Pedro Ortiz", "met", "Jorge Buxadé") in found


def test_a_well_known_surname_as_subject_and_then_in_full_is_one_person(read):
    extraction = read("Garriga se reunió con Santiago Abascal en Barcelona. Después, Ignacio "
                      "Garriga habló en Reus.")
    assert ("Ignacio Garriga", "met", "Santiago Abascal") in facts(extraction)
    assert "Garriga" not in _names(extraction)


def test_a_namesake_the_text_names_in_full_keeps_the_surname(read):
    found = facts(read("El concejal Alberto Garriga votó en Reus. Garriga se reunió después "
                       "con Santiago Abascal."))
    assert ("Alberto Garriga", "met", "Santiago Abascal") in found
    assert ("Ignacio Garriga", "met", "Santiago Abascal") not in found


def test_a_surname_several_listed_people_bear_is_not_completed(read):
    extraction = read("Fujimori se reunió con Santiago Abascal en Lima.")
    assert not {"Keiko Fujimori", "Alberto Fujimori"} & _names(extraction)


# ------------------------------------------------------------ a nickname inside the name

def _person(extraction, label):
    return next(e for e in extraction.entities if e.label == label)


def test_a_quoted_nickname_inside_the_name_stays_in_its_fullest_form(read):
    extraction = read('El armador del partido, Eduardo "Lule" Menem, se reunió con Santiago '
                      'Abascal en Madrid.')
    assert ('Eduardo "Lule" Menem', "met", "Santiago Abascal") in facts(extraction)
    assert "Eduardo Menem" in _person(extraction, 'Eduardo "Lule" Menem').aliases


def test_the_bare_name_and_the_nickname_name_the_same_person_later(read):
    extraction = read("Mauricio «Mauri» Gómez, diputado de Vox, saludó a los militantes. Después "
                      "Mauri Gómez se reunió con Santiago Abascal.")
    assert ('Mauricio "Mauri" Gómez', "met", "Santiago Abascal") in facts(extraction)
    assert not {"Mauri Gómez", "Mauricio Gómez"} & _names(extraction)


def test_a_quoted_word_after_a_whole_name_is_no_nickname(read):
    extraction = read('Lucía Ferrer se reunió con Santiago Abascal en la presentación del libro '
                      '"Patria" en Sevilla.')
    assert "Lucía Ferrer" in _names(extraction)
    assert not any('"' in name for name in _names(extraction))
