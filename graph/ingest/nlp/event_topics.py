"""What a gathering is about sets it apart as much as who holds it: "unas jornadas sobre
despoblación rural", "un foro sobre seguridad ciudadana", "una marcha contra la reforma" are
named by their subject ("Jornadas sobre despoblación rural"), the way the text writes it."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma

_ABOUT = {"sobre", "contra", "acerca"}
# Subjects that say nothing of which gathering it is: "una reunión sobre el asunto"
_VAGUE = {"asunto", "tema", "cuestion", "particular", "mismo", "ello", "esto", "eso"}


def topic_complements(parsed, noun) -> list:
    """The noun a gathering's "sobre"/"contra" phrase names, when it is a plain noun and not a
    name the text links (a person, a party)."""
    for child in noun.children:
        if child.dep_ != "nmod" or child.i <= noun.i or child.pos_ != "NOUN" or \
                folded_lemma(child) in _VAGUE or parsed.mention(child) is not None:
            continue
        cases = [k for k in child.children if k.dep_ == "case"]
        if cases and cases[0].lower_ in _ABOUT and \
                not any(k.dep_ == "det:poss" or "Yes" in k.morph.get("Poss")
                        for k in child.children):
            return [child]
    return []
