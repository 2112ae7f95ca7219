"""The parse extractor on naming the other end: a nickname set in commas after a full name
("Carlos Pérez, Chino,") that the text also writes before the surname ("Chino Pérez") names
the same person, whose full name stays the label; two surnames written alone ("Rosa Méndez",
"Reyes Villa") name the person whose full name they end, even when a word of them is a given
name or a plural title; a verb of saying opening a sentence with its subject dropped
("Precisa, eso sí, que…") is never a person.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _people(extraction) -> set[str]:
    return {e.label for e in extraction.entities if e.cls.endswith("Person")}


# ------------------------------------------------------------ a nickname in commas

def test_a_nickname_in_commas_that_a_headline_uses_names_the_full_name(read):
    found = read("Chino Pérez y Andrés Lozano firman en Sucre un pacto para 2030\n\n"
                 "Ante cientos de militantes, el exministro Carlos Pérez, Chino, y el senador "
                 "Andrés Lozano anunciaron ayer una alianza. Pérez habló después por teléfono "
                 "con el presidente argentino, Javier Milei.")
    assert "Chino Pérez" not in _people(found)
    assert ("Carlos Pérez", "contactWith", "Javier Milei") in facts(found)
    pérez = next(e for e in found.entities if e.label == "Carlos Pérez")
    assert "Chino Pérez" in pérez.aliases


def test_a_nickname_after_an_article_later_before_the_surname(read):
    found = read("La exdiputada Marta Robles, la Nena, llegó ayer a Quito. Según sus "
                 "colaboradores, Nena Robles se reunió el lunes con Santiago Abascal.")
    assert "Nena Robles" not in _people(found)
    assert ("Marta Robles", "met", "Santiago Abascal") in facts(found)


def test_a_nickname_in_brackets_or_after_mas_conocido_como(read):
    for given in ("(Chino)", ", más conocido como Chino,", ", popularmente el Chino,"):
        found = read("Chino Pérez firma en Sucre un pacto con Avanza\n\nEl exministro "
                     f"Carlos Pérez {given} anunció ayer una alianza con el senador Andrés "
                     "Lozano. Pérez habló después con Javier Milei.".replace(" ,", ","))
        assert "Chino Pérez" not in _people(found), given
        assert ("Carlos Pérez", "contactWith", "Javier Milei") in facts(found), given


def test_a_party_in_brackets_after_a_name_is_no_nickname(read):
    found = read("El exministro Carlos Pérez (Avanza) habló ayer con Javier Milei. Pérez "
                 "viajará a Lima.")
    pérez = next(e for e in found.entities if e.label == "Carlos Pérez")
    assert not any(a.startswith("Avanza") for a in pérez.aliases)


def test_a_word_in_commas_the_text_never_puts_before_the_surname_is_no_nickname(read):
    # A list of surnames: "Lozano" is another person, not Carlos Pérez's nickname.
    found = read("Intervinieron el exministro Carlos Pérez, Lozano, y Robles. Pérez habló "
                 "después con Javier Milei.")
    pérez = next(e for e in found.entities if e.label == "Carlos Pérez")
    assert not any(a.startswith("Lozano") for a in pérez.aliases)


def test_two_given_names_of_relatives_stay_two_people_without_a_nickname(read):
    found = read("Chino Pérez firma en Sucre un pacto con Avanza\n\nEl exministro Carlos "
                 "Pérez anunció ayer una alianza con el senador Andrés Lozano.")
    assert "Carlos Pérez" in _people(found)
    pérez = next(e for e in found.entities if e.label == "Carlos Pérez")
    assert "Chino Pérez" not in pérez.aliases


# ------------------------------------------------------------ two surnames alone

def test_two_surnames_in_a_headline_join_the_full_name_they_end(read):
    found = read("Rosa Méndez y Pérez sellan en Sucre una alianza\n\nEl exministro Carlos "
                 "Pérez y el alcalde de la ciudad, Pedro Rosa Méndez, anunciaron ayer una "
                 "alianza. Rosa Méndez, exgobernador de Tarija, no quiso aclarar nada.")
    assert "Rosa Méndez" not in _people(found)
    assert ("Pedro Rosa Méndez", "holdsOffice", "Gobernador de Tarija") in facts(found)


def test_a_plural_title_opening_two_surnames_is_a_surname(read):
    found = read("Pérez y Reyes Villa sellan una alianza en Sucre\n\nEl exministro Carlos "
                 "Pérez y el alcalde, Manfred Reyes Villa, anunciaron ayer una alianza. Reyes "
                 "Villa, exgobernador de Cochabamba, no aclaró si será candidato.")
    people = _people(found)
    assert "Villa" not in people and "Reyes Villa" not in people
    assert ("Manfred Reyes Villa", "holdsOffice", "Gobernador de Cochabamba") in facts(found)


def test_a_plural_title_with_its_article_is_still_a_title(read):
    found = read("Los Reyes Felipe y Letizia recibieron ayer a Javier Milei en Madrid.")
    assert not any(label.startswith("Reyes") for label in _people(found))


# ------------------------------------------------------------ a verb of saying opening

def test_a_verb_of_saying_opening_a_sentence_is_no_person(read):
    found = read("La diputada Laura Ibarra visitó ayer Lima. Precisa, eso sí, que nunca se "
                 "ha reunido con Santiago Abascal.")
    assert "Precisa" not in {e.label for e in found.entities}
    assert ("Laura Ibarra", "not met", "Santiago Abascal") in facts(found)


def test_verbs_of_saying_in_other_persons_and_tenses(read):
    for opener in ("Admite", "Insistió en", "Reconocen, además,", "Matiza"):
        found = read(f"La senadora Laura Ibarra presentó ayer su libro. {opener} que habló "
                     "por teléfono con Jair Bolsonaro.")
        labels = {e.label for e in found.entities}
        assert opener.split()[0].strip(",") not in labels, opener


def test_a_surname_homograph_before_its_verb_stays_a_name(read):
    # "Cuenta" is a verb of saying only with its subject dropped; a name after it is none.
    found = facts(read("Javier Milei llegó ayer a Madrid. Milei, que cuenta con el apoyo de "
                       "Vox, se reunió con Santiago Abascal."))
    assert ("Javier Milei", "met", "Santiago Abascal") in found


# ------------------------------------------------------------ a party the text calls so

def _class_of(extraction, label: str) -> str:
    return next(e.cls for e in extraction.entities if e.label == label).rsplit("#", 1)[-1]


def test_a_party_noun_before_a_coalition_shaped_name_makes_it_a_party(read):
    for text, name in (
            ("El senador Luis Mora, del partido Frente Amplio Nacional, se reunió con "
             "Santiago Abascal.", "Frente Amplio Nacional"),
            ("El líder opositor Nikola Petrov recordó que su partido, la Coalición por la "
             "Dignidad, boicotea los actos de Vox.", "Coalición por la Dignidad"),
            ("Pedro Soto, líder de la formación ultraderechista Alianza Patriótica Rural, se "
             "reunió ayer con Santiago Abascal.", "Alianza Patriótica Rural")):
        assert _class_of(read(text), name) == "PoliticalParty", text


def test_without_a_party_noun_the_head_word_keeps_its_class(read):
    found = read("Luis Mora, líder de la coalición Alianza por el Cambio Social, se reunió "
                 "ayer con Santiago Abascal.")
    assert _class_of(found, "Alianza por el Cambio Social") == "Coalition"
    found = read("Luis Mora, líder de la plataforma Alianza Cívica Nacional, se reunió ayer "
                 "con Santiago Abascal.")
    assert _class_of(found, "Alianza Cívica Nacional") != "PoliticalParty"


# ------------------------------------------------------------ a chamber before a name

def test_a_chamber_before_a_persons_name_is_where_the_seat_is(read):
    for chamber in ("Congreso", "Parlamento", "Senado"):
        found = read(f"No estuvo el diputado por Málaga en el {chamber} Luis Romero, de baja "
                     "desde hace dos semanas.")
        assert "Luis Romero" in _people(found), chamber
        assert not any(e.label.startswith(chamber) for e in found.entities), chamber


def test_a_foundation_named_after_a_person_stays_one_name(read):
    found = read("La Fundación Francisco Franco organizó ayer un acto en Madrid.")
    assert "Francisco Franco" not in _people(found)


def test_a_party_noun_said_of_another_noun_leaves_the_name_alone(read):
    found = read("Milei recibió un premio en el foro que organiza el laboratorio de ideas de "
                 "su partido, la Fundación Horizonte Libre, en Madrid. Luis Mora, director de "
                 "la Fundación Horizonte Libre, se reunió con Santiago Abascal.")
    assert _class_of(found, "Fundación Horizonte Libre") != "PoliticalParty"


# ------------------------------------------------------------ two nouns paired by "y"

def test_two_capitalized_nouns_joined_by_y_after_their_noun_are_one_name(read):
    for text, name in (
            ("Abascal participó en la cumbre Soberanía y Paz, organizada por Vox.",
             "Soberanía y Paz"),
            ("Luis Mora, líder del partido Orden y Progreso, se reunió con Santiago Abascal.",
             "Orden y Progreso"),
            ("Luis Mora, presidente de la asociación Vida y Esperanza, se reunió con "
             "Santiago Abascal.", "Vida y Esperanza")):
        assert name in {e.label for e in read(text).entities}, text


def test_a_place_or_a_known_name_after_y_ends_the_name(read):
    found = read("Abascal visitó el foro Madrid y Kast habló con Milei en Santiago.")
    labels = {e.label for e in found.entities}
    assert not any(" y " in label for label in labels)
    found = read("Abascal participó en el foro Raíces y Santiago Abascal habló después.")
    assert not any(" y " in e.label for e in found.entities)
