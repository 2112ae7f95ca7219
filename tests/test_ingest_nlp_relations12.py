"""The parse-based extractor on relations between actors: who a profile's paragraph speaks of
when it drops the subject, and the constructions of alliance, rivalry, support, contact and
meeting this module's rules read; and what is none of these.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


# ------------------------------------------------------------ a profile's paragraphs

_PROFILE = ("Lucía Ferrán, la alcaldesa que conquistó el interior\n\n"
            "Lucía Ferrán Soto llegó a la alcaldía de Tandil en 2019. Desde entonces preside "
            "la Fundación Horizonte Sur y es, según sus colaboradores, una incansable "
            "negociadora.\n\n"
            "En 2019 ganó la elección al intendente Marcos Ibáñez Paz. {other}\n\n"
            "{paragraph}")


def test_a_paragraph_without_its_subject_speaks_of_the_profiles_person(read):
    cases = [('"No tiene proyecto", dice Ibáñez.',
              "Habla casi a diario con Javier Milei.",
              "contactWith", "Javier Milei"),
             ("Ibáñez sigue siendo su crítico más duro.",
              "En marzo hizo público su apoyo a José Antonio Kast.",
              "endorsed", "José Antonio Kast"),
             ('Ibáñez, que hoy preside el concejo, la acusa de "vender humo".',
              "Nunca se ha reunido con Santiago Abascal.", "met", "Santiago Abascal"),
             ('"Promete y no cumple", insiste Ibáñez.',
              "El año pasado se reunió en Madrid con Santiago Abascal.",
              "met", "Santiago Abascal")]
    for other, paragraph, relation, obj in cases:
        found = read(_PROFILE.format(other=other, paragraph=paragraph))
        find(found, "Lucía Ferrán Soto", relation, obj)
        absent(found, relation, "Marcos Ibáñez Paz", obj)


def test_within_its_paragraph_the_last_one_named_keeps_the_dropped_subject(read):
    found = read(_PROFILE.format(
        other="Ibáñez viajó luego a Madrid. Allí se reunió con Santiago Abascal.",
        paragraph="La fundación organiza cada año un foro."))
    find(found, "Marcos Ibáñez Paz", "met", "Santiago Abascal")
    absent(found, "met", "Lucía Ferrán Soto", "Santiago Abascal")


def test_a_piece_whose_headline_names_nobody_has_no_profiles_person(read):
    text = ("Crónica de una campaña en el interior\n\n"
            "Lucía Ferrán Soto llegó a la alcaldía de Tandil en 2019.\n\n"
            "Marcos Ibáñez Paz se reunió ayer con Santiago Abascal. "
            "Ibáñez viajó después a Lima.\n\n"
            "Allí habló con Javier Milei.")
    found = read(text)
    absent(found, "contactWith", "Lucía Ferrán Soto", "Javier Milei")


def test_a_name_after_an_interviews_dash_acts_in_its_answer(read):
    for answer in ("—Kast ha sido candidato muchas veces.", "—Kast dice que somos el pasado."):
        text = ("Rosa Vidal, diputada: «Vamos a ganar»\n\n"
                "La diputada Rosa Vidal recibe a este diario en su despacho.\n\n"
                "—¿Qué piensa de José Antonio Kast?\n\n"
                f"{answer} En 2019 se reunió con Javier Milei en Buenos Aires.")
        found = read(text)
        find(found, "José Antonio Kast", "met", "Javier Milei")
        absent(found, "met", "Rosa Vidal", "Javier Milei")


# ------------------------------------------------------------ meeting: first meetings, tables


def test_meeting_someone_for_the_first_time_or_in_person_is_a_meeting(read):
    cases = [("Rosa Vidal conoció a Javier Milei en un foro en Madrid.", False),
             ("Rosa Vidal conoció en Washington al presidente argentino Javier Milei.", False),
             ("En 2023 Rosa Vidal conoció personalmente a Javier Milei.", False),
             ("Rosa Vidal ha conocido a Javier Milei durante la gira.", False),
             ("Rosa Vidal y Javier Milei se conocieron en 2019 en Lima.", False),
             ("Rosa Vidal admite que no conoce en persona a Javier Milei.", True),
             ("Rosa Vidal nunca conoció a Javier Milei.", True)]
    for text, negated in cases:
        claim = find(read(text), "Rosa Vidal", "met", "Javier Milei")
        assert claim.negated is negated, text


def test_knowing_someone_of_old_or_knowing_a_place_is_no_meeting(read):
    for text in ("Rosa Vidal conoce a Javier Milei desde hace años.",
                 "Rosa Vidal conocía bien a Javier Milei.",
                 "Rosa Vidal conoce Buenos Aires y a su gente.",
                 "Rosa Vidal quiere conocer a Javier Milei."):
        absent(read(text), "met", "Rosa Vidal", "Javier Milei")


def test_a_table_or_a_meal_shared_is_a_meeting(read):
    cases = ["Rosa Vidal compartió mesa con Javier Milei y con Santiago Abascal.",
             "Rosa Vidal compartió un almuerzo con Javier Milei.",
             "Durante la cena, Rosa Vidal compartió mesa con Javier Milei.",
             "Rosa Vidal y Javier Milei compartieron mesa en el hotel."]
    for text in cases:
        find(read(text), "Rosa Vidal", "met", "Javier Milei")


def test_a_stage_a_view_or_a_table_not_shared_is_no_meeting(read):
    for text in ("Rosa Vidal compartió escenario con Javier Milei en la cumbre de Madrid.",
                 "Rosa Vidal comparte la visión de Javier Milei.",
                 "Rosa Vidal no compartió mesa con Javier Milei.",
                 "Rosa Vidal podría compartir mesa con Javier Milei."):
        assert all(c.negated for c in read(text).candidates if c.relation == "met"), text


# ------------------------------------------------------------ allied: "fue aliado de"


def test_being_someones_ally_read_as_a_passive_is_an_alliance(read):
    cases = [("Tomás Ibarra fue aliado de Vox y de Santiago Abascal.", ["Vox", "Santiago Abascal"]),
             ("Tomás Ibarra es aliado del PP.", ["PP"]),
             ("Rosa Vidal fue aliada de Javier Milei durante años.", ["Javier Milei"]),
             ("Durante años Rosa Vidal ha sido aliada de Javier Milei.", ["Javier Milei"])]
    for text, objects in cases:
        subject = "Tomás Ibarra" if "Tomás" in text else "Rosa Vidal"
        for obj in objects:
            find(read(text), subject, "allied", obj)


def test_a_speakers_we_or_a_denial_makes_no_persons_alliance(read):
    found = read('Tomás Ibarra, diputado de Vox: "Somos aliados del PP, no sus socios"')
    absent(found, "allied", "Tomás Ibarra", "PP")
    found = read("Tomás Ibarra nunca fue aliado de Vox.")
    assert all(c.negated for c in found.candidates if c.relation == "allied")


# ------------------------------------------------------------ rivals and allies of each other


def _pair(found, relation):
    return {frozenset((c.subject, c.object)): c for c in found.candidates
            if c.relation == relation}


def test_two_subjects_of_a_plural_rival_or_ally_are_each_others(read):
    cases = [("Rosa Vidal y Tomás Ibarra fueron rivales en las primarias de 2019.",
              "opponentOf", True),
             ("Rosa Vidal y Tomás Ibarra, que fueron adversarios en 2019, sellaron la paz.",
              "opponentOf", True),
             ("Desde 2020, Vox y el PP son socios en el gobierno de Murcia.", "allied", False),
             ("Rosa Vidal y Tomás Ibarra son hoy contrincantes directos.", "opponentOf", False),
             ("En Murcia, el PP y Vox eran aliados.", "allied", True)]
    for text, relation, former in cases:
        pairs = _pair(read(text), relation)
        ends = ("Vox", "PP") if "Vox" in text else ("Rosa Vidal", "Tomás Ibarra")
        claim = pairs.get(frozenset(ends))
        assert claim is not None and not claim.negated, text
        assert bool(claim.qualifiers.get("former")) is former, text


def test_a_denied_or_a_possessed_plural_is_no_mutual_claim(read):
    # friends, unlike these, are allies (see test_ingest_nlp_allies14b)
    found = read("Vox y el PP no son aliados en el Congreso.")
    assert all(c.negated for c in found.candidates if c.relation == "allied")
    assert frozenset(("Rosa Vidal", "Tomás Ibarra")) not in _pair(
        read("Rosa Vidal y Tomás Ibarra son adversarios del Gobierno."), "opponentOf")


# ------------------------------------------------------------ an attempt to beat someone


def test_an_attempt_to_beat_someone_failed_or_not_is_rivalry(read):
    for text in ("Tomás Ibarra no logró desbancar a la alcaldesa, Rosa Vidal.",
                 "Tomás Ibarra no pudo vencer a Rosa Vidal en la segunda vuelta.",
                 "Tomás Ibarra no consiguió superar a Rosa Vidal en las primarias.",
                 "Tomás Ibarra intentó derrotar a Rosa Vidal en 2019.",
                 "Tomás Ibarra busca arrebatarle la alcaldía a Rosa Vidal."):
        claim = find(read(text), "Tomás Ibarra", "opponentOf", "Rosa Vidal")
        assert not claim.negated, text


def test_a_defeat_denied_or_only_possible_is_no_rivalry_asserted(read):
    claim = find(read("Tomás Ibarra no derrotó a Rosa Vidal."), "Tomás Ibarra", "opponentOf",
                 "Rosa Vidal")
    assert claim.negated
    for text in ("Tomás Ibarra podría derrotar a Rosa Vidal.",
                 "Tomás Ibarra no intentó derrotar a Rosa Vidal."):
        absent(read(text), "opponentOf", "Tomás Ibarra", "Rosa Vidal")


# ------------------------------------------------------------ deals and joint candidates


def test_a_deal_of_collaboration_or_joint_candidates_ally_those_who_make_them(read):
    for text in ("El PP y Vox firmaron un convenio de colaboración.",
                 "Vox suscribió con el PP un convenio de colaboración parlamentaria.",
                 "El PP firmó ayer un convenio de colaboración con Vox en Murcia.",
                 "El PP y Vox presentarán candidatos conjuntos a la Gobernación.",
                 "Vox y el PP inscribieron candidaturas comunes en tres provincias.",
                 "Vox y el PP llevarán una candidata común a la alcaldía."):
        assert frozenset(("PP", "Vox")) in _pair(read(text), "allied"), text


def test_a_deal_of_no_alliance_or_separate_candidates_ally_no_one(read):
    for text in ("El PP y Vox firmaron un convenio con la universidad.",
                 "El PP y Vox presentarán sus candidatos a la Gobernación.",
                 "El PP firmó un convenio comercial con Vox.",
                 "El PP y Vox podrían presentar candidatos conjuntos."):
        assert frozenset(("PP", "Vox")) not in _pair(read(text), "allied"), text


# ------------------------------------------------------------ "es nuestro candidato"


def test_calling_someone_ones_candidate_is_backing_them(read):
    cases = ['"Rosa Vidal es nuestra candidata y la de todo el partido", dijo Tomás Ibarra.',
             "«Rosa Vidal es mi candidata natural», repitió el martes Tomás Ibarra.",
             'Tomás Ibarra fue tajante: "Rosa Vidal es nuestra candidata".',
             'Tomás Ibarra habló ayer en Lima. "Rosa Vidal es mi candidata", insiste.',
             '"Rosa Vidal es nuestra abanderada", afirmó Tomás Ibarra.']
    for text in cases:
        claim = find(read(text), "Tomás Ibarra", "endorsed", "Rosa Vidal")
        assert not claim.negated, text


def test_anothers_candidate_a_reported_one_or_a_denial_is_no_backing(read):
    for text in ('"Rosa Vidal es su candidata", dijo Tomás Ibarra.',
                 "Tomás Ibarra dijo que Rosa Vidal es la candidata de todos.",
                 '"Rosa Vidal es la candidata del PP", dijo Tomás Ibarra.'):
        absent(read(text), "endorsed", "Tomás Ibarra", "Rosa Vidal")
    claim = find(read('"Rosa Vidal no es nuestra candidata", dijo Tomás Ibarra.'),
                 "Tomás Ibarra", "endorsed", "Rosa Vidal")
    assert claim.negated


# ------------------------------------------------------------ support one owes a result to


def test_a_result_owed_to_someones_support_is_their_backing(read):
    cases = ["Tomás Ibarra ganó gracias al respaldo de Vox y del PP.",
             "Tomás Ibarra fue elegido alcalde gracias al apoyo de Vox y del PP.",
             "Gracias al respaldo de Vox y del PP, Tomás Ibarra ganó la votación."]
    for text in cases:
        found = read(text)
        find(found, "Vox", "endorsed", "Tomás Ibarra")
        find(found, "PP", "endorsed", "Tomás Ibarra")


def test_support_hoped_for_or_given_to_a_thing_is_no_backing(read):
    for text in ("Tomás Ibarra quiere ganar gracias al apoyo de Vox.",
                 "La ley salió adelante gracias al apoyo de Vox."):
        absent(read(text), "endorsed", "Vox", "Tomás Ibarra")


# ------------------------------------------------------------ close to someone


def test_being_close_or_loyal_to_a_politician_or_party_is_alliance(read):
    cases = [("Tomás Ibarra, un intendente muy cercano a Santiago Abascal, habló.",
              "Santiago Abascal"),
             ("Tomás Ibarra, un concejal con licencia cercano a Santiago Abascal, dimitió.",
              "Santiago Abascal"),
             ("Rosa Vidal, cercana a Vox, habló ayer en Murcia.", "Vox"),
             ("Rosa Vidal es muy próxima al PP.", "PP"),
             ("Rosa Vidal es afín a Vox desde 2019.", "Vox"),
             ("Tomás Ibarra, un dirigente leal a Santiago Abascal, dimitió.",
              "Santiago Abascal")]
    for text, obj in cases:
        subject = "Rosa Vidal" if "Rosa" in text else "Tomás Ibarra"
        claim = find(read(text), subject, "allied", obj)
        assert not claim.negated, text


def test_closeness_to_a_place_a_principle_or_unnamed_sources_is_no_alliance(read):
    for text in ("Tomás Ibarra se alojó en un hotel próximo a la plaza de Mayo.",
                 "Tomás Ibarra es fiel a sus principios.",
                 "Fuentes cercanas a Santiago Abascal confirmaron la cita.",
                 "Tomás Ibarra es el próximo alcalde de Lima."):
        found = read(text)
        assert not [c for c in found.candidates if c.relation == "allied"], text
    claim = find(read("Tomás Ibarra no es cercano a Santiago Abascal."), "Tomás Ibarra",
                 "allied", "Santiago Abascal")
    assert claim.negated


# ------------------------------------------------------------ a contest "frente a" someone


def test_a_contest_won_lost_or_run_frente_a_someone_makes_them_rivals(read):
    for text in ("Tomás Ibarra ganó las primarias frente a Rosa Vidal.",
                 "Tomás Ibarra fue elegido presidente de la Cámara con 50 votos, frente a los "
                 "42 de Rosa Vidal.",
                 "Tomás Ibarra obtuvo 50 votos, frente a los 42 de Rosa Vidal.",
                 "Tomás Ibarra evitó así un balotaje frente a la socialdemócrata Rosa Vidal.",
                 "Tomás Ibarra ganó por 312 votos un escaño frente a la concejal Rosa Vidal."):
        claim = find(read(text), "Tomás Ibarra", "opponentOf", "Rosa Vidal")
        assert not claim.negated, text


def test_frente_a_someone_outside_a_contest_is_no_rivalry(read):
    for text in ("Tomás Ibarra se sentó frente a Rosa Vidal en la cena.",
                 "Tomás Ibarra habló frente a Rosa Vidal y sus seguidores.",
                 "Tomás Ibarra posó frente a la sede de Vox con Rosa Vidal."):
        absent(read(text), "opponentOf", "Tomás Ibarra", "Rosa Vidal")


def test_before_anyone_acts_a_dropped_subject_is_the_headlines_person(read):
    text = ("Lucía Ferrán Soto, la alcaldesa que conquistó el interior\n\n"
            "PERFIL | TANDIL\n\n"
            "Con 19 años dejó Rosario. Hoy preside la Fundación Horizonte Sur. En 2019 se "
            "reunió en Madrid con Santiago Abascal.")
    find(read(text), "Lucía Ferrán Soto", "met", "Santiago Abascal")


# ------------------------------------------------------------ relatives of time and of a copula


def test_a_relative_of_time_acts_through_the_one_the_text_is_about(read):
    cases = [("Rosa Vidal llegó a la política en 2019, cuando ganó un escaño frente a "
              "Tomás Ibarra.", "opponentOf", "Tomás Ibarra"),
             ("Rosa Vidal vive en Lima. Su salto llegó en 2023, cuando conoció en un foro a "
              "Javier Milei.", "met", "Javier Milei"),
             ("Rosa Vidal vive en Lima. Su carrera cambió en 2021, cuando se reunió con "
              "Santiago Abascal.", "met", "Santiago Abascal")]
    for text, relation, obj in cases:
        find(read(text), "Rosa Vidal", relation, obj)


def test_a_relative_on_a_copulas_name_speaks_of_that_name(read):
    cases = ["Rosa Vidal es amiga de Javier Milei, con quien habla a menudo.",
             "Rosa Vidal es amiga de Javier Milei, con el que habla casi a diario.",
             "Rosa Vidal vive en Lima. Su mejor amigo es Javier Milei, con quien habla a "
             "menudo.",
             "Rosa Vidal vive en Lima. En Buenos Aires, su interlocutor es el presidente, "
             "Javier Milei, con quien conversa cada semana."]
    for text in cases:
        found = read(text)
        find(found, "Rosa Vidal", "contactWith", "Javier Milei")
        absent(found, "contactWith", "Javier Milei", "Javier Milei")


def test_a_relative_on_a_copula_after_a_thing_keeps_its_clause(read):
    found = read('"Tomás Ibarra es mi adversario", dijo Rosa Vidal en una entrevista en la '
                 "radio, en la que descartó cualquier reunión con Javier Milei.")
    absent(found, "met", "Tomás Ibarra", "Javier Milei")


# ------------------------------------------------------------ an ally through a relative


def test_an_ally_or_rival_told_through_whose_it_is_in_a_relative(read):
    cases = [("Rosa Vidal es hoy el único socio que Tomás Ibarra ha querido conservar.",
              "allied"),
             ("Rosa Vidal, la rival que Tomás Ibarra derrotó en 2021, habló ayer.",
              "opponentOf"),
             ("Rosa Vidal es la aliada que Tomás Ibarra eligió para la campaña.", "allied"),
             ("Rosa Vidal fue la adversaria que Tomás Ibarra venció en las primarias.",
              "opponentOf")]
    for text, relation in cases:
        find(read(text), "Rosa Vidal", relation, "Tomás Ibarra")


def test_a_relative_whose_subject_is_the_role_or_a_friend_is_no_partner(read):
    for text in ("Rosa Vidal es la socia que más votos aporta a Tomás Ibarra.",
                 "Rosa Vidal es la amiga que Tomás Ibarra más quiere."):
        found = read(text)
        absent(found, "allied", "Rosa Vidal", "Tomás Ibarra")


def test_the_rival_a_speaker_sets_out_to_beat_is_theirs(read):
    for text in ('"Rosa Vidal es la rival a batir, no el PP", proclamó Tomás Ibarra.',
                 "«Rosa Vidal es la adversaria a vencer», dijo Tomás Ibarra en el mitin.",
                 'Tomás Ibarra fue claro: "Rosa Vidal es la rival a derrotar".'):
        claim = find(read(text), "Tomás Ibarra", "opponentOf", "Rosa Vidal")
        assert not claim.negated, text


def test_a_rival_to_beat_nobody_says_or_a_denied_one_is_no_speakers_rival(read):
    absent(read("Rosa Vidal es la rival a batir en Lima, según Tomás Ibarra."), "opponentOf",
           "Tomás Ibarra", "Rosa Vidal")
    claim = find(read('"Rosa Vidal no es la rival a batir", dijo Tomás Ibarra.'),
                 "Tomás Ibarra", "opponentOf", "Rosa Vidal")
    assert claim.negated


# ------------------------------------------------------------ calls one receives


def test_calls_received_from_two_are_not_between_them(read):
    for text in ("El presidente electo ha recibido llamadas de Giorgia Meloni y de Nayib "
                 "Bukele.",
                 "El candidato recibió en la última hora llamadas de Giorgia Meloni y de Nayib "
                 "Bukele.",
                 "La ganadora obtuvo el respaldo de Giorgia Meloni y de Nayib Bukele."):
        found = read(text)
        for relation in ("contactWith", "endorsed"):
            assert frozenset(("Giorgia Meloni", "Nayib Bukele")) not in _pair(found, relation), \
                text


def test_calls_received_from_two_reach_the_one_who_receives_them(read):
    found = read("Rosa Vidal recibió anoche llamadas de Giorgia Meloni y de Nayib Bukele.")
    find(found, "Giorgia Meloni", "contactWith", "Rosa Vidal")
    find(found, "Nayib Bukele", "contactWith", "Rosa Vidal")
    found = read("La llamada entre Giorgia Meloni y Nayib Bukele duró una hora.")
    assert frozenset(("Giorgia Meloni", "Nayib Bukele")) in _pair(found, "contactWith")


# ------------------------------------------------------------ a relation with someone fronted


def test_a_relation_whose_partner_is_fronted_reads_its_predicates_tone(read):
    cases = [("Con Javier Milei, en cambio, la relación de Tomás Ibarra es estrecha desde "
              "hace años.", "allied"),
             ("Con Javier Milei la relación de Tomás Ibarra es muy cercana.", "allied"),
             ("Con Javier Milei, la relación de Tomás Ibarra es pésima.", "opponentOf")]
    for text, relation in cases:
        find(read(text), "Tomás Ibarra", relation, "Javier Milei")


def test_a_fronted_partner_of_a_strained_or_plain_relation_is_neither(read):
    for text in ("Con Javier Milei, la relación de Tomás Ibarra es tensa.",
                 "Con Javier Milei, la relación de Tomás Ibarra es larga.",
                 # how well dealings go is no closeness
                 "Con Javier Milei la relación de Tomás Ibarra es excelente."):
        found = read(text)
        absent(found, "allied", "Tomás Ibarra", "Javier Milei")
        absent(found, "opponentOf", "Tomás Ibarra", "Javier Milei")
