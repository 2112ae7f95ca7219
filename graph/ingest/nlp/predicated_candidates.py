"""A candidacy said as what someone is made by a choice: "Vox eligió a Pedro Gil candidato a
la presidencia del Principado", "proclamó a X candidata a la alcaldía", "ha proclamado a X,
alcalde del Distrito Nacional, como su candidato", "proclamó a la abogada X candidata de Vox".
The small model often hangs the title on the name ("candidato" an adjective of "Gil", "como su
candidato" a phrase of the name) rather than on the verb; read either way, the one named runs
in the race the title names, and for the party the title names or else the one that chose
them."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.candidacy import race
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_CHOOSING = {"proclamar", "elegir", "designar", "nombrar", "nominar", "escoger", "ungir",
             "confirmar", "ratificar", "investir", "postular", "presentar", "oficializar",
             "seleccionar", "anunciar"}
_CANDIDATES = {"candidato", "candidata", "aspirante", "precandidato", "precandidata",
               "abanderado", "abanderada"}
_VOTERS = {"votante", "votantes", "elector", "electores", "ciudadano", "ciudadanos",
           "militantes", "afiliados", "bases"}


def predicated_candidate_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _CHOOSING:
        return []
    if any(c.lower_ == "se" for c in verb.children):
        return []  # "se eligió al candidato": nobody named chose, nor is chosen here
    if any(fold(c.lower_) in _VOTERS for c in verb.children if c.dep_ == "nsubj"):
        return []  # the voters' choice elects, it does not nominate
    found = []
    objects = [c for c in verb.children if c.dep_ == "obj"]
    # "a la abogada X": the name in apposition to the trade that is the object
    names = [c for c in objects if c.pos_ == "PROPN"] + [
        a for c in objects if c.pos_ in ("NOUN", "ADJ") for a in c.children
        if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i == c.i + 1]
    for name in names:
        title = next((t for t in name.children if fold(t.lower_) in _CANDIDATES and (
            t.dep_ in ("amod", "flat") or t.dep_ in ("nmod", "appos") and
            preposition(t) in ("como", "") or any(m.lower_ == "como" for m in t.children))),
            None)
        if title is None:
            continue
        if any(c.dep_ == "nmod" and preposition(c) == "de" and parsed.is_person(e.key)
               for c in title.children for e in phrase_ends(parsed, c)):
            continue  # "presentó a X, candidata de Y": Y's title, not a choice
        # "proclamó a X candidata a la presidencia de Cantabria": the office sought may hang
        # on the verb
        sought = [c for c in verb.children if c.dep_ in ("obl", "nmod") and c.i > title.i and
                  preposition(c) in ("a", "al", "para")]
        key = race(parsed, title) or next(
            (k for k in (race(parsed, c) for c in sought) if k), None)
        people = [e for e in parsed.ends(name, conj=False) if parsed.is_person(e.key)]
        cue = f"verb:{verb_lemma(verb)}"
        if key:
            found += [Found("candidateIn", p, End(key, title.i, title.i), 0.6, cue, verb.i)
                      for p in people if parsed.kb.fits("candidateIn", p.key, key)]
        parties = _own_party(parsed, title) or [
            e for e in subject_ends(parsed, verb) if parsed.kb.is_a(e.key, ORGANIZATION)]
        found += [Found("represents", p, party, 0.6, cue, verb.i) for p in people
                  for party in parties if parsed.kb.fits("represents", p.key, party.key)]
    return found


def _own_party(parsed: Parsed, title) -> list[End]:
    """The party the title names right after it: "proclamó a X candidata de Vox a la
    alcaldía" runs X for Vox, whoever proclaims."""
    doc = parsed.doc
    if title.i + 2 >= len(doc) or doc[title.i + 1].lower_ not in ("de", "del"):
        return []
    party = parsed.party_named(title.i + 2)
    if party is None or parsed.is_person(party.key) or \
            not parsed.kb.is_a(party.key, ORGANIZATION):
        return []
    return [End.of(party)]
