"""The party a candidacy is for, said with "por": "lanzó su precandidatura por el Partido X",
"fue candidato a alcalde en 2023 por X", "X, aspirante a la gobernación por la alianza Y". The
candidate stands for that party or coalition (represents); a "por" before a place is a
constituency ("diputado por Madrid"), no party."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, PARTY
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_CANDIDACIES = {"candidato", "candidata", "precandidato", "precandidata", "candidatura",
                "precandidatura", "postulacion", "aspirante", "abanderado", "abanderada",
                "aspiracion", "postulante"}
# Verbs that make a candidacy public, whose subject is the candidate ("lanzó su candidatura")
_LAUNCHING = {"lanzar", "presentar", "anunciar", "inscribir", "registrar", "oficializar",
              "formalizar", "confirmar", "mantener", "defender", "encabezar", "iniciar"}


def standing_for_claims(parsed: Parsed, token) -> list[Found]:
    if token.lower_ != "por" or token.dep_ != "case" or token.head == token:
        return []
    phrase = token.head
    parties = [e for e in parsed.ends(phrase, conj=False)
               if parsed.kb.is_a(e.key, PARTY) or parsed.kb.is_a(e.key, COALITION)]
    if not parties:
        return []
    governor = phrase.head
    candidacy = _candidacy(governor)
    if candidacy is None:
        return []
    people = _candidates(parsed, candidacy)
    # the verb that makes the candidacy public carries its negation and modality
    trigger = candidacy.head if candidacy.dep_ == "obj" and candidacy.head.pos_ == "VERB" \
        else candidacy
    return [Found("represents", person, party, 0.6, f"verb:{folded_lemma(candidacy)}",
                  trigger.i, dated=False)
            for person in people for party in parties
            if parsed.kb.fits("represents", person.key, party.key)]


def _candidacy(governor):
    """The candidacy noun the "por" phrase goes with: its own head, or the object of the verb
    it hangs on ("lanzó su precandidatura por X": the small model hangs it on the verb)."""
    if folded_lemma(governor) in _CANDIDACIES and governor.pos_ in ("NOUN", "ADJ", "PROPN"):
        return governor
    if governor.pos_ == "VERB" and verb_lemma(governor) in _LAUNCHING:
        return next((c for c in governor.children if c.dep_ == "obj" and
                     folded_lemma(c) in _CANDIDACIES), None)
    return None


def _candidates(parsed: Parsed, noun) -> list[End]:
    if any(c.dep_ == "cop" for c in noun.children):
        return [e for e in subject_ends(parsed, noun) if parsed.is_person(e.key)]
    if noun.dep_ == "obj" and noun.head.pos_ == "VERB" and verb_lemma(noun.head) in _LAUNCHING:
        return [e for e in subject_ends(parsed, noun.head) if parsed.is_person(e.key)]
    if noun.dep_ == "appos" and noun.head != noun:
        return [e for e in parsed.ends(noun.head, conj=False) if parsed.is_person(e.key)]
    return []
