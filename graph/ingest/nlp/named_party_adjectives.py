"""A party's adjective resolved to the party the text names: "el diputado radical X" in a text
naming the Unión Cívica Radical, "la exministra socialista Y" beside the PSOE or the PS, "el
senador libertario Z" beside La Libertad Avanza. The adjective names the one party of the text
whose name (or the full name its acronym stands for) holds its word; with none or with two, it
names nothing (an ideology, not a party). ("popular" is left out: the word also means
well-liked, and a title of it with no name, "el candidato popular", would be read as a reference
to whichever of the party's people the text named last.)"""

from __future__ import annotations

from graph.ingest.knowledge import PARTY, name_tokens
from graph.ingest.nlp.parsed import METONYM
from graph.ingest.nlp.party_acronyms import other_names
from graph.ingest.reading import fold

# The adjective's masculine (or only) singular form, and the words a party's name holds for it
# (any one of the alternatives, all of its words).
_ADJECTIVES = {
    "socialista": (("socialista",),),
    "radical": (("radical",),),
    "libertario": (("libertad",), ("libertario",)),
    "republicano": (("republicano",), ("republicana",)),
    "liberal": (("liberal",),),
    "conservador": (("conservador",),),
    "comunista": (("comunista",),),
    "laborista": (("laborista",),),
    "justicialista": (("justicialista",),),
    "socialdemocrata": (("socialdemocrata",),),
    "democristiano": (("democrata", "cristiano"), ("democracia", "cristiana")),
    "democratacristiano": (("democrata", "cristiano"), ("democracia", "cristiana")),
    "kirchnerista": (("patria",), ("frente", "de", "todos")),
}


def named_party_adjectives(parsed) -> dict[str, str]:
    """The forms of each adjective that names exactly one of the text's parties, and those a
    two-word "Partido X" the text names gives its X ("socialista" for the Partido Socialista,
    over the table's reading)."""
    found = _table_adjectives(parsed)
    found.update(_partido_adjectives(parsed))
    return found


def _partido_adjectives(parsed) -> dict[str, str]:
    """"socialista" for the Partido Socialista the text names: a party's adjective stands for
    it in titles ("la socialista Paulina Vodanovic")."""
    found: dict[str, str] = {}
    for mention in parsed.linked.mentions:
        words = fold(mention.text).split()
        if len(words) == 2 and words[0] == "partido" and parsed.kb.is_a(mention.key, PARTY):
            stem = words[1][:-1] if words[1][-1] in "oa" else words[1]
            for ending in ("", "o", "a", "os", "as", "s"):
                found.setdefault(stem + ending if ending else words[1], mention.key)
    return found


def _table_adjectives(parsed) -> dict[str, str]:
    names: dict[str, set[tuple[str, ...]]] = {}
    for mention in parsed.linked.mentions:
        if mention.kind != METONYM and parsed.kb.is_a(mention.key, PARTY) and \
                not parsed.is_person(mention.key):
            # "el PSOE": by the full name its acronym stands for too
            written = [mention.text, parsed.kb.label(mention.key)]
            names.setdefault(mention.key, set()).update(
                name_tokens(n) for n in written + [o for w in written for o in other_names(w)])
    found: dict[str, str] = {}
    for word, alternatives in _ADJECTIVES.items():
        parties = {key for key, keys in names.items()
                   if any(all(w in name for w in words) for name in keys
                          for words in alternatives)}
        if len(parties) == 1:
            found.update(dict.fromkeys(adjective_forms(word), parties.pop()))
    return found


def adjective_forms(word: str) -> set[str]:
    """Gender and number: "radical, radicales", "socialista, socialistas", "libertario,
    libertarias", "conservador, conservadoras"."""
    if word.endswith("o"):
        stem = word[:-1]
        return {stem + "o", stem + "a", stem + "os", stem + "as"}
    if word.endswith("or"):
        return {word, word + "a", word + "es", word + "as"}
    if word.endswith(("a", "e")):
        return {word, word + "s"}
    return {word, word + "es"}
