"""A relative clause the small model hangs on what a gathering is about rather than on the
gathering: "una jornada sobre el agua que Vox organiza el sábado", "unas jornadas sobre
inmigración que el partido celebrará en noviembre". When the topic names nothing the verb can
take, the clause's object is the gathering whose topic it is."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.events import is_event_noun
from graph.ingest.nlp.words import folded_lemma

# Prepositions that give a gathering its topic
_ABOUT = {"sobre", "de", "contra", "acerca", "por"}


def gathering_of_topic(parsed, verb) -> list:
    if verb.dep_ not in ("acl", "acl:relcl") or not any(
            c.dep_ == "obj" and folded_lemma(c) == "que" and c.i < verb.i and not preposition(c)
            for c in verb.children):
        return []
    topic = verb.head
    if topic.pos_ != "NOUN" or topic.dep_ != "nmod" or preposition(topic) not in _ABOUT or \
            parsed.mention(topic) is not None:
        return []
    gathering = topic.head
    if not is_event_noun(gathering) and gathering.i not in parsed.described:
        return []
    return parsed.ends(gathering, conj=False)
