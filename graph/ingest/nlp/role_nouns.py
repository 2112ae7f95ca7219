"""Those an event's role noun is said of: "X fue uno de los firmantes de la Carta", "X, uno
de los oradores de la cumbre", "X figura entre los invitados al foro", with the companions
that "junto a (dirigentes como) A y B" adds to them."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import list_role
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# "uno de los firmantes", "parte de los invitados": the role noun under a word of quantity
_PART_OF = {"uno", "una", "parte", "alguno", "alguna", "otro", "otra"}
_COMPANY = ("junto a", "junto con", "al igual que")


def role_noun_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ not in ("NOUN", "ADJ", "ADV"):
        return []  # "X, firmante de la Carta": the small model may tag the noun an adverb
    role = list_role(folded_lemma(token), feminine=True) or list_role(
        fold(token.lower_), feminine=True)
    if role is None:
        return []
    predicate = token
    if token.dep_ == "nmod" and preposition(token) == "de" and \
            folded_lemma(token.head) in _PART_OF:
        predicate = token.head
    # the small model may hang "al Foro" on "una" rather than on "invitadas"
    events = [e for c in [*token.children, *predicate.children] if c.i > token.i and
              c.dep_ in ("nmod", "obj", "obl") and preposition(c) in ("de", "del", "a", "al")
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        return []
    people: list[End] = []
    if any(c.dep_ == "cop" for c in predicate.children):
        people = subject_ends(parsed, predicate)
    elif predicate.dep_ == "appos" and predicate.head.i < predicate.i:
        people = parsed.ends(predicate.head, conj=False)
    if not people:
        return []
    # a subject the discourse resolves ("el candidato fue uno de los oradores") is too often
    # the wrong one here; the companions the sentence names are still its co-speakers
    people = [p for p in people if not p.reference]
    named = {p.key for p in people}
    companions = [c for c in _companions(parsed, token) if c.key not in named]
    relation, qualifier = role
    qualifiers = {"role": qualifier} if qualifier else {}
    return [Found(relation, p, e, 0.7, "list" if p in companions else "copula", predicate.i,
                  dict(qualifiers))
            for p in people + companions for e in events
            if parsed.kb.fits(relation, p.key, e.key)]


def _companions(parsed: Parsed, token) -> list[End]:
    """"junto a dirigentes como A y B", "junto al chileno A": the others who share the role,
    named later in the sentence."""
    doc, found = parsed.doc, []
    for i in range(token.i + 1, token.sent.end - 2):
        words = f"{doc[i].lower_} {doc[i + 1].lower_}"
        if words in _COMPANY or f"{words} {doc[i + 2].lower_}" in _COMPANY or (
                doc[i].lower_ == "junto" and doc[i + 1].lower_ == "al"):
            head = doc[i].head
            found += [e for e in parsed.ends(head) if parsed.is_person(e.key)]
    return found
