"""The country and the year of a race its phrase leaves unsaid. Its country, from its
sentence: a country the sentence names (not in a clause of its own the race is not in), else
the one an adjective of nationality gives a seat of a state's power in it ("asumió la
presidencia boliviana tras derrotar en la segunda vuelta a X"); not one on a person (where
that person comes from) nor on a thing ("la frontera bielorrusa")."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY
from graph.ingest.nlp.country_cues import named_after, names_an_edition
from graph.ingest.nlp.headlines import headline_end
from graph.ingest.nlp.words import demonym_label, folded_lemma
from graph.ingest.reading import fold

# Nouns of a state's power, whose adjective of nationality is the state the race fills them in
_POWERS = {"presidencia", "gobierno", "ejecutivo", "parlamento", "congreso", "senado", "camara",
           "asamblea", "jefatura", "cancilleria", "republica", "legislativo"}


def sentence_country(parsed, token) -> str | None:
    sentence = token.sent
    for mention in parsed.linked.mentions:
        if sentence.start <= mention.start < sentence.end and \
                parsed.kb.is_a(mention.key, COUNTRY) and mention.kind != "demonym" and \
                not named_after(parsed.doc, mention.start) and \
                not names_an_edition(parsed, mention.start) and \
                not _in_another_clause(parsed.doc[mention.start], token):
            return parsed.kb.label(mention.key)
    countries = {demonym_label(t) for t in sentence if t.pos_ == "ADJ" and demonym_label(t) and
                 t.dep_ == "amod" and folded_lemma(t.head) in _POWERS}
    return countries.pop() if len(countries) == 1 else _topic_country(parsed, sentence)


def _topic_country(parsed, sentence) -> str | None:
    """"Hablemos de Perú. Hay segunda vuelta el domingo": the one country a short sentence
    right before names sets the topic of the next."""
    doc = parsed.doc
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if sum(1 for t in before if not t.is_punct and not t.is_space) > 5:
        return None
    named = {parsed.kb.label(m.key) for m in parsed.linked.mentions
             if before.start <= m.start < before.end and m.kind != "demonym" and
             parsed.kb.is_a(m.key, COUNTRY)}
    return named.pop() if len(named) == 1 else None


# Clauses hung on a word of another one: a relative, an adverbial or reported clause, an aside
_SUBORDINATE = {"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj"}


def _in_another_clause(named, race) -> bool:
    """Whether the country `named` lies in a clause of its own that the race's words are not
    in: "X, que dedicó su discurso a Venezuela, presentó a Y como candidata a la alcaldía de
    Málaga" says where X's speech went, not where Y runs."""
    word = named
    while word.head != word:
        if word.pos_ in ("VERB", "AUX") and word.dep_ in _SUBORDINATE:
            return not any(t.i == race.i for t in word.subtree)
        word = word.head
    return False


_ROUNDS = ("Primera vuelta presidencial", "Segunda vuelta presidencial")


def years_given(elections, race: str, token) -> list[int]:
    """The years the text gave the race `race` (its label less the year) before the end of the
    sentence of `token`: a year ahead from anywhere before, a year gone by only in this
    sentence ("se presentó en 2026 a la elección presidencial y fue derrotado en segunda
    vuelta"); a round takes the year given its whole election."""
    sentence = token.sent
    anchor = elections.parsed.document.anchor.year or 0
    races = [race] + [race.replace(r, "Elección presidencial", 1) for r in _ROUNDS
                      if race.startswith(r)]
    # a headline sums up its story: "presenta a X como su candidata a la alcaldía" is the
    # race the body dates ("en las municipales de 2027"), a year ahead given after it
    reach = len(token.doc) if in_headline(token) else sentence.end
    given = sorted((i, y) for r in races for i, y in elections._years.get(r, ())
                   if (i < sentence.end or i < reach and y >= anchor) and
                   (y >= anchor or i >= sentence.start))
    if not given and len(races) > 1:
        # "se presentó en 2026 a la elección presidencial ... y fue derrotado en segunda
        # vuelta": the year the sentence gives the whole election
        for other in sentence:
            if other.i < token.i and fold(other.lower_) in _WHOLE:
                year, _ = elections._year_of(other)
                if year != anchor:
                    given.append((other.i, year))
    return [y for _, y in given]


_WHOLE = {"eleccion", "elecciones", "presidenciales", "comicios"}


def in_headline(token) -> bool:
    """Whether `token` stands in the text's first line, above a body."""
    return token.i < headline_end(token.doc)
