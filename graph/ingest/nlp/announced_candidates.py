"""A candidate announced after a colon: "Vox ya tiene candidata a la alcaldía de Sevilla: la
abogada X", "el PP anunció quién será su candidato: el concejal X", "dejó claro quién será el
hombre de LLA para pelear la gobernación en 2027: el diputado X". The name the colon opens on
is the candidate the phrase before it announces, in the race that phrase names, for the party
it names ("de LLA") or whose "su" it is (the clause's subject)."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.candidacy import race
from graph.ingest.nlp.candidate_parties import CANDIDATE_NOUNS
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# "el hombre de LLA para pelear la gobernación": one named for a race by what they will do
_PERSON_NOUNS = {"hombre", "mujer", "elegido", "elegida", "apuesta", "carta", "ficha"}
_COMPETING = {"pelear", "disputar", "competir", "buscar", "ganar", "conquistar", "encabezar",
              "recuperar", "retener"}
# Words a title before the announced name may hold ("el diputado nacional X")
_TITLE_POS = {"DET", "NOUN", "ADJ"}


def announced_candidates(parsed, colon) -> list[Found]:
    if colon.text != ":":
        return []
    person = _name_after(parsed, colon)
    if person is None:
        return []
    noun, sought = _announcing_noun(parsed, colon)
    if noun is None:
        return []
    cue = f"copula:{folded_lemma(noun)}"
    found = []
    key = race(parsed, sought) if sought is not noun else race(parsed, noun)
    if key is not None and parsed.kb.fits("candidateIn", person.key, key):
        parsed.candidates_named.add(person.key)
        found.append(Found("candidateIn", person, End(key, noun.i, noun.i), 0.6, cue, colon.i))
    found += [Found("represents", person, party, 0.6, cue, colon.i)
              for party in _parties(parsed, noun)
              if parsed.kb.fits("represents", person.key, party.key)]
    return found


def _name_after(parsed, colon) -> End | None:
    """The person the colon opens on, after a title at most ("el diputado nacional X")."""
    doc = parsed.doc
    for j in range(colon.i + 1, min(len(doc), colon.i + 6)):
        mention = parsed.mention(doc[j])
        if mention is not None:
            return End.of(mention) if mention.start == j and parsed.is_person(mention.key) \
                else None
        if doc[j].pos_ not in _TITLE_POS:
            return None
    return None


def _announcing_noun(parsed, colon):
    """The candidate noun of the phrase the colon closes, and the phrase naming its race;
    none when a name stands between (the colon then explains something else) or the phrase
    is denied."""
    doc = parsed.doc
    sentence = colon.sent
    for i in range(colon.i - 1, max(sentence.start, colon.i - 16) - 1, -1):
        token = doc[i]
        if token.text in (":", ";", "«", "»", '"') or parsed.mention(token) is not None and \
                parsed.is_person(parsed.mention(token).key):
            return None, None
        word = fold(token.lower_)
        if token.pos_ in ("NOUN", "ADJ") and (word in CANDIDATE_NOUNS or
                                              folded_lemma(token) in CANDIDATE_NOUNS):
            return (None, None) if _denied(token) else (token, token)
        if token.pos_ == "NOUN" and word in _PERSON_NOUNS:
            # the small model may hang "para pelear ..." on the main verb: read it in order
            sought = next((v for v in doc[i + 1:colon.i] if v.pos_ == "VERB" and
                           folded_lemma(v) in _COMPETING and doc[v.i - 1].lower_ == "para"),
                          None)
            if sought is not None and not _denied(token):
                office = next((c for c in sought.children if c.dep_ in ("obj", "obl")), None)
                return token, office if office is not None else token
    return None, None


def _denied(noun) -> bool:
    head = noun.head
    return any(c.dep_ == "advmod" and c.lower_ in ("no", "nunca") for c in head.children)


def _parties(parsed, noun) -> list[End]:
    """The party the phrase names ("el candidato de LLA", "el hombre de Vox"), else the
    clause's subject whose "su" the noun has ("el PP anunció su candidato") or who has it ("Vox
    tiene candidata")."""
    named = [e for c in noun.children if c.dep_ == "nmod" and preposition(c) == "de"
             for e in phrase_ends(parsed, c) if _party(parsed, e)]
    if named:
        return named
    # "Vox ya tiene candidata: X": the subject's own, as "su candidata" is
    owned = noun.dep_ == "obj" and folded_lemma(noun.head) == "tener"
    if not owned and not any(c.lower_ in ("su", "sus") for c in noun.children):
        return []
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [e for e in subject_ends(parsed, verb) if _party(parsed, e)]
    if not subjects and verb.head.i != verb.i:
        subjects = [e for e in subject_ends(parsed, verb.head) if _party(parsed, e)]
    return subjects


def _party(parsed, end: End) -> bool:
    return parsed.kb.is_a(end.key, PARTY) and not parsed.is_person(end.key)
