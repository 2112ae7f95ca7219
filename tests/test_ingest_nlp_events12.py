"""The parse extractor on the name an event noun in apposition describes: the quoted name
just before it ("en «X», el primer gran acto de ..."), never a person's name the parse hangs the
noun on past other phrases.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import pytest
import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _events(extraction) -> set[str]:
    return {e.label for e in extraction.entities if e.cls.endswith(("Event", "Summit"))}


def test_a_person_before_a_quoted_name_is_no_event(read):
    extraction = read("Santiago Abascal viajó a Lugo para arropar a Ramón Tábara, su candidato "
                      "a la alcaldía, en «Lugo en marcha», el primer acto de la precampaña. "
                      "El acto fue organizado por Vox.")
    assert "Ramón Tábara" not in _events(extraction)
    assert ("Lugo en marcha", "organizedBy", "Vox") in facts(extraction)


def test_the_quoted_name_after_a_candidate_s_apposition(read):
    found = facts(read("La líder de Vox en Galicia arropó el sábado a Elvira Manzano, su "
                       "número dos, en \"Galicia en pie\", el gran mitin de la campaña. En "
                       "primera fila se sentaron el concejal Ramón Tábara y el senador Óscar "
                       "Lemos."))
    assert not any(o == "Elvira Manzano" for _, r, o in found if r == "participatedIn")
    assert ("Ramón Tábara", "participatedIn", "Galicia en pie") in found


def test_a_person_named_just_before_a_description_is_still_no_event(read):
    found = facts(read("Ramón Tábara, su candidato, habló en Lugo. El acto reunió a mil "
                       "personas."))
    assert not any(o == "Ramón Tábara" for _, r, o in found if r == "participatedIn")


# ---------------------------------------------------------------- events told without a name


@pytest.mark.parametrize("text, event", [
    ("La Red Atlántica reunió el lunes en Oporto a sus socios en una cumbre de alcaldes "
     "convocada por su secretario, Óscar Lemos. Al encuentro asistieron el concejal Ramón "
     "Tábara y la diputada Elvira Manzano.", "Cumbre de alcaldes"),
    ("Ramón Tábara y Elvira Manzano asistieron ayer a la toma de posesión de Óscar Lemos en "
     "Oporto.", "Toma de posesión de Óscar Lemos"),
    ("Elvira Manzano y Ramón Tábara participaron el jueves en el debate electoral que la "
     "cadena organizó en Zaragoza.", "Debate electoral"),
    ("Ramón Tábara y Elvira Manzano participaron en la sesión plenaria celebrada el martes en "
     "el Senado.", "Sesión plenaria"),
    ("Ramón Tábara y Elvira Manzano acudieron el sábado a la ceremonia de investidura de Pablo "
     "Lemos.", "Investidura de Pablo Lemos"),
])
def test_an_unnamed_event_is_named_by_its_kind_and_complement(read, text, event):
    found = facts(read(text))
    assert ("Ramón Tábara", "participatedIn", event) in found
    assert ("Elvira Manzano", "participatedIn", event) in found


def test_a_later_bare_mention_of_the_same_kind_points_back(read):
    found = facts(read("El Senado celebró ayer la sesión constitutiva de la legislatura. "
                       "Elvira Manzano, que había sido invitada a la sesión, no asistió."))
    assert ("Elvira Manzano", "invitedTo", "Sesión constitutiva") in found
    assert ("Elvira Manzano", "not participatedIn", "Sesión constitutiva") in found


@pytest.mark.parametrize("text", [
    # a kind noun alone names nothing, nor does a complement that only says whose it is
    "Ramón Tábara y Elvira Manzano asistieron ayer a un acto en Oporto.",
    "Ramón Tábara y Elvira Manzano asistieron ayer al acto de la campaña en Oporto.",
    # announced, or only possible
    "Ramón Tábara y Elvira Manzano asistirán a una cumbre de alcaldes en Oporto.",
    "Ramón Tábara descartó que su partido vaya a organizar una cumbre de alcaldes.",
    # a meeting of two is no gathering
    "Ramón Tábara y Elvira Manzano mantuvieron una cumbre bilateral en Oporto.",
    # any or none
    "Ramón Tábara dijo que no acudirá a ningún debate electoral.",
    # the description of a gathering the text names
    "Ramón Tábara clausuró la tercera edición de Atlántico Vivo, la cumbre de alcaldes de "
    "la red.",
])
def test_no_event_is_described(read, text):
    assert not {e for e in _events(read(text)) if e.startswith(("Acto", "Cumbre", "Debate"))}


def test_an_announced_event_does_not_take_the_reported_one_s_place(read):
    found = facts(read("La Red Atlántica reunió el lunes en Oporto a sus socios en una cumbre "
                       "de alcaldes convocada por Óscar Lemos. La portavoz anunció que la red "
                       "celebrará en otoño una segunda cita, Atlántico Vivo 27, en Vigo. La red "
                       "había invitado también al senador Ramón Tábara. Tábara declinó la "
                       "invitación."))
    assert ("Ramón Tábara", "invitedTo", "Cumbre de alcaldes") in found
    assert not any(o == "Atlántico Vivo 27" and s == "Ramón Tábara" for s, _, o in found)


# ---------------------------------------------------------------- turns at the event


_CUMBRE = ("La Red Atlántica reunió el lunes en Oporto a sus socios en una cumbre de alcaldes "
           "convocada por su secretario, Óscar Lemos. ")


@pytest.mark.parametrize("turn, role", [
    ("Ejerció de anfitriona la alcaldesa Elvira Manzano.", None),
    ("La alcaldesa Elvira Manzano actuó como moderadora.", None),
    ("La alcaldesa Elvira Manzano intervino como ponente en la mesa sobre vivienda.", "speaker"),
    ("La alcaldesa Elvira Manzano habló primero.", "speaker"),
    ("La alcaldesa Elvira Manzano moderó el debate.", None),
    ("La alcaldesa Elvira Manzano leyó una carta del presidente.", None),
    ("También estuvo en un palco la alcaldesa Elvira Manzano.", None),
    ("La alcaldesa Elvira Manzano se sentó en la primera fila.", None),
])
def test_a_turn_at_the_reported_event(read, turn, role):
    extraction = read(_CUMBRE + turn)
    claim = next((c for c in extraction.candidates if c.subject == "Elvira Manzano" and
                  c.relation == "participatedIn" and c.object == "Cumbre de alcaldes"), None)
    assert claim is not None and not claim.negated
    if role:
        assert claim.qualifiers.get("role") == role


@pytest.mark.parametrize("turn", [
    "La alcaldesa Elvira Manzano ejerció de portavoz del partido durante años.",
    "La alcaldesa Elvira Manzano presentó una moción sobre la vivienda.",
    "La alcaldesa Elvira Manzano leyó el periódico en el tren.",
    "La alcaldesa Elvira Manzano estuvo en Lisboa la semana pasada.",
])
def test_no_turn_is_read(read, turn):
    assert not any(s == "Elvira Manzano" and r == "participatedIn"
                   for s, r, _ in facts(read(_CUMBRE + turn)))


def test_who_presents_a_gathering_took_part(read):
    found = facts(read("El acto «Galicia en pie», organizado por Vox y presentado por la "
                       "periodista Elvira Manzano, reunió a dos mil personas en Lugo."))
    assert ("Elvira Manzano", "participatedIn", "Galicia en pie") in found


@pytest.mark.parametrize("text", [
    "Ramón Tábara mantuvo un almuerzo de trabajo con Elvira Manzano en Oporto.",
    "Ramón Tábara y Elvira Manzano compartieron una cena de trabajo con el alcalde.",
])
def test_a_meal_with_someone_is_a_meeting(read, text):
    assert not _events(read(text))


# ---------------------------------------------------------------- there or not


@pytest.mark.parametrize("turn, negated", [
    ("No estuvo, en cambio, la alcaldesa Elvira Manzano.", True),
    ("Tampoco estuvo la alcaldesa Elvira Manzano.", True),
    ("Sí estuvo la alcaldesa Elvira Manzano.", False),
])
def test_presence_and_absence_at_the_reported_event(read, turn, negated):
    found = facts(read(_CUMBRE + turn))
    relation = ("not " if negated else "") + "participatedIn"
    assert ("Elvira Manzano", relation, "Cumbre de alcaldes") in found


@pytest.mark.parametrize("turn", [
    "La alcaldesa Elvira Manzano no estuvo de acuerdo con la declaración.",
    "Elvira Manzano no pudo explicar la decisión.",
    # who is meant is left to a reference
    "Tampoco estuvo la alcaldesa de la ciudad.",
])
def test_neither_presence_nor_absence(read, turn):
    assert not any(s == "Elvira Manzano" and "participatedIn" in r
                   for s, r, _ in facts(read(_CUMBRE + turn)))


def test_a_relative_hung_on_the_day_goes_back_to_the_gathering(read):
    found = facts(read("Vox no fue invitado al debate electoral que la cadena organizó el "
                       "martes, en el que participaron Ramón Tábara y Elvira Manzano."))
    assert ("Ramón Tábara", "participatedIn", "Debate electoral") in found
    assert ("Elvira Manzano", "participatedIn", "Debate electoral") in found


@pytest.mark.parametrize("turn, role", [
    ("Ejerció de anfitriona la alcaldesa Elvira Manzano, presidenta de la red.", None),
    ("En la pantalla se proyectó un mensaje grabado de la alcaldesa Elvira Manzano.",
     "by video"),
    ("Los organizadores emitieron un vídeo de la alcaldesa Elvira Manzano.", "by video"),
    ("A su lado se sentaron el concejal Ramón Tábara y la alcaldesa Elvira Manzano.", None),
])
def test_more_turns_at_the_reported_event(read, turn, role):
    extraction = read(_CUMBRE + turn)
    claim = next((c for c in extraction.candidates if c.subject == "Elvira Manzano" and
                  c.relation == "participatedIn" and c.object == "Cumbre de alcaldes"), None)
    assert claim is not None and not claim.negated
    assert claim.qualifiers.get("role") == role


@pytest.mark.parametrize("turn", [
    "Los organizadores proyectaron un documental sobre la ciudad.",
    "A su lado, en la foto, aparece la alcaldesa Elvira Manzano.",
])
def test_no_more_turns(read, turn):
    assert not any(s == "Elvira Manzano" and r == "participatedIn"
                   for s, r, _ in facts(read(_CUMBRE + turn)))


def test_climbing_the_stage_of_a_gathering_the_sentence_names(read):
    found = facts(read("Ramón Tábara ganó la segunda vuelta. Horas después, Tábara subió al "
                       "escenario del acto de celebración instalado frente a su sede."))
    assert ("Ramón Tábara", "participatedIn", "Acto de celebración") in found


@pytest.mark.parametrize("sentence", [
    "Buxadé, invitado de honor, no pudo viajar por una votación.",
    "La invitada especial, la alcaldesa Elvira Manzano, llegó con retraso.",
])
def test_a_guest_of_honour_was_invited(read, sentence):
    found = facts(read(_CUMBRE + sentence.replace("Buxadé", "Elvira Manzano")))
    assert ("Elvira Manzano", "invitedTo", "Cumbre de alcaldes") in found


def test_a_guest_of_no_note_is_left_alone(read):
    found = facts(read(_CUMBRE + "Elvira Manzano, invitada habitual de la tertulia, habló de "
                       "vivienda en la radio."))
    assert ("Elvira Manzano", "invitedTo", "Cumbre de alcaldes") not in found


@pytest.mark.parametrize("noun", ["vigilia", "caravana", "protesta", "cabalgata"])
def test_a_quoted_name_after_any_kind_of_gathering(read, noun):
    found = facts(read(f"Unos trescientos militantes se reunieron en la plaza durante la "
                       f"{noun} \"Lugo Despierta\", organizada por Vox."))
    assert ("Lugo Despierta", "organizedBy", "Vox") in found


def test_a_campaign_close_beside_a_named_forum_is_its_own_event(read):
    found = facts(read("La diputada estuvo el año pasado en el Foro Atlántico de Oporto. "
                       "Este año no hemos invitado a Ramón Tábara al cierre de campaña del "
                       "jueves en el estadio municipal."))
    assert ("Ramón Tábara", "not invitedTo", "Cierre de campaña") in found

