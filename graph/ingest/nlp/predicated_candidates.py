"""A candidacy said as what someone is made by a choice: "Vox eligió a Pedro Gil candidato a
la presidencia del Principado", "proclamó a X candidata a la alcaldía", "ha proclamado a X,
alcalde del Distrito Nacional, como su candidato". The small model often hangs the title on the
name ("candidato" an adjective of "Gil", "como su candidato" a phrase of the name) rather than
on the verb; read either way, the one named runs in the race the title names, and for the
party that chose them."""

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
    for name in (c for c in verb.children if c.dep_ == "obj" and c.pos_ == "PROPN"):
        title = next((t for t in name.children if fold(t.lower_) in _CANDIDATES and (
            t.dep_ == "amod" or t.dep_ in ("nmod", "appos") and preposition(t) in ("como", "")
            or any(m.lower_ == "como" for m in t.children))), None)
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
        parties = [e for e in subject_ends(parsed, verb) if parsed.kb.is_a(e.key, ORGANIZATION)]
        found += [Found("represents", p, party, 0.6, cue, verb.i) for p in people
                  for party in parties if parsed.kb.fits("represents", p.key, party.key)]
    return found
