"""Where a name stands, which says whether a verb after it may take it for its dropped subject:
inside a relative clause that does not hold the verb ("El organizador del foro, que reunió a A y
B, contó que asistió a X": not A nor B), inside brackets, or after a capitalized surname
particle the small model reads as a preposition ("De la Espriella, en cambio, ...")."""

from __future__ import annotations

from graph.ingest.nlp.parsed import Parsed


def in_other_relative(token, verb) -> bool:
    """Whether `token` lies in a relative clause that does not hold `verb`: the names a
    relative clause governs are its own, not the subjects of the verbs after it."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in ("acl", "acl:relcl") and ancestor.pos_ in ("VERB", "AUX") and \
                verb not in ancestor.subtree:
            return True
    return False


def opening_particle(parsed: Parsed, mention) -> bool:
    """"De la Espriella, en cambio, ...": a person's surname particle opening the sentence or
    a clause, which the small model reads as a preposition (and the name as an object)."""
    first = mention.start
    while first > 0 and parsed.doc[first - 1].lower_ in ("de", "del", "la", "las", "los"):
        first -= 1
    token = parsed.doc[first]
    # (capitalized inside a sentence too: "Según Ospino, De la Espriella participó")
    return first < mention.start and token.text in ("De", "Del") and \
        parsed.is_person(mention.key)


def parenthesized(token) -> bool:
    """Whether `token` stands inside brackets opened before it in its sentence."""
    before = token.doc[token.sent.start:token.i]
    # the small model glues a dateline's ")" to its agency: "(PAP).-"
    return sum(t.text.count("(") for t in before) > sum(t.text.count(")") for t in before)
