"""Names the small model does not tag as persons: "la portavoz de Vox, Pepa Millán" (read as a
place), "se reunió con Josué Campos". Two or three capitalised words, none a place's or an
organization's, that stand where a relation verb or a title puts a person — or whose given name
the lexicon knows, or whose words the model tags as a person elsewhere in the text — name a
person. Headline case ("Milei Recibe A Kast") is not a name."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.party_contexts import branch_name
from graph.ingest.nlp.triggers import VERBS
from graph.ingest.nlp.words import base_role, verb_lemma

# where a relation verb's arguments stand
_ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl"}


def person_shaped(doc, start: int, end: int, key) -> bool:
    tokens = doc[start:end]
    if not 2 <= len(tokens) <= 3 or not all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower() and
            not t.is_stop for t in tokens):  # "Mi Patria" opens on a possessive
        return False
    if gz.place(key) is not None or gz.known_class(key) is not None or \
            gz.head_class(key) is not None or _headline(doc, start) or \
            branch_name(tokens.text):  # "Vox Asturias": a party's branch, not a person
        return False
    if gz.is_given_name(key[0]) or _person_elsewhere(doc, start, end):
        return True
    if start > 1 and doc[start - 1].lower_ == "en" and doc[start - 2].text == ",":
        return False  # "en la CPAC Brasil, en Balneário Camboriú,": where the place before is
    return _in_relation_slot(doc, start, end) or _after_titled_comma(doc, start, end)


def _in_relation_slot(doc, start: int, end: int) -> bool:
    token = doc[start]
    while start <= token.head.i < end and token.head != token:
        token = token.head
    while token.dep_ == "conj" and token.head != token:
        token = token.head  # "recibió a X y a Y": the first item's slot
    head = token.head
    if token.dep_ == "appos":
        return bool(base_role(head)[0])  # "la portavoz de Vox, Pepa Millán"
    return token.dep_ in _ARGUMENTS and head.pos_ in ("VERB", "AUX") and \
        verb_lemma(head) in VERBS


def _after_titled_comma(doc, start: int, end: int) -> bool:
    """"la ministra húngara de Familia, Zsófia Kerekes, ...": a name between commas right after
    a title phrase, which the small model may hang on the portfolio as a conjunct."""
    if start < 3 or doc[start - 1].text != "," or end < len(doc) and \
            doc[end].text not in (",", ".", ";", ")"):
        return False
    for i in range(start - 2, max(start - 8, -1), -1):
        token = doc[i]
        if base_role(token)[0] and token.pos_ in ("NOUN", "ADJ") and i > 0 and \
                doc[i - 1].pos_ == "DET":
            return True
        # the phrase's words; the model may tag its demonym ("húngara") a verb
        demonym = bool(gz.fold_key(token.text)) and gz.demonym(gz.fold_key(token.text)[0])
        if token.is_punct or token.pos_ not in ("ADJ", "ADP", "DET", "NOUN", "PROPN") and \
                not demonym:
            return False
    return False


def _person_elsewhere(doc, start: int, end: int) -> bool:
    # either surname of a Spanish double one: "Yeray Medina ... Yeray Medina Acosta"
    surnames = {t.text for t in doc[start + 1:end]}
    return any(t.text in surnames and t.ent_type_ == "PER" and not start <= t.i < end
               for t in doc)


def _headline(doc, start: int) -> bool:
    """Whether the name stands in a line written in title case."""
    first = start
    while first > 0 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    last = start
    while last < len(doc) - 1 and "\n" not in doc[last].text_with_ws:
        last += 1
    words = [t.text for t in doc[first:last + 1] if t.text[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def shortened_name(short, full) -> bool:
    """Whether the folded name `short` is `full` without some of its given names or surnames:
    "Luis Chunga" of "Luis Alberto Chunga Rivas". The press gives a person's fullest name once
    and a shorter one elsewhere (a headline, a caption); the same first given name and the
    surname found among the longer name's later words make one person in one document."""
    if not 2 <= len(short) < len(full) or short[0] != full[0]:
        return False
    rest, inner = tuple(short[1:]), tuple(full[1:])
    return any(inner[i:i + len(rest)] == rest for i in range(1, len(inner) - len(rest) + 1)) \
        and not gz.is_given_name(rest[0])
