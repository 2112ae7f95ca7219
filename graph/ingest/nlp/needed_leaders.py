"""Calling someone the leader a place needs is backing them: "«Brais es el hombre que Galicia
necesita», dijo Abascal", "será la presidenta que Colombia necesita", "calificó a X de «el
hombre que Perú necesita»", "dijo que X es el líder que el país merece". The speaker (of the
quotation, or the subject of the verb of saying or calling) endorses the one so called; a
denial ("no es el presidente que Argentina necesita") backs no one."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.own_candidates import quoted_speaker
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.triggers import NEGATORS, SAYING
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# the one needed: a person, or one in a post
_LEADERS = {"hombre", "mujer", "persona", "presidente", "presidenta", "lider", "candidato",
            "candidata", "dirigente", "gobernador", "gobernadora", "alcalde", "alcaldesa",
            "mandatario", "mandataria", "jefe", "jefa", "primer ministro", "ministro",
            "ministra", "liderazgo", "conductor", "guia"}
# what a place does to the one it should have
_NEEDING = {"necesitar", "merecer", "precisar", "requerir", "esperar", "reclamar"}
# calling someone something: "calificó a X de «…»", "definió a X como «…»"
_CALLING = {"calificar", "definir", "describir", "llamar", "presentar", "considerar",
            "proclamar", "bautizar", "tildar"}


def needed_leader_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or folded_lemma(noun) not in _LEADERS or not any(
            c.dep_ in ("acl", "acl:relcl") and folded_lemma(c) in _NEEDING and
            any(fold(g.lower_) in ("que", "quien") for g in c.children)
            for c in noun.children):
        return []
    if any(c.dep_ == "advmod" and fold(c.lower_) in NEGATORS for c in noun.children):
        return []  # "no es el presidente que Argentina necesita"
    copula = next((c for c in noun.children if c.dep_ == "cop" and folded_lemma(c) == "ser"),
                  None)
    if copula is not None:
        backed = subject_ends(parsed, noun)
        speakers = quoted_speaker(parsed, noun, copula)
        if not speakers and noun.dep_ == "ccomp" and folded_lemma(noun.head) in SAYING:
            speakers = subject_ends(parsed, noun.head)  # "dijo que X es el líder que ..."
        cue = "copula"
    elif noun.dep_ in ("obj", "obl", "xcomp") and folded_lemma(noun.head) in _CALLING:
        calling = noun.head
        if any(c.dep_ == "advmod" and fold(c.lower_) in NEGATORS for c in calling.children):
            return []
        backed = [e for c in calling.children if c.dep_ == "obj" and c != noun
                  for e in phrase_ends(parsed, c)]
        speakers = subject_ends(parsed, calling)
        cue = f"verb:{folded_lemma(calling)}"
    else:
        return []
    return [Found("endorsed", s, b, 0.65, cue, noun.i) for s in speakers for b in backed
            if s.key != b.key and parsed.is_person(b.key) and
            parsed.kb.fits("endorsed", s.key, b.key)]
