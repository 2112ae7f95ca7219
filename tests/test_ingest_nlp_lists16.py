"""The parse extractor on lists of people at a gathering that the small model cuts apart:
items with a bracketed acronym in their title ("la vicepresidenta del RN (RN) francés, X"),
items broken by a relative clause behind a preposition ("a A, con quien hablo a menudo, a B
y a C"), the audience ("Entre el público había ..., como la abogada X", "entre ellos A y B")
and those at the side of the one the scene follows ("La acompañaron en el escenario A y B").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp as nlp_tests
from helpers import facts

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read

_HELD = "La Cumbre Atlántica se celebró ayer en Oporto. "
_COMING = "La Cumbre Atlántica se celebrará en mayo en Oporto. "


def _taking_part(result, event: str = "Cumbre Atlántica") -> set[str]:
    return {s for s, r, o in facts(result) if r == "participatedIn" and o == event}


def _invited(result, event: str = "Cumbre Atlántica") -> set[str]:
    return {s for s, r, o in facts(result) if r == "invitedTo" and o == event}


@pytest.mark.parametrize("text, people", [
    ("Entre los participantes figuran el senador de Vox Tomás Ibarra, la vicepresidenta "
     "del Rassemblement National (RN) francés, Lucía Ferrán, y el alcalde Pedro Osorio.",
     {"Tomás Ibarra", "Lucía Ferrán", "Pedro Osorio"}),
    ("Intervinieron la portavoz del Partido Popular (PP) gallego, Lucía Ferrán, y el "
     "senador Tomás Ibarra.", {"Lucía Ferrán", "Tomás Ibarra"}),
    ("Asistieron el alcalde Pedro Osorio (Vox) y la concejala Lucía Ferrán (PP).",
     {"Pedro Osorio", "Lucía Ferrán"}),
])
def test_a_bracketed_aside_does_not_end_the_list(read, text, people):
    assert people <= _taking_part(read(_HELD + text))


def test_the_party_of_a_bracketed_title_is_the_next_items(read):
    found = facts(read(_HELD + "Entre los participantes figuran el senador de Vox Tomás "
                       "Ibarra, la vicepresidenta del Rassemblement National (RN) francés, "
                       "Lucía Ferrán, y el alcalde Pedro Osorio."))
    assert ("Lucía Ferrán", "memberOf", "Rassemblement National") in found
    assert ("Tomás Ibarra", "memberOf", "Rassemblement National") not in found
    assert ("Tomás Ibarra", "memberOf", "Vox") in found


@pytest.mark.parametrize("text, people", [
    ("Entre el público había caras conocidas del activismo local, como la abogada Sara "
     "Quiroga y el sindicalista Pedro Osorio.", {"Sara Quiroga", "Pedro Osorio"}),
    ("En la platea se dejaron ver varios dirigentes regionales, entre ellos el senador "
     "Tomás Ibarra y la concejala Lucía Ferrán.", {"Tomás Ibarra", "Lucía Ferrán"}),
    ("Se vio entre el público a la exministra Lucía Ferrán y al empresario Pedro Osorio.",
     {"Lucía Ferrán", "Pedro Osorio"}),
    ("Entre el público, la exministra Lucía Ferrán y el empresario Pedro Osorio.",
     {"Lucía Ferrán", "Pedro Osorio"}),
    ("En las gradas estaban, entre otros, el senador Tomás Ibarra y la abogada Sara Quiroga.",
     {"Tomás Ibarra", "Sara Quiroga"}),
])
def test_the_audience(read, text, people):
    assert people <= _taking_part(read(_HELD + text))


@pytest.mark.parametrize("text, person", [
    # denied, or announced
    ("Entre el público no había ningún dirigente del PP, aunque Lucía Ferrán lo había "
     "anunciado.", "Lucía Ferrán"),
    ("Entre el público habrá, según la organización, figuras como la exministra Lucía "
     "Ferrán.", "Lucía Ferrán"),
    # someone greeted in the audience is not listed in it
    ("Pedro Osorio saludó desde el escenario a su hermana, que estaba entre el público, y "
     "agradeció el apoyo de Lucía Ferrán.", "Lucía Ferrán"),
])
def test_no_audience(read, text, person):
    assert person not in _taking_part(read(_HELD + text))


@pytest.mark.parametrize("text, people", [
    ("La acompañaron en el escenario Pedro Osorio y el vicepresidente del partido, Tomás "
     "Ibarra.", {"Pedro Osorio", "Tomás Ibarra"}),
    ("Lo arroparon sobre el estrado el diputado Tomás Ibarra y la concejala Lucía Ferrán.",
     {"Tomás Ibarra", "Lucía Ferrán"}),
    ("Lo escoltaban sobre la tarima principal Pedro Osorio y la concejala Lucía Ferrán.",
     {"Pedro Osorio", "Lucía Ferrán"}),
    # the one followed named after the verb
    ("Arropaban a Tomás Ibarra en el escenario la senadora Lucía Ferrán y el alcalde Pedro "
     "Osorio.", {"Lucía Ferrán", "Pedro Osorio"}),
    ("Flanqueaban a Tomás Ibarra la senadora Lucía Ferrán, que llegó de Lisboa, y el alcalde "
     "Pedro Osorio.", {"Lucía Ferrán", "Pedro Osorio"}),
])
def test_at_the_side_of_the_one_followed(read, text, people):
    assert people <= _taking_part(read(_HELD + text))


@pytest.mark.parametrize("text", [
    # denied
    "No la acompañaron en el escenario ni el diputado Tomás Ibarra ni la concejala Lucía "
    "Ferrán.",
    # a subject before the verb: who accompanies is not listed after it
    "Tomás Ibarra la acompañó en el escenario durante el himno de Lucía Ferrán.",
])
def test_not_at_the_side(read, text):
    assert "Tomás Ibarra" not in _taking_part(read(_HELD + text))


@pytest.mark.parametrize("text", [
    "Lucía Ferrán presentó ayer su libro en Vigo. La arroparon su marido y el editor Pedro "
    "Osorio.",
    "Lucía Ferrán presentó ayer su libro en Vigo. Acompañaron a Pedro Osorio su mujer y el "
    "editor Tomás Ibarra.",
])
def test_company_with_no_gathering_in_view_is_no_participation(read, text):
    assert not any(r == "participatedIn" for _, r, _ in facts(read(text)))


@pytest.mark.parametrize("text, people", [
    ("Hemos invitado a Lucía Ferrán, con quien hablo a menudo por teléfono, a Tomás Ibarra y "
     "a varios diputados polacos.", {"Lucía Ferrán", "Tomás Ibarra"}),
    ("Vox ha invitado al senador Tomás Ibarra, que ya estuvo en la edición anterior, y a la "
     "concejala Lucía Ferrán.", {"Tomás Ibarra", "Lucía Ferrán"}),
    ("La fundación invitó a la exministra Lucía Ferrán, de quien se esperan grandes "
     "anuncios, y al empresario Pedro Osorio.", {"Lucía Ferrán", "Pedro Osorio"}),
])
def test_guests_of_a_list_broken_by_a_relative_clause(read, text, people):
    assert people <= _invited(read(_COMING + text))


@pytest.mark.parametrize("text, person", [
    # denied
    ("No hemos invitado a Lucía Ferrán, con quien no hablo, ni a Tomás Ibarra.", "Tomás Ibarra"),
    # what the guests are asked to do, and whom to vote for, is not a guest
    ("Vox invitó a los vecinos a votar a Tomás Ibarra y a Lucía Ferrán.", "Tomás Ibarra"),
    # a list after the guest's relative clause ends inside it
    ("Vox ha invitado a Lucía Ferrán, que sentó en su mesa a los presidentes de Galicia y "
     "de Asturias, Tomás Ibarra.", "Tomás Ibarra"),
])
def test_no_guests(read, text, person):
    assert person not in _invited(read(_COMING + text))


def test_a_list_after_a_relative_clause_keeps_to_its_own_preposition(read):
    found = facts(read("Las Jornadas del Agua de Murcia reunieron ayer a ochocientos "
                       "regantes. Las jornadas, organizadas por la Federación de Regantes "
                       "(Feragua), que sentó en la misma mesa a los presidentes de Murcia, "
                       "Pedro Osorio, y de Valencia, Tomás Ibarra, acabaron con un manifiesto."))
    assert not any(r == "organizedBy" and o in ("Pedro Osorio", "Tomás Ibarra")
                   for _, r, o in found)


@pytest.mark.parametrize("text, people", [
    ("Nuestro enviado ve entre los invitados a la vicepresidenta de Vox, Lucía Ferrán, y al "
     "eurodiputado Tomás Ibarra.", {"Lucía Ferrán", "Tomás Ibarra"}),
    ("Entre los invitados se veía al senador Tomás Ibarra y a la abogada Sara Quiroga.",
     {"Tomás Ibarra", "Sara Quiroga"}),
])
def test_guests_seen_there_are_invited_and_take_part(read, text, people):
    result = read(_HELD + text)
    assert people <= _invited(result)
    assert people <= _taking_part(result)


def test_guests_on_the_list_only_are_not_seen_there(read):
    result = read(_COMING + "Entre los invitados figuran el senador Tomás Ibarra y la "
                  "abogada Sara Quiroga.")
    assert {"Tomás Ibarra", "Sara Quiroga"} <= _invited(result)
    assert not _taking_part(result) & {"Tomás Ibarra", "Sara Quiroga"}


@pytest.mark.parametrize("text, people", [
    ("En primera fila se ubicaron la senadora Lucía Ferrán, que acudió en nombre de su "
     "grupo parlamentario, y el presidente del PP gallego, Tomás Ibarra.",
     {"Lucía Ferrán", "Tomás Ibarra"}),
    ("A la mesa se sentaron también la diputada Lucía Ferrán, senadora y nieta de un "
     "exministro, y el director del partido, Tomás Ibarra.", {"Lucía Ferrán", "Tomás Ibarra"}),
    ("Se sentaron en la mesa presidencial el alcalde Tomás Ibarra, a quien todos esperaban, "
     "y la jueza Sara Quiroga.", {"Tomás Ibarra", "Sara Quiroga"}),
    ("En el palco de honor se acomodaron la jueza Sara Quiroga; el senador Tomás Ibarra, "
     "que llegaba de Lisboa, y la alcaldesa Lucía Ferrán.",
     {"Sara Quiroga", "Tomás Ibarra", "Lucía Ferrán"}),
])
def test_a_seated_list_broken_by_a_relative_clause(read, text, people):
    assert people <= _taking_part(read(_HELD + text))


@pytest.mark.parametrize("text", [
    # one seated somewhere else is no list of the gathering's seats
    "En la mesa del bar de enfrente estaba sentado Tomás Ibarra, ajeno al acto.",
    "En la mesa principal no se sentaron ni el senador Tomás Ibarra ni la jueza Sara Quiroga.",
])
def test_no_seated_list(read, text):
    assert "Tomás Ibarra" not in _taking_part(read(_HELD + text))


def _members(result, group: str) -> set[str]:
    return {s for s, r, o in facts(result) if r == "memberOf" and o == group}


@pytest.mark.parametrize("text, members", [
    ("La coalición Patria Grande, que integran el Centro Democrático, el Partido Conservador "
     "y el Partido Liberal, se presentó ayer.",
     {"Centro Democrático", "Partido Conservador", "Partido Liberal"}),
    ("La plataforma Unidad Nacional, integrada por el Partido Azul, el Partido Verde y el "
     "Partido Liberal, presentó ayer su lista.",
     {"Partido Azul", "Partido Verde", "Partido Liberal"}),
    ("La coalición Patria Grande, conformada por el Partido Azul y por el Partido Verde, "
     "presentó ayer su lista.", {"Partido Azul", "Partido Verde"}),
    ("La coalición Patria Grande, que agrupa al Partido Azul, al Partido Verde y al "
     "Partido Liberal, presentó ayer su candidato.",
     {"Partido Azul", "Partido Verde", "Partido Liberal"}),
])
def test_the_members_a_group_description_lists(read, text, members):
    group = "Patria Grande" if "Patria Grande" in text else "Unidad Nacional"
    assert members <= _members(read(text), group)


@pytest.mark.parametrize("text, member, group", [
    # one name after the verb is no list of members
    ("La coalición Patria Grande, que integran sobre todo los jóvenes de Vox, se presentó "
     "ayer.", "Vox", "Patria Grande"),
    # denied
    ("La coalición Patria Grande, que no integran ni el Partido Azul ni el Partido Verde, "
     "se presentó ayer.", "Partido Azul", "Patria Grande"),
    # a person's government is not a group of the parties in it here
    ("El Gobierno de Clara Fontana, formado por el Partido Azul y el Partido Verde, cayó.",
     "Partido Azul", "Clara Fontana"),
])
def test_no_members_listed(read, text, member, group):
    assert member not in _members(read(text), group)


@pytest.mark.parametrize("text, people", [
    ("Vox invitó a una delegación de observadores de las elecciones presidenciales de Chile "
     "de 2025: el diputado Tomás Ibarra y la senadora Lucía Ferrán.",
     {"Tomás Ibarra", "Lucía Ferrán"}),
    ("La fundación ha invitado a un grupo de parlamentarios europeos: la eurodiputada Lucía "
     "Ferrán, el senador Tomás Ibarra y el diputado Pedro Osorio.",
     {"Lucía Ferrán", "Tomás Ibarra", "Pedro Osorio"}),
])
def test_guests_a_group_of_invited_spells_out_after_a_colon(read, text, people):
    result = read(_HELD + text)
    assert people <= _invited(result)
    assert not any(r == "invitedTo" and o.startswith("Elecci") for _, r, o in facts(result))


def test_a_group_not_invited_spells_out_no_guests(read):
    result = read(_HELD + "Vox no invitó a ninguna delegación extranjera: ni al diputado Tomás "
                  "Ibarra ni a la senadora Lucía Ferrán.")
    assert "Tomás Ibarra" not in _invited(result)
