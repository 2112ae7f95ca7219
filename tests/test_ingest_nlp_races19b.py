"""Candidacies and representation: an election named by a state's race, and who acts on
behalf of a body."""
from graph.ingest.nlp.election_kinds import identity, same_election
from graph.ingest.nlp.gazetteer import fold_key


def _same(a: str, b: str) -> bool:
    return same_election(identity(fold_key(a)), identity(fold_key(b)))


def test_a_state_names_its_governor_race_whatever_the_preposition():
    assert _same("Elección a gobernador de Rio Grande do Sul de 2026",
                 "Elección de gobernador de Rio Grande do Sul de 2026")
    assert identity(fold_key("Elección de gobernador de Rio Grande do Sul de 2026")) == (
        "Elección de gobernador", "Rio Grande do Sul", "2026")


def test_a_state_race_is_not_another_year_nor_another_state():
    assert not _same("Elección a gobernador de Rio Grande do Sul de 2026",
                     "Elección a gobernador de Rio Grande do Sul de 2022")
    assert not _same("Elección a gobernador de Rio Grande do Sul de 2026",
                     "Elección a gobernador de São Paulo de 2026")
