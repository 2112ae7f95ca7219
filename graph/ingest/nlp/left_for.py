"""A party left for another: "dejó el PP en 2019 para sumarse a Vox", "colgó el uniforme para
afiliarse a Coalición Canaria", "abandonó la formación para incorporarse a La Libertad
Avanza"; a post left to run: "dejó el escaño para encabezar la lista de Vox", "dimitió para
presentarse a la alcaldía". Leaving told in the past for joining or running reports the
joining or the candidacy, not a plan, as a trip made for an event reports the attendance."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma, verb_lemma

# Leaving a party, a post or a career
_LEAVING = {"dejar", "abandonar", "colgar", "renunciar", "romper", "salir", "marchar",
            "ir", "dimitir", "desafiliar", "abandonarse", "retirar", "apartar", "despedir"}
# Joining a party or a group
_JOINING = {"afiliar", "afiliarse", "sumar", "sumarse", "unir", "unirse", "incorporar",
            "incorporarse", "ingresar", "fichar", "pasar", "pasarse", "integrar", "integrarse",
            "adherir", "adherirse", "entrar", "enrolar", "enrolarse", "militar",
            # allying with another: "dejó Los Republicanos para aliarse con el RN"
            "aliar", "aliarse"}
# Running: heading a list, standing in a race
_RUNNING = {"encabezar", "liderar", "capitanear", "presentarse", "competir", "concurrir",
            "postularse", "postular", "disputar", "optar", "aspirar", "candidatear"}


def left_for(token) -> bool:
    """A joining or running verb whose purpose clause hangs on leaving told in the past
    indicative."""
    left = token.head
    return left != token and folded_lemma(left) in _LEAVING and \
        left.morph.get("Mood") == ["Ind"] and left.morph.get("Tense") == ["Past"] and \
        bool({verb_lemma(token), folded_lemma(token)} & (_JOINING | _RUNNING))
