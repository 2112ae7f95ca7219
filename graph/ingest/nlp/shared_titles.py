"""Titles the role reader's phrase leaves out: the first of two roles sharing one name ("El
diputado y líder del PNL, Johannes Kaiser": a deputy too), and a title after a name that an
adverb of the present opens ("Jeannette Jara, hoy presidenta del Partido Comunista")."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.words import base_role
from graph.ingest.reading import fold

# Adverbs that set a title after a name in the present, as "actual" does before it.
_NOW = {"hoy", "ahora", "actualmente"}


def shared_title_claims(roles, mention: Mention) -> list[Found]:
    if not roles.parsed.is_person(mention.key):
        return []
    found = []
    first = _first_of_pair(roles, mention)
    if first is not None:
        cue = "apposition" if roles.doc[mention.start - 1].text == "," else "title"
        found += roles._claims(first, mention, cue)
    now = _present_title(roles, mention)
    if now is not None:
        found += roles._claims(now, mention, "apposition")
    return found


def _first_of_pair(roles, mention: Mention):
    """"El diputado y líder del PNL, X": the bare role before "y" and the title the name
    takes. A determiner after the "y" ("el presidente y el líder") makes two persons."""
    doc = roles.doc
    second = roles._title_before(mention)
    if second is None or second.first < 2 or doc[second.first - 1].lower_ not in ("y", "e") \
            or doc[second.first].pos_ == "DET":
        return None
    last = j = second.first - 2
    while j > 0 and doc[j].pos_ == "ADJ" and not base_role(doc[j])[0]:
        j -= 1  # "el diputado chileno y líder de ..."
    word, former = base_role(doc[j])
    if not word or doc[j].pos_ != "NOUN" or roles.parsed.mention(doc[j]) or \
            j > 0 and doc[j - 1].pos_ != "DET":
        return None
    return roles._phrase(j, last, word, former)


def _present_title(roles, mention: Mention):
    """"X, hoy presidenta del Partido Comunista, ...": the title after the adverb."""
    doc = roles.doc
    i = mention.end
    if i + 2 >= len(doc) or doc[i].text != "," or fold(doc[i + 1].lower_) not in _NOW:
        return None
    i += 2
    word, former = base_role(doc[i])
    if not word or doc[i].pos_ != "NOUN" or roles.parsed.mention(doc[i]):
        return None
    return roles._phrase(i, roles._phrase_end(i), word, former)
