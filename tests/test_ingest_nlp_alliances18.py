"""The parse extractor on alliances and endorsements told by a noun: a party's noun that an
adjective of kinship or alliance qualifies is a title of alliance ("un partido hermano de X",
"una formación aliada de Y"), and kin that "político" makes figurative ("mi hermano político",
"su padrino político"); an ally or a friend named with no owner in what someone says is the
speaker's ally ("«X es un amigo y un aliado», dijo Y"; an ally alone may be the speaker's
organization's); a warm "relación de hermanos" is an
alliance; "con el respaldo de X" backs the one acting even when the small model takes it for
the verb's object; and "no me ha dado su apoyo" in a quotation is denied to the speaker.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _allied(found, a, b) -> bool:
    return (a, "allied", b) in found or (b, "allied", a) in found


def _denied(found, a, b) -> bool:
    return (a, "not allied", b) in found or (b, "not allied", a) in found


@pytest.mark.parametrize("text, a, b", [
    ("Chega es, según sus dirigentes, un partido hermano de Vox.", "Chega", "Vox"),
    ("Fratelli d'Italia, una formación aliada de Vox, ganó en Roma.", "Fratelli d'Italia",
     "Vox"),
    ("El Partido Popular, la fuerza hermana de Fidesz en Bruselas, perdió votos.",
     "Partido Popular", "Fidesz"),
    ("Según los analistas, Vox se ha convertido en la organización amiga del PP en Murcia.",
     "Vox", "PP"),
])
def test_a_party_noun_called_a_sibling_or_an_ally_is_a_title_of_alliance(read, text, a, b):
    assert _allied(facts(read(text)), a, b)


def test_a_party_noun_called_an_ally_is_denied_with_its_copula(read):
    found = facts(read("Vox no es un partido amigo del PP, insistió el portavoz."))
    assert _denied(found, "Vox", "PP")
    assert not _allied(found, "Vox", "PP")


@pytest.mark.parametrize("text", [
    "El partido de Santiago Abascal ganó en Murcia.",
    "Vox es un partido de la derecha española, y el PP compite con él.",
    "Un partido político de Chile, Republicanos, viajó a Madrid para ver a Vox.",
])
def test_a_party_noun_alone_allies_nobody(read, text):
    found = facts(read(text))
    assert not any(r == "allied" for _, r, _ in found)


@pytest.mark.parametrize("text", [
    "José Antonio Kast considera a Santiago Abascal su hermano político.",
    "José Antonio Kast llama a Santiago Abascal «mi hermano político».",
    "José Antonio Kast define a Santiago Abascal como «mi padrino político».",
    "«Santiago Abascal es mi padrino político», dice José Antonio Kast.",
    "Javier Milei es, desde 2019, el hermano político de José Antonio Kast.",
])
def test_kin_made_political_is_an_ally(read, text):
    found = facts(read(text))
    names = ("Javier Milei", "José Antonio Kast") if "Milei" in text else \
        ("José Antonio Kast", "Santiago Abascal")
    assert _allied(found, *names)


def test_a_kin_word_without_politico_allies_nobody(read):
    found = facts(read("El hermano de José Antonio Kast, Miguel Kast, conoció a Santiago "
                       "Abascal en Madrid."))
    assert not _allied(found, "José Antonio Kast", "Santiago Abascal")


@pytest.mark.parametrize("text", [
    "«Santiago Abascal es un amigo y un aliado», dijo José Antonio Kast.",
    "«Santiago Abascal es un gran amigo y un aliado», aseguró el jueves José Antonio Kast.",
    "José Antonio Kast lo dejó claro: «Santiago Abascal es un amigo leal».",
])
def test_an_unowned_friend_in_someones_words_is_the_speakers(read, text):
    assert _allied(facts(read(text)), "José Antonio Kast", "Santiago Abascal")


def test_an_unowned_friend_the_speaker_denies(read):
    # a friend alone is a personal tie (tests/test_ingest_nlp_devfp18.py): denied with an ally
    found = facts(read("«Santiago Abascal no es un amigo ni un aliado», dijo José Antonio "
                       "Kast."))
    assert _denied(found, "José Antonio Kast", "Santiago Abascal")
    assert not _allied(found, "José Antonio Kast", "Santiago Abascal")


@pytest.mark.parametrize("text", [
    # another's ally, or someone else's: not the speaker's
    "«Santiago Abascal es un aliado de Vox», dijo José Antonio Kast.",
    "«Santiago Abascal es su aliado», dijo José Antonio Kast.",
    # an ally alone may be the speaker's organization's
    "«Santiago Abascal es un gran aliado», aseguró el jueves José Antonio Kast en Madrid.",
    # the narrator's voice names no owner
    "Santiago Abascal es un aliado y un amigo, según los analistas de José Antonio Kast.",
])
def test_an_ally_with_an_owner_or_out_of_speech_is_not_the_speakers(read, text):
    assert not _allied(facts(read(text)), "José Antonio Kast", "Santiago Abascal")


def test_a_party_called_a_sibling_party_by_a_person_is_not_that_persons_ally(read):
    found = facts(read("«Chega es un partido hermano», afirmó Santiago Abascal."))
    assert not _allied(found, "Chega", "Santiago Abascal")


@pytest.mark.parametrize("text", [
    "José Antonio Kast mantiene con Santiago Abascal una relación de hermanos.",
    "José Antonio Kast tiene con Santiago Abascal una relación estrecha desde 2019.",
    "José Antonio Kast llegó a Madrid. Con Santiago Abascal mantiene una relación casi "
    "fraternal.",
])
def test_a_warm_relation_is_an_alliance(read, text):
    assert _allied(facts(read(text)), "José Antonio Kast", "Santiago Abascal")


@pytest.mark.parametrize("text", [
    "José Antonio Kast mantiene con Santiago Abascal una relación fría.",
    # how well dealings go is no closeness: "cordial", "fluida" are said of rivals too
    "José Antonio Kast tiene con Santiago Abascal una relación cordial desde 2019.",
])
def test_a_cold_relation_is_no_alliance(read, text):
    found = facts(read(text))
    assert not _allied(found, "José Antonio Kast", "Santiago Abascal")


@pytest.mark.parametrize("text", [
    "Rocío Monasterio se presentó con el respaldo expreso de Santiago Abascal.",
    "Rocío Monasterio ganó en Madrid con el apoyo explícito de Santiago Abascal.",
    "Rocío Monasterio llegó a la cita con el aval de Santiago Abascal.",
])
def test_acting_with_someones_backing_is_endorsed(read, text):
    assert ("Santiago Abascal", "endorsed", "Rocío Monasterio") in facts(read(text))


@pytest.mark.parametrize("text", [
    "Rocío Monasterio aprobó los presupuestos con el apoyo de Santiago Abascal.",
    "Rocío Monasterio quiere gobernar con el apoyo de Santiago Abascal.",
    "Rocío Monasterio ganó sin el apoyo de Santiago Abascal.",
])
def test_backing_for_a_measure_a_wish_or_missing_is_not_endorsed(read, text):
    assert ("Santiago Abascal", "endorsed", "Rocío Monasterio") not in facts(read(text))


@pytest.mark.parametrize("text, negated", [
    ("«Santiago Abascal no me ha dado su apoyo», dijo Rocío Monasterio.", True),
    ("«Santiago Abascal me dio su respaldo desde el primer día», afirmó Rocío Monasterio.",
     False),
    ("Rocío Monasterio fue clara: «Santiago Abascal me ha dado todo su apoyo».", False),
])
def test_support_given_to_me_is_the_speakers(read, text, negated):
    relation = "not endorsed" if negated else "endorsed"
    found = facts(read(text))
    assert ("Santiago Abascal", relation, "Rocío Monasterio") in found


def test_support_given_to_me_out_of_speech_names_nobody(read):
    found = facts(read("Santiago Abascal me dio su apoyo, escribió el columnista."))
    assert not any(r == "endorsed" for _, r, _ in found)


@pytest.mark.parametrize("text", [
    "El PP celebra una década de alianza con Vox en Murcia.",
    "Tras dos legislaturas de pacto con el PSOE, el PNV cambió de socio.",
])
def test_an_alliance_told_by_how_long_it_lasted(read, text):
    found = facts(read(text))
    assert _allied(found, "PP", "Vox") or _allied(found, "PNV", "PSOE")


@pytest.mark.parametrize("text", [
    "El PP pone fin a tres años de coalición con Vox.",
    "El PP rompió en julio cuatro años de cogobierno con Vox.",
])
def test_an_alliance_ended_after_years_is_former(read, text):
    extraction = read(text)
    claims = [c for c in extraction.candidates if c.relation == "allied" and
              {c.subject, c.object} == {"PP", "Vox"}]
    assert claims and claims[0].qualifiers.get("former")


@pytest.mark.parametrize("text", [
    "El PP cumple cuatro años de gobierno en Murcia.",
    "El PP no quiere otros cuatro años de coalición con Vox.",
])
def test_years_of_government_or_a_refused_coalition_ally_nobody(read, text):
    assert not _allied(facts(read(text)), "PP", "Vox")


@pytest.mark.parametrize("text", [
    "Vox se coaligó con Chega para las europeas.",
    "Vox y Chega se coaligaron en 2024.",
    "Vox y Chega son partidos hermanos.",
    "Vox y Chega son formaciones hermanas desde 2019.",
])
def test_coalescing_and_sibling_parties_are_allied(read, text):
    assert _allied(facts(read(text)), "Vox", "Chega")


def test_sibling_parties_denied(read):
    found = facts(read("Vox y Chega no son partidos hermanos."))
    assert _denied(found, "Vox", "Chega")
    assert not _allied(found, "Vox", "Chega")


def test_parties_of_a_kind_are_not_siblings(read):
    assert not _allied(facts(read("Vox y Chega son partidos de derecha.")), "Vox", "Chega")


@pytest.mark.parametrize("text", [
    "Vox, socio de gobierno del PP, votó en contra.",
    "Vox, el socio de gobierno del PP en Murcia, votó en contra.",
    "Vox, compañero de viaje del PP en Murcia, votó en contra.",
    "Vox es el compañero de viaje del PP en Murcia.",
])
def test_a_kind_of_partner_before_whose(read, text):
    assert _allied(facts(read(text)), "Vox", "PP")


@pytest.mark.parametrize("text", [
    "Santiago Abascal viajó a Roma con su compañero de viaje, Jorge Buxadé.",
    "Santiago Abascal llegó a Roma. Jorge Buxadé fue su compañero de viaje.",
])
def test_a_fellow_on_a_trip_is_no_ally(read, text):
    assert not _allied(facts(read(text)), "Santiago Abascal", "Jorge Buxadé")


def _allied_claim(extraction, a, b):
    return next((c for c in extraction.candidates if c.relation == "allied" and
                 {c.subject, c.object} == {a, b}), None)


@pytest.mark.parametrize("text", [
    "El PP rompió su alianza con Vox en julio.",
    "En julio, el PP puso fin a su pacto con Vox en Murcia.",
])
def test_an_alliance_its_verb_ends_is_former(read, text):
    claim = _allied_claim(read(text), "PP", "Vox")
    assert claim is not None and not claim.negated and claim.qualifiers.get("former")


@pytest.mark.parametrize("text", [
    "El PP no rompió su alianza con Vox pese a las presiones.",
    "El PP nunca puso fin a su pacto con Vox.",
])
def test_an_alliance_not_ended_holds(read, text):
    claim = _allied_claim(read(text), "PP", "Vox")
    assert claim is not None and not claim.negated and not claim.qualifiers.get("former")


def test_an_alliance_sealed_is_not_former(read):
    claim = _allied_claim(read("El PP selló su alianza con Vox en julio."), "PP", "Vox")
    assert claim is not None and not claim.qualifiers.get("former")


@pytest.mark.parametrize("text", [
    "José Antonio Kast, líder del Partido Republicano, fue claro: «Hemos firmado una alianza "
    "entre nuestro partido y Vox».",
    "«Nuestro partido se alía con Vox», dijo José Antonio Kast, líder del Partido Republicano.",
    "José Antonio Kast, líder del Partido Republicano, fue claro: «Vox y nuestro partido son "
    "aliados».",
])
def test_our_party_in_someones_words_is_the_speakers(read, text):
    found = facts(read(text))
    assert _allied(found, "Partido Republicano", "Vox")
    assert not _allied(found, "José Antonio Kast", "Partido Republicano")


def test_our_party_out_of_speech_names_none(read):
    found = facts(read("Nuestro partido se alía con Vox, escribió el columnista José Antonio "
                       "Kast, líder del Partido Republicano."))
    assert not _allied(found, "Partido Republicano", "Vox")
