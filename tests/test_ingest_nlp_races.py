"""The parse-based extractor on candidacies, elections, organizers, opponents, alliances and
invitations said in the many ways news says them: which race a phrase names (by its words,
its region or province, the race named before it), who runs, who organizes and who is invited.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import facts, find

# the model-backed fixtures of the extractor's main tests, shared
extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def test_the_copula_of_a_relative_clause_gives_the_name_its_title(read):
    found = read("El partido de André Ventura celebró su congreso. Ventura, que fue el candidato "
                 "de Chega en las presidenciales de enero, habló de Portugal.", issued="2026-11-14")
    find(found, "André Ventura", "candidateIn", "Elección presidencial de Portugal de 2026")


def test_a_month_without_a_year_is_on_the_side_of_the_date_its_tense_says(read):
    later = read("En Brasil, el partido prepara la candidatura del senador Flávio Bolsonaro "
                 "para las elecciones presidenciales de octubre.", issued="2026-02-03")
    find(later, "Flávio Bolsonaro", "candidateIn", "Elección presidencial de Brasil de 2026")


def test_regional_municipal_and_governor_races_by_their_words(read):
    regional = read("Zaragoza, 24 may (EFE).- Vox duplicó su representación en las Cortes de "
                    "Aragón. Su candidato, Ramiro Lasheras, se presentó a las elecciones "
                    "autonómicas.", issued="2027-05-24")
    find(regional, "Ramiro Lasheras", "candidateIn", "Elecciones a las Cortes de Aragón de 2027")
    andalusian = read("La diputada Lucía Ferrer se presenta a las elecciones andaluzas.",
                      issued="2026-03-01")
    find(andalusian, "Lucía Ferrer", "candidateIn",
         "Elecciones al Parlamento de Andalucía de 2026")
    municipal = read("Santiago, 24 jul (EFE).- La concejala Paula Soto competirá en las "
                     "elecciones municipales de octubre.", issued="2028-07-24")
    find(municipal, "Paula Soto", "candidateIn", "Elecciones municipales de Chile de 2028")


def test_a_bare_election_is_the_race_named_before_it(read):
    found = read("Bogotá, 9 mar (EFE).- Las presidenciales de mayo enfrentarán a la derecha y "
                 "a la izquierda. Sergio Fajardo también se presentó a las elecciones.",
                 issued="2026-03-09")
    find(found, "Sergio Fajardo", "candidateIn", "Elección presidencial de Colombia de 2026")
    primaries = read("Buenos Aires, 25 jun (EFE).- La candidatura presidencial sigue abierta: "
                     "Daniel Arrieta y Natalia Villegas disputarán las primarias del 8 de "
                     "agosto.", issued="2027-06-25")
    find(primaries, "Natalia Villegas", "candidateIn", "Elección presidencial de Argentina de 2027")
    assert ("Daniel Arrieta", "opponentOf", "Natalia Villegas") in facts(primaries) or \
        ("Natalia Villegas", "opponentOf", "Daniel Arrieta") in facts(primaries)


def test_a_former_candidate_runs_in_no_race_of_the_article(read):
    absent(read("Tampoco acudió la ex candidata presidencial Keiko Fujimori.",
                issued="2026-05-20"), "candidateIn")


def test_candidacies_said_by_what_is_sought_headed_filed_or_named(read):
    sought = read("Buenos Aires, 25 jun (EFE).- El presidente Javier Milei confirmó que buscará "
                  "la reelección en las elecciones generales de octubre.", issued="2027-06-25")
    find(sought, "Javier Milei", "candidateIn", "Elección presidencial de Argentina de 2027")
    listed = read("Bogotá, 9 mar (EFE).- La senadora Mónica Restrepo, que encabezó la lista del "
                  "Centro Democrático al Senado, fue la más votada.", issued="2026-03-09")
    find(listed, "Mónica Restrepo", "candidateIn", "Elecciones legislativas de Colombia de 2026")
    find(listed, "Mónica Restrepo", "represents", "Centro Democrático")
    filed = read("El Partido Republicano inscribió este lunes la candidatura del "
                 "concejal Felipe Urrutia a la alcaldía de Santiago.", issued="2028-07-24")
    find(filed, "Felipe Urrutia", "candidateIn", "Elección municipal de Santiago de 2028")
    find(filed, "Felipe Urrutia", "represents", "Partido Republicano")
    named = read("La Plata, 25 jun (EFE).- Martín Quiroga será candidato a gobernador de la "
                 "provincia de Buenos Aires. Horacio Lanzani fue proclamado candidato a la "
                 "reelección por el Partido Justicialista.", issued="2027-06-25")
    find(named, "Horacio Lanzani", "candidateIn", "Elección de gobernador de Buenos Aires de 2027")
    find(named, "Horacio Lanzani", "represents", "Partido Justicialista")


def test_who_prevails_over_a_rival_ran_against_them(read):
    found = read("Quito, 16 abr (AFP).- Verónica Almeida ganó el balotaje presidencial de "
                 "Ecuador. Almeida derrotó al exministro Andrés Jaramillo.", issued="2029-04-16")
    find(found, "Andrés Jaramillo", "candidateIn",
         "Segunda vuelta presidencial de Ecuador de 2029")
    assert ("Verónica Almeida", "opponentOf", "Andrés Jaramillo") in facts(found)
    primaries = read("Santiago, 24 jul (EFE).- Las elecciones municipales serán en octubre. "
                     "Paula Soto ganó las primarias de la izquierda frente al concejal Mario "
                     "Lillo.", issued="2028-07-24")
    find(primaries, "Mario Lillo", "candidateIn", "Elecciones municipales de Chile de 2028")
    assert ("Paula Soto", "opponentOf", "Mario Lillo") in facts(primaries)


def test_who_a_race_will_set_against_someone_is_an_open_question(read):
    absent(read("Arrieta y Villegas disputarán las primarias, en las que se decidirá quién se "
                "medirá con Milei."), "opponentOf", "Natalia Villegas")
    absent(read("Arrieta y Villegas disputarán las primarias, en las que se decidirá quién se "
                "medirá con Milei."), "opponentOf", obj="Javier Milei")


def test_organizers_by_initiative_sponsorship_hosting_and_a_party_congress(read):
    owed = read("El Foro Iberosfera abre el lunes en Sevilla. La idea del foro surgió a "
                "iniciativa del eurodiputado Hermann Tertsch.")
    find(owed, "Foro Iberosfera", "organizedBy", "Hermann Tertsch")
    hosted = read("Al día siguiente, la Fundación Ágora será anfitriona del Encuentro de "
                  "Institutos Atlánticos.")
    find(hosted, "Encuentro de Institutos Atlánticos", "organizedBy", "Fundación Ágora")
    congress = read("Chega celebró este sábado en Lisboa su VII Congreso Nacional. La "
                    "organización del congreso corrió a cargo de Inês Carvalho.")
    find(congress, "VII Congreso Nacional", "organizedBy", "Chega")
    find(congress, "VII Congreso Nacional", "organizedBy", "Inês Carvalho")
    absent(read("El Congreso aprobó la ley que impulsó Vox."), "organizedBy")


def test_guests_by_an_invitation_received_and_by_being_invited(read):
    received = read("La primera ministra italiana, Giorgia Meloni, recibió una invitación para "
                    "asistir a la entrega de los Premios Ágora de la Libertad, el evento anual "
                    "de la Fundación Ágora.")
    find(received, "Giorgia Meloni", "invitedTo", "Premios Ágora de la Libertad")
    find(received, "Premios Ágora de la Libertad", "organizedBy", "Fundación Ágora")
    invited = read("La Fundación Atalaya celebra el Foro Iberosfera en Sevilla. También estaba "
                   "invitado el presidente argentino, Javier Milei.")
    find(invited, "Javier Milei", "invitedTo", "Foro Iberosfera")


def test_alliances_by_a_deal_a_coalition_a_shared_group_or_a_plural_copula(read):
    deal = read("La Libertad Avanza selló además un acuerdo electoral con el PRO del "
                "expresidente Mauricio Macri.")
    find(deal, "La Libertad Avanza", "allied", "PRO")
    absent(read("Vox firmó un acuerdo comercial con la empresa Indra."), "allied")
    coalition = read("Ibarra defendió este lunes la coalición de Vox con el Partido Popular en "
                     "la Región de Murcia.")
    assert ("Vox", "allied", "Partido Popular") in facts(coalition) or \
        ("Partido Popular", "allied", "Vox") in facts(coalition)
    group = read("Chega, Vox y la Liga integran el mismo grupo en el Parlamento Europeo, "
                 "Patriotas por Europa.")
    assert ("Vox", "allied", "Liga") in facts(group) or ("Liga", "allied", "Vox") in facts(group)
    pair = read("Kast y Kaiser son aliados desde 2025.")
    assert ("José Antonio Kast", "allied", "Johannes Kaiser") in facts(pair) or \
        ("Johannes Kaiser", "allied", "José Antonio Kast") in facts(pair)


def test_one_named_against_a_race_ran_in_it(read):
    found = read("Lima, 20 may (EFE).- Abascal grabó un vídeo pidiendo el voto para Keiko "
                 "Fujimori en la segunda vuelta del 7 de junio frente al izquierdista Roberto "
                 "Sánchez.", issued="2026-05-20")
    find(found, "Roberto Sánchez", "candidateIn", "Segunda vuelta presidencial de Perú de 2026")
    nominated = read("La Plata, 25 jun (EFE).- Ese frente llevará como candidato a gobernador "
                     "de Buenos Aires al diputado nacional Martín Quiroga Paz.",
                     issued="2027-06-25")
    find(nominated, "Martín Quiroga Paz", "candidateIn",
         "Elección de gobernador de Buenos Aires de 2027")



def test_a_list_headed_is_no_body_led_and_a_plural_relative_has_its_subject_after_it(read):
    listed = read("La senadora Mónica Restrepo, que encabezó la lista del Centro Democrático al "
                  "Senado, fue la más votada.", issued="2026-03-09")
    absent(listed, "leaderOf", "Mónica Restrepo")
    members = read("Arango fue ungido abanderado de la coalición La Gran Colombia, que integran "
                   "el Centro Democrático, el Partido Conservador y Salvación Nacional.")
    absent(members, "memberOf", "La Gran Colombia")


def test_organizers_who_direct_an_event_or_are_named_its_organizer(read):
    directed = read("La CPAC Hungría arrancó en Budapest. La cumbre, que dirige Miklós Szánthó, "
                    "reunió a cien dirigentes.")
    find(directed, "CPAC Hungría", "organizedBy", "Miklós Szánthó")
    named = read("La Fundación Faro, organizadora del Foro Andino de la Libertad, anunció el "
                 "programa.")
    find(named, "Foro Andino de la Libertad", "organizedBy", "Fundación Faro")


def test_an_edition_of_a_series_keeps_its_place_and_year(read):
    found = read("Santiago Abascal participó en la CPAC Brasil 2025 en São Paulo. Eduardo "
                 "Bolsonaro habló en la CPAC Argentina.")
    find(found, "Santiago Abascal", "participatedIn", "CPAC Brasil 2025")
    find(found, "Eduardo Bolsonaro", "participatedIn", "CPAC Argentina")
    assert {e.label for e in found.entities} >= {"CPAC Brasil 2025", "CPAC Argentina"}


def test_an_election_lost_is_one_run_in(read):
    found = read("Keiko Fujimori perdió las elecciones presidenciales de Perú de 2021.")
    find(found, "Keiko Fujimori", "candidateIn", "Elección presidencial de Perú de 2021")


def test_a_rival_one_has_as_such_is_an_opponent(read):
    found = read("Horacio Lanzani tendrá como principal contrincante a Martín Quiroga Paz.")
    assert ("Horacio Lanzani", "opponentOf", "Martín Quiroga Paz") in facts(found)


def test_governing_together_is_an_alliance_and_refusing_to_work_with_a_party_denies_one(read):
    governing = read("Desde la sede de Vox respondieron que el PP gobierna con Vox en media "
                     "España.")
    assert ("PP", "allied", "Vox") in facts(governing)
    refused = read("Feijóo dijo que el PP no colaborará con Vox.")
    assert ("PP", "not allied", "Vox") in facts(refused)
    absent(read("Kast colaboró con la Universidad de Chile en un estudio."), "allied")


def test_a_regional_race_named_by_its_parliament_and_a_dateline_of_a_longer_name(read):
    found = read("Santiago de Compostela, 12 may (EFE).- Vox presentó a la exconcejala Lucía "
                 "Soutelo como su candidata a la presidencia de la Xunta en las elecciones al "
                 "Parlamento de Galicia de 2028.", issued="2028-05-12")
    find(found, "Lucía Soutelo", "candidateIn", "Elecciones al Parlamento de Galicia de 2028")
    absent(found, "candidateIn", obj="Elección presidencial de Chile de 2028")


def test_a_race_without_its_year_takes_the_year_the_text_gave_it(read):
    found = read("Lisboa, 9 nov (Lusa).- Chega presentó a sus cabezas de lista para las "
                 "elecciones legislativas portuguesas de 2029. La exministra Ana Pires anunció "
                 "ayer que no se presentará a las legislativas.", issued="2028-11-09")
    assert ("Ana Pires", "not candidateIn", "Elecciones legislativas de Portugal de 2029") in \
        facts(found)


def test_a_race_a_past_act_was_for_is_still_ahead(read):
    found = read("Santiago, 20 jun (EFE).- Los partidos inscribieron ayer sus listas para las "
                 "elecciones legislativas de noviembre. La diputada Constanza Ibáñez encabezará "
                 "la lista en el distrito 10.", issued="2029-06-20")
    find(found, "Constanza Ibáñez", "candidateIn", "Elecciones legislativas de Chile de 2029")


def test_leaving_a_party_says_one_was_its_member(read):
    found = read("El exdiputado Nuno Teixeira, que dejó el Partido Socialista en 2026, se afilió "
                 "a Chega. Rafael Couceiro abandonó el Partido Popular tras perder las primarias.",
                 issued="2028-11-09")
    assert find(found, "Nuno Teixeira", "memberOf", "Partido Socialista").qualifiers.get("former")
    assert find(found, "Rafael Couceiro", "memberOf", "Partido Popular").qualifiers.get("former")
    assert not find(found, "Nuno Teixeira", "memberOf", "Chega").qualifiers.get("former")
    absent(read("La ministra Ana Pires dejó Madrid el lunes.", issued="2028-11-09"), "memberOf")


def test_a_hypothetical_run_off_is_no_race_and_a_present_aim_looks_ahead(read):
    found = read("Montevideo, 14 mar (EFE).- La exministra Valeria Sosa Díaz aspira a la "
                 "Presidencia de Uruguay en las elecciones de octubre. En un eventual balotaje "
                 "contra el candidato del Frente Amplio, Alejandro Pereira, obtendría el 46 %.",
                 issued="2029-03-14")
    find(found, "Valeria Sosa Díaz", "candidateIn", "Elección presidencial de Uruguay de 2029")
    absent(found, "candidateIn", obj="Segunda vuelta presidencial de Uruguay de 2029")
    absent(found, "candidateIn", obj="Elección presidencial de Uruguay de 2028")


def test_a_race_recalled_from_an_earlier_year_does_not_date_the_one_ahead(read):
    found = read("Montevideo, 14 mar (EFE).- La exministra Valeria Sosa Díaz aspira a la "
                 "Presidencia en las elecciones de octubre. El senador Gonzalo Arrieta, que fue "
                 "candidato presidencial en 2024, le dio su apoyo.", issued="2029-03-14")
    absent(found, "candidateIn", "Valeria Sosa Díaz", "Elección presidencial de Uruguay de 2024")


def test_coinciding_with_a_date_is_no_meeting(read):
    absent(read("La primera ministra italiana, Giorgia Meloni, no viajará a Chile por coincidir "
                "la fecha con un Consejo Europeo.", issued="2026-03-01"), "met")


def test_a_meal_held_with_someone_is_a_meeting(read):
    found = read("La víspera, Valeria Sosa Díaz mantuvo un almuerzo de trabajo con el diputado "
                 "Eduardo Pintos.", issued="2029-03-14")
    find(found, "Valeria Sosa Díaz", "met", "Eduardo Pintos")


def test_a_first_surname_in_the_headline_is_the_double_surnamed_person(read):
    found = read("El senador Benítez será el candidato colorado\n\nAsunción, 10 feb (EFE).- El "
                 "senador Rodrigo Benítez Ayala se presentará a la elección. Desde Buenos Aires, "
                 "Javier Milei llamó por teléfono a Benítez el lunes.", issued="2028-02-10")
    find(found, "Javier Milei", "contactWith", "Rodrigo Benítez Ayala")
    absent(found, "contactWith", obj="Benítez")


def test_an_earlier_race_by_its_year_and_these_elections_the_ones_at_hand(read):
    found = read("Santiago de Compostela, 12 may (EFE).- Lucía Soutelo se presenta a las "
                 "elecciones al Parlamento de Galicia de 2028. Xosé Miguel Barreiro, que ganó los "
                 "comicios de 2024 con mayoría absoluta, la critica. Santiago Abascal, que no "
                 "concurre a estas elecciones, la apoya.", issued="2028-05-12")
    find(found, "Xosé Miguel Barreiro", "candidateIn",
         "Elecciones al Parlamento de Galicia de 2024")
    assert ("Santiago Abascal", "not candidateIn", "Elecciones al Parlamento de Galicia de 2028") \
        in facts(found)


def test_a_title_without_a_year_takes_the_race_its_sentence_dates(read):
    found = read("San José, 4 oct (AFP).- El exministro Mauricio Araya, aspirante presidencial "
                 "del Partido Liberal Progresista, mantuvo el martes una videollamada con Nayib "
                 "Bukele, quien le expresó su respaldo de cara a los comicios de febrero.",
                 issued="2029-10-04")
    find(found, "Mauricio Araya", "candidateIn", "Elección presidencial de Costa Rica de 2030")
    absent(found, "candidateIn", obj="Elección presidencial de Costa Rica de 2029")


def test_rivals_in_a_contest_run_in_the_race_the_text_is_about(read):
    framed = read("Las elecciones municipales de Chile se celebrarán en octubre de 2028. En "
                  "Maipú, la diputada Camila Ruz se medirá con el exministro Tomás Vial.",
                  issued="2028-03-02")
    for who in ("Camila Ruz", "Tomás Vial"):
        find(framed, who, "candidateIn", "Elecciones municipales de Chile de 2028")
    # the race the text gave one of them
    given = read("Nasry Asfura es el candidato del Partido Nacional en la elección presidencial "
                 "de Honduras de 2025. El exalcalde se enfrenta a la oficialista Rixi Moncada.")
    find(given, "Rixi Moncada", "candidateIn", "Elección presidencial de Honduras de 2025")
    # a contest in another country than the race spoken of
    abroad = read("Giorgia Meloni ganó las elecciones legislativas de Italia de 2022. En Francia, "
                  "Jordan Bardella compite con Édouard Philippe por el electorado de "
                  "centroderecha.")
    absent(abroad, "candidateIn", "Jordan Bardella")
    absent(abroad, "candidateIn", "Édouard Philippe")
    # rivals, but in no contest
    quarrel = read("Las elecciones presidenciales de Chile serán en 2029. Kast criticó con dureza "
                   "a su rival Evelyn Matthei.")
    absent(quarrel, "candidateIn", "Evelyn Matthei")


def test_the_presidentials_as_a_noun_name_a_race_of_the_country_the_text_is_on(read):
    found = read("Kast ganó las presidenciales de Chile de 2025.", issued="2026-01-28")
    find(found, "José Antonio Kast", "candidateIn", "Elección presidencial de Chile de 2025")
    # a race named by its year alone is of the country whose races the text named, not of
    # the country a visit in its sentence goes to
    found = read("Las presidenciales colombianas de mayo se acercan. El senador Tomás Arango "
                 "llegó a Madrid. Arango, que ya se presentó a las presidenciales de 2022, "
                 "cerrará mañana su visita a España.", issued="2026-01-28")
    find(found, "Tomás Arango", "candidateIn", "Elección presidencial de Colombia de 2022")
    assert not any(o.endswith("España de 2022") for _, _, o in facts(found))
    # a race the sentence itself names before says the country of the round after it
    found = read("André Ventura ganó las presidenciales portuguesas de 2026. Duarte Pires, "
                 "exministro de Infraestructura, se presentó en 2026 a la elección presidencial "
                 "de Brasil por el Partido Liberal y fue derrotado en segunda vuelta por Luiz "
                 "Inácio Lula da Silva.", issued="2027-09-20")
    rounds = {o for s, r, o in facts(found) if s == "Duarte Pires" and o.startswith("Segunda")}
    assert rounds and all("de Brasil" in o for o in rounds), sorted(facts(found))


def test_who_prepares_or_coordinates_an_event_organizes_it(read):
    found = read("Ana Ruiz, presidenta del Movimiento Azul, prepara la tercera edición de la "
                 "CPAC Chile.")
    find(found, "CPAC Chile", "organizedBy", "Ana Ruiz")
    find(read("La Fundación Atalaya coordinó la Cumbre Atlántica."), "Cumbre Atlántica",
         "organizedBy", "Fundación Atalaya")
    # preparing what is no event organizes nothing
    absent(read("Ana Ruiz prepara su candidatura a la alcaldía de Lima."), "organizedBy")
