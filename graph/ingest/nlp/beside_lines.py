"""Who stood beside the one a scene follows, told in a verbless line after the sentence about
them: "Condori vota en El Alto. A su lado, el senador X", "Junto a él, la diputada Y", "A su
derecha, A; a su izquierda, B". The possessive (or the pronoun) takes up the person the text
was just speaking of; those listed after the comma were with them: a meeting."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_runs import listed
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_SIDES = {"lado", "derecha", "izquierda", "vera"}
_PRONOUNS = {"el", "ella"}


def beside_line_claims(parsed, token) -> list[Found]:
    if not _side(token) or any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return []
    opening = [t for t in token.sent if not t.is_space]
    side_start = min(t.i for t in token.subtree if t.dep_ != "appos" and not t.is_punct) \
        if token.pos_ == "NOUN" else _junto(token).i
    semicolons = [t.i for t in opening if t.text == ";" and t.i < side_start]
    if side_start != (semicolons[-1] + 1 if semicolons else opening[0].i):
        return []  # the side opens the line or a part of it after a semicolon
    comma = next((t for t in token.doc[token.i + 1:token.sent.end] if not t.is_space), None)
    if comma is None or comma.text != ",":
        return []
    here = parsed.sentence_of(token.idx)
    host = parsed.focus(here, before=token.i)
    if host is None or not parsed.is_person(host):
        return []
    host_end = End(host, token.i, token.i, reference=True, distance=1)
    stop = next((t.i for t in token.doc[comma.i:token.sent.end] if t.text == ";"), None)
    return [Found("met", host_end, person, 0.6, "list", token.i)
            for person in listed(parsed, comma.i + 1)
            if (stop is None or person.first < stop) and not person.reference and
            parsed.is_person(person.key) and person.key != host]


def _side(token) -> bool:
    """"a su lado", "a su derecha" (a possessive "su", not "a mi lado" nor "al otro lado"),
    or "junto a él"."""
    if token.pos_ == "NOUN" and folded_lemma(token) in _SIDES:
        return any(c.dep_ == "case" and fold(c.lower_) == "a" for c in token.children) and \
            any(c.lower_ == "su" for c in token.children)
    return token.pos_ == "PRON" and fold(token.lower_) in _PRONOUNS and _junto(token) is not None


def _junto(token):
    return next((c for c in token.children if fold(c.lower_) == "junto" and c.i < token.i), None)
