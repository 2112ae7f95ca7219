"""Being present at a meeting the text has just told of is meeting its guest: "X recibió a Y
en un almuerzo. A la mesa se sentaron también A, senadora y nieta de Z, y el director del
partido, B", "Usted se reunió con Y. También estuvieron en la reunión A y B". The meeting is
named by a definite noun ("la reunión", "la mesa") with no one it is held with; the persons
present are the clause's list, read on the tokens since the small model loses its later
items."""

from __future__ import annotations

from graph.ingest.nlp.clause_objects import patient_ends
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_runs import listed
from graph.ingest.nlp.lists import listed_after
from graph.ingest.nlp.meetings import earlier_meeting
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import VERBS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs of being somewhere, with the noun of a meeting as the place.
_PRESENCE = {"estar", "sentar", "participar", "asistir", "acudir", "presente", "sumar",
             "encontrar"}
_MEETING_NOUNS = {"reunion", "encuentro", "almuerzo", "cena", "desayuno", "comida", "mesa",
                  "cita"}
# Nouns a chronicle calls its event by as often as a meeting
_ANY_GATHERING = {"cita", "encuentro"}
# Verbs that tell of a meeting: the one received is its guest; "se reunió con Y" is the
# subject's meeting.
_RECEIVING = {"recibir", "agasajar", "invitar"}
_MEETING = {"reunir", "encontrar", "almorzar", "cenar", "desayunar"}
_BACK = 5  # sentences before in which the meeting may be told
# "contó con la presencia de X": what puts someone at a meeting the clause's subject is
_PRESENT_NOUNS = {"presencia", "participacion", "asistencia", "compania"}


def meeting_presence_claims(parsed: Parsed, verb) -> list[Found]:
    if verb_lemma(verb) == "contar" and verb.pos_ == "VERB":
        return _counted_presence(parsed, verb)
    if verb.pos_ not in ("VERB", "AUX", "ADJ") or verb_lemma(verb) not in _PRESENCE or \
            verb.pos_ != "ADJ" and verb.morph.get("VerbForm") != ["Fin"]:
        return []
    noun = _meeting_noun(parsed, verb)
    if noun is None or earlier_meeting(parsed, verb) and any(
            f.relation == "participatedIn" for f in VERBS.get(verb_lemma(verb), ())):
        return []  # "En la reunión participaron": read with the verb's frames
    topic = parsed.topic_event(verb.i)
    if topic is not None and (topic[0] <= _BACK or folded_lemma(noun) in _ANY_GATHERING):
        # the table of an event being told: being there is taking part in it; and in a text
        # about an event, "la cita" is that event however far back it was named
        return []
    told = _told_meeting(parsed, noun)
    if not told:
        return []
    present = _present(parsed, verb, noun)
    keys = {e.key for e in told}
    return [Found("met", person, other, 0.6, "list", verb.i)
            for person in present if person.key not in keys for other in told
            if parsed.kb.fits("met", person.key, other.key)]


def _counted_presence(parsed: Parsed, verb) -> list[Found]:
    """"La reunión entre A y B contó con la presencia de C": C met A and B, the parties the
    meeting noun names itself ("el encuentro de A con B", "la cena entre A y B")."""
    meeting = next((c for c in verb.children if c.dep_.startswith("nsubj") and
                    c.pos_ == "NOUN" and folded_lemma(c) in _MEETING_NOUNS - {"mesa"}), None)
    if meeting is None:
        return []
    parties = persons(parsed, [e for c in meeting.children if c.dep_ in ("nmod", "obl") and
                                preposition(c) in ("entre", "de", "con")
                                for e in phrase_ends(parsed, c)])
    present = persons(parsed, [e for c in verb.children if preposition(c) == "con" and
                                folded_lemma(c) in _PRESENT_NOUNS
                                for d in c.children if d.dep_ == "nmod" and preposition(d) == "de"
                                for e in phrase_ends(parsed, d)])
    keys = {e.key for e in parties}
    return [Found("met", person, other, 0.6, "nominal", verb.i)
            for person in present if person.key not in keys for other in parties
            if parsed.kb.fits("met", person.key, other.key)]


def _meeting_noun(parsed: Parsed, verb):
    """"a la mesa", "en la reunión", "en el almuerzo" in the verb's clause, with the definite
    article and no partner of its own ("la reunión con X" names another)."""
    doc = parsed.doc
    for t in doc[verb.sent.start:verb.sent.end]:
        if folded_lemma(t) not in _MEETING_NOUNS or t.i < 2 or \
                [fold(w.lower_) for w in doc[t.i - 2:t.i]] not in (
                    ["en", "la"], ["en", "el"], ["a", "la"]) or \
                any(preposition(d) in ("con", "entre", "de") or d.dep_ == "amod"
                    for d in t.children):  # "la mesa principal": an event's, not a meal
            continue
        if abs(t.i - verb.i) <= 4:
            return t
    return None


def _told_meeting(parsed: Parsed, noun) -> list[End]:
    """The guest of the meeting told in the sentences just before: the one received, or the
    subject of "se reunió con"; one host and one guest, or nothing."""
    for sentence in reversed(sentences_before(parsed, noun, _BACK)):
        for told in reversed([t for t in sentence if t.pos_ == "VERB"]):
            lemma = verb_lemma(told)
            if lemma not in _RECEIVING | _MEETING or any(
                    fold(t.lower_) == "no" for t in told.children):
                continue
            hosts = persons(parsed, subject_ends(parsed, told))
            others = persons(parsed, patient_ends(parsed, told) + [
                e for c in told.children if preposition(c) == "con"
                for e in phrase_ends(parsed, c)])
            others = [e for e in others if e.key not in {h.key for h in hosts}]
            if len(hosts) != 1 or len(others) != 1:
                continue
            return others if lemma in _RECEIVING else hosts
    return []


def sentences_before(parsed: Parsed, token, back: int, own: bool = False) -> list:
    """The `back` sentences (not blank) before the token's, and with `own` its own too."""
    sentences = [s for s in parsed.doc.sents if s.text.strip()]
    here = next(n for n, s in enumerate(sentences) if s.start <= token.i < s.end)
    return sentences[max(0, here - back):here + 1 if own else here]


def persons(parsed: Parsed, ends: list[End]) -> list[End]:
    """The ends that are persons, each once."""
    return list({e.key: e for e in ends if parsed.is_person(e.key)}.values())


def _present(parsed: Parsed, verb, noun) -> list[End]:
    """The persons the clause puts at the meeting: a list after the verb and the noun, else
    the subject before the verb with the items the parse lost."""
    start = max(verb.i, noun.i) + 1
    after = [e for e in listed(parsed, start) if parsed.is_person(e.key)]
    if after:
        return after
    before = [e for e in subject_ends(parsed, verb)
              if parsed.is_person(e.key) and not e.reference]
    return [e for e in listed_after(parsed, before) if parsed.is_person(e.key)]
