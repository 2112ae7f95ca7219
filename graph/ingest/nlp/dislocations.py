"""Objects put first and taken up by a clitic: in "El manifiesto lo suscribieron A y B" or "La
cumbre la organizó Vox" the small model reads the fronted object as the subject and the real,
postverbal subject as the object. Where the clitic agrees with the fronted noun and the verb's
number with the noun after it, the two are swapped back."""

from __future__ import annotations

# What the small model makes of the fronted object.
_READ_AS = {"nsubj", "iobj", "obj"}
_CLITICS = {"lo": ("Masc", "Sing"), "la": ("Fem", "Sing"), "los": ("Masc", "Plur"),
            "las": ("Fem", "Plur")}


def fronted_objects(doc):
    for verb in doc:
        if verb.pos_ != "VERB" or not verb.i or doc[verb.i - 1].lower_ not in _CLITICS:
            continue  # (the clitic right before the verb is the cheap test)
        children = list(verb.children)
        clitic = next((c for c in children if c.dep_ == "obj" and c.pos_ == "PRON" and
                       c.lower_ in _CLITICS and c.i == verb.i - 1), None)
        fronted = next((c for c in children if c.dep_ in _READ_AS and c.i < verb.i and
                        c.pos_ in ("NOUN", "PROPN") and _bare(c)), None)
        after = next((c for c in children if c.dep_ in ("obj", "nsubj") and c.i > verb.i and
                      c.pos_ in ("NOUN", "PROPN") and _bare(c)), None)
        if clitic is None or fronted is None or after is None:
            continue
        gender, number = _CLITICS[clitic.lower_]
        if fronted.morph.get("Gender") not in ([], [gender]) or \
                fronted.morph.get("Number") not in ([], [number]):
            continue
        plural = after.morph.get("Number") == ["Plur"] or any(
            c.dep_ == "conj" for c in after.children)
        if verb.morph.get("Number") != (["Plur"] if plural else ["Sing"]):
            continue
        fronted.dep_, after.dep_ = "obj", "nsubj"
    return doc


def _bare(noun) -> bool:
    """No preposition: "a Kast" after "lo recibió" is a doubled object, not a subject."""
    return not any(c.dep_ == "case" for c in noun.children)


# Neuter pronouns a "lo" takes up: "eso lo decidirá el presidente", "esto lo saben todos"
_NEUTER = {"eso", "esto", "aquello", "ello", "todo"}


def resumes_a_thing(parsed, clitic, verb) -> bool:
    """Whether the object clitic takes up a phrase fronted in its own clause that names no
    person: a neuter pronoun ("eso lo decidirá el presidente") or a thing ("el partido lo
    preside X"), whatever role the small model gave it. It then stands for no one named
    before."""
    after = any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    for child in verb.children:
        if child.i >= clitic.i or child.dep_ not in _READ_AS:
            continue
        if clitic.lower_ == "lo" and child.lower_ in _NEUTER:
            return True
        # (a subject before the verb is one only when no other follows it: "los organizadores
        # lo habían invitado" acts on someone)
        if child.pos_ != "NOUN" or child.dep_ == "nsubj" and not after or not _bare(child) or \
                parsed.mention(child) is not None or clitic.lower_ not in _CLITICS:
            continue
        gender, number = _CLITICS[clitic.lower_]
        if child.morph.get("Gender") in ([], [gender]) and \
                child.morph.get("Number") in ([], [number]) and _thing(parsed, child):
            return True
    # "Su nombramiento lo propuso X y lo avaló Y": the clitic of the coordinated verb goes on
    # taking up what the first one did
    first = verb.head if verb.dep_ == "conj" and verb.head.i < verb.i else None
    same = next((c for c in first.children if c.dep_ == "obj" and c.pos_ == "PRON" and
                 c.lower_ == clitic.lower_ and c.i < first.i), None) if first is not None else None
    return same is not None and resumes_a_thing(parsed, same, first)


def _thing(parsed, noun) -> bool:
    """Whether a noun names no person: nothing it reads as, or a noun of no role nor trade
    ("su nombramiento", which may read as its owner)."""
    from graph.ingest.nlp.words import PERSON_NOUNS, PROFESSIONS, folded_lemma, is_role_noun

    return not parsed.ends(noun, conj=False) or not is_role_noun(noun) and \
        folded_lemma(noun) not in PERSON_NOUNS | PROFESSIONS
