"""Bodies a text names with a common noun: a mission an organization sends ("la misión de la
OEA", "la misión de observación de la Unión Europea"), a body of its own which someone heads,
not the organization itself; a country's government ("el gobierno chileno", "el Ejecutivo
argentino"), which convenes and organizes as "Gobierno de Chile"; its opposition or ruling camp
("la oposición salvadoreña")."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, ORGANIZATION, name_tokens
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.ends import DEMONYM, End
from graph.ingest.nlp.gazetteer import demonym
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_MISSIONS = {"mision"}
_GOVERNMENTS = {"gobierno", "ejecutivo"}
_CAMPS = {"oposicion", "oficialismo"}
_STOPS = {",", ";", ":", "(", ".", "que"}


def body_ends(parsed, token) -> list[End]:
    return _government(parsed, token) or _camp(parsed, token) or _mission(parsed, token)


def _camp(parsed, token) -> list[End]:
    """"la oposición salvadoreña", "el oficialismo peruano": a country's camp, by the name
    the text gives it (the graph's if it holds it)."""
    if fold(token.lower_) not in _CAMPS or token.i + 1 >= len(token.doc):
        return []
    adjective = token.doc[token.i + 1]
    if adjective.head != token or adjective.dep_ != "amod" or not demonym(adjective.text):
        return []
    # a camp is a coalition of parties, as the graph's "Oposición chilena" is
    return [_known_or_proposed(parsed, f"{token.text.capitalize()} {adjective.lower_}", token,
                               COALITION)]


def _government(parsed, token) -> list[End]:
    """"el gobierno chileno", "el Ejecutivo argentino": the graph's "Gobierno de Chile" if it
    holds it, else proposed under that name."""
    if fold(token.lower_) not in _GOVERNMENTS:
        return []
    country = None
    for child in token.children:
        mention = parsed.mention(child)
        if child.dep_ == "amod" and child.i == token.i + 1:
            country = demonym(child.text)
        elif mention is not None and mention.kind == DEMONYM and child.i == token.i + 1:
            country = parsed.kb.label(mention.key)
        if country:
            break
    if not country:
        return []
    return [_known_or_proposed(parsed, f"Gobierno de {country}", token)]


def _known_or_proposed(parsed, label: str, token, cls: str = ORGANIZATION) -> End:
    """The graph's entity of that name, named by `token` and the word after it, if it holds
    exactly one; else a new one proposed under it."""
    known = parsed.kb.index.get(name_tokens(label), set())
    if len(known) == 1:
        return End(next(iter(known)), token.i, token.i + 1)
    return _proposed(parsed, label, token, token.i + 1, cls)


def _proposed(parsed, label: str, token, last: int, cls: str = ORGANIZATION) -> End:
    key = NEW + slug(label)
    if key not in parsed.proposals:
        entity = CandidateEntity(key, label, cls, example=token.sent.text)
        parsed.proposals[key] = entity
        parsed.kb.candidates[key] = entity
    return End(key, token.i, last)


def _mission(parsed, token) -> list[End]:
    """The mission the noun names, proposed under the name the text gives it."""
    if folded_lemma(token) not in _MISSIONS or token.morph.get("Number") == ["Plur"]:
        return []
    doc = token.doc
    for i in range(token.i + 1, min(token.i + 10, token.sent.end)):
        if doc[i].text in _STOPS or doc[i].pos_ in ("VERB", "AUX"):
            return []
        mention = parsed.mention(doc[i])
        if mention is None:
            continue
        if mention.start != i or not parsed.kb.is_a(mention.key, ORGANIZATION) or \
                doc[i - 1].lower_ not in ("de", "del", "la", "el"):
            return []
        label = doc[token.i:mention.end].text
        return [_proposed(parsed, label[:1].upper() + label[1:], token, mention.end - 1)]
    return []
