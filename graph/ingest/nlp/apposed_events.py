"""An event noun set beside a named event ("la Cumbre Rural Ibérica, un encuentro organizado
por A y B", "el Foro del Danubio, una cita que el partido organiza") describes that event:
what the noun's phrase says (who organizes it, who attends) belongs to the named event, not to
another gathering its words might name."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.events import is_event_noun


def named_in_apposition(parsed, noun) -> list[End]:
    """The named event a common event noun is an apposition of, if any."""
    if not noun.is_lower or not is_event_noun(noun):
        return []
    before = named_before_comma(parsed, noun)
    if before:
        return before
    if noun.dep_ != "appos" or noun.head.i >= noun.i or noun.head.pos_ != "PROPN":
        return []
    if not any(t.text == "," for t in parsed.doc[noun.head.i + 1:noun.i]):
        return []
    return [e for e in parsed.ends(noun.head, conj=False) if parsed.kb.is_a(e.key, EVENT)]



def named_before_comma(parsed, noun) -> list[End]:
    """"ya intervino en Europa Viva 24, el acto organizado por Vox": the small model may hang
    the apposition on the verb as its object; a description that opens right after a comma
    that closes an event's name is still that event's."""
    start = noun.left_edge.i
    if start < 2 or parsed.doc[start - 1].text != "," or noun.dep_ not in ("appos", "obj", "obl",
                                                                            "nsubj", "conj"):
        return []
    mention = parsed.mention(parsed.doc[start - 2])
    if mention is None or mention.end != start - 1 or not parsed.kb.is_a(mention.key, EVENT):
        return []
    return [End.of(mention)]
