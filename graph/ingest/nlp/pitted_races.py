"""A race said to set its candidates against each other: "Las municipales de mayo enfrentarán
al alcalde X con la concejala Y", "la segunda vuelta medirá a A y a B", "las primarias
opondrán a X a Y". Those it sets against each other run in it, and are rivals; one named
against someone the text leaves unnamed ("con un aspirante que todavía no existe") runs
alone. A race that would do it ("enfrentaría") says nothing yet."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import verb_lemma

# Verbs of a race setting its candidates against each other
PITTING = {"enfrentar", "medir", "oponer", "confrontar", "cruzar", "carear"}
_AGAINST = ("", "a", "al", "con", "contra", "frente a", "frente al", "ante")


def pitted_by(parsed, noun) -> list[Found]:
    """The candidacies and rivalries of the persons the race headed by `noun`, the subject
    of a verb of pitting, sets against each other."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or \
            verb_lemma(verb) not in PITTING or verb.morph.get("Mood") == ["Cnd"] or \
            any(c.dep_ == "advmod" and c.lower_ == "no" for c in verb.children):
        return []
    people = [e for c in verb.children if c.dep_ in ("obj", "obl", "iobj", "obl:arg") and
              c.i != noun.i and preposition(c) in _AGAINST for e in phrase_ends(parsed, c)]
    people = list({e.key: e for e in people if parsed.is_person(e.key)}.values())
    key = parsed.elections.named(noun) if people else None
    if key is None:
        return []
    cue = f"verb:{verb_lemma(verb)}"
    found = [Found("candidateIn", person, End(key, noun.i, noun.i), 0.6, cue, verb.i)
             for person in people if parsed.kb.fits("candidateIn", person.key, key)]
    for person in people:
        parsed.candidates_named.add(person.key)
    found += [Found("opponentOf", people[0], other, 0.6, cue, verb.i, {"context": key})
              for other in people[1:] if parsed.kb.fits("opponentOf", people[0].key, other.key)]
    return found

