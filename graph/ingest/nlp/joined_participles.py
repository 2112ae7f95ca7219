"""Membership said by a participle of joining beside a name: "Luis Pardo, afiliado al PP desde
2010,", "Ana Soto, afiliada a Vox y diputada provincial", "X, adscrita al grupo de Vox", "Y,
integrado en la coalición Z", "W, exafiliado del PSOE". The participle is the person's state,
as "militante de" is; a prefix "ex" makes it a former one."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.reading import fold

# The participle's stem (gender and number follow) and the prepositions of what one joined
_JOINED = {"afiliad": ("a", "al", "de", "del"), "adscrit": ("a", "al"),
           "incorporad": ("a", "al"), "integrad": ("en",), "inscrit": ("en", "a", "al")}
_ENDINGS = ("o", "a", "os", "as")


def joined_participle_claims(parsed: Parsed, token) -> list[Found]:
    word = fold(token.lower_)
    former = word.startswith("ex")
    stem = _stem(word[2:] if former else word)
    if stem is None or token.pos_ not in ("ADJ", "VERB") or \
            token.dep_ not in ("amod", "acl", "appos") or any(
                c.dep_ == "advmod" and c.lower_ in ("no", "nunca") for c in token.children):
        return []
    person = parsed.mention(token.head)
    doc = parsed.doc
    if person is None or person.kind == METONYM or not parsed.is_person(person.key) or \
            token.i < person.end or not any(t.text == "," for t in doc[person.end:token.i]):
        return []  # "X, afiliado a": after the name and its comma, not a noun's adjective
    found = []
    for child in token.children:
        case = next((c.lower_ for c in child.children if c.dep_ == "case"), None)
        if child.dep_ not in ("obj", "obl", "nmod") or case not in _JOINED[stem] or \
                child.i < token.i:
            continue
        for body in parsed.ends(child):
            if body.key != person.key and parsed.kb.fits("memberOf", person.key, body.key):
                found.append(Found("memberOf", End.of(person), body, 0.7, "apposition",
                                   token.i, {"former": True} if former else {}, dated=False))
    return found


def _stem(word: str) -> str | None:
    for ending in _ENDINGS:
        if word.endswith(ending) and word[:-len(ending)] in _JOINED:
            return word[:-len(ending)]
    return None
