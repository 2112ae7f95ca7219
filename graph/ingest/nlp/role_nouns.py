"""Those an event's role noun is said of: "X fue uno de los firmantes de la Carta", "X, uno
de los oradores de la cumbre", "X figura entre los invitados al foro", with the companions
that "junto a (dirigentes como) A y B" adds to them."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.events import content, is_definite, is_event_noun
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
        fold(token.lower_), feminine=True) or _organizing(token)
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
        events = _told_again(parsed, token, predicate)
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
    if relation == "organizedBy":  # "X, uno de los organizadores de las jornadas"
        return [Found(relation, e, p, 0.7, "copula", predicate.i, {})
                for p in people + companions for e in events
                if parsed.kb.fits(relation, e.key, p.key)]
    return [Found(relation, p, e, 0.7, "list" if p in companions else "copula", predicate.i,
                  dict(qualifiers))
            for p in people + companions for e in events
            if parsed.kb.fits(relation, p.key, e.key)]


# Those who organize: "uno de los organizadores", "la coorganizadora del foro"
_ORGANIZERS = {"organizador", "organizadora", "organizadores", "organizadoras",
               "coorganizador", "coorganizadora", "coorganizadores", "coorganizadoras"}


def _organizing(token) -> tuple[str, None] | None:
    return ("organizedBy", None) if fold(token.lower_) in _ORGANIZERS else None


def _told_again(parsed: Parsed, token, predicate) -> list[End]:
    """"X, uno de los organizadores de las jornadas": a definite event noun that points back
    to the gathering the text reports, named a few sentences before or by its kind."""
    for c in [*token.children, *predicate.children]:
        if c.i > token.i and c.dep_ == "nmod" and preposition(c) in ("de", "del") and \
                is_event_noun(c) and is_definite(c):
            topic = parsed.topic_end(c.i)
            # near, or far but called by its own kind ("las jornadas", "Jornadas de X")
            if topic is not None and (topic.distance <= 3 or content([c.text]) <= content(
                    parsed.kb.label(topic.key).split())):
                return [topic]
    return []


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
