"""A defeat conceded to a winner: "X reconoce la derrota: «Felicito a Y»", "X reconoció su
derrota y dijo que llamó a Y para felicitarlo". The one who concedes and congratulates ran
against the one congratulated, whose win the concession owns.

The small model tags a verb that opens a quotation as a name ("«Felicito a Y»"), so the
congratulation is found by its word, in the concession's sentence or the one after it."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_CONCEDING = {"reconocer", "asumir", "aceptar", "admitir"}
_NEAR = 8  # tokens between the congratulation and the name it is for


def conceded_defeat_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or folded_lemma(verb) not in _CONCEDING or not any(
            c.dep_ == "obj" and folded_lemma(c) == "derrota" for c in verb.children):
        return []
    losers = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    if len(losers) != 1:
        return []
    loser = losers[0]
    doc = parsed.doc
    sentence = verb.sent
    end = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
    for token in doc[verb.i + 1:end]:
        if not fold(token.lower_).startswith("felicit"):
            continue
        winner = _congratulated(parsed, token, loser.key)
        if winner is not None:
            return [Found("opponentOf", loser, winner, 0.6, "verb:reconocer", verb.i)]
    return []


def _congratulated(parsed: Parsed, word, loser: str) -> End | None:
    """The one person named right after the congratulation ("Felicito a Y"), else, for one
    made a clitic ("llamó a Y para felicitarlo"), right before it in its sentence."""
    doc = parsed.doc
    after = [m for m in parsed.linked.mentions if word.i < m.start <= word.i + _NEAR and
             m.start < word.sent.end and parsed.is_person(m.key) and m.key != loser]
    if after:
        return End.of(after[0])
    if not fold(word.lower_).endswith(("lo", "la")):
        return None
    before = [m for m in parsed.linked.mentions if word.sent.start <= m.start < word.i and
              word.i - m.start <= _NEAR and parsed.is_person(m.key) and m.key != loser and
              doc[m.start].dep_ in ("obj", "iobj")]
    return End.of(before[-1]) if before else None
