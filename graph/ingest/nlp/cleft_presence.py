"""Presence told by a cleft: "Quien no estuvo fue el intendente X", "Quien sí acudió fue la
diputada Y", "El que tampoco asistió fue Z", "Los que sí estuvieron fueron A y B", "Quien faltó
fue X". The relative clause says what was done, the copula who did it; the small model parses
these every which way, so the reading follows the words: a relative opening the sentence, a
verb of going or being there, then "ser" and the names. The event is the one the text is
about at that point."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import is_role_noun, verb_lemma
from graph.ingest.reading import fold

_GOING = {"estar", "acudir", "asistir", "ir", "venir", "viajar", "participar", "intervenir",
          "aparecer", "presentarse", "presentar", "comparecer", "llegar", "desplazarse",
          "desplazar", "asomar", "asomarse"}
# Verbs of going only with "se": "quien no se presentó", not "quien lo presentó"
_REFLEXIVE = {"presentar", "desplazar", "asomar"}
_MISSING = {"faltar", "ausentar", "ausentarse"}
_DENYING = {"no", "tampoco", "nunca", "jamas"}
_OPENERS = {"quien", "quienes"}
_ARTICLES = {"el", "la", "los", "las"}
# Words that may come before the relative: "Pero quien no estuvo", "En cambio, quien sí"
_LEAD = {"pero", "y", "e", "en", "cambio", "sin", "embargo", ",", "donde", "aunque", "eso",
         "si", "sí", "ademas", "tambien", "quien", "quienes"}


def cleft_presence_claims(parsed: Parsed, copula) -> list[Found]:
    if verb_lemma(copula) != "ser" or copula.pos_ not in ("AUX", "VERB") or \
            "Fut" in copula.morph.get("Tense") or "Cnd" in copula.morph.get("Mood"):
        return []
    sentence = copula.sent
    words = [t for t in sentence if t.i < copula.i]
    opener = _opener(words)
    if opener is None:
        return []
    between = _before_aside([t for t in words if t.i > opener.i])
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    if len(verbs) != 1 or "Fut" in verbs[0].morph.get("Tense") or \
            "Cnd" in verbs[0].morph.get("Mood") or "Sub" in verbs[0].morph.get("Mood"):
        return []
    verb = verbs[0]
    lemma = verb_lemma(verb)
    if lemma not in _GOING | _MISSING or any(t.is_punct for t in between):
        return []
    if lemma in _REFLEXIVE and not any(t.lower_ == "se" for t in between):
        return []
    denied = any(fold(t.lower_) in _DENYING for t in between)
    negated = denied != (lemma in _MISSING)
    event = parsed.topic_end(copula.i)
    if event is None:
        return []
    people = _named_after(parsed, copula)
    return [Found("participatedIn", p, event, 0.6, "verb:" + lemma, verb.i, negated=negated)
            for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]


def _before_aside(between: list) -> list:
    """The relative clause less an aside closed right before the copula: "Quien sí estuvo,
    aunque sin subir al estrado, fue X", "Quien no vino, pese a estar invitado, fue Y"."""
    commas = [k for k, t in enumerate(between) if t.is_punct]
    if len(commas) == 2 and commas[-1] == len(between) - 1 and \
            all(between[k].text == "," for k in commas):
        return between[:commas[0]]
    return between


def _opener(words):
    """The relative that opens the sentence ("Quien", "El que", "Los que"), past a few
    connecting words."""
    words = [t for t in words if not t.is_space]  # a paragraph break opens the sentence
    for index, token in enumerate(words):
        low = fold(token.lower_)
        if low in _OPENERS:
            return token
        if low in _ARTICLES and index + 1 < len(words) and words[index + 1].lower_ == "que":
            return words[index + 1]
        if low not in _LEAD:
            return None
    return None


def _named_after(parsed: Parsed, copula) -> list:
    """The agents the phrase after the copula names: "el intendente X", "A y B", "A, B y C";
    not those of a relative clause or an aside after them."""
    found: list = []
    doc, end = parsed.doc, copula.sent.end
    i = copula.i + 1
    while i < end:
        token = doc[i]
        if token.is_punct and token.text != "," or fold(token.lower_) in ("que", "quien"):
            break
        ends = [e for e in parsed.ends(token, conj=False) if parsed.is_agent(e.key) and
                e.first > copula.i and e.key not in {f.key for f in found}]
        if not ends:
            i += 1
            continue
        found += ends
        i = max(e.last for e in ends) + 1
        if i >= end or doc[i].lower_ not in ("y", "e", ","):
            break
        if doc[i].text == "," and i + 1 < end and doc[i + 1].lower_ in ("de", "del"):
            break  # "fue el eurodiputado X, de Vox": the party he is of, not one more name
        if doc[i].text == "," and _unnamed_title(parsed, i + 1, end):
            break  # "fue el empresario X, candidato de Y en 2025": what X is
    return found


def _unnamed_title(parsed: Parsed, i: int, end: int) -> bool:
    """A title after a comma that names no one up to the next comma: it describes the name
    before it ("X, candidato de Unidad Nacional"), it is no next item ("X, el diputado Y")."""
    doc = parsed.doc
    while i < end and doc[i].pos_ in ("DET", "ADJ"):
        i += 1
    if i >= end or not is_role_noun(doc[i]):
        return False
    while i < end and doc[i].text not in (",", ";") and fold(doc[i].lower_) not in ("y", "e"):
        mention = parsed.mention(doc[i])
        if mention is not None and parsed.is_person(mention.key):
            return False
        i += 1
    return True
