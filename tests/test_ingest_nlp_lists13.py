"""The parse extractor on parties the press names by their person ("la Nueva Democracia del
primer ministro X", "los Demócratas de Dinamarca de Y"): a new name with no head word of its
own, so named, is a party and the person its member; places, bodies and groups of parties
so named are not.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
from helpers import facts, model_or_skip

from graph.ingest import Document, Knowledge
from graph.ingest.temporal import Anchor


@pytest.fixture(scope="module")
def read(kg):
    from graph.ingest.nlp import NlpExtractor

    model_or_skip()
    extractor, knowledge = NlpExtractor(), Knowledge.from_graph(kg)

    def run(text: str, issued: str = "2026-05-02"):
        return extractor.extract(Document(text, Anchor.parse(issued)), knowledge)
    return run


def _members(result, relations=("memberOf",)) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in result.candidates if c.relation in relations}


@pytest.mark.parametrize("text, person, party", [
    ("Ganó las elecciones la Nueva Concordia del primer ministro Aris Dimou.",
     "Aris Dimou", "Nueva Concordia"),
    ("Según los sondeos, los Liberales Unidos de la senadora Ana Berg ganarían en marzo.",
     "Ana Berg", "Liberales Unidos"),
    ("El pacto con la Alternativa Verde de la exministra Clara Fontana se firmó ayer.",
     "Clara Fontana", "Alternativa Verde"),
    ("Las encuestas dan ventaja a los Liberales Unidos del presidente Tomas Berg.",
     "Tomas Berg", "Liberales Unidos"),
])
def test_a_new_party_named_by_its_person(read, text, person, party):
    result = read(text)
    assert (person, party) in _members(result, ("leaderOf",))  # "el partido de X": its leader
    classes = {e.label: e.cls for e in result.entities}
    assert classes.get(party, "").endswith("PoliticalParty")


@pytest.mark.parametrize("text", [
    # a country named by its ruler stays a country
    "La Hungría de Viktor Orbán gana peso en Bruselas.",
    # a body whose head word names it is no party
    "La moción contra la Comisión de Clara Fontana fracasó.",
    "La Fundación Horizonte de Clara Fontana organizó el acto.",
    # a coordinated name may be a group of parties
    "¿Se acercarán a los Conservadores y Liberales de Clara Fontana?",
    # no article: the name after "de" may be the party's own
    "Nueva Concordia de Aris Dimou no es un partido, es una canción.",
])
def test_no_party_without_the_frame(read, text):
    assert not _members(read(text))


def test_the_person_of_a_known_party_stays_its_leader(read):
    assert ("Santiago Abascal", "leaderOf", "Vox") in facts(
        read("El crecimiento del Vox de Santiago Abascal preocupa al Gobierno."))


@pytest.mark.parametrize("text, giver, receiver", [
    ("Los elogios de Giorgia Meloni a Kyriakos Mitsotakis sorprendieron en Bruselas.",
     "Giorgia Meloni", "Kyriakos Mitsotakis"),
    ("Mitsotakis cosechó los elogios de Giorgia Meloni.", "Giorgia Meloni", "Mitsotakis"),
    ("Kyriakos Mitsotakis recibió las felicitaciones de Giorgia Meloni y de Nayib Bukele.",
     "Nayib Bukele", "Kyriakos Mitsotakis"),
    ("Kyriakos Mitsotakis se ganó las alabanzas de Giorgia Meloni por su política migratoria.",
     "Giorgia Meloni", "Kyriakos Mitsotakis"),
    # what earns the praise is a thing; whom it earns it for, the dative
    ("Kyriakos Mitsotakis aplica una política que le ha valido los elogios de Giorgia Meloni.",
     "Giorgia Meloni", "Kyriakos Mitsotakis"),
    ("Su dureza le valió a Kyriakos Mitsotakis los elogios de Giorgia Meloni.",
     "Giorgia Meloni", "Kyriakos Mitsotakis"),
])
def test_praise_named_with_its_giver_is_backing(read, text, giver, receiver):
    assert (giver, "endorsed", receiver) in facts(read(text))


@pytest.mark.parametrize("text", [
    # praise in a speech that does not name who gives it
    "Giorgia Meloni dedicó sus mayores elogios a Kyriakos Mitsotakis.",
    # criticism earned is no backing
    "Aquella política le valió a Mitsotakis muchas críticas de Giorgia Meloni.",
])
def test_no_backing_without_a_named_giver_of_praise(read, text):
    assert not any(r == "endorsed" for _, r, _ in facts(read(text)))


def test_praise_denied_is_negated(read):
    assert ("Giorgia Meloni", "not endorsed", "Kyriakos Mitsotakis") in facts(
        read("Kyriakos Mitsotakis no recibió los elogios de Giorgia Meloni."))


@pytest.mark.parametrize("text", [
    "José Antonio Kast recibió mensajes de Giorgia Meloni, Nayib Bukele y Donald Trump.",
    "Santiago Abascal recibió cartas de Giorgia Meloni, Nayib Bukele y Donald Trump.",
])
def test_a_list_after_de_is_not_what_was_received(read, text):
    # the messages came from them; none of them was received in person
    assert not any(r == "met" for _, r, _ in facts(read(text)))


def test_persons_received_in_person_are_all_met(read):
    found = facts(read("Santiago Abascal recibió a Giorgia Meloni, Nayib Bukele y Donald Trump."))
    for guest in ("Giorgia Meloni", "Nayib Bukele", "Donald Trump"):
        assert ("Santiago Abascal", "met", guest) in found


def test_a_plural_title_shared_out_receives_each_holder(read):
    found = facts(read("Abascal recibió a los presidentes de Argentina, Javier Milei, y de "
                       "Ecuador, Daniel Noboa."))
    assert ("Santiago Abascal", "met", "Javier Milei") in found
    assert ("Santiago Abascal", "met", "Daniel Noboa") in found


def test_a_plural_title_shared_out_as_subject_takes_part_each(read):
    found = facts(read("Los presidentes de Argentina, Javier Milei, y de Ecuador, Daniel Noboa, "
                       "participaron en la CPAC Brasil."))
    assert ("Javier Milei", "participatedIn", "CPAC Brasil") in found
    assert ("Daniel Noboa", "participatedIn", "CPAC Brasil") in found


def test_a_plural_title_shared_out_keeps_the_negation(read):
    found = facts(read("Los presidentes de Argentina, Javier Milei, y de Ecuador, Daniel Noboa, "
                       "no asistieron a la CPAC Brasil."))
    assert ("Daniel Noboa", "not participatedIn", "CPAC Brasil") in found
    assert ("Daniel Noboa", "participatedIn", "CPAC Brasil") not in found


def test_a_singular_title_does_not_reach_a_later_clause(read):
    found = facts(read("Abascal recibió a la presidenta de Honduras, Xiomara Castro, y luego "
                       "habló con el ministro de Chile, Claudio Orrego."))
    assert ("Santiago Abascal", "met", "Claudio Orrego") not in found


@pytest.mark.parametrize("text, present", [
    ("La reunión entre Javier Milei y José Antonio Kast, que duró dos horas, contó también con "
     "la presencia de Karina Milei.", ["Karina Milei"]),
    ("El encuentro de Javier Milei con José Antonio Kast contó con la participación de Karina "
     "Milei y de Diana Mondino.", ["Karina Milei", "Diana Mondino"]),
])
def test_one_present_at_a_meeting_met_its_parties(read, text, present):
    found = facts(read(text))
    for person in present:
        assert (person, "met", "José Antonio Kast") in found


def test_absence_from_a_meeting_is_negated(read):
    found = facts(read("La cena entre Javier Milei y José Antonio Kast no contó con la presencia "
                       "de Karina Milei."))
    assert ("Karina Milei", "not met", "José Antonio Kast") in found
    assert ("Karina Milei", "met", "José Antonio Kast") not in found


@pytest.mark.parametrize("text", [
    # a meeting still to come
    "La reunión entre Javier Milei y José Antonio Kast contará con la presencia de Karina Milei.",
    # an event is no meeting of two: its guests take part in it
    "La cumbre de Madrid contó con la presencia de Karina Milei.",
])
def test_no_meeting_without_one_held(read, text):
    assert not any(r == "met" and s == "Karina Milei" for s, r, _ in facts(read(text)))
