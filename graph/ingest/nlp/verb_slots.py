"""The ends that fill a verb's slots: its subject or agent, its object or patient (through
passives, fronted participles, relatives and clitics), and the phrases its prepositions open;
an event noun stands for the event named beside it ("la Derecha Fest, el festival convocado
por X")."""

from __future__ import annotations

import functools

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clause_objects import agent_ends, arguments, clitic_object, patient_ends
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends, where_relative
from graph.ingest.nlp.delegation_members import is_delegation
from graph.ingest.nlp.described_bodies import described_body
from graph.ingest.nlp.described_participles import described_name, participle_on_noun
from graph.ingest.nlp.fronted_participles import fronted_subject
from graph.ingest.nlp.gathering_topics import gathering_of_topic
from graph.ingest.nlp.led_parties import fronted_led, led_party
from graph.ingest.nlp.lists import repeated_preposition
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.participle_heads import agreeing_head
from graph.ingest.nlp.place_participles import body_agent, event_before_place
from graph.ingest.nlp.postposed import object_pronoun_of, postposed_subject
from graph.ingest.nlp.triggers import AGENT, PATIENT
from graph.ingest.reading import fold


class Slots:
    """The ends a verb's frame asks for, by slot (agent, patient, or the prepositions of an
    oblique), read once each."""

    def __init__(self, parsed: Parsed, verb, passive: bool):
        self.parsed, self.verb, self.passive = parsed, verb, passive
        self._cache: dict = {}

    def fill(self, slot) -> list[End]:
        key = slot if isinstance(slot, str) else tuple(sorted(slot))
        if key not in self._cache:
            self._cache[key] = self._fill(slot)
        return self._cache[key]

    @functools.cached_property
    def _late_subject(self) -> list[End]:
        """The subject after the verb of an object relative ("la formación que lidera desde
        2014 X"), read once for both slots it changes."""
        return [] if self.passive else postposed_subject(self.parsed, self.verb)

    def _fill(self, slot) -> list[End]:
        parsed, verb = self.parsed, self.verb
        if slot == AGENT:
            if self._late_subject:
                return self._late_subject
            if not self.passive:
                return subject_ends(parsed, verb)
            return agent_ends(parsed, verb) or body_agent(parsed, verb)
        if slot == PATIENT:
            if self._late_subject:
                return phrase_ends(parsed, object_pronoun_of(verb))
            if self.passive:
                verb = participle_on_noun(verb)
                fronted = fronted_subject(verb)  # "Organizada por X, la conferencia ..."
                if fronted is not None:
                    return parsed.ends(fronted, conj=False) or noun_event(parsed, fronted)
                # "viajó a X, donde fue recibido por Y": the traveller, not the place
                if verb.dep_ in ("acl", "amod", "acl:relcl") and verb.head != verb and \
                        not where_relative(verb) and not _to_which(verb):
                    if is_delegation(verb.head):
                        return []  # "una delegación de X encabezada por Y": not X's head
                    # "X, el aspirante derrotado por Y": the name the title describes, before
                    # any person the title alone could stand for
                    named = described_name(parsed, verb.head) or described_body(
                        parsed, verb.head) or parsed.ends(
                        verb.head, conj=False) or noun_event(parsed, verb.head)
                    if not any(parsed.kb.is_a(e.key, EVENT) for e in named):
                        # "El Foro X, organizado por": a dateline may have taken the head
                        named = noun_event(parsed, verb, own=False) or \
                            event_before_place(parsed, verb) or named
                    described = agreeing_head(verb)
                    if not named and described != verb.head:
                        named = parsed.ends(described, conj=False) or \
                            noun_event(parsed, described)
                    if not named and verb.head.morph.get("Gender") not in (
                            [], verb.morph.get("Gender")) and verb.head.head.pos_ == "VERB":
                        # "cerró su campaña arropado por X": not agreeing, the subject's
                        named = subject_ends(parsed, verb.head.head)
                    return named
                return subject_ends(parsed, verb)
            fronted = fronted_led(parsed, verb)  # "El armado libertario lo conduce X"
            if fronted is not None:
                return fronted
            return patient_ends(parsed, verb) or led_party(parsed, verb) or \
                gathering_of_topic(parsed, verb)
        if self.passive and "" in slot:
            slot = slot - {""}
        found = arguments(parsed, verb, slot)
        found += repeated_preposition(parsed, verb, slot, found)
        if not found and "" in slot and not self.passive and not any(
                c.dep_ in ("obj", "xcomp") and c.pos_ != "PRON" for c in verb.children):
            # "la llamó por teléfono"; not "la llamó «la mejor ministra»", a name given
            found = clitic_object(parsed, verb)
        if not found and "a" in slot and not self.passive:
            found = clitic_object(parsed, verb, dative=True)  # "se les unió X"
        return found


def _to_which(verb) -> bool:
    """"el foro, al que no fue invitado X": the relative after a preposition is where to, and
    the passive's own subject after it is the one invited, not the noun the clause is on."""
    return any(c.dep_ in ("obj", "obl", "iobj") and fold(c.lower_) in ("que", "cual", "cuales")
               and any(d.dep_ == "case" for d in c.children) for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i > verb.i and c.pos_ in ("PROPN", "NOUN")
        for c in verb.children)


def noun_event(parsed: Parsed, noun, own: bool = True) -> list[End]:
    # "la cumbre CPAC organizada por": the name beside the event noun
    edge = noun.left_edge.i + (noun.left_edge.text == "," and noun.left_edge != noun)
    before = [noun.head] if own and noun.dep_ == "appos" and noun.head != noun else []
    if edge >= 2 and noun.doc[edge - 1].text == ",":
        before.append(noun.doc[edge - 2])  # the small model may not hang it as an apposition
    for head in before:
        # "la Derecha Fest, el festival convocado por": the noun is the name's apposition
        named = parsed.ends(head, conj=False) if parsed.mention(head) else []
        if named and parsed.kb.is_a(named[0].key, EVENT):
            return named[:1]
    for child in noun.children if own else ():
        if child.dep_ in ("appos", "flat", "nmod") and parsed.mention(child) and \
                preposition(child) in ("", "de"):
            return parsed.ends(child, conj=False)
    return []
