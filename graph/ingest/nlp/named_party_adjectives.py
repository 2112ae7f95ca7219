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
    """The forms of each adjective that names exactly one of the text's parties."""
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
            found.update(dict.fromkeys(_forms(word), parties.pop()))
    return found


def _forms(word: str) -> set[str]:
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
