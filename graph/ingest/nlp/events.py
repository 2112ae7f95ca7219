"""Events named without a name: an event noun whose phrase holds every content word of an
event the graph knows ("encuentros internacionales organizados por Vox"), a definite event
noun pointing back to the event the text is about ("el evento", "la cumbre"), and that event
itself for lists that leave it implicit ("Entre los oradores figuraron ...")."""

from __future__ import annotations

import re

from graph.ingest.knowledge import EVENT, PERSON, SUMMIT
from graph.ingest.nlp.triggers import OPENING
from graph.ingest.reading import fold
from graph.model.terms import KG

EVENT_NOUNS = {"cumbre", "foro", "encuentro", "evento", "acto", "conferencia", "ceremonia",
               "jornada", "convencion", "gala", "mitin", "festival", "seminario", "edicion",
               "cita", "conclave", "asamblea", "marcha", "concentracion", "reunion", "coloquio",
               "simposio", "debate", "mesa", "panel", "gira", "fiesta", "velada"}
# Meals that are one gathering of a series: "la cena de gala del Foro Madrid".
MEALS = {"cena", "almuerzo", "desayuno", "comida"}
_DEFINITE = {"el", "la", "los", "las", "este", "esta", "estos", "estas", "dicho", "dicha",
             "ese", "esa", "aquel", "aquella", "su", "sus"}
_FUNCTION = {"el", "la", "los", "las", "un", "una", "de", "del", "y", "en", "a", "al", "por",
             "para", "con", "que", "se", "su", "sus"}


# Verbs that give a thing its name: "el acto, que Vox bautizó «X»", "la marcha, que llamaron X".
NAMING_VERBS = frozenset({"bautizar", "llamar", "denominar", "titular", "rotular"})
# Their participles without gender and number endings, and "conocido como"
_NAMING = {verb[:-2] + "ad" for verb in NAMING_VERBS} | {"conocid"}

_PLURAL, _GENDER = re.compile(r"(?:es|s)$"), re.compile(r"[aeo]$")


def stem(word: str) -> str:
    """Singular and plural, masculine and feminine to one form."""
    if len(word) > 3:
        word = _PLURAL.sub("", word)
    if len(word) > 3:
        word = _GENDER.sub("", word)
    return word


def content(words) -> set[str]:
    return {stem(fold(w.lower())) for w in words if fold(w.lower()) not in _FUNCTION}


class EventIndex:
    """The graph's events by the content words of their names, and its entities known by a
    common-noun name ("segunda vuelta", "entramado global de derechas"), which a dated event
    only means when the article is near its date."""

    def __init__(self, kb, anchor):
        self.kb = kb
        self.names: list[tuple[frozenset[str], str]] = []
        self.generic: list[tuple[frozenset[str], str]] = []
        reference = anchor.day or (anchor.date.start if anchor.date else None)
        for info in kb.entities.values():
            event = EVENT in info.classes
            for name in info.names:
                words = content(name.split())
                proper = name[:1].isupper()
                if event and len(words) >= 2 and (proper or info.date is None):
                    self.names.append((frozenset(words), info.iri))
                if not words or (proper and (len(words) < 2 or event or
                                             PERSON in info.classes)):
                    continue  # a proper name is the linker's, unless a common phrase
                if info.date and (reference is None or
                                  abs((info.date.start - reference).days) > 400):
                    continue
                self.generic.append((frozenset(words), info.iri))

    def common(self, head: str, words) -> str | None:
        """The entity a common-noun phrase names: every word of its name, the head among them."""
        return self._best(self.generic, words, stem(fold(head.lower())))

    def match(self, words) -> str | None:
        return self._best(self.names, words, None)

    def _best(self, names, words, head) -> str | None:
        have = content(words)
        best, tie = None, False
        for name, iri in names:
            if name <= have and (head is None or head in name):
                if best is None or len(name) > best[0]:
                    best, tie = (len(name), iri), False
                elif len(name) == best[0] and iri != best[1]:
                    tie = True
        return None if best is None or tie else best[1]


def is_event_noun(token) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = fold(token.lemma_.split()[0].lower()) if token.lemma_.strip() else ""
    if stem(lemma) == stem("edicion") and token.text[:1].isupper() and token.lower_.endswith("s"):
        return False  # "Ediciones Tritón": a publisher
    if lemma == "congreso":
        return _party_congress(token)
    return lemma in _EVENT_FORMS or fold(token.lower_) in _EVENT_FORMS


def opened_event(lemma: str, noun) -> bool:
    """"cerró la cita", "abrió el encuentro": a verb of opening or closing takes a definite
    event noun as the gathering it opens or closes, not as a meeting it arranges ("cerró una
    cita con X")."""
    return lemma in OPENING and is_event_noun(noun) and is_definite(noun)


def _party_congress(token) -> bool:
    """"su VII Congreso Nacional", "el congreso del partido": a party's congress is an
    event; "el Congreso" alone is a parliament."""
    doc = token.doc
    ordinal = token.i > 0 and (_ROMAN.match(doc[token.i - 1].text) and
                               not doc[token.i - 1].text.isdigit() or
                               doc[token.i - 1].morph.get("NumType") == ["Ord"])
    owned = any(c.dep_ == "det" and c.lower_ in ("su", "sus") for c in token.children)
    return bool(ordinal) or owned or any(
        c.dep_ == "nmod" and folded_lemma_of(c) in ("partido", "formacion")
        for c in token.children) or token.i in token.doc.user_data.get(PARTY_CONGRESSES, ())


# Token indices of "congreso" nouns whose "de" complement is a party ("el congreso anual del
# Vlaams Belang"): which name is a party only the linker knows, so `Parsed` records them on
# the document for the readers that see a token alone.
PARTY_CONGRESSES = "party_congresses"


def folded_lemma_of(token) -> str:
    return fold(token.lemma_.split()[0].lower()) if token.lemma_.strip() else ""


def phrase_words(token) -> list[str]:
    """The noun's own phrase: its words up to a clause or a comma."""
    words = []
    for t in token.subtree:
        if t.i < token.i:
            if t.head == token and t.dep_ in ("amod", "det", "nummod"):
                words.append(t.text)
            continue
        if t.text in (",", ";", ":", ".") or (t.i > token.i and t.pos_ in ("VERB", "AUX")
                                               and t.dep_ not in ("amod", "acl")):
            break
        words.append(t.text)
    return words


def is_definite(token) -> bool:
    """"el candidato", "al candidato", "este encuentro": a noun that points back."""
    return any((c.dep_ in ("det", "det:poss") and fold(c.lower_) in _DEFINITE) or
               (c.dep_ == "case" and c.lower_ in ("al", "del")) for c in token.children)


MEETING = KG + "Meeting"
_ROMAN = re.compile(r"^(?:[IVXL]+|\d+(?:\.?[ªº°]|\.[oa])?)$")
_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y", "e", "para", "por"}
# A party's congress or convention is an event, as the gazetteer's heads say
_SUMMITS = {"cumbre", "foro", "conferencia", "encuentro", "summit", "conference", "forum"}
FEST = ("fest", "festival")
# Event nouns that name an event by its place ("la cumbre de Toledo", "la concentración de
# Pontida"; "la cita de Madrid" is any meeting there).
PLACED_EVENTS = {"cumbre", "foro", "conferencia", "convencion", "festival", "concentracion",
                 "marcha", "mitin", "manifestacion"}
# Event nouns a name may follow ("la cumbre Europa Soberana", "la marcha "España en Pie"").
NAMED_AFTER = {"cumbre", "foro", "conferencia", "convencion", "festival", "gala", "encuentro",
               "jornada", "jornadas", "concentracion", "marcha", "mitin", "congreso", "seminario",
               "simposio", "coloquio", "campus", "escuela"}
_NAMED_EVENTS = {"cumbre", "conferencia", "festival", "gala", "convencion", "summit",
                 "conference", "jornada", "jornadas", "encuentro"}


# A chamber's or a council's sitting is a meeting of its members ("el pleno del Ayuntamiento")
SITTINGS = {"pleno"}


def event_class(words: list[str]) -> str:
    first = stem(fold(words[0].lower())) if words else ""
    if first in {stem(w) for w in SITTINGS}:
        return MEETING
    return SUMMIT if first in {stem(w) for w in _SUMMITS} else EVENT


def looks_like_event(label: str) -> bool:
    """A name whose words say it is an event ("Cumbre de Toledo", "Derecha Fest")."""
    words = [fold(w.lower()) for w in label.split()]
    while len(words) > 1 and _ROMAN.match(words[0].upper()):
        words = words[1:]  # "IV Convención Nacional de Chega": an edition's number first
    return bool(words) and (stem(words[0]) in {stem(n) for n in _NAMED_EVENTS} or
                            any(w.startswith(FEST) for w in words))


QUOTES = {'"', "“", "«", "'"}
_CLOSING = {'"', "”", "»", "'"}


def name_start(token) -> int:
    """Where the name after an event noun starts, past a participle that gives it ("el acto
    bautizado "X"", "una cumbre denominada X", "el foro conocido como X")."""
    doc, i = token.doc, token.i + 1
    if i + 1 < token.sent.end and fold(doc[i].lower_).rstrip("s")[:-1] in _NAMING:
        i += 1
        if i + 1 < token.sent.end and doc[i].lower_ == "como":
            i += 1
    return i


def name_after(token) -> tuple[int, int] | None:
    """The name a common event noun introduces: "la cumbre Europa Soberana", "la concentración
    "España en Pie"", "el foro Madrid Futuro": its first and last tokens, quotes left out."""
    doc, end = token.doc, token.sent.end
    i = name_start(token)
    if i >= end or not token.is_lower:
        return None
    if doc[i].text in QUOTES:
        close = next((j for j in range(i + 1, min(end, i + 12)) if doc[j].text in _CLOSING),
                     None)
        if close is None or close == i + 1 or not doc[i + 1].text[:1].isupper():
            return None
        return i + 1, close - 1
    if not doc[i].text[:1].isupper() or doc[i].pos_ != "PROPN" or \
            doc[i].head.i != token.i and doc[i].head.head.i != token.i:
        return None
    last = i
    while last + 1 < end and (doc[last + 1].text[:1].isupper() or doc[last + 1].like_num or
                              doc[last + 1].lower_ in _CONNECTORS and last + 2 < end and
                              doc[last + 2].text[:1].isupper()):
        last += 2 if doc[last + 1].lower_ in _CONNECTORS else 1
    return i, last


def capitalized_name(token) -> tuple[int, int] | None:
    """The capitalized run around an event noun written as a name ("VI Cumbre
    Transatlántica", "Cumbre de las Nuevas Derechas"): its first and last tokens."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i == token.sent.start and not any(
            t.text[:1].isupper() for t in doc[token.i + 1:token.i + 2]):
        return None
    first = token.i
    while first > token.sent.start and (_ROMAN.match(doc[first - 1].text) or
                                        doc[first - 1].text[:1].isupper() and
                                        doc[first - 1].pos_ == "PROPN"):
        first -= 1
    last = token.i
    i = token.i + 1
    while i < token.sent.end:
        t = doc[i]
        if t.text[:1].isupper() or (t.like_num and i == last + 1):
            last = i
        elif t.lower_ in _CONNECTORS and i + 1 < token.sent.end and \
                doc[i + 1].text[:1].isupper():
            pass
        else:
            break
        i += 1
    if last == token.i and first == token.i:
        return None
    return first, last


# Each noun and its plural, where the lemmatizer leaves a plural: a stem would also take
# "mes" for "mesa", "acta" for "acto" and "giro" for "gira".
_EVENT_FORMS = frozenset(form for noun in EVENT_NOUNS
                         for form in (noun, noun + ("s" if noun[-1] in "aeiou" else "es")))
