"""The parse-based extractor on relations between actors: a congratulation in public as support
(by name, by clitic, with the words said after a colon); calling someone the leader a place
needs, or presenting them as a model, as support; companions at the side of the one a scene
follows ("La acompañan A y B") as a meeting. With what none of these is: a congratulation that
is what a call was for or given on the phone (a contact), one not given, one set against
support declined, one addressed to no person; arriving or going somewhere with someone. And
"con ella", "con él" said by the one who speaks in an interview's answer: the person just
named, the speaker acting; the author a column's byline signs, whom no title of the story
stands for; and an office of no country said ("La ministra de Economía se reunió...") as the
subject of its clause, standing for the one person of its gender just named; "lo hizo X"
repeating an act, whose "lo" is the act and not a person.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


def _asserted(found, subject, relation, obj):
    claim = find(found, subject, relation, obj)
    assert not claim.negated, (subject, relation, obj)
    return claim


def _not_asserted(found, relation, subject=None, obj=None):
    for claim in found.candidates:
        if claim.relation == relation and subject in (None, claim.subject) and \
                obj in (None, claim.object):
            assert claim.negated, f"{claim.subject} {relation} {claim.object}"


# ------------------------------------------------------------ congratulations


def test_a_congratulation_in_public_endorses(read):
    cases = [("La presidenta del Consejo de Ministros de Italia, Giorgia Meloni, felicitó ayer "
              "a Santiago Abascal por el resultado.", "Giorgia Meloni", "Santiago Abascal"),
             ("Jordan Bardella ha felicitado en X al presidente argentino, Javier Milei.",
              "Jordan Bardella", "Javier Milei"),
             ("Marine Le Pen ganó la primera vuelta. Horas después, Santiago Abascal la "
              "felicitó en un mensaje en redes sociales.", "Santiago Abascal", "Marine Le Pen"),
             ("Kast ganó la segunda vuelta. Javier Milei le felicitó por la noche: "
              "«Enhorabuena, José Antonio».", "Javier Milei", "José Antonio Kast")]
    for text, subject, obj in cases:
        _asserted(read(text), subject, "endorsed", obj)


def test_the_words_of_a_congratulation_are_not_whom_it_backs(read):
    found = read("Kast ganó la segunda vuelta. Javier Milei le felicitó por la noche: "
                 "«Enhorabuena, José Antonio».")
    assert [c.object for c in found.candidates if c.relation == "endorsed"] == \
        ["José Antonio Kast"]


def test_a_call_to_congratulate_is_a_contact_not_support(read):
    found = read("Javier Milei telefoneó a Nayib Bukele para felicitarlo por su victoria.")
    _asserted(found, "Javier Milei", "contactWith", "Nayib Bukele")
    absent(found, "endorsed")
    found = read("Giorgia Meloni llamó a Marine Le Pen para felicitarla.")
    absent(found, "endorsed")


def test_a_congratulation_on_the_phone_is_a_contact_not_support(read):
    cases = [("Javier Milei felicitó por teléfono a Nayib Bukele tras su victoria.",
              "Javier Milei", "Nayib Bukele"),
             ("Kast ganó la segunda vuelta. Santiago Abascal lo felicitó por teléfono el lunes.",
              "Santiago Abascal", "José Antonio Kast"),
             ("Giorgia Meloni felicitó a Marine Le Pen en una conversación telefónica.",
              "Giorgia Meloni", "Marine Le Pen"),
             ("Javier Milei felicitó telefónicamente a Nayib Bukele.", "Javier Milei",
              "Nayib Bukele")]
    for text, subject, obj in cases:
        found = read(text)
        _asserted(found, subject, "contactWith", obj)
        absent(found, "endorsed")


def test_a_call_praised_is_no_call_between_the_two(read):
    found = read("Javier Milei felicitó a Nayib Bukele por su llamada a la unidad regional.")
    _asserted(found, "Javier Milei", "endorsed", "Nayib Bukele")
    absent(found, "contactWith")
    absent(read("Santiago Abascal no felicitó por teléfono a Giorgia Meloni."), "endorsed")


def test_a_congratulation_not_given_or_set_against_support_backs_no_one(read):
    absent(read("Santiago Abascal no ha felicitado todavía a Giorgia Meloni."), "endorsed")
    _not_asserted(read("Santiago Abascal felicitó a Giorgia Meloni, pero se negó a respaldarla "
                       "en las europeas."), "endorsed")
    _not_asserted(read("Javier Milei felicitó a Nayib Bukele, pero evitó pedir el voto para "
                       "él."), "endorsed")
    absent(read("Santiago Abascal felicitó al pueblo chileno por la jornada electoral."),
           "endorsed")


# ------------------------------------------------------------ at one's side


def test_companions_at_the_side_of_the_one_followed_have_met_them(read):
    cases = [("Giorgia Meloni vota en Roma. La acompañan el ministro de Defensa, Guido "
              "Crosetto, y el senador Ignazio La Russa.", "Giorgia Meloni",
              ["Guido Crosetto", "Ignazio La Russa"]),
             ("Santiago Abascal recorrió la feria de Sevilla. Le acompañaron la diputada Rocío "
              "de Meer y el concejal Javier Navarro.", "Santiago Abascal",
              ["Rocío de Meer", "Javier Navarro"]),
             ("Javier Milei subió al escenario de la Rural. Lo acompañaba la secretaria general "
              "de la Presidencia, Karina Milei.", "Javier Milei", ["Karina Milei"])]
    for text, followed, companions in cases:
        found = read(text)
        for companion in companions:
            _asserted(found, companion, "met", followed)


def test_arriving_or_going_with_someone_is_no_meeting(read):
    absent(read("José Antonio Kast llegó a La Moneda acompañado por el senador Rodolfo "
                "Carter."), "met")
    absent(read("Camila Ruz inscribió su candidatura. Johannes Kaiser, que la acompañó este "
                "lunes a inscribir su candidatura, no habló."), "met")
    absent(read("Santiago Abascal acompañó a Javier Milei hasta el aeropuerto."), "met")


# ------------------------------------------------------------ "con ella" in the first person

_INTERVIEW = ("Pablo Ruiz: \"Vox es nuestro aliado\"\n\n"
              "El senador peruano Pablo Ruiz recibe a este diario en Lima.\n\n"
              "—¿Y la presidenta del Congreso?\n\n—{first} {second}\n")


def test_the_one_who_speaks_met_the_person_just_named(read):
    cases = [("Rosa Vidal ganó la elección interna del partido.",
              "Me reuní con ella dos veces en marzo, en la sede del grupo.", "met", "Rosa Vidal"),
             ("Tomás Ibarra no ha respondido todavía.",
              "Hablé con él por teléfono la semana pasada.", "contactWith", "Tomás Ibarra"),
             ("Rosa Vidal encabeza la oposición.",
              "Nos hemos reunido con ella una vez, en la comisión.", "met", "Rosa Vidal")]
    for first, second, relation, partner in cases:
        found = read(_INTERVIEW.format(first=first, second=second))
        _asserted(found, "Pablo Ruiz", relation, partner)


def test_in_the_third_person_the_pronoun_is_not_the_one_acting(read):
    found = read("Tomás Ibarra llegó a Lima el lunes. Rosa Vidal se reunió con él en el "
                 "Congreso.")
    _asserted(found, "Rosa Vidal", "met", "Tomás Ibarra")
    found = read(_INTERVIEW.format(first="Rosa Vidal ganó la elección.",
                                   second="Tomás Ibarra se reunió con ella en marzo."))
    _asserted(found, "Tomás Ibarra", "met", "Rosa Vidal")
    absent(found, "met", "Pablo Ruiz")


# ------------------------------------------------------------ a byline is no one in the story


def test_a_title_stands_for_the_one_named_not_the_columns_author(read):
    cases = [("OPINIÓN | La sombra de Bukele\n\nPor Marta Ruiz Salcedo\n\nQuien conozca a "
              "Hugo Salas sabrá que el presidente panameño nunca quiso parecerse a Nayib "
              "Bukele.\n", "Hugo Salas", "Presidente de Panamá"),
             ("Análisis: el año de Tomás Ibarra\n\nPor Pedro Gil, corresponsal en Lima\n\n"
              "Los discursos de Tomás Ibarra muestran que el presidente peruano quiere "
              "durar.\n", "Tomás Ibarra", "Presidente de Perú")]
    for text, holder, office in cases:
        found = read(text)
        _asserted(found, holder, "holdsOffice", office)
        absent(found, "holdsOffice", obj=office, subject="Marta Ruiz Salcedo")
        absent(found, "holdsOffice", obj=office, subject="Pedro Gil")


def test_a_line_opening_with_por_that_tells_a_fact_is_no_byline():
    from graph.ingest.nlp.bylines import _BYLINE

    assert _BYLINE.match("Por Marta Ruiz Salcedo")
    assert _BYLINE.match("Por Pedro Gil, corresponsal en Lima")
    assert not _BYLINE.match("Por la tarde, Tomás Ibarra habló con la prensa.")
    assert not _BYLINE.match("Por Nueva República firmó el presidente del Congreso, Hugo "
                             "Salas, y por el Partido Azul su secretaria general.")


# ------------------------------------------------------------ the leader a place needs


def test_calling_someone_the_leader_a_place_needs_backs_them(read):
    cases = [("\"Javier Milei es el hombre que Argentina necesita\", dijo Santiago Abascal.",
              "Santiago Abascal", "Javier Milei"),
             ("Santiago Abascal dijo que Javier Milei es el presidente que Argentina "
              "necesitaba.", "Santiago Abascal", "Javier Milei"),
             ("Eduardo Verástegui calificó a Rafael López Aliaga de \"el hombre que Perú "
              "necesita\".", "Eduardo Verástegui", "Rafael López Aliaga"),
             ("Giorgia Meloni definió a Santiago Abascal como \"el líder que España merece\".",
              "Giorgia Meloni", "Santiago Abascal")]
    for text, speaker, backed in cases:
        _asserted(read(text), speaker, "endorsed", backed)


def test_a_denied_or_unneeded_leader_is_no_support(read):
    absent(read("\"Javier Milei no es el presidente que Argentina necesita\", dijo Axel "
                "Kicillof."), "endorsed")
    absent(read("\"Javier Milei es el hombre que más viaja\", dijo Santiago Abascal."),
           "endorsed")
    absent(read("Santiago Abascal dijo que Javier Milei es el presidente de Argentina."),
           "endorsed")


# ------------------------------------------------------------ a bare office as a subject


def test_a_bare_office_as_subject_stands_for_the_one_just_named(read):
    cases = [("Rosa Vidal llegó a Lima el lunes. La ministra de Economía se reunió después con "
              "los empresarios.", "Rosa Vidal"),
             ("Hugo Salas habló ayer. El ministro es, desde hace dos años, el principal apoyo "
              "del partido.", "Hugo Salas"),
             ("Tomás Ibarra votó en Arequipa. El exministro, que dejó el cargo en 2024, pidió "
              "calma.", "Tomás Ibarra")]
    for text, holder in cases:
        find(read(text), holder, "holdsOffice", "Ministra o ministro")


def test_a_bare_office_of_two_or_not_the_subject_stands_for_no_one(read):
    absent(read("Rosa Vidal y Ana Gil llegaron a Lima el lunes. La ministra de Economía se "
                "reunió después con los empresarios."), "holdsOffice")
    absent(read("Rosa Vidal llegó a Lima el lunes. Los empresarios hablaron con la ministra de "
                "Economía."), "holdsOffice")


# ------------------------------------------------------------ "lo hizo": the act repeated


def test_lo_hizo_repeats_the_act_on_its_object_not_on_a_person_named_lo(read):
    found = read("Emiliano García-Page no recibió a Santiago Abascal; lo hizo el consejero de "
                 "Agricultura, Julián Martínez Lizán.")
    _asserted(found, "Julián Martínez Lizán", "met", "Santiago Abascal")
    absent(found, "met", "Julián Martínez Lizán", "Emiliano García-Page")
    found = read("Emiliano García-Page no recibió a los agricultores; lo hizo, en su nombre, el "
                 "consejero de Agricultura, Julián Martínez Lizán.")
    absent(found, "met", "Julián Martínez Lizán")


def test_presenting_someone_as_a_model_backs_them(read):
    cases = [("Nayib Bukele fue presentado por la exdiputada panameña Gisela Cedeño como \"el "
              "presidente más admirado del continente\".", "Gisela Cedeño", "Nayib Bukele"),
             ("Santiago Abascal presentó a Javier Milei como \"el mejor presidente del "
              "mundo\".", "Santiago Abascal", "Javier Milei"),
             ("Rosa Vidal elogió las políticas de Nayib Bukele, a quien calificó de \"ejemplo "
              "para la región\".", "Rosa Vidal", "Nayib Bukele")]
    for text, speaker, backed in cases:
        _asserted(read(text), speaker, "endorsed", backed)


def test_presenting_someone_by_their_office_or_as_most_voted_is_no_support(read):
    absent(read("Santiago Abascal presentó a Javier Milei como presidente de Argentina."),
           "endorsed")
    absent(read("Santiago Abascal presentó a Javier Milei como \"el candidato más votado\"."),
           "endorsed")
