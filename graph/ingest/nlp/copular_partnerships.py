"""A partnership told by a copula: "el PP fue en alianza con Vox en varias provincias", "Vox
está en coalición con el PP", "A y B iban en pacto". The small model reads "fue" (of "ir") as
the copula of "ser" and makes the partnership's noun the clause's head: its subject is allied
with the "con" names, or the coordinated subjects with each other."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.partnerships import is_partnership
from graph.ingest.nlp.words import folded_lemma


def copular_partner_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or preposition(noun) != "en" or not is_partnership(noun) or \
            not any(c.dep_ == "cop" for c in noun.children):
        return []
    subjects = [e for e in subject_ends(parsed, noun) if parsed.is_agent(e.key)]
    partners = [e for c in noun.children if c.dep_ in ("nmod", "obl") and
                preposition(c) == "con" for e in phrase_ends(parsed, c)
                if parsed.is_agent(e.key)]
    if partners:
        pairs = [(s, o) for s in subjects for o in partners]
    else:  # "PP y Vox estuvieron en coalición": the pair with each other
        pairs = [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
    return [Found("allied", s, o, 0.65, f"nominal:{folded_lemma(noun)}", noun.i)
            for s, o in pairs if s.key != o.key and parsed.kb.fits("allied", s.key, o.key)]
