"""Relative clauses the small model hangs on the main verb: in "No estuvo, en cambio, X Y,
que fue la candidata de Vox en 2022" it makes the clause a complement of "estuvo", so what
it says of X is never read. A clause opened by "que" or "quien" right after a name and a comma
is turned back into a relative clause on the name."""

from __future__ import annotations

from graph.ingest.reading import fold

_RELATIVES = {"que", "quien"}
_MISREAD = {"ccomp", "advcl", "parataxis", "xcomp", "conj"}


def relatives_on_names(doc):
    for pronoun in doc:
        i = pronoun.i
        if pronoun.lower_ not in _RELATIVES or pronoun.dep_ != "nsubj" or i < 2 or \
                doc[i - 1].text != "," or doc[i - 2].pos_ != "PROPN":
            continue
        name = doc[i - 2]
        while name.dep_ == "flat" and name.head.i < name.i and name.head.pos_ == "PROPN":
            name = name.head
        clause = pronoun.head
        if clause.i < i or clause.dep_ not in _MISREAD or clause.head.i >= name.i or \
                clause.is_ancestor(name) or clause == clause.head:
            continue
        clause.head, clause.dep_ = name, "acl"
    return doc


# Verbs whose subject is a person and whose object is a group: in "la familia política que
# fundó en 2024" the small model takes the group for the founder. A group noun cannot found,
# preside or lead itself, so with no other object the relative pronoun is the object, and the
# founder is the subject the clause leaves unsaid.
_FOUNDING = {"fundar", "cofundar", "crear", "presidir", "dirigir", "liderar", "encabezar"}
_GROUPS = {"partido", "formacion", "familia", "grupo", "red", "plataforma", "fundacion",
           "movimiento", "organizacion", "asociacion", "coalicion", "alianza", "bloque",
           "sindicato", "instituto", "tank", "foro", "colectivo", "agrupacion", "bancada"}


def founded_groups(doc):
    for pronoun in doc:
        verb = pronoun.head
        if pronoun.lower_ != "que" or pronoun.dep_ != "nsubj" or verb.dep_ != "acl" or \
                fold(verb.lemma_) not in _FOUNDING or verb.head.pos_ != "NOUN" or \
                fold(verb.head.lemma_) not in _GROUPS or verb.i < pronoun.i or \
                any(c.dep_ in ("obj", "nsubj:pass") or c.dep_ == "nsubj" and c != pronoun
                    for c in verb.children):
            continue
        pronoun.dep_ = "obj"
    return doc


# Verbs that take no object: in "el grupo al que pertenece su partido junto a X" the small
# model makes "que" and "su partido" two objects, and the clause's subject is lost. A relative
# pronoun after a preposition is no object, and the noun after such a verb is its subject.
_INTRANSITIVE = {"pertenecer", "militar", "adherir", "sumar", "unir", "incorporar", "afiliar",
                 "participar", "figurar"}


def inverted_subjects(doc):
    for pronoun in doc:
        verb = pronoun.head
        if pronoun.lower_ not in ("que", "cual") or pronoun.dep_ != "obj" or \
                verb.dep_ not in ("acl", "acl:relcl") or not any(
                    c.dep_ == "case" for c in pronoun.children) or \
                fold(verb.lemma_).removesuffix("se") not in _INTRANSITIVE or \
                any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and (
            c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children))),
            None)  # a name or a determined noun ("su partido"); not "padre e hijo"
        if subject is not None:
            pronoun.dep_, subject.dep_ = "obl", "nsubj"
    return doc
