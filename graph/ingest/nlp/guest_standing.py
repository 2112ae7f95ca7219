"""A guest's standing said beside the attendance, or a guest list one was left off. "Asistió
en calidad de invitado", "acudió a título de invitada especial": invited (the attendance is
read by the verb's own frame). "Quedó fuera de la lista de invitados", "se quedó sin
invitación": not invited."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_runs import listed
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_ATTENDING = {"asistir", "acudir", "participar", "estar", "viajar", "llegar", "ir", "venir",
              "presentarse", "intervenir", "hablar", "comparecer"}
_GUEST = {"invitado", "invitada", "invitados", "invitadas"}
# "en calidad de", "a título de": the standing one is there with
_STANDING = {"calidad", "titulo"}
_LISTS = {"lista", "nomina", "relacion", "listado", "elenco"}
_BEING_AMONG = {"figurar", "estar", "contar", "contarse", "aparecer", "encontrar",
                "encontrarse"}
_OFF = {"de", "fuera de"}  # "fuera de la lista", the adverb read into the preposition or not
_LEFT = {"quedar", "dejar", "estar", "permanecer", "seguir"}


def guest_standing_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    lemma = verb_lemma(verb)
    if lemma in _ATTENDING:
        standing = [c for c in verb.children if fold(c.lower_) in _GUEST and
                    c.dep_ in ("obl", "nmod") and _as_standing(c)]
        standing += [g for c in verb.children if folded_lemma(c) in _STANDING and
                     c.dep_ == "obl" for g in c.children if g.dep_ == "nmod" and
                     fold(g.lower_) in _GUEST]  # "a título de invitado"
        if standing:
            return _guest(parsed, verb, standing[0], negated=False, cue="verb:" + lemma)
    if lemma in _LEFT:
        off = next((c for c in verb.children if fold(c.lower_) == "fuera" and c.dep_ ==
                    "advmod"), None)
        listing = next((c for c in (off.children if off is not None else ())
                        if folded_lemma(c) in _LISTS and preposition(c) in _OFF and any(
                            fold(g.lower_) in _GUEST for g in c.children
                            if g.dep_ == "nmod")), None)
        if listing is not None:
            return _guest(parsed, verb, listing, negated=True, cue="verb:" + lemma)
        without = next((c for c in verb.children if preposition(c) == "sin" and
                        folded_lemma(c) == "invitacion"), None)
        if without is not None and any(fold(c.lower_) == "se" for c in verb.children):
            return _guest(parsed, verb, without, negated=True, cue="verb:" + lemma)
    return []


def _stayed_away(noun) -> bool:
    """"los invitados que no acudieron": a relative on the guests that denies their coming."""
    return any(c.dep_ in ("acl", "acl:relcl") and any(
        verb_lemma(t) in _ATTENDING for t in c.subtree if t.pos_ in ("VERB", "AUX")) and any(
        n.dep_ == "advmod" and fold(n.lower_) in NEGATORS for n in c.subtree)
        for c in noun.children)  # "que no acudieron", "que no pudieron viajar"


def absent_guest_claims(parsed: Parsed, verb) -> list[Found]:
    """"Entre los invitados que no acudieron figuran A y B": A and B stayed away (their
    invitation is read with the list). The relative's "no" is the absence, so the clause's
    mood is read here, not by the extractor's check."""
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _BEING_AMONG or not any(
            preposition(c) == "entre" and fold(c.lower_) in _GUEST and _stayed_away(c)
            for c in verb.children):
        return []
    if any(c.dep_ == "advmod" and fold(c.lower_) in NEGATORS for c in verb.children):
        return []  # "no figura entre ...": a list denied
    people = [e for e in listed(parsed, verb.i + 1) if parsed.is_agent(e.key)]
    topic = parsed.topic_event(verb.i)
    if topic is None:
        return []
    event = End(topic[1], verb.i, verb.i, reference=topic[0] > 0, distance=topic[0])
    return [Found("participatedIn", p, event, 0.6, "list", verb.i, negated=True)
            for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]


def _as_standing(noun) -> bool:
    marker = next((c for c in noun.children if c.dep_ == "case"), None)
    return marker is not None and any(fold(f.lower_) in _STANDING for f in marker.children
                                      if f.dep_ == "fixed")


def _guest(parsed: Parsed, verb, phrase, negated: bool, cue: str) -> list[Found]:
    guests = [e for e in subject_ends(parsed, verb) if parsed.is_agent(e.key) and
              not e.reference]
    events = [e for c in verb.children if preposition(c) in ("a", "al", "en") and
              c.i != phrase.i for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    events += [e for c in phrase.subtree if preposition(c) in ("a", "al", "de", "del", "para")
               and c.i != phrase.i for e in phrase_ends(parsed, c)
               if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        topic = parsed.topic_end(verb.i)
        if topic is None or topic.distance > 2:
            return []
        events = [topic]
    return [Found("invitedTo", g, e, 0.6, cue, verb.i, {"role": "guest"}, negated=negated)
            for g in guests for e in events if parsed.kb.fits("invitedTo", g.key, e.key)]
