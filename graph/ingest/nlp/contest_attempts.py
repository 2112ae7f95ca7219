"""An attempt to beat someone is rivalry, whether or not it succeeds: "no logró desbancar al
primer ministro", "no pudo vencer a X", "intentó arrebatarle la alcaldía a Y", "busca
derrotar a Z en las urnas". What the attempt denies or leaves open is the victory, not that
the two faced each other."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma, verb_lemma

# Verbs of beating someone in a contest.
_BEATING = {"derrotar", "vencer", "batir", "desbancar", "superar", "doblegar", "arrollar",
            "arrebatar", "destronar", "imponer", "ganar", "disputar", "tumbar", "relevar"}
# Verbs that tell the attempt, failed ("no logró") or made ("intentó", "busca").
_SUCCEEDING = {"lograr", "conseguir", "alcanzar"}
_TRYING = {"intentar", "tratar", "buscar", "pretender", "aspirar", "procurar", "querer"}
_NEGATORS = {"no", "nunca", "jamas", "tampoco"}


def attempt_on_rival(trigger) -> bool | None:
    """For a verb of beating someone under a verb of trying or succeeding: True when the
    rivalry stands whatever came of it ("no logró desbancar a X", "intentó derrotar a X"),
    None when the clause is no such attempt."""
    if verb_lemma(trigger) not in _BEATING:
        return None
    auxiliaries = [c for c in trigger.children if c.dep_ == "aux" and folded_lemma(c) == "poder"]
    if auxiliaries and auxiliaries[0].morph.get("Tense") == ["Past"]:
        return True  # "no pudo vencer a X": the preterite tells the attempt, not an ability
    if trigger.dep_ != "xcomp" or trigger.head == trigger:
        return None
    head = trigger.head
    lemma = folded_lemma(head)
    if lemma in _SUCCEEDING:
        return True
    if lemma in _TRYING and not any(c.dep_ == "advmod" and c.lower_ in _NEGATORS
                                    for c in head.children):
        return True
    return None
