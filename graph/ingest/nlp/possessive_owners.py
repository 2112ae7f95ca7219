"""Whom a sentence-opening "Su presidente, X" is of when the organization named last before it
sits inside another noun's "de" phrase: "La HSU, fundada por disidentes de la HDZ, obtuvo
cuatro escaños. Su secretaria general, X" and "Sanseito quiere replicar el modelo de Vox. Su
secretario general, Y" speak of the sentence's subject (the HSU, Sanseito), not of the party
named in passing; one named as the verb's own argument ("rivalizan con el PPE. Su
presidente") is still the nearest."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, NETWORK, ORGANIZATION, PARTY
from graph.ingest.nlp.ends import METONYM, End
from graph.ingest.nlp.entity_types import GOVERNORS
from graph.ingest.nlp.words import folded_lemma

# The kinds of organization a kind noun may call a body by
_BODIES = {PARTY, COALITION, NETWORK, ORGANIZATION}


def subject_over_passing(parsed, mention, whose: int) -> End | None:
    """The previous sentence's subject, when `mention` (the organization named last before
    "su" at token `whose`) is named in passing inside a "de" phrase and "su" opens its
    sentence."""
    doc = parsed.doc
    token = doc[mention.start]
    if doc[whose].sent.start != whose or token.sent.start == whose:
        return None
    head = token
    while head.dep_ == "flat" and head.head != head:
        head = head.head
    if head.dep_ != "nmod" or head.head.pos_ != "NOUN" or not any(
            c.dep_ == "case" and c.lower_ in ("de", "del") for c in head.children):
        return None
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and subject.is_space:
        # a paragraph break the small model made the head of the name opening the paragraph
        subject = next((c for c in subject.children if parsed.mention(c) is not None), None)
    named = parsed.mention(subject) if subject is not None else None
    if named is None or named.key == mention.key or named.kind == METONYM or \
            parsed.is_person(named.key) or not parsed.kb.is_a(named.key, ORGANIZATION):
        return None
    return End.of(named, reference=True)


def kind_subject(parsed, subject) -> End | None:
    """The organization a clause subject named only by its kind stands for: in "la patronal
    excusó su presencia y envió a su secretario general, X" "su" is the patronal's, the body
    of that kind named last (the person named since is its president, not whose "su" is)."""
    if subject is None or subject.pos_ != "NOUN" or parsed.mention(subject) is not None or \
            subject.morph.get("Number") == ["Plur"] or not any(
                c.dep_ == "det" and c.lower_ in ("el", "la") for c in subject.children):
        return None
    key = parsed.organization_before(subject.i, folded_lemma(subject))
    if key is None or parsed.is_person(key) or not parsed.kb.is_a(key, ORGANIZATION):
        return None
    return End(key, subject.i, subject.i, reference=True, distance=1)


def clause_subject(parsed, token) -> End | None:
    """The organization that is the subject of the clause `token` sits in, which "su"
    stands for before any name met since ("del Parlamento Europeo" inside its
    apposition); when "su" is in that subject, the subject of the clause its own is
    coordinated to ("el BNG votó con el PSdeG, pero su portavoz, X, dijo": the BNG's)."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subject = kind = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and token in subject.subtree and verb.dep_ == "conj" and \
            verb.head.pos_ in ("VERB", "AUX") and verb.head.i < token.i:
        return clause_subject(parsed, verb.head)
    while subject is not None and parsed.mention(subject) is None and subject.i < token.i:
        subject = next((c for c in subject.children if c.dep_ in ("appos", "flat") and
                        parsed.mention(c) is not None), None)  # "El grupo X"
    named = parsed.mention(subject) if subject is not None else None
    if named is None and kind is not None and kind.i < token.i:
        return kind_subject(parsed, kind)  # "la patronal envió a su secretario"
    if named is None or named.start > token.i or named.kind == METONYM or \
            parsed.is_person(named.key) or not parsed.kb.is_a(named.key, ORGANIZATION):
        return None
    return End.of(named, reference=True)


def in_a_participle_aside(parsed, mention, whose: int) -> bool:
    """Whether the organization named last before "su" (at token `whose`) is only named
    inside a participle's phrase on another noun ("la alianza X, respaldada por sindicatos
    y el SPD. Su portavoz, Y"): the noun it describes is whose the title is."""
    for clause in parsed.doc[mention.start].ancestors:
        if clause.dep_ in ("acl", "amod") and clause.pos_ in ("VERB", "ADJ") and \
                "Part" in clause.morph.get("VerbForm") and _a_body(parsed, _described(clause)):
            return parsed.doc[whose] not in clause.subtree
    return False


def _described(participle):
    """The noun a participle describes: its head, or, when the small model hung a phrase
    set off by a comma on the sentence's root, the nearest noun before the comma of its
    gender and number ("la alianza «X sin odio», respaldada por …")."""
    doc = participle.doc
    hung = participle.head == participle.sent.root
    if participle.head.pos_ in ("NOUN", "PROPN") and not hung or participle.i == 0 or \
            doc[participle.i - 1].text != ",":
        return participle.head
    agrees = [participle.morph.get(f) for f in ("Gender", "Number")]
    return next((t for t in reversed(doc[max(participle.sent.start, participle.i - 8):
                                           participle.i - 1])
                 if t.pos_ == "NOUN" and [t.morph.get(f) for f in ("Gender", "Number")] ==
                 agrees), participle.head)


def _a_body(parsed, noun) -> bool:
    """Whether `noun` names an organization or calls one by its kind ("la alianza"), not
    people ("un centenar de personas convocadas por la ONG X. Su directora": the ONG's)."""
    named = parsed.mention(noun)
    if named is not None:
        return parsed.kb.is_a(named.key, ORGANIZATION) and not parsed.is_person(named.key)
    return GOVERNORS.get(folded_lemma(noun)) in _BODIES


def in_a_person_aside(parsed, mention, whose: int) -> bool:
    """Whether the organization named last before "su" (at token `whose`) is only named
    inside a relative clause on a person, which "su" stands outside of: in "El presidente,
    X, que ganó con el apoyo del PiS, envió un mensaje leído por su jefe de gabinete, Y" the
    title is the president's, not the party's."""
    doc = parsed.doc
    token = doc[mention.start]
    for clause in token.ancestors:
        if clause.dep_ not in ("acl", "acl:relcl") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.lower_ in ("que", "quien") and c.i < clause.i for c in clause.children):
            continue
        if doc[whose] in clause.subtree:
            return False
        # the name itself, or the title it stands in apposition to ("El presidente, X, que")
        head = clause.head
        named = [parsed.mention(t) for t in [head] + [c for c in head.children
                                                     if c.dep_ in ("appos", "flat")]]
        return any(m is not None and parsed.is_person(m.key) for m in named)
    return False


def opening_topic(parsed, whose: int, named: bool = False) -> End | None:
    """Whose a sentence-opening "Su presidenta, X" is when the sentence before has a body for
    subject, by name or by its kind noun: "La red, que agrupa a legisladores de ambos lados del
    Atlántico, vive un momento dulce. Su actual presidenta, X" is the network's, whatever the
    sentence named in passing since. A body named by its name counts only when `named`: "Los
    Patriotas rivalizan con el PPE. Su presidente" is the PPE's, the nearest; but a seat
    ("Orden Caribe tiene un problema. Su única concejala") is held for the topic alone."""
    doc = parsed.doc
    if doc[whose].sent.start != whose or whose == 0:
        return None
    root = doc[whose - 1].sent.root
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    # (a paragraph break the small model made a subject, or the head of the name opening the
    # paragraph)
    subject = next((c for c in subjects if not c.is_space), None) or next(
        (c for s in subjects for c in s.children if not c.is_punct and not c.is_space), None)
    if subject is None:
        return None
    # "Orden Caribe tiene un problema. Su única concejala", "El movimiento X tiene …"
    mention = next((parsed.mention(t) for t in [subject] + [
        c for c in subject.children if c.dep_ in ("appos", "flat") and c.i > subject.i]
        if parsed.mention(t) is not None), None)
    if mention is None:
        return kind_subject(parsed, subject)
    if not named or mention.kind == METONYM or parsed.is_person(mention.key) or \
            not parsed.kb.is_a(mention.key, ORGANIZATION):
        return None
    return End.of(mention, reference=True)


def entered_body(parsed, mention) -> bool:
    """Whether the organization `mention` is named as where something is ("entra en el
    Parlamento", "en el Senado"): a body that fields no candidates of its own, unless a party."""
    doc = parsed.doc
    before = [t.lower_ for t in doc[max(mention.start - 2, 0):mention.start]]
    placed = before[-1:] == ["en"] or len(before) == 2 and before[0] == "en" and \
        before[1] in ("el", "la", "los", "las")
    return placed and not parsed.kb.is_a(mention.key, PARTY) and \
        not parsed.kb.is_a(mention.key, COALITION)
