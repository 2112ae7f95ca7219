"""Counterparts: "el presidente argentino, Javier Milei, y su homólogo chileno, José Antonio
Kast" gives Kast the office Milei holds, of the country the demonym names."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.offices import Title
from graph.ingest.nlp.parsed import METONYM, End
from graph.ingest.nlp.words import demonym_label, folded_lemma, role_kind
from graph.ingest.reading import fold

_COUNTERPARTS = {"homologo", "homologa", "par"}
# Titles a counterpart shares: one head of state or government, minister or chancellor
# faces another; a seat or a party office has no counterpart abroad.
_SHARED = {"head", "office"}
_FIRST = {"primer", "primera"}


def counterpart_claims(roles, token) -> list[Found]:
    """The office of "su homólogo <demonym>, <name>": the title of the person "su" stands
    for (the one named last before it in the sentence), of the demonym's country."""
    parsed = roles.parsed
    if fold(token.lower_) not in _COUNTERPARTS and folded_lemma(token) not in _COUNTERPARTS \
            or token.i == 0 or token.doc[token.i - 1].lower_ != "su":
        return []
    countries = [demonym_label(t) for t in token.doc[token.i:token.i + 2] if demonym_label(t)]
    named = [e for e in parsed._named_beside(token) if parsed.is_person(e.key)]
    owner = next((m.key for m in reversed(parsed.linked.mentions)
                  if token.sent.start <= m.start < token.i and m.kind != METONYM and
                  parsed.is_person(m.key)), None)
    if len(countries) != 1 or not named or owner is None or owner == named[0].key:
        return []
    words = {w for w, holders in parsed.titled.items()
             if owner in holders and role_kind(w) in _SHARED}
    if len(words) != 1:
        return []
    person = named[0]
    word = words.pop()
    title = Title(word, token.i, False, token.i, person.last, countries=countries,
                  modifiers=_premier(token, word))
    office = roles._office(title, person.key)
    if office is None or not parsed.kb.fits("holdsOffice", person.key, office):
        return []
    end = End(person.key, person.first, person.last, mention=person.mention)
    return [Found("holdsOffice", end, End(office, token.i, person.last, reference=True),
                  0.65, "reference", token.i, dated=False)]


def _premier(token, word: str) -> list[str]:
    """"El primer ministro de Hungría, X, y su homólogo macedonio": the counterpart of a prime
    minister is the other country's prime minister, not one of its ministers."""
    before = [t for t in token.doc[token.sent.start:token.i] if folded_lemma(t) == word or
              fold(t.lower_) == word]
    return ["primer"] if any(t.i > 0 and fold(t.doc[t.i - 1].lower_) in _FIRST
                             for t in before) else []
