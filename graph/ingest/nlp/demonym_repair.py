"""A demonym after a title that the small model reads as the sentence's verb: "la regidora
tapatía X asistió", "el alcalde regiomontano X dijo" come out with the demonym as the root and
the title and the name as its subjects, so the title loses its holder. Such a sentence is parsed
again with a demonym the model knows, of the same gender and number ("española", "españoles"),
in its place, and keeps the new parse with its own words when the new parse reads the stand-in
as the title's adjective."""

from __future__ import annotations

from graph.ingest.nlp.doc_splices import reparsed_with, spliced
from graph.ingest.nlp.gazetteer import demonym, regional_demonym
from graph.ingest.nlp.words import base_role

# By the ending of the word: feminine plural, masculine plural, feminine, masculine
_STAND_INS = (("as", "españolas"), ("es", "españoles"), ("os", "españoles"), ("a", "española"))


def demonyms_reparsed(nlp, doc):
    """`doc` with each sentence whose demonym after a title was read as a verb parsed again."""
    fixes = []
    for sentence in doc.sents:
        token = next((t for t in sentence if _misread(t)), None)
        if token is None:
            continue
        fixed = _reparsed(nlp, sentence, token.i - sentence.start)
        if fixed is not None:
            fixes.append((sentence.start, sentence.end, fixed))
    return spliced(doc, fixes)


def _misread(token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or not token.is_lower or token.i == 0:
        return False
    title = token.doc[token.i - 1]
    if token.dep_ in ("flat", "amod") or title.pos_ != "NOUN" or not base_role(title)[0]:
        return False  # an adjective hung on its noun is mended where it is read
    return bool(regional_demonym(token.text) or demonym(token.text))


def _reparsed(nlp, sentence, index: int):
    word = sentence[index].lower_
    stand_in = next((s for end, s in _STAND_INS if word.endswith(end)), "español")
    return reparsed_with(nlp, sentence, index, stand_in,
                         lambda t: t.pos_ == "ADJ" and t.head.i == t.i - 1,
                         lemma=sentence[index].lemma_)
