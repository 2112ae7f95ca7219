"""A new name headed by a gathering's word ("Foro Madrid para América", "Encuentro por la
Libertad", "Conferencia Andina") that someone presides or directs as a standing post ("X, que
preside el Foro Y", "el Foro Y, que dirige X", "presidía la Conferencia Z") is a body with a
head, not a gathering: one chairs an event once (the preterite, "presidió la cumbre"), but holds
the presidency of a body over time (the present and the imperfect)."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, ORGANIZATION, SUMMIT
from graph.ingest.reading import fold

_LEADING = {"presidir", "dirigir", "liderar", "encabezar", "coordinar", "capitanear",
            "copresidir", "codirigir"}
# the times of a post held: "preside", "presidía" (the preterite chairs one sitting)
_STANDING = {"Pres", "Imp"}
_OBJECTS = {"obj", "dobj"}
_NOMINALS = {"nsubj", "obj", "dobj"}
_RELATIVES = {"acl", "acl:relcl", "relcl"}


def bodies_presided_as_posts(linker) -> None:
    """Retypes as organizations the new gathering-named entities led as a standing post."""
    doc = linker.doc
    for mention in linker.linked.mentions:
        entity = linker.linked.entities.get(mention.key)
        if entity is None or entity.cls not in (EVENT, SUMMIT):
            continue
        root = _root(doc, mention.start, mention.end)
        if root is None or not (_led_as_object(root) or _led_in_relative(root)):
            continue
        entity.cls = ORGANIZATION
        for other in linker.linked.mentions:
            if other.key == mention.key:
                other.cls = ORGANIZATION


def _root(doc, start: int, end: int):
    inside = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return inside[0] if len(inside) == 1 else None


def _standing(verb) -> bool:
    """A finite verb of leading in a tense of a post held ("preside", "dirigía")."""
    return verb.pos_ in ("VERB", "AUX") and fold(verb.lemma_) in _LEADING and \
        bool(set(verb.morph.get("Tense")) & _STANDING) and \
        "Sub" not in verb.morph.get("Mood")


def _led_as_object(root) -> bool:
    # "X preside el Foro Y", "X, que dirige la Conferencia Z"
    return root.dep_ in _OBJECTS and _standing(root.head)


def _led_in_relative(root) -> bool:
    # "el Foro Y, que preside X": a gathering presides no one, so the nominal after the verb
    # (the parser takes it for the subject or the object) is who leads it
    for verb in root.children:
        if verb.dep_ in _RELATIVES and _standing(verb) and \
                any(c.lower_ in ("que", "cual") and c.i < verb.i for c in verb.children) and \
                any(c.dep_ in _NOMINALS and c.i > verb.i for c in verb.children):
            return True
    return False
