"""An event named in a clause set before the story's time ("El portugués, que ya había
coincidido con Abascal en el foro Europa Viva, firmó ..."): the pluperfect tells of an earlier
occasion, not of the one the text reports, which the text may leave unnamed ("la cumbre",
"la cita")."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma


def in_pluperfect(token) -> bool:
    """Whether the verb whose phrase holds `token` is in the pluperfect ("había coincidido")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "aux" and folded_lemma(c) == "haber" and
               "Imp" in c.morph.get("Tense") for c in verb.children)
