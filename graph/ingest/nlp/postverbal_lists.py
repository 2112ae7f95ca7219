"""The later items of a list that is a verb's postverbal subject: "que fundaron en 2024 A, el
checo B y el austriaco C". The small model hangs them anywhere (appositions of the verb's
object, conjuncts of a demonym), so they are read on the tokens: each item opens after a
comma or "y" with a determiner or a name, and the list ends where a phrase of another kind
starts ("frente al alcalde", "cuya presidenta") or an item turns out to be the subject of a
clause of its own ("y el vicepresidente X lo citó")."""

from __future__ import annotations

from graph.ingest.nlp.parsed import DEMONYM, METONYM, End, Parsed
from graph.ingest.reading import fold

_AND = {"y", "e"}
_RELATIVE_DETERMINERS = {"cuyo", "cuya", "cuyos", "cuyas"}


def postverbal_items(parsed: Parsed, ends: list[End]) -> list[End]:
    if not ends:
        return ends
    doc, found = parsed.doc, list(ends)
    keys = {e.key for e in ends}
    persons = parsed.is_person(ends[0].key)  # the items name what the first one names
    i = max(e.last for e in ends) + 1
    end = doc[i - 1].sent.end
    while i < end:
        token = doc[i]
        if token.text not in (",",) and fold(token.lower_) not in _AND:
            break
        j = i + 1
        if token.text == "," and j < end and fold(doc[j].lower_) in _AND:
            j += 1
        if j >= end or doc[j].pos_ not in ("DET", "PROPN") and parsed.mention(doc[j]) is None or \
                fold(doc[j].lower_) in _RELATIVE_DETERMINERS:
            break
        item = _item(parsed, j, end, persons)
        if item is None or item.key in keys or _own_clause(doc, item.last + 1, end):
            break
        found.append(item)
        keys.add(item.key)
        i = item.last + 1
    return found


def _item(parsed: Parsed, start: int, end: int, persons: bool) -> End | None:
    """The person (or, in a list of groups, the group) an item opening at `start` names: its
    first name after a determiner and lowercase titles or demonyms, none behind a
    preposition."""
    doc = parsed.doc
    for i in range(start, min(end, start + 6)):
        mention = parsed.mention(doc[i])
        if mention is not None and mention.start == i and mention.kind not in (
                METONYM, DEMONYM) and (parsed.is_person(mention.key) if persons else
                                       parsed.is_agent(mention.key) and
                                       not parsed.is_person(mention.key)):
            return End.of(mention)
        if mention is not None and mention.start == i and mention.kind in (METONYM, DEMONYM):
            continue
        if doc[i].pos_ in ("ADP", "PUNCT", "VERB", "AUX", "CCONJ") or \
                doc[i].pos_ == "PROPN" and mention is None:
            return None
    return None


def _own_clause(doc, start: int, end: int) -> bool:
    """Whether a finite verb or a clitic follows the item before any punctuation or "y"."""
    for i in range(start, end):
        t = doc[i]
        if t.is_punct or fold(t.lower_) in _AND:
            return False
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] or \
                t.pos_ == "PRON" and fold(t.lower_) in ("lo", "la", "le", "los", "las", "les",
                                                        "se"):
            return True
    return False


def without_party_tags(parsed: Parsed, ends: list[End]) -> list[End]:
    """"con la presencia de A y del eurodiputado B, de Vox": a group behind ", de" right after
    a person of the list is that person's party, not one more item."""
    doc, persons = parsed.doc, [e for e in ends if parsed.is_person(e.key)]
    if len(persons) < 1 or len(persons) == len(ends):
        return ends
    lasts = {e.last for e in persons}
    return [e for e in ends if parsed.is_person(e.key) or e.reference or not (
        e.first >= 3 and fold(doc[e.first - 1].lower_) in ("de", "del") and
        doc[e.first - 2].text == "," and e.first - 3 in lasts)]
