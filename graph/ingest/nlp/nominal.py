"""Relations stated by an event noun: "la reunión entre A y B", "el encuentro de A con B",
"su reunión con B", "la visita de A a B", "mantuvo contactos con", "recibió el apoyo de"."""

from __future__ import annotations

from graph.ingest.nlp.clauses import patient_ends, phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import LIGHT_VERBS, NOUNS, RECEIVING, WARM, Nominal
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_OWNERS = {"su", "sus"}


def nominal_claims(parsed: Parsed, noun) -> list[Found]:
    if parsed.mention(noun):
        return []
    if noun.pos_ in ("NOUN", "PROPN"):
        lemma = folded_lemma(noun)
    elif noun.pos_ == "ADJ" and fold(noun.lower_) in NOUNS:
        lemma = fold(noun.lower_)  # "una breve llamada" tagged as an adjective
    else:
        return []
    spec = NOUNS.get(lemma) or NOUNS.get(lemma.rstrip("s")) or NOUNS.get(
        lemma[:-2] if lemma.endswith("es") else lemma)
    if spec is None:
        return []
    if lemma == "relacion" and not _warm(noun):
        return []
    agents: list[End] = []
    partners: list[End] = []
    for child in _phrases(noun):
        prep = preposition(child)
        if prep in spec.partner:
            partners += phrase_ends(parsed, child)
        elif prep in spec.agent:
            agents += phrase_ends(parsed, child)
    receiving = False
    head = noun.head
    if not agents and noun.dep_ in ("obj", "nsubj", "obl", "nmod") and head != noun:
        verb_lemma = folded_lemma(head)
        if head.pos_ in ("VERB", "AUX") and (verb_lemma in LIGHT_VERBS or noun.dep_ == "obj"):
            receiving = verb_lemma in RECEIVING and spec.relation == "endorsed"
            for child in head.children:
                # the verb's own "con" phrase when the small model hangs it there
                if child.i != noun.i and preposition(child) in spec.partner - {"de"} \
                        and child.dep_ in ("obl", "obj", "nmod"):
                    partners += phrase_ends(parsed, child)
                elif child.lower_ in ("le", "les") and head.dep_ == "conj" and \
                        "a" in spec.partner:
                    # "felicitó a López Aliaga y le expresó su respaldo": "le" is the one the
                    # first verb named
                    partners += patient_ends(parsed, head.head)
            if noun.dep_ == "obj" or verb_lemma in LIGHT_VERBS:
                agents = subject_ends(parsed, head)
    if agents and not partners and spec.relation == "endorsed" and noun.dep_ == "obj" and \
            head.pos_ == "VERB" and folded_lemma(head) in RECEIVING:
        # "X recibió el respaldo de Y": Y gives it, the verb's subject receives it
        partners = subject_ends(parsed, head)
    if not agents and any(c.dep_ == "det" and c.lower_ in _OWNERS for c in noun.children):
        focus = parsed.focus(parsed.sentence_of(noun.idx), before=noun.i)
        if focus:
            agents = [End(focus, noun.i, noun.i, reference=True, distance=1)]
    return _pairs(parsed, noun, lemma, spec, agents, partners, receiving)


def _phrases(noun):
    """The prepositional phrases of the noun's own phrase: its dependents, and theirs when
    the small model hangs "con Milei" on "de Trump" ("el encuentro de Trump con Milei")."""
    for child in noun.children:
        if child.dep_ not in ("nmod", "obl", "appos", "acl", "obj"):
            continue
        yield child
        if preposition(child) in ("de", "entre"):
            for grandchild in child.children:
                if grandchild.dep_ == "nmod" and preposition(grandchild) in (
                        "con", "a", "junto a"):
                    yield grandchild


def _warm(noun) -> bool:
    words = {folded_lemma(t) for t in noun.subtree if t.i <= noun.i + 4}
    return bool(words & WARM) or any(preposition(c) in ("con", "entre") for c in noun.children)


def _pairs(parsed: Parsed, noun, lemma, spec: Nominal, agents, partners, receiving) -> list[Found]:
    relation = spec.relation
    symmetric = parsed.kb.relations.get(relation) and parsed.kb.relations[relation].symmetric
    pairs = []
    if agents and partners:
        pairs = [(a, p) for a in agents for p in partners]
    elif symmetric and len(partners) >= 2 and not agents:
        pairs = [(a, b) for i, a in enumerate(partners) for b in partners[i + 1:]]
    elif symmetric and len(agents) >= 2 and not partners:
        pairs = [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]]
    found = []
    for subject, obj in pairs:
        if receiving:
            subject, obj = obj, subject
        if subject.key == obj.key or not parsed.kb.fits(relation, subject.key, obj.key):
            continue
        qualifiers = {"mode": spec.mode} if spec.mode else {}
        found.append(Found(relation, subject, obj, spec.confidence, f"nominal:{lemma}", noun.i,
                           qualifiers))
    return found
