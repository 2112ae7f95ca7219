"""A party left for another: "dejó el PP en 2019 para sumarse a Vox", "colgó el uniforme para
afiliarse a Coalición Canaria", "abandonó la formación para incorporarse a La Libertad
Avanza". Leaving told in the past for joining reports the joining, not a plan, as a trip made
for an event reports the attendance."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma, verb_lemma

# Leaving a party, a post or a career
_LEAVING = {"dejar", "abandonar", "colgar", "renunciar", "romper", "salir", "marchar",
            "ir", "dimitir", "desafiliar", "abandonarse", "retirar", "apartar", "despedir"}
# Joining a party or a group
_JOINING = {"afiliar", "afiliarse", "sumar", "sumarse", "unir", "unirse", "incorporar",
            "incorporarse", "ingresar", "fichar", "pasar", "pasarse", "integrar", "integrarse",
            "adherir", "adherirse", "entrar", "enrolar", "enrolarse", "militar"}


def left_for(token) -> bool:
    """A joining verb whose purpose clause hangs on leaving told in the past indicative."""
    left = token.head
    return left != token and folded_lemma(left) in _LEAVING and \
        left.morph.get("Mood") == ["Ind"] and left.morph.get("Tense") == ["Past"] and \
        (verb_lemma(token) in _JOINING or folded_lemma(token) in _JOINING)
