"""A plural title shared out over a list, one complement each: "los presidentes de Argentina,
Javier Milei; de Ecuador, Daniel Noboa, y de Paraguay, Santiago Peña", "los alcaldes de Lorca,
X, y de Cartagena, Y", "los líderes de Vox, X, y de Chega, Y"."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, ORGANIZATION, PLACE
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.offices import Title
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import DEFINITE_ARTICLES, base_role


def distributed_title(parsed: Parsed, mention: Mention) -> Title | None:
    """The title a later name of such a list takes from the plural noun, with the country,
    place or organization named just before the name."""
    doc, kb = parsed.doc, parsed.kb
    i = mention.start - 1
    if i < 2 or doc[i].text != ",":
        return None
    owner = parsed.mention(doc[i - 1])
    if owner is None or owner.end != i:
        return None
    link = owner.start - 1
    if link >= 0 and doc[link].lower_ in DEFINITE_ARTICLES:
        link -= 1  # "y de la Comunidad Valenciana, X"
    if link < 1 or doc[link].lower_ not in ("de", "del"):
        return None
    j = link - 1
    while j >= max(doc[mention.start].sent.start, mention.start - 40):
        token = doc[j]
        word, former = base_role(token)
        if word and token.pos_ == "NOUN" and token.morph.get("Number") == ["Plur"]:
            title = Title(word, j, former, j, j)
            if kb.is_a(owner.key, COUNTRY):
                title.countries.append(kb.label(owner.key))
            elif kb.is_a(owner.key, PLACE):
                title.set_complement([t.text for t in doc[link:owner.end]])
            elif kb.is_a(owner.key, ORGANIZATION):
                title.targets.append(End.of(owner))
            else:
                return None
            return title
        if token.text in (".", ":") or token.pos_ in ("VERB", "AUX"):
            return None
        j -= 1
    return None


def distributed_holders(parsed: Parsed, noun) -> list[End]:
    """The later names such a list shares the plural `noun` out to ("asistieron los ministros
    del Interior, X; de Hacienda, Y, y de Defensa, Z": Y and Z), each an end of what the noun
    does as much as the first."""
    if noun.morph.get("Number") != ["Plur"]:
        return []
    sent = noun.sent
    found: list[End] = []
    for mention in parsed.linked.mentions:
        if not noun.i < mention.start < sent.end or not parsed.is_person(mention.key):
            continue
        title = distributed_title(parsed, mention)
        if title is not None and title.token == noun.i:
            found.append(End.of(mention))
    return found
