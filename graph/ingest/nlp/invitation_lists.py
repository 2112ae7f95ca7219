"""The guests a verb of inviting lists after it, when an item's relative clause or apposition
breaks the coordination the parse would give the verb: "Hemos invitado a A, con quien hablo a
menudo, a B y a C", "ha invitado al senador A, que ya estuvo en la edición anterior, y a la
concejala B". The list is read on the tokens (list_items); each guest is invited to the event
the text is about, as the verb's own frame reads its first object."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.audience_lists import denied, unreal
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_items import listed
from graph.ingest.nlp.relative_occasions import another_occasion
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_INVITING = {"invitar", "convidar"}


def invitation_list_claims(parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _INVITING or \
            verb.morph.get("VerbForm") not in (["Fin"], ["Part"]) or unreal(verb) or \
            denied(verb) or any(c.dep_ == "aux" and unreal(c) for c in verb.children):
        return []
    if verb.morph.get("VerbForm") == ["Part"] and not any(
            c.dep_ == "aux" and fold(c.lower_).startswith(("ha", "he")) for c in verb.children):
        return []  # "invitado por X" is a passive, read by its frame
    doc = verb.doc
    first = next((t.i for t in doc[verb.i + 1:min(verb.i + 4, verb.sent.end)]
                  if fold(t.lower_) in ("a", "al")), None)
    if first is None:
        return []
    # "invitó a los vecinos a votar a A y B": the guests end where what they are asked to do
    # starts
    last = next((t.i for t in doc[first:verb.sent.end] if t.pos_ in ("VERB", "AUX") and
                 t.morph.get("VerbForm") == ["Inf"]), verb.sent.end)
    # "invitó a X a Europa Viva, el encuentro que Vox organiza": the guests end where the
    # event they are invited to is named (what its apposition names is no guest)
    last = next((t.i for t in doc[first:last] if parsed.mention(t) is not None and
                 parsed.kb.is_a(parsed.mention(t).key, EVENT)), last)
    guests = [e for e in listed(parsed, first, "a") if e.last < last and not e.reference and
              parsed.is_agent(e.key)]
    colon = _group_then_colon(parsed, first, last)
    if not guests and colon is not None:
        # "invitó a una delegación de observadores: el diputado A y la senadora B"
        guests = [e for e in listed(parsed, colon + 1) if not e.reference and
                  parsed.is_person(e.key)]
    if len(guests) < 2:
        return []  # one guest: the verb's frame reads it
    event = None if another_occasion(verb) else parsed.topic_end(verb.i)
    if event is None:
        return []  # "un acto el próximo sábado, al que ha invitado a A y B": that act's
    return [Found("invitedTo", g, event, 0.6, "list", verb.i, {})
            for g in guests if g.key != event.key and parsed.kb.fits("invitedTo", g.key, event.key)]


# Nouns of a group of guests the names after a colon spell out
_GROUPS = {"delegacion", "grupo", "comitiva", "representacion", "docena", "veintena",
           "decena", "serie", "elenco", "nomina", "lista", "parlamentario", "dirigente",
           "representante", "observador", "invitado", "personalidad", "figura"}


def _group_then_colon(parsed, first: int, last: int) -> int | None:
    """The colon after a group of guests named by a noun ("a una delegación de observadores:
    A y B"), with no person named between."""
    doc = parsed.doc
    for t in doc[first + 1:last]:
        if t.text == ":":
            return t.i if any(fold(w.lemma_.lower()) in _GROUPS or
                              fold(w.lower_).rstrip("s") in _GROUPS
                              for w in doc[first + 1:t.i] if w.pos_ == "NOUN") else None
        mention = parsed.mention(t)
        if mention is not None and parsed.is_person(mention.key) or t.text in (";", "."):
            return None
    return None
