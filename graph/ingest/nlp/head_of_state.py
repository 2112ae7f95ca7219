"""The head of state a capitalized bare title names: in the Latin American press "el
Presidente", "el Mandatario", "la Presidenta" inside a sentence, with no country, party or
name beside it, is the president of the country the article is about (a Chilean paper's "el
Mandatario" is Chile's president, not the Colombian named in the sentence before)."""

from __future__ import annotations

from graph.ingest.nlp.compatriots import country_label
from graph.ingest.reading import fold

_HEADS = {"presidente", "presidenta", "mandatario", "mandataria", "jefe de estado",
          "jefa de estado"}


def own_head_of_state(parsed, token) -> tuple[str | None, str | None]:
    """When `token` is such a title: the country (its label), and the person the text named
    before as its head of state when it named one ("el Presidente José Antonio Kast")."""
    doc = token.doc
    word = fold(token.lower_)
    if word in ("jefe", "jefa") and token.i + 2 < len(doc):
        word = fold(doc[token.i:token.i + 3].text.lower())
    if word not in _HEADS or not token.text[:1].isupper() or token.is_sent_start or \
            token.i and doc[token.i - 1].is_punct and doc[token.i - 1].text not in (",", ";"):
        return None, None  # a capital that opens a sentence or a headline says nothing
    if any(c.dep_ in ("nmod", "appos", "flat", "amod") and c.i > token.i
           for c in token.children if fold(c.lower_) not in ("estado",)):
        return None, None  # "el Presidente de Brasil", "el Presidente salvadoreño", "… X"
    country = parsed.elections.document_country()
    titled = {k for w in _HEADS for k in parsed.titled.get(w, ())}
    # a head the text gave no country is its own country's
    heads = {m.key for m in parsed.linked.mentions if m.start < token.i and m.key in titled and
             country_label(parsed, m.key) in (country, None)}
    return country, heads.pop() if country and len(heads) == 1 else None



# "el mandatario" names the head of an executive by no office of its own: a president, a
# governor, a prime minister the text titled so is one ("El gobernador Jaldo no fue invitado,
# aunque el mandatario se reunió con Menem")
_GENERIC = {"mandatario", "mandataria"}
_EXECUTIVE = {"presidente", "presidenta", "gobernador", "gobernadora", "premier", "mandatario",
              "mandataria", "jefe de estado", "jefa de estado", "jefe de gobierno",
              "jefa de gobierno"}


# "la legisladora", "el parlamentario": any member of a chamber the text titled by its seat
# ("la diputada X ... respondió la legisladora")
_LAWMAKER = {"legislador", "legisladora", "parlamentario", "parlamentaria"}
_LEGISLATIVE = _LAWMAKER | {"diputado", "diputada", "senador", "senadora", "congresista",
                            "eurodiputado", "eurodiputada", "asambleista", "parlamentario"}


def same_office(titled: str, word: str) -> bool:
    """Whether a person the text titled `titled` ("ex:" for a former one) may be the one a
    later bare `word` names: the same word, any head of an executive for "el mandatario", any
    member of a chamber for "el legislador"."""
    titled = titled.removeprefix("ex:")
    return titled == word or word in _GENERIC and titled in _EXECUTIVE or \
        word in _LAWMAKER and titled in _LEGISLATIVE


def generic_head(word: str, nearest: list) -> list:
    """The persons a bare office may still be when the text gave each of them another office:
    any, for a specific title; none for "el mandatario", which a senator or a minister is not."""
    return [] if word in _GENERIC else nearest
