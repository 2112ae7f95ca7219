"""Who is at someone's side: "La acompañan A y B", "Le acompañaron el diputado X y la
concejala Y", "Lo acompaña en el escenario la ministra Z", "Acompañaban al presidente A y B".
A live scene, told with the one the text is following taken up by a clitic (or named before
them) and the companions after the verb, puts them together:
a meeting; so is keeping someone named company at a place or an event ("acompañó a Kast en
el escenario"). Who travels or arrives with someone ("llegó acompañado por X", "la acompañó a
inscribir su candidatura") is reported going somewhere, not meeting them."""

from __future__ import annotations

from graph.ingest.nlp.triggers import AT_ONES_SIDE, PLACE_NOUNS
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_CLITICS = {"lo", "la", "le", "los", "las", "les"}
_SCENES = {"escenario", "tarima", "estrado", "acto", "mitin", "gira", "recorrido", "caravana",
           "calle", "mercado", "barrio", "visita"}


def accompaniment_sense(verb, lemma: str) -> str:
    """The reading of "acompañar" (any other lemma as it is)."""
    if lemma != "acompanar":
        return lemma
    if _beside_at(verb):
        return AT_ONES_SIDE
    if "Fin" not in verb.morph.get("VerbForm"):
        return lemma
    clitic = any(c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.lower_ in _CLITICS and
                 c.i < verb.i for c in verb.children)
    late_subject = any(c.dep_.startswith("nsubj") and c.i > verb.i for c in verb.children)
    early_subject = any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)
    if clitic and late_subject and not early_subject:
        return AT_ONES_SIDE
    if companions_start(verb) is not None:
        return AT_ONES_SIDE
    return lemma


def companions_start(verb) -> int | None:
    """Where the companions start in "Acompañaban al mandatario A, B y C": the one followed
    named before them, as a clitic would take them up (the small model makes the companions a
    subject or an object); None for "acompañó al presidente a Roma", taken somewhere, or with a
    subject before the verb."""
    if "Fin" not in verb.morph.get("VerbForm") or any(
            c.dep_.startswith("nsubj") and c.i < verb.i and c.pos_ != "SPACE"
            for c in verb.children):
        return None
    named = [c for c in verb.children if c.dep_ in ("obj", "obl") and c.i > verb.i and
             c.pos_ in ("PROPN", "NOUN") and _case(c) in ("a", "al")]
    if len(named) != 1:
        return None
    company = [c for c in verb.children if c.i > named[0].i and c.pos_ in ("PROPN", "NOUN") and
               (c.dep_.startswith("nsubj") or c.dep_ == "obj" and _case(c) is None)]
    elsewhere = any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" or
                    c.dep_ == "obl" and c.i != named[0].i and
                    _case(c) in ("a", "al", "hasta", "hacia") for c in verb.children)
    return company[0].left_edge.i if company and not elsewhere else None


def _case(noun) -> str | None:
    return next((fold(k.lower_) for k in noun.children if k.dep_ == "case"), None)


def _beside_at(verb) -> bool:
    """"viajó para acompañar al primer ministro en su acto", "acompañó a Kast en el
    escenario": someone named kept company at a place or an event ("en"), not taken
    somewhere ("lo acompañó al foro") nor to do something ("a inscribir su candidatura")."""
    named = any(c.dep_ == "obj" and c.pos_ in ("PROPN", "NOUN") and any(
        k.dep_ == "case" and fold(k.lower_) in ("a", "al") for k in c.children)
        for c in verb.children)
    at = [c for c in verb.children if c.dep_ == "obl" and any(
        k.dep_ == "case" and fold(k.lower_) == "en" for k in c.children)]
    if not named and at and any(c.dep_ == "obj" and c.pos_ == "PRON" and c.i < verb.i and
                                c.lower_ in _CLITICS for c in verb.children) and any(
            c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
        # "Uribe la acompaña en cada plaza": a clitic kept company at a place or a stage by a
        # subject named before, not "lo acompañó en su decisión" (companions after the verb,
        # "La acompañaron en el escenario A y B", are the scene's, read above)
        named = any(folded_lemma(c) in PLACE_NOUNS | _SCENES for c in at)
    going = any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" or
                c.dep_ == "obl" and any(k.dep_ == "case" and fold(k.lower_) in
                                        ("hasta", "al") for k in c.children)
                for c in verb.children)
    return named and at and not going
