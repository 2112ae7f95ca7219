"""Others attending a meeting of two: "A se reunió con B. Asistieron también C y D", "A y B se
reunieron el lunes. A la cita asistieron también C y D", "Ambos mantuvieron una reunión, de la
que participaron también C y D", "El almuerzo, al que también asistieron C y D". The two who
meet have met (a verb's frame reads it); those who came with them took part in the meeting,
which the text leaves unnamed and which is named, by the project's convention for events a text
does not name, by its kind and the two who held it ("Reunión entre A y B", "Almuerzo entre A y
B"). A meeting of two with
nobody else at it stays no event (described_events)."""

from __future__ import annotations

from graph.ingest.mentions import slug
from graph.ingest.model import NEW, Candidate, CandidateEntity
from graph.ingest.nlp.clause_objects import patient_ends
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.gazetteer import MEETING
from graph.ingest.nlp.list_items import listed
from graph.ingest.nlp.meeting_presence import persons, sentences_before
from graph.ingest.nlp.pair_antecedents import pair_before
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import PAIR_WORDS, folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs of attending whose subject, after the verb, is who came
_ATTENDING = {"asistir", "participar", "acudir"}
# Nouns of a meeting of a few; a meal keeps its own kind in the meeting's name
_MEETING_NOUNS = {"reunion", "encuentro", "cita", "almuerzo", "cena", "desayuno", "comida"}
_MEALS = {"almuerzo": "Almuerzo", "cena": "Cena", "desayuno": "Desayuno", "comida": "Comida"}
# Verbs that tell of a meeting of two, and the meal a verb of eating together makes it
_MEETING_VERBS = {"reunir", "encontrar", "almorzar", "cenar", "desayunar", "recibir"}
_MEAL_VERBS = {"almorzar": "Almuerzo", "cenar": "Cena", "desayunar": "Desayuno"}
# Verbs that hold a meeting noun ("mantuvieron una reunión")
_HOLDING = {"mantener", "celebrar", "tener", "sostener"}
_BACK = 2  # sentences before the attendance in which the meeting may be told


def meeting_attendee_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _ATTENDING or \
            verb.morph.get("VerbForm") != ["Fin"] or verb.morph.get("Number") != ["Plur"]:
        return []
    noun = _meeting_noun(parsed, verb)
    if noun is None and not _also_bare(verb):
        return []
    pair, kind, between = _held_by(parsed, noun, verb)
    if len(pair) != 2:
        return []
    keys = {e.key for e in pair}
    people = [e for e in listed(parsed, verb.i + 1) if parsed.is_person(e.key) and
              not e.reference and e.key not in keys]
    if not people:
        return []
    event = _meeting(parsed, pair, kind, between, verb)
    return [Found("participatedIn", p, event, 0.6, "list", verb.i) for p in people
            if parsed.kb.fits("participatedIn", p.key, event.key)]


def _also_bare(verb) -> bool:
    """"Asistieron también C y D": attending, opening its sentence with no place of its own,
    what was just told ("En el encuentro con B participaron" names its own meeting)."""
    doc = verb.doc
    return any(fold(t.lower_) in ("tambien", "ademas") for t in doc[verb.i - 1:verb.i + 2]) \
        and all(t.is_space or t.is_punct or t.pos_ == "ADV"
                for t in doc[verb.sent.start:verb.i]) and \
        not any(preposition(c) in ("a", "al", "en") for c in verb.children
                if c.dep_ in ("obl", "obj"))


def _meeting_noun(parsed: Parsed, verb):
    """The meeting the attending verb names: a definite meeting noun opening its clause ("A la
    cita asistieron"), or the antecedent of the relative before it ("una reunión ..., de la
    que participaron", "El almuerzo, al que también asistieron")."""
    doc = verb.doc
    start = verb.sent.start
    before = [fold(t.lower_) for t in doc[max(start, verb.i - 4):verb.i]]
    relative = "que" in before[-3:] and any(w in ("al", "del", "a", "de", "en")
                                             for w in before[-4:])
    if relative:
        que = max(i for i in range(max(start, verb.i - 4), verb.i) if fold(doc[i].lower_) == "que")
        for t in reversed(doc[start:que]):
            if t.text in (";", ":"):
                break
            if t.pos_ == "NOUN" and folded_lemma(t) in _MEETING_NOUNS:
                return t
        return None
    for t in doc[start:verb.i]:
        if t.pos_ == "NOUN" and folded_lemma(t) in _MEETING_NOUNS and t.i >= 1 and (
                [fold(w.lower_) for w in doc[t.i - 2:t.i]] in (["a", "la"], ["en", "la"],
                                                               ["en", "el"]) or
                fold(doc[t.i - 1].lower_) == "al") and \
                not any(preposition(d) in ("con", "entre", "de") for d in t.children):
            return t
    return None


def _held_by(parsed: Parsed, noun, verb) -> tuple[list[End], str, str | None]:
    """The two who hold the meeting, its kind, and the words that name them where the text
    names the meeting by them ("la reunión entre Abascal y Weidel"): the noun's own "entre A y
    B", the clause that holds it ("Ambos mantuvieron una reunión"), else the meeting told just
    before."""
    kind = _MEALS.get(folded_lemma(noun), "Reunión") if noun is not None else "Reunión"
    if noun is not None:
        own, between = _told_pair(parsed, noun)
        if own:
            return own, kind, between
        holder = noun.head
        if noun.dep_ == "obj" and verb_lemma(holder) in _HOLDING:
            subjects = persons(parsed, subject_ends(parsed, holder))
            if not subjects and any(fold(c.lower_) in PAIR_WORDS for c in holder.children
                                    if c.dep_ == "nsubj"):
                subjects = _pair_told(parsed, holder)
            if len(subjects) == 2:
                return subjects, kind, None
    for sentence in reversed(sentences_before(parsed, verb, _BACK, own=True)):
        for told in reversed([t for t in sentence if t.i < verb.i]):
            pair, between = _told_pair(parsed, told)
            if pair:
                if noun is None and verb_lemma(told) in _MEAL_VERBS:
                    kind = _MEAL_VERBS[verb_lemma(told)]
                elif told.pos_ == "NOUN":
                    kind = _MEALS.get(folded_lemma(told), kind)
                return pair, kind, between
    return [], kind, None


def _told_pair(parsed: Parsed, told) -> tuple[list[End], str | None]:
    """The two persons a meeting verb or noun brings together, or none; for a noun, with the
    words from its preposition to the second person ("entre Carrasco y Tortosa")."""
    if told.pos_ == "NOUN" and folded_lemma(told) in _MEETING_NOUNS:
        phrases = [c for c in told.children if preposition(c) in ("entre", "con")]
        if any(preposition(c) == "con" for c in phrases):  # "el encuentro de A con B"
            phrases += [c for c in told.children if preposition(c) == "de"]
        ends = [e for c in phrases for e in phrase_ends(parsed, c)]
        pair = persons(parsed, ends)
        if len(pair) != 2:
            return [], None
        first = min(c.left_edge.i for c in phrases)
        last = max(e.last for e in ends if e.key in {p.key for p in pair})
        return pair, parsed.doc[first:last + 1].text
    if told.pos_ != "VERB" or verb_lemma(told) not in _MEETING_VERBS or \
            any(fold(c.lower_) == "no" for c in told.children):
        return [], None
    if verb_lemma(told) == "reunir" and not any(fold(c.lower_) == "se" for c in told.children):
        return [], None  # "la cumbre reunió a A y B": a gathering, not a meeting of two
    found = persons(parsed, subject_ends(parsed, told) + patient_ends(parsed, told) + [
        e for c in told.children if preposition(c) == "con" for e in phrase_ends(parsed, c)])
    return (found, None) if len(found) == 2 else ([], None)


def _pair_told(parsed: Parsed, holder) -> list[End]:
    """"Ambos": the two persons the sentence names before it, else the sentence before's."""
    pair = pair_before(parsed, holder)
    if pair:
        return pair
    told = sentences_before(parsed, holder, 1)
    if not told:
        return []
    before = told[0]
    named = persons(parsed, [End.of(m) for m in parsed.linked.mentions
                              if before.start <= m.start < before.end])
    return named if len(named) == 2 else []


def _meeting(parsed: Parsed, pair: list[End], kind: str, between: str | None, verb) -> End:
    """The meeting as a new event named after its kind and the two who held it, in the words
    the text names them by when it does."""
    if between is None:
        names = [parsed.kb.label(e.key) for e in pair]
        between = f"entre {names[0]} y {names[1]}"
    label = f"{kind} {between}"
    key = NEW + slug(label)
    if key not in parsed.proposals:
        entity = CandidateEntity(key, label, MEETING, example=verb.sent.text)
        parsed.proposals[key] = entity
        parsed.kb.candidates[key] = entity
    parsed.meetings_of_two[key] = (pair[0].key, pair[1].key)
    return End(key, verb.i, verb.i, reference=True)


def date_meetings(parsed: Parsed, candidates: list[Candidate]) -> None:
    """Those who came to a meeting of two came when the two met: an undated attendance takes
    the date of the two's meeting."""
    met = {frozenset((c.subject_key, c.object_key)): c for c in candidates
           if c.relation == "met" and c.date and not c.negated}
    for candidate in candidates:
        pair = parsed.meetings_of_two.get(candidate.object_key)
        if candidate.relation != "participatedIn" or candidate.date or pair is None or \
                frozenset(pair) not in met:
            continue
        dated = met[frozenset(pair)]
        candidate.date, candidate.date_precision = dated.date, dated.date_precision
        candidate.date_expression = dated.date_expression
