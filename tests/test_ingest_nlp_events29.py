"""The parse extractor on gatherings a text leaves unnamed, named by kind and whose they are:
a party's gathering called "del partido" after the party that holds it ("Mitin de Chega"), a
council's sitting told without its council after the council the text has just named, a
summit named after the body whose leaders it gathers; an event recalled in the pluperfect,
which is not the one the text reports; an organizer's title beside a name, "convocada por él
mismo" as the clause's subject, and a dateline in capitals, which is no sentence of the lead.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

from types import SimpleNamespace

import test_ingest_nlp_lists as lists_tests
from helpers import facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


def _objects(found, relation: str) -> set[str]:
    return {o for _, r, o in facts(found) if r == relation}


def test_a_gathering_del_partido_is_the_holding_partys(read):
    found = facts(read("Chega llenó ayer el pabellón de Braga en el primer mitin regional del "
                       "partido en el norte. También participaron en el mitin el diputado Rui "
                       "Costa y la concejala Ana Lopes."))
    assert ("Rui Costa", "participatedIn", "Mitin de Chega") in found
    assert ("Ana Lopes", "participatedIn", "Mitin de Chega") in found


def test_a_gathering_del_partido_with_no_holder_is_not_named_after_a_party(read):
    found = read("El periodista Rui Costa escribió ayer sobre el primer mitin regional del "
                 "partido. Chega no respondió.")
    assert "Mitin de Chega" not in _objects(found, "participatedIn")


def test_a_sitting_without_its_council_is_the_councils_the_text_named(read):
    found = facts(read("El Ayuntamiento de Soria tendrá presupuesto para 2027. El pleno "
                       "extraordinario celebrado ayer, convocado por el alcalde, Pedro Gómez, "
                       "aprobó las cuentas municipales."))
    assert ("Pleno extraordinario del Ayuntamiento de Soria", "organizedBy",
            "Pedro Gómez") in found


def test_more_than_one_sitting_is_no_sitting_of_the_council(read):
    found = read("El Ayuntamiento de Soria tendrá presupuesto. El alcalde, Pedro Gómez, la ha "
                 "llamado \"traidora\" en más de un pleno.")
    assert not any("Ayuntamiento de Soria" in o and o.startswith("Pleno")
                   for _, _, o in facts(found))


def test_a_summit_gathering_a_bodys_leaders_is_that_bodys(read):
    found = facts(read("El líder de la Lega, Matteo Salvini, reunió este sábado en Milán a "
                       "una veintena de dirigentes de Europa de las Naciones Soberanas en una "
                       "cumbre. A la cita acudieron el eurodiputado Lukas Brandt y la "
                       "senadora Ilse Maier."))
    summit = "Cumbre de Europa de las Naciones Soberanas"
    assert ("Matteo Salvini", "participatedIn", summit) in found
    assert ("Lukas Brandt", "participatedIn", summit) in found


def test_leaders_gathered_at_home_make_no_summit(read):
    found = read("Matteo Salvini reunió este sábado en Milán a los dirigentes de Europa de las "
                 "Naciones Soberanas en su despacho.")
    assert not any(o.startswith("Cumbre") for _, _, o in facts(found))


def test_an_event_recalled_in_the_pluperfect_is_not_the_one_reported(read):
    found = facts(read("La líder del FPÖ reunió ayer en Viena a los dirigentes de Europa de "
                       "las Naciones Soberanas en una cumbre. Lukas Brandt, en cambio, no "
                       "asistió a la cumbre. El alemán, que ya había coincidido con Salvini "
                       "en Madrid en el foro Europa Viva, habló de fronteras."))
    summit = "Cumbre de Europa de las Naciones Soberanas"
    assert ("Lukas Brandt", "not participatedIn", summit) in found
    assert ("Lukas Brandt", "not participatedIn", "Europa Viva") not in found


def test_an_organizer_title_beside_a_name_is_the_names(read):
    found = facts(read("La organizadora de la CPAC Perú, la diputada Ana Quispe, habló ayer en "
                       "Lima."))
    assert ("CPAC Perú", "organizedBy", "Ana Quispe") in found


def test_an_organizer_title_without_a_name_beside_it_gives_no_organizer(read):
    found = facts(read("El organizador de Europa Viva habló ayer con Mario Ruiz."))
    assert ("Europa Viva", "organizedBy", "Mario Ruiz") not in found


def test_el_mismo_as_agent_is_the_clauses_subject(read):
    found = facts(read("Ana Gil reunió ayer en Lugo a los dirigentes de Vox en una cumbre "
                       "convocada por ella misma."))
    assert ("Cumbre de Vox", "organizedBy", "Ana Gil") in found


def test_a_plain_pronoun_agent_is_not_the_clauses_subject(read):
    found = facts(read("Pedro Ruiz contó que Ana Gil habló ayer en un foro organizado por él."))
    assert not any(r == "organizedBy" and o == "Ana Gil" for _, r, o in found)


def test_a_dateline_in_capitals_is_no_sentence_of_the_lead():
    from graph.ingest import Document
    from graph.ingest.nlp.lead_sentences import lead_position
    from graph.ingest.temporal import Anchor

    document = Document("Titular de la noticia de hoy\n\nSAN JUAN DE LA MAGUANA.\n\nEl partido "
                        "llenó ayer el estadio municipal.", Anchor.parse("2026-05-02"))
    parsed = SimpleNamespace(document=document, starts=[s.start for s in document.sentences])
    assert lead_position(parsed, document.text.index("El partido")) == 1
    told = Document("Titular de la noticia de hoy\n\nSan Juan de la Maguana vota hoy.\n\nEl "
                    "partido llenó ayer el estadio.", Anchor.parse("2026-05-02"))
    parsed = SimpleNamespace(document=told, starts=[s.start for s in told.sentences])
    assert lead_position(parsed, told.text.index("El partido")) == 2


def test_a_sitting_told_again_is_the_one_told_before(read):
    found = facts(read("El pleno extraordinario del Ayuntamiento de Soria rechazó ayer las "
                       "cuentas. La concejala Berta Corral no asistió al pleno."))
    assert ("Berta Corral", "not participatedIn",
            "Pleno extraordinario del Ayuntamiento de Soria") in found
    assert not any(o == "Pleno del Ayuntamiento de Soria" for _, _, o in found)
