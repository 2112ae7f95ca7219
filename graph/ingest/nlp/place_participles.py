"""An organizer's participle the small model hangs on the place of the event before it: in "el
acto del sábado en el Centro Cívico, organizado por X" or "la cumbre celebrada en agosto en la
capital, organizada por X" the act and the summit are organized, not the hall or the city. The
event is the nearest one named back across the place and time phrases that describe it."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.events import is_event_noun
from graph.ingest.nlp.organizer_names import ORGANIZING
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.party_organs import organ_owner
from graph.ingest.nlp.unnamed_hosts import party_of_body
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Words a place or time phrase between an event and its participle is made of ("en el coliseo
# X de Piura", "celebrada en agosto en la capital").
_PHRASE_TAGS = {"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"}
_REACH = 14  # tokens back
# A party's leading bodies act for the party itself; its youth or a local section may be
# bodies of their own ("organizada por las juventudes de X").
_LEADING = {"direccion", "ejecutiva", "secretaria", "armado", "estructura", "conduccion",
            "mesa", "cupula", "comite", "aparato", "dirigencia", "directiva", "comando"}


def event_before_place(parsed: Parsed, participle) -> list[End]:
    if verb_lemma(participle) not in ORGANIZING:
        return []
    doc = participle.doc
    i = participle.left_edge.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    crossed = 0
    for j in range(i, max(i - _REACH, -1), -1):
        token = doc[j]
        if parsed.event_at(token):  # (an edition, "la CPAC México", before its series)
            return parsed.ends(token, conj=False)[:1] if crossed else []
        mention = parsed.mention(token)
        if mention is not None and parsed.kb.is_a(mention.key, EVENT):
            return [End(mention.key, mention.start, mention.end - 1)] if crossed else []
        if is_event_noun(token) and token.pos_ == "NOUN":
            return parsed.ends(token, conj=False) if crossed else []
        if token.pos_ not in _PHRASE_TAGS and "Part" not in token.morph.get("VerbForm"):
            return []
        crossed += token.pos_ == "ADP"  # only across a phrase ("en la capital")
    return []


def body_agent(parsed: Parsed, participle) -> list[End]:
    """"organizado por el armado provincial del partido", "por la secretaría regional de
    Vox": a party's own body organizes for the party."""
    if verb_lemma(participle) not in ORGANIZING:
        return []
    for agent in participle.children:
        if agent.pos_ in ("NOUN", "PROPN", "ADJ") and agent.i > participle.i and any(
                k.dep_ == "case" and k.lower_ == "por" for k in agent.children):
            words = {fold(agent.lower_)} | {fold(c.lower_) for c in agent.children
                                            if c.dep_ == "amod" and c.i < agent.i}
            # (the organs parsed.ends reads lack these, or the small model made the organ's
            # adjective the head: "el armado provincial del partido")
            if not words & _LEADING:
                continue
            owner = organ_owner(parsed, agent)
            if owner:
                return owner
            if any(c.dep_ == "nmod" and [k.lower_ for k in c.children] == ["del"]
                   for c in agent.children):
                # "del partido" bare: the one party named just before
                party = party_of_body(parsed, agent)
                if party is not None:
                    return [End(party.key, agent.i, agent.i, reference=True, distance=1)]
    return []
