"""The province a governor's race is held in when its phrase names the office but no place:
"precandidato a gobernador de La Libertad Avanza" or "se anotó en la carrera por la
gobernación" in a story from Neuquén that names Neuquén again and again is Neuquén's race; and
"las elecciones provinciales de 2027" of such a province are its governor's race (Argentina's
provinces vote for their governor so). A name after "gobernador de" is no province when it is
a party's ("candidato a gobernador de La Libertad Avanza")."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, NETWORK, ORGANIZATION, PARTY, PERSON
from graph.ingest.nlp.entity_types import entity_class
from graph.ingest.nlp.governed_regions import governed_state, is_governed
from graph.ingest.reading import fold

# Words that make a bare vote a province's: "las elecciones provinciales de 2027". Not a
# state's ("una elección estatal" in Brazil fills the Senate and the state's house as well).
_OWN_VOTE = {"provincial", "provinciales"}


def story_province(doc) -> str | None:
    """The one governed province or state the story is about, if any."""
    return governed_state(doc)


def provincial_vote(words: list[str], doc) -> bool:
    """Whether a phrase's words name the vote of a province a governor heads: the one named in
    the phrase, else the one the story is about."""
    if not _OWN_VOTE & {fold(w.lower()) for w in words}:
        return False
    return any(is_governed(w) for w in words) or governed_state(doc) is not None


def names_a_body(parsed, index: int) -> bool:
    """Whether the name at token `index` is a party, a coalition, an organization or a person
    ("candidato a gobernador de La Libertad Avanza"), not the province of the office."""
    mention = parsed.mention(parsed.doc[index])
    if mention is None:
        return False
    # a name new to the graph has its class from its words ("La Libertad Avanza" a party's)
    classes = parsed.kb.classes(mention.key) | {
        entity_class(parsed.doc[mention.start:mention.end].text, knowledge=parsed.kb)}
    return bool(classes & {PERSON, PARTY, COALITION, NETWORK, ORGANIZATION})
