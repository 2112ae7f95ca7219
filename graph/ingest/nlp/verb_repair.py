"""Sentences the small model parses without their verb: a finite form it has not seen
("almorzó", "desayuné") becomes an adjective or a noun, and its clause a noun phrase ("el
líder libertario almorzó con X" headed by "líder"). Such a sentence is parsed again
with that form replaced by the same person and tense of a verb the model knows ("habló",
"hablé"), and keeps the new parse with its own words and the verb's lemma."""

from __future__ import annotations

from graph.ingest.nlp.doc_splices import reparsed_as_verb, spliced
from graph.ingest.nlp.triggers import VERBS
from graph.ingest.nlp.words import spellings
from graph.ingest.reading import fold

# Finite endings (accent kept) -> the infinitive's ending and known forms that may stand in,
# tried in turn: the model misreads some of these too, in some sentences.
_STAND_INS = [
    ("aron", "ar", ("hablaron", "trabajaron")), ("ieron", "er", ("comieron", "vivieron")),
    ("ieron", "ir", ("vivieron", "comieron")), ("amos", "ar", ("hablamos", "trabajamos")),
    ("imos", "ir", ("vivimos", "escribimos")), ("emos", "er", ("comemos", "vivimos")),
    ("ió", "er", ("comió", "vivió")), ("ió", "ir", ("vivió", "comió")),
    ("ó", "ar", ("habló", "trabajó")), ("é", "ar", ("hablé", "trabajé", "habló")),
    ("í", "er", ("comí", "viví", "comió")), ("í", "ir", ("viví", "escribí", "vivió")),
]
# After an object clitic the model reads no first person's preterite as a verb ("Yo la
# apoyé": "la hablé" is a noun phrase to it too): the third person stands in, and the form
# keeps its own person
# Present forms, tried only right after an object clitic the model did read as one ("no la
# respalda", "lo apoyan"), or between a name and the "a" of a person: a noun never follows an
# object pronoun, while alone these endings are those of countless nouns.
_PRESENT_STAND_INS = [
    ("an", "ar", ("hablan", "trabajan")), ("en", "er", ("comen", "viven")),
    ("en", "ir", ("viven", "escriben")), ("a", "ar", ("habla", "trabaja")),
    ("e", "er", ("come", "vive")), ("e", "ir", ("vive", "escribe")),
]
_CLITICS = {"lo", "la", "los", "las", "le", "les"}


def _known_verb(word: str, after_clitic: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """(infinitive, stand-ins) when `word` is a finite form of a relation verb, else None."""
    lower = word.lower()
    for ending, infinitive, stand_in in _STAND_INS + (_PRESENT_STAND_INS if after_clitic
                                                      else []):
        if not lower.endswith(ending) or len(lower) <= len(ending) + 2:
            continue
        stem = fold(lower[: -len(ending)])
        for base in spellings(stem, fold(ending)):
            if base + infinitive in VERBS:
                return base + infinitive, stand_in
    return None


def _named(token) -> bool:
    """A capital after a word is part of a name ("la plataforma Hablamos Español"): a verb is
    capitalized only where a sentence, a quotation or an answer opens."""
    previous = token.doc[token.i - 1] if token.i > token.sent.start else None
    return token.text[:1].isupper() and previous is not None and previous.is_alpha


def _after_clitic(token) -> bool:
    previous = token.doc[token.i - 1] if token.i > token.sent.start else None
    return previous is not None and previous.pos_ == "PRON" and previous.lower_ in _CLITICS \
        and previous.dep_ in ("obj", "iobj")


def _between_name_and_object(token) -> bool:
    """"Meloni telefonea a Milei", "La ministra, Ana Gil, felicita al presidente": a present
    form between a name (or the comma closing its apposition) and the "a" or "con" of a
    person, where no noun stands."""
    doc, i = token.doc, token.i
    if i < 1 or i + 2 >= len(doc) or doc[i + 1].lower_ not in ("a", "al", "con"):
        return False
    before = doc[i - 1] if doc[i - 1].text != "," or i < 2 else doc[i - 2]
    after = doc[i + 2]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and (
        after.text[:1].isupper() or after.pos_ == "DET" or doc[i + 1].lower_ == "al")


# What a noun's modifier hangs by; a finite verb hung so has been read into a noun phrase
# ("Abascal almorzó con X": "almorzó" an adjective of "Abascal", the sentence a noun phrase)
_MODIFIERS = ("amod", "flat", "appos", "nmod", "compound")


def _misread(token) -> tuple[str, tuple[str, ...]] | None:
    hung = token.pos_ == "VERB" and token.dep_ in _MODIFIERS and \
        token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i
    if token.pos_ not in ("NOUN", "ADJ", "PROPN") and not hung or _named(token):
        return None
    return _known_verb(token.text, _after_clitic(token) or _between_name_and_object(token))


def repair(nlp, doc):
    """`doc` with each sentence that holds a misread verb form parsed again, with a stand-in
    for each such form ("Yo la apoyé, y el presidente la respaldó": two)."""
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and not fold(token.lemma_).endswith(
                ("ar", "er", "ir", "se")) and _known_verb(token.text):
            # "me reuní con X": read as a verb, but its lemma left as the form
            token.lemma_ = _known_verb(token.text)[0]
    fixes = []
    for sentence in doc.sents:
        fixed, chosen = None, {}  # index in the sentence -> the stand-in and the infinitive
        for token in sentence:
            found = _misread(token)
            if found is None:
                continue
            infinitive, stand_ins = found
            # a capitalized first word may still be read as a name ("Hablé con X"): then the
            # stand-in in small letters
            tried = ((_reparsed(nlp, sentence, token, infinitive, s, upper, chosen), s, upper)
                     for upper in (True, False) for s in stand_ins)
            parse, stand_in, upper = next((t for t in tried if t[0] is not None),
                                          (None, "", True))
            if parse is not None:
                fixed = parse
                chosen[token.i - sentence.start] = (_cased(token, stand_in, upper), infinitive)
        if fixed is not None:
            for i, (stand_in, _) in chosen.items():
                if sentence[i].lower_.endswith(("é", "í")) and stand_in.endswith("ó"):
                    fixed[i].set_morph(str(fixed[i].morph).replace("Person=3", "Person=1"))
            fixes.append((sentence.start, sentence.end, fixed))
    return spliced(doc, fixes)


def _cased(token, stand_in: str, upper: bool) -> str:
    return stand_in.capitalize() if token.text[:1].isupper() and upper else stand_in


def _reparsed(nlp, sentence, token, infinitive: str, stand_in: str, upper: bool = True,
              chosen: dict | None = None):
    """The sentence parsed with `stand_in` for `token` (and the stand-ins `chosen` before it),
    its words and spacing its own (and the verb no longer part of a name)."""
    index = token.i - sentence.start
    return reparsed_as_verb(nlp, sentence, index, _cased(token, stand_in, upper), infinitive,
                            _entities_without(sentence, index), chosen)


def _entities_without(sentence, index: int) -> list[str]:
    """The sentence's entity tags, the token at `index` out of any name."""
    tags = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in sentence]
    if tags[index] != "O":
        tags[index] = "O"
        if index + 1 < len(tags) and tags[index + 1].startswith("I-"):
            tags[index + 1] = "B-" + tags[index + 1][2:]
    return tags
