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
