"""A candidate's party: "la candidata oficialista, X, de Libre", "la precandidata del Centro
Democrático X", "X, aspirante del Partido Liberal". A party named beside one presented as its
candidate is the party the candidate stands for (represents), which the press says of
members and of outside candidates alike; a plain "X, de Libre" stays a membership."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# Nouns that present a person as a party's candidate.
# ("precandidato" is not one: one seeks the party's nomination from within it.)
CANDIDATE_NOUNS = {"candidato", "candidata", "aspirante", "abanderado", "abanderada",
                   "postulante", "candidatos", "candidatas", "aspirantes"}
# Words that may stand between such a noun and the name it presents.
_BETWEEN = {"DET", "ADJ", "PUNCT", "ADP", "PROPN", "CCONJ", "NUM"}


def candidates_represent(parsed, found: list) -> list:
    held = {(f.subject.key, f.object.key) for f in found if f.relation == "represents"}
    out = []
    for f in found:
        if f.relation == "memberOf" and not f.negated and not f.qualifiers.get("former") and \
                parsed.is_person(f.subject.key) and (
                    _candidate_adjective(parsed, f)
                    if parsed.doc[f.object.first].pos_ == "ADJ"
                    else _presented_as_candidate(parsed, f.subject)):
            if (f.subject.key, f.object.key) in held or not parsed.kb.fits(
                    "represents", f.subject.key, f.object.key):
                continue  # the candidacy is read already
            held.add((f.subject.key, f.object.key))
            f = replace(f, relation="represents")
        out.append(f)
    return out


def _candidate_adjective(parsed, f) -> bool:
    """A party's adjective on the candidate noun itself, said of a name: "X, candidato
    socialista a ...", "X será el abanderado republicano", "X fue proclamada candidata
    socialista", "la candidata socialista, X" (the candidacy is the party's, as "candidata del
    PSOE" is). A bare title glued to the name ("la candidata comunista X") or a reference ("el
    candidato republicano dijo") describes the person, and stays a membership, as a party's
    adjective on another title does ("la portavoz socialista")."""
    doc = parsed.doc
    adjective = doc[f.object.first]
    noun = _candidate_noun_before(adjective)
    if noun is None:
        return False
    if f.subject.mention is None:
        return False
    first, last = f.subject.mention.start, f.subject.mention.end - 1  # the name, not the title
    if doc[first].sent != adjective.sent or doc[first].pos_ != "PROPN" or \
            first <= adjective.i and last >= noun:
        return False
    return last < noun or first > adjective.i + 1 and doc[adjective.i + 1].text == ","


def _candidate_noun_before(adjective) -> int | None:
    """Where the candidate noun the adjective follows starts: "candidata socialista", "el
    cabeza de lista socialista"."""
    doc, i = adjective.doc, adjective.i
    if i >= 1 and (folded_lemma(doc[i - 1]) in CANDIDATE_NOUNS or
                   fold(doc[i - 1].lower_) in CANDIDATE_NOUNS):
        return i - 1
    if i >= 3 and fold(doc[i - 1].lower_) == "lista" and doc[i - 2].lower_ == "de" and \
            fold(doc[i - 3].lower_) == "cabeza":
        return i - 3
    return None


def _presented_as_candidate(parsed, person, depth: int = 0) -> bool:
    doc = parsed.doc
    # the name itself, not the title the end may hold
    first, last = (person.mention.start, person.mention.end - 1) if person.mention else (
        person.first, person.last)
    if depth < 2 and _after_a_candidate(parsed, first, depth):
        return True
    sentence = doc[first].sent
    # before the name: "la precandidata del CD X", "la candidata oficialista, X"
    for token in reversed(doc[max(sentence.start, first - 8):first]):
        if _candidate(token):
            return True
        if token.pos_ not in _BETWEEN or token.text == ";" or parsed.mention(token) is not None \
                and parsed.is_person(parsed.mention(token).key):
            break
    # after it: "X, candidata de Libre", "X, el aspirante del Partido Liberal"
    after = doc[last + 1:min(sentence.end, last + 4)]
    if after and after[0].text == ",":
        for token in after[1:]:
            if _candidate(token):
                return True
            if token.pos_ != "DET":
                break
    return False


def _candidate(token) -> bool:
    """A candidate noun of a party, not "candidata a la Generalitat" (a post's candidate, whose
    party the phrase may tie to another role)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.pos_ in ("NOUN", "ADJ", "PROPN") and (
        folded_lemma(token) in CANDIDATE_NOUNS or fold(token.lower_) in CANDIDATE_NOUNS) and \
        not (following is not None and fold(following.lower_) in ("a", "al"))


def _after_a_candidate(parsed, first: int, depth: int) -> bool:
    """"entre A, candidato de X, y B, de Y", "se mide a la candidata oficialista, A, de X, y a
    B, del Partido Y": a name coordinated with a candidate presented before it is one more."""
    doc = parsed.doc
    i = first - 1
    while i >= 0 and (doc[i].pos_ == "DET" or doc[i].lower_ in ("a", "al")):
        i -= 1  # "y a B"; not "y al concejal B", whom a title of their own presents
    if i < 2 or doc[i].lower_ not in ("y", "e") or doc[i - 1].text != ",":
        return False
    sentence = doc[first].sent
    for j in range(i - 2, max(sentence.start, i - 16) - 1, -1):
        mention = parsed.mention(doc[j])
        if mention is not None and mention.start == j and parsed.is_person(mention.key):
            return _presented_as_candidate(parsed, End.of(mention), depth + 1)
    return False
