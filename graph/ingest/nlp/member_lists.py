"""The members a group's description lists: "la coalición X, que integran A, B y C", "X,
formada por A, B y C", "X, integrada por A y por B", "X, que agrupa a A, B y C". The small
model often takes a list of names for one flat name ("el Partido Republicano, Renovación
Nacional y la UDI"), so the items are read on the tokens (list_items); each is a member of the
group named right before the description."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.audience_lists import denied
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_items import listed
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs whose subject makes up the object: "A y B integran X"; in a relative on X, "X, que
# integran A y B"; as a participle, "X, formada por A y B"
_MAKING_UP = {"integrar", "conformar", "componer", "formar", "constituir"}
# The participles the small model takes for adjectives, by their own lemma
_PARTICIPLES = {"formado": "formar", "integrado": "integrar", "conformado": "conformar",
                "compuesto": "componer", "constituido": "constituir"}
# Verbs whose subject gathers the object: "X agrupa a A y B"
_GATHERING = {"agrupar", "aglutinar", "englobar", "aunar"}


def member_list_claims(parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    lemma = verb_lemma(verb)
    lemma = _PARTICIPLES.get(lemma, lemma)
    if lemma not in _MAKING_UP | _GATHERING or denied(verb):
        return []
    doc = verb.doc
    form = verb.morph.get("VerbForm")
    if form == ["Part"] and lemma in _MAKING_UP:
        # "X, formada por A, B y C"
        by = next((i for i in range(verb.i + 1, min(verb.i + 3, verb.sent.end))
                   if fold(doc[i].lower_) == "por"), None)
        if by is None:
            return []
        group = _named_before(parsed, verb.i)
        members = listed(parsed, by, "por")
    elif form == ["Fin"] and verb.i >= 1 and fold(doc[verb.i - 1].lower_) == "que":
        # "X, que integran A, B y C" (the verb agrees with the list), "X, que agrupa a A y B"
        if lemma in _MAKING_UP and verb.morph.get("Number") != ["Plur"]:
            return []
        group = _named_before(parsed, verb.i - 1)
        members = listed(parsed, verb.i + 1, "a" if lemma in _GATHERING else None)
        if lemma in _MAKING_UP and len(members) < 2:
            return []  # "X, que integran Vox y Chega": one object is no list of members
    else:
        return []
    if group is None:
        return []
    return [Found("memberOf", m, group, 0.6, "list", verb.i, {}) for m in members
            if m.key != group.key and not m.reference and
            parsed.kb.fits("memberOf", m.key, group.key)]


def _named_before(parsed, index: int) -> End | None:
    """The organization named right before the description at token `index` (a comma
    between or not)."""
    doc = parsed.doc
    before = index - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    mention = parsed.mention(doc[before]) if before >= 0 else None
    if mention is None or mention.end - 1 != before or parsed.is_person(mention.key) or \
            not parsed.kb.is_a(mention.key, ORGANIZATION):
        return None
    return End.of(mention)
