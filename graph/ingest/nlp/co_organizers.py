"""Organizers said with a partner or by a pronoun: "la organizó junto a la Fundación X", "La
organizamos nosotros, el Partido Y, junto con Z", "la organizamos desde Viva México". The
partner a "junto a"/"junto con" phrase names organizes too (a bare "con" only when it names an
organization: "con Milei" may be a guest); the event is the one the object names, else, for
a clitic ("la organizó"), the one the text is about."""

from __future__ import annotations

from graph.ingest.knowledge import ELECTION, EVENT, ORGANIZATION, ROUND
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import RELATIVES, folded_lemma, verb_lemma
from graph.ingest.reading import fold

_ORGANIZING = {"organizar", "coorganizar", "convocar", "montar", "preparar", "impulsar",
               "promover"}
_CLITICS = {"lo", "la", "los", "las"}
_TOGETHER = {"junto a", "junto con", "conjuntamente con", "en colaboracion con",
             "de la mano de"}
_WE = {"nosotros", "nosotras"}


def co_organizer_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _ORGANIZING:
        return []
    clitic = _clitic(verb)
    # (an event after the verb that the small model calls its subject is its object: an
    # event organizes nothing)
    events = [e for c in verb.children if (c.dep_ == "obj" or c.dep_ == "nsubj" and c.i > verb.i)
              and c != clitic for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events and clitic is not None:
        topic = parsed.topic_end(verb.i)
        # "la organizó" speaks of an event named just before; "La organizamos nosotros. Se
        # llamará Encuentro X" of one named right after
        events = [topic] if topic is not None and topic.distance <= 2 and \
            _organized(parsed, topic.key) else _named_next(parsed, verb)
    if not events:
        return []
    partners = [e for c in verb.children if c.dep_ in ("obl", "nmod") or
                c.dep_ == "obj" and folded_lemma(c) in RELATIVES for e in _partners(parsed, c)]
    if clitic is not None:
        # the subject is read by the verb's frame only when it has a named object
        partners += [e for e in subject_ends(parsed, verb) if not e.reference]
    partners += _we(parsed, verb)
    found = []
    for event in events:
        for partner in {p.key: p for p in partners}.values():
            if partner.key != event.key and parsed.is_agent(partner.key) and \
                    parsed.kb.fits("organizedBy", event.key, partner.key):
                found.append(Found("organizedBy", event, partner, 0.7,
                                   f"verb:{verb_lemma(verb)}", verb.i))
    return found


def _organized(parsed: Parsed, event: str) -> bool:
    """An event one organizes (not an election or a round of one)."""
    return not parsed.kb.is_a(event, ELECTION) and not parsed.kb.is_a(event, ROUND)


def _named_next(parsed: Parsed, verb) -> list[End]:
    here = parsed.sentence_of(verb)
    for mention in parsed.linked.mentions:
        where = parsed.sentence_of(parsed.doc[mention.start])
        if here < where <= here + 1 and parsed.kb.is_a(mention.key, EVENT) and \
                _organized(parsed, mention.key):
            return [End(mention.key, mention.start, mention.end - 1, reference=True,
                        distance=1)]
    return []


def _clitic(verb):
    """"la organizó", and "La organizamos" opening a sentence, which the small model may take
    for an article of the verb."""
    return next((c for c in verb.children if fold(c.lower_) in _CLITICS and c.i == verb.i - 1
                 and c.dep_ in ("obj", "det", "expl:pv")), None)


def _partners(parsed: Parsed, phrase) -> list[End]:
    # the small model may take "junto con" for a conjunction of the phrase
    word = preposition(phrase) or next((" ".join(
        [folded_lemma(c)] + [folded_lemma(f) for f in c.children if f.dep_ == "fixed"])
        for c in phrase.children if c.dep_ == "cc" and folded_lemma(c) == "junto"), "")
    if word in _TOGETHER:
        return [e for e in phrase_ends(parsed, phrase) if not e.reference]
    if word == "con" and phrase.pos_ == "PROPN":
        return [e for e in phrase_ends(parsed, phrase)
                if not e.reference and parsed.kb.is_a(e.key, ORGANIZATION)]
    if word == "con" and folded_lemma(phrase) in RELATIVES:
        # "el Instituto X, con el que organizamos el Foro Y": the body the clause is about
        return [e for e in phrase_ends(parsed, phrase) if not e.distance and
                parsed.kb.is_a(e.key, ORGANIZATION) and not parsed.is_person(e.key)]
    return []


def _we(parsed: Parsed, verb) -> list[End]:
    """"La organizamos nosotros, el Partido Republicano", "desde Viva México": the body a
    first person names."""
    if verb.morph.get("Person") != ["1"] or verb.morph.get("Number") != ["Plur"]:
        return []
    found = [e for c in verb.children if c.dep_ == "nsubj" and fold(c.lower_) in _WE
             for a in c.children if a.dep_ == "appos" for e in phrase_ends(parsed, a)]
    found += [e for c in verb.children if c.dep_ == "obl" and preposition(c) == "desde"
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, ORGANIZATION)]
    return [e for e in found if not e.reference]
