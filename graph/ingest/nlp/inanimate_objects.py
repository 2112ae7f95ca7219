"""Objects the small model takes for subjects: Spanish puts no "a" before a thing the verb acts
on, so in "Desde 2020 preside el Mathias Corvinus Collegium", said of the person the text is
about, the organization after the verb is parsed as the subject, as is a bare party name ("Desde
2022 preside Vox"). A transitive verb with no
object of its own, no subject before it and no "se", whose only subject is a definite phrase
after it naming no person, acts on that phrase; its subject is the one dropped."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.triggers import AGENT, PATIENT, VERBS
from graph.ingest.nlp.words import verb_lemma

_ARTICLES = {"el", "la", "los", "las", "al", "del"}


def subjects_acted_on(parsed, verb, subjects: list) -> list:
    """The verb's `subjects` that are its objects instead (all of them, or none)."""
    frames = VERBS.get(verb_lemma(verb), ())
    if not subjects or verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj") or \
            verb.morph.get("Number") != ["Sing"] or \
            not any(f.subject == AGENT and f.object == PATIENT for f in frames):
        return []
    if any(c.dep_ in ("obj", "iobj", "expl:pv", "expl:pass") or c.lower_ == "se"
           for c in verb.children):
        return []
    for subject in subjects:
        named = parsed.ends(subject, conj=False) if subject.i > verb.i else []
        if not named or any(parsed.is_person(e.key) or e.reference for e in named) or \
                not any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in subject.children) \
                and not _bare_organization(parsed, subject, named):
            return []
    return subjects


def _bare_organization(parsed, subject, named) -> bool:
    """"Desde 2022 preside Vox": a party's or a body's name takes no article, and stands
    after the verb as the definite phrase would."""
    # (all the phrase: "Vox Álava" is a branch whose name the graph does not hold)
    return subject.pos_ == "PROPN" and all(
        parsed.kb.is_a(e.key, ORGANIZATION) and e.mention is not None and
        e.mention.start <= subject.left_edge.i and subject.right_edge.i < e.mention.end
        for e in named)
