"""A plural title after two or more names, or right before them ("los diputados del PP A y B"),
holds for each of them: "X e Y, los copresidentes de Konfederacja" (each leads it), "X e Y,
diputados del PP", "X e Y, ambos diputados de Vox" (each sits for it), "X e Y, líderes de Vox y
Chega respectivamente" (each their own, in order). The role reader gives the title to the name
beside it only; with two organizations and no "respectivamente" nobody is said to belong to
which, so neither is read."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import base_role
from graph.ingest.reading import fold

_TIES = {"leaderOf", "memberOf", "represents", "holdsOffice"}
_OF_ORGANIZATION = {"leaderOf", "memberOf", "represents"}
_AND = {"y", "e"}
# What may stand between the names and the plural title: "los", "ambos", "los dos", "todos"
_SHARING = {"los", "las", "ambos", "ambas", "dos", "tres", "cuatro", "todos", "todas"}


def coordinated_holders(parsed: Parsed, found: list[Found]) -> list[Found]:
    """`found` with each claim a plural title gives the last of coordinated names shared out
    over all of them."""
    out: list[Found] = []
    for claim in found:
        shared = _shared(parsed, claim)
        out += [claim] if shared is None else shared
    return out


def _shared(parsed: Parsed, claim: Found) -> list[Found] | None:
    doc = parsed.doc
    title = doc[claim.trigger]
    if claim.relation not in _TIES or claim.negated or claim.subject.reference or \
            title.morph.get("Number") != ["Plur"] or not base_role(title)[0]:
        return None
    named = claim.subject.mention  # the role reader's end may span the title too
    if named is not None and named.start > claim.trigger:
        names = _coordinated_after(parsed, claim.subject)
    else:
        names = _coordinated_before(parsed, claim.subject, claim.trigger)
    if len(names) < 2:
        return None
    end = _phrase_end(doc, claim.trigger)
    organizations = []
    for token in doc[claim.trigger + 1:end]:
        mention = parsed.mention(token)
        if mention is not None and mention.start == token.i and \
                parsed.kb.is_a(mention.key, ORGANIZATION) and \
                mention.key not in [m.key for m in organizations]:
            organizations.append(mention)
    # "líderes de Vox y Chega, respectivamente"
    respectively = any(fold(t.lower_) == "respectivamente" for t in doc[claim.trigger:end + 2])
    if claim.relation not in _OF_ORGANIZATION:
        if respectively:
            return []  # "presidentes de Chile y Perú respectivamente": an office each of its own
        # an office each holds ("diputados"), whoever's party it is
        return [replace(claim, subject=name) for name in names]
    if respectively:
        if len(organizations) != len(names):
            return []
        # each name the organization in its place, whatever the title reader paired
        if claim.object.key != organizations[0].key:
            return []  # shared out once, from the claim on the first organization
        return [replace(claim, subject=name,
                        object=End.of(org))
                for name, org in zip(names, organizations, strict=True)]
    if len(organizations) > 1:
        return []  # "diputados del PP y de Vox": who sits for which is not said
    return [replace(claim, subject=name) for name in names]


def _coordinated_before(parsed: Parsed, last: End, trigger: int) -> list[End]:
    """The persons "A, B y C" whose last is `last`, when the title follows them after a comma
    (and an article): "A y B, los copresidentes de X"."""
    doc = parsed.doc
    # the role reader's end may span the title too: the name is its mention
    named = last.mention.end - 1 if last.mention is not None else last.last
    between = list(doc[named + 1:trigger])
    if not between or between[0].text != "," or not all(
            t.text == "," or fold(t.lower_) in _SHARING for t in between):
        return []
    names = [last]
    i = last.first - 1
    if i < 1 or fold(doc[i].lower_) not in _AND:
        return []
    while i >= 1:
        mention = parsed.mention(doc[i - 1])
        if mention is None or mention.end != i or not parsed.is_person(mention.key):
            break
        names.insert(0, End.of(mention))
        i = mention.start - 1
        if i < 1 or doc[i].text != ",":
            break
    if len(names) < 2 or len({n.key for n in names}) != len(names):
        return []
    return names


def _coordinated_after(parsed: Parsed, first: End) -> list[End]:
    """The persons "A, B y C" that a plural title names right before them, `first` the
    first: "los diputados del PP A y B", "los concejales de Vox A, de Lugo; B, de Vigo, y C,
    de Soria" (each one's town between commas)."""
    doc = parsed.doc
    names, i, closed = [first], first.mention.end, False
    sentence_end = doc[first.first].sent.end
    while i < sentence_end and not closed:
        i = _past_place(parsed, i)
        separator = i
        while i < sentence_end and doc[i].text in (",", ";"):
            i += 1
        if i < sentence_end and fold(doc[i].lower_) in _AND:
            i, closed = i + 1, True
        mention = parsed.mention(doc[i]) if i < sentence_end and i > separator else None
        if mention is None or mention.start != i or not parsed.is_person(mention.key):
            break
        names.append(End.of(mention))
        i = mention.end
    if not closed or len({n.key for n in names}) != len(names):
        return []
    return names


def _past_place(parsed: Parsed, i: int) -> int:
    """Past ", de Lugo" after a name (where the holder sits or comes from), else `i`."""
    doc = parsed.doc
    if i + 2 < len(doc) and doc[i].text == "," and fold(doc[i + 1].lower_) in ("de", "del"):
        mention = parsed.mention(doc[i + 2])
        if mention is not None and mention.start == i + 2 and not parsed.is_person(mention.key) \
                and not parsed.kb.is_a(mention.key, ORGANIZATION):
            return mention.end
    return i


def _phrase_end(doc, trigger: int) -> int:
    """The token closing the title's phrase: the next comma, colon, parenthesis or the
    sentence's end."""
    sentence_end = doc[trigger].sent.end
    for token in doc[trigger + 1:sentence_end]:
        if token.text in (",", ";", ":", "(", ")", ".", "—"):
            return token.i
    return sentence_end
