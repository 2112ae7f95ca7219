"""The parse extractor on rivals and allies said by predicates other than a plain copula: two
at once by "actúan como socios" or a reflexive verb of regard ("se consideran aliados"); a
party's rival set beside a name with "su" ("frente a Vox, su principal rival"); a rival title
held under a verb of continuing ("el principal opositor a X sigue siendo Y"); "nuestro socio"
said by a person named as the speaker (the speaker's party is the ally, not the one named in
the quotation); a title whose holder is described by a party word ("el presidente regional,
el socialista X").

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _of(text: str, read, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in facts(read(text)) if r == relation}


def _either(found: set[tuple[str, str]], a: str, b: str) -> bool:
    return (a, b) in found or (b, a) in found


# ------------------------------------------------------------ two at once, not with "ser"

def test_acting_as_partners(read):
    found = _of("En el Ayuntamiento, el PSOE y el PP actúan como socios desde el verano.",
                read, "allied")
    assert _either(found, "PSOE", "PP")


def test_governing_as_allies(read):
    found = _of("Vox y Chega funcionan como aliados en la Eurocámara.", read, "allied")
    assert _either(found, "Vox", "Chega")


def test_regarding_each_other_as_allies(read):
    found = _of('Vox y Chega, que antes votaban por separado, se consideran desde hoy '
                '"aliados" frente a Bruselas.', read, "allied")
    assert _either(found, "Vox", "Chega")


def test_declaring_each_other_rivals(read):
    found = _of("Lucía Berrocal y Tomás Arnedo se declaran rivales en Cuenca.", read,
                "opponentOf")
    assert _either(found, "Lucía Berrocal", "Tomás Arnedo")


def test_not_regarding_each_other_as_allies_is_a_denial(read):
    found = facts(read("Vox y Chega no se consideran aliados en Bruselas."))
    assert ("Vox", "not allied", "Chega") in found or ("Chega", "not allied", "Vox") in found
    assert ("Vox", "allied", "Chega") not in found and ("Chega", "allied", "Vox") not in found


def test_partners_of_a_third_are_not_each_others(read):
    found = _of("Vox y Chega actúan como socios del PP en la región.", read, "allied")
    assert not _either(found, "Vox", "Chega")


def test_others_taken_for_allies_are_not_the_subjects(read):
    found = _of("Los votantes ven a Vox y a Chega como aliados.", read, "allied")
    assert not any("votantes" in s.lower() or "votantes" in o.lower() for s, o in found)


# ------------------------------------------------------------ "su rival" beside a party's rival

def test_a_partys_rival_beside_a_name(read):
    found = _of('El PP mantiene el llamado "cordón" frente a Vox, su principal rival en las '
                'encuestas.', read, "opponentOf")
    assert _either(found, "PP", "Vox")


def test_a_partys_rival_despite_a_relative_naming_its_leader(read):
    found = _of("El PSOE, que preside Pedro Sánchez, resiste frente a Vox, su gran rival en "
                "el sur.", read, "opponentOf")
    assert _either(found, "PSOE", "Vox")
    assert not _either(found, "Pedro Sánchez", "Vox")


def test_a_persons_rival_beside_a_name_stays_theirs(read):
    found = _of("Lucía Berrocal mantiene la ventaja frente a Tomás Arnedo, su principal "
                "rival en las encuestas.", read, "opponentOf")
    assert _either(found, "Lucía Berrocal", "Tomás Arnedo")


# ------------------------------------------------------------ "sigue siendo", "opositor a"

def test_the_main_opponent_still_being_a_party(read):
    found = _of("El opositor más ruidoso al presidente Gustavo Petro sigue siendo el Centro "
                "Democrático.", read, "opponentOf")
    assert _either(found, "Centro Democrático", "Gustavo Petro")


def test_the_hardest_rival_continuing_to_be_a_person(read):
    found = _of("El rival más duro de Gustavo Petro continúa siendo Álvaro Uribe.", read,
                "opponentOf")
    assert _either(found, "Álvaro Uribe", "Gustavo Petro")


def test_an_opponent_to_someone_with_a(read):
    found = _of("El principal opositor a Gustavo Petro es el Centro Democrático.", read,
                "opponentOf")
    assert _either(found, "Centro Democrático", "Gustavo Petro")


# ------------------------------------------------------------ "nuestro socio", said by someone

def test_our_partner_said_by_a_member_is_the_partys_ally(read):
    found = _of('El alcalde del PP, Tomás Arnedo, recibió a la diputada de Vox Marta Pineda. '
                '"Arnedo es nuestro socio y lo vamos a acompañar", dijo Pineda.', read, "allied")
    assert _either(found, "Vox", "Tomás Arnedo")
    assert not _either(found, "PP", "Marta Pineda")


# ------------------------------------------------------------ a holder described by a party word

def test_a_title_held_by_one_described_by_a_party_word(read):
    found = _of("Julián Carrasco se medirá en las urnas con el presidente regional, el "
                "socialista Emiliano García-Page.", read, "opponentOf")
    assert _either(found, "Julián Carrasco", "Emiliano García-Page")



# ------------------------------------------------------------ a rival with no owner, in speech

def test_a_party_called_a_rival_by_a_leader_is_her_partys(read):
    found = _of('"Reform UK es un rival", dijo Kemi Badenoch, líder del Partido Conservador.',
                read, "opponentOf")
    assert _either(found, "Partido Conservador", "Reform UK")
    assert not _either(found, "Kemi Badenoch", "Reform UK")


def test_not_an_ally_but_a_rival(read):
    found = facts(read('Kemi Badenoch, líder del Partido Conservador, insistió en que Reform '
                       'UK "no es un aliado sino un rival".'))
    assert ("Partido Conservador", "opponentOf", "Reform UK") in found or \
        ("Reform UK", "opponentOf", "Partido Conservador") in found
    assert ("Partido Conservador", "allied", "Reform UK") not in found
    assert ("Reform UK", "allied", "Partido Conservador") not in found


def test_a_person_called_a_rival_by_a_speaker_is_the_speakers(read):
    found = _of('"Tomás Arnedo es un rival duro", dijo Lucía Berrocal.', read, "opponentOf")
    assert _either(found, "Lucía Berrocal", "Tomás Arnedo")


def test_a_rival_in_the_narrators_voice_is_nobodys(read):
    found = _of("Tomás Arnedo es un rival duro para cualquiera.", read, "opponentOf")
    assert not found


def test_a_rival_asked_about_is_no_claim(read):
    found = _of('"¿Es Tomás Arnedo un rival?", preguntó Lucía Berrocal.', read, "opponentOf")
    assert not _either(found, "Lucía Berrocal", "Tomás Arnedo")


def test_a_party_called_an_ally_by_a_speaker_without_a_party_is_left(read):
    found = _of('"Chega es un aliado", dijo el politólogo Tomás Arnedo.', read, "allied")
    assert not _either(found, "Tomás Arnedo", "Chega")


# ------------------------------------------------------------ a relation gone over

def test_a_relation_gone_over_on_television_makes_no_allies(read):
    found = _of("Tomás Arnedo repasó en televisión su relación con Santiago Abascal y con "
                "Javier Milei.", read, "allied")
    assert not _either(found, "Tomás Arnedo", "Santiago Abascal")
    assert not _either(found, "Tomás Arnedo", "Javier Milei")


def test_a_close_relation_gone_over_still_makes_allies(read):
    found = _of("Tomás Arnedo repasó en la radio su estrecha relación con Santiago Abascal.",
                read, "allied")
    assert _either(found, "Tomás Arnedo", "Santiago Abascal")


# ------------------------------------------------------------ a party by its head, then its leader

def test_a_party_named_by_its_head_and_then_its_leader_are_two_names(read):
    found = facts(read("El Partido Conservador de Kemi Badenoch descartó anoche cualquier pacto "
                       "con Reform UK."))
    assert any(s == "Partido Conservador" or o == "Partido Conservador" for s, _, o in found)
    assert not any("Badenoch" in s and "Partido" in s for s, _, _ in found)


def test_a_party_of_a_place_keeps_its_name(read):
    found = facts(read("El Partido Comunista de Gran Bretaña firmó una alianza con el Partido "
                       "Verde."))
    assert not any(s == "Partido Comunista" or o == "Partido Comunista" for s, _, o in found)



# ------------------------------------------------------------ governing with a chamber

def test_governing_with_a_friendly_senate_makes_no_ally(read):
    found = _of("El presidente Tomás Arnedo ha gobernado estos cuatro años con un Senado "
                "cómodo.", read, "allied")
    assert not any(s == "Tomás Arnedo" or o == "Tomás Arnedo" for s, o in found)


def test_governing_with_a_party_still_makes_allies(read):
    found = _of("Tomás Arnedo gobierna con el PP desde 2023.", read, "allied")
    assert _either(found, "Tomás Arnedo", "PP")
