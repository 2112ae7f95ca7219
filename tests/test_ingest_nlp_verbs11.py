"""The parse-based extractor on titles a subject acts under ("aspira a la alcaldía como
candidata del PP") and on alliances told by a joint list or a joint run; and what is none of
these.

Skipped when the Spanish model is not installed; under CI=true a missing model fails."""

from __future__ import annotations

import test_ingest_nlp as nlp_tests
from helpers import find

extractor, knowledge, read = nlp_tests.extractor, nlp_tests.knowledge, nlp_tests.read
absent = nlp_tests.absent


# ------------------------------------------------------------ a title one acts under


def test_a_como_title_on_any_verb_is_the_subjects(read):
    cases = [("Rosa Vidal aspira a la alcaldía como candidata del Partido Nacional.",
              "represents", "Partido Nacional"),
             ("Tomás Ibarra competirá en las municipales como abanderado del PP.",
              "represents", "PP"),
             ("Tomás Ibarra, que concurre a las elecciones como candidato de Vox, habló.",
              "represents", "Vox"),
             ("Rosa Vidal aspira a la Presidencia de Uruguay en las elecciones de octubre "
              "como candidata del Partido Nacional, con un discurso duro.",
              "represents", "Partido Nacional"),
             ("Tomás Ibarra viajó a Lima como presidente de Vox.", "leaderOf", "Vox")]
    for text, relation, obj in cases:
        subject = "Rosa Vidal" if text.startswith("Rosa") else "Tomás Ibarra"
        find(read(text), subject, relation, obj)


def test_a_likeness_a_denial_or_an_intention_is_no_title(read):
    for text in ("Tomás Ibarra habló como un presidente de Vox.",
                 "Tomás Ibarra no competirá como candidato de Vox.",
                 "Tomás Ibarra quiere competir como candidato de Vox.",
                 "Rosa Vidal trató a Tomás Ibarra como a un candidato de Vox."):
        found = read(text)
        absent(found, "represents", "Tomás Ibarra", "Vox")
        absent(found, "leaderOf", "Tomás Ibarra", "Vox")


def test_a_como_title_after_a_person_object_is_not_the_subjects(read):
    found = read("Rosa Vidal recibió a Tomás Ibarra como candidato del PP.")
    absent(found, "represents", "Rosa Vidal", "PP")


def test_a_como_title_a_naming_verb_gives_its_object_is_not_the_subjects(read):
    absent(read("Rosa Vidal tiene como candidato del PP a Tomás Ibarra."), "represents",
           "Rosa Vidal")
    absent(read("Kast presentó como aliado a Milei."), "allied", "José Antonio Kast")


# ------------------------------------------------------------ a joint list, a joint run


def test_a_joint_list_or_a_joint_run_allies_those_who_make_it(read):
    for text in ("El PP y Vox inscribieron ante el tribunal electoral una lista conjunta.",
                 "Vox y el PP presentarán una candidatura común en Murcia.",
                 "El PP y Vox armaron una lista unitaria para el Senado.",
                 "Vox y el PP concurrirán juntos a las elecciones de mayo.",
                 "Vox y el PP se presentarán juntos en Murcia.",
                 "Vox y el PP irán en coalición a las municipales.",
                 "Vox presentó una lista conjunta con el PP."):
        pairs = {frozenset((c.subject, c.object)) for c in read(text).candidates
                 if c.relation == "allied" and not c.negated}
        assert frozenset(("Vox", "PP")) in pairs, text  # allied is symmetric


def test_separate_lists_a_joint_statement_or_a_possible_list_ally_no_one(read):
    for text in ("Vox y el PP presentaron sus listas en Murcia.",
                 "Vox y el PP firmaron un comunicado conjunto.",
                 "Vox y el PP concurrirán a las elecciones.",
                 "Vox y el PP podrían presentar una candidatura conjunta."):
        absent(read(text), "allied", "Vox", "PP")
        absent(read(text), "allied", "PP", "Vox")
    found = read("Vox y el PP no presentarán una lista conjunta.")
    assert all(c.negated for c in found.candidates if c.relation == "allied")


# ------------------------------------------------------------ a quoted partner title


def test_a_partner_title_quoted_apart_from_its_partner_is_still_of_it(read):
    cases = [('Hermanos de Italia es "el aliado natural" de Vox en la Eurocámara.', "allied",
              "Hermanos de Italia", "Vox"),
             ("Giorgia Meloni es hoy «la gran rival» de Marine Le Pen en Europa.", "opponentOf",
              "Giorgia Meloni", "Marine Le Pen"),
             ("Giorgia Meloni es la «gran aliada» de Vox.", "allied", "Giorgia Meloni", "Vox"),
             ('Según Abascal, Meloni es "una socia leal" de Vox.', "allied", "Giorgia Meloni",
              "Vox")]
    for text, relation, subject, obj in cases:
        find(read(text), subject, relation, obj)


def test_a_quote_closed_before_another_phrase_gives_no_partner(read):
    found = read("Giorgia Meloni dijo que es «un aliado», de Vox no habló.")
    absent(found, "allied", "Giorgia Meloni", "Vox")
    absent(read("Giorgia Meloni es «un aliado», dijo Vox."), "allied", "Giorgia Meloni", "Vox")


def test_angle_quotes_parse_as_straight_ones_and_stay_in_the_text(read):
    found = read("Tomás Ibarra es ya «el gran rival» de Rosa Vidal en Lima.")
    claim = find(found, "Tomás Ibarra", "opponentOf", "Rosa Vidal")
    assert any("«el gran rival»" in row.quote for row in claim.evidence)


# ------------------------------------------------------------ a seat contested from someone


def test_contesting_or_taking_a_seat_from_someone_makes_them_rivals(read):
    for text in ("Tomás Ibarra le disputó la alcaldía a Rosa Vidal en 2019.",
                 "Tomás Ibarra le disputa a Rosa Vidal el liderazgo del partido.",
                 "En 2021, Tomás Ibarra le arrebató la gobernación a Rosa Vidal.",
                 "Tomás Ibarra, que le arrebató el escaño a Rosa Vidal, habló."):
        pairs = {frozenset((c.subject, c.object)) for c in read(text).candidates
                 if c.relation == "opponentOf" and not c.negated}
        assert frozenset(("Tomás Ibarra", "Rosa Vidal")) in pairs, text


def test_contesting_a_race_or_taking_from_a_party_names_no_rival_person(read):
    for text in ("Tomás Ibarra disputó la segunda vuelta en Lima.",
                 "Tomás Ibarra le arrebató la alcaldía al PP."):
        absent(read(text), "opponentOf", "Tomás Ibarra")


# ------------------------------------------------------------ a contest between two


def test_a_contest_between_two_makes_them_rivals(read):
    for text, a, b in (("La pelea entre Tomás Ibarra y Rosa Vidal por el segundo lugar sigue "
                        "abierta.", "Tomás Ibarra", "Rosa Vidal"),
                       ("Tomás Ibarra y Rosa Vidal mantienen una pelea cerrada por el segundo "
                        "lugar.", "Tomás Ibarra", "Rosa Vidal"),
                       ("La contienda entre Tomás Ibarra y Rosa Vidal se decidirá el domingo.",
                        "Tomás Ibarra", "Rosa Vidal"),
                       ("La competencia entre Vox y el PP por el voto joven se endurece.",
                        "Vox", "PP")):
        pairs = {frozenset((c.subject, c.object)) for c in read(text).candidates
                 if c.relation == "opponentOf" and not c.negated}
        assert frozenset((a, b)) in pairs, text


def test_a_fight_waged_together_or_denied_makes_no_rivals(read):
    for text in ("Tomás Ibarra y Rosa Vidal ganaron la pelea contra la inflación.",
                 "Tomás Ibarra y Rosa Vidal ganaron la batalla contra el narcotráfico.",
                 "La lucha contra la corrupción de Tomás Ibarra convenció a Rosa Vidal."):
        absent(read(text), "opponentOf", "Tomás Ibarra", "Rosa Vidal")
        absent(read(text), "opponentOf", "Rosa Vidal", "Tomás Ibarra")
    found = read("Tomás Ibarra y Rosa Vidal no mantienen ninguna pelea.")
    assert all(c.negated for c in found.candidates if c.relation == "opponentOf")
