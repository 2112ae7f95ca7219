"""A state the text puts in the preterite is over: "X, que presidió la fundación", "militó en
el PP" (the simple past of a verb of holding a post or belonging, or of governing together),
"hasta 2020 militaba en Ciudadanos" (the imperfect bounded by "hasta"). Joining or founding
is an event, not a state: "se afilió a Vox", "fundó el partido" say nothing of its end."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma

_STATES = {"presidir", "dirigir", "liderar", "encabezar", "militar", "pertenecer", "integrar",
           "formar"}


# Governing together: "Vox gobernó en coalición con el PP hasta 2024", "ambos grupos
# gobernaron juntos entre 2015 y 2023" tell a partnership that is over
_PARTNERSHIPS = {"gobernar", "cogobernar"}


def ended_partnership(lemma: str, verb) -> bool:
    return lemma in _PARTNERSHIPS and _over(verb)


def bounded(verb) -> bool:
    """"gobernó en coalición hasta julio de 2024": the time after "hasta" ends the state, it
    does not date it."""
    return any(folded_lemma(t) == "hasta" for t in verb.subtree
               if t.head == verb or t.head.head == verb)


def ended(lemma: str, verb) -> bool:
    return lemma in _STATES and _over(verb)


def _over(verb) -> bool:
    if verb.morph.get("Mood") != ["Ind"]:
        return False
    if any(c.dep_ in ("aux", "aux:pass") for c in verb.children):
        return False  # "ha presidido": a compound tense reaches the present
    tense = verb.morph.get("Tense")
    if tense == ["Past"]:
        return True
    return tense == ["Imp"] and bounded(verb)


def copula_past(verb) -> str | None:
    """"que fue diputada de Vox", "había sido concejal": a post the copula puts in the past is
    over ("preterite"). "Pereira, quien fuera intendente de Canelones": the imperfect
    subjunctive of a relative on a name is news prose's literary past, not a hypothesis
    ("literary")."""
    if folded_lemma(verb) != "ser":
        return None
    predicate = verb.head
    if verb.morph.get("Mood") == ["Sub"] and verb.morph.get("Tense") == ["Imp"]:
        relative = predicate.dep_ in ("acl", "acl:relcl") and any(
            c.dep_ == "nsubj" and folded_lemma(c) in ("que", "quien") for c in predicate.children)
        return "literary" if relative else None
    if verb.morph.get("Mood") == ["Ind"] and verb.morph.get("Tense") == ["Past"]:
        return "preterite"
    if any(c.dep_ == "aux" and folded_lemma(c) == "haber" and c.morph.get("Tense") == ["Imp"]
           for c in predicate.children):
        return "preterite"  # "había sido concejal"
    return None
