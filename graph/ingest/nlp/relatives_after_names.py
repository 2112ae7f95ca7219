"""Object relatives on a name the small model hangs on the main verb: in "participará en el
Foro X que Vox organiza el sábado" it reads "que" as a relative pronoun, yet hangs its clause
on "participará" as a completive, so what the clause says of the forum is never read. A
relative pronoun right after a name, opening a clause with a subject of its own before its
verb, belongs to that name (a verb of saying keeps its completive: "dijo a X que ...")."""

from __future__ import annotations

from graph.ingest.nlp.triggers import SAYING
from graph.ingest.reading import fold

_ASKING = {"pedir", "rogar", "exigir", "reclamar", "preguntar", "prometer", "avisar",
           "garantizar", "jurar", "convencer", "persuadir", "instar", "solicitar"}


def object_relatives_after_names(doc):
    for pronoun in doc:
        i = pronoun.i
        if pronoun.lower_ != "que" or pronoun.pos_ != "PRON" or pronoun.dep_ != "obj" or \
                i < 2 or doc[i - 1].pos_ != "PROPN":
            continue
        name = doc[i - 1]
        while name.dep_ == "flat" and name.head.i < name.i:
            name = name.head
        clause = pronoun.head
        main = clause.head
        if clause.dep_ != "ccomp" or clause.i < i or clause.pos_ != "VERB" or \
                main.i >= name.i or fold(main.lemma_) in SAYING | _ASKING or \
                not name.is_ancestor(doc[i - 1]) and name != doc[i - 1] or \
                name.dep_ not in ("obl", "obj", "nmod") or not main.is_ancestor(name):
            continue
        if not any(c.dep_ == "nsubj" and i < c.i < clause.i for c in clause.children) or \
                any(c.dep_ in ("obj", "ccomp") and c != pronoun for c in clause.children):
            continue
        clause.head, clause.dep_ = name, "acl"
    return doc
