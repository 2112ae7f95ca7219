"""A title joined to a copula's first predicate when that one is no title: "X es una de las
firmantes del manifiesto y miembro de Vox", "X es el autor del libro y presidente de la
fundación". The role reader stops at a first predicate that is no role word; the title after
"y" shares its copula and its subject (the small model may hang it on any noun of the first
predicate)."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role


def joined_predicate_titles(roles, token) -> list[tuple[object, object]]:
    """(title, copula) for each title so joined to the predicate `token` is the subject of."""
    if not token.dep_.startswith("nsubj"):
        return []
    first = token.head
    cop = next((c for c in first.children if c.dep_ == "cop"), None)
    if cop is None or base_role(first)[0] or first.pos_ not in ("NOUN", "PRON"):
        return []
    titles = []
    for role in first.subtree:
        word, former = base_role(role)
        if role.dep_ != "conj" or not word or role.pos_ != "NOUN" or role.i < cop.i or any(
                c.dep_.startswith("nsubj") or c.dep_ == "cop" for c in role.children):
            continue
        if _in_a_clause(role, first):
            continue  # "fue el anfitrión de una jornada en la que habló el líder de X"
        link = next((c for c in role.children if c.dep_ == "cc"), None)
        if link is None or any(t.pos_ == "PROPN" for t in roles.doc[link.i + 1:role.i]):
            continue  # "es la autora y Marta Ruiz, miembro de Vox": another's
        titles.append((roles._phrase(role.i, roles._phrase_end(role.i), word, former), cop))
    return titles


def _in_a_clause(role, first) -> bool:
    """Whether a clause of its own (a verb on the way up) stands between the title and the
    first predicate: the title is said there of someone else."""
    token = role.head
    while token != first:
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("acl", "acl:relcl", "advcl", "ccomp",
                                                            "xcomp", "parataxis"):
            return True
        token = token.head
    return False
