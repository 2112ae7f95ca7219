"""Titles written with a capital after their article, as much of the Latin American press
writes the head of state's ("dijo el Presidente", "el Presidente salvadoreño", "la Presidenta
habló"): the small model tags them as proper names, so they were read neither as titles of
the name after them nor as references to the person named before. They are the common noun
they are, of the article's gender and number. So is a title in lower case the model tags a verb
after its article ("el vicelíder del partido", "la vicelíder de Vox"): no verb follows an
article."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role, is_role_noun

_ARTICLES = {"el": "Masc", "al": "Masc", "del": "Masc", "la": "Fem"}


def capital_titles(doc):
    for token in doc:
        if not token.i or doc[token.i - 1].lower_ not in _ARTICLES:
            continue
        capital = token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_upper
        if not capital and not (token.pos_ in ("VERB", "AUX") and token.is_lower):
            continue
        if not is_role_noun(token) or not base_role(token)[0]:
            continue
        token.pos_ = "NOUN"
        token.set_morph(f"Gender={_ARTICLES[doc[token.i - 1].lower_]}|Number=Sing")
    return doc
