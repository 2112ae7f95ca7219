"""The parse extractor on parties and their people: the class of a new name the text treats as
a party's (its leaders, officers, legislators; people named by its ideology; a person tagged
with it), and the class a noun before a name gives it.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import entity_classes

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ------------------------------------------------------ a name the text treats as a party's


@pytest.mark.parametrize("text, name", [
    ("El líder de Kadima Hadasha, Daniel Peretz, calificó la conferencia de vergüenza.",
     "Kadima Hadasha"),
    ("Los nacionalistas del FNR criticaron el acto. Su portavoz, Iñaki Olano, habló de "
     "provocación.", "FNR"),
    ("Las socialistas del PSX, con su secretaria general, Ana Ruiz, al frente, votaron en "
     "contra.", "PSX"),
    ("Tomás Rial, antiguo dirigente de Democracia Leonesa, se reunió con Santiago Abascal.",
     "Democracia Leonesa"),
    ("El presidente Bernardo Quispe, de la Unidad Popular Andina, no fue invitado al foro.",
     "Unidad Popular Andina"),
    ("El concejal del MCV Luis Ortega abandonó el pleno antes de la votación.", "MCV"),
])
def test_a_name_with_party_officers_or_people_is_a_party(read, text, name):
    assert entity_classes(read("Política\n\n" + text)).get(name) == "PoliticalParty"


@pytest.mark.parametrize("text, name, cls", [
    # a president, a director or a spokesperson heads bodies of every kind
    ("El presidente de la UCAR, Pedro Ruiz, pidió ayudas para el campo.", "UCAR", "Organization"),
    ("El presidente de Unión Ribereña, Daniel Peretz, calificó la conferencia de vergüenza.",
     "Unión Ribereña", "Organization"),
    # the name's own head noun says its class
    ("Pedro Ruiz, de la Fundación Lumbre, habló después.", "Fundación Lumbre", "Organization"),
    ("El dirigente de la Asociación Tierra Viva Juan Gómez negó los hechos.",
     "Asociación Tierra Viva", "Organization"),
])
def test_a_name_without_party_people_keeps_its_class(read, text, name, cls):
    assert entity_classes(read("Política\n\n" + text)).get(name) == cls


# ---------------------------------------------------------- the noun before a name


@pytest.mark.parametrize("text, name", [
    ("El portavoz de la plataforma ciudadana Bratislava Libre, Pavol Hric, criticó el foro.",
     "Bratislava Libre"),
    ("La plataforma Mareas Unidas, que preside Ana Soto, presentó ayer sus firmas.",
     "Mareas Unidas"),
])
def test_a_platform_is_an_organization(read, text, name):
    assert entity_classes(read("Política\n\n" + text)).get(name) == "Organization"


# ---------------------------------------------------------- a party's regional branch


def _facts(extraction) -> set[tuple[str, str, str]]:
    return {(c.subject, c.relation, c.object) for c in extraction.candidates}


@pytest.mark.parametrize("text, person, branch", [
    ("El presidente del PP de la Región de Murcia, Fernando López, criticó el acto.",
     "Fernando López", "PP de la Región de Murcia"),
    ("Según la presidenta de Vox Cantabria, Elena Ruiz, el acto fue un éxito.", "Elena Ruiz",
     "Vox Cantabria"),
    ("El acto lo cerró Luis Pardo, presidente del PP de Castilla y León.", "Luis Pardo",
     "PP de Castilla y León"),
    # the general secretary leads a socialist federation, as it leads the party
    ("La secretaria general del PSOE de Sevilla, Rosa Martos, criticó el acto.", "Rosa Martos",
     "PSOE de Sevilla"),
])
def test_the_head_of_a_branch_named_after_its_place_leads_the_branch(read, text, person, branch):
    extraction = read("Política\n\n" + text)
    found = _facts(extraction)
    assert (person, "leaderOf", branch) in found
    assert not {o for s, r, o in found if s == person and r in ("leaderOf", "memberOf") and
                o in ("PP", "Vox", "PSOE")}
    assert entity_classes(extraction)[branch] == "PoliticalParty"


@pytest.mark.parametrize("text, person, party", [
    # a branch placed with "en" is the party where it works: its head is a member
    ("El líder del PP en Galicia, Luis Pardo, criticó el acto.", "Luis Pardo", "PP"),
    ("El secretario general de Vox en Murcia, Luis Pardo, criticó el acto.", "Luis Pardo", "Vox"),
])
def test_the_head_of_a_branch_placed_with_en_is_a_member_of_the_party(read, text, person, party):
    found = _facts(read("Política\n\n" + text))
    assert (person, "memberOf", party) in found
    assert not {o for s, r, o in found if s == person and r == "leaderOf"}


def test_the_party_of_a_country_is_the_party_itself(read):
    found = _facts(read("Política\n\nEl presidente del Partido Republicano de Chile, Arturo "
                        "Squella, habló ayer."))
    assert ("Arturo Squella", "leaderOf", "Partido Republicano") in found


@pytest.mark.parametrize("text, person, office", [
    # an acronym after a title is a body, never a portfolio; a portfolio stays an office
    ("El secretario de Estado de Comercio, Luis Pérez, viajó a Lima.", "Luis Pérez",
     "Secretario de Estado de Comercio"),
    ("La consejera de Hacienda, Marta Gil, viajó a Lima.", "Marta Gil", "Consejero de Hacienda"),
])
def test_a_portfolio_stays_an_office(read, text, person, office):
    assert (person, "holdsOffice", office) in _facts(read("Política\n\n" + text))


# ------------------------------------------------------------ "popular" as the PP's adjective


@pytest.mark.parametrize("text, person", [
    ("El PP y el PSOE votaron juntos. El popular Juan Pérez criticó a Santiago Abascal.",
     "Juan Pérez"),
    ("El PP y el PSOE votaron juntos. El diputado popular Juan Pérez criticó a Santiago "
     "Abascal.", "Juan Pérez"),
    ("El Partido Popular no votó. La portavoz popular, Ana Ruiz, criticó a Santiago Abascal.",
     "Ana Ruiz"),
])
def test_popular_before_a_name_is_the_party_of_the_text(read, text, person):
    found = _facts(read("Política\n\n" + text))
    assert {o for s, r, o in found if s == person and r == "memberOf"} & {"PP", "Partido Popular"}


@pytest.mark.parametrize("text", [
    # no name follows: the candidate is not whoever the text named last
    "El PP y el PSOE votaron juntos. Ana Ruiz ganó en 2023. La candidata popular, que aspira "
    "a la reelección, criticó a Santiago Abascal.",
    # two parties named Partido Popular: the adjective names neither
    "El Partido Popular Europeo y el PP votaron juntos. El popular Juan Pérez criticó a "
    "Santiago Abascal.",
    # no Partido Popular in the text: a well-liked singer
    "Vox llenó la plaza. El popular cantante Juan Pérez criticó a Santiago Abascal.",
])
def test_popular_without_a_name_or_a_single_party_names_none(read, text):
    found = _facts(read("Política\n\n" + text))
    assert not {(s, o) for s, r, o in found if r == "memberOf" and "Popular" in o or o == "PP"}


def test_the_head_of_a_party_named_by_its_people_leads_it(read):
    found = _facts(read("Política\n\nEl Partido Popular Danés ganó. El presidente de los "
                        "populares daneses, Morten Larsen, criticó a Santiago Abascal."))
    assert ("Morten Larsen", "leaderOf", "Partido Popular Danés") in found
    assert ("Morten Larsen", "memberOf", "Partido Popular Danés") not in found


# ------------------------------------------------------ a speaker's "nosotros" and a party


def test_a_speaker_who_speaks_as_the_party_is_its_member(read):
    found = _facts(read('Política\n\nJuan Rey habló ayer en Lugo. "Nosotros cumplimos lo '
                        'prometido, Vox es un partido de palabra", dijo Juan Rey.'))
    assert ("Juan Rey", "memberOf", "Vox") in found


@pytest.mark.parametrize("quote", [
    # the party made something of ours: another party
    '"Vox es nuestro aliado más fiel en Europa"',
    '"Vox será nuestra socia en el próximo gobierno"',
    # the party spoken against, in a clause of its own
    '"Vox viene, se hace la foto y se va; nosotros estamos aquí todo el año"',
    '"Vox promete mucho, pero nosotros cumplimos"',
    # the party set apart
    '"Nuestro enemigo es el socialismo, no Vox"',
])
def test_a_party_a_speaker_sets_apart_from_us_is_not_theirs(read, quote):
    found = _facts(read(f"Política\n\nJuan Rey habló ayer en Lugo. {quote}, dijo Juan Rey."))
    assert ("Juan Rey", "memberOf", "Vox") not in found


# ------------------------------------------------- a name with an acronym is no place


@pytest.mark.parametrize("text, person, body", [
    ("El líder de Nueva Eslovenia (NSi), Jernej Vrtovec, criticó la marcha.", "Jernej Vrtovec",
     "Nueva Eslovenia"),
    ("Según la presidenta de Nueva Castilla (NC), Ana Ruiz, la marcha fue un éxito. NC obtuvo "
     "tres escaños.", "Ana Ruiz", "Nueva Castilla"),
])
def test_a_name_taken_for_a_place_with_an_acronym_is_a_body(read, text, person, body):
    extraction = read("Política\n\n" + text)
    found = _facts(extraction)
    assert (person, "leaderOf", body) in found
    assert not {o for s, r, o in found if s == person and r == "leaderOf" and o != body}
    assert entity_classes(extraction)[body] in ("Organization", "PoliticalParty")


def test_the_acronym_of_coordinated_names_is_not_the_last_ones(read):
    found = _facts(read("Política\n\nMás de trescientos tractores cortaron la carretera en una "
                        "protesta convocada por la Unión de Ganaderos de Soria y La Ribera Alta "
                        "(UGSR) contra el acuerdo."))
    assert found and not {(s, o) for s, r, o in found if "La Ribera Alta" in (s, o)}


# ------------------------------------------- a second apposition before the name


@pytest.mark.parametrize("text, person, body", [
    ("El presidente de la UCAR, el empresario de Toledo Pedro Ruiz, encabezó la marcha.",
     "Pedro Ruiz", "UCAR"),
    ("La presidenta de Vox, la abogada de San Sebastián Ana Ruiz, criticó la marcha.",
     "Ana Ruiz", "Vox"),
    ("El presidente de la UCAR, el agricultor Pedro Ruiz, encabezó la marcha.", "Pedro Ruiz",
     "UCAR"),
])
def test_a_trade_and_its_place_between_a_title_and_the_name(read, text, person, body):
    assert (person, "leaderOf", body) in _facts(read("Política\n\n" + text))


def test_a_place_after_a_title_is_no_second_apposition(read):
    """"el alcalde de Toledo Pedro Ruiz": the place closes a title, not a trade apposed to
    another one."""
    found = _facts(read("Política\n\nEl alcalde de Toledo Pedro Ruiz se reunió con Santiago "
                        "Abascal."))
    assert ("Pedro Ruiz", "met", "Santiago Abascal") in found
    assert not {o for s, r, o in found if s == "Pedro Ruiz" and r == "leaderOf"}


# -------------------------------------------------- a federation's hyphenated acronym


@pytest.mark.parametrize("text, person, party, former", [
    ("El exsecretario general del PSOE-M, Juan Lobato, criticó la marcha.", "Juan Lobato",
     "PSOE-M", True),
    ("El presidente del PP-A, Juan Moreno, criticó la marcha.", "Juan Moreno", "PP-A", False),
])
def test_a_party_acronym_with_its_branch_letter_is_a_party(read, text, person, party, former):
    extraction = read("Política\n\n" + text)
    claim = next(c for c in extraction.candidates
                 if (c.subject, c.relation, c.object) == (person, "leaderOf", party))
    assert bool(claim.qualifiers.get("former")) is former
    assert entity_classes(extraction)[party] == "PoliticalParty"


def test_another_body_with_a_branch_letter_is_no_party(read):
    extraction = read("Política\n\nEl director del CSIC-A, Juan Moreno, criticó la marcha.")
    assert ("Juan Moreno", "leaderOf", "CSIC-A") in _facts(extraction)
    assert entity_classes(extraction)["CSIC-A"] == "Organization"


# ------------------------------------------------ a foreign name's lowercase words


@pytest.mark.parametrize("text, person, relation, body", [
    ("La vicepresidenta de la formación croata Domovinski pokret, Ana Kovač, criticó la "
     "marcha.", "Ana Kovač", "memberOf", "Domovinski pokret"),
    ("El presidente del movimiento serbio Srpski pokret, Ivan Horvat, criticó la marcha.",
     "Ivan Horvat", "leaderOf", "Srpski pokret"),
    ("El presidente del partido croata Hrvatski suverenisti, Ivan Horvat, criticó la marcha.",
     "Ivan Horvat", "leaderOf", "Hrvatski suverenisti"),
])
def test_a_foreign_name_keeps_its_lowercase_words(read, text, person, relation, body):
    found = _facts(read("Política\n\n" + text))
    assert (person, relation, body) in found
    assert not {o for s, r, o in found if s == person and o in body.split()}


def test_a_verb_after_a_party_is_not_its_name(read):
    found = _facts(read("Política\n\nEl partido Vox apoyó ayer a José Antonio Kast."))
    assert ("Vox", "endorsed", "José Antonio Kast") in found


# ---------------------------------------------------------- the opposition of a chamber


@pytest.mark.parametrize("text, person, camp", [
    ("El líder de Kadima Hadasha, Daniel Peretz, jefe de la oposición en la Knéset, criticó la "
     "conferencia.", "Daniel Peretz", "Oposición en la Knéset"),
    ("La jefa de la oposición en el Parlamento gallego, Ana Pontón, criticó a Santiago Abascal.",
     "Ana Pontón", "Oposición en el Parlamento gallego"),
    ("Marta Gil, líder de la oposición en la Asamblea de Extremadura, criticó a Santiago "
     "Abascal.", "Marta Gil", "Oposición en la Asamblea de Extremadura"),
])
def test_the_leader_of_the_opposition_in_a_chamber_leads_the_camp_there(read, text, person,
                                                                        camp):
    found = _facts(read("Política\n\n" + text))
    assert (person, "leaderOf", camp) in found
    assert not {o for s, r, o in found if s == person and r == "leaderOf" and
                (o.startswith("Oposición") and o != camp or o in camp.split())}


def test_a_bare_opposition_is_the_graphs_camp(read):
    found = _facts(read("Política\n\nJeannette Jara, jefa de la oposición, criticó a José "
                        "Antonio Kast."))
    assert ("Jeannette Jara", "leaderOf", "Oposición chilena") in found
