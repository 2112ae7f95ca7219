"""Offices held in a government or a chamber that an adjective places: "vicepresidente del
Gobierno aragonés" is the vice-president of Aragón's government, "portavoz del Ejecutivo
andaluz" the spokesman of Andalucía's; the adjective is what tells one region's government
from another's, so a title that drops it names an office of no place."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer
from graph.ingest.nlp.country_cues import LEANINGS
from graph.ingest.reading import fold

# bodies a title is held in ("del Gobierno", "de la Junta", "del Parlamento"), which the
# small model often reads as a name when capitalized
GOVERNING_BODIES = frozenset({
    "gobierno", "ejecutivo", "junta", "xunta", "generalitat", "parlamento", "asamblea",
    "cortes", "congreso", "senado", "camara", "diputacion", "cabildo", "consejo",
})

# the state itself, which a title names by its common noun ("expresidente de la República",
# "ministro del Interior de la Nación") and the office reader puts the country in place of
_STATE_WORDS = frozenset({"republica", "nacion"})

# a journalist's synonym of the government, named as the government in an office's name
_SYNONYMS = {"ejecutivo": "Gobierno"}


def governing_body_word(doc, i: int) -> bool:
    """The word at `i` is a capitalized body right after the "de" of a title ("del
    Gobierno"), which no name covers: a word of the title, not a name closing it."""
    token = doc[i]
    return token.pos_ == "PROPN" and token.text[:1].isupper() and \
        fold(token.lower_) in GOVERNING_BODIES | _STATE_WORDS and i > 0 and \
        doc[i - 1].lower_ in ("de", "del", "la", "las") and \
        (i + 1 >= len(doc) or doc[i + 1].pos_ != "PROPN")


def placed_body(complement: str, region: str | None) -> str:
    """The complement of a title whose body an adjective places ("del Gobierno" + "aragonés"
    → "del Gobierno de Aragón"); unchanged when it ends in no body or no region is said."""
    words = complement.split()
    if not words or fold(words[-1].lower()) not in GOVERNING_BODIES:
        return complement
    words[-1] = _SYNONYMS.get(fold(words[-1].lower()), words[-1])
    return " ".join(words) + (" de " + region if region else "")


def of_partisans(doc, first: int, last: int) -> bool:
    """"el secretario general de los populares extremeños", "la portavoz de los socialistas":
    a post among a party's people (the party's, not an office of a state)."""
    return any(doc[i].lower_ in ("los", "las") and fold(doc[i + 1].lower_) in LEANINGS and
               doc[i + 1].lower_.endswith("s") for i in range(first, last))


def leaders_country(parsed, title) -> str | None:
    """"vicepresidenta del Gobierno de Giorgia Meloni": the government a person heads is
    their country's; the country the graph gives the person named right after the body."""
    doc = parsed.doc
    words = title.complement.split()
    i = title.last + 1
    if not words or fold(words[-1].lower()) not in GOVERNING_BODIES or \
            i + 1 >= len(doc) or doc[i].lower_ != "de":
        return None
    mention = parsed.mention(doc[i + 1])
    if mention is None or mention.start != i + 1 or not parsed.is_person(mention.key):
        return None
    country = parsed.kb.country(mention.key)
    if country:
        return parsed.kb.label(country)
    if mention.key in parsed.nationality:
        return parsed.nationality[mention.key]  # "la primera ministra italiana, X" before
    # else the one country the offices the graph says the person holds are of
    held = {_country_in(parsed.kb.label(o)) for o in parsed.kb.offices(mention.key)} - {None}
    return held.pop() if len(held) == 1 else None


def _country_in(label: str) -> str | None:
    """"Primer ministro de Italia": the country an office's name ends with."""
    head, _, tail = label.rpartition(" de ")
    place = gazetteer.place(tail) if head else None
    return place.name if place is not None and place.kind == "country" else None
