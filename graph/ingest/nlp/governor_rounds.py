"""A round of a governor's race: "la segunda vuelta por la Gobernación de La Paz", "el
balotaje para gobernador de Santa Cruz", "irán a segunda vuelta por el gobierno del estado".
Bolivia, Brazil and other countries hold run-offs for a department's or a state's governor
too; the round is the province's, not the country's presidential one. A bare round ("no pasará
al balotaje") in a story that named a governor's race before it, and no presidency, is that
race's round. Named like the graph's rounds: "Segunda vuelta de la elección de gobernador de
La Paz de 2026"."""

from __future__ import annotations

from graph.ingest.knowledge import ROUND, name_tokens
from graph.ingest.nlp.election_kinds import (
    FIRST_ROUND,
    FIRST_ROUND_OF,
    GOVERNOR,
    PROVINCE_NOUNS,
    RUNOFF_OF,
    SECOND_ROUND,
    kind_of,
)
from graph.ingest.nlp.election_nouns import heads_election
from graph.ingest.nlp.governed_regions import is_governed
from graph.ingest.nlp.regional_races import presidential_words
from graph.ingest.nlp.story_provinces import names_a_body, provincial_vote, story_province
from graph.ingest.reading import fold

_ROUND_NAMES = {FIRST_ROUND: FIRST_ROUND_OF, SECOND_ROUND: RUNOFF_OF}
# Prepositions that give a round the office it is fought for: "segunda vuelta por el gobierno"
_FOR = {"por", "para"}


def of_a_governor(kind: str | None, token) -> bool:
    """Whether `kind` is a governor's race, or a round whose phrase names a governor's office."""
    return kind == GOVERNOR or kind in _ROUND_NAMES and _governor_word(token) is not None


def governor_race(kind: str, token, elections, words: list[str]) -> str | None:
    """The name of the governor's race (or round of it) the phrase of `token` names, by the
    province it names after the office ("por la Gobernación de La Paz"), else as a governor's
    race finds it; None without a province."""
    office = _governor_word(token)
    doc = token.doc
    province = None
    if office is not None and office.i + 2 < len(doc) and doc[office.i + 1].lower_ == "de" \
            and doc[office.i + 2].text[:1].isupper() and \
            not names_a_body(elections.parsed, office.i + 2):
        province = elections._name_at(office.i + 2)
    province = province or elections._province(token, words)
    if province is None and (office is not None or provincial_vote(words, doc)):
        province = story_province(doc)  # the office named, its province the story's
    if province is None:
        return None
    if kind == GOVERNOR:
        return f"{GOVERNOR} de {province}"
    return f"{_ROUND_NAMES[kind]} de la elección de gobernador de {province}"


def story_governor_round(elections, kind: str | None, token) -> str | None:
    """The round of kind `kind` of the governor's race the text named last before the bare
    round `token` ("Fontana reconoce que no pasará al balotaje" after "el escrutinio de la
    elección a gobernador de Paraná"), in that race's year, when no phrase before it names a
    presidency; else None. Only the governor's race is read, not the rounds before: each
    would read this one again."""
    if kind not in _ROUND_NAMES or presidential_words(token) or _governor_word(token):
        return None
    phrases = [(before, [t.text for t in before.subtree if abs(t.i - before.i) <= 8])
               for before in token.doc[:token.sent.start] if heads_election(before)]
    if any(fold(w.lower()).startswith("presiden") for _, words in phrases for w in words):
        return None  # a presidency is run for too: the bare round may be its
    races = [before for before, words in phrases if kind_of(words) == GOVERNOR]
    race = elections.named(races[-1]) if races else None
    label = elections.kb.label(race) if race else ""
    if not label.startswith(GOVERNOR + " de "):
        return None
    place = label[len(GOVERNOR + " de "):]  # "Paraná de 2026"
    name = f"{_ROUND_NAMES[kind]} de la elección de gobernador de {place}"
    hits = [i for i in elections.kb.index.get(name_tokens(name), ()) if elections.kb.is_a(i, ROUND)]
    return hits[0] if hits else elections._propose(name, ROUND, token)


def _governor_word(token):
    """The word of the round's phrase naming the governor's office: in its subtree, or the
    "por el gobierno del estado" the parser hangs on the verb right after it."""
    near = [t for t in token.subtree if abs(t.i - token.i) <= 8]
    doc = token.doc
    if token.i + 3 < len(doc) and doc[token.i + 1].lower_ in _FOR:
        near += [t for t in doc[token.i + 2:token.i + 4] if t not in near]
    return next((t for t in near if fold(t.lower_).startswith(("gobernacion", "gobernador"))
                 or _state_government(t)), None)


def _state_government(token) -> bool:
    """"el gobierno del estado", "el Gobierno de Paraná": the government a governor heads,
    not a country's ("el Gobierno de España" has no run-off)."""
    doc = token.doc
    if fold(token.lower_) != "gobierno" or token.i + 2 >= len(doc) or \
            doc[token.i + 1].lower_ not in ("de", "del"):
        return False
    after = doc[token.i + 2] if doc[token.i + 1].lower_ == "del" or \
        doc[token.i + 2].pos_ != "DET" else doc[token.i + 3] if token.i + 3 < len(doc) else None
    if after is None:
        return False
    return fold(after.lower_) in PROVINCE_NOUNS or is_governed(after.text)
