"""The country of a race its phrase does not name, from its sentence: a country the sentence
names, else the one an adjective of nationality gives a seat of a state's power in it
("asumió la presidencia boliviana tras derrotar en la segunda vuelta a X"); not one on a person
(where that person comes from) nor on a thing ("la frontera bielorrusa")."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY
from graph.ingest.nlp.words import demonym_label, folded_lemma

# Nouns of a state's power, whose adjective of nationality is the state the race fills them in
_POWERS = {"presidencia", "gobierno", "ejecutivo", "parlamento", "congreso", "senado", "camara",
           "asamblea", "jefatura", "cancilleria", "republica", "legislativo"}


def sentence_country(parsed, token) -> str | None:
    sentence = token.sent
    for mention in parsed.linked.mentions:
        if sentence.start <= mention.start < sentence.end and \
                parsed.kb.is_a(mention.key, COUNTRY) and mention.kind != "demonym":
            return parsed.kb.label(mention.key)
    countries = {demonym_label(t) for t in sentence if t.pos_ == "ADJ" and demonym_label(t) and
                 t.dep_ == "amod" and folded_lemma(t.head) in _POWERS}
    return countries.pop() if len(countries) == 1 else None
