"""Relative and other dependent clauses read on the parse, and what the small model gets wrong
in them: the relative pronoun's role (Spanish puts the subject of a relative whose pronoun is
the object after the verb, "la fundación, que preside X", and the model labels both subjects),
the antecedent a common noun or a misattached clause stands for, the adverb "donde" standing
for its antecedent, adverbial clauses hung on an adverb, participles of meeting hung on a
name, noun phrases coordinated with a verb, and meetings held with someone that a clause puts
its subject at."""

from __future__ import annotations

from graph.ingest.knowledge import PLACE
from graph.ingest.nlp.described_events import gathering_behind_time
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.triggers import REFLEXIVE
from graph.ingest.nlp.words import (
    PERSON_NOUNS,
    RELATIVES,
    case_marker,
    first_person,
    folded_lemma,
    verb_lemma,
)
from graph.ingest.reading import fold


def object_pronoun(verb):
    """The relative pronoun of `verb`'s clause that the small model made its subject while a
    noun phrase after the verb is its subject too: one of the two is the object, and which one
    the relation's ends decide ("que preside X" of a foundation, "que dirige la fundación"
    of a person)."""
    if verb.dep_ not in ("acl", "acl:relcl"):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    pronoun = next((c for c in subjects if c.i < verb.i and folded_lemma(c) in RELATIVES and
                    case_marker(c) is None), None)
    if pronoun is None or not any(c.i > verb.i and c.pos_ in ("PROPN", "NOUN") and
                                  case_marker(c) is None for c in subjects):
        return None
    return pronoun


def postverbal_subjects(verb) -> list:
    """The noun phrases after the verb labelled its subjects beside an object pronoun."""
    if object_pronoun(verb) is None:
        return []
    found = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and
             c.pos_ in ("PROPN", "NOUN") and case_marker(c) is None]
    return found + [c for s in found for c in stray_conjuncts(s)]


def described_antecedent(parsed, noun) -> list:
    """The entity a common noun that a relative clause hangs on stands for, when the phrase
    names none itself: the name the noun describes across a comma ("la Red X, la plataforma
    conservadora que presidió Y"), else the organization of that head noun named last ("La
    fundación, que preside Y")."""
    gathering = gathering_behind_time(parsed, noun)
    if gathering:
        return gathering
    while noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and \
            any(c.dep_ == "case" and c.lower_ == "de" for c in noun.children):
        noun = noun.head  # "el laboratorio de ideas que dirige Y": the small model hangs it low
    beside = _named_before(parsed, noun)
    if beside is not None:
        # "Vox y la Fundación X, el laboratorio de ideas que preside Y": the phrase describes
        # the name right before its comma, wherever the small model hangs it
        return beside
    if noun.dep_ == "appos" and parsed.mention(noun.head) is not None:
        return parsed.ends(noun.head, conj=False)
    for word in (c for c in noun.children if c.dep_ == "amod" and is_election_noun(c)):
        # "las presidenciales portuguesas, en las que": the small model heads the phrase
        # with the demonym
        key = parsed.elections.named(word)
        if key:
            return [End(key, word.i, word.i)]
    if noun.morph.get("Number") == ["Plur"] or not any(
            c.dep_ == "det" or c.dep_ == "case" and c.lower_ in ("del", "al")
            for c in noun.children):
        return []  # ("del partido que preside X": the article in the preposition)
    if fold(noun.lower_) in PERSON_NOUNS:
        # "El político portugués, que se reunió con": the small model may take the noun of a
        # person for an adjective; it stands for the person the text is about
        return parsed.refer(noun)
    if noun.pos_ != "NOUN":
        return []
    doc = noun.doc
    first = min(t.i for t in noun.subtree if t.dep_ == "det" or t.i == noun.i)
    if first >= 2 and doc[first - 1].text == ",":
        named = parsed.mention(doc[first - 2])
        if named is not None:
            # "Madrid, la ciudad que ...": a place is where things happen, no end of these
            return [] if parsed.kb.is_a(named.key, PLACE) else [
                End.of(named)]
    key = parsed.organization_before(noun.i, fold(noun.lower_))
    return [End(key, noun.i, noun.i, reference=True, distance=1)] if key else []


def apposed_antecedent(parsed, noun) -> list | None:
    """What a noun set off by a comma after a list's item describes, when the small model hangs
    it on another item: "el Fidesz y el VMRO-DPMNE, el partido que X preside" describes the
    name right before its comma, not the list's first; a name the linker does not know there
    ("la alianza entre Chaco Puede, el frente que lidera X, y La Libertad Avanza") is none
    this reads, not an item beside it. None when no name stands before the comma."""
    if noun.dep_ != "appos":
        return None
    beside = _named_before(parsed, noun)
    if beside is not None:
        return beside
    doc = noun.doc
    first = min(t.i for t in noun.subtree if t.dep_ == "det" or t.i == noun.i)
    unknown = first >= 2 and doc[first - 1].text == "," and doc[first - 2].pos_ == "PROPN" \
        and doc[first - 2].text[:1].isupper() and parsed.mention(doc[first - 2]) is None
    return [] if unknown and _described_as_body(noun) else None


def _described_as_body(noun) -> bool:
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" for c in noun.children) and \
        noun.head.pos_ == "PROPN"


def _named_before(parsed, noun) -> list | None:
    if not (noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.is_lower) or \
            not any(c.dep_ == "det" for c in noun.children):
        # (a lower-case word the small model takes for a name: "el think tank que")
        return None
    doc = noun.doc
    first = min(t.i for t in noun.subtree if t.dep_ == "det" or t.i == noun.i)
    at = first - 2
    if at >= 2 and doc[at].text == ")" and "(" in doc[max(0, at - 4):at].text:
        # "Ley y Orden (LyO), la formación que": past the acronym in brackets
        at = max(i for i in range(max(0, at - 4), at) if doc[i].text == "(") - 1
    named = parsed.mention(doc[at]) if first >= 2 and doc[first - 1].text == "," and \
        at >= 0 else None
    if named is None or parsed.kb.is_a(named.key, PLACE):
        return None
    return [End.of(named)]


def adverbial_host(verb):
    """The predicate an adverbial clause depends on: "Después de haber recibido a X, Y viajó"
    hangs the clause on the adverb "después", itself hung on the main verb."""
    head = verb.head
    while head.pos_ == "ADV" and head.dep_ == "advmod" and head.head != head:
        head = head.head
    return head


def pronominal_participle(verb) -> bool:
    """"Kast, reunido con Abascal", "Reunido con Meloni, Abascal anunció": the participle of
    a verb that means meeting in its pronominal form, hung on a name with its partner after
    "con", says what that person did, not what was done to them."""
    def governed_by(token, words):
        return any(c.dep_ == "case" and c.lower_ in words for c in token.children)

    return verb_lemma(verb) in REFLEXIVE and (
        "Part" in verb.morph.get("VerbForm") or verb.pos_ == "ADJ") and \
        verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("PROPN", "NOUN") and \
        any(governed_by(c, ("con",)) for c in verb.children) and \
        not any(governed_by(c, ("por",)) for c in verb.children)


# Relative adverbs of place and the prepositions whose phrase they stand for
_WHERE = {"donde": {"en", "a"}, "adonde": {"a", "en"}}


def where_adverb(verb, wanted: set[str]):
    """"la CPAC, donde intervino X", "adonde llegó acompañada por X": the adverb that puts
    the clause at its antecedent, standing for a phrase with one of the `wanted` prepositions;
    the verb's own, or that of the verb a participle describes the subject of."""
    hosts = [verb]
    if verb.dep_ in ("obj", "xcomp", "advcl", "obl") and (
            verb.pos_ == "ADJ" or "Part" in verb.morph.get("VerbForm")):
        hosts.append(verb.head)
    for host in hosts:
        for child in host.children:
            if fold(child.lower_) in _WHERE and wanted & _WHERE[fold(child.lower_)] and \
                    child.i < host.i:
                return child
    return None


def subjectless_object_relative(verb) -> bool:
    """"Tertsch presentó el Foro X, el foro que preside desde 2020": the pronoun is the
    clause's object and Spanish drops its subject, the one the text is speaking of; not the
    antecedent, as in a relative whose pronoun is its subject."""
    if verb.dep_ not in ("acl", "acl:relcl"):
        return False
    return any(c.dep_ == "obj" and folded_lemma(c) in RELATIVES and c.i < verb.i and
               case_marker(c) is None for c in verb.children) and \
        not any(c.dep_.startswith("nsubj") or c.dep_ == "obj" and c.i > verb.i
                for c in verb.children)


def comma_antecedent(parsed, pronoun) -> list:
    """"Abascal elogió a Meloni, con la que mantiene una relación estrecha": a relative clause
    the small model hung on the main verb; its antecedent is the name right before the comma
    that opens it."""
    doc = pronoun.doc
    first = pronoun.i
    while first > 0 and doc[first - 1].pos_ in ("ADP", "DET") and pronoun.i - first < 3:
        first -= 1  # "con la que", "a quien", "en el cual"
    if first < 2 or doc[first - 1].text != ",":
        return []
    named = parsed.mention(doc[first - 2])
    if named is None:
        return []
    return [End.of(named, reference=True)]


def stray_conjuncts(phrase) -> list:
    """"que organizan cada año Vox y la Fundación X": the small model hangs the second of two
    coordinated noun phrases after a verb on the verb, as if it coordinated clauses. A name or
    noun with no clause of its own, right after `phrase` past "y" or a comma, goes with it."""
    verb = phrase.head
    end = max(t.i for t in phrase.subtree)
    found = []
    for child in verb.children:
        if child.dep_ != "conj" or child.i <= end or child.pos_ not in ("PROPN", "NOUN") or \
                any(c.dep_ in ("nsubj", "obj", "cop", "case") for c in child.children):
            continue
        between = phrase.doc[end + 1:child.i]
        if any(t.lower_ in ("y", "e", ",") for t in between) and \
                all(t.lower_ in ("y", "e", ",") or t.pos_ == "DET" for t in between):
            found.append(child)
            end = max(t.i for t in child.subtree)
    return found


def own_words(verb) -> set[str]:
    """The words of the verb's clause, leaving out the relative clauses hung on its nouns:
    "figuraban X, que llegó el viernes, e Y, que intervino por videoconferencia" says how Y
    took part, not how X did."""
    inside = {t.i for c in verb.subtree if c != verb and c.dep_ in ("acl", "acl:relcl") and
              any(folded_lemma(g) in RELATIVES or fold(g.lower_) in _WHERE
                  for g in c.children) for t in c.subtree}
    return {t.lower_ for t in verb.subtree if t.i not in inside}


def _we(person, number) -> bool:
    return person == ["1"] and number == ["Plur"]


def _agreement(verb) -> tuple[list[str], list[str]]:
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    token = next((t for t in reversed(finite) if t.morph.get("VerbForm") == ["Fin"]), verb)
    return token.morph.get("Person"), token.morph.get("Number")


def shares_subject(verb, host) -> bool:
    """Whether a verb coordinated with `host` has its subject: not a verb in the first person
    beside one in another, nor a plural verb after a singular one, both in the third person
    ("el encuentro, que organizó Vox y al que acudieron dos mil simpatizantes")."""
    person, number = _agreement(verb)
    host_person, host_number = _agreement(host)
    if first_person(verb) != first_person(host) and (person or first_person(verb)) and \
            (host_person or first_person(host)) and not _we(person, number) and \
            not _we(host_person, host_number):
        # "Santiago me invitó y allí conocí a X": the speaker is not Santiago ("Vox y Chega
        # son hermanos, compartimos grupo": "we" may take in whom the verb before names)
        return False
    return not ((person, number) == (["3"], ["Plur"]) and (host_person, host_number) ==
                (["3"], ["Sing"]))


MEETINGS = {"reunion", "encuentro", "cita", "almuerzo", "cena", "desayuno", "entrevista"}


def held_with(noun) -> bool:
    """A meeting held with someone ("el encuentro con X", "con quien mantuvo un encuentro"):
    a meeting of its own, not the event the text is about."""
    if folded_lemma(noun) not in MEETINGS:
        return False
    holders = [noun, noun.head] if noun.dep_ == "obj" else [noun]
    return any(any(c.dep_ == "case" and c.lower_ == "con" for c in child.children)
               for holder in holders for child in holder.children)


def held_meeting(verb):
    """The meeting held with someone that a clause puts its subject at ("en el encuentro con
    X participó Y", "un encuentro con X en el que estuvo presente Y"), or None."""
    # "en el que estuvo presente X": the phrase may hang on the verb the adjective goes with
    hosts = [verb, verb.head] if verb.pos_ == "ADJ" and verb.dep_ in ("obj", "xcomp") else [verb]
    for child in (c for host in hosts for c in host.children):
        if not any(c.dep_ == "case" and c.lower_ == "en" for c in child.children):
            continue
        meeting = child
        if folded_lemma(child) in RELATIVES:
            clause = child.head
            meeting = clause.head if clause.dep_ in ("acl", "acl:relcl") else None
        while meeting is not None and meeting.dep_ == "nmod" and any(
                c.dep_ == "case" and c.lower_ == "de" for c in meeting.children):
            meeting = meeting.head  # "un encuentro de una hora en el que"
        if meeting is not None and held_with(meeting):
            return meeting
    return _opening_meeting(verb)


def _opening_meeting(verb):
    """"En el encuentro con X participaron Y y Z" opening a paragraph: the small model may
    hang the opening phrase on the paragraph before, so it is read on the words between the
    paragraph's start and the verb."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and not (doc[i].is_space and "\n" in doc[i].text) and doc[i].text != ".":
        i -= 1
    opening = doc[i + 1:verb.i]
    if len(opening) < 3 or fold(opening[0].lower_) != "en":
        return None
    noun = opening[2] if opening[1].pos_ == "DET" else opening[1]
    return noun if noun.i < verb.i and held_with(noun) else None
