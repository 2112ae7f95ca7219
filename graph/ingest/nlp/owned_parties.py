"""A party named as someone's: "Nuevas Ideas, el partido de Bukele", "Identidad Soberana, la
formación del abogado Gustavo Salle", "el partido de Bukele, Nuevas Ideas,". Whose party it is
says the person belongs to it (not that they lead it), and the party is the one the phrase
stands beside, not the one the text is about: the extractor puts it in place of the discourse
reader's guess, which takes the party the text is about."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.words import base_role, demonym_label, folded_lemma, role_kind
from graph.ingest.reading import fold

_PARTY_NOUNS = {"partido", "formacion", "colectividad", "movimiento", "fuerza", "agrupacion",
               "coalicion", "alianza"}
# Words that may stand between "de" and the person: articles and what the person is, and when
# ("del entonces alcalde X", "de la hoy ministra Y")
_BETWEEN_POS = ("DET", "ADJ", "NOUN")
_TIMES = {"entonces", "hoy", "actual", "ahora"}


def owned_party_claims(parsed: Parsed, token) -> list[Found]:
    """Claims the party noun `token` states. ("el Fidesz de Orbán", a party's name and its
    person, is read in party_persons.)"""
    if folded_lemma(token) in _PARTY_NOUNS and token.pos_ == "NOUN":
        return _described(parsed, token)
    return []


def owners(found: list[Found]) -> set[str]:
    """The persons these claims give a party."""
    return {c.subject.key for c in found if c.cue == _CUE}


_CUE = "apposition:party-of"


def titled(parsed: Parsed, claim: Found) -> bool:
    """Whether the phrase names the person by a title or a trade ("el partido del presidente
    X", "del abogado Y"): the party is then told by who the person is, not as theirs (the press
    writes "el partido de Magyar" of the party a person leads)."""
    return claim.subject.reference or any(
        base_role(t)[0] or t.pos_ == "NOUN"
        for t in parsed.doc[claim.trigger + 1:claim.subject.first])


def _described(parsed: Parsed, noun) -> list[Found]:
    doc = parsed.doc
    if noun.i < 1 or fold(doc[noun.i - 1].lower_) not in ("el", "la"):
        return []
    person = person_after(parsed, noun.i + 1)
    subject = End.of(person) if person is not None else _referred_after(parsed, noun.i + 1)
    if subject is None:
        return []
    party = _beside(parsed, noun.i - 1, subject.last + 1) or _copula_subject(parsed, noun)
    if party is None or not parsed.kb.fits("memberOf", subject.key, party.key):
        return []
    return [Found("memberOf", subject, End.of(party), 0.7, _CUE, noun.i, dated=False)]


def _referred_after(parsed: Parsed, i: int) -> End | None:
    """The person a "de" phrase with no name refers to: "Fidesz, el partido del húngaro,"
    after Viktor Orbán, "el partido de la primera ministra," after Giorgia Meloni. The phrase
    closes right after its noun (and its adjective)."""
    doc = parsed.doc
    if i + 1 >= len(doc) or fold(doc[i].lower_) not in ("de", "del"):
        return None
    j = i + 1 + (fold(doc[i + 1].lower_) in ("la", "el"))
    while j + 1 < len(doc) and doc[j + 1].pos_ == "ADJ" and doc[j + 1].is_lower:
        j += 1  # "de la primera ministra italiana"
    noun = doc[j] if j < len(doc) else None
    if noun is None or noun.pos_ != "NOUN" or j + 1 >= len(doc) or \
            doc[j + 1].text not in _OPENERS | {")", "."}:
        return None
    word, _ = base_role(noun)
    if not (word and role_kind(word) not in ("ally", "rival") or demonym_label(noun)):
        return None  # "del rival", "del hijo": someone else than the one named before
    people = [e for e in parsed.ends(noun) if parsed.is_person(e.key)]
    if len(people) != 1 or not people[0].reference:
        return None
    return replace(people[0], first=noun.i, last=noun.i)


def person_after(parsed: Parsed, i: int) -> Mention | None:
    """The person a "de" phrase at token `i` names, past an article and a profession or
    title ("del abogado Gustavo Salle", "del expresidente Uribe")."""
    doc = parsed.doc
    if i >= len(doc) or fold(doc[i].lower_) not in ("de", "del"):
        return None
    j = i + 1
    while j < min(len(doc), i + 5) and (doc[j].pos_ in _BETWEEN_POS or base_role(doc[j])[0]
                                        or fold(doc[j].lower_) in _TIMES) \
            and parsed.mention(doc[j]) is None and (
                doc[j].text[:1].islower() or base_role(doc[j])[0]):
        # (a title may take a capital: "del Presidente José Antonio Kast")
        word, _ = base_role(doc[j])
        if word and role_kind(word) in ("ally", "rival"):
            return None  # "el partido del rival de X": someone else's
        j += 1
    if j + 1 < len(doc) and doc[j].text == "," and j > i + 1 and \
            any(base_role(t)[0] for t in doc[i + 1:j]):
        j += 1  # "de la primera ministra italiana, Giorgia Meloni": the title, then the name
    if j >= len(doc):
        return None
    person = parsed.mention(doc[j])
    if person is None or person.start != j or not parsed.is_person(person.key):
        return None
    after = doc[person.end] if person.end < len(doc) else None
    if after is not None and fold(after.lower_) in ("de", "del"):
        return None  # "el partido del hijo de X": a longer phrase
    return person


def _beside(parsed: Parsed, first: int, end: int) -> Mention | None:
    """The organization the phrase from token `first` to `end` stands in apposition to: the
    name right before its comma, else the one right after its closing comma."""
    doc = parsed.doc
    if first >= 2 and doc[first - 1].text in _OPENERS:
        at = first - 2
        if doc[at].text == ")" and at >= 3 and doc[at - 2].text == "(":
            at -= 3  # "La Libertad Avanza (LLA), el partido de": past the acronym
        named = parsed.mention(doc[at])
        if named is not None and _organization(parsed, named):
            return named
    if end + 1 < len(doc) and doc[end].text in _OPENERS:
        named = parsed.mention(doc[end + 1])
        if named is not None and named.start == end + 1 and _organization(parsed, named) and \
                named.end < len(doc) and doc[named.end].text in (",", ")", ".", ";"):
            return named
    return None


# What sets an apposition off: commas, dashes ("el Partido Republicano —el partido de Kast—")
_OPENERS = {",", "—", "–"}


def _copula_subject(parsed: Parsed, noun) -> Mention | None:
    """The organization a copula says the noun is: "Vox es el partido de X", "Hermanos de
    Italia, que es la formación de X"."""
    if not any(c.dep_ == "cop" for c in noun.children) or \
            any(c.dep_ == "advmod" and fold(c.lower_) == "no" for c in noun.children):
        return None  # ("no es el partido de X" says nothing of whose it is)
    subject = next((c for c in noun.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ == "PRON" and noun.dep_ in ("acl", "acl:relcl"):
        subject = noun.head  # "X, que es el partido de Y": the name the clause hangs on
    named = parsed.mention(subject) if subject is not None else None
    return named if named is not None and _organization(parsed, named) else None


def _organization(parsed: Parsed, mention: Mention) -> bool:
    return mention.kind != METONYM and parsed.kb.is_a(mention.key, ORGANIZATION) and \
        not parsed.is_person(mention.key)
