"""The parse extractor on where a race or an office is: the story's country (its dateline, a
long one too, over the nationality of the foreigners it names, and not a square named after a
country), and the runner's own country for a race their clause says they run in.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import entity_classes, facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _objects(found, person: str, relation: str) -> set[str]:
    return {o for s, r, o in found if s == person and r == relation}


# ------------------------------------------------------- the story's country over visitors


@pytest.mark.parametrize("body", [
    "SANTA CRUZ DE LA SIERRA. El expresidente Hugo Salinas, derrotado por Marco Tellez en la "
    "segunda vuelta de octubre, compartió mesa con el escritor argentino Tomás Vera y con el "
    "ensayista argentino Luis Mera, que viajaron con la delegación argentina.",
    "SANTA CRUZ DE LA SIERRA. A su lado estaba el politólogo chileno Pedro Ugarte. El "
    "expresidente Hugo Salinas, que perdió ante Marco Tellez la segunda vuelta de octubre, "
    "habló después del economista chileno Andrés Bravo.",
])
def test_a_long_dateline_outweighs_the_nationality_of_visitors(read, body):
    found = facts(read("Foro en el oriente\n\n" + body, issued="2025-11-20"))
    races = _objects(found, "Hugo Salinas", "candidateIn")
    assert races == {"Segunda vuelta presidencial de Bolivia de 2025"}
    assert "Presidente de Bolivia" in _objects(found, "Hugo Salinas", "holdsOffice")
    assert not any("Argentina" in o or "Chile" in o for o in
                   _objects(found, "Hugo Salinas", "holdsOffice") | races)


# ---------------------------------------------------------------- the runner's own country


@pytest.mark.parametrize("text, person, race", [
    ("Los líderes del grupo se reunieron en Bruselas con la formación española. El primer "
     "ministro húngaro, Viktor Orbán, que se presentará a la reelección en las legislativas de "
     "abril, habló primero.", "Viktor Orbán", "Hungría"),
    ("En Madrid, la expresidenta chilena Michelle Bachelet, que compitió en las presidenciales "
     "de 2013, dio una charla ante estudiantes españoles.", "Michelle Bachelet", "Chile"),
    ("La dirigente peruana Rosa Campos, que competirá en las presidenciales de abril, visitó "
     "ayer Madrid y se reunió con empresarios españoles.", "Rosa Campos", "Perú"),
    ("El exministro colombiano Iván Duarte se presentará a las presidenciales del año que "
     "viene, según dijo en Quito ante la prensa ecuatoriana.", "Iván Duarte", "Colombia"),
])
def test_a_runner_runs_in_their_own_country(read, text, person, race):
    races = _objects(facts(read(text)), person, "candidateIn")
    assert races and all(f" de {race} de " in r for r in races), races


def test_a_race_the_sentence_names_before_keeps_its_country(read):
    found = facts(read("Tarcísio Gomes, exministro de Infraestructura, se presentó en 2026 a la "
                       "elección presidencial de Brasil y fue derrotado en segunda vuelta por "
                       "Lucas Mendes."))
    assert ("Tarcísio Gomes", "candidateIn", "Segunda vuelta presidencial de Brasil de 2026") \
        in found
    assert not any("Infraestructura" in o for _, _, o in found)


# --------------------------------------------------------- a square named after a country


@pytest.mark.parametrize("place", ["la plaza de Luxemburgo", "la avenida de Portugal",
                                   "el paseo de Italia", "la calle Francia"])
def test_a_street_named_after_a_country_is_not_the_country(read, place):
    text = (f"Los dirigentes se reunieron en un hotel próximo a {place}. Allí el diputado "
            "Carlos Pérez, que se presentará en las legislativas de abril, habló primero.")
    country = place.split()[-1]
    races = _objects(facts(read(text)), "Carlos Pérez", "candidateIn")
    assert not any(country in r for r in races), races


# ------------------------------------------------------- a camp of the country it names


@pytest.mark.parametrize("text, person, camp", [
    ("Ana Ruiz se reunió con Laura Prieto, líder de la oposición venezolana.", "Laura Prieto",
     "Oposición venezolana"),
    ("Habló con él la jefa de la oposición salvadoreña, Marta Villalobos, en Quito.",
     "Marta Villalobos", "Oposición salvadoreña"),
    ("Es amigo de Julio Ramos, el líder de la oposición nicaragüense, con quien habla a diario.",
     "Julio Ramos", "Oposición nicaragüense"),
])
def test_a_camp_with_another_countrys_adjective_is_that_countrys(read, text, person, camp):
    extraction = read(text)
    leads = _objects(facts(extraction), person, "leaderOf")
    assert leads == {camp}
    assert {e.cls.rsplit("#", 1)[-1] for e in extraction.entities if e.label == camp} == \
        {"Coalition"}


def test_a_camp_of_the_graphs_country_stays_the_graphs(read):
    found = facts(read("Ana Ruiz se reunió con Pedro Soto, líder de la oposición chilena."))
    assert ("Pedro Soto", "leaderOf", "Oposición chilena") in found


# ------------------------------------------------- the president of a party's people


@pytest.mark.parametrize("text, person", [
    ("El presidente de los populares daneses, Morten Hansen, habló en Oslo.", "Morten Hansen"),
    ("El líder de los ultras húngaros, Pal Kovacs, criticó a Bruselas.", "Pal Kovacs"),
    ("Lars Berg, presidente de los socialdemócratas suecos, viajó a Madrid.", "Lars Berg"),
    ("La presidenta de los liberales alemanes, Anna Weber, visitó Lisboa.", "Anna Weber"),
])
def test_the_president_of_a_partys_people_is_no_head_of_state(read, text, person):
    offices = _objects(facts(read(text)), person, "holdsOffice")
    assert not any(country in o for o in offices
                   for country in ("Dinamarca", "Hungría", "Suecia", "Alemania")), offices


def test_a_president_with_a_countrys_adjective_is_its_head_of_state(read):
    found = facts(read("El presidente danés, Morten Hansen, habló en Oslo."))
    assert ("Morten Hansen", "holdsOffice", "Presidente de Dinamarca") in found


# ------------------------------------------------------------ a seat or territory's name


@pytest.mark.parametrize("text, person, office, town", [
    ("Repitió el lunes Louis Aliot, vicepresidente del partido y alcalde de Perpiñán, que "
     "opta a la reelección.", "Louis Aliot", "Alcalde de Perpiñán", "Perpiñán"),
    ("Marc Duval, alcalde de Carcasona, y el diputado Jean Roux firmaron la carta.",
     "Marc Duval", "Alcalde de Carcasona", "Carcasona"),
    ("La alcaldesa de Béziers, Claire Morel, recibió al ministro.", "Claire Morel",
     "Alcalde de Béziers", "Béziers"),
])
def test_the_town_of_a_mayor_is_a_place_not_a_party(read, text, person, office, town):
    extraction = read(text)
    found = facts(extraction)
    assert (person, "holdsOffice", office) in found
    assert (person, "memberOf", town) not in found
    assert all(e.cls.endswith("#Place") for e in extraction.entities if e.label == town)


@pytest.mark.parametrize("territory", ["el departamento", "la provincia", "el municipio"])
def test_a_territory_named_after_a_person_is_a_place(read, territory):
    extraction = read("La diputada del Partido Nacional y jefa de campaña en Francisco Morazán "
                      f"asegura que ganarán. Ella dirige la campaña en {territory} de "
                      "Francisco Morazán desde enero.")
    found = facts(extraction)
    assert not any(s == "Francisco Morazán" for s, _, _ in found)
    assert all(not e.cls.endswith("#Person") for e in extraction.entities
               if e.label == "Francisco Morazán")


def test_a_person_after_de_is_still_a_person(read):
    found = facts(read("El diputado Pedro Soto, asesor de Francisco Morales, habló ayer."))
    assert ("Pedro Soto", "holdsOffice", "Diputado") in found


# ---------------------------------------------------------------- a name described after it


def _classes(read, text: str) -> dict[str, str]:
    return entity_classes(read(text))


@pytest.mark.parametrize("text, name, cls", [
    ("Ana Soto es miembro del Foro Madrid, la red iberoamericana impulsada por Vox.",
     "Foro Madrid", "Network"),
    ("Luis Camacho, líder de Creemos, habló ayer. Creemos, el partido que lidera Camacho, "
     "crece en el oriente.", "Creemos", "PoliticalParty"),
    ("Pedro Ruiz preside Horizonte Cívico, un pequeño partido liberal, desde 2019.",
     "Horizonte Cívico", "PoliticalParty"),
    ("Marta Gil dirige Puente Sur, la fundación que financia los viajes del partido.",
     "Puente Sur", "Organization"),
    ("Juan Rey fundó Unidad Andina, la coalición de derechas que ganó en Cusco.",
     "Unidad Andina", "Coalition"),
])
def test_the_noun_describing_a_name_gives_its_class(read, text, name, cls):
    assert _classes(read, text).get(name) == cls


def test_a_description_after_coordinated_names_is_said_of_both(read):
    classes = _classes(read, "Pedro Ruiz, presidente de Horizonte Azul, firmó ayer el pacto "
                             "entre Avanza Sur y Horizonte Azul, la coalición que gobierna "
                             "Córdoba.")
    assert "Horizonte Azul" in classes and classes["Horizonte Azul"] != "Coalition"


def test_a_person_described_by_an_office_stays_a_person(read):
    assert _classes(read, "Marta Gil, la presidenta del partido, se reunió con Pedro Ruiz.").get(
        "Marta Gil") == "Person"


# ------------------------------------------- an event noun after a nearer name than a person's


@pytest.mark.parametrize("text, person, event", [
    ('Vox quiere gobernar Andalucía. Abascal viajó a Sevilla para arropar a Manuel Gavira, su '
     'candidato a la Presidencia de la Junta, en "Andalucía en pie", el primer gran acto de la '
     'precampaña.', "Manuel Gavira", "Andalucía en pie"),
    ('Abascal viajó a Toledo para apoyar a Lucía Romero, candidata del partido, en "Castilla '
     'despierta", el mitin que cerró la jornada.', "Lucía Romero", "Castilla despierta"),
])
def test_an_event_noun_describes_the_nearer_name_not_a_person(read, text, person, event):
    extraction = read(text)
    classes = entity_classes(extraction)
    assert classes.get(person) == "Person"
    assert not any(o == person for _, r, o in facts(extraction) if r == "participatedIn")


@pytest.mark.parametrize("title", ["su candidato a la Presidencia de la Junta",
                                   "candidato de Vox a la Presidencia de la Junta",
                                   "el aspirante de su partido a presidir la Junta"])
def test_a_candidate_to_a_regions_presidency_runs_in_its_regional_race(read, title):
    found = facts(read("Vox quiere gobernar Andalucía tras las autonómicas. Abascal arropó "
                       f"ayer a Manuel Gavira, {title}."))
    races = _objects(found, "Manuel Gavira", "candidateIn")
    assert races and all("Andalucía" in r for r in races), races


# ------------------------------------------------------- a race is run at a time, not since


def _dates(extraction, person: str, relation: str) -> set:
    return {str(c.date) if c.date else None for c in extraction.candidates
            if c.subject == person and c.relation == relation}


@pytest.mark.parametrize("text, person", [
    ("Honduras celebra el domingo sus elecciones presidenciales. Ana Ruiz, diputada al "
     "Congreso Nacional desde 2018 y jefa de campaña del candidato presidencial nacionalista, "
     "Pedro Soto, atendió a este diario.", "Pedro Soto"),
    ("Marta Gil, concejal desde 2019, es la candidata del Partido Azul a la alcaldía de Lima.",
     "Marta Gil"),
    ("Concejal desde 2019 y portavoz del partido, Marta Gil es la candidata del Partido Azul "
     "a la alcaldía de Lima.", "Marta Gil"),
])
def test_a_since_time_does_not_date_a_candidacy(read, text, person):
    extraction = read(text, issued="2025-11-20")
    dates = _dates(extraction, person, "candidateIn")
    races = _objects(facts(extraction), person, "candidateIn")
    assert dates and not any(d and d.startswith(("2018", "2019")) for d in dates), dates
    assert races and not any(r.endswith(("2018", "2019")) for r in races), races


def test_a_candidacy_keeps_the_year_it_was_run(read):
    extraction = read("Pedro Soto se presentó en 2019 a las elecciones presidenciales de "
                      "Honduras.", issued="2025-11-20")
    assert any(d and d.startswith("2019") for d in _dates(extraction, "Pedro Soto",
                                                           "candidateIn"))


# ---------------------------------------------- a title's year, and a race only foreseen

_PARIS = ("PARÍS.— Bardella encabeza los sondeos para las presidenciales de 2027. Las "
          "municipales de marzo ocupan al partido, que cerró el reparto de candidaturas en las "
          "municipales. ")


@pytest.mark.parametrize("title", [
    "candidato declarado para 2027", "candidato oficioso para 2027",
    "candidato ya anunciado para 2027"])
def test_a_title_s_year_picks_the_text_s_race_of_that_year(read, title):
    found = facts(read(_PARIS + f"Édouard Philippe, fundador de Horizontes y {title}, habló "
                                "ayer en Lyon.", issued="2026-02-03"))
    races = _objects(found, "Édouard Philippe", "candidateIn")
    assert "Elecciones municipales de Francia de 2026" not in races
    if races:
        assert races == {"Elección presidencial de Francia de 2027"}


def test_a_declared_candidate_for_a_year_runs_in_that_years_race(read):
    found = facts(read(_PARIS + "Édouard Philippe, fundador de Horizontes y candidato declarado "
                                "para 2027, habló ayer en Lyon.", issued="2026-02-03"))
    assert ("Édouard Philippe", "candidateIn", "Elección presidencial de Francia de 2027") \
        in found


@pytest.mark.parametrize("text", [
    "Pedro Soto se presenta ya como el gran rival de Ana Ruiz en una segunda vuelta que todos "
    "los sondeos anticipan.",
    "Pedro Soto se perfila como rival de Ana Ruiz en una segunda vuelta que prevén las "
    "encuestas.",
    "Pedro Soto competiría con Ana Ruiz en una segunda vuelta que pronostican los analistas.",
])
def test_a_round_only_foreseen_is_no_candidacy(read, text):
    found = facts(read("PARÍS.— La derecha francesa busca candidato. " + text,
                       issued="2026-02-03"))
    assert not _objects(found, "Pedro Soto", "candidateIn")


def test_a_round_held_with_an_indefinite_article_is_still_run(read):
    found = facts(read("SANTIAGO.— Kast ganó a Jara en una segunda vuelta muy reñida.",
                       issued="2025-12-20"))
    assert _objects(found, "José Antonio Kast", "candidateIn")


# ------------------------------------- a copula whose predicate names its own person


@pytest.mark.parametrize("sentence", [
    "Tras la ceremonia, el primer mandatario extranjero al que recibió en privado fue el "
    "presidente argentino, Javier Milei.",
    "El primer jefe de Estado que lo llamó fue el presidente argentino, Javier Milei.",
    "Su invitado de honor será el presidente argentino, Javier Milei.",
])
def test_a_copula_predicate_naming_its_person_is_not_the_subjects_title(read, sentence):
    found = facts(read("LA PAZ.— Rodrigo Paz asumió el sábado la presidencia de Bolivia. " +
                       sentence, issued="2025-11-12"))
    assert ("Rodrigo Paz", "holdsOffice", "Presidente de Argentina") not in found
    assert ("Javier Milei", "holdsOffice", "Presidente de Argentina") in found


def test_a_title_subject_of_a_copula_still_stands_for_the_one_named_before(read):
    found = facts(read("Ana Ruiz llegó a Lima el lunes. La dirigente es presidenta de la "
                       "Fundación Andina desde 2020."))
    assert ("Ana Ruiz", "leaderOf", "Fundación Andina") in found


# ------------------------------------- a name only a party has members or candidates of


def _linked_classes(text: str) -> dict[str, str]:
    from graph.api import KnowledgeGraph
    from graph.ingest import Knowledge
    from graph.ingest.nlp import pipeline
    from graph.ingest.nlp.extractor import link_document, share_tables

    knowledge = _linked_classes.knowledge = getattr(
        _linked_classes, "knowledge", None) or Knowledge.from_graph(KnowledgeGraph(None))
    kb = knowledge.for_document()
    share_tables(knowledge, kb)
    linked = link_document(pipeline.parse(pipeline.load(), text), kb)
    return {m.text: m.cls.rsplit("#", 1)[-1] for m in linked.mentions}


@pytest.mark.parametrize("text, name", [
    ("Almeida, abanderada del movimiento Construye, derrotó a Jaramillo.", "Construye"),
    ("Habló con la jefa de la fracción de Nueva República, Natalia Quesada.", "Nueva República"),
    ("Los militantes de Horizonte Cívico votaron ayer en Quito.", "Horizonte Cívico"),
    ("La bancada de Renovación Sur rechazó la ley.", "Renovación Sur"),
])
def test_a_name_of_members_candidates_or_benches_is_a_party(read, text, name):
    classes = _linked_classes(text)
    assert classes.get(name) in (None, "PoliticalParty"), classes
    if name in classes:
        assert classes[name] == "PoliticalParty"


@pytest.mark.parametrize("text, name", [
    ("La presidenta de la Fundación Andina, Marta Gil, habló ayer.", "Fundación Andina"),
    ("Los empleados de Telefónica Sur protestaron ayer.", "Telefónica Sur"),
])
def test_a_name_of_other_complements_keeps_its_class(read, text, name):
    assert _linked_classes(text).get(name) != "PoliticalParty"


@pytest.mark.parametrize("text, name", [
    ("Los militantes de Pedro Soto votaron ayer en Quito.", "Pedro Soto"),
    ("El candidato de Milei perdió en Córdoba.", "Milei"),
])
def test_the_members_or_candidate_of_a_person_leave_the_person_a_person(read, text, name):
    assert _linked_classes(text).get(name) == "Person"
