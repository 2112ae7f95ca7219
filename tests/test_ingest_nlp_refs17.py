"""The parse extractor on role nouns that stand for a person named before: a title that a loose
parse hangs on a name ("ven en la Liga al aliado natural frente a una Giorgia Meloni") does
not make her a man when the article right before her name is feminine, so a feminine title
later ("la primera ministra", "la presidenta") still stands for her; a title of the other
gender never stands for the person.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


@pytest.mark.parametrize("text", [
    "En Roma muchos ven en la Liga al aliado natural frente a una Giorgia Meloni cómoda en "
    "Bruselas. Tomás Urquiza se reunió con la primera ministra en el Palacio Chigi.",
    "Algunos ven en Vox al socio natural de una Giorgia Meloni demasiado cómoda en Bruselas. "
    "Tomás Urquiza, en cambio, cenó con la primera ministra en Roma.",
    "Los analistas ven en Salvini al rival interno de una Giorgia Meloni sin prisa. Ayer, "
    "Tomás Urquiza se entrevistó con la primera ministra.",
])
def test_a_stray_masculine_title_does_not_hide_a_woman(read, text):
    assert ("Tomás Urquiza", "met", "Giorgia Meloni") in facts(read(text))


@pytest.mark.parametrize("text, person, office", [
    ("Algunos ven en Vox al socio natural de una Giorgia Meloni demasiado cómoda en "
     "Bruselas. La primera ministra no tiene prisa.", "Giorgia Meloni",
     "Primer ministro de Italia"),
    ("En Ciudad de México dan como favorito al rival de una Claudia Sheinbaum que no quiere "
     "debates. La presidenta calla.", "Claudia Sheinbaum", "Presidente de México"),
])
def test_the_feminine_title_later_is_hers(read, text, person, office):
    assert (person, "holdsOffice", office) in facts(read(text))


@pytest.mark.parametrize("text", [
    "Pedro Lanza llegó a Roma. Tomás Urquiza se reunió con la primera ministra.",
    "Giorgia Meloni llegó a Madrid. Tomás Urquiza se reunió con el primer ministro.",
])
def test_a_title_of_the_other_gender_is_not_the_person(read, text):
    found = facts(read(text))
    assert ("Tomás Urquiza", "met", "Pedro Lanza") not in found
    assert ("Tomás Urquiza", "met", "Giorgia Meloni") not in found


# ------------------------------------------------------------ the host

@pytest.mark.parametrize("text, guest, host", [
    ("La ministra de Finanzas, Riikka Purra, reunió el fin de semana a la derecha nórdica en "
     "un congreso en Helsinki. Jimmie Åkesson, que intervino el domingo, respaldó sin matices "
     "a su anfitriona.", "Jimmie Åkesson", "Riikka Purra"),
    ("Tomás Urquiza viajó a Lima invitado por Rafael López Aliaga. Urquiza apoyó a su "
     "anfitrión en la campaña.", "Tomás Urquiza", "Rafael López Aliaga"),
    ("Marta Ibáñez Soler convocó a los dirigentes del partido en Sevilla. Al final, Tomás "
     "Urquiza respaldó a la anfitriona.", "Tomás Urquiza", "Marta Ibáñez Soler"),
])
def test_the_host_is_the_one_who_gathered_or_invited(read, text, guest, host):
    assert (guest, "endorsed", host) in facts(read(text))


@pytest.mark.parametrize("text", [
    # a meeting between equals makes no host
    "Tomás Urquiza se reunió con Rafael López Aliaga en Lima. Urquiza apoyó a su anfitrión.",
    # two hosts: either
    "Rafael López Aliaga recibió a Tomás Urquiza en Lima. Días después, Pedro Lanza recibió "
    "a Urquiza en Cusco. Urquiza apoyó a su anfitrión.",
    # receiving support hosts no one
    "Rafael López Aliaga recibió el apoyo de Pedro Lanza. Tomás Urquiza apoyó a su anfitrión.",
])
def test_no_host_or_two_hosts_leave_the_noun_unread(read, text):
    found = facts(read(text))
    assert not {(s, o) for s, r, o in found if r == "endorsed" and s == "Tomás Urquiza"}


# ------------------------------------------------------------ "el mandatario"

@pytest.mark.parametrize("text, person, other", [
    ("El gobernador Osvaldo Jaldo, que rompió con Patricia Bullrich en 2023, no fue invitado "
     "al acto, aunque el mandatario mantuvo una reunión con Eduardo Menem en Buenos Aires.",
     "Osvaldo Jaldo", "Eduardo Menem"),
    ("La gobernadora Ana Ruiz Paz, aliada de Pedro Lanza desde 2019, no acudió a la cena. Sin "
     "embargo, la mandataria se reunió después con Tomás Urquiza en el hotel.",
     "Ana Ruiz Paz", "Tomás Urquiza"),
    ("El gobernador Osvaldo Jaldo y el senador Pedro Lanza llegaron juntos. El mandatario se "
     "reunió luego con Tomás Urquiza.", "Osvaldo Jaldo", "Tomás Urquiza"),
])
def test_the_mandatario_is_the_head_of_an_executive_named_before(read, text, person, other):
    assert (person, "met", other) in facts(read(text))


def test_the_mandatario_is_not_one_given_another_office(read):
    found = facts(read("El senador Pedro Lanza y la ministra Ana Ruiz Paz llegaron juntos. El "
                       "mandatario se reunió luego con Tomás Urquiza."))
    assert ("Pedro Lanza", "met", "Tomás Urquiza") not in found
