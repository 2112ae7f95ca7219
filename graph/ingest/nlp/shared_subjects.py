"""Persons a subject's title cannot stand for: the objects of the infinitive clauses that share
its subject ("Tras quedar cuarto y empujar a Kast hasta La Moneda, el líder del PNL se ha
convertido...": the leader pushed Kast, so he is not Kast)."""

from __future__ import annotations

_OBJECTS = {"obj", "iobj", "obl"}


def shared_subject_objects(parsed, verb) -> list[str]:
    out = []
    # "Tras empujar a X", "Después de apoyar a X" (the clause hung under the adverb)
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [
        g for c in verb.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "advcl"]
    for clause in clauses:
        if clause.morph.get("VerbForm") not in (["Inf"], ["Ger"]):
            continue
        # "empujar" in "quedar cuarto y empujar a X"; "presionar" in "sin dejar de presionar"
        for verb_of in [clause, *(c for c in clause.children if c.dep_ in ("conj", "xcomp"))]:
            for child in verb_of.children:
                if child.dep_ in _OBJECTS:
                    out += [parsed.mention(t).key for t in child.subtree if parsed.mention(t)
                            and parsed.is_person(parsed.mention(t).key)]
    return out
