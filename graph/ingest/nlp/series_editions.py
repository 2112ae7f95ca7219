"""Several editions of a gathering stand for the gathering: "X, que organizó las dos primeras
ediciones de CPAC México" organizes CPAC México; "participó en las tres últimas ediciones del
Foro de Madrid" took part in the forum. One edition ("la segunda edición del foro") is left to
the readings that name that edition."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_EDITIONS = {"edicion", "convocatoria", "entrega", "version"}
_ORGANIZING = {"organizar", "coorganizar", "convocar", "promover", "impulsar", "montar",
               "preparar", "dirigir", "producir", "patrocinar", "auspiciar", "albergar",
               "acoger"}
_TAKING_PART = {"participar", "asistir", "acudir", "intervenir", "hablar", "estar", "ir",
                "viajar", "disertar", "exponer"}


def edition_series_claims(parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB":
        return []
    lemma = verb_lemma(verb)
    if lemma not in _ORGANIZING | _TAKING_PART:
        return []
    events = [e for c in verb.children if c.dep_ in ("obj", "obl") and _editions(c)
              for d in c.children if d.dep_ == "nmod" and d.i > c.i and any(
                  k.dep_ == "case" and fold(k.lower_) in ("de", "del") for k in d.children)
              for e in phrase_ends(parsed, d) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        return []
    agents = [e for e in subject_ends(parsed, verb) if parsed.is_agent(e.key)]
    if lemma in _ORGANIZING:
        return [Found("organizedBy", e, a, 0.6, "verb:" + lemma, verb.i) for e in events
                for a in agents if e.key != a.key and parsed.kb.fits("organizedBy", e.key, a.key)]
    return [Found("participatedIn", a, e, 0.6, "verb:" + lemma, verb.i, dated=False)
            for e in events for a in agents
            if e.key != a.key and parsed.kb.fits("participatedIn", a.key, e.key)]


def _editions(noun) -> bool:
    """"las dos primeras ediciones", "varias convocatorias": more than one edition."""
    return folded_lemma(noun) in _EDITIONS and noun.morph.get("Number") == ["Plur"]
