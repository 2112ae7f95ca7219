"""Being on the event's list of guests or speakers: "X estaba en la lista de invitados",
"no figuraba en la nómina de oradores", "X aparece en la relación de participantes". The
list's noun says the relation; a "no" the extractor's modality check reads denies it."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.triggers import list_role
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_BEING_ON = {"estar", "figurar", "aparecer", "constar", "entrar", "seguir", "continuar"}
_LISTS = {"lista", "nomina", "relacion", "listado", "elenco"}


def guest_list_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ == "NOUN" and folded_lemma(verb) in _LISTS and preposition(verb) == "en" and \
            any(c.dep_ == "cop" and verb_lemma(c) in _BEING_ON for c in verb.children):
        listings = [verb]  # "no estaba en la lista de invitados": the noun heads the clause
    elif verb.pos_ in ("VERB", "AUX") and verb_lemma(verb) in _BEING_ON:
        listings = [c for c in verb.children if preposition(c) == "en" and
                    folded_lemma(c) in _LISTS]
    else:
        return []
    for listing in listings:
        role_noun = next((c for c in listing.children if c.dep_ == "nmod" and
                          preposition(c) in ("de", "del") and
                          list_role(folded_lemma(c), feminine=True)), None)
        if role_noun is None:
            continue
        relation, role = list_role(folded_lemma(role_noun), feminine=True)
        events = [e for c in role_noun.children if preposition(c) in ("a", "al", "de", "del")
                  for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
        if not events:
            events = [e for e in [parsed.topic_end(verb.i)] if e is not None]
        people = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
        qualifiers = {"role": role} if role else {}
        cue = "copula" if verb.pos_ == "NOUN" else f"verb:{verb_lemma(verb)}"
        return [Found(relation, p, e, 0.6, cue, verb.i, dict(qualifiers))
                for p in people for e in events if parsed.kb.fits(relation, p.key, e.key)]
    return []
