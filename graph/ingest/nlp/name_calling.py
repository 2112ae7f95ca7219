"""Name-calling that makes rivals: "X lo llamó «el último señor feudal»", "Y, al que llamó «el
gestor de los recortes»". A quoted epithet after the one named tells a name given, not a
phone call; given to a person it is an attack (read then as the other attacks are), unless
it praises ("lo llamó «hermano»", "la llamó «la mejor ministra»") or compares the one named
with someone ("la Milei de Arequipa"), which says nothing of a rivalry."""

from __future__ import annotations

from graph.ingest.nlp.clause_objects import clitic_object
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.triggers import AGENT, PATIENT
from graph.ingest.nlp.verb_slots import Slots
from graph.ingest.nlp.words import folded_lemma

_QUOTES = "“«\"'‘"
_CLOSING = "”»\"'’"
# words of an epithet that praises or embraces ("hermano de armas", "la esperanza de Perú")
_PRAISE = {"hermano", "hermana", "amigo", "amiga", "esperanza", "mejor", "gran", "grande",
           "proximo", "proxima", "futuro", "futura", "verdadero", "verdadera", "lider",
           "referente", "ejemplo", "heroe", "heroina", "valiente", "patriota", "salvador",
           "salvadora", "orgullo", "aliado", "aliada", "companero", "companera", "querido",
           "querida", "necesitar", "faro", "hombre", "mujer"}
# a name given inside praise or thanks is praise too ("elogió a X, a la que llamó «...»")
_PRAISING = {"elogiar", "agradecer", "felicitar", "alabar", "aplaudir", "respaldar", "apoyar",
             "destacar", "saludar", "homenajear", "defender", "reivindicar"}


def name_calling_claims(parsed: Parsed, verb) -> list[Found]:
    """The attack of the one who gives a quoted epithet to a person (see attacks)."""
    epithet = _epithet(verb)
    if not epithet or any(folded_lemma(t) in _PRAISE or folded_lemma(t) in _PRAISING or (
            parsed.mention(t) is not None and parsed.is_person(parsed.mention(t).key))
            for t in epithet):
        return []
    if any(folded_lemma(v) in _PRAISING for v in (*verb.ancestors, *verb.head.children)
           if v != verb and v.pos_ == "VERB"):
        return []
    slots = Slots(parsed, verb, False)
    inside = {t.i for t in epithet}
    # (nor is one in the epithet the one who gives it: "lo llama «el abogado de X»")
    agents = [e for e in slots.fill(AGENT) if e.first not in inside]
    objects = slots.fill(PATIENT)
    named = [c for c in verb.children if c.dep_ in ("nsubj", "obj") and c.i < verb.i and
             c.pos_ == "PROPN" and not any(d.dep_ == "case" for d in c.children)]
    if named and any(c.dep_ == "nsubj" and c.i in inside for c in verb.children):
        # "Menem lo llamó «el último señor feudal»": the small model takes the epithet for
        # the subject and the bare name before the clitic for an object
        agents, objects = parsed.ends(named[0], conj=False), clitic_object(parsed, verb)
    elif not agents and verb.dep_ in ("acl", "acl:relcl") and verb.sent.root.pos_ == "VERB":
        # "cargó contra X, al que llamó «...»": the relative's subject is the main clause's
        agents = subject_ends(parsed, verb.sent.root)
    objects = [e for e in objects if e.first not in inside]
    return [Found("opponentOf", s, o, 0.6, "verb:llamar", verb.i)
            for s in agents for o in objects if s.key != o.key]



def _epithet(verb) -> list:
    """The quoted words right after the verb or after the one it names ("llamó a X «...»")."""
    doc = verb.doc
    ends = [verb.i] + [c.right_edge.i for c in verb.children
                       if c.dep_ in ("obj", "iobj", "obl") and c.i > verb.i and
                       folded_lemma(c.left_edge) == "a"]
    for i in ends:
        if i + 1 < len(doc) and doc[i + 1].text in _QUOTES:
            words = []
            for t in doc[i + 2:min(len(doc), i + 16)]:
                if t.text in _CLOSING:
                    return words
                words.append(t)
    return []
