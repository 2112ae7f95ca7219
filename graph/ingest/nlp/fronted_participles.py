"""A participle that opens the sentence with its agent ("Recibido por Milei en la Casa Rosada,
Kast habló de seguridad", "Respaldado por Vox, X ganó", "Derrotado por Y en 2023, Z volvió")
says its relation of the main clause's subject, which the small model does not hang on it."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.triggers import AGENT, PATIENT, VERBS
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_BETWEEN_ACTORS = {"met", "endorsed", "contactWith", "opponentOf"}


def fronted_participle_claims(parsed: Parsed, token) -> list[Found]:
    if not _opens_sentence(token) or token.morph.get("VerbForm") != ["Part"] and not (
            token.pos_ == "ADJ" and token.lower_.endswith(("ado", "ada", "ido", "ida"))):
        return []
    lemma = _infinitive(token)
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


def _infinitive(token) -> str:
    """The verb of a participle the small model may lemmatize as an adjective
    ("respaldada" for "respaldar")."""
    lemma = verb_lemma(token)
    if lemma in VERBS:
        return lemma
    word = fold(token.lower_).rstrip("s")
    stem = word[:-3] if word.endswith(("ado", "ada", "ido", "ida")) else ""
    options = [stem + "ar"] if word[-3:] in ("ado", "ada") else [stem + "er", stem + "ir"]
    return next((o for o in options if stem and o in VERBS), lemma)
