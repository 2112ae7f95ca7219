""""El partido", "la formación" said alone as a clause's subject or object stand for the one
party the text named just before ("Vox presentó su programa. La formación organiza en mayo
Europa Viva", "el festival que la formación celebra cada año"), as "del partido" does; never
when the noun has words of its own ("la formación de cuadros", "el partido socialista", "el
partido de Abascal") or when two parties were named (either may be meant)."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import folded_lemma

_NOUNS = {"partido", "formacion", "colectividad", "agrupacion"}
_ARGUMENTS = {"nsubj", "nsubj:pass", "obj"}


def bare_party(parsed, token) -> list[End]:
    """The party a bare definite party noun stands for, if the text leaves one only."""
    if folded_lemma(token) not in _NOUNS or token.dep_ not in _ARGUMENTS or \
            token.morph.get("Number") == ["Plur"]:
        return []
    if [c.lower_ for c in token.children if c.dep_ != "punct"] not in (["el"], ["la"]):
        return []
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and (parsed.mention(following) or following.text[:1].isupper()):
        return []  # "el partido Vox", "la formación Chega": the name after it
    party = parsed.party_before(token.i)
    return [End(party, token.i, token.i, reference=True, distance=1)] if party else []
