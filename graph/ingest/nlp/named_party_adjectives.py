"""A party's adjective resolved to the party the text names: "el diputado radical X" in a text
naming the Unión Cívica Radical, "la exministra socialista Y" beside the PSOE or the PS, "el
senador libertario Z" beside La Libertad Avanza. The adjective names the one party of the text
whose name (or the full name its acronym stands for) holds its word; with none or with two, it
names nothing (an ideology, not a party). "popular", which also means well-liked, names the one
Partido Popular a text names only in a title right before a name ("el popular Mariano
Cedillo", "la portavoz popular, X"; not "el candidato popular, que ...")."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY, name_tokens
from graph.ingest.nlp import gazetteer as gz
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
    # (a party named by its members in the plural: Sweden's "Socialdemócratas" and
    # "Cristianodemócratas", Denmark's "Socialdemócratas")
    "socialdemocrata": (("socialdemocrata",), ("socialdemocratas",)),
    "democristiano": (("democrata", "cristiano"), ("democracia", "cristiana")),
    "democratacristiano": (("democrata", "cristiano"), ("democracia", "cristiana")),
    "cristianodemocrata": (("cristianodemocrata",), ("cristianodemocratas",),
                           ("democrata", "cristiano"), ("democracia", "cristiana")),
    "kirchnerista": (("patria",), ("frente", "de", "todos")),
    # adjectives of one party, not of an idea: the Partido Justicialista, Brazil's Partido
    # dos Trabalhadores, Mexico's PRI, PAN and Morena, Colombia's Centro Democrático, Peru's
    # Fuerza Popular and APRA, Nicaragua's FSLN, Venezuela's PSUV, Ecuador's PSC and
    # Revolución Ciudadana, Uruguay's Frente Amplio, the United States' Democratic Party
    "peronista": (("justicialista",),),
    "petista": (("trabajadores",), ("trabalhadores",)),
    "priista": (("revolucionario", "institucional"),),
    "panista": (("accion", "nacional"),),
    "morenista": (("morena",),),
    "uribista": (("centro", "democratico"),),
    "fujimorista": (("fuerza", "popular"),),
    "correista": (("revolucion", "ciudadana"),),
    "aprista": (("aprista",),),
    "sandinista": (("sandinista",),),
    "chavista": (("socialista", "unido"),),
    "socialcristiano": (("social", "cristiano"), ("socialcristiano",)),
    "frenteamplista": (("frente", "amplio"),),
    "democrata": (("democrata",),),
}


# A party's adjective that also means well-liked: a party's only in a title before a name
WELL_LIKED = {"popular", "populares"}


def named_after(parsed, end: int) -> bool:
    """Whether a person's name follows the title ending at token `end` ("el diputado popular
    X", "la portavoz popular, X"), not a clause ("el candidato popular, que ...")."""
    doc = parsed.doc
    i = end + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    mention = parsed.mention(doc[i]) if i < len(doc) else None
    return mention is not None and parsed.is_person(mention.key)


def popular_party(parsed) -> str | None:
    """The one party of the text named Partido Popular (or by its acronym), if one."""
    parties = set()
    for mention in parsed.linked.mentions:
        if mention.kind != METONYM and parsed.kb.is_a(mention.key, PARTY) and \
                not parsed.is_person(mention.key):
            written = [mention.text, parsed.kb.label(mention.key)]
            names = {name_tokens(n) for n in written + [o for w in written for o in other_names(w)]}
            if any(name[:2] == ("partido", "popular") for name in names):
                parties.add(mention.key)
    return parties.pop() if len(parties) == 1 else None


def named_party_adjectives(parsed) -> dict[str, str]:
    """The forms of each adjective that names exactly one of the text's parties, and those a
    two-word "Partido X" the text names gives its X ("socialista" for the Partido Socialista,
    over the table's reading)."""
    found = _name_adjectives(parsed)
    found.update(_table_adjectives(parsed))
    found.update(_partido_adjectives(parsed))
    return found


# Endings of the adjectives a party's name holds and its members are called by ("La Francia
# Insumisa": "el diputado insumiso X"; "Frente Renovador": "el renovador Y"; the "-ista" of a
# movement), not those of nouns or of common qualities ("Nueva", "Democrática", "Concordia").
_NAME_ADJECTIVE_ENDINGS = ("or", "ora", "iso", "isa", "ista")


def _name_adjectives(parsed) -> dict[str, str]:
    """The adjectives written in the names of the text's parties after their first word
    ("Insumisa", "Renovador"), each of exactly one of them."""
    parties: dict[str, set[str]] = {}
    for mention in parsed.linked.mentions:
        if mention.kind == METONYM or not parsed.kb.is_a(mention.key, PARTY) or \
                parsed.is_person(mention.key):
            continue
        for name in (mention.text, parsed.kb.label(mention.key)):
            words = name.split()
            for word in words[1:]:
                folded = fold(word)
                if word[:1].isupper() and len(folded) >= 6 and \
                        folded.endswith(_NAME_ADJECTIVE_ENDINGS) and not _demonym(word) and \
                        folded not in _ADJECTIVES and folded not in WELL_LIKED:
                    parties.setdefault(_masculine(folded), set()).add(mention.key)
    found: dict[str, str] = {}
    for word, keys in parties.items():
        if len(keys) == 1:
            found.update(dict.fromkeys(adjective_forms(word), next(iter(keys))))
    return found


def _masculine(word: str) -> str:
    """"insumisa" -> "insumiso", "renovadora" -> "renovador"; "-ista" is both."""
    if word.endswith("isa"):
        return word[:-1] + "o"
    if word.endswith("ora"):
        return word[:-1]
    return word


def _partido_adjectives(parsed) -> dict[str, str]:
    """"socialista" for the Partido Socialista the text names: a party's adjective stands for
    it in titles ("la socialista Paulina Vodanovic")."""
    found: dict[str, str] = {}
    for mention in parsed.linked.mentions:
        words = fold(mention.text).split()
        if len(words) == 2 and words[0] == "partido" and parsed.kb.is_a(mention.key, PARTY) \
                and not _demonym(words[1]):
            stem = words[1][:-1] if words[1][-1] in "oa" else words[1]
            for ending in ("", "o", "a", "os", "as", "s"):
                found.setdefault(stem + ending if ending else words[1], mention.key)
    return found


def _demonym(word: str) -> bool:
    """A place's demonym: the Partido Aragonés's "aragonés" says "el presidente aragonés" is
    Aragón's, not the party's (its members are "aragonesistas")."""
    return bool(gz.regional_demonym(word) or gz.demonym(word))


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
