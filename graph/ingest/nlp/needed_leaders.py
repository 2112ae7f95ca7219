"""Calling someone the leader a place needs is backing them: "«Brais es el hombre que Galicia
necesita», dijo Abascal", "será la presidenta que Colombia necesita", "calificó a X de «el
hombre que Perú necesita»", "dijo que X es el líder que el país merece"; so is presenting or
calling them a model ("lo presentó como «el presidente más admirado»", "fue presentado por Y
como «el mejor alcalde»", "a quien calificó de «ejemplo para la región»"). The speaker (of
the quotation, or the subject of the verb of saying or calling, or its "por" phrase) endorses
the one so called; a denial ("no es el presidente que Argentina necesita") backs no one."""

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
# a model to follow: "calificó a X de «ejemplo para la región»"
_MODELS = {"ejemplo", "referente", "modelo", "heroe", "inspiracion", "orgullo", "faro"}
# "el presidente más admirado", "el mejor alcalde" (not "el candidato más votado")
_ADMIRED = {"admirado", "admirada", "querido", "querida", "respetado", "respetada", "valiente",
            "brillante", "valioso", "valiosa"}
# calling someone something: "calificó a X de «…»", "definió a X como «…»"
_CALLING = {"calificar", "definir", "describir", "llamar", "presentar", "considerar",
            "proclamar", "bautizar", "tildar"}


def needed_leader_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN":
        return []
    needed = folded_lemma(noun) in _LEADERS and any(
        c.dep_ in ("acl", "acl:relcl") and folded_lemma(c) in _NEEDING and
        any(fold(g.lower_) in ("que", "quien") for g in c.children) for c in noun.children)
    if not needed and not _model(noun):
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
        by = [c for c in calling.children if c != noun and any(
            g.dep_ == "case" and g.lower_ == "por" for g in c.children)]
        if by and any(c.dep_.startswith("aux") and folded_lemma(c) == "ser"
                      for c in calling.children):
            # "fue presentado por Y como «…»": the one presented is the subject
            backed = subject_ends(parsed, calling)
            speakers = [e for c in by for e in phrase_ends(parsed, c)]
        else:
            backed = [e for c in calling.children if c.dep_ == "obj" and c != noun and
                      c not in by for e in phrase_ends(parsed, c)]
            speakers = subject_ends(parsed, calling)
        cue = f"verb:{folded_lemma(calling)}"
    else:
        return []
    return [Found("endorsed", s, b, 0.65, cue, noun.i) for s in speakers for b in backed
            if s.key != b.key and parsed.is_person(b.key) and
            parsed.kb.fits("endorsed", s.key, b.key)]


def _model(noun) -> bool:
    """"ejemplo para la región", "el presidente más admirado", "el mejor alcalde": praise
    said in a name given to someone (with the verb of calling, not after a copula)."""
    if not any(c.lower_ in ("como", "de") and c.dep_ in ("mark", "case") for c in noun.children):
        return False
    if folded_lemma(noun) in _MODELS:
        return True
    return folded_lemma(noun) in _LEADERS and any(
        c.dep_ == "amod" and (fold(c.lower_) == "mejor" or c.lower_ in _ADMIRED and any(
            g.lower_ == "más" for g in c.children)) for c in noun.children)
