"""One called the ally of a third: "calificó a X de «socio natural» de Y", "tilda a X de socio
preferente del Gobierno de Y", "considera a X un aliado de Y", "lo definió como el principal
socio de Y". The one called is allied with the third, whoever calls him so; a government
named by its head ("del Gobierno de Y", "del Ejecutivo de Y") stands for that head. A denied
calling ("no considera a X un aliado de Y") states nothing."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import base_role, folded_lemma, role_kind
from graph.ingest.reading import fold

# Where the small model hangs the title: on the verb, or on the name of the one called ("a X
# de «socio natural»" read as one phrase).
_ON_VERB = {"obj", "xcomp", "obl", "advcl", "nmod", "ccomp"}
_ON_CALLED = {"flat", "nmod", "appos", "amod"}
_GOVERNMENTS = {"gobierno", "ejecutivo", "gabinete", "administracion"}
_DENIALS = {"no", "nunca", "jamas", "tampoco"}


def allies_of_claims(parsed: Parsed, verb, called_of) -> list[Found]:
    """`called_of(parsed, verb, title)` gives the ones the verb calls, as the caller's own
    reading finds them."""
    if any(fold(c.lower_) in _DENIALS for c in verb.children if c.dep_ == "advmod"):
        return []
    found = []
    for title in _titles(verb):
        owners = _owners(parsed, title)
        if not owners:
            continue
        keys = {o.key for o in owners}
        called = [e for e in called_of(parsed, verb, title) if e.key not in keys]
        found += [Found("allied", c, o, 0.6, f"verb:{folded_lemma(verb)}", verb.i)
                  for c in called for o in owners
                  if c.key != o.key and parsed.is_agent(c.key) and
                  parsed.kb.fits("allied", c.key, o.key)]
    return found


def _titles(verb) -> list:
    near = [c for c in verb.children if c.dep_ in _ON_VERB]
    near += [t for c in verb.children if c.dep_ in ("obj", "iobj")
             for t in c.children if t.dep_ in _ON_CALLED]
    return [t for t in near if t.pos_ == "NOUN" and
            role_kind(base_role(t)[0] or "") == "ally"]


def _owners(parsed: Parsed, title) -> list:
    """The third whose ally the title says: its "de" phrase, a government by its head."""
    owners = []
    for of in (c for c in title.children if c.i > title.i and c.dep_ in ("nmod", "obl") and
               preposition(c) in ("de", "del")):
        if folded_lemma(of) in _GOVERNMENTS:
            heads = [e for c in of.children if c.dep_ == "nmod" and
                     preposition(c) in ("de", "del") for e in phrase_ends(parsed, c)
                     if parsed.is_person(e.key)]
            heads = heads or [e for c in of.children if c.dep_ == "nmod" and
                              preposition(c) in ("de", "del") for e in _by_surname(parsed, c)]
            if heads:
                owners += heads
                continue
        owners += [e for e in phrase_ends(parsed, of) if parsed.is_agent(e.key)]
    return owners


def _by_surname(parsed: Parsed, name) -> list[End]:
    """The person named before whose name ends as `name` does: "el Gobierno de Vivas", read
    by the small model as one name, is the government of the Juan Jesús Vivas named before."""
    words = fold(" ".join(t.text for t in name.subtree if not t.is_punct and t.i >= name.i))
    for _start, key in parsed.persons_before(name.i, back=40):
        if fold(parsed.kb.label(key)).endswith(" " + words):
            return [End(key, name.i, name.right_edge.i, reference=True, distance=1)]
    return []
