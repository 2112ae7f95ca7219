"""A title one is wished into, not one held: "Marcelo es el gobernador que La Paz necesita",
"es la presidenta que Colombia merece", "será el alcalde que Lorca espera", "el líder que
el partido pide". The relative says what a place or a people lacks or wants; the copula
backs the person (read in needed_leaders), and states no office, leadership or membership."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_WANTING = {"necesitar", "merecer", "precisar", "requerir", "esperar", "reclamar", "pedir",
            "querer", "desear", "anhelar", "sonar", "exigir", "demandar", "aguardar", "buscar"}
_RELATIVES = ("que", "quien", "cual")


def wished_title(noun) -> bool:
    """Whether the predicate noun `noun` is qualified by a relative of wanting whose relative
    pronoun is its object ("el gobernador que La Paz necesita", not "el gobernador que
    necesita apoyos", where the governor is the one needing)."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "acl:relcl") or folded_lemma(clause) not in _WANTING:
            continue
        pronouns = [c for c in clause.children if fold(c.lower_) in _RELATIVES]
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")
                    and c not in pronouns]
        # "que necesita X" with no subject of its own: the noun itself is the one needing
        if pronouns and (subjects or any(p.dep_ == "obj" for p in pronouns)):
            return True
    return False
