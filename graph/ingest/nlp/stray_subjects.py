"""A second clause's subject the small model hangs on the first clause's object: "Neme anunció
que buscará la reelección y Karina Milei, secretaria general, le dio su respaldo". The parse
makes "Karina Milei" one more thing sought ("la reelección y Karina Milei") and "dio" a verb
with no subject of its own, which then borrows "Neme"; the name that runs up to the verb (its
apposition and clitics aside) is the one who gives."""

from __future__ import annotations

from graph.ingest.nlp.whose_parties import whose_subject

# What may stand between the stray name's phrase and its verb: object and dative clitics, the
# reflexive, a negation ("y X no le dio su apoyo") and an adverb the parse leaves alone.
_BETWEEN = {"le", "les", "lo", "la", "los", "las", "se", "me", "te", "nos", "no", "ya", "nunca",
            "tambien", "también"}


def stray_subject(verb):
    """The proper name coordinated with a noun or a verb of the clause before `verb`, whose
    phrase ends right before `verb` (its clitics aside), that `verb` (a coordinated verb of the
    third person with no subject of its own) has for subject; None when there is none. (Or
    the name hung on the noun of "cuyo": "con cuyo partido Vox gobernó".)"""
    whose = whose_subject(verb)
    if whose is not None:
        return whose
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_.startswith("nsubj") for c in verb.children):
        return None
    if verb.morph.get("Person") not in ([], ["3"]) or verb.morph.get("Number") == ["Plur"]:
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > verb.head.i and (doc[i].lower_ in _BETWEEN or doc[i].dep_ == "aux"):
        i -= 1
    for name in doc[verb.head.i + 1:i + 1]:
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.right_edge.i != i:
            continue
        if name.head.pos_ not in ("NOUN", "PROPN", "VERB") or name.head.i >= name.i:
            continue  # on the object ("la reelección y X") or its verb ("buscará ... y X")
        if any(c.dep_ == "case" for c in name.children):
            continue  # "felicitó a Orbán y a Milei": an object, not a subject
        if not any(c.dep_ == "cc" and c.i < name.i for c in name.children):
            continue  # "y" must open the name's clause
        if any(c.dep_ == "conj" and c.i > name.i for c in name.children):
            return None  # "y A y B le dieron": several, and the verb is singular
        return name
    return None
