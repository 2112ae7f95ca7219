"""What the small model hangs elsewhere in a name's phrase than on the name. A relative clause
on the name, hung on the title before it ("el senador nacional X, que fue candidato de LLA",
the name made the title's apposition and the clause the title's) or on the words in apposition
after it ("X, ganadero de 48 años y exalcalde de Y, que será el candidato de Vox"): the clause
is the name's when nothing between the name and it is a verb or another person. And the office
a candidacy seeks, which a name after it does not hold ("el candidato de Reform a ministro
principal, X")."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma

_RELATIVES = ("que", "quien")


def apposed_relative(parsed, mention, token):
    """The relative clause (its head) that says something of the name `mention` (whose head
    token is `token`) though hung on the title before it or on an apposition after it; None
    when the parse hangs none so or another person or a verb stands between."""
    doc = parsed.doc
    sentence = token.sent
    # the phrase the name heads or stands in: its title before, its asides after
    first = token.head.i if token.dep_ in ("appos", "flat") and token.head.i < token.i and \
        token.head.pos_ == "NOUN" else mention.start
    for t in doc[mention.end:sentence.end]:
        if t.pos_ in ("VERB", "AUX") or (t.dep_.startswith("nsubj") and t.pos_ == "PRON"):
            if t.lower_ in _RELATIVES or folded_lemma(t) in _RELATIVES:
                break
            return None
        other = parsed.mention(t)
        if other is not None and other.key != mention.key and parsed.is_person(other.key):
            return None
    else:
        return None
    pronoun = t
    if pronoun.i == mention.end or doc[pronoun.i - 1].text != ",":
        return None  # "X que ..." without a comma: a restrictive clause, or another reading
    relative = pronoun.head
    if relative.dep_ not in ("acl", "acl:relcl") or not first <= relative.head.i < pronoun.i:
        return None
    return relative


# Nouns of running for an office, the office after their "a" the one sought
_RUNNING = {"candidato", "candidata", "aspirante", "precandidato", "precandidata", "postulante",
            "candidatura"}


def sought_office(doc, i: int) -> bool:
    """Whether the title word at `i` is the office a running noun before it seeks ("el candidato
    de Reform a ministro principal, X"): X is the candidate, not the minister."""
    j = i - 1
    if j > 0 and doc[j].pos_ == "DET" and doc[j - 1].lower_ == "a":
        j -= 1
    if j <= 0 or doc[j].lower_ not in ("a", "al"):
        return False
    for t in reversed(doc[max(j - 6, 0):j]):
        if t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX") or t.lower_ in ("a", "al"):
            return False  # ("candidato a gobernador al diputado X": the seat X holds)
        if t.lower_ in _RUNNING:
            return True
    return False


def participle_on_name(parsed, verb):
    """The person a participle in apposition describes when the small model hangs it on the
    clause's verb: "tendrá enfrente a Carrasco, proclamada en abril candidata del PP, y a
    Puerta" (the participle right after the name's comma, with no auxiliary of its own), as a
    mention; None otherwise."""
    doc = parsed.doc
    if verb.morph.get("VerbForm") != ["Part"] or verb.dep_ not in ("advcl", "conj") or \
            verb.i < 2 or doc[verb.i - 1].text != "," or \
            any(c.dep_ in ("aux", "aux:pass", "cop") for c in verb.children):
        return None
    mention = parsed.mention(doc[verb.i - 2])
    return mention if mention is not None and mention.end == verb.i - 1 and \
        parsed.is_person(mention.key) else None
