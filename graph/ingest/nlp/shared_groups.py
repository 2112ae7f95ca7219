"""Membership said by sharing or sitting in a group: "Vox y Chega comparten el grupo
Patriotas por Europa", "Patriotas por Europa, el grupo que ambos partidos comparten", "ambas
formaciones se sientan en el grupo de los Conservadores", "el grupo en el que se sienta Vox":
each of those who share it, or the one who sits in it, is its member. Only a group, bloc or
caucus named as such ("comparten escenario con X", "se sentó en la primera fila" say nothing
of membership)."""

from __future__ import annotations

from graph.ingest.knowledge import NETWORK, PLACE
from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_GROUPS = {"grupo", "bancada", "bloque", "interbloque", "familia", "eurogrupo"}
_SHARING = {"compartir"}
_SITTING = {"sentar", "sentarse"}


def shared_group_claims(parsed, token) -> list[Found]:
    if token.pos_ not in ("VERB", "AUX") or any(
            c.dep_ == "advmod" and c.lower_ in ("no", "nunca", "jamás") for c in token.children):
        return []  # "no comparten grupo": one of them at most, which the text does not say
    lemma = verb_lemma(token)
    if lemma in _SHARING:
        groups = [c for c in token.children if c.dep_ == "obj" and _is_group(c)]
        if not groups and token.dep_ in ("acl", "acl:relcl") and _is_group(token.head) and \
                any(c.lower_ == "que" for c in token.children):
            groups = [token.head]  # "el grupo que ambos partidos comparten"
    elif lemma in _SITTING or folded_lemma(token) in _SITTING:
        groups = [c for c in token.children if c.dep_ == "obl" and _is_group(c) and any(
            g.dep_ == "case" and g.lower_ == "en" for g in c.children)]
        if not groups and token.dep_ not in ("acl", "acl:relcl"):
            return sitting_with(parsed, token, lemma)
        if not groups and token.dep_ in ("acl", "acl:relcl") and \
                any(_where(c) for c in token.children):
            # "el grupo en el que se sienta Vox"; "el grupo de la Europa de las Naciones,
            # donde se sienta X", the clause the model hangs on the group's name
            head = token.head
            head = head.head if head.pos_ == "PROPN" and head.dep_ in ("nmod", "flat") else head
            groups = [head] if _is_group(head) else []
    else:
        return []
    if not groups:
        return []
    found = []
    subjects = subject_ends(parsed, token)
    if lemma in _SHARING:
        # "comparte grupo con Vox", "comparten con la Liga el grupo de X": the partner is in it
        partners = [e for h in [token] + groups for c in h.children
                    if c.dep_ in ("obl", "nmod") and preposition(c) == "con"
                    for e in parsed.ends(c) if parsed.is_agent(e.key)]
        subjects = subjects + [p for p in partners if p.key not in {s.key for s in subjects}]
    for group in groups:
        bodies = _named(parsed, group) or _where_named(parsed, token, group)
        for body in [b for b in bodies if b.key not in {s.key for s in subjects}]:
            found += [Found("memberOf", s, body, 0.65, f"verb:{lemma}", token.i)
                      for s in subjects if s.key != body.key and
                      parsed.kb.fits("memberOf", s.key, body.key)]
    return found


def _where(child) -> bool:
    """A relative pronoun of place: "donde", "en el que", "en la cual"."""
    if child.dep_ not in ("obl", "advmod"):
        return False
    if child.lower_ == "donde":
        return True
    return child.lower_ in ("que", "cual", "cuales") and any(
        g.dep_ == "case" and g.lower_ == "en" for g in child.children)


def _is_group(noun) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and folded_lemma(noun) in _GROUPS


def _named(parsed, group) -> list:
    """The group's name: beside the noun ("el grupo Patriotas por Europa", "el grupo de los
    Conservadores"), or the name the noun is in apposition to ("Patriotas por Europa, el
    grupo que …")."""
    ends = [e for e in parsed.ends(group) if not parsed.is_person(e.key)]
    if ends:
        return ends
    if group.dep_ == "appos":
        return [e for e in parsed.ends(group.head) if not parsed.is_person(e.key)]
    return []


def _where_named(parsed, verb, group) -> list:
    """"comparte grupo con Vox en Patriotas por Europa": the group named by its "en" phrase."""
    return [e for h in (verb, group) for c in h.children if c.dep_ in ("obl", "nmod") and
            preposition(c) == "en" for e in parsed.ends(c)
            if parsed.kb.is_a(e.key, NETWORK) and not parsed.kb.is_a(e.key, PLACE)]


def sitting_with(parsed, verb, lemma: str) -> list[Found]:
    """"En Bruselas, X se sienta con los Conservadores y Reformistas Europeos": sitting, as a
    lasting state, with a parliamentary group is being in it (a sitting that happened once,
    "se sentó con el PP", is a meeting, not a membership)."""
    if verb.morph.get("Tense") not in (["Pres"], ["Imp"]) or not any(
            c.lower_ == "se" for c in verb.children):
        return []
    groups = [e for c in verb.children if c.dep_ in ("obl", "obj") and preposition(c) == "con"
              for e in parsed.ends(c, conj=False) if parsed.kb.is_a(e.key, NETWORK)]
    return [Found("memberOf", s, g, 0.65, f"verb:{lemma}", verb.i)
            for s in subject_ends(parsed, verb) for g in groups
            if s.key != g.key and parsed.kb.fits("memberOf", s.key, g.key)]
