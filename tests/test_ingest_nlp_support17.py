"""The parse extractor on alliances and rivalries whose sides are told apart: an alliance "con
A y con B" is the holder's with each, not A's with B, and with no holder named it allies
nobody ("entre A y B" still names both sides); a quotation closed by a verb of saying with a
dropped subject is spoken by the person the text is talking about ("«…», dijo."); having no
rival names nobody ("No tuvo rival: el único aspirante, X, se retiró"); two called allies "de"
a third are not thereby allies of each other; and an alliance that a question asks about is
not stated ("le preguntó por su relación con X"); a plural verb whose subject is dropped
has for subject the several persons acting just before, and none when only one acts there
("me votan por lo que hice" is impersonal).

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _relations(found, relation):
    return {(s, o) for s, r, o in found if r == relation}


@pytest.mark.parametrize("text", [
    "La alianza con Vox y con Chega ha resistido tres años de tensiones.",
    "Su alianza con Chega y con Vox, según los sondeos, ya no suma.",
    "El pacto con Vox y con Chega quedó roto en verano.",
    "La rivalidad con Vox y con Chega marcó la campaña.",
])
def test_partners_of_one_side_are_not_allied_with_each_other(read, text):
    found = facts(read(text))
    assert ("Vox", "allied", "Chega") not in found
    assert ("Chega", "allied", "Vox") not in found
    assert ("Vox", "opponentOf", "Chega") not in found
    assert ("Chega", "opponentOf", "Vox") not in found


@pytest.mark.parametrize("text", [
    "La alianza entre Vox y Chega ha resistido tres años de tensiones.",
    "El pacto entre Chega y Vox se firmó en Lisboa.",
])
def test_an_alliance_between_two_names_both_sides(read, text):
    found = _relations(facts(read(text)), "allied")
    assert ("Vox", "Chega") in found or ("Chega", "Vox") in found


@pytest.mark.parametrize("text", [
    "El PP firmó una alianza con Vox y con Chega.",
    "El PP selló en Madrid un pacto con Chega y con Vox.",
])
def test_the_holder_is_allied_with_each_partner(read, text):
    found = facts(read(text))
    assert ("PP", "allied", "Vox") in found
    assert ("PP", "allied", "Chega") in found
    assert ("Vox", "allied", "Chega") not in found


@pytest.mark.parametrize("text", [
    'Javier Milei llegó a Madrid el martes. "Con Vox y con Santiago Abascal tenemos una '
    'alianza sólida", dijo.',
    "Javier Milei aterrizó en Madrid por la mañana. «Con Santiago Abascal y con Vox tenemos "
    "una alianza que nadie va a romper», afirmó.",
    "Javier Milei visitó la sede del partido. «Nosotros tenemos una alianza con Vox y con "
    "Santiago Abascal», aseguró ante la prensa.",
])
def test_a_quotation_with_a_dropped_speaker_is_the_protagonists(read, text):
    found = facts(read(text))
    assert ("Javier Milei", "allied", "Vox") in found
    assert ("Javier Milei", "allied", "Santiago Abascal") in found
    assert ("Vox", "allied", "Santiago Abascal") not in found


def test_a_named_speaker_after_the_quotation_is_not_replaced(read):
    found = facts(read('Javier Milei llegó a Madrid. "Con Vox tenemos una alianza sólida", '
                       "repitió el lunes José Antonio Kast, presidente de Chile."))
    assert ("Javier Milei", "allied", "Vox") not in found


def test_a_plural_verb_of_saying_is_no_single_speaker(read):
    found = facts(read('Javier Milei llegó a Madrid. "Con Vox tenemos una alianza sólida", '
                       "dijeron."))
    assert ("Javier Milei", "allied", "Vox") not in found


_REELECTED = ("Lucía Gil, consejera en el Gobierno de Marcos Pinto, fue reelegida presidenta "
              "del partido con el 90% de los votos. ")


@pytest.mark.parametrize("text", [
    _REELECTED + "No tuvo rival: el único aspirante alternativo, el concejal Pedro Ruiz, "
    "retiró su candidatura el viernes.",
    _REELECTED + "No tuvo contrincante: el otro aspirante, el concejal Pedro Ruiz, se retiró.",
    _REELECTED + "Nunca tuvo adversario en la votación.",
])
def test_having_no_rival_names_nobody(read, text):
    found = facts(read(text))
    assert not any(r in ("opponentOf", "not opponentOf") for _, r, _ in found)


def test_a_rival_had_as_such_is_still_read(read):
    found = facts(read("Lucía Gil fue proclamada candidata del PP. Tendrá como principal "
                       "contrincante a Marcos Pinto."))
    assert ("Lucía Gil", "opponentOf", "Marcos Pinto") in found


def test_a_rival_denied_by_name_is_a_denial(read):
    found = facts(read("Lucía Gil fue proclamada candidata del PP. No tendrá como rival a "
                       "Marcos Pinto, que se retiró."))
    assert ("Lucía Gil", "not opponentOf", "Marcos Pinto") in found


@pytest.mark.parametrize("text", [
    "Elogió a Javier Milei y a Nayib Bukele. Dijo que ambos son aliados naturales de un "
    "México libre.",
    'Elogió a Javier Milei y a Nayib Bukele. Añadió que ambos son "socios de la libertad".',
    "Javier Milei y Nayib Bukele son aliados de la causa de la vida, según el orador.",
])
def test_allies_of_a_third_are_not_each_others(read, text):
    found = facts(read(text))
    assert ("Javier Milei", "allied", "Nayib Bukele") not in found
    assert ("Nayib Bukele", "allied", "Javier Milei") not in found


@pytest.mark.parametrize("text", [
    "Javier Milei y Nayib Bukele son aliados desde hace años.",
    "Javier Milei y Nayib Bukele son socios.",
])
def test_two_called_allies_without_a_third_are_allied(read, text):
    found = _relations(facts(read(text)), "allied")
    assert ("Javier Milei", "Nayib Bukele") in found or ("Nayib Bukele", "Javier Milei") in found


@pytest.mark.parametrize("text", [
    "El periodista Héctor Ramírez le preguntó por su relación con Donald Trump.",
    "Javier Milei fue consultado sobre su alianza con Vox en la rueda de prensa.",
    "La periodista interrogó a Santiago Abascal acerca de su pacto con el PP.",
    "Preguntado por su rivalidad con Vox, Alberto Núñez Feijóo sonrió.",
])
def test_an_alliance_asked_about_is_not_stated(read, text):
    found = facts(read(text))
    assert not any(r in ("allied", "opponentOf") for _, r, _ in found)


def test_an_alliance_told_is_still_read(read):
    found = facts(read("Santiago Abascal selló en Madrid su alianza con Javier Milei."))
    assert ("Santiago Abascal", "allied", "Javier Milei") in found


@pytest.mark.parametrize("text", [
    "Tomás Varela se reunió el jueves con Lucía Gil y con Marta Ruiz. El diputado es el "
    "candidato del PP en esas municipales, en las que su principal adversario será el "
    "alcalde socialista, Marcos Pinto.",
    "Tomás Varela cenó con Lucía Gil en Soria. El diputado competirá en mayo; su rival más "
    "directo será el alcalde, Marcos Pinto.",
    "Tomás Varela almorzó con Lucía Gil. En las municipales, su gran adversario será el "
    "alcalde Marcos Pinto.",
])
def test_su_across_a_sentence_is_the_one_the_text_is_about(read, text):
    found = _relations(facts(read(text)), "opponentOf")
    assert ("Marcos Pinto", "Tomás Varela") in found or ("Tomás Varela", "Marcos Pinto") in found
    assert not any("Lucía Gil" in pair or "Marta Ruiz" in pair for pair in found)


def test_su_opening_a_sentence_is_the_previous_subject_not_its_object(read):
    found = _relations(facts(read("Tomás Varela visitó a Lucía Gil en Soria. Su rival, el "
                                  "alcalde Marcos Pinto, no acudió al acto.")), "opponentOf")
    assert ("Marcos Pinto", "Tomás Varela") in found or ("Tomás Varela", "Marcos Pinto") in found
    assert not any("Lucía Gil" in pair for pair in found)


def _rivals(found, a, b):
    pairs = _relations(found, "opponentOf")
    return (a, b) in pairs or (b, a) in pairs


def _allies(found, a, b):
    pairs = _relations(found, "allied")
    return (a, b) in pairs or (b, a) in pairs


_SPOKE = "Manuel Barroso habló el martes en Cádiz. "


@pytest.mark.parametrize("text", [
    _SPOKE + "Barroso arremetió contra el ministro Fernando Grande-Marlaska, al que considera su "
    "principal adversario político.",
    _SPOKE + "Barroso cargó contra Fernando Grande-Marlaska, a quien considera su gran rival.",
    _SPOKE + "Barroso considera a Fernando Grande-Marlaska su principal adversario.",
    _SPOKE + "Barroso ve en Fernando Grande-Marlaska a su principal rival.",
])
def test_one_called_a_rival_is_the_callers(read, text):
    assert _rivals(facts(read(text)), "Manuel Barroso", "Fernando Grande-Marlaska")


@pytest.mark.parametrize("text", [
    _SPOKE + "Describió a Santiago Abascal como su aliado natural.",
    _SPOKE + "Barroso considera a Santiago Abascal su socio más fiable.",
])
def test_one_called_an_ally_is_the_callers(read, text):
    assert _allies(facts(read(text)), "Manuel Barroso", "Santiago Abascal")


def test_calling_someone_ones_rival_denied(read):
    found = facts(read(_SPOKE + "Barroso no considera a Fernando Grande-Marlaska su rival."))
    assert ("Manuel Barroso", "not opponentOf", "Fernando Grande-Marlaska") in found or (
        "Fernando Grande-Marlaska", "not opponentOf", "Manuel Barroso") in found


@pytest.mark.parametrize("text", [
    "Manuel Barroso habló en Cádiz con Fernando Grande-Marlaska. Barroso lo considera un "
    "aliado de Putin.",
    _SPOKE + "Barroso considera a Fernando Grande-Marlaska el rival de Vox.",
    _SPOKE + "Barroso se considera su aliado.",
    _SPOKE + "Barroso lo considera su aliado más fiel.",
])
def test_no_ally_or_rival_of_the_caller(read, text):
    found = facts(read(text))
    assert not any(r in ("allied", "opponentOf") and "Manuel Barroso" in (s, o)
                   for s, r, o in found)


@pytest.mark.parametrize("text", [
    "Riikka Purra habló en Helsinki. Antti Lindtman, su principal rival, la acusó el lunes de "
    "mentir.",
    "Riikka Purra cerró la campaña en Tampere. Antti Lindtman, su gran adversario en estas "
    "elecciones, votó por la mañana.",
    "Riikka Purra dedicó su discurso a su principal rival, el socialdemócrata Antti Lindtman.",
])
def test_a_possessed_rival_beside_a_name(read, text):
    assert _rivals(facts(read(text)), "Antti Lindtman", "Riikka Purra")


def test_a_rival_beside_a_name_is_not_dated_by_its_clause(read):
    found = read("Riikka Purra habló en Helsinki. Antti Lindtman, su principal rival, la "
                 "acusó el lunes de mentir.")
    claim = next(c for c in found.candidates if c.relation == "opponentOf")
    assert claim.date is None


@pytest.mark.parametrize("text", [
    "Lucía Gil, presidenta de Vox en Soria, selló ayer la alianza con el PP.",
    "Lucía Gil, secretaria general de Vox, firmó el martes un pacto con el PP.",
    "Lucía Gil, dirigente de Vox, cerró un acuerdo de gobierno con el PP en Soria.",
])
def test_a_pact_with_a_party_is_the_persons_party(read, text):
    found = facts(read(text))
    assert _allies(found, "Vox", "PP")
    assert not _allies(found, "Lucía Gil", "PP")


def test_a_pact_of_a_person_tied_to_no_party_stays_theirs(read):
    found = facts(read("Lucía Gil selló ayer la alianza con el PP."))
    assert _allies(found, "Lucía Gil", "PP")


def test_a_pact_between_persons_stays_between_them(read):
    found = facts(read("Lucía Gil, presidenta de Vox en Soria, selló una alianza con "
                       "Santiago Abascal."))
    assert not _allies(found, "Vox", "Santiago Abascal")


def test_a_denied_alliance_stays_the_deniers(read):
    found = facts(read("Lucía Gil, presidenta de Vox en Soria, negó que exista una alianza "
                       "con el PP."))
    assert not any(r == "allied" and "Vox" in (s, o) for s, r, o in found)


@pytest.mark.parametrize("text", [
    "Lucía Ferrán habló con Andrés Polo en Cuenca. «A mí me votan por lo que hice, no por "
    "quién me apoya», dijo.",
    "Andrés Polo visitó Cuenca el lunes. Allí respaldan a Lucía Ferrán por su gestión.",
    "Andrés Polo llegó a Cuenca el lunes. A Lucía Ferrán la apoyan por su trabajo en el "
    "barrio.",
])
def test_an_impersonal_plural_is_not_the_one_person_before(read, text):
    found = facts(read(text))
    assert not any(r in ("endorsed", "not endorsed") and s == "Andrés Polo"
                   for s, r, _ in found)


@pytest.mark.parametrize("text", [
    "Andrés Polo y Marta Ruiz llegaron a Cuenca el lunes. Respaldaron a Lucía Ferrán en el "
    "mitin.",
    "Andrés Polo y Marta Ruiz viajaron juntos a Cuenca. Allí apoyaron a Lucía Ferrán ante "
    "la prensa.",
])
def test_a_dropped_plural_subject_is_the_several_acting_before(read, text):
    found = facts(read(text))
    assert ("Andrés Polo", "endorsed", "Lucía Ferrán") in found
    assert ("Marta Ruiz", "endorsed", "Lucía Ferrán") in found
