"""Lists after a noun's "de": "recibió mensajes de A, B y C", "llamadas de A, B y C". The small
model hangs the first name on "de" and takes the rest for the noun's apposition, as if the
messages were B and C; they are more of whom the messages came from."""

from __future__ import annotations

from graph.ingest.nlp.ends import preposition_of
from graph.ingest.nlp.words import KIN, folded_lemma, is_role_noun


def continues_de_list(parsed, noun, appos) -> bool:
    """Whether the person in apposition to `noun` goes on the persons of its "de" phrase."""
    if is_role_noun(noun) or folded_lemma(noun) in KIN or appos.i < 1 or \
            noun.doc[appos.i - 1].text != "," or not _person(parsed, appos) or \
            not any(c.dep_ == "conj" for c in appos.children):
        return False  # ("el partido de Abascal, Vox": a name of what the noun is)
    return any(c.dep_ == "nmod" and c.i < appos.i and preposition_of(c) == "de" and
               _person(parsed, c) for c in noun.children)


def _person(parsed, token) -> bool:
    mention = parsed.mention(token)
    return mention is not None and parsed.is_person(mention.key)
