"""A party's list named by the party's adjective: "encabezará la lista socialista", "encabezó
la candidatura popular", "cierra la papeleta republicana", "la lista libertaria la encabeza X".
Heading a party's list is standing for the party (represents), as "la lista del PSOE" is; the
race it is for is read by the candidacy rules."""

from __future__ import annotations

from graph.ingest.nlp.candidacy import LISTS
from graph.ingest.nlp.clauses import phrase_ends, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs that put someone at the head of a list (not merely on it).
_HEADING = {"encabezar", "liderar", "abrir", "cerrar", "comandar", "capitanear"}


def party_list_claims(roles, token) -> list[Found]:
    parsed = roles.parsed
    lemma = verb_lemma(token)
    if token.pos_ not in ("VERB", "AUX") or lemma not in _HEADING:
        return []
    found = []
    for noun in token.children:
        if noun.dep_ not in ("obj", "nsubj", "nsubj:pass") or folded_lemma(noun) not in LISTS:
            continue
        parties = [End(roles.party_adjectives[fold(a.lower_)], a.i, a.i)
                   for a in noun.children
                   if a.dep_ == "amod" and fold(a.lower_) in roles.party_adjectives]
        if not parties:
            continue
        if noun.dep_ == "obj":
            # the subject, or the name a relative clause hangs on, comes before the verb
            heads = [e for e in subject_ends(parsed, token) if e.first < token.i]
        else:  # "la lista socialista la encabeza la exministra X": its head after the verb
            heads = [e for c in token.children if c.dep_ == "obj" and c.i > token.i
                     for e in phrase_ends(parsed, c)]
        found += [Found("represents", person, party, 0.6, f"verb:{lemma}", token.i)
                  for person in heads if parsed.is_person(person.key)
                  for party in parties
                  if parsed.kb.fits("represents", person.key, party.key)]
    return found
