"""A quoted name an event noun describes: "el acto central de la «Ruta por la Comunitat»",
"la «Marcha por España», una concentración convocada por X". The linker reads such names
by their words ("Comunitat" a place); the event noun beside them says what they name."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, PARTY, PERSON
from graph.ingest.nlp.events import NAMING_VERBS, QUOTES, event_class, is_event_noun

_CLOSING = {'"', "”", "»", "'"}
_BETWEEN = {"de", "del", "el", "la", "los", "las"}


def quoted_events_retyped(parsed) -> None:
    """Retype the new quoted names that an event noun governs or is in apposition with."""
    doc = parsed.doc
    for mention in parsed.linked.mentions:
        entity = parsed.linked.entities.get(mention.key)
        if entity is None or mention.start == 0 or doc[mention.start - 1].text not in QUOTES or \
                any(parsed.kb.is_a(mention.key, c) for c in (PERSON, PARTY, EVENT)):
            continue
        noun = _governing(doc, mention.start - 1) or _described(doc, mention.end)
        if noun is not None:
            entity.cls = event_class([noun.text])


def _governing(doc, quote: int):
    """"el acto central de la «X»": the event noun before the quote, past its article, "de"
    and the noun's adjectives."""
    i = quote - 1
    while i >= 0 and doc[i].lower_ in _BETWEEN:
        i -= 1
    if i == quote - 1 or i < 0:
        return None  # the name must be the noun's complement: "de la «X»"
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1
    return doc[i] if i >= 0 and doc[i].is_lower and is_event_noun(doc[i]) else None


def _described(doc, end: int):
    """"«X» de Vox, una gira de mítines": an indefinite event noun in apposition after it."""
    i = end
    if i < len(doc) and doc[i].text in _CLOSING:
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ in ("de", "del") and doc[i + 1].text[:1].isupper():
        i += 2
        while i < len(doc) and doc[i].text[:1].isupper():
            i += 1
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("un", "una") and \
            is_event_noun(doc[i + 2]):
        return doc[i + 2]
    return None


def _phrase_start(noun) -> int:
    i = noun.left_edge.i
    while i < noun.i and noun.doc[i].is_punct:
        i += 1
    return i


def quoted_before(noun) -> tuple[int, int] | None:
    """"en «Andalucía en pie», el primer gran acto de ...": the quoted words just before the
    comma that opens an event noun's apposition, whatever the parse hangs the noun on."""
    doc, start = noun.doc, _phrase_start(noun)
    if start < 3 or doc[start - 1].text != "," or doc[start - 2].text not in _CLOSING:
        return None
    close = start - 2
    opening = next((j for j in range(close - 1, max(close - 12, -1), -1)
                    if doc[j].text in QUOTES), None)
    if opening is None or opening + 1 >= close or not doc[opening + 1].text[:1].isupper():
        return None
    return opening + 1, close - 1


def adjacent_name(name, noun) -> bool:
    """Whether the name an event noun is in apposition with ends just before the comma that
    opens the noun's phrase ("Viva 22, el festival de Vox"), with nothing else between."""
    last = max([name.i] + [c.i for c in name.children
                           if c.dep_ in ("flat", "compound", "nummod") and c.i < noun.i])
    start = _phrase_start(noun)
    return start == last + 2 and noun.doc[last + 1].text == ","


def named_by_clause(noun) -> tuple[int, int] | None:
    """"El acto, que el partido bautizó «Tierra Firme», reunió ...": the name a relative
    clause on the event noun gives it (the verb's object, quotes left out)."""
    doc = noun.doc
    for clause in noun.children:
        if clause.dep_ not in ("acl", "acl:relcl") or clause.i < noun.i or \
                clause.lemma_.lower() not in NAMING_VERBS or \
                not any(c.lower_ == "que" for c in clause.children if c.i < clause.i):
            continue
        name = next((c for c in clause.children if c.dep_ in ("obj", "xcomp") and
                     c.i > clause.i and c.text[:1].isupper()), None)
        if name is None:
            continue
        last = max([name.i] + [c.i for c in name.children
                               if c.dep_ in ("flat", "compound", "nummod") and c.i > name.i])
        quoted = name.i > 0 and doc[name.i - 1].text in QUOTES
        if quoted:
            close = next((j for j in range(name.i + 1, min(len(doc), name.i + 12))
                          if doc[j].text in _CLOSING), None)
            if close is None:
                continue
            last = close - 1
        return name.i, last
    return None
