"""What a name's apposition says one is of when it names no office: "X, del Partido de la
Gente,", "X, del partido Novo", "X, de los libertarios" (the party one is of, or the one whose
members the plural names), and an academic's post at a university
or an institute, "X, politólogo de la Universidad de Y", "Z, académica de Ciencia Política de
la Universidad de W", "V, investigador del Instituto U" (the institution one works for, a
membership as "X, de la Universidad de Y" is)."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY
from graph.ingest.nlp.offices import Title
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.reading import fold

# Academic posts: one holds them at the institution the "de" after them names
_ACADEMICS = {"politologo", "politologa", "profesor", "profesora", "academico", "academica",
              "catedratico", "catedratica", "investigador", "investigadora", "sociologo",
              "sociologa", "historiador", "historiadora", "docente"}
# How far the institution may stand past the post: its field comes between ("de Ciencia
# Política de la Universidad", "de Historia Contemporánea en la Universidad")
_REACH = 6


def academic(token) -> bool:
    return fold(token.lower_) in _ACADEMICS


def member_title(parsed: Parsed, i: int) -> list[Title]:
    """The membership the apposition from token `i` states: "del Partido X" at `i`, or an
    academic post at `i` and its institution after it."""
    doc = parsed.doc
    if academic(doc[i]):
        institution = _institution(parsed, i + 1)
        if institution is None:
            return []
        title = Title("miembro", i, False, i, institution.end - 1)
        title.targets.append(End.of(institution))
        return [title]
    party = parsed.party_named(i + 1) if i + 1 < len(doc) else None
    if party is None:
        return _members_of(parsed, i)
    if not parsed.kb.is_a(party.key, ORGANIZATION):
        return []
    title = Title("miembro", i, False, i, party.end - 1)
    title.targets.append(End.of(party))
    return [title]


def _members_of(parsed: Parsed, i: int) -> list[Title]:
    """"X, de los libertarios": the party a plural of its adjective names the members of."""
    doc = parsed.doc
    if i + 2 >= len(doc) or fold(doc[i].lower_) != "de" or \
            fold(doc[i + 1].lower_) not in ("los", "las") or doc[i + 2].pos_ == "PROPN":
        return []
    word = fold(doc[i + 2].lower_)
    party = next((parsed.party_adjectives[w] for w in (word[:-2], word[:-1])
                  if word.endswith("s") and w in parsed.party_adjectives), None)
    if party is None:
        return []
    title = Title("miembro", i, False, i, i + 2)
    title.targets.append(End(party, i + 2, i + 2, reference=True, distance=1))
    return [title]


def _institution(parsed: Parsed, i: int):
    """The organization the post's "de" phrase from token `i` names, past the field
    of study, even one the linker took for a name ("de Historia Contemporánea en la
    Universidad Y"); none when a person or a party comes first ("profesor de Abascal",
    "profesora del PP" is a party's member read elsewhere), or a punctuation mark or verb."""
    doc = parsed.doc
    if i >= len(doc) or fold(doc[i].lower_) not in ("de", "del"):
        return None
    j = i
    while j < min(len(doc), i + _REACH):
        token = doc[j]
        mention = parsed.mention(token)
        if mention is not None:
            if mention.start != j or parsed.is_person(mention.key) or \
                    parsed.kb.is_a(mention.key, PARTY):
                return None
            if mention.end < len(doc) and fold(doc[mention.end].lower_) in _LINKS:
                j = mention.end  # the field, then the institution
                continue
            return mention if parsed.kb.is_a(mention.key, ORGANIZATION) else None
        if token.is_punct or token.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            return None
        j += 1
    return None


_LINKS = {"de", "del", "en"}
