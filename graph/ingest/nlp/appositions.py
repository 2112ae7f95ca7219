"""Two appositions on one name: "El líder de Vox, el diputado Santiago Abascal, pidió ...",
"el presidente de la red, el estadounidense Brian Reilly", "la cabeza de lista de Vox, la
ganadera X". The second phrase, a title, a nationality or a trade of its own, names the holder
of the first; a list of titled names ("la presidenta del instituto, el expresidente Iván Duque
y el exsenador X") is not one."""

from __future__ import annotations

from graph.ingest.nlp.ends import gender_of
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.words import demonym_label

_CLOSING = {"y", "e", "o", ";"}


def named_in_apposition(parsed, end: int) -> int | None:
    """The first token of the name that an apposition after the title phrase ending at `end`
    gives its holder, or None: ", [article] [title or adjective words] Name", the name closing
    the apposition (not an item of a list), the article agreeing with the title's gender."""
    doc = parsed.doc
    if end + 1 < len(doc) and doc[end + 1].text == "!":
        end += 1  # "el líder de Ceuta Ya!, Karim Abdeselam": the mark ends the party's name
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    i = end + 2
    if parsed.mention(doc[i]) is not None:
        return i  # "la portavoz del partido, Pepa Millán": whatever the name was taken for
    while i < min(len(doc), end + 12):
        mention = parsed.mention(doc[i])
        if mention is not None and parsed.is_person(mention.key):
            return i if mention.start == i and _closes(doc, mention.end) and \
                _agrees(doc, end, end + 2) else None
        if mention is None and _untagged_name(doc, i):
            # a name the small model left untagged still names the holder
            return i if _agrees(doc, end, end + 2) else None
        if mention is not None:
            i = mention.end
            continue
        if doc[i].pos_ not in ("DET", "ADJ", "NOUN", "ADP") and \
                doc[i].lower_ not in ("también", "asimismo"):  # "el también popular X"
            return None
        i += 1
    return None


def unless_apposed(parsed, title):
    """The title phrase before a name, or None when it is the apposition of a person named just
    before it: "Sobre Salvador Nasralla, candidato del Partido Liberal, Asfura evitó...". A
    bare title between two names belongs to the first (a title before a name takes an
    article); one with an article does too when that name is a fronted topic, led by a
    preposition ("Sobre X, el candidato liberal, Y dijo")."""
    doc, first = parsed.doc, title.first
    if first < 2 or doc[first - 1].text != ",":
        return title
    mention = parsed.mention(doc[first - 2])
    if mention is None or not parsed.is_person(mention.key):
        return title
    return None if doc[first].pos_ != "DET" or fronted(doc, mention.start) else title


def fronted(doc, start: int) -> bool:
    """Whether the name at token `start` opens its sentence led by a preposition, the topic
    the clause after it speaks of ("Sobre X, ...", "A X, ...", "De X, ...")."""
    return start > 0 and doc[start - 1].pos_ == "ADP" and (
        doc[start - 1].is_sent_start or doc[start - 2].is_punct or doc[start - 2].is_space)


def outer_title(reader, title, mention):
    """The title phrase before the apposed phrase `title` of `mention` ("El líder de Vox, el
    diputado X"), or None."""
    doc = reader.doc
    first = title.first if title is not None else (
        _nationality_start(doc, mention.start) or _trade_start(doc, mention.start))
    if title is not None and first >= 1 and doc[first - 1].pos_ == "DET":
        first -= 1  # "el popular X": a party's adjective read as a title starts at its article
    if first is None or first < 2 or doc[first - 1].text != ",":
        return None
    outer = reader._title_before(Mention(first, first, "", "", ""))
    if outer is None or outer.last != first - 2 or \
            named_in_apposition(reader.parsed, outer.last) is None:
        return None
    return outer


def _nationality_start(doc, start: int) -> int | None:
    """"el estadounidense Brian Reilly": where the article of a nationality before a name is."""
    i = start - 1
    if i >= 1 and demonym_label(doc[i]) and doc[i - 1].pos_ == "DET":
        return i - 1
    return None


def _trade_start(doc, start: int) -> int | None:
    """"la ganadera Marisa Lahoz", "el abogado turolense X", "el agricultor de Yuncos X", "el
    popular X": where the article of a trade (a noun the person is called by, with its
    adjectives or the place they are from, or one adjective alone) before a name is."""
    i = start - 1
    j = i
    while j >= start - 3 and j >= 3 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j -= 1
    if j < i and doc[j].lower_ in ("de", "del"):
        i = j - 1  # "de Yuncos": the place the person is from
    while i >= 2 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    if i >= 2 and doc[i].pos_ == "NOUN" and doc[i].is_lower and doc[i - 1].pos_ == "DET" and \
            doc[i - 2].text == ",":
        return i - 1
    if i >= 1 and i == start - 2 and doc[i].pos_ == "DET" and doc[i - 1].text == ",":
        return i  # an adjective standing for its noun: "el popular X", "la republicana Y"
    return None


def _closes(doc, after: int) -> bool:
    return after >= len(doc) or doc[after].lower_ not in _CLOSING


def _agrees(doc, end: int, article: int) -> bool:
    """The article opening the apposition and the title's head agree in gender."""
    head = doc[end]
    while head.i > 0 and head.pos_ != "NOUN" and head.i > end - 6:
        head = doc[head.i - 1]
    # "El jefe de la misión de observación, el eurodiputado X": the title's own noun, not the
    # last one of its complement; "su discurso al alcalde, el ...": a complement by "de" only
    while head.dep_ == "nmod" and head.head.pos_ == "NOUN" and end - 12 < head.head.i < head.i \
            and any(c.dep_ == "case" and c.lower_ in ("de", "del") for c in head.children):
        head = head.head
    ours, theirs = doc[article].morph.get("Gender"), gender_of(head)
    return not ours or not theirs or ours[0] == theirs


def _untagged_name(doc, i: int) -> bool:
    return i + 1 < len(doc) and all(t.pos_ == "PROPN" and t.text[:1].isupper() and
                                    t.text[1:].islower() for t in (doc[i], doc[i + 1]))


def attributed_aside(doc, start: int) -> bool:
    """Whether the name at token `start` closes a "según" aside set between a subject and its
    predicate ("X es, según su consejero Y, el aliado más fiel de Z"): what follows its comma
    is the clause going on, not Y's title."""
    i = start - 1
    while i >= 0 and i > start - 6 and doc[i].text not in (",", ".", ";", ":"):
        if doc[i].lower_ == "según":
            return i >= 1 and doc[i - 1].text == ","
        i -= 1
    return False


def named_after_office(parsed, end: int) -> int | None:
    """The name an apposition gives a title whose phrase ended at `end` before the office it
    runs for: "el candidato de Reform a ministro principal, Llyr Powell" (the office's words
    are the title's, the name after the comma its holder)."""
    doc = parsed.doc
    if end + 1 >= len(doc) or doc[end + 1].lower_ not in ("a", "al"):
        return None
    for i in range(end + 2, min(end + 8, doc[end].sent.end)):
        if doc[i].text == ",":
            return named_in_apposition(parsed, i - 1)
        if doc[i].pos_ not in ("DET", "ADJ", "NOUN", "ADP") or parsed.mention(doc[i]):
            return None
    return None
