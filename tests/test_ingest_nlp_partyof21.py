"""The parse extractor on who leads a party: a name before "cuyo líder, X" (also after a first
relative, "que gobierna … y cuyo líder, X") is a party X leads, whatever the model took the
name for; a leader's word with the party's adjective before a name ("la líder
cristianodemócrata, X", "el timonel republicano, Y") introduces its leader, while the bare
epithet ("el líder republicano se reunió") and a member's or a president's word keep the
person a member; a group's name that opens on a place ("Europa de las Naciones Soberanas")
is one name, its acronym in brackets another of its names.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _led(text: str, read) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == "leaderOf"}


def _members(text: str, read) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == "memberOf"}


# ------------------------------------------------------------ "X, cuyo líder, Y"

def test_whose_leader_names_an_unknown_party(read):
    found = _led("Los sondeos dan ventaja a Tierra Gallega, cuyo líder, Ramón Ferreiro, "
                 "presentó ayer su programa.", read)
    assert ("Ramón Ferreiro", "Tierra Gallega") in found


def test_whose_leader_after_an_object_the_model_takes_for_a_person(read):
    found = _led("En Asturias, el candidato conservador superó por dos puntos a Bloque "
                 "Astur, cuyo líder, Nel Fernández, pidió un recuento.", read)
    assert ("Nel Fernández", "Bloque Astur") in found


def test_whose_leader_with_a_welsh_patronymic(read):
    found = _led("En Gales, Plaid Rydd, cuyo líder, Dafydd ap Rhys, pidió un referéndum, "
                 "mejoró sus resultados.", read)
    assert ("Dafydd ap Rhys", "Plaid Rydd") in found
    found = _led("El candidato liberal aventajó en tres puntos a Cymru Rydd, cuyo líder, "
                 "Gareth ap Huw, pidió un referéndum.", read)
    assert ("Gareth ap Huw", "Cymru Rydd") in found


def test_whose_founder_of_a_name_opening_on_a_possessive(read):
    found = _led("La alcaldesa descartó pactar con Mi Ciudad, cuyo líder, Julián Robles, "
                 "también concurre a las elecciones.", read)
    assert ("Julián Robles", "Mi Ciudad") in found


def test_whose_leader_after_a_first_relative(read):
    found = _led("El acuerdo deja fuera a Jaén Adelante, que gobernaba con los socialistas "
                 "desde 2019 y cuyo líder, Tomás Olmedo, rompió el pacto en marzo.", read)
    assert ("Tomás Olmedo", "Jaén Adelante") in found


def test_a_country_whose_leader_is_no_party(read):
    found = facts(read("Corea del Norte, cuyo líder, Kim Jong-un, lanzó otro misil."))
    assert not {f for f in found if f[1] == "leaderOf"}


def test_a_first_relative_with_its_own_whose_stays_apart(read):
    found = _led("Ayer habló Lucía Marín, que preside la asociación vecinal y cuya hija, "
                 "Ana Marín, es concejala.", read)
    assert ("Ana Marín", "Lucía Marín") not in found


# ------------------------------------------------------------ a party's adjective on a leader

def test_a_leader_word_with_the_party_adjective_before_a_name(read):
    found = _led("El Partido Laborista perdió cientos de concejales. El líder laborista, "
                 "Tomás Hale, pidió calma a los suyos.", read)
    assert ("Tomás Hale", "Partido Laborista") in found


def test_a_helmsman_of_a_party_by_its_adjective(read):
    found = _led("El Partido Republicano celebró su consejo. El timonel republicano, Andrés "
                 "Lagos, cerró el acto.", read)
    assert ("Andrés Lagos", "Partido Republicano") in found


def test_the_national_leader_by_the_party_adjective(read):
    found = _led("El PAN eligió candidatos. La dirigente nacional panista, Rosa Elvira "
                 "Téllez, anunció la lista.", read)
    assert ("Rosa Elvira Téllez", "PAN") in found


def test_a_plural_party_name_gives_its_adjective(read):
    found = _led("El pacto se firmó con el partido Cristianodemócratas. La líder "
                 "cristianodemócrata, Karin Lund, reconoció la derrota.", read)
    assert ("Karin Lund", "Cristianodemócratas") in found


def test_a_bare_epithet_keeps_the_person_a_member(read):
    text = ("José Antonio Kast llegó a Madrid. El líder republicano se reunió con "
            "Santiago Abascal.")
    assert ("José Antonio Kast", "Partido Republicano") in _members(text, read)
    assert ("José Antonio Kast", "Partido Republicano") not in _led(text, read)


def test_a_member_or_a_president_by_the_adjective_stays_a_member(read):
    text = ("El Partido Republicano ganó en la región. La dirigente republicana Marta Soto "
            "y el presidente republicano, Diego Arce, celebraron.")
    found = _led(text, read)
    assert ("Marta Soto", "Partido Republicano") not in found
    assert ("Diego Arce", "Partido Republicano") not in found


# ------------------------------------------------------------ a group's name opening on a place

def test_a_group_named_after_a_place_and_its_acronym(read):
    text = ("Vox se sienta en Patriotas por Europa, mientras que el FPÖ pertenece al grupo "
            "América de las Naciones Libres (ANL). Por la tarde habló el presidente de ANL, "
            "el diputado Karl Weber.")
    assert ("Karl Weber", "América de las Naciones Libres") in _led(text, read)


def test_a_place_and_its_ruler_stay_a_place(read):
    found = facts(read("Orbán defendió ayer la Hungría de los húngaros frente a Bruselas."))
    assert not {f for f in found if "Hungría de" in f[0] or "Hungría de" in f[2]}


# ------------------------------------------------------------ the party a title refers back to

def test_the_leader_of_this_party_is_the_party_named_before(read):
    text = ("Peña se reunió con Aquiles Ramos, un dirigente de la Revolución Ciudadana. La "
            "líder de este partido, Marta Vela, criticó la cumbre.")
    assert ("Marta Vela", "Revolución Ciudadana") in _led(text, read)


def test_the_leader_of_that_movement_by_its_adjective(read):
    text = ("Peña se reunió con Aquiles Ramos, un dirigente de la Revolución Ciudadana. La "
            "líder de ese movimiento correísta, Marta Vela, criticó la cumbre.")
    assert ("Marta Vela", "Revolución Ciudadana") in _led(text, read)


def test_a_demonstrative_before_a_noun_of_no_party_refers_to_none(read):
    text = ("Peña se reunió con Aquiles Ramos, un dirigente de la Revolución Ciudadana. La "
            "autora de este libro, Marta Vela, lo presentó ayer.")
    assert ("Marta Vela", "Revolución Ciudadana") not in _led(text, read)


# ------------------------------------------------------------ a party the model took for a person

def test_a_president_of_a_name_the_model_took_for_a_person(read):
    found = facts(read("Frente a frente, Jordi Vall y Lourdes Pons. A un lado, Jordi Vall, "
                       "líder del PSC en Girona; al otro, Lourdes Pons, presidenta de Aliança "
                       "Gironina y alcaldesa de Olot."))
    assert ("Lourdes Pons", "leaderOf", "Aliança Gironina") in found


def test_the_secretary_of_a_person_stays_a_person(read):
    found = facts(read("La secretaria de Javier Milei, Laura Ríos, llegó antes a la cita."))
    assert not {f for f in found if f[1] == "leaderOf"}


# ------------------------------------------------------------ an object put first, a clitic after

def test_a_party_structure_put_first_is_led_by_the_subject(read):
    # (Milei, whom the text also calls a libertarian, leads nothing here)
    text = ("Milei llegó ayer a Santa Fe con la cúpula de La Libertad Avanza. El armado "
            "libertario en la provincia lo conduce el diputado Ramiro Lugones.")
    assert ("Ramiro Lugones", "La Libertad Avanza") in _led(text, read)


def test_a_party_structure_by_its_adjective_and_a_river_plate_verb(read):
    text = ("El Partido Socialista celebró su congreso. La estructura socialista la dirige "
            "desde 2020 la senadora Ana Prieto.")
    assert ("Ana Prieto", "Partido Socialista") in _led(text, read)


def test_something_put_first_that_is_no_body_is_led_by_nobody(read):
    text = ("La conferencia del PVV reunió a cuarenta delegaciones. La presencia "
            "latinoamericana la encabezó el vicecanciller argentino, Tomás Echeverri.")
    assert not {o for s, o in _led(text, read) if s == "Tomás Echeverri"}


def test_leading_a_party_in_the_river_plate(read):
    assert ("Karina Milei", "La Libertad Avanza") in _led(
        "Karina Milei conduce La Libertad Avanza desde 2023.", read)


def test_hosting_a_programme_leads_nothing(read):
    found = _led("La periodista Ana Gil conduce el programa La Mañana de Radio Nacional.", read)
    assert not found


def test_the_body_of_a_party_a_relative_hangs_on_is_not_the_party(read):
    text = ("El acto, organizado por la mesa provincial de La Libertad Avanza que conduce la "
            "concejal Silvina Abril, sirvió para sellar el acuerdo.")
    assert ("Silvina Abril", "La Libertad Avanza") not in _led(text, read)
    assert ("Karina Milei", "La Libertad Avanza") in _led(
        "El acto lo organizó La Libertad Avanza, que preside Karina Milei.", read)


# ------------------------------------------------------------ a branch by its region's adjective

def test_the_head_of_a_party_branch_named_by_a_regional_adjective(read):
    found = _led("Habló el secretario general del PSOE riojano, Tomás Alcalde.", read)
    assert ("Tomás Alcalde", "PSOE riojano") in found
    found = _led("En primera fila estaba la titular del PRO bonaerense, Lía Sosa.", read)
    assert ("Lía Sosa", "PRO bonaerense") in found


def test_a_country_adjective_after_a_party_is_the_party(read):
    found = _led("Habló el presidente del Partido Socialista chileno, Paulo Riquelme.", read)
    assert ("Paulo Riquelme", "Partido Socialista") in found
    found = _led("Habló el líder del PVV neerlandés, Geert Wilders.", read)
    assert ("Geert Wilders", "PVV") in found
