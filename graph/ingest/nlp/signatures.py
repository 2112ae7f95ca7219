"""Signing a document: "La declaración fue suscrita por A, B y C", "A y B se adhirieron a la
Carta" make its signatories take part in the event that issues it."""

from __future__ import annotations

from graph.ingest.nlp.clause_objects import semicolon_list
from graph.ingest.nlp.documents import is_document
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.lists import listed_after
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.other_years import dated_elsewhere
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.triggers import AGENT
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

SIGNING = {"firmar", "suscribir", "rubricar", "adherir", "adherirse", "refrendar"}
# participles the regular endings miss ("suscrita", "suscritos")
IRREGULAR = {"suscrito": "suscribir", "suscrita": "suscribir", "subscrito": "suscribir",
             "subscrita": "suscribir"}
DOCUMENTS = {"declaracion", "carta", "manifiesto", "documento", "texto", "proclama",
             "comunicado"}


def signed_claims(parsed: Parsed, verb, lemma: str, slots) -> list[Found]:
    """"La declaración fue suscrita por A, B y C", "A y B se adhirieron a la Carta": signing
    the document an event issues is taking part in that event."""
    if lemma not in SIGNING:
        return []
    near = [c for c in verb.children if c.dep_ in ("obj", "obl", "nsubj", "nsubj:pass")]
    head = verb
    while head.dep_ in ("acl", "amod", "nmod", "conj", "appos") and head.head != head and \
            len(near) < 8 and head.head.pos_ not in ("VERB", "AUX"):
        # "un texto de doce puntos contra el aborto suscrito por": the noun the participle
        # describes, however deep the small model hangs it
        head = head.head
        near.append(head)
    taken_up = _clitic_document(parsed, verb)
    if taken_up is None and not any(folded_lemma(t) in DOCUMENTS or fold(t.text) in DOCUMENTS
                                    for t in near):
        return []
    if modality(verb).negated:
        return []  # "que no firmaron el documento" may still have been there
    # a named document is the occasion (the gathering the text is about, if any, takes it
    # over: see documents); else the event the text is about
    event = taken_up or next((e for t in near if t.pos_ == "PROPN"
                              for e in parsed.ends(t, conj=False)
                              if is_document(parsed.kb, e.key)), None)
    event = event or (None if dated_elsewhere(parsed, verb) else parsed.topic_end(verb.i))
    if event is None:
        return []
    signers = listed_after(parsed, semicolon_list(parsed, slots.fill(AGENT)))
    return [Found("participatedIn", s, event, 0.65, "list" if len(signers) > 2 else
                  "verb:" + lemma, verb.i, {"role": "signatory"})
            for s in signers if parsed.kb.fits("participatedIn", s.key, event.key)]


def _clitic_document(parsed: Parsed, verb) -> End | None:
    """"Firma de la Declaración de X. La suscriben A, B y C": a feminine or masculine clitic
    before the verb takes up the named document of that sentence or the one before, the last
    one named."""
    clitic = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "PRON" and
                   fold(c.lower_) in ("la", "lo") and c.i < verb.i), None)
    if clitic is None:
        return None
    sentences = list(parsed.doc.sents)
    here = next(n for n, sent in enumerate(sentences) if sent.start <= verb.i < sent.end)
    first = sentences[max(here - 1, 0)].start
    for token in reversed(parsed.doc[first:clitic.i]):
        if token.pos_ not in ("NOUN", "PROPN") or fold(token.lower_) not in DOCUMENTS and \
                parsed.mention(token) is None:
            continue
        document = next((e for e in parsed.ends(token, conj=False)
                         if is_document(parsed.kb, e.key)), None)
        if document is not None:
            return End(document.key, clitic.i, clitic.i, reference=True,
                       distance=0 if token.i >= verb.sent.start else 1)
    return None
