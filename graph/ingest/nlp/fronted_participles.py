"""A participle set before the clause it describes. "Organizada por la JCU, la conferencia contó
con ...", "Convocado por Vox, el mitin reunió a ...": the model hangs the participle on the main
verb (as a subject or a modifier of it); what it describes is that verb's subject, the noun that
agrees with it. "Recibido por Milei en la Casa Rosada, Kast habló de seguridad", "Respaldado por
Vox, X ganó": the participle with its agent says its relation of that subject."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.participle_heads import agrees
from graph.ingest.nlp.triggers import AGENT, PATIENT, VERBS
from graph.ingest.nlp.words import verb_lemma

_DETACHED = ("nsubj", "advcl", "amod", "obl", "acl", "xcomp", "advmod", "ccomp")


def fronted_subject(participle):
    """The main clause's subject a fronted participle describes, or None."""
    verb = participle.head
    if participle.dep_ not in _DETACHED or verb == participle or verb.i < participle.i:
        return None
    if verb.pos_ in ("NOUN", "PROPN"):
        # the model may hang it on the noun itself: "Convocado por X, el foro reunió a ..."
        return verb if _opens_clause(participle, verb) else None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if not _opens_clause(participle, verb):
        return None
    gender, number = participle.morph.get("Gender"), participle.morph.get("Number")
    return next((c for c in verb.children
                 if c.dep_ in ("nsubj", "nsubj:pass") and c != participle and
                 _comma_between(participle, c) and c.pos_ in ("NOUN", "PROPN") and
                 agrees(c, gender, number)), None)


def _opens_clause(participle, after) -> bool:
    """The participle opens its sentence (no verb before it: not "dijo que, organizada por X,
    ...") and a comma closes its phrase before `after`."""
    before = participle.doc[participle.sent.start:participle.i]
    return not any(t.pos_ in ("VERB", "AUX") for t in before) and \
        _comma_between(participle, after)


def _comma_between(participle, after) -> bool:
    return after.i > participle.i and any(t.text == "," for t in
                                          participle.doc[participle.i + 1:after.i])


_BETWEEN_ACTORS = {"met", "endorsed", "contactWith", "opponentOf"}


def fronted_participle_claims(parsed: Parsed, token) -> list[Found]:
    if token.morph.get("VerbForm") != ["Part"] and not (
            token.pos_ == "ADJ" and token.lower_.endswith(("ado", "ada", "ido", "ida"))) or \
            not _opens_sentence(token):
        return []
    lemma = verb_lemma(token)
    frames = [f for f in VERBS.get(lemma, []) if f.subject == AGENT and f.object == PATIENT and
              f.relation in _BETWEEN_ACTORS]
    agents = [e for c in token.children if preposition(c) == "por" and c.i > token.i
              for e in phrase_ends(parsed, c)]
    if not frames or not agents:
        return []
    doc, end = token.doc, token.sent.end
    if end < len(doc) and "," in (doc[end - 1].text, doc[end].text):
        end = doc[end].sent.end  # the small model may end a sentence at the comma
    comma = next((t for t in doc[token.i:end] if t.text == ","), None)
    subject = next((t for t in doc[token.i:end] if comma is not None and t.i > comma.i and
                    t.dep_.startswith("nsubj") and t.head.pos_ in ("VERB", "AUX") and
                    t.head.i > t.i), None)
    if subject is None:
        return []
    described = phrase_ends(parsed, subject)
    frame = frames[0]
    return [Found(frame.relation, a, d, frame.confidence * 0.9, f"passive:{lemma}", token.i)
            for a in agents for d in described
            if a.key != d.key and parsed.kb.fits(frame.relation, a.key, d.key) and
            (frame.only is None or parsed.kb.is_a(d.key, frame.only))]


def _opens_sentence(token) -> bool:
    before = token.doc[token.sent.start:token.i]
    return all(t.is_punct or t.is_space for t in before)
