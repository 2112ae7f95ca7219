"""The parse extractor on lists of those who came to a gathering: others attending a meeting of
two ("A se reunió con B. Asistieron también C y D") take part in that meeting, named by its
kind and the two who held it; not the two themselves, not a list at a gathering the clause
names, not a meeting nobody else attended.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _attended(text: str, read) -> dict[str, set[str]]:
    """Meeting -> those said to take part in it."""
    found: dict[str, set[str]] = {}
    for s, r, o in facts(read(text)):
        if r == "participatedIn":
            found.setdefault(o, set()).add(s)
    return found


# ------------------------------------------------------------ a meeting of two, and others

def test_others_attending_after_a_reflexive_meeting(read):
    found = _attended("La alcaldesa de Soria, Marta Llorente, se reunió el lunes con el "
                      "portavoz de Vox, Julio Peñalba. Asistieron también el concejal de "
                      "Urbanismo, Tomás Gil, y la diputada provincial Inés Rubio.", read)
    meeting = next(k for k in found if k.startswith("Reunión entre"))
    assert found[meeting] == {"Tomás Gil", "Inés Rubio"}
    assert "Marta Llorente" in meeting and "Julio Peñalba" in meeting


def test_the_meeting_named_by_its_holders_keeps_the_texts_words(read):
    found = _attended("Lorena Vidal y Andrés Tobar se reunieron el martes en Huesca. La "
                      "reunión entre Vidal y Tobar duró dos horas. A la cita asistieron "
                      "también el senador Rubén Ortiz y la concejala de Vox Elena Pardo.", read)
    assert found.get("Reunión entre Vidal y Tobar") == {"Rubén Ortiz", "Elena Pardo"}


def test_a_relative_on_a_meeting_held_by_both(read):
    found = _attended("El presidente Hernán Molina llegó ayer a Salta y fue recibido por el "
                      "gobernador Ramiro Iturbe. Ambos mantuvieron después una reunión en la "
                      "Casa de Gobierno, de la que participaron también la ministra de "
                      "Hacienda, Clara Benítez, y el diputado Oscar Lugones.", read)
    meeting = next(k for k in found if k.startswith("Reunión entre"))
    assert found[meeting] == {"Clara Benítez", "Oscar Lugones"}


def test_a_meal_keeps_its_kind(read):
    found = _attended("En Rosario, la ministra Karen Soto almorzó con el gobernador Emilio "
                      "Fuentes en la residencia oficial. El almuerzo, al que también "
                      "asistieron la vicegobernadora Sara Olmos y el senador Hugo Ibáñez, se "
                      "alargó dos horas.", read)
    assert found.get("Almuerzo entre Karen Soto y Emilio Fuentes") == {"Sara Olmos",
                                                                      "Hugo Ibáñez"}
    found = _attended("La ministra Karen Soto cenó el jueves con el gobernador Emilio Fuentes. "
                      "La cena, a la que también asistieron la vicegobernadora Sara Olmos y el "
                      "senador Hugo Ibáñez, terminó tarde.", read)
    assert found.get("Cena entre Karen Soto y Emilio Fuentes") == {"Sara Olmos", "Hugo Ibáñez"}


def test_those_who_came_are_dated_with_the_meeting(read):
    extraction = read("La alcaldesa Marta Llorente se reunió el lunes 27 de abril con el "
                      "portavoz de Vox, Julio Peñalba. Asistieron también el concejal Tomás "
                      "Gil y la diputada Inés Rubio.")
    dates = {c.subject: c.date for c in extraction.candidates
             if c.relation == "participatedIn"}
    assert dates.get("Tomás Gil") == "2026-04-27"


# ------------------------------------------------------------ what is not claimed

def test_the_two_who_met_do_not_attend_their_own_meeting(read):
    found = _attended("Lorena Vidal se reunió con Andrés Tobar en Huesca. Asistieron también "
                      "el senador Rubén Ortiz y la concejala Elena Pardo.", read)
    assert not any({"Lorena Vidal", "Andrés Tobar"} & people for people in found.values())


def test_a_list_at_a_gathering_the_clause_names_is_not_the_meetings(read):
    found = _attended("Lorena Vidal se reunió con Andrés Tobar en Oslo. Al foro asistieron "
                      "también el senador Rubén Ortiz y la concejala Elena Pardo.", read)
    assert not any(k.startswith("Reunión") for k in found)


def test_a_meeting_nobody_else_attended_is_no_event(read):
    found = _attended("Lorena Vidal se reunió con Andrés Tobar en Huesca. Hablaron de los "
                      "presupuestos durante dos horas.", read)
    assert not any(k.startswith("Reunión") for k in found)


def test_a_gathering_of_many_is_no_meeting_of_two(read):
    found = _attended("La cumbre reunió a Lorena Vidal y a Andrés Tobar en Huesca. Asistieron "
                      "también el senador Rubén Ortiz y la concejala Elena Pardo.", read)
    assert not any(k.startswith("Reunión entre") for k in found)


def test_attendance_denied_is_not_claimed(read):
    extraction = read("Lorena Vidal se reunió con Andrés Tobar en Huesca. No asistieron, en "
                      "cambio, el senador Rubén Ortiz ni la concejala Elena Pardo.")
    assert not any(c.relation == "participatedIn" and not c.negated and
                   c.subject == "Rubén Ortiz" for c in extraction.candidates)


# ------------------------------------------------------------ a gathering's list after a colon

def test_a_gathering_verb_makes_its_listed_guests_take_part(read):
    extraction = read("El Foro Atlántico Sur abrió sus puertas en Cádiz. La cumbre reunió a "
                      "cientos de simpatizantes y a varios invitados extranjeros: el líder de "
                      "Chega, André Ventura; la diputada Lucía Ferraz y el senador chileno "
                      "Tomás Urrutia.")
    found = facts(extraction)
    for name in ("André Ventura", "Lucía Ferraz", "Tomás Urrutia"):
        assert (name, "invitedTo", "Foro Atlántico Sur") in found
        assert (name, "participatedIn", "Foro Atlántico Sur") in found
    assert ("Chega", "participatedIn", "Foro Atlántico Sur") not in found


def test_a_gathering_of_the_party_top_needs_no_word_of_guests(read):
    found = facts(read("El Foro Atlántico Sur abrió sus puertas en Cádiz. El foro congregó a "
                       "buena parte de la dirección: el vicesecretario, Pablo Arrieta; la "
                       "presidenta, Nuria Salgado, y el alcalde de Jerez, Luis Carmona."))
    for name in ("Pablo Arrieta", "Nuria Salgado", "Luis Carmona"):
        assert (name, "participatedIn", "Foro Atlántico Sur") in found


def test_the_next_sentences_gathering_noun_is_the_one_just_told(read):
    found = facts(read("Elecciones en Noruega\n\nListhaug llega a la fiesta electoral de su "
                       "partido en Oslo. La velada, organizada por las juventudes del partido, "
                       "reúne a varios invitados: el eurodiputado Marco Bellini; la diputada "
                       "Anne Solberg y el senador Pierre Lavigne."))
    events = {o for s, r, o in found if s == "Marco Bellini" and r == "participatedIn"}
    assert events and all(o.startswith("Fiesta") for o in events)


def test_a_meeting_of_two_gathers_no_list(read):
    found = facts(read("Lorena Vidal se reunió con Andrés Tobar: hablaron de los presupuestos, "
                       "de la sanidad y de la vivienda."))
    assert not any(r == "participatedIn" for _, r, _ in found)


# ------------------------------------------------------------ an item's own words

def test_an_items_participle_does_not_leak_to_the_next_items(read):
    found = facts(read("El Foro Atlántico Sur se celebró en Cádiz. Desde Lisboa llegó el "
                       "diputado Rui Matos, invitado por la Fundación Atlántida; desde Roma, el "
                       "senador Paolo Ricci; y de Atenas, la eurodiputada Eleni Kostas."))
    assert ("Rui Matos", "invitedTo", "Foro Atlántico Sur") in found
    assert ("Paolo Ricci", "invitedTo", "Foro Atlántico Sur") not in found
    assert ("Eleni Kostas", "invitedTo", "Foro Atlántico Sur") not in found


def test_a_plural_participle_after_a_list_is_every_items(read):
    found = facts(read("El Foro Atlántico Sur se celebró en Cádiz. Acudieron el diputado Rui "
                       "Matos, de Chega; el senador Paolo Ricci; y la eurodiputada Eleni "
                       "Kostas, invitados por la Fundación Atlántida."))
    for name in ("Rui Matos", "Paolo Ricci", "Eleni Kostas"):
        assert (name, "participatedIn", "Foro Atlántico Sur") in found
