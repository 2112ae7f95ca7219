"""A party speaking in the first person plural: "Insiste en que Chega no respalda al Gobierno:
«Ni lo apoyamos ni lo apoyaremos»", "«No pactaremos con ellos», advirtió Vox". The "we" of a
quotation that a party's clause introduces, or that a party is said to say, is the party, not
the spokesperson the text was following."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.triggers import SAYING
from graph.ingest.nlp.words import folded_lemma

_QUOTES = "“«\""


def party_saying_we(parsed, verb) -> list[End]:
    """The party a first person plural `verb` inside a quotation stands for, else nothing."""
    if not _plural(verb):
        return []
    sentence = verb.sent
    offset = verb.idx - sentence.start_char
    opened = max(sentence.text.rfind(q, 0, offset) for q in _QUOTES)
    if opened < 0:
        return []
    before = [t for t in sentence if t.idx - sentence.start_char < opened]
    if before and sentence.text[:opened].rstrip().endswith(":"):
        # the clause the colon closes: its subject, when a party
        return _party_subjects(parsed, before)
    closed = [t for t in sentence if t.idx > verb.idx and t.text in ("”", "»", "\"")]
    if not closed:
        return []
    after = [t for t in sentence if t.i > closed[0].i]
    if any(folded_lemma(t) in SAYING for t in after[:2]):
        return _party_subjects(parsed, after)  # "«…», advirtió Vox"
    return []


def _plural(verb) -> bool:
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "cop")]]
    return any(t.morph.get("Person") == ["1"] and t.morph.get("Number") == ["Plur"]
               for t in forms)


def _party_subjects(parsed, words) -> list[End]:
    for word in words:
        if not word.dep_.startswith("nsubj"):
            continue
        mention = parsed.mention(word)
        if mention is not None:
            return [End.of(mention)] if parsed.kb.is_a(mention.key, PARTY) else []
    return []
