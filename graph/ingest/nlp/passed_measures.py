"""Votes or support that pass a measure back the measure, not the one who tables it: "la
alcaldesa sacó adelante los presupuestos gracias a los votos de Vox", "aprobó la ley con el
apoyo de X". The verb's object says what was backed; "ganó la alcaldía con el apoyo de X"
still backs the winner."""

from __future__ import annotations

from graph.ingest.reading import fold

# What a chamber or a council votes on
MEASURES = {"presupuesto", "presupuestos", "cuenta", "cuentas", "ley", "mocion", "decreto",
            "reforma", "proyecto", "enmienda", "ordenanza", "iniciativa", "propuesta", "partida",
            "norma", "resolucion", "declaracion", "convalidacion", "techo", "plan", "pacto",
            "acuerdo", "reglamento", "dictamen", "ordenanzas", "medida", "medidas", "tasa",
            "impuesto", "credito", "suplemento", "modificacion", "estatuto", "pliego"}


def backs_a_measure(verb) -> bool:
    """Whether `verb` has a measure for its object ("sacó adelante los presupuestos")."""
    return any(c.dep_ in ("obj", "nsubj:pass") and fold(c.lemma_.lower()) in MEASURES or
               c.dep_ in ("obj", "nsubj:pass") and fold(c.lower_) in MEASURES
               for c in verb.children)
