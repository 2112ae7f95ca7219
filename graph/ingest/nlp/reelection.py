"""Whose re-election a "reelección" is: "Jaldo, que buscará su reelección", told of one the text
titles governor ("El gobernador Osvaldo Jaldo"), mayor or senator, or told of the title itself
("la intendenta, que buscará la reelección"), is not the country's presidential race; with no
race named for it, the race is left unsaid."""

from __future__ import annotations

from graph.ingest.nlp.election_kinds import (
    GOVERNOR,
    LEGISLATIVE,
    MUNICIPAL,
    OFFICE_KINDS,
    PRESIDENTIAL,
)
from graph.ingest.nlp.election_nouns import heads_election, year_of
from graph.ingest.nlp.governor_rounds import governor_race
from graph.ingest.nlp.town_races import MUNICIPAL_RACE
from graph.ingest.reading import fold

# Titles of offices other than the presidency, as they stand before a name
_MORE_TITLES = {"intendenta": MUNICIPAL, "legislador": LEGISLATIVE, "legisladora": LEGISLATIVE}
_OTHER_TITLES = {word for word, kind in OFFICE_KINDS.items() if kind != PRESIDENTIAL} | set(
    _MORE_TITLES)
_RELATIVES = {"que", "quien", "quienes", "cual"}
_CANDIDACIES = {"candidatura", "precandidatura", "postulacion"}


def of_another_office(parsed, token) -> bool:
    """Whether the one whose re-election the noun `token` is sought holds, by the text's
    titles for them, an office other than the presidency."""
    return held_kind(parsed, token) is not None


def held_kind(parsed, token) -> str | None:
    """The kind of race that fills the office other than the presidency that the one whose
    re-election the noun `token` is sought holds by the text's titles for them ("El gobernador
    Osvaldo Jaldo", "el actual gobernador, Ricardo Díaz, que va a la reelección"), or None."""
    title = held_title(parsed, token)
    return _kind(title) if title is not None else None


def held_race(elections, token, kind: str) -> str | None:
    """A governor's re-election with no governor's race named before: the one the text names
    after, else the race for the office the title names ("Tarcísio, el gobernador de São
    Paulo, ... optó por buscar la reelección": São Paulo's), in the one year ahead the text's
    races are held (else the year the phrase gives, else the article's)."""
    title = held_title(elections.parsed, token)
    if kind != GOVERNOR or title is None:
        return None
    named = [elections.named(t) for t in elections.parsed.doc if heads_election(t)]
    later = [k for k in named[len([t for t in elections.parsed.doc[:token.i]
                                   if heads_election(t)]):]
             if k and race_of_kind(elections.kb.label(k), kind)]
    if later:
        return later[0]  # "... y competirá en las elecciones provinciales de 2027"
    words = [t.text for t in title.subtree if abs(t.i - title.i) <= 6]
    race = governor_race(GOVERNOR, title, elections, words)
    key = elections._election(race, "", token) if race else None
    ahead = {elections._year(k) for k in named
             if k and elections._year(k) >= elections.parsed.document.anchor.year}
    # "su candidatura a la reelección en 2027": the phrase's own year stands
    dated = any(year_of(t.text) for t in token.subtree)
    if key and len(ahead) == 1 and elections._year(key) not in ahead and not dated:
        key = elections.in_year(key, ahead.pop(), token)
    return key


def term_race(parsed, token) -> str | None:
    """"Lula, que ya confirmó que se presentará a un cuarto mandato", told paragraphs after
    "las presidenciales de octubre": a further term is won in the race the text named last
    before, however far back, of this year or later; a governor's or a mayor's term only in a
    race for that office."""
    since = parsed.document.anchor.year
    held = held_kind(parsed, token)
    if held is not None:
        return last_of_kind(parsed.elections, token.i, held, since)
    return parsed.elections.before(token.i, sentences=len(parsed.doc), since=since)


def held_title(parsed, token):
    """The title (a noun) the text gives the one whose re-election the noun `token` is, or
    who seeks or wins the office it names ("Ruiz, el alcalde de Elche, ... ganó la alcaldía
    en 2019")."""
    owner = _candidacy_owner(token)
    if owner is not None:
        return _title_of(parsed, owner)
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if (subject is None or subject.lower_ == "que") and verb.dep_ in ("ccomp", "xcomp"):
        # "Neme anunció que buscará la reelección", "que optó por buscar la reelección": the
        # one who tells of their own, or chooses it (the small model may take the
        # complementizer for a subject)
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subject is None or subject.lower_ in _RELATIVES:
        clause = verb
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head  # "que fue el favorito y que optó por ..."
        if clause.dep_ in ("acl", "acl:relcl"):
            subject = clause.head  # "Jaldo, que buscará su reelección"
    return _title_of(parsed, subject)


def _candidacy_owner(token):
    """"respaldó la candidatura de Zdero a la reelección": the one whose candidacy it is, not
    the one who backs it."""
    head = token.head
    if fold(head.lower_) not in _CANDIDACIES or head == token:
        return None
    return next((c for c in head.children if c.dep_ == "nmod" and c.i < token.i and any(
        g.dep_ == "case" and g.lower_ in ("de", "del") for g in c.children)), None)


def _title_of(parsed, subject):
    """The title the text gives `subject` (a title itself, or a person's name)."""
    if subject is not None and subject.pos_ == "NOUN" and fold(subject.lower_) in _OTHER_TITLES:
        return subject  # "El gobernador, que aspira a la reelección": the title
    mention = parsed.mention(subject) if subject is not None else None
    if mention is None or not parsed.is_person(mention.key):
        return None
    doc = parsed.doc
    for other in parsed.linked.mentions:
        if other.key != mention.key:
            continue
        # "el gobernador Jaldo", "el actual gobernador, Ricardo Díaz": the title before the
        # name, or the noun the name stands in apposition to
        before = [t for t in doc[max(other.start - 3, 0):other.start]
                  if t.pos_ != "DET" and t.text != ","]
        if before and fold(before[-1].lower_) in _OTHER_TITLES:
            return before[-1]
        name = doc[other.start]
        if name.dep_ == "appos" and fold(name.head.lower_) in _OTHER_TITLES:
            return name.head
        after = next((c for c in name.children if c.dep_ == "appos" and
                      fold(c.lower_) in _OTHER_TITLES), None)
        if after is not None:
            return after  # "Enfrente está Ruiz, el alcalde de Elche, que ..."
    return None


def _kind(title) -> str:
    word = fold(title.lower_)
    return OFFICE_KINDS.get(word) or _MORE_TITLES[word]


def race_of_kind(label: str, kind: str) -> bool:
    """Whether the race called `label` is of `kind` (a town's race is a municipal one)."""
    return label.startswith(kind) or kind == MUNICIPAL and label.startswith(MUNICIPAL_RACE)


def last_of_kind(elections, index: int, kind: str, since: int | None) -> str | None:
    """The race of `kind` (of that year or later) named last before token `index`."""
    for token in reversed(elections.parsed.doc[:index]):
        key = elections.named(token) if heads_election(token) else None
        if key and race_of_kind(elections.kb.label(key), kind) and (
                since is None or elections._year(key) >= since):
            return key
    return None
