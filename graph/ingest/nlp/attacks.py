"""Attacks that make rivals: "acusó a X de mentir", "la ha criticado", "cargó contra Y",
"arremetió contra el PNV", "lo descalificó como «un aventurero»", "dedicó su intervención a
atacar a Z", "desdeña a W". One who
publicly attacks a person or a party opposes them (the verbs' frames are in triggers); the
attack says so only when it is one: "evitó atacar a X", "no lo acusó de nada" deny an attack,
not a rivalry, and say nothing.

The attacker must be named in the sentence, by name or title (or be the subject its clauses
share): a dropped subject ("Arremetió contra X") is resolved to whoever acted last, too often
the wrong one for a claim this light, unless the sentence before named one person alone as
its subject ("X habló una hora. Cargó después contra Y"). Only people attack here: a party or
a government that "accuses" speaks through someone the text names."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.ends import gender_of
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import base_role

ATTACKING = {"acusar", "criticar", "atacar", "despreciar", "desdenar", "arremeter", "cargar",
             "descalificar", "reprochar", "llamar"}


def _attack(claim: Found) -> bool:
    return claim.relation == "opponentOf" and claim.cue.split(":", 1)[-1] in ATTACKING


def kept_attacks(parsed: Parsed, verb, found: list[Found]) -> list[Found]:
    """The verb's claims without the attacks its clause does not make."""
    attacks = [c for c in found if _attack(c)]
    if not attacks:
        return found
    if modality(verb).negated:
        return [c for c in found if not _attack(c)]
    kept = []
    for claim in found:
        if _attack(claim):
            # "X, al que acusó de Y": the relative's antecedent is named, title or not
            claim = claim if _relative_object(verb) else _named(parsed, claim)
            if claim is None or not _made(parsed, verb, claim):
                continue
            # the rivalry outlasts the attack's day ("X, su rival, la acusó el lunes"), and
            # the clause's other times are the attacker's ("militante hasta 2018, cargó")
            claim = replace(claim, dated=False)
        kept.append(claim)
    return kept


def _made(parsed: Parsed, verb, claim: Found) -> bool:
    subject, obj = claim.subject, claim.object
    sentence = verb.sent
    # a title in the sentence stands for its holder ("dijo la candidata, que dedicó su
    # intervención a atacar a X"); a dropped subject, resolved at the verb, does not
    # (a relative's antecedent named in full is named, however the parse tags it: "JD Vance")
    titled = not subject.reference or subject.mention is not None or \
        parsed.doc[subject.first].pos_ in ("NOUN", "PROPN") or _told_before(parsed, verb, subject)
    return titled and sentence.start <= subject.first < sentence.end and \
        parsed.is_person(subject.key) and \
        (parsed.is_person(obj.key) or parsed.kb.is_a(obj.key, PARTY)) and \
        not _owned(parsed, obj) and \
        not _taken_up(verb, parsed.doc[obj.first])


def _told_before(parsed: Parsed, verb, subject) -> bool:
    """"X habló durante una hora. Cargó después contra Y": a dropped subject is the one person
    the sentence before named as its own subject, when its main clause says nothing else of
    anyone first."""
    from graph.ingest.nlp.clauses import subject_ends  # it reads the parse's modules

    sentence = verb.sent
    if sentence.start == 0 or any(c.dep_.startswith("nsubj") and c.pos_ != "PRON"
                                  for c in sentence.root.children):
        return False
    before = parsed.doc[sentence.start - 1].sent
    named = {e.key for e in subject_ends(parsed, before.root) if not e.reference}
    return named == {subject.key}


def _relative_object(verb) -> bool:
    """"Pedro Sánchez, al que acusó de X", "contra quien cargó": the one attacked is the
    relative pronoun's antecedent, a rival the text already named."""
    return any(c.dep_ in ("obj", "iobj", "obl") and c.pos_ == "PRON" and
               "Rel" in c.morph.get("PronType") for c in verb.children)


def _owned(parsed: Parsed, end) -> bool:
    """"arremetió contra el Gobierno del taoiseach, X": the name in apposition to a noun that
    is no title (a government, a pact) is its owner's, not the one attacked; after a title
    ("el presidente de la Xunta, X") it is the title's holder."""
    if end.reference:
        return False
    token = parsed.doc[end.first]
    while end.first <= token.head.i <= end.last and token.head != token:
        token = token.head
    if token.dep_ != "appos":
        return False
    head = token.head
    # (a name on a party's noun, "el alcalde, el socialista X", is the title's holder still)
    return head.pos_ in ("NOUN", "PROPN") and head.dep_ != "appos" and \
        not parsed.mention(head) and base_role(head)[0] is None


def _named(parsed: Parsed, claim: Found) -> Found | None:
    """"cargó contra el alcalde, el popular X": the name in apposition to the title is the one
    attacked, whoever else the title alone could stand for; a title with no name beside it
    ("acusó a la presidenta", "a su adversario") is left to the readers of titles."""
    end = claim.object
    if not end.reference or parsed.doc[end.first].pos_ == "PRON":
        return claim
    for child in parsed.doc[end.first].children:
        if child.dep_ != "appos":
            continue
        # "el alcalde, el popular X": the small model may hang the name on the adjective
        mention = next((parsed.mention(t) for t in child.subtree if t.dep_ in ("appos", "flat")
                        and parsed.mention(t) is not None), None)
        if mention is not None:
            return Found(claim.relation, claim.subject, End.of(mention), claim.confidence,
                         claim.cue, claim.trigger, claim.qualifiers, claim.negated)
    return None


def _taken_up(verb, clitic) -> bool:
    """"cargó contra el Gobierno y lo acusó de X": the clitic of a verb coordinated with an
    earlier one takes up that verb's object when they agree, a body and no person."""
    if clitic.pos_ != "PRON" or clitic.dep_ not in ("obj", "iobj") or verb.dep_ != "conj" or \
            verb.head.i > verb.i:
        return False
    gender, number = clitic.morph.get("Gender"), clitic.morph.get("Number")
    # (the earlier verb's own, its infinitive's or the one it completes: "volvió a cargar
    # contra el Gobierno y lo acusó")
    earlier = verb.head
    verbs = [earlier] + [c for c in earlier.children if c.dep_ == "xcomp" and c.i < verb.i] + (
        [earlier.head] if earlier.dep_ == "xcomp" else [])
    return any(c.dep_ in ("obj", "obl") and c.pos_ in ("NOUN", "PROPN") and
               [gender_of(c)] == gender and _number(c) == number
               for v in verbs for c in v.children if c.i < verb.i)


def _number(noun) -> list[str]:
    """The noun's number, else its article's ("el Gobierno")."""
    return noun.morph.get("Number") or next(
        (c.morph.get("Number") for c in noun.children if c.dep_ == "det"), [])
