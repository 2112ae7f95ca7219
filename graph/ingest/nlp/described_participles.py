"""A passive participle that describes a person through the noun it hangs on: "X, candidato
derrotado por Y en el balotaje", "el aspirante respaldado por Vox, X"; and the second of two
coordinated participles ("la cumbre, convocada por A y respaldada por B"), which describes the
first one's noun, not the clause's subject."""

from __future__ import annotations

from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import is_role_noun

_ON_NOUN = ("acl", "amod")


def participle_on_noun(verb):
    """The participle a coordinated one shares its noun with ("convocada por A y respaldada
    por B"), or `verb` itself."""
    current = verb
    while current.dep_ == "conj" and current.head != current and \
            ("Part" in current.head.morph.get("VerbForm") or current.head.pos_ == "ADJ") and \
            current.head.dep_ in _ON_NOUN:
        # (an adjective it is coordinated with describes the same noun: "un partido ortodoxo,
        # nacido en X y liderado por Y", the small model's "nacido" an adjective)
        current = current.head
    return current if current.dep_ in _ON_NOUN else verb


def described_name(parsed: Parsed, noun) -> list[End]:
    """The person a role noun describes: its name before it ("X, candidato derrotado por Y")
    or in apposition to it ("el candidato apoyado por Vox, X")."""
    if noun.pos_ != "NOUN" or not is_role_noun(noun):
        return []
    heads = [noun.head] if noun.dep_ == "appos" and noun.head != noun else []
    heads += [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    return [e for h in heads if parsed.mention(h) for e in parsed.ends(h, conj=False)
            if parsed.is_person(e.key)]
