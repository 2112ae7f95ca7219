"""Object relatives on a name the small model hangs on the main verb: in "participará en el
Foro X que Vox organiza el sábado" it reads "que" as a relative pronoun, yet hangs its clause
on "participará" as a completive, so what the clause says of the forum is never read. A
relative pronoun right after a name, opening a clause with a subject of its own before its
verb, belongs to that name (a verb of saying keeps its completive: "dijo a X que ...")."""

from __future__ import annotations

from graph.ingest.nlp.events import is_event_noun
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


# Verbs whose subject stages the gathering they take
_STAGING = {"organizar", "coorganizar", "convocar", "promover", "impulsar", "patrocinar",
            "auspiciar", "celebrar", "preparar", "montar", "acoger", "albergar"}


def relatives_on_gatherings(doc):
    """"habitual del Foro X que organiza cada abril el Instituto Y": a relative right after a
    name, with no comma, restricts that name; the small model may hang it on a word before
    (an adjective, a title). A person's name takes no such relative, so it is left alone. Of
    a gathering the staging verb's subject is the one after it ("que convoca cada año la
    Fundación Y"), which the small model may read as its object."""
    for pronoun in doc:
        i = pronoun.i
        if fold(pronoun.lower_) != "que" or pronoun.pos_ != "PRON" or \
                pronoun.dep_ not in ("nsubj", "obj") or i < 2 or doc[i - 1].pos_ != "PROPN":
            continue
        name = doc[i - 1]
        while name.dep_ == "flat" and name.head.i < name.i and name.head.pos_ == "PROPN":
            name = name.head
        clause = pronoun.head
        if name.ent_type_ == "PER" or clause.dep_ not in ("acl", "acl:relcl") or \
                clause.i < i or not is_event_noun(name):
            continue
        if clause.head != name and clause.head.i < name.i and clause.head.is_ancestor(name):
            clause.head = name
        if clause.head != name or fold(clause.lemma_) not in _STAGING or \
                pronoun.dep_ != "nsubj":
            continue
        stager = next((c for c in clause.children if c.dep_ == "obj" and c.i > clause.i and
                       c.pos_ == "PROPN"), None)
        if stager is not None and not is_event_noun(stager):
            pronoun.dep_, stager.dep_ = "obj", "nsubj"
    return doc
