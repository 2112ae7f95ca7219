"""A rival or an ally named with no owner in what someone says is the speaker's: "«Reform es un
rival», dijo Badenoch", "insistió en que Reform «no es un aliado sino un rival»". When the one
called so is a party, the speaker speaks for their own party (the rivalry between parties),
read by `parties_of_speakers` once the text's ties of the speaker are known; a person called a
rival is the speaker's own. "no es un aliado sino un rival" denies the first title and
affirms the second. Friends and allies that are persons are read elsewhere (spoken_allies).
Only in speech: in the narrator's voice "X es un rival" says whose rival it is elsewhere or
not at all."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.clauses import first_person_speaker, preposition
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.our_allies import party_of_person
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import base_role, folded_lemma, role_kind
from graph.ingest.reading import fold

_RELATIONS = {"rival": "opponentOf", "ally": "allied"}
# What makes the title someone's in particular: "su rival", "mi aliado", "nuestro socio"
_OWNED = {"su", "sus", "mi", "mis", "tu", "tus", "nuestro", "nuestra", "nuestros", "nuestras",
          "vuestro", "vuestra", "vuestros", "vuestras"}
_NEGATORS = {"no", "nunca", "jamas", "tampoco"}
CUE = "copula:spoken"


def spoken_rival_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or noun.morph.get("Number") == ["Plur"]:
        return []
    relation = _RELATIONS.get(role_kind(base_role(noun)[0] or ""))
    if relation is None or _owned(noun):
        return []
    # "no es un aliado sino un rival": the second title rides on the first's copula
    contrasted = noun.dep_ == "conj" and any(fold(c.lower_) == "sino" for c in noun.children)
    predicate = noun.head if contrasted else noun
    copulas = [c for c in predicate.children if c.dep_ == "cop" and folded_lemma(c) == "ser"]
    if not copulas or "Cnd" in copulas[0].morph.get("Mood") or "?" in noun.sent.text or \
            copulas[0].morph.get("Person") not in (["3"], []):
        return []
    named = [e for c in predicate.children if c.dep_ == "nsubj" and c.i < predicate.i
             for e in parsed.ends(c, conj=False) if parsed.is_agent(e.key)]
    if len(named) != 1:
        return []
    party = parsed.kb.is_a(named[0].key, PARTY)
    if relation == "allied" and not party:
        return []  # a person called an ally is read by spoken_allies
    speakers = [e for e in first_person_speaker(parsed, predicate) if parsed.is_agent(e.key)]
    if len(speakers) != 1 or speakers[0].key == named[0].key:
        return []
    negated = not contrasted and any(
        c.dep_ == "advmod" and fold(c.lower_) in _NEGATORS for c in predicate.children)
    return [Found(relation, speakers[0], named[0], 0.6, CUE, noun.i, negated=negated)]


def _owned(noun) -> bool:
    """Whether the title says whose it is ("su rival", "aliado de Vox", "rival del PP")."""
    return any(c.dep_ == "det" and fold(c.lower_) in _OWNED for c in noun.children) or any(
        c.dep_ == "nmod" and c.i > noun.i and preposition(c) in ("de", "del")
        for c in noun.children)


def parties_of_speakers(parsed: Parsed, found: list[Found]) -> list[Found]:
    """A party called a rival or an ally by a person is the person's party's (the one the text
    ties them to); without one, the claim is dropped, as the person alone is not the party's
    rival or ally."""
    out = []
    for claim in found:
        if claim.cue == CUE and parsed.kb.is_a(claim.object.key, PARTY) and \
                parsed.is_person(claim.subject.key):
            party = party_of_person(parsed, found, claim.subject.key)
            if party is None or party == claim.object.key:
                continue
            end = claim.subject
            claim = replace(claim, subject=End(party, end.first, end.last, reference=True,
                                               distance=end.distance))
        out.append(claim)
    return out
