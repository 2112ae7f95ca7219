"""A subject after the verb and its object, which the small model makes a second object:
"Desde la tribuna siguió el debate el síndic de Vox, X", "presenció el acto la presidenta
X". A verb takes one bare direct object, so a second noun phrase after the first, with no
preposition, is the subject the clause lacks."""

from __future__ import annotations


def second_object(verb):
    """The second bare object after a verb with no subject of its own, or None: "siguió el
    debate el síndic"; "a X" (a person object) and a reflexive verb ("se le dio la palabra")
    are no such pair."""
    if _own_subject(verb) or any(c.lower_ == "se" for c in verb.children):
        return None
    objects = sorted((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and
                      c.pos_ in ("NOUN", "PROPN") and
                      not any(k.dep_ == "case" for k in c.children)), key=lambda c: c.i)
    if len(objects) < 2 or objects[1].i <= objects[0].right_edge.i or \
            not any(k.dep_ == "det" for k in objects[0].children):
        return None
    return objects[1]


# Phrases put before the verb that set the scene: "En el pleno, el alcalde, X, defendió ..."
_SCENE = {"en", "durante", "tras", "desde"}


def fronted_scene_subject(verb):
    """The subject the small model hangs on a fronted phrase as its apposition: "En el
    pleno, el alcalde, el popular X, defendió unas cuentas" (X), for a verb with no subject of
    its own; the nearest apposition before the verb, or None."""
    if _own_subject(verb):
        return None
    for scene in verb.children:
        if scene.dep_ != "obl" or scene.i > verb.i or not any(
                k.dep_ == "case" and k.lower_ in _SCENE for k in scene.children):
            continue
        apposed = [c for c in scene.children if c.dep_ == "appos" and scene.i < c.i < verb.i]
        if apposed and verb.doc[verb.i - 1].text == ",":
            return apposed[-1]
    return None


def subject_after_infinitive(verb):
    """The subject the small model makes the object of a participle's infinitive: "está
    invitado a intervenir el exministro X" (X is invited), for a predicate with no subject of
    its own; the person filter of the caller keeps "a presentar el libro" out."""
    if "Part" not in verb.morph.get("VerbForm") or _own_subject(verb):
        return None
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and
                       "Inf" in c.morph.get("VerbForm")), None)
    if infinitive is None:
        return None
    return next((c for c in infinitive.children if c.dep_ in ("obj", "nsubj") and
                 c.i > infinitive.i and c.pos_ in ("NOUN", "PROPN") and
                 not any(k.dep_ == "case" for k in c.children)), None)


def _own_subject(verb) -> bool:
    # (a paragraph's break the small model makes a subject is none)
    return any(c.dep_.startswith("nsubj") and c.pos_ != "SPACE" for c in verb.children)
