"""The parse extractor on one gathering a chronicle tells first by a word for any gathering
("el acto", "un encuentro") and then, definite, by its own kind ("El mitin, organizado por
Vox, ...", "La concentración, convocada por el PP, ..."): one event, named by the more precise
kind, with every speaker and guest going to it; a later "el acto" is that one too. A rally told
with an indefinite article, in the plural or as still to come is another gathering.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _events(found) -> set[str]:
    return {o for _, r, o in found if r in ("participatedIn", "invitedTo")} | {
        s for s, r, _ in found if r == "organizedBy"}


@pytest.mark.parametrize("text, event, speaker", [
    ("Abascal llena la plaza de toros de Jaén\n\n"
     "Unas 4.000 personas asistieron ayer al primer acto de precampaña de Vox en la "
     "provincia.\n\n"
     "El mitin, organizado por Vox, duró casi dos horas. Antes de Abascal intervino la "
     "diputada Rocío de Meer.",
     ("Mitin", "Vox"), "Rocío de Meer"),
    ("El PP reúne a sus alcaldes en Zamora\n\n"
     "Cientos de militantes acudieron el sábado al acto de presentación de candidatos del "
     "partido en la capital.\n\n"
     "La concentración, convocada por el PP, terminó con el himno. Intervino primero la "
     "secretaria general, Cuca Gamarra.",
     ("Concentración", "PP"), "Cuca Gamarra"),
])
def test_a_gathering_told_as_an_act_then_by_its_kind_is_one(read, text, event, speaker):
    found = facts(read(text))
    events = _events(found)
    kind, organizer = event
    assert any(name.startswith(kind) and organizer in name for name in events), sorted(found)
    assert not any(name.startswith("Acto") for name in events), sorted(found)
    assert any(s == speaker and r == "participatedIn" and o.startswith(kind)
               for s, r, o in found), sorted(found)


def test_the_act_named_again_later_is_the_rally(read):
    found = facts(read(
        "Vox cierra filas en Cuenca\n\n"
        "Varios centenares de simpatizantes se dieron cita ayer en el acto de precampaña de "
        "Vox en el auditorio municipal.\n\n"
        "El mitin, organizado por Vox, contó con la intervención del eurodiputado Jorge "
        "Buxadé.\n\n"
        "El PSOE calificó después el acto de provocación."))
    events = _events(found)
    assert not any(name.startswith("Acto") for name in events), sorted(found)
    assert any(name.startswith("Mitin de Vox") for name in events), sorted(found)


def test_a_rally_with_an_indefinite_article_is_another_gathering(read):
    found = facts(read(
        "Vox cierra filas en Cuenca\n\n"
        "Varios centenares de simpatizantes se dieron cita ayer en el acto de precampaña de "
        "Vox en el auditorio municipal.\n\n"
        "Buxadé recordó que la semana pasada participó en un mitin organizado por Chega en "
        "Oporto."))
    events = _events(found)
    assert not any(name.startswith("Mitin de Vox") for name in events), sorted(found)
    assert any(name.startswith("Acto") for name in events), sorted(found)
    assert ("Jorge Buxadé", "participatedIn", "Mitin de Chega") in found


def test_a_rally_still_to_come_is_not_the_act(read):
    found = facts(read(
        "Vox cierra filas en Cuenca\n\n"
        "Varios centenares de simpatizantes se dieron cita ayer en el acto de precampaña de "
        "Vox en el auditorio municipal.\n\n"
        "El mitin que organizará Vox en Toledo reunirá a todos sus candidatos."))
    events = _events(found)
    assert not any(name.startswith("Mitin de Vox") for name in events), sorted(found)
    assert any(name.startswith("Acto") for name in events), sorted(found)


@pytest.mark.parametrize("text, subject, event", [
    ("Santiago Abascal participó ayer en el acto de cierre de campaña de Viktor Orbán en "
     "Budapest.", "Santiago Abascal", "Acto de cierre de campaña"),
    ("La senadora Lucía Paz asistió el domingo al acto de toma de posesión del nuevo alcalde.",
     "Lucía Paz", "Acto de toma de posesión"),
    ("Al acto de cierre de precampaña del PP acudió también el alcalde de Murcia, José "
     "Ballesta.", "José Ballesta", "Acto de cierre de precampaña"),
])
def test_an_act_of_a_bound_gathering_keeps_its_whole_name(read, text, subject, event):
    found = facts(read(text))
    assert any(s == subject and r == "participatedIn" and o.startswith(event)
               for s, r, o in found), sorted(found)


def test_an_act_of_closing_something_else_is_not_a_campaign_close(read):
    found = facts(read("Santiago Abascal participó ayer en el acto de cierre del curso "
                       "político de Vox en Madrid."))
    assert not any("campaña" in o for _, _, o in found), sorted(found)


@pytest.mark.parametrize("text, subject, event", [
    ("El diputado Nikolas Ferreira estuvo el viernes en el cierre de campaña de Curitiba.",
     "Nikolas Ferreira", "Cierre de campaña"),
    ("La senadora Lucía Paz, que sí se dejó ver en el cierre de campaña de Rosario, evitó "
     "a la prensa.", "Lucía Paz", "Cierre de campaña"),
    ("Ana Rivas estuvo ayer en el mitin del PP en Toledo.", "Ana Rivas", "Mitin del PP"),
])
def test_being_at_a_rally_it_describes_is_taking_part(read, text, subject, event):
    found = facts(read(text))
    assert any(s == subject and r == "participatedIn" and o.startswith(event)
               for s, r, o in found), sorted(found)


def test_not_being_at_a_rally_is_a_denial(read):
    found = facts(read("La alcaldesa Ana Rivas no estuvo en el mitin del PP en Toledo."))
    assert any(s == "Ana Rivas" and r == "not participatedIn" and o.startswith("Mitin")
               for s, r, o in found), sorted(found)
    assert not any(s == "Ana Rivas" and r == "participatedIn" for s, r, _ in found)


def test_being_at_a_dinner_is_left_to_the_meeting_readings(read):
    found = facts(read("Ana Rivas estuvo ayer en la cena de gala del PP en Toledo."))
    assert not any(s == "Ana Rivas" and r == "participatedIn" for s, r, _ in found), \
        sorted(found)
