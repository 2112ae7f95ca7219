"""A title of a level of a party's organization below the whole ("la presidenta provincial del
PP", "el secretario regional de Vox", "el líder local del PSOE", "el dirigente estatal del PAN")
heads a branch the text does not name: its holder is a member of the party, not its leader. A
branch the text names keeps its head ("el presidente provincial del PP de Málaga" leads the PP
de Málaga; "del PP andaluz" is read as the other titles of a party with its region are)."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.gazetteer import fold_key, place_at, regional_demonym
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.reading import fold

# The levels a party is organized in below the whole, as adjectives of a title (folded,
# masculine and feminine, singular and plural).
_LEVELS = {stem + ending
           for stem in ("provincial", "regional", "insular", "local", "municipal", "comarcal",
                        "territorial", "departamental", "cantonal", "distrital", "estatal")
           for ending in ("", "es")} | {"autonomico", "autonomica", "autonomicos", "autonomicas"}


def branch_level(parsed: Parsed, title: int, party: End) -> bool:
    """Whether the title at token `title` is qualified by a level of the party below the whole
    ("presidenta provincial", "secretario general regional") and the party is named without
    its region ("del PP", not "del PP de Málaga")."""
    doc = parsed.doc
    if not parsed.kb.is_a(party.key, PARTY):
        return False  # "el presidente regional de Murcia" holds the region's office
    for token in doc[title + 1:min(title + 4, len(doc))]:
        if token.lower_ in ("de", "del", ","):
            return False
        if fold(token.lower_) in _LEVELS:
            return not _names_a_region(parsed, party)
    return False


def _names_a_region(parsed: Parsed, party: End) -> bool:
    """Whether the party's name holds a region or a city after its first word ("PP de
    Málaga", "PSOE andaluz")."""
    words = parsed.doc[party.first:party.last + 2]
    key = fold_key(words.text)
    return any(place_at(key, start, ("region", "city")) is not None
               for start in range(1, len(key))) or \
        any(word.text.islower() and regional_demonym(word.text) is not None for word in words)
