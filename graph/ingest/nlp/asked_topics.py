"""What a question asks about is not thereby so: "le preguntó por su relación con Trump",
"consultado sobre una posible alianza con el PP", "le interrogaron acerca de su pacto con
Vox". An alliance or a rivalry named as the topic of a question is neither stated nor
denied (the answer, told apart, may say it). Nor is a relation someone goes over ("repasó en
televisión su relación con X, Y y Z"): what it is, the words around it tell."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.words import folded_lemma

_ASKING = {"preguntar", "consultar", "interrogar", "inquirir", "cuestionar", "repreguntar"}
_ABOUT = {"por", "sobre", "acerca de", "respecto a", "respecto de", "en torno a"}
# Relations a question can name as its topic without them holding.
_TOPICAL = {"allied", "opponentOf"}
# Verbs that go over a topic, saying by themselves nothing of how it stands.
_GOING_OVER = {"repasar", "analizar", "abordar", "revisar", "evaluar", "explicar", "detallar",
               "comentar", "discutir", "debatir", "examinar", "desgranar", "recorrer"}


def asked_about(noun, relation: str) -> bool:
    """Whether `noun`, naming an alliance or a rivalry, is what a verb of asking asks about."""
    if relation not in _TOPICAL or preposition(noun) not in _ABOUT:
        return False
    return noun.head != noun and noun.head.pos_ in ("VERB", "AUX", "ADJ") and \
        folded_lemma(noun.head) in _ASKING


def talked_over(noun) -> bool:
    """Whether `noun` is the object of a verb that goes over it ("repasó su relación con X")."""
    return noun.dep_ == "obj" and noun.head != noun and noun.head.pos_ == "VERB" and \
        folded_lemma(noun.head) in _GOING_OVER
