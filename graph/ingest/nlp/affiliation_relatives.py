"""A relative clause after a person's party ("la eurodiputada de Fidesz Kinga Gál, que se
sentó en primera fila", "Pedro Gil, exconcejal del PP, que acudió") tells of the person: the
parse hangs it from the party, which took no part in the gathering itself. A group standing
for the party ("los representantes del PP, que acudieron") is left to say the party took part."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PERSON
from graph.ingest.nlp.found import Found

# Nouns that stand for the organization rather than describe one person's tie to it.
_STAND_FOR = {"representante", "representación", "delegación", "delegado", "enviado",
              "emisario", "miembro", "comitiva", "cúpula", "dirección", "portavocía"}


def without_affiliation_participants(parsed, found: list[Found]) -> list[Found]:
    persons = [m for m in parsed.linked.mentions if m.cls == PERSON]
    return [c for c in found if not _person_s_party(parsed, c, persons)]


def _person_s_party(parsed, claim: Found, persons) -> bool:
    if claim.relation != "participatedIn" or not claim.cue.startswith(("verb:", "passive:")):
        return False
    if not parsed.kb.is_a(claim.subject.key, ORGANIZATION):
        return False
    party = parsed.doc[claim.subject.first]
    noun = party.head
    if party.dep_ != "nmod" or noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number") or \
            noun.lemma_.lower() in _STAND_FOR:
        return False
    trigger = parsed.doc[claim.trigger]
    if not any(t.dep_ == "acl" and trigger in t.subtree for t in party.children):
        return False
    around = {t.i for t in noun.subtree} | {noun.i - 1, noun.i - 2}
    return any(m.start in around or (m.end - 1) in around for m in persons)
