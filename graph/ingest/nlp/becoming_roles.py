"""Verbs of becoming, which predicate a title as a copula does: "se ha erigido en el principal
rival de X", "se convirtió en aliada de Y", "se consolida como socio de Z", "se perfila como
el gran adversario de W", "emergió como rival de V"; and "en uno de los rivales de X"."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role, folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Becoming, in its reflexive form ("se convirtió en"; "convirtió la sede en un cuartel" is
# something else), and without one ("emergió como", "pasó a ser").
_BECOMING_REFLEXIVE = {"convertir", "erigir", "consolidar", "perfilar", "afianzar", "confirmar",
                       "revelar", "alzar", "situar", "colocar", "transformar", "asentar",
                       "postular", "consagrar", "reafirmar", "mantener", "ratificar"}
_BECOMING = {"emerger", "surgir", "despuntar", "resurgir"}
_LINKS = {"en", "como"}


def becoming_roles(verbs) -> list[tuple[object, object]]:
    """(role noun, verb) for each title the verbs of becoming among `verbs` predicate of their
    subject."""
    found = []
    for verb in verbs:
        lemma = verb_lemma(verb)
        reflexive = fold(verb.lower_).endswith(("se", "me", "nos")) or any(
            c.pos_ == "PRON" and c.lower_ in ("se", "me", "nos") for c in verb.children)
        if not (lemma in _BECOMING or lemma in _BECOMING_REFLEXIVE and reflexive):
            continue
        for child in verb.children:
            if child.dep_ not in ("obl", "obj", "xcomp") or child.i < verb.i or not any(
                    c.dep_ in ("case", "mark") and fold(c.lower_) in _LINKS
                    for c in child.children):
                continue
            role = child
            if folded_lemma(child) in ("uno", "una"):
                # "en uno de los principales rivales de X"
                role = next((c for c in child.children if c.dep_ == "nmod" and
                             base_role(c)[0]), child)
            if base_role(role)[0] and role.pos_ == "NOUN":
                found.append((role, verb))
    return found
