"""A party's list named by the party's adjective: "encabezará la lista socialista", "encabezó
la candidatura popular", "cierra la papeleta republicana", "la lista libertaria la encabeza X".
Heading a party's list is standing for the party (represents), as "la lista del PSOE" is; the
race it is for is read by the candidacy rules. So is reaching a seat or running on a party's
list: "llegó a la Asamblea en las listas de ADN", "X, elegido en la lista de ELAM"."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.candidacy import LISTS
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import folded_lemma, of_complements, verb_lemma
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


def on_party_list_claims(parsed, token) -> list[Found]:
    """"llegó al Congreso en las listas de X", "elegida por la lista de Y": whoever the verb
    places on a party's list (a participle's, the name it describes) stands for that
    party."""
    if token.pos_ not in ("VERB", "AUX", "ADJ") or token.pos_ == "ADJ" and \
            "Part" not in token.morph.get("VerbForm"):
        return []
    # (not "la lista de invitados del PP": a list of something else than candidates)
    lists = [c for c in token.children if c.dep_ in ("obl", "obl:arg") and
             folded_lemma(c) in LISTS and preposition(c) in ("en", "por", "dentro de") and
             not any(parsed.mention(o) is None for o in of_complements(c))]
    parties = [e for noun in lists for c in of_complements(noun) for e in phrase_ends(parsed, c)
               if parsed.kb.is_a(e.key, PARTY)]
    if not parties:
        return []
    if token.dep_ in ("acl", "amod") and "Part" in token.morph.get("VerbForm"):
        # "X, elegido en las listas de Y", "X, el único eurodiputado del ECR, elegido en …":
        # the name the participle or its title describes, never the clause's subject
        named = token.head
        while parsed.mention(named) is None and named.dep_ == "appos":
            named = named.head
        persons = parsed.ends(named, conj=False) if parsed.mention(named) is not None else []
    else:
        persons = subject_ends(parsed, token)
    return [Found("represents", person, party, 0.6, f"verb:{verb_lemma(token)}", token.i)
            for person in persons if parsed.is_person(person.key) for party in parties
            if parsed.kb.fits("represents", person.key, party.key)]
