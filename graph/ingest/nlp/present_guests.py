"""Guests seen at the event: "Entre los invitados estaban A y B", "se encontraban entre los
invitados", "Nuestro enviado ve entre los invitados a X". Being among the guests there, at the
time the text tells of, is being invited and taking part; "figuraban entre los invitados" only
lists who was asked to come."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs of being somewhere or being seen there, unlike "figurar" (on the list)
_THERE = {"estar", "encontrar", "ver", "haber", "sentar", "ubicar", "situar"}
_GOING = {"viajar", "acudir", "asistir", "ir", "venir", "llegar", "estar", "presentar",
          "participar", "aparecer", "poder"}


def present_guests(parsed, found: list[Found]) -> list[Found]:
    """Participation for each guest a verb of being there places among the guests."""
    # a guest the text says took part, or did not ("que al final no viajó"), is settled
    taken = {(c.subject.key, c.object.key) for c in found if c.relation == "participatedIn"}
    out = []
    for claim in found:
        if claim.relation != "invitedTo" or claim.negated or \
                (claim.subject.key, claim.object.key) in taken:
            continue
        verb = parsed.doc[claim.trigger]
        if verb_lemma(verb) not in _THERE or not _among_guests(verb) or \
                "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood") or \
                "Sub" in verb.morph.get("Mood"):
            continue
        if not parsed.kb.fits("participatedIn", claim.subject.key, claim.object.key) or \
                _stayed_away(verb):
            continue
        out.append(replace(claim, relation="participatedIn", qualifiers={"role": "guest"}))
        taken.add((claim.subject.key, claim.object.key))
    return out


def _stayed_away(verb) -> bool:
    """"Entre los invitados estaba X, que al final no viajó": a "no" on a verb of going in
    the sentence undoes the presence."""
    return any(t.pos_ in ("VERB", "AUX") and t != verb and verb_lemma(t) in _GOING and any(
        c.dep_ == "advmod" and fold(c.lower_) in NEGATORS for c in t.children)
        for t in verb.sent)


def _among_guests(verb) -> bool:
    """"entre los invitados" next to the verb, before or after it (the small model does not
    always hang it on the verb)."""
    doc, sentence = verb.doc, verb.sent
    for i in range(max(verb.i - 6, sentence.start), min(verb.i + 4, sentence.end)):
        if doc[i].lower_ == "entre" and any(
                t.lower_.startswith("invitad") for t in doc[i + 1:min(i + 4, sentence.end)]):
            return True
    return False
