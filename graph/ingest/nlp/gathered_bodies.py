"""Whose is a gathering that brings together the leaders of one body: "reunió en La Haya a
una decena de dirigentes de Patriotas por Europa en una cumbre", "congregó a los líderes de
la red en un encuentro". The gathering is that body's ("Cumbre de Patriotas por Europa"), as
unnamed gatherings are named by kind and party, whoever convenes it."""

from __future__ import annotations

from graph.ingest.knowledge import AGENT
from graph.ingest.nlp.lead_holders import of_holder
from graph.ingest.nlp.words import folded_lemma, is_role_noun, verb_lemma

# Verbs whose object is the people a gathering brings together
_GATHERING = {"reunir", "congregar", "juntar", "convocar", "citar", "sentar"}
# Nouns for the people who stand for a body ("dirigentes de X", "miembros de X")
_MEMBERS = {"dirigente", "lider", "representante", "miembro", "socio", "delegado",
            "responsable", "cuadro", "militante", "afiliado", "eurodiputado", "parlamentario"}


def gathered_body(parsed, noun):
    """The body whose leaders the verb gathers at the noun ("en una cumbre"), or None."""
    if noun.dep_ != "obl" or not any(c.dep_ == "case" and c.lower_ == "en"
                                     for c in noun.children):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _GATHERING:
        return None
    for obj in verb.children:
        if obj.dep_ != "obj":
            continue
        for person in obj.subtree:
            if person.pos_ != "NOUN" or person.i > noun.i or not (
                    folded_lemma(person) in _MEMBERS or is_role_noun(person)):
                continue
            body = of_holder(parsed, person, AGENT)
            if body is not None and not parsed.is_person(body.key):
                return body
    return None
