"""What its founder still leads: "X fundó el Movimiento Y, que hoy preside", "creó en 2019 la
Fundación Z, que dirige desde entonces", "X puso en marcha el partido, que todavía lidera". The
relative's "que" is the object (an organization leads nothing here) and the dropped subject is
the main clause's: the one who founded it leads it now."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_LEADING = {"presidir", "dirigir", "liderar", "encabezar", "conducir", "comandar"}
_FOUNDING = {"fundar", "crear", "formar", "impulsar", "lanzar", "refundar", "cofundar",
             "constituir", "levantar", "montar", "organizar"}


def founded_and_led_claims(parsed, token) -> list[Found]:
    """leaderOf for the relative `token` "que (hoy) preside" on the object of a verb of
    founding, in the present, with no subject or object of its own."""
    if verb_lemma(token) not in _LEADING or token.dep_ not in ("acl", "acl:relcl") or \
            "Pres" not in token.morph.get("Tense"):
        return []
    pronoun = next((c for c in token.children if c.dep_.startswith("nsubj") and
                    c.i < token.i and folded_lemma(c) == "que"), None)
    if pronoun is None or any(c.dep_ in ("obj", "iobj") or c.dep_.startswith("nsubj") and
                              c != pronoun for c in token.children):
        return []  # "que preside X": X leads it, read elsewhere
    founded = token.head
    founder = founded.head
    if founded.dep_ != "obj" or verb_lemma(founder) not in _FOUNDING:
        return []
    mood = modality(token)
    if not mood.asserted or mood.negated or modality(founder).negated:
        return []
    bodies = [e for e in parsed.ends(founded, conj=False)
              if parsed.kb.is_a(e.key, ORGANIZATION) and not parsed.is_person(e.key)]
    people = [e for e in subject_ends(parsed, founder) if parsed.is_person(e.key)]
    return [Found("leaderOf", person, body, 0.7, "verb:" + verb_lemma(token), token.i,
                  dated=False)
            for person in people for body in bodies
            if parsed.kb.fits("leaderOf", person.key, body.key)]
