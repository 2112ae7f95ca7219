"""A candidate the speaker calls their own: "«Viktor es nuestro candidato», dijo Wilders",
"«Marine es mi candidata hasta el final», repite Aliot". Calling someone one's candidate is
backing them; the speaker is who the quotation's sentence says speaks (an interview's answer,
the interviewee)."""

from __future__ import annotations

from graph.ingest.nlp.candidate_parties import CANDIDATE_NOUNS
from graph.ingest.nlp.clauses import first_person_speaker, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import SAYING
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_CANDIDATES = CANDIDATE_NOUNS | {"favorito", "favorita", "presidenciable"}
_OURS = {"mi", "nuestro", "nuestra"}


def own_candidate_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ not in ("NOUN", "ADJ") or folded_lemma(noun) not in _CANDIDATES and \
            fold(noun.lower_) not in _CANDIDATES:
        return []
    copulas = [c for c in noun.children if c.dep_ == "cop" and folded_lemma(c) == "ser"]
    if not copulas or not any(c.dep_ == "det" and fold(c.lower_) in _OURS
                              for c in noun.children):
        return []
    backed = [e for e in subject_ends(parsed, noun) if parsed.is_person(e.key)]
    speakers = quoted_speaker(parsed, noun, copulas[0])
    return [Found("endorsed", s, b, 0.65, "copula", noun.i) for s in speakers for b in backed
            if s.key != b.key and parsed.kb.fits("endorsed", s.key, b.key)]


def quoted_speaker(parsed: Parsed, predicate, copula) -> list:
    """Who says the quotation a copula's predicate is in: the speaker its sentence names, or
    the one a verb of saying after it speaks for."""
    return [e for e in first_person_speaker(parsed, copula) or _saying_after(parsed, predicate)
            if parsed.is_agent(e.key)]


def _saying_after(parsed: Parsed, noun) -> list:
    """"«Marine es mi candidata», repite": the dropped subject of the verb of saying after
    the quotation closes."""
    closed = None
    for token in noun.sent:
        if token.i <= noun.i:
            continue
        if closed is None and token.text in ("»", "”", '"'):
            closed = token.i
        if closed is not None and token.pos_ in ("VERB", "AUX") and \
                folded_lemma(token) in SAYING:
            # a name inside the quotation is not who says it
            found = [e for e in subject_ends(parsed, token) if e.first > closed]
            if found or any(c.dep_.startswith("nsubj") for c in token.children):
                return found
            after = _named_after(parsed, token)
            if after:
                return after  # "repitió el lunes Louis Aliot": the small model misses it
            focus = parsed.focus(parsed.sentence_of(token.idx), before=noun.sent.start)
            return [End(focus, token.i, token.i, reference=True, distance=1)] if focus else []
    return []


def _named_after(parsed: Parsed, verb) -> list:
    for token in parsed.doc[verb.i + 1:verb.sent.end]:
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return []
        mention = parsed.mention(token)
        if mention is not None and parsed.is_person(mention.key):
            return [End.of(mention)]
    return []
