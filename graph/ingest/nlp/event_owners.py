"""An event said to be a body's: "la Europa Viva de Vox", "la CPAC de la Unión Conservadora",
"el cierre de campaña de Chega". The organization after the event's "de" is the one that
holds it (organizedBy); a place ("la CPAC de Hungría"), a person ("la cumbre de Abascal") or a
state's body ("la sesión plenaria del Parlamento Europeo") is not read so."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, ORGANIZATION, PLACE
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.institutions import is_institution
from graph.ingest.nlp.unnamed_hosts import organized_apart


def owned_event_claims(parsed, token) -> list[Found]:
    if token.lower_ not in ("de", "del") or token.i < 1 or token.i + 1 >= len(parsed.doc):
        return []
    owner = parsed.party_named(token.i + 1)
    if owner is None or owner.start > token.i + 2 or parsed.is_person(owner.key) or \
            not parsed.kb.is_a(owner.key, ORGANIZATION) or parsed.kb.is_a(owner.key, PLACE) or \
            is_institution(parsed.kb, owner.key):
        return []  # (a chamber's or a government's session is where it sits, not a host's)
    event = _event_before(parsed, token, owner.key)
    if event is None or event.key == owner.key or \
            not parsed.kb.fits("organizedBy", event.key, owner.key):
        return []
    return [Found("organizedBy", event, End.of(owner), 0.55, "nominal:de", token.i)]


def _event_before(parsed, token, owner: str) -> End | None:
    """The event named right before the "de" ("la Europa Viva de Vox"), or the one the kind
    noun the phrase completes describes ("el cierre de campaña de Chega")."""
    named = parsed.mention(parsed.doc[token.i - 1])
    if named is not None:
        if named.end == token.i and parsed.kb.is_a(named.key, EVENT):
            return End.of(named)
        return None
    phrase = token.head
    noun = phrase.head if phrase != token else None
    while noun is not None and noun.i < token.i and noun.i not in parsed.described and \
            noun.dep_ == "nmod" and noun.head != noun:
        noun = noun.head  # "el cierre de campaña de Chega": past "de campaña"
    if noun is None or noun.i >= token.i or noun.i not in parsed.described or \
            organized_apart(parsed, noun, owner):
        return None  # "una cumbre de X organizada por Y": X is what it is of, Y holds it
    key = parsed.described[noun.i]
    return End(key, noun.i, noun.i) if parsed.kb.is_a(key, EVENT) else None
