"""A candidacy said by its outcome or recalled as a thing: "la victoria de X en las
presidenciales", "el triunfo de X en la segunda vuelta", "X reconoció su derrota en las
legislativas", "recordó su candidatura frustrada a la presidencia de México". Who won, lost or
ran is the noun's "de" phrase, or its owner "su" when the clause's subject concedes, celebrates
or recalls it; the race is the election its phrase names or the office it runs for, else the
one its sentence names before it. An indefinite one ("una victoria de X") is only hoped for."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_OUTCOMES = {"victoria", "triunfo", "derrota", "candidatura", "precandidatura", "postulacion",
             "eliminacion", "reeleccion"}
# Verbs that concede, celebrate or recall one's own outcome: the race is the text's.
_OWNING = {"reconocer", "admitir", "asumir", "aceptar", "celebrar", "festejar", "recordar",
           "evocar", "lamentar", "encajar", "digerir", "atribuir", "dedicar", "reivindicar"}
_OWN = {"su", "sus"}
_AFTER = {"tras", "despues de"}
_DEFINITE = {"el", "la", "los", "las", "su", "sus", "esa", "ese", "aquella", "aquel", "esta",
             "este"}


def outcome_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or folded_lemma(noun) not in _OUTCOMES or parsed.mention(noun) or \
            not any(c.dep_ == "det" and fold(c.lower_) in _DEFINITE for c in noun.children):
        return []  # "condiciona la ayuda a una victoria de X": one still hoped for
    owners = [e for c in noun.children if c.dep_ == "nmod" and preposition(c) == "de" and
              c.i > noun.i for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    verb = noun.head
    owned = any(c.dep_ == "det" and c.lower_ in _OWN for c in noun.children)
    conceded = owned and noun.dep_ == "obj" and folded_lemma(verb) in _OWNING
    # "Tras su triunfo en X, Y viajó": the one who acts after it had it
    after = owned and noun.dep_ == "obl" and preposition(noun) in _AFTER and \
        verb.pos_ in ("VERB", "AUX")
    if not owners and (conceded or after):
        owners = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    if not owners:
        return []
    key = _phrase_race(parsed, noun, verb if conceded else None)
    if key is None:
        return []
    return [Found("candidateIn", o, End(key, noun.i, noun.i), 0.65, f"nominal:{folded_lemma(noun)}",
                  noun.i) for o in owners if parsed.kb.fits("candidateIn", o.key, key)]


def _phrase_race(parsed: Parsed, noun, verb=None) -> str | None:
    """The election the noun's own phrase names ("en las presidenciales de 2026", "a la
    presidencia de México"), or its verb's when the small model hangs it there ("celebró su
    victoria en las legislativas"), or the one its sentence named before it."""
    hung = [t for c in verb.children if c.i > noun.i and c.dep_ == "obl"
            for t in c.subtree] if verb is not None else []
    for t in [*noun.subtree, *hung]:
        if t.i != noun.i and is_election_noun(t) and 0 < t.i - noun.i <= 10:
            key = parsed.elections.named(t)
            if key:
                return key
    for t in noun.subtree:
        if 0 < t.i - noun.i <= 8 and preposition(t) in ("a", "al", "para"):
            key = parsed.elections.for_office(t)
            if key:
                return key
    named = parsed.elections.in_sentence(noun.i)
    return named[0].key if named else None
