"""The ends of a claim as a text names them, and what the parse readers share about them."""

from __future__ import annotations

from dataclasses import dataclass

from graph.ingest.nlp.linking import Mention
from graph.ingest.reading import fold

# Kinds of mention the linker gives that are not plain names.
METONYM = "metonym"  # "la Casa Blanca": never an actor itself
DEMONYM = "demonym"  # "chileno": a country, or a person by the country
COMMON = "common"  # a common-noun name of the graph ("segunda vuelta")


@dataclass
class End:
    """One end of a claim as the text names it."""

    key: str
    first: int  # token span that names it (for the quote)
    last: int
    reference: bool = False  # resolved through the discourse, not named here
    distance: int = 0  # sentences between the reference and its antecedent
    mention: Mention | None = None

    @classmethod
    def of(cls, mention: Mention, **fields) -> End:
        """The end a mention names where it stands."""
        return cls(mention.key, mention.start, mention.end - 1, mention=mention, **fields)


def gender_of(token) -> str | None:
    """"Fem" or "Masc": the noun's own, else its article's ("la representante")."""
    gender = token.morph.get("Gender")
    if gender:
        return gender[0]
    for child in token.children:
        if child.dep_ == "det" and child.morph.get("Gender"):
            return child.morph.get("Gender")[0]
    return None


def article_gender(doc, start: int) -> str | None:
    """"La alemana Alice Weidel", "el polaco X": the article of the words just before the name
    at `start` agrees with the person."""
    for i in range(start - 1, max(start - 4, -1), -1):
        token = doc[i]
        if token.pos_ == "DET":
            gender = token.morph.get("Gender")
            return gender[0] if gender and i < start - 1 else None
        if token.pos_ not in ("NOUN", "ADJ") or token.pos_ == "NOUN" and _abstract(token):
            return None  # "asumirá la presidencia X": the office's article, not the holder's
    return None


# Endings of Spanish nouns of offices, acts and qualities, which never name a person: "la
# presidencia", "la alcaldía", "la candidatura", "la dirección", "la jefatura"
# (the accent tells "alcaldía" from "socia")
_ABSTRACT = ("ía", "ción", "sión", "dad", "tura", "encia", "ancia")


def _abstract(token) -> bool:
    return token.lower_.endswith(_ABSTRACT)


def preposition_of(token) -> str:
    """The preposition of a phrase (clauses.preposition without the import cycle)."""
    for child in token.children:
        if child.dep_ == "case":
            return {"al": "a", "del": "de"}.get(child.lower_, fold(child.lower_))
    return ""
