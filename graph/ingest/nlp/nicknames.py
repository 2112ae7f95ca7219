"""Nicknames: a person the text also names by a nickname, set inside the full name in quotes
(Jorge "Tuto" Quiroga, Nasry «Tito» Asfura) or given after it ("Jorge Quiroga, Tuto para los
amigos,", "…, conocido como «Tuto»", "…, alias Tito,"). The nickname alone and followed by the
surname ("Tuto Quiroga", often in a headline before the full name) then name the same person
within the document, instead of proposing another one."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.entity_types import acceptable_alias
from graph.ingest.nlp.spans import Key, Reader, Span, name_surname

_OPENING = frozenset('"«“‘\'')
_CLOSING = frozenset('"»”’\'')
# Words that announce a nickname after a name and a comma ("conocido como", "alias")
_CUES = frozenset({"conocido", "conocida", "apodado", "apodada", "llamado", "llamada", "alias",
                   "apodo", "como", "el", "la", "mas", "popularmente", "carinosamente"})
# Words that only lead to the cue ("más conocido como"): no cue by themselves
_LEADS = frozenset({"como", "el", "la", "mas", "popularmente", "carinosamente"})


def join_quoted(r: Reader, spans: list[Span]) -> list[Span]:
    """Spans with every 'Given "Nick" Surname' made one span, its nickname kept apart: the name
    is the words around it."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        left = spans[i]
        if i + 2 < len(spans) and _quoted_between(r, left, spans[i + 1], spans[i + 2]):
            nick, right = spans[i + 1], spans[i + 2]
            known = [s.iris for s in (left, right) if s.iris]
            out.append(Span(left.start, right.end, set(known[0]) if len(known) == 1 else set(),
                            head=left.head, ner="PER", nickname=(nick.start, nick.end)))
            i += 3
            continue
        out.append(left)
        i += 1
    return out


def _quoted_between(r: Reader, left: Span, nick: Span, right: Span) -> bool:
    if not (left.end + 1 == nick.start and nick.end + 1 == right.start):
        return False
    if r.texts[left.end] not in _OPENING or r.texts[nick.end] not in _CLOSING:
        return False
    given = r.keys[left.end - 1]
    return bool(given) and gz.is_given_name(given[-1]) and nick.end - nick.start <= 2 and \
        left.place is None and right.place is None and not nick.iris


def without_nickname(r: Reader, span: Span) -> tuple[str, Key]:
    """The span's name as written and folded, its quoted nickname left out."""
    if span.nickname is None:
        return r.text(span.start, span.end), r.key(span.start, span.end)
    text = f"{r.text(span.start, span.nickname[0] - 1)} {r.text(span.nickname[1] + 1, span.end)}"
    return text, gz.fold_key(text)


def nicknames(r: Reader, spans: list[Span], mentions) -> list[tuple[str, str, Key]]:
    """(person, nickname as written, name) for every nickname the document gives a person."""
    found = []
    for span in spans:
        if span.nickname is not None and span.key is not None:
            found.append((span.key, r.text(*span.nickname), without_nickname(r, span)[1]))
    for mention in mentions:
        after = _after(r, mention.end)
        if after is None or mention.cls != PERSON:
            continue
        start, end, cued = after
        name = r.key(mention.start, mention.end)
        if cued or _before_surname(r, r.key(start, end), name):
            found.append((mention.key, r.text(start, end), name))
    return found


def _before_surname(r: Reader, nick: Key, name: Key) -> bool:
    """Whether the document also writes the nickname before the person's surname ("Tuto
    Quiroga" in a headline): what makes a bare word in commas after a name ("Jorge Quiroga,
    Tuto, y ...") a nickname rather than one more item of a list."""
    surname = name_surname(name) or name[1:]
    if not surname or nick == name[:len(nick)]:
        return False
    words = [w for k in r.keys for w in k]
    want = nick + surname[:1]
    return any(tuple(words[i:i + len(want)]) == want for i in range(len(words)))


def _after(r: Reader, i: int) -> tuple[int, int, bool] | None:
    """The nickname a comma or a bracket gives after a name ending before token `i` (", Tuto
    para todo Bolivia", ", conocido como «Tuto»,", ", alias Tito,", ", el Chino,", ", Tuto,",
    " (Tuto)"), and whether
    a cue, quotes or "para" make it one by themselves; a bare word or one after an article is
    a nickname only if the document bears it out."""
    n = len(r.texts)
    if i >= n or r.texts[i] not in (",", "("):
        return None
    j, cued = i + 1, False
    while j < n and r.keys[j] and r.keys[j][0] in _CUES and not r.caps[j]:
        cued = cued or r.keys[j][0] not in _LEADS
        j += 1
    quoted = j < n and r.texts[j] in _OPENING
    j += quoted
    start = j
    while j < n and j - start < 2 and r.caps[j] and r.keys[j] and r.pos[j] == "PROPN":
        j += 1
    if j == start:
        return None
    if quoted:
        if j >= n or r.texts[j] not in _CLOSING:
            return None
        j += 1
    follows = r.keys[j][0] if j < n and r.keys[j] else r.texts[j] if j < n else ""
    ends = follows in (",", ".", ";", ")") or follows == "para" and j - start == 1
    if r.texts[i] == "(":  # "Jorge Quiroga (Tuto)", not "Jorge Quiroga (PP)"
        ends = follows == ")" and not r.text(start, j - quoted).isupper()
    key = r.key(start, j)
    if not ends or gz.place(key) is not None or gz.title(key) is not None or key in r.t.names:
        return None
    return start, j - quoted, cued or quoted or follows == "para"


def forms(nick: Key, name: Key) -> set[Key]:
    """How the text may name the person by the nickname: alone, with the first surname, with
    the whole surname."""
    surname = name_surname(name) or name[1:]
    out = {nick}
    if surname:
        out |= {nick + surname[:1], nick + surname}
    return out


def fold_nicknames(linker, spans: list[Span]) -> None:
    """The document's proposals named by a person's nickname join the person."""
    entities = linker.linked.entities
    _quoted_labels(linker, spans)
    for person, nick, name in nicknames(linker.r, spans, list(linker.linked.mentions)):
        named = forms(gz.fold_key(nick), name)
        for entity in list(entities.values()):
            if entity.key != person and entity.key.startswith(NEW) and \
                    person in entities.keys() | linker.kb.entities.keys() and \
                    (entity.cls == PERSON or entity.key in linker.weak) and \
                    gz.fold_key(entity.label) in named:
                linker.fold(entity, person)
        target, surname = entities.get(person), name_surname(name) or name[1:]
        words = target.label.split() if target else []
        alias = f"{nick} {words[-len(surname)]}" if surname and len(surname) < len(words) else ""
        if alias and alias not in target.aliases and acceptable_alias(alias, target.label):
            target.aliases.append(alias)  # "Tuto Quiroga" for Jorge Quiroga Ramírez


def _quoted_labels(linker, spans: list[Span]) -> None:
    """A new person written with the nickname inside the name ('Eduardo "Lule" Menem') is
    named by that fullest form, as the press and the reader know them; the bare name stays an
    alias."""
    r, entities = linker.r, linker.linked.entities
    for span in spans:
        target = entities.get(span.key or "")
        if span.nickname is None or target is None or target.cls != PERSON:
            continue
        bare = without_nickname(r, span)[0]
        if target.label != bare:
            continue
        nick = r.text(*span.nickname)
        target.label = f'{r.text(span.start, span.nickname[0] - 1)} "{nick}" ' \
                       f'{r.text(span.nickname[1] + 1, span.end)}'
        if bare not in target.aliases:
            target.aliases.insert(0, bare)
