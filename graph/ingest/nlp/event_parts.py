"""A part of a gathering named with the gathering it belongs to: "la inauguración del Foro X",
"la clausura de la cumbre", "la sesión inaugural de la CPAC", "el acto de apertura de Atreju".
Whoever is at the part is at the gathering, whatever the verb ("coincidieron en", "estuvo
en", "asistió a"), so the phrase names the gathering itself."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.events import is_definite, is_event_noun
from graph.ingest.nlp.words import folded_lemma, of_complements

# The moments and sittings of a gathering; "la sesión" of a chamber is no gathering's part
# unless its complement is an event
PART_NOUNS = {"inauguracion", "clausura", "apertura", "cierre", "sesion", "jornada",
              "plenaria", "plenario", "arranque", "mesa", "panel", "gala", "cena", "almuerzo",
              "desayuno", "recepcion", "ceremonia", "velada", "acto"}
# Sittings of the gathering a text reports, which alone ("abrió la sesión", "asistió a la
# clausura") are that gathering's
_SITTINGS = {"sesion", "inauguracion", "clausura", "plenaria"}


def gathering_of_part(parsed, noun) -> list:
    """The gathering a part noun's "de" complement names ("la clausura de la CPAC"), or []."""
    if noun.pos_ != "NOUN" or folded_lemma(noun) not in PART_NOUNS:
        return []
    for child in of_complements(noun):
        mention = parsed.mention(child)
        if child.i in parsed._event_at or mention is not None and \
                parsed.kb.is_a(mention.key, EVENT) or is_event_noun(child) or \
                folded_lemma(child) in PART_NOUNS:
            # "el acto de clausura de la cumbre": the part's part, then the gathering
            events = [e for e in parsed.ends(child, conj=False)
                      if parsed.kb.is_a(e.key, EVENT)]
            if events:
                return events[:1]
    if folded_lemma(noun) in _SITTINGS and is_definite(noun) and \
            noun.morph.get("Number") != ["Plur"] and not any(
                c.dep_ in ("nmod", "acl", "appos", "amod") for c in noun.children):
        topic = parsed.topic_end(noun.i, same_sentence=False)
        if topic is not None:
            return [topic]
    return []
