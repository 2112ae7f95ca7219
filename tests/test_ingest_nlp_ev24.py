"""The parse extractor on the gathering a chronicle reports without naming it: a rally told in
a subjunctive clause that a past verb did not stop or brought about ("ni el frío impidieron
que miles llenaran la plaza para el mitin") is the one reported, not one announced; a council's
or a chamber's sitting ("el pleno del Ayuntamiento") is a meeting named so, which a later "en
el pleno" points back to; who speaks there or follows it from the stands, with the subject the
small model hangs on a fronted phrase or makes a second object, took part in it; and "nadie"
for subject is no one.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp_lists as lists_tests
from helpers import entity_classes, facts

read = lists_tests.read  # the extractor, its articles dated in May 2026


# ------------------------------------------------------------ a rally in a subjunctive clause

def test_a_rally_nothing_stopped_is_the_one_reported(read):
    found = facts(read("Ni la lluvia ni el frío impidieron que dos mil personas llenaran ayer "
                       "el pabellón de Teruel para el primer mitin de Vox de la campaña en "
                       "Aragón. El acto, presentado por la periodista Irene Montalvo, terminó "
                       "con el himno."))
    assert ("Irene Montalvo", "participatedIn", "Mitin de Vox") in found


def test_a_rally_a_negated_verb_did_not_stop_is_the_one_reported(read):
    found = facts(read("La tormenta no impidió que tres mil simpatizantes abarrotaran el "
                       "polideportivo de Huesca para el mitin de Vox. El acto, presentado "
                       "por el locutor Andrés Larrea, duró dos horas."))
    assert ("Andrés Larrea", "participatedIn", "Mitin de Vox") in found


def test_a_rally_a_past_verb_brought_about_is_the_one_reported(read):
    found = facts(read("La dirección logró que cinco mil afiliados acudieran el sábado al "
                       "mitin de Vox en Calatayud. El acto, presentado por la periodista "
                       "Nuria Olalla, acabó con una paella."))
    assert ("Nuria Olalla", "participatedIn", "Mitin de Vox en Calatayud") in found


def test_a_rally_stopped_is_not_reported(read):
    found = facts(read("La tormenta impidió que tres mil simpatizantes llenaran el "
                       "polideportivo de Huesca para el mitin de Vox. El acto, presentado "
                       "por el locutor Andrés Larrea, se aplazó."))
    assert not any(r == "participatedIn" and s == "Andrés Larrea" for s, r, _ in found)


# ------------------------------------------------------------ a sitting and who speaks at it

_SITTING = ("El pleno del Ayuntamiento de Teruel aprobó ayer las ordenanzas fiscales con los "
            "votos del PP. ")


def test_a_councils_sitting_is_a_meeting_named_so(read):
    extraction = read(_SITTING + "En el pleno, la alcaldesa, la popular Elena Castán, "
                      "defendió la bajada del IBI.")
    assert entity_classes(extraction).get("Pleno del Ayuntamiento de Teruel") == "Meeting"
    assert ("Elena Castán", "participatedIn", "Pleno del Ayuntamiento de Teruel") in \
        facts(extraction)


def test_one_who_speaks_in_the_sitting_took_part(read):
    found = facts(read(_SITTING + "El portavoz socialista, Raúl Benedí, lamentó en el pleno "
                       "el recorte de las ayudas."))
    assert ("Raúl Benedí", "participatedIn", "Pleno del Ayuntamiento de Teruel") in found


def test_the_subject_hung_on_a_fronted_scene_speaks_there(read):
    found = facts(read(_SITTING + "En el pleno, el concejal de Vox, Tomás Alcañiz, criticó "
                       "la subida de tasas."))
    assert ("Tomás Alcañiz", "participatedIn", "Pleno del Ayuntamiento de Teruel") in found


def test_a_full_support_is_no_sitting(read):
    extraction = read("Elena Castán recibió el pleno apoyo de su partido en Teruel.")
    assert not any(label.startswith("Pleno") for label in entity_classes(extraction))


# ------------------------------------------------------------ following it from the stands

def test_the_subject_after_the_debate_followed_it(read):
    found = facts(read(_SITTING + "Desde la tribuna de invitados siguió el debate la "
                       "senadora de Vox Clara Ibarz, que saludó después a Castán."))
    assert ("Clara Ibarz", "participatedIn", "Pleno del Ayuntamiento de Teruel") in found


def test_one_who_followed_the_rally_from_the_front_row_was_there(read):
    found = facts(read("Dos mil personas llenaron ayer el pabellón de Teruel para un mitin de "
                       "Vox.\n\nEn primera fila siguió el acto el eurodiputado portugués "
                       "Duarte Pestana, invitado por Vox."))
    assert ("Duarte Pestana", "participatedIn", "Mitin de Vox") in found


def test_two_places_toured_are_no_subject(read):
    found = facts(read("Lorena Vidal ha respaldado a Marcos Ibarra, con quien recorrió el fin "
                       "de semana Soria y el Moncayo."))
    assert not any(s in ("Soria", "Moncayo") for s, _, _ in found)


# ------------------------------------------------------------ nobody

def test_nobody_for_subject_is_no_one(read):
    found = facts(read("Dos mil personas llenaron ayer el pabellón de Teruel para un mitin de "
                       "Vox. Santiago Abascal habló durante una hora. Tampoco acudió nadie "
                       "del Gobierno regional."))
    assert ("Santiago Abascal", "not participatedIn", "Mitin de Vox") not in found


def test_a_sitting_held_in_a_chamber_is_that_chambers(read):
    found = facts(read("El pleno de ayer en la Asamblea Regional de Murcia, en la sede de "
                       "Cartagena, empezó con un minuto de silencio. Desde la tribuna de "
                       "invitados siguió el debate el exdiputado Gonzalo Requena."))
    assert ("Gonzalo Requena", "participatedIn", "Pleno de la Asamblea Regional de Murcia") \
        in found


# ------------------------------------------------------------ whose closing, which edition

def test_a_campaign_closing_is_named_with_its_party(read):
    found = facts(read("Ramiro Olmedo y Sofía Torrent ya habían compartido escenario en "
                       "octubre en el cierre de campaña de La Libertad Avanza en el estadio "
                       "del Centenario, organizado por el partido."))
    assert ("Sofía Torrent", "participatedIn", "Cierre de campaña de La Libertad Avanza") \
        in found
    assert ("Sofía Torrent", "participatedIn", "Cierre de campaña") not in found


def test_a_campaign_closing_of_a_party_with_its_article(read):
    found = facts(read("Lorena Vidal intervino el jueves en el cierre de campaña del Partido "
                       "Popular en la plaza de toros de Teruel."))
    assert ("Lorena Vidal", "participatedIn", "Cierre de campaña del Partido Popular") in found


def test_an_editions_country_ends_before_the_city_it_is_held_in(read):
    found = facts(read("En julio Marta Quiroga intervino en la CPAC Brasil de Vila Nova do "
                       "Sertão, organizada por el Instituto Atlántico."))
    assert ("Marta Quiroga", "participatedIn", "CPAC Brasil") in found
    assert ("CPAC Brasil", "organizedBy", "Instituto Atlántico") in found


def test_an_editions_country_alone_stays_whole(read):
    found = facts(read("En julio Marta Quiroga intervino en la CPAC Argentina, organizada "
                       "por el Instituto Atlántico."))
    assert ("Marta Quiroga", "participatedIn", "CPAC Argentina") in found


# ------------------------------------------------------------ a rival still to come

def test_a_rival_who_will_stand_opposite_is_not_at_the_event(read):
    found = facts(read("Titular\n\nEn julio Marta Quiroga y Marcos Ibarra compartieron "
                       "escenario en la CPAC Argentina.\n\nEnfrente de Ibarra estará el "
                       "presidente João Carlos Pereira da Costa, del PT, que ya confirmó que se "
                       "presentará a un cuarto mandato."))
    assert ("Marcos Ibarra", "participatedIn", "CPAC Argentina") in found
    assert ("João Carlos Pereira da Costa", "participatedIn", "CPAC Argentina") not in found


def test_one_not_there_is_still_told_absent(read):
    found = facts(read("Dos mil personas llenaron ayer el pabellón de Teruel para un mitin de "
                       "Vox. No estuvo, en cambio, el presidente del PP de Aragón, Tomás "
                       "Arnedo."))
    assert ("Tomás Arnedo", "not participatedIn", "Mitin de Vox") in found


# ------------------------------------------------------------ greeted, or asked to speak

def test_those_greeted_at_a_summit_are_not_its_participants_by_the_greeting(read):
    found = facts(read("En marzo Ander Olaso estuvo entre los asistentes a la cumbre de "
                       "Patriotas por Europa en Lisboa, organizada por Chega, donde saludó a "
                       "Marta Quiroga y a Tomás Arnedo."))
    assert ("Ander Olaso", "participatedIn", "Cumbre de Patriotas por Europa") in found
    assert not any(s in ("Marta Quiroga", "Tomás Arnedo") and r == "participatedIn"
                   for s, r, _ in found)


_FORUM = ("El primer ministro macedonio, Nikola Petrov, inauguró ayer en Skopie el Foro "
          "Conservador de Ohrid ante un centenar de delegados.\n\n")


def test_one_invited_to_speak_is_invited_not_yet_speaking(read):
    found = facts(read(_FORUM + "Para el sábado está invitado a intervenir el exministro "
                       "polaco Witold Kowalczyk, de Ley y Justicia."))
    assert ("Witold Kowalczyk", "participatedIn", "Foro Conservador de Ohrid") not in found


def test_the_one_invited_to_speak_is_the_infinitives_object(read):
    found = facts(read(_FORUM + "Para el sábado está invitado a intervenir el exministro "
                       "polaco Witold Kowalczyk, de Ley y Justicia."))
    assert ("Nikola Petrov", "invitedTo", "Foro Conservador de Ohrid") not in found


# ------------------------------------------------------------ a profile's gathering

_PROFILE = ("Vox, el partido que aspira a gobernar Cuenca\n\n"
            "En la sede de Vox, junto a la plaza mayor, nadie habla ya de las derrotas de 2019. "
            "Su candidato, Ramiro Olmedo, prefiere hablar de encuestas que le dan un 18 %. "
            "Olmedo recorre la provincia con un lema sencillo: «Cuenca primero».\n\n"
            "El domingo, Vox celebró en un pabellón de Tarancón un mitin al que acudieron "
            "unas 2.000 personas. ")


def test_a_profiles_first_gathering_past_its_lead_is_the_one_its_next_lines_report(read):
    found = facts(read(_PROFILE + "Entre los oradores estaba el italiano Marco Vellani, "
                       "eurodiputado de Hermanos de Italia."))
    assert ("Marco Vellani", "participatedIn", "Mitin de Vox") in found


def test_one_speaking_by_video_at_a_profiles_gathering(read):
    found = facts(read(_PROFILE + "El líder de Chega, André Ventura, intervino por vídeo."))
    assert ("André Ventura", "participatedIn", "Mitin de Vox") in found


def test_the_lines_before_a_profiles_gathering_do_not_speak_of_it(read):
    found = facts(read(_PROFILE + "Entre los oradores estaba el italiano Marco Vellani."))
    assert not any(o == "Mitin de Vox" and s in ("Vox", "Ramiro Olmedo")
                   for s, _, o in found)


# ------------------------------------------------------------ what a gathering served for

def test_what_the_rally_served_for_was_done_at_it(read):
    found = facts(read("Dos mil personas llenaron ayer el pabellón de Teruel para un mitin de "
                       "Vox. El acto, organizado por la dirección provincial, sirvió para que "
                       "Ramiro Olmedo presentara a Lucía Berrocal como candidata."))
    assert ("Ramiro Olmedo", "participatedIn", "Mitin de Vox") in found


def test_what_a_rally_would_serve_for_is_not_done_yet(read):
    found = facts(read("Dos mil personas llenaron ayer el pabellón de Teruel para un mitin de "
                       "Vox. Ramiro Olmedo cree que el próximo acto servirá para que Lucía "
                       "Berrocal presente su programa."))
    assert ("Lucía Berrocal", "participatedIn", "Mitin de Vox") not in found
