"""A gathering a text first describes and then retells by a noun it gives a name to: "abrieron
una cumbre de dos días organizada por el ADR ... A la cita, bautizada «Foro de las Naciones
Libres», asistieron ...". The name the text gives the gathering names it, so what the text
told of the described one (who organized it) goes to the named event."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.events import NAMING_VERBS, is_definite
from graph.ingest.nlp.retold_kinds import move_event
from graph.ingest.nlp.words import folded_lemma, verb_lemma

# Nouns that retell a gathering without saying its kind, beside the kinds themselves
_RETELLING = {"cita", "reunion", "evento"}
# How many sentences after the described gathering the name may come
_REACH = 2


def baptized(parsed, described: dict[int, str], kind_of) -> None:
    """Fold the one gathering described shortly before a definite noun that a naming
    participle gives an event's name ("la cita, bautizada X") into that named event."""
    doc = parsed.doc
    for noun in doc:
        if noun.pos_ != "NOUN" or not is_definite(noun) or \
                noun.morph.get("Number") == ["Plur"] or \
                kind_of(noun) is None and folded_lemma(noun) not in _RETELLING:
            continue
        names = [c for c in noun.children if c.dep_ == "appos" and
                 parsed.mention(c) is not None and parsed.kb.is_a(parsed.mention(c).key, EVENT)]
        # the participle hangs on the noun or, as the model often parses it, on the name
        if not names or not any(c.dep_ in ("amod", "acl") and verb_lemma(c) in NAMING_VERBS
                                for c in [*noun.children, *names[0].children]):
            continue
        name = parsed.mention(names[0])
        here = parsed.sentence_of(noun)
        earlier = {key for i, key in described.items() if i < noun.i and key != name.key and
                   0 <= here - parsed.sentence_of(doc[i]) <= _REACH}
        if len(earlier) == 1:
            _to_named(parsed, described, earlier.pop(), name.key)


def _to_named(parsed, described: dict[int, str], old: str, new: str) -> None:
    """The described gathering's nouns are mentions of the named one, no description."""
    for i, key in list(described.items()):
        if key == old:
            del described[i]
    move_event(parsed, old, new)
