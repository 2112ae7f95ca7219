"""Whether a capitalized word is a Spanish noun or adjective of the dictionary: "Gobernantes",
"Anticorrupción", "Alcaldes" are words of the language written with a capital, where "Okamura"
or "Wilders" are only names. The model's own lemmatizer (its suffix rules and its index of
nouns and adjectives) is the dictionary, so no word list of ours is needed."""

from __future__ import annotations

from functools import lru_cache

from graph.errors import ModelMissing
from graph.ingest.nlp import pipeline

_READINGS = (("NOUN", "Number=Sing"), ("NOUN", "Number=Plur"), ("ADJ", "Number=Sing"),
             ("ADJ", "Number=Plur"))


@lru_cache(maxsize=8192)
def common_word(text: str) -> bool:
    """A noun or an adjective of the language, in any number: a lemma the model's rules make
    of the word, read as either, is in the model's index of that part of speech."""
    word = text.lower()
    if not word.isalpha():
        return False
    try:
        from spacy.tokens import Doc

        nlp = pipeline.load()
        lemmatizer = nlp.get_pipe("lemmatizer")
        index = lemmatizer.lookups.get_table("lemma_index")
    except (KeyError, ModelMissing):
        return False
    for pos, morph in _READINGS:
        token = Doc(nlp.vocab, words=[word], pos=[pos], morphs=[morph])[0]
        known = index.get(pos.lower(), ())
        if any(lemma in known for lemma in lemmatizer.rule_lemmatize(token)):
            return True
    return False
