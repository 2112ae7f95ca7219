"""The parse-based extractor on the families of stance a writer uses for support, rivalry and
alliance: asking others to vote for someone, becoming someone's rival or ally ("se erigió en",
"se convirtió en"), a rival or friend named after the other's title, a participle that
describes a person through a title ("candidato derrotado por X"), a coordinated participle
that describes a thing, races won or lost against a person; and what is none of these.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


# ------------------------------------------------------------ asking for votes


def test_calling_on_voters_to_vote_for_someone_endorses_them(read):
    for text in ("Rosa Vidal llamó a votar por Tomás Ibarra en la segunda vuelta.",
                 "Rosa Vidal instó a sus seguidores a votar por Tomás Ibarra.",
                 "Rosa Vidal pidió a los electores que voten por Tomás Ibarra el domingo.",
                 "Desde Quito, Rosa Vidal exhortó a los indecisos a que voten por Tomás Ibarra.",
                 "Rosa Vidal animó a los electores a que elijan a Tomás Ibarra.",
                 "Rosa Vidal, que pidió votar por Tomás Ibarra, viajó a Lima."):
        find(read(text), "Rosa Vidal", "endorsed", "Tomás Ibarra")


def test_calling_to_vote_for_a_party_endorses_the_party(read):
    find(read("Rosa Vidal animó a votar a Vox en las autonómicas."), "Rosa Vidal", "endorsed",
         "Vox")


def test_no_appeal_to_vote_is_no_endorsement(read):
    absent(read("Rosa Vidal llamó a no votar por Tomás Ibarra."), "endorsed",
           "Rosa Vidal", "Tomás Ibarra")
    absent(read("Rosa Vidal llamó a Tomás Ibarra para felicitarlo."), "endorsed")
    found = read("Rosa Vidal no llamó a votar por Tomás Ibarra.")
    assert all(c.negated for c in found.candidates if c.relation == "endorsed")


# ------------------------------------------------------------ becoming a rival or an ally


def test_becoming_someones_rival_or_ally_is_said_as_a_copula_says_it(read):
    cases = [("Tomás Ibarra se ha convertido en el principal rival de Rosa Vidal.",
              "opponentOf"),
             ("Tomás Ibarra se erigió en el gran adversario de Rosa Vidal.", "opponentOf"),
             ("Tomás Ibarra, que se consolidó como la gran opositora de Rosa Vidal, habló.",
              "opponentOf"),
             ("Tomás Ibarra emergió como el rival más serio de Rosa Vidal.", "opponentOf"),
             ("Tomás Ibarra se perfila como aliado de Rosa Vidal en el Senado.", "allied"),
             ("Tomás Ibarra se ha convertido en uno de los principales aliados de Rosa Vidal.",
              "allied")]
    for text, relation in cases:
        find(read(text), "Tomás Ibarra", relation, "Rosa Vidal")


def test_becoming_something_else_is_no_rivalry(read):
    absent(read("Tomás Ibarra convirtió la sede en un cuartel de Rosa Vidal."), "opponentOf")
    absent(read("Tomás Ibarra convirtió la sede en un cuartel de Rosa Vidal."), "allied")
    absent(read("Tomás Ibarra se convirtió en el candidato de Rosa Vidal."), "opponentOf")


def test_a_partner_named_after_the_partners_own_title(read):
    find(read("Tomás Ibarra, rival del senador Hugo Salas, habló en Lima."), "Tomás Ibarra",
         "opponentOf", "Hugo Salas")
    find(read("Tomás Ibarra es el gran adversario de la alcaldesa Rosa Vidal."), "Tomás Ibarra",
         "opponentOf", "Rosa Vidal")
    find(read("La diputada Rosa Vidal es la principal rival de Hugo Salas."), "Rosa Vidal",
         "opponentOf", "Hugo Salas")
    find(read("El senador Tomás Ibarra es hoy un aliado leal del gobernador Hugo Salas."),
         "Tomás Ibarra", "allied", "Hugo Salas")


def test_a_rivals_name_after_its_own_apposition(read):
    found = read("El rival de Hugo Salas, el senador Tomás Ibarra, habló en Lima.")
    find(found, "Tomás Ibarra", "opponentOf", "Hugo Salas")
    found = read("Hugo Salas derrotó por amplio margen a su contrincante en las primarias, la "
                 "exministra Rosa Vidal.")
    find(found, "Hugo Salas", "opponentOf", "Rosa Vidal")


def test_a_friend_or_a_detractor_of_someone(read):
    find(read("Rosa Vidal es amiga personal del diputado Tomás Ibarra."), "Rosa Vidal",
         "allied", "Tomás Ibarra")
    find(read("Tomás Ibarra, amigo íntimo de Hugo Salas, viajó a Quito."), "Tomás Ibarra",
         "allied", "Hugo Salas")
    find(read("Rosa Vidal, detractora declarada de Hugo Salas, votó en contra."), "Rosa Vidal",
         "opponentOf", "Hugo Salas")


def test_a_friend_of_an_idea_is_nobodys_ally_nor_a_reference(read):
    found = read("Hugo Salas pidió calma. Desde Quito, Rosa Vidal escribió: «¡Tomás Ibarra es "
                 "el único amigo de la libertad! Tiene mi apoyo».")
    absent(found, "allied")
    absent(found, "endorsed", "Rosa Vidal", "Hugo Salas")


# ------------------------------------------------------------ participles and outcomes


def test_a_participle_on_a_persons_title_describes_the_person(read):
    found = read("Tomás Ibarra, el aspirante vencido por Hugo Salas en la segunda vuelta, volvió "
                 "al Senado.")
    find(found, "Hugo Salas", "opponentOf", "Tomás Ibarra")
    found = read("Rosa Vidal, la aspirante respaldada por el Partido Popular, ganó en Lima.")
    find(found, "Partido Popular", "endorsed", "Rosa Vidal")


def test_a_second_participle_describes_the_first_ones_noun(read):
    found = read("El foro, convocado por la Fundación Faro y respaldado por el Partido Popular, "
                 "se celebra en Lima. Rosa Vidal asistió.")
    absent(found, "endorsed")


def test_winning_or_losing_against_a_person(read):
    for text, winner, loser in (
            ("Hugo Salas se impuso a Rosa Vidal en la segunda vuelta.", "Hugo Salas",
             "Rosa Vidal"),
            ("Rosa Vidal perdió la segunda vuelta frente a Hugo Salas.", "Rosa Vidal",
             "Hugo Salas"),
            ("Hugo Salas le ganó a Rosa Vidal por diez puntos.", "Hugo Salas", "Rosa Vidal"),
            ("Hugo Salas batió a Rosa Vidal en las primarias.", "Hugo Salas", "Rosa Vidal")):
        find(read(text), winner, "opponentOf", loser)


def test_a_win_in_the_races_clause_names_its_race(read):
    found = read("En las presidenciales de Uruguay de 2024, Hugo Salas se impuso a Rosa Vidal "
                 "en el balotaje.", issued="2025-03-01")
    find(found, "Rosa Vidal", "candidateIn", "Segunda vuelta presidencial de Uruguay de 2024")
    found = read("Rosa Vidal es candidata presidencial en Uruguay en 2029. Hugo Salas le ganó en "
                 "marzo la consulta interna del partido.", issued="2029-03-01")
    absent(found, "candidateIn", "Hugo Salas")


def test_what_is_lost_or_won_that_is_no_person(read):
    absent(read("Hugo Salas ganó a los votantes del centro."), "opponentOf")
    absent(read("Hugo Salas perdió el apoyo de Rosa Vidal."), "opponentOf")


# ------------------------------------------------------------ whom, where, whose


def test_a_clitic_takes_up_the_title_of_its_own_sentence(read):
    found = read("Rosa Vidal es la candidata del Partido Popular a la presidencia. Hugo Salas "
                 "habló en Quito. El equipo de la candidata confirmó que Tomás Ibarra la llamó "
                 "por teléfono.", issued="2026-01-10")
    find(found, "Tomás Ibarra", "contactWith", "Rosa Vidal")
    found = read("Hugo Salas habló en Quito. Tomás Ibarra lo llamó por teléfono.")
    find(found, "Tomás Ibarra", "contactWith", "Hugo Salas")


def test_a_presidential_house_is_where_one_meets_not_whom(read):
    found = read("Hugo Salas ha recibido este martes en la Casa Presidencial a una delegación de "
                 "alcaldes.")
    absent(found, "met")
    found = read("Hugo Salas recibió a Rosa Vidal en la Casa de Gobierno.")
    find(found, "Hugo Salas", "met", "Rosa Vidal")
    absent(found, "met", "Hugo Salas", "Casa de Gobierno")


def test_supporting_the_campaign_of_the_one_just_named(read):
    find(read("Hugo Salas saludó a Rosa Vidal y apoyó sin reservas su candidatura."),
         "Hugo Salas", "endorsed", "Rosa Vidal")
    find(read("Hugo Salas recibió a Tomás Ibarra en Lima y apoyó su campaña."), "Hugo Salas",
         "endorsed", "Tomás Ibarra")
    # his own candidacy, not hers (a congratulation alone backs her: see congratulations)
    absent(read("Hugo Salas saludó a Rosa Vidal y presentó su candidatura."), "endorsed")
    absent(read("Hugo Salas anunció su candidatura y saludó a Rosa Vidal."), "endorsed")


# ------------------------------------------------------------ talk, coalitions, messages


def test_what_is_only_talked_about_is_not_stated(read):
    for text in ("Se habla en Quito de una estrecha relación de Hugo Salas con Rosa Vidal.",
                 "Se especula con una reunión entre Hugo Salas y Rosa Vidal.",
                 "En Quito se comenta una alianza de Hugo Salas con Rosa Vidal.",
                 "Se rumorea que Hugo Salas se reunió en secreto con Rosa Vidal."):
        found = read(text)
        absent(found, "allied")
        absent(found, "met")
    find(read("Hugo Salas y Rosa Vidal se reunieron en Quito."), "Hugo Salas", "met",
         "Rosa Vidal")


def test_who_heads_a_coalition_is_allied_with_each_party_in_it(read):
    found = read("Hugo Salas gobierna desde marzo al frente de una coalición con el Partido "
                 "Popular y con Chega.")
    find(found, "Hugo Salas", "allied", "Partido Popular")
    find(found, "Hugo Salas", "allied", "Chega")
    absent(found, "allied", "Partido Popular", "Chega")
    found = read("Rosa Vidal gobierna a la cabeza de una alianza con Vox.")
    find(found, "Rosa Vidal", "allied", "Vox")


def test_a_message_of_support_to_someone(read):
    for text in ("Hugo Salas difundió un vídeo de apoyo a Rosa Vidal en su cuenta de X.",
                 "Hugo Salas envió un vídeo de respaldo a Rosa Vidal."):
        find(read(text), "Hugo Salas", "endorsed", "Rosa Vidal")
    absent(read("Hugo Salas publicó un mensaje de apoyo en sus redes sociales."), "endorsed")


def test_the_one_accused_or_congratulated_does_what_follows(read):
    found = read("Hugo Salas reprendió a Tomás Ibarra, al que acusó de engañar a todos pese a "
                 "haber sido elegido con el apoyo de Vox.")
    find(found, "Vox", "endorsed", "Tomás Ibarra")
    absent(found, "endorsed", "Vox", "Hugo Salas")
    found = read("Hugo Salas felicitó a Tomás Ibarra por haberse reunido con Rosa Vidal.")
    find(found, "Tomás Ibarra", "met", "Rosa Vidal")
    absent(found, "met", "Hugo Salas", "Rosa Vidal")
    found = read("Rosa Vidal reprochó a Tomás Ibarra por «improvisar» y obtuvo el apoyo de Hugo "
                 "Salas.")
    find(found, "Hugo Salas", "endorsed", "Rosa Vidal")
    found = read("Hugo Salas decidió reunirse con Rosa Vidal.")
    find(found, "Hugo Salas", "met", "Rosa Vidal")


def test_a_live_blogs_time_stamp_is_no_subject(read):
    for stamp in ("21:15 — ", "21.15 | ", "21:15 h - "):
        found = read("EN DIRECTO | Elecciones en Perú\n\n22:40 — El abogado Tomás Ibarra obtiene "
                     "el 38%.\n\n" + stamp + "Rosa Vidal, aspirante del Partido Popular, admite la "
                     "derrota y expresa su apoyo a Ibarra de cara al balotaje.",
                     issued="2026-04-12")
        find(found, "Rosa Vidal", "endorsed", "Tomás Ibarra")


# ------------------------------------------------------------ outcomes of a race


def test_a_victory_or_a_defeat_in_a_named_race_is_a_candidacy(read):
    cases = [("El triunfo de Rosa Vidal en las presidenciales de Perú de 2026 sorprendió.",
              "Elección presidencial de Perú de 2026"),
             ("La derrota de Rosa Vidal en la segunda vuelta de Perú de 2026 dolió.",
              "Segunda vuelta presidencial de Perú de 2026"),
             ("Tras la victoria de Rosa Vidal en las elecciones peruanas de 2026, Hugo Salas la "
              "felicitó.", "Elección presidencial de Perú de 2026"),
             ("Rosa Vidal, que evocó su fallida candidatura a la presidencia de Perú en 2021, "
              "habló después.", "Elección presidencial de Perú de 2021")]
    for text, race in cases:
        find(read(text, issued="2026-09-01"), "Rosa Vidal", "candidateIn", race)


def test_ones_own_victory_or_defeat_celebrated_conceded_or_left_behind(read):
    cases = [("Rosa Vidal celebró su victoria en las legislativas de Perú de 2026 con sus "
              "seguidores.", "Rosa Vidal", "Elecciones legislativas de Perú de 2026"),
             ("Hugo Salas reconoció su derrota en la primera vuelta presidencial de Perú de "
              "2026.", "Hugo Salas", "Primera vuelta presidencial de Perú de 2026"),
             ("Tras su triunfo en las presidenciales de Perú de 2026, Rosa Vidal viajó a Madrid.",
              "Rosa Vidal", "Elección presidencial de Perú de 2026")]
    for text, person, race in cases:
        find(read(text, issued="2026-09-01"), person, "candidateIn", race)
    absent(read("Hugo Salas reconoció su derrota en el debate.", issued="2026-09-01"),
           "candidateIn")


def test_an_office_won_was_run_for(read):
    find(read("Rosa Vidal ganó la presidencia de Perú en 2026.", issued="2026-09-01"),
         "Rosa Vidal", "candidateIn", "Elección presidencial de Perú de 2026")


def test_a_victory_hoped_for_or_of_no_race_is_no_candidacy(read):
    absent(read("La embajada supedita el acuerdo a una victoria de Rosa Vidal en las "
                "presidenciales de Perú de 2026.", issued="2026-03-01"), "candidateIn")
    absent(read("La victoria de Rosa Vidal en el debate sorprendió.", issued="2026-03-01"),
           "candidateIn")
    absent(read("Hugo Salas felicitó a Rosa Vidal por su victoria.", issued="2026-03-01"),
           "candidateIn")


def test_rivals_or_allies_named_in_ones_own_group(read):
    found = read("Hugo Salas no se calla nunca. Sus adversarios, como la senadora Rosa Vidal, le "
                 "reprochan el tono.")
    find(found, "Hugo Salas", "opponentOf", "Rosa Vidal")
    found = read("Hugo Salas criticó a sus rivales, como Tomás Ibarra y Rosa Vidal.")
    find(found, "Hugo Salas", "opponentOf", "Tomás Ibarra")
    found = read("Hugo Salas habla claro. Sus aliados, como la senadora Rosa Vidal, lo apoyan.")
    find(found, "Hugo Salas", "allied", "Rosa Vidal")
    found = read("Hugo Salas habla claro. Sus asesores, como la abogada Rosa Vidal, lo apoyan.")
    absent(found, "opponentOf")
    absent(found, "allied")


def test_those_who_hold_a_meeting_with_another_meet_each_other_too(read):
    found = read("Hugo Salas y Tomás Ibarra mantuvieron un almuerzo de trabajo con Rosa Vidal.")
    find(found, "Hugo Salas", "met", "Tomás Ibarra")
    find(found, "Hugo Salas", "met", "Rosa Vidal")
    found = read("Hugo Salas y Tomás Ibarra mantuvieron después una reunión con Rosa Vidal en "
                 "Quito.")
    find(found, "Hugo Salas", "met", "Tomás Ibarra")
    found = read("Hugo Salas y Tomás Ibarra recibieron una llamada de Rosa Vidal.")
    absent(found, "met", "Hugo Salas", "Tomás Ibarra")


def test_anothers_support_passed_on_goes_to_whom_it_is_passed(read):
    found = read("Rosa Vidal recibió a Hugo Salas en Lima. Salas le trasladó el respaldo de Chega "
                 "para las municipales.")
    find(found, "Chega", "endorsed", "Rosa Vidal")
    found = read("Según el comunicado, Hugo Salas expresó a Rosa Vidal el apoyo del Partido "
                 "Popular a su candidatura.")
    find(found, "Partido Popular", "endorsed", "Rosa Vidal")
    found = read("Tomás Ibarra visitó a Rosa Vidal y le transmitió el respaldo de Santiago "
                 "Abascal.")
    find(found, "Santiago Abascal", "endorsed", "Rosa Vidal")
    absent(read("Hugo Salas transmitió a Rosa Vidal las críticas de Vox."), "endorsed")


# ------------------------------------------------------------ rivals said the other way round


def test_the_title_as_subject_and_the_name_as_predicate(read):
    found = read("El gran rival de Hugo Salas en Quito será el exministro Tomás Ibarra.")
    find(found, "Tomás Ibarra", "opponentOf", "Hugo Salas")
    found = read("El principal rival de Hugo Salas es el senador Tomás Ibarra.")
    find(found, "Tomás Ibarra", "opponentOf", "Hugo Salas")
    found = read("El aliado más fiel de Hugo Salas es Tomás Ibarra.")
    find(found, "Tomás Ibarra", "allied", "Hugo Salas")
    absent(read("El rival de Hugo Salas es fuerte."), "opponentOf")


def test_facing_or_seeking_against_someone(read):
    find(read("Hugo Salas tiene enfrente a Rosa Vidal."), "Hugo Salas", "opponentOf",
         "Rosa Vidal")
    find(read("Hugo Salas buscará la reelección frente a Rosa Vidal."), "Hugo Salas",
         "opponentOf", "Rosa Vidal")
    find(read("Hugo Salas pelea con Rosa Vidal por el liderazgo del partido."), "Hugo Salas",
         "opponentOf", "Rosa Vidal")
    find(read("Hugo Salas y Rosa Vidal se disputan el liderazgo de la derecha."), "Hugo Salas",
         "opponentOf", "Rosa Vidal")
    absent(read("Hugo Salas tiene a Rosa Vidal como asesora."), "opponentOf")
    absent(read("Hugo Salas lucha contra la corrupción."), "opponentOf")


# ------------------------------------------------------------ alliances


def test_a_party_called_a_sibling_is_an_ally(read):
    find(read("Hugo Salas tachó a Chega de «partido hermano» en Lisboa."), "Hugo Salas", "allied",
         "Chega")
    find(read("Hugo Salas definió a Vox como una formación hermana."), "Hugo Salas", "allied",
         "Vox")
    absent(read("Hugo Salas llamó a su hermana Rosa Vidal por teléfono."), "allied")
    absent(read("Hugo Salas calificó a Rosa Vidal de «traidora»."), "allied")


def test_an_event_that_served_to_stage_an_alliance(read):
    found = read("El Foro de Lima sirvió para sellar en público la alianza entre Chega y Vox.")
    find(found, "Chega", "allied", "Vox")
    found = read("El Foro de Lima servirá para sellar en público la alianza entre Chega y Vox.")
    absent(found, "allied")


# ------------------------------------------------------------ a runoff ahead


def test_finalists_counted_in_a_first_round_meet_again_in_the_runoff(read):
    found = read("Perú vota en la primera vuelta presidencial. Escrutado el 95%, Tomás Ibarra suma "
                 "el 41% en la primera vuelta y se enfrentará en junio a la senadora Rosa Vidal, "
                 "que consigue el 29%.", issued="2026-04-12")
    for person in ("Tomás Ibarra", "Rosa Vidal"):
        find(found, person, "candidateIn", "Segunda vuelta presidencial de Perú de 2026")


def test_a_contest_ahead_before_any_count_is_no_runoff(read):
    found = read("Perú votará en abril en la primera vuelta presidencial. Tomás Ibarra competirá "
                 "en la primera vuelta y se medirá con la senadora Rosa Vidal.",
                 issued="2026-01-12")
    absent(found, "candidateIn", obj="Segunda vuelta presidencial de Perú de 2026")


def test_throwing_oneself_behind_someone(read):
    find(read("Hugo Salas se volcó con la candidatura de Rosa Vidal."), "Hugo Salas", "endorsed",
         "Rosa Vidal")
    find(read("Vox aupó a Rosa Vidal a la presidencia del partido."), "Vox", "endorsed",
         "Rosa Vidal")
    absent(read("Hugo Salas se volcó con la cumbre de Lima."), "endorsed")


def test_falling_before_a_rival_or_winning_over_them(read):
    find(read("Hugo Salas cayó ante Rosa Vidal en el balotaje."), "Hugo Salas", "opponentOf",
         "Rosa Vidal")
    find(read("La victoria de Hugo Salas sobre Rosa Vidal sorprendió."), "Hugo Salas",
         "opponentOf", "Rosa Vidal")
    found = read("Tras su derrota frente a Rosa Vidal, Hugo Salas dimitió.")
    assert {("Hugo Salas", "Rosa Vidal"), ("Rosa Vidal", "Hugo Salas")} & {
        (c.subject, c.object) for c in found.candidates if c.relation == "opponentOf"}
    absent(read("Hugo Salas cayó en las encuestas."), "opponentOf")
    absent(read("La victoria de Hugo Salas sorprendió a Rosa Vidal."), "opponentOf")


def test_contacting_writing_or_exchanging_letters(read):
    for text in ("Hugo Salas contactó con Rosa Vidal.",
                 "Hugo Salas contactó a Rosa Vidal la semana pasada.",
                 "Hugo Salas le escribió una carta a Rosa Vidal.",
                 "Hugo Salas y Rosa Vidal intercambiaron cartas durante la campaña."):
        find(read(text), "Hugo Salas", "contactWith", "Rosa Vidal")
    absent(read("Hugo Salas y Rosa Vidal escribieron un libro."), "contactWith")
    absent(read("Hugo Salas escribió a sus seguidores un mensaje."), "contactWith")
