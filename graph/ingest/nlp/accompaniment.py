"""Who is at someone's side: "La acompañan A y B", "Le acompañaron el diputado X y la
concejala Y", "Lo acompaña en el escenario la ministra Z". A live scene, told with the one the
text is following taken up by a clitic and the companions after the verb, puts them together:
a meeting. Who travels or arrives with someone ("llegó acompañado por X", "la acompañó a
inscribir su candidatura") is reported going somewhere, not meeting them."""

from __future__ import annotations

from graph.ingest.nlp.triggers import AT_ONES_SIDE

_CLITICS = {"lo", "la", "le", "los", "las", "les"}


def accompaniment_sense(verb, lemma: str) -> str:
    """The reading of "acompañar" (any other lemma as it is)."""
    if lemma != "acompanar" or "Fin" not in verb.morph.get("VerbForm"):
        return lemma
    clitic = any(c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.lower_ in _CLITICS and
                 c.i < verb.i for c in verb.children)
    late_subject = any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)
    early_subject = any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)
    if clitic and late_subject and not early_subject:
        return AT_ONES_SIDE
    return lemma
