"""A first-person verb that opens an answer or a sentence ("Fui como representante de X",
"Viajé en representación de Y", "Milité en el PP", "Conocí a Z"): Spanish drops the subject,
and the small model takes the capitalized verb for a name heading the sentence. Such a
sentence is parsed again with the verb in small letters, and keeps that parse (its own words)
when the word is read there as a verb. Only a preterite's first person ("-é", "-í") or a form
of "ser"/"estar" is tried: endings no name of a person commonly has, and the word must not
open a longer name ("André Ventura"). A chronicle's or live blog's third person that puts its
subject after it ("Entra Santiago Abascal entre aplausos", "Interviene Bardella") is tried
too, when a name follows it: the verbs of arriving, leaving and taking the floor."""

from __future__ import annotations

from graph.ingest.nlp.copula_repair import FORMS
from graph.ingest.nlp.doc_splices import reparsed_as_verb, spliced
from graph.ingest.nlp.saying_openers import reparsed_saying, saying_opener
from graph.ingest.reading import fold

_MARKERS = {"P", "R", "Pregunta", "Respuesta"}
# Third persons, present and preterite, singular and plural, of the verbs a chronicle puts
# before their subject: whoever arrives, leaves, speaks or closes
_STEMS = {
    "llega": "llegó llegan llegaron", "entra": "entró entran entraron",
    "sale": "salió salen salieron", "habla": "habló hablan hablaron",
    "interviene": "intervino intervienen intervinieron", "irrumpe": "irrumpió irrumpen",
    "aparece": "apareció aparecen aparecieron", "reaparece": "reapareció",
    "sube": "subió suben subieron", "toma": "tomó toman tomaron",
    "cierra": "cerró cierran cerraron", "abre": "abrió abren abrieron",
    "acude": "acudió acuden acudieron", "aterriza": "aterrizó aterrizan aterrizaron",
    "regresa": "regresó regresan regresaron", "vuelve": "volvió vuelven volvieron",
    "responde": "respondió responden", "replica": "replicó replican",
    "saluda": "saludó saludan saludaron", "comparece": "compareció comparecen",
    "clausura": "clausuró clausuran", "inaugura": "inauguró inauguran",
}
_THIRD = {fold(form) for stem, forms in _STEMS.items() for form in [stem, *forms.split()]}


def _opening(sentence):
    """The sentence's first word, past a paragraph break, a dash or a turn's marker."""
    for token in sentence:
        if token.is_space or token.is_punct or token.text.strip(".:") in _MARKERS:
            continue
        return token
    return None


def _candidate(token) -> bool:
    word = token.text
    if token.pos_ not in ("PROPN", "NOUN", "ADJ") or not word[:1].isupper() or len(word) < 3:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.ent_iob_ == "I" and token.ent_iob_ in ("B", "I"):
        return False  # "André Ventura": a name of its own
    if saying_opener(token):
        return True  # "Precisa, eso sí, que…"
    if following is not None and following.text in (",", ")", ":"):
        return False  # "Buxadé, invitado de honor,": a name set apart
    if any(t.text == word and t.i > 0 and t.doc[t.i - 1].is_alpha for t in token.doc):
        return False  # capitalized after a word elsewhere in the text: a name
    # ("Estuve en X" is left as it is read: the readers of presence take it so)
    if fold(word.lower()) in _THIRD:
        return following is not None and following.text[:1].isupper()  # "Entra Santiago..."
    return fold(word.lower()) in FORMS and not fold(word.lower()).startswith("est") or \
        word.endswith(("é", "í"))


def opening_verbs(nlp, doc):
    """`doc` with each sentence that opens on a misread first-person verb parsed again."""
    fixes = []
    for sentence in doc.sents:
        token = _opening(sentence)
        if token is None or not _candidate(token):
            continue
        # from the verb on (a space or a marker before it changes the parse), in small letters
        small, words = token.text[:1].lower() + token.text[1:], doc[token.i:sentence.end]
        fixed = reparsed_saying(nlp, words, small) if saying_opener(token) else \
            reparsed_as_verb(nlp, words, 0, small)
        if fixed is not None:
            fixes.append((token.i, sentence.end, fixed))
    return spliced(doc, fixes)
