"""The year of a race a candidacy is for: "lo proclamó en diciembre candidato a la presidencia
para las elecciones de octubre", told in January, is the race of the October ahead, whatever
year the office named before it was read in (a race one is named a candidate for lies ahead
of the naming)."""

from __future__ import annotations

from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.reading import fold


def dated_recall(elections, key: str | None, token) -> str | None:
    """The race `key` (recalled for the phrase headed by `token`), in the year the phrase's
    own month or year gives when it gives one."""
    if key is None:
        return None
    year, own = elections._year_of(token)
    if own and elections._year(key) not in (0, year):
        return elections.in_year(key, year, token)
    return key


def sought_for(sentence, offset: int) -> bool:
    """Whether the time at `offset` in `sentence` dates a race sought ahead: "para las
    elecciones de octubre", "de cara a los comicios de mayo"."""
    token = next((t for t in sentence if t.idx - sentence.start_char >= offset), None)
    for _ in range(3):
        if token is None or token.head == token:
            return False
        token = token.head
        if is_election_noun(token):
            return for_race_ahead(token)
    return False


def for_race_ahead(token) -> bool:
    """Whether the phrase of the race `token` heads is what something is for: "para las
    elecciones de octubre", "de cara a los comicios"."""
    return any(c.dep_ == "case" and c.lower_ == "para" for c in token.children) or \
        "de cara a" in fold(token.doc[max(token.i - 4, 0):token.i].text.lower()) or \
        token.dep_ == "nmod" and fold(token.head.lower_) in _PRECAMPAIGNS


# "el primer acto de la precampaña de las municipales de mayo", told in October: a campaign
# before the campaign proper is for a race still ahead of the act
_PRECAMPAIGNS = {"precampana", "precandidatura", "preparacion"}
