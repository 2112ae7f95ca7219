"""A person named by the first word of their name alone, as people speak of those they know:
"Hablé con Viktor", "Abelardo tiene todo nuestro apoyo", "Santiago es un amigo". The word names
the one person of the document whose name opens with it (named in full, or by surname when the
graph knows their full name), whether or not the gazetteer lists it as a given name; never when
two of the document's people share it. A word that also names a place ("Santiago", "Victoria")
names the person only where someone speaks (inside quotes, or in an interview's answer) and
only as the one who acts or is spoken with ("con Santiago"), never where one goes or is."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.spans import Reader, Span

_SUBJECTS = ("nsubj", "nsubj:pass")


def first_word(label: str) -> str | None:
    """The first word of a person's name of two words or more, when it can be a given name."""
    key = gz.fold_key(label)
    if len(key) < 2 or len(key[0]) < 3 or key[0] in gz.PARTICLES or gz.title(key[:1]):
        return None
    return key[0]


def note_person(linker, key: str, cls: str) -> None:
    """Record a person the linker named (a new one of class `cls`, or the graph's) by the
    first word of their name."""
    if cls != PERSON and (key.startswith(NEW) or not linker.kb.is_a(key, PERSON)):
        return
    word = first_word(linker._label(key))
    people = linker.first_words
    if word is not None and key not in people.setdefault(word, []):
        people[word].append(key)


def first_word_owners(r: Reader, span: Span, people: dict[str, list[str]]) -> list[str]:
    """The people a lone capitalized word may name by their first name: one names that person;
    several leave the word nobody's (no new person "Anselmo" beside two Anselmos)."""
    key = r.key(span.start, span.end)
    if span.end - span.start != 1 or len(key) != 1 or r.texts[span.start].isupper():
        return []
    found = people.get(key[0], [])
    if r.sent_start[span.start] and not _acts(r, span.start):
        return []  # a capital opening a sentence may be any word, unless it acts
    if span.place is not None and not (_spoken(r, span.start) and (
            _acts(r, span.start) or r.keys[span.start - 1] == ("con",))):
        return []
    return found


def _acts(r: Reader, i: int) -> bool:
    return r.deps[i] in _SUBJECTS and r.pos[r.heads[i]] in ("VERB", "AUX", "NOUN")


def _spoken(r: Reader, i: int) -> bool:
    """Inside quotes in its paragraph, or in a paragraph that answers ("R. …", "— …")."""
    start = r.full.rfind("\n", 0, r.idx[i]) + 1
    before = r.full[start:r.idx[i]]
    opened = before.count("«") + before.count("“") - before.count("»") - before.count("”")
    if opened > 0 or before.count('"') % 2 == 1:
        return True
    return before.lstrip().startswith(("R.", "R:", "Respuesta", "—", "–"))
