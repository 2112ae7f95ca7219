"""Whether a rivalry is the race the text frames. "X rivaliza con Y por el voto más radical"
is a contest for voters, not a candidacy; "con quien rivalizó hace cuatro años" and "se
midieron en 2021" are an earlier race; "medirán fuerzas en la consulta interna" is a party's
own vote. Only a rivalry said of no other stake, time or vote is read in the race."""

from __future__ import annotations

import re

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# What one vies for that is no seat: voters, a space, a leadership, a following.
_NO_SEAT = {"voto", "votos", "electorado", "espacio", "liderazgo", "hegemonia", "protagonismo",
            "atencion", "simpatia", "favor", "apoyo", "audiencia", "publico", "militancia",
            "base", "bases", "relevo", "herencia", "legado", "control", "influencia"}
# Votes that are no election the graph names.
_OTHER_VOTES = {"consulta", "interna", "internas", "primaria", "primarias", "votacion",
                "congreso", "asamblea"}
_TIME_UNITS = {"ano", "anos", "decada", "decadas", "lustro", "lustros"}


def race_in_scope(parsed, verb, race_label: str) -> bool:
    words = _own_words(verb)
    for token in words:
        lemma = folded_lemma(token)
        if token.pos_ in ("NOUN", "PROPN") and lemma in _NO_SEAT and _with(token, "por"):
            return False  # "por el voto más radical"
    ahead = verb.doc[verb.i + 1:min(verb.i + 7, verb.sent.end)]
    if any(folded_lemma(t) in _OTHER_VOTES and t.pos_ in ("NOUN", "ADJ") for t in ahead):
        return False  # "medirán fuerzas en la consulta": the small model may cut the clause
    if any(fold(t.lower_) == "hace" and any(fold(u.lower_) in _TIME_UNITS
                                            for u in verb.doc[t.i + 1:t.i + 4])
           for t in ahead):
        return False  # "rivalizó con X hace cuatro años": an earlier race
    year = re.search(r"\b(1[89]|20)\d\d\b", race_label)
    said = {t.text for t in words if re.fullmatch(r"(1[89]|20)\d\d", t.text) and t.i != verb.i}
    return not (year and said and year.group(0) not in said)


def _own_words(verb) -> list:
    """The verb's clause without its subject and the clauses inside it ("con X, que ganó los
    comicios de 2024": that year is X's win; "Y, afiliada desde 2019": Y's joining)."""
    out, todo = [], [verb]
    while todo:
        token = todo.pop()
        out.append(token)
        todo += [c for c in token.children if c.dep_ not in _NESTED and c.pos_ not in (
            "VERB", "AUX") and not (token == verb and c.dep_.startswith("nsubj"))]
    return sorted(out, key=lambda t: t.i)


_NESTED = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "conj", "xcomp", "appos"}


def _with(token, word: str) -> bool:
    return any(fold(c.lower_) == word and c.dep_ in ("case", "mark") for c in token.children)
