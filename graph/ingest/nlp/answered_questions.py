"""An interview's answer that completes its question: "—¿Con quién se reunió en Roma?
—Con Giorgia Meloni, el martes" (the answer names the partner the question asks for), "—¿Apoyó
a X en 2023? —Sí, y lo dije" (a yes states what was asked; "—No." denies it). The one asked
("usted", or no subject) is the interviewee. A question about what will or would be done
("¿Apoyará a X?") is answered with an intention, not a fact."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.interviews import addressee
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.triggers import AGENT, NEGATORS, VERBS
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_DASHES = ("—", "–", "-")
_WHO = {"quien", "quienes"}


def answered_claims(parsed: Parsed, verb, asked: list[Found]) -> list[Found]:
    """Claims of the question `verb` heads that its answer states; `asked` are those the
    verb's frames read in the question."""
    if verb.pos_ not in ("VERB", "AUX") or not _past_fact(verb):
        return []
    answer = _answer(verb)
    if not answer:
        return []
    first = fold(answer[0].lower_)
    if first in ("si", "no") and len(answer) > 1 and answer[1].is_punct or \
            first in ("si", "no") and len(answer) == 1:
        asked_one = _asked(parsed, verb)
        return [replace(f, negated=first == "no", qualifiers=dict(f.qualifiers),
                        subject=asked_one[0] if asked_one and f.subject.reference else f.subject)
                for f in asked if not f.negated and f.trigger == verb.i]
    return _named_partner(parsed, verb, answer)


def _past_fact(verb) -> bool:
    """A plain question of fact: not negated ("¿No se reunió con X?" leaves "sí" and "no"
    ambiguous), nor about what will, would or should be done."""
    finite = [verb] + [c for c in verb.children if c.dep_ == "aux"]
    if any(fold(c.lower_) in NEGATORS for c in verb.children):
        return False
    return not any(t.morph.get("Tense") == ["Fut"] or t.morph.get("Mood") in (["Cnd"], ["Sub"])
                   for t in finite)


def _answer(verb) -> list:
    """The words of the paragraph after the question `verb` is in, when it is an answer that
    opens with a dash, else []."""
    doc = verb.doc
    mark = next((t for t in doc[verb.i + 1:] if t.text == "?" or "\n" in t.text or
                 t.text in (".", "!")), None)
    if mark is None or mark.text != "?":
        return []
    i = mark.i + 1
    broken = "\n" in mark.whitespace_
    while i < len(doc) and doc[i].is_space:
        broken = broken or "\n" in doc[i].text
        i += 1
    if not broken or i >= len(doc) or doc[i].text not in _DASHES:
        return []
    words = []
    for token in doc[i + 1:]:
        if token.is_space and "\n" in token.text:
            break
        words.append(token)
        if "\n" in token.whitespace_:
            break
    return words


def _named_partner(parsed: Parsed, verb, answer: list) -> list[Found]:
    """"—¿Con quién se reunió? —Con X": the answer's name in the slot of the question's
    "quién"."""
    asked = next((c for c in verb.children if fold(c.lower_) in _WHO), None)
    if asked is None:
        return []
    prep = preposition(asked)
    if not prep or fold(answer[0].lower_) not in (prep, prep + "l") and \
            fold(answer[0].lower_) != prep:
        return []
    named = next((t for t in answer[1:6] if parsed.mention(t)), None)
    if named is None:
        return []
    partners = parsed.ends(named) + _more_partners(parsed, answer, prep)
    subjects = _asked(parsed, verb) or subject_ends(parsed, verb)
    lemma = verb_lemma(verb)
    out = []
    for frame in VERBS.get(lemma, []):
        if frame.subject != AGENT or not isinstance(frame.object, frozenset) or \
                prep not in frame.object:
            continue
        out += [Found(frame.relation, s, p, frame.confidence * 0.9, f"verb:{lemma}", verb.i)
                for s in subjects for p in partners
                if s.key != p.key and parsed.kb.fits(frame.relation, s.key, p.key) and
                (frame.only is None or parsed.kb.is_a(p.key, frame.only))]
        if out:
            break
    return out


def _asked(parsed: Parsed, verb) -> list:
    """The interviewee, when the question's verb names no subject of its own ("¿Apoyó a
    X?" asks the one interviewed, not the last person the piece named)."""
    if any(c.dep_.startswith("nsubj") and c.lower_ not in ("usted", "ustedes") and
           not c.is_space and not c.is_punct for c in verb.children):
        return []
    return addressee(parsed, verb)


def _more_partners(parsed: Parsed, answer: list, prep: str) -> list:
    """"—Con X, el jueves. Y con Y, que me invitó": a later sentence of the answer that
    opens with "y" or "también" and the same preposition names another partner."""
    out = []
    for n, token in enumerate(answer[1:-2], start=1):
        if answer[n - 1].text not in (".", ";") or fold(token.lower_) not in ("y", "tambien"):
            continue
        if fold(answer[n + 1].lower_) != prep:
            continue
        named = next((t for t in answer[n + 2:n + 6] if parsed.mention(t)), None)
        out += parsed.ends(named, conj=False) if named is not None else []
    return out
