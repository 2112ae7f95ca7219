"""The first person plural of a party's spokesperson speaks for the party: "«Hoy la UDI vota con
nosotros en casi todo»", "«Chega camina con nosotros»" (the party that votes or goes along
with the speaker's is its ally); "«Nosotros votamos con el PP»", "«Gobernamos en coalición
con el PP»", "«Nos hemos aliado con Chega»", "«Con X y con Y estamos construyendo otra
Europa»", "«Nosotros estamos con X»" (the speaker's party is the one allied). The
speaker's own ties decide which party that is; one the text ties to no party, or to several,
stays the ally."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.clauses import (
    first_person_speaker,
    phrase_ends,
    preposition,
    subject_ends,
)
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.our_allies import party_of_person
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma

# Going, voting or governing together: what allies do "con" another.
_ALONG = {"construir", "trabajar", "luchar", "combatir", "defender", "levantar", "avanzar",
          "estar", "votar", "caminar", "marchar", "gobernar", "cogobernar", "ir", "andar", "remar",
          "pactar", "aliar", "aliarse", "coaligar", "coaligarse", "alinear", "alinearse",
          "competir", "concurrir", "sumar", "sumarse"}
# Of those, the ones no verb rule reads as an alliance on its own ("votó con el PP" in the
# third person is one vote): "«Votamos con el PP»" speaks of the party's line.
_MIRRORED = {"votar", "caminar", "marchar", "ir", "andar", "remar", "construir", "trabajar",
             "luchar", "combatir", "defender", "levantar", "avanzar", "estar"}
_US = {"nosotros", "nosotras"}
_CUE = "verb:we:"
# (a line held, "hoy vota con nosotros en casi todo", not a dated act: the claims carry no date)


def we_ally_claims(parsed: Parsed, token) -> list[Found]:
    """Those who go along "con nosotros": allies of the one who speaks (made their party by
    `we_as_party`)."""
    if token.pos_ in ("PROPN", "NOUN") and preposition(token) == "con":
        return _we_are_with(parsed, token)
    if token.pos_ not in ("VERB", "AUX") or folded_lemma(token) not in _ALONG or \
            folded_lemma(token) == "estar" and not standing_now(token):
        return []
    with_us = [c for c in token.children if c.dep_ in ("obl", "obj") and c.lower_ in _US and
               preposition(c) == "con"]
    speakers = [e for e in first_person_speaker(parsed, token) if parsed.is_person(e.key)]
    if _first_plural(token) and folded_lemma(token) in _MIRRORED:
        # "«Nosotros votamos con el PP»": the speaker with each one named "con"
        partners = [e for c in token.children if c.dep_ in ("obl", "obj") and
                    preposition(c) == "con" and c.lower_ not in _US
                    for e in _with_each(parsed, c)]
        return [Found("allied", s, p, 0.6, _CUE + folded_lemma(token), token.i, dated=False)
                for s in speakers[:1] for p in partners
                if p.key != s.key and parsed.kb.fits("allied", s.key, p.key)]
    if not with_us or _first_plural(token):
        return []
    allies = [e for e in subject_ends(parsed, token) if parsed.is_agent(e.key)]
    return [Found("allied", a, s, 0.6, _CUE + folded_lemma(token), token.i, dated=False)
            for a in allies for s in speakers[:1]
            if a.key != s.key and parsed.kb.fits("allied", a.key, s.key)]


def _we_are_with(parsed: Parsed, token) -> list[Found]:
    """"«Nosotros estamos con X y con Y»": the small model makes the one "con" the predicate
    of the copula; standing with someone now is siding with them."""
    copula = next((c for c in token.children if c.dep_ == "cop"), None)
    if copula is None or folded_lemma(copula) != "estar" or not _first_plural(token) or \
            not standing_now(copula):
        return []
    speakers = [e for e in first_person_speaker(parsed, token) if parsed.is_person(e.key)]
    return [Found("allied", s, p, 0.6, _CUE + "estar", token.i, dated=False)
            for s in speakers[:1] for p in _with_each(parsed, token)
            if p.key != s.key and parsed.kb.fits("allied", s.key, p.key)]


def standing_now(verb) -> bool:
    """"estamos con X" in the present, with no place or other complement: a side taken, not
    a visit ("estuvimos con X en Roma")."""
    return verb.morph.get("Tense") == ["Pres"] and not any(
        c.dep_ in ("obl", "advmod") and preposition(c) not in ("con", "") for c in
        [*verb.children, *verb.head.children] if c.i != verb.i)


def _with_each(parsed: Parsed, phrase) -> list[End]:
    """Each one named "con": "con A, con B y con C", which the small model may chain."""
    named = list(phrase_ends(parsed, phrase))
    named += [e for c in phrase.children if c.dep_ in ("nmod", "conj") and
              preposition(c) == "con" for e in _with_each(parsed, c)]
    return list({e.key: e for e in named if parsed.is_agent(e.key)}.values())


def we_as_party(parsed: Parsed, found: list[Found]) -> list[Found]:
    """An alliance the speaker states in the first person plural, or one made "con nosotros",
    is their party's."""
    out = []
    for claim in found:
        if claim.relation == "allied" and (claim.cue.startswith(_CUE) or _first_plural(
                _verb_of(parsed.doc[claim.trigger]))):
            claim = _as_party(parsed, found, claim)
        out.append(claim)
    return out


def _as_party(parsed: Parsed, found: list[Found], claim: Found) -> Found:
    speakers = {e.key for e in first_person_speaker(parsed, parsed.doc[claim.trigger])}
    for side, other in (("subject", claim.object), ("object", claim.subject)):
        end = getattr(claim, side)
        if end.key not in speakers or not parsed.is_person(end.key) or \
                parsed.is_person(other.key):
            continue
        party = party_of_person(parsed, found, end.key)
        if party is not None and party != other.key and parsed.kb.is_a(party, PARTY):
            return replace(claim, **{side: End(party, end.first, end.last, reference=True,
                                               distance=end.distance)})
    return claim


def _verb_of(token):
    """The finite verb a trigger noun hangs on ("tenemos una alianza"), or the trigger."""
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head != token and seen < 3:
        copula = next((c for c in token.children if c.dep_ == "cop"), None)
        if copula is not None:
            return copula
        token, seen = token.head, seen + 1
    return token


def _first_plural(verb) -> bool:
    forms = [verb, *[c for c in verb.children if c.dep_ in ("aux", "cop")]]
    return any(t.morph.get("Person") == ["1"] and t.morph.get("Number") == ["Plur"]
               for t in forms)
