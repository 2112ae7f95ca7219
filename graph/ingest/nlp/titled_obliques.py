"""A name after a title that a preposition opens: in "Con el exgobernador X, del PP, mantiene
una relación ambigua" the small model makes X the verb's subject, leaving the title alone in
the "con" phrase or hanging the preposition and the title on the name, so the dropped subject
of the clause and of the verbs that go on from it is lost to X. The name is put back in
apposition to its title, or its phrase back as the verb's oblique."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role
from graph.ingest.reading import fold

# Prepositions that open no subject ("entre A y B suman", "hasta X lo admite" may)
_OBLIQUE = {"con", "a", "al", "de", "del", "para", "por", "sin", "tras", "ante", "sobre",
            "contra"}


def names_in_titled_obliques(doc):
    for name in doc:
        if name.dep_ != "nsubj" or name.pos_ != "PROPN" or not name.i:
            continue
        title = doc[name.i - 1]
        if title.pos_ == "NOUN" and title.dep_ == "obl" and title.head == name.head and \
                base_role(title)[0] and any(c.dep_ == "case" and c.i < title.i
                                            for c in title.children):
            name.head, name.dep_ = title, "appos"
        elif name.left_edge.dep_ == "case" and fold(name.left_edge.lower_) in _OBLIQUE and \
                title.pos_ == "NOUN" and base_role(title)[0] and name.is_ancestor(title):
            # "Con el exgobernador X": the preposition and the title hung on the name ("De la
            # Espriella", a name's own particle, has no title between)
            name.dep_ = "obl"
    return doc
