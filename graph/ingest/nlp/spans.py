"""Where names are in a parsed document: the graph's names, runs of capitalized words and
spaCy's entities, trimmed to the name. `linking` decides what each span names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from graph.ingest import lexicon as lx
from graph.ingest.knowledge import PERSON, Knowledge, name_tokens
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.body_person_runs import body_before_person
from graph.ingest.nlp.common_words import common_word
from graph.ingest.nlp.doc_texts import doc_text
from graph.ingest.nlp.edition_numbers import ordinal_start
from graph.ingest.nlp.governing_nouns import governed, governing_noun, group_noun
from graph.ingest.nlp.institutions import INSTITUTION_NOUNS
from graph.ingest.nlp.name_boundaries import place_before_person
from graph.ingest.nlp.name_joins import NameJoins
from graph.ingest.nlp.retyped_places import ranked_town, seat_complement

Key = tuple[str, ...]

# Capitalized words that spaCy often takes for names and that name nothing on their own.
NOT_NAMES = frozenset(name_tokens(" ".join(lx.FUNCTION_WORDS | lx.MONTH_AND_DAY_NAMES)) + (
    "gobierno", "ejecutivo", "estado", "administracion", "gabinete", "oposicion", "oficialismo",
    "derecha", "izquierda", "ultraderecha", "ayer", "hoy", "manana", "sin", "tras", "segun",
    "ademas", "luego", "entonces", "sin embargo", "justicia",
    "presidencia", "ministerio", "partido", "cumbre", "foro", "red", "fundacion", "el", "la",
    "dios", "papa", "patria", "nacion", "republica", "pais", "mundo", "historia", "libertad",
    "occidente",
))
_INDEFINITE = {("un",), ("una",)}
# Possessives that open a name when capitalized inside a sentence: "Mi Patria", "Nuestra Tierra"
_POSSESSIVES = {("mi",), ("tu",), ("nuestro",), ("nuestra",)}
# Galician and Portuguese articles that open a place's name ("A Coruña", "O Grove")
_GALICIAN_ARTICLES = {("a",), ("o",), ("as",), ("os",)}
_SKIP_POS = {"ADP", "DET", "ADV", "CCONJ", "SCONJ", "PRON", "VERB", "AUX", "NUM", "PUNCT",
             "SYM", "INTJ", "PART"}
# Words before "de <person>" that make an institution of the person ("Gobierno de Petro").
_OF_PERSON = frozenset({"gobierno", "administracion", "ejecutivo", "gabinete", "equipo",
                        "entorno", "campana", "comando", "de", "del", "presidencia",
                        "vicepresidencia", "jefatura", "mandato", "gestion", "era", "etapa"})


# ------------------------------------------------------------------------ per-graph tables


@dataclass
class Tables:
    names: dict[Key, set[str]]  # the graph's names -> entities
    proper: set[tuple[Key, str]]  # (name, entity) written with a capital in the graph
    prefixes: set[Key]
    surnames: dict[Key, set[str]]  # surnames of the graph's people with no alias for them
    places: dict[str, str]  # canonical gazetteer name -> the graph's entity
    # name -> how the graph writes it: which words start with a capital
    patterns: dict[Key, set[tuple[bool, ...]]] = field(default_factory=dict)


def share_tables(knowledge: Knowledge, copy: Knowledge) -> None:
    """Give `copy` (a document's copy of `knowledge`, same names so far) the tables of
    `knowledge`, built once there."""
    tables(knowledge)
    vars(copy)["_linking_tables"] = vars(knowledge)["_linking_tables"]


def tables(knowledge: Knowledge) -> Tables:
    """Built once per Knowledge (and again only if its names grow), kept on the Knowledge so
    that they go with it: linking runs once per article on the same Knowledge."""
    signature = (len(knowledge.index), len(knowledge.entities))
    cached = vars(knowledge).get("_linking_tables")
    if cached is not None and cached[0] == signature:
        return cached[1]
    names = {k: {i for i in iris if i in knowledge.entities}
             for k, iris in knowledge.index.items()}
    names = {k: v for k, v in names.items() if v}
    surnames: dict[Key, set[str]] = {}
    for info in knowledge.entities.values():
        if PERSON not in info.classes:
            continue
        surname = name_surname(name_tokens(info.label))
        if surname and surname not in names:
            surnames.setdefault(surname, set()).add(info.iri)
    prefixes = {k[:n] for k in list(names) + list(surnames) for n in range(1, len(k) + 1)}
    places = {}
    for key, found in gz.PLACES.items():
        iris = names.get(key, set()) | names.get(name_tokens(found.name), set())
        if len(iris) == 1:
            places.setdefault(found.name, next(iter(iris)))
    patterns: dict[Key, set[tuple[bool, ...]]] = {}
    for info in knowledge.entities.values():
        for name in info.names:
            patterns.setdefault(name_tokens(name), set()).add(capitals(name))
    tables = Tables(names, set(knowledge.proper), prefixes, surnames, places, patterns)
    vars(knowledge)["_linking_tables"] = (signature, tables)
    return tables


def capitals(text: str) -> tuple[bool, ...]:
    """Which words of `text` start with a capital, word for word with `name_tokens`."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return tuple(w[0].isupper() for w in re.findall(r"[0-9A-Za-z]+", plain))


def name_surname(key: Key) -> Key | None:
    """What follows the given names: ("lula", "da", "silva") of Luiz Inácio Lula da Silva."""
    i = 0
    while i < len(key) - 1 and (gz.is_given_name(key[i]) or len(key[i]) == 1):
        i += 1  # initials count as given names: "J. D. Vance"
    if i == 0 or i >= len(key):
        return None
    return key[i:]


# ------------------------------------------------------------------------ spans


@dataclass
class Span:
    start: int
    end: int
    iris: set[str] = field(default_factory=set)  # the graph's candidates, when known
    kind: str = "name"
    common: bool = False  # a lower-case alias of the graph
    place: gz.Place | None = None
    head: str | None = None  # the noun or title in apposition before it
    ner: str | None = None
    alias_of: Span | None = None  # "(CPAC)" after its full name
    key: str | None = None
    nickname: tuple[int, int] | None = None  # its quoted tokens: Jorge "Tuto" Quiroga


_OPENERS = "([{«“‘\"'¿¡"
_CLOSERS = ")]}»”’\"',;:.!?-—–…"


def _core(text: str) -> tuple[int, int]:
    """Where the word is in a token, without glued punctuation. An abbreviation keeps its last
    dot ("EE.UU.", "J.")."""
    start, end = 0, len(text)
    while start < end and text[start] in _OPENERS:
        start += 1
    while end > start and text[end - 1] in _CLOSERS:
        end -= 1
    if end < len(text) and text[end] == "." and ("." in text[start:end] or end - start == 1):
        end += 1
    return start, end


def _edition(key: Key) -> bool:
    """Whether a number after this name numbers an edition of an event."""
    known = gz.known_class(key)
    return known in (gz.SERIES, gz.SUMMIT) or gz.head_class(key, alone=True) in (
        "Summit", "Event", "EventSeries")


class Reader(NameJoins):
    def __init__(self, doc, knowledge: Knowledge):
        self.doc, self.kb = doc, knowledge
        self.t = tables(knowledge)
        # Token attributes read once: spaCy builds a Token object on every access.
        tokens = list(doc)
        self.texts = [tok.text for tok in tokens]
        self.pos = [tok.pos_ for tok in tokens]
        self.punct = [tok.is_punct or tok.is_space for tok in tokens]
        self.sent_start = [bool(tok.is_sent_start) for tok in tokens]
        self.sent_end = [bool(tok.is_sent_end) for tok in tokens]
        self.deps = [tok.dep_ for tok in tokens]
        self.head_pos = [tok.head.pos_ for tok in tokens]
        self.heads = [tok.head.i for tok in tokens]
        self.lemmas = [tok.lemma_.lower() for tok in tokens]
        # Punctuation the tokenizer leaves glued to a word ("(EFE).-", "«Vox»") cuts names
        # there; a word's core is what names.
        self.idx = [tok.idx for tok in tokens]
        self.full = doc_text(doc)
        self.core: list[tuple[int, int]] = []  # (start, end) of the core inside the token
        self.cut_before: list[bool] = []
        self.cut_after: list[bool] = []
        for text in self.texts:
            start, end = _core(text)
            self.core.append((start, end))
            self.cut_before.append(start > 0)
            self.cut_after.append(end < len(text))
        self.keys: list[Key] = [
            () if punct else gz.fold_key(text[a:b])
            for text, punct, (a, b) in zip(self.texts, self.punct, self.core, strict=True)]
        self.caps = [text[a:b][:1].isupper() or text[a:a + 2] in ("d'", "l'", "d’") and
                     text[a + 2:a + 3].isupper()  # "Fratelli d'Italia"
                     for text, (a, b) in zip(self.texts, self.core, strict=True)]
        self.sentences: list[tuple[int, int]] = []  # (first token, one past the last)
        for sent in doc.sents:
            self.sentences.append((sent.start, sent.end))
            letters = [t for t in self.texts[sent.start:sent.end] if t.isalpha()]
            if len(letters) >= 3 and sum(t.isupper() for t in letters) >= 0.7 * len(letters):
                # A headline in capitals: only the parser's proper nouns keep their capital.
                for i in range(sent.start, sent.end):
                    self.caps[i] = self.caps[i] and self.pos[i] == "PROPN"
        self.ner: dict[int, str] = {}
        self.ent_of: dict[int, int] = {}
        # the last words of the persons' full names the tagger found: "Schwesig" alone, in
        # "el SPD de Schwesig", is the owner the text names in full elsewhere
        self.person_surnames: set[Key] = set()
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ner[i], self.ent_of[i] = ent.label_, ent.start
            if ent.label_ == "PER" and ent.end - ent.start >= 2:
                self.person_surnames.add(self.keys[ent.end - 1])

    def key(self, start: int, end: int) -> Key:
        return tuple(w for k in self.keys[start:end] for w in k)

    def text(self, start: int, end: int) -> str:
        """As written, without the punctuation glued to its first and last tokens."""
        first = self.idx[start] + self.core[start][0]
        a, b = self.core[end - 1]
        if b - a == 2 and self.texts[end - 1][b - 1] == ".":
            b -= 1  # "en X.": a letter ending a name is no initial
        return self.full[first:self.idx[end - 1] + b]

    def cut(self, a: int, b: int) -> bool:
        """Whether punctuation separates token `a` from the next token `b`."""
        return self.cut_after[a] or self.cut_before[b]

    def initial(self, i: int) -> bool:
        """At a sentence's start (after any opening quote), where capitals say nothing."""
        if i > 0 and self.cut_after[i - 1] and any(
                c in ".!?" for c in self.texts[i - 1][self.core[i - 1][1]:]):
            return True  # "(EFE).- El ..."
        j = i
        while j > 0 and self.punct[j - 1]:
            before = self.texts[j - 1]
            if self.sent_start[j - 1] or "\n" in before or before in (".", "!", "?", "…", "«",
                                                                         "“", '"', "—", ":"):
                return True  # the parser does not always cut after a headline or a full stop
            j -= 1
        return j == 0 or self.sent_start[j]

    # -------------------------------------------------------------- the graph's names

    def known(self) -> list[Span]:
        found, i, n = [], 0, len(self.doc)
        while i < n:
            best = None
            j = i
            while j < n and self.keys[j] and self.key(i, j + 1) in self.t.prefixes and \
                    (j == i or not self.cut(j - 1, j)):
                key = self.key(i, j + 1)
                iris = self.t.names.get(key) or self.t.surnames.get(key)
                if iris and self._written_as_name(i, j + 1, key, iris):
                    best = (j + 1, key, iris)
                j += 1
            if best is None:
                i += 1
                continue
            end, key, iris = best
            proper = any((key, iri) in self.t.proper for iri in iris)
            surname = key not in self.t.names
            found.append(Span(i, end, set(iris), "surname" if surname else "name",
                               common=not proper and not surname, place=gz.place(key)))
            i = end
        return found

    def _written_as_name(self, start: int, end: int, key: Key, iris: set[str]) -> bool:
        proper = any((key, iri) in self.t.proper for iri in iris) or key in self.t.surnames
        if not proper:
            return True
        written = capitals(self.text(start, end))
        if not any(written):
            # "jara" the shrub is not "Jara"; a lower-case full name still is ("raul benitez")
            return len(key) > 1
        # Capitals as the graph writes them (or all of them): "La tercera edición" is not
        # "La Tercera".
        return all(written) or written in self.t.patterns.get(key, ()) or key in self.t.surnames

    # -------------------------------------------------------------- runs of capitalized words

    def runs(self, taken: set[int]) -> list[Span]:
        out, i, n = [], 0, len(self.doc)
        while i < n:
            if i in taken or not self._namey(i):
                i += 1
                continue
            j = i + 1
            while j < n and j not in taken and not self.cut(j - 1, j):
                if self._namey(j):
                    j += 1
                    continue
                k = self._connected(i, j, taken)
                if k is None:
                    break
                j = k
            if j < n and self.pos[j] == "NUM" and self.texts[j].isdigit() and \
                    len(self.texts[j]) <= 4 and not self.cut(j - 1, j) and \
                    _edition(self.key(i, j)):
                j += 1  # "Europa Viva 26", "CPAC 2024": an edition
            elif j + 1 < n and self.texts[j] == "de" and self.texts[j + 1].isdigit() and \
                    len(self.texts[j + 1]) == 4 and self.texts[j + 1][:2] in ("19", "20") and \
                    gz.head_class(self.key(i, j), alone=True) in ("Summit", "Event"):
                j += 2  # "la Cumbre de los Patriotas de 2026": the year names the edition
            named = self.trim(i, j)
            if named and named[0].start == i and self._other_edition(i, j):
                named[0].start = i - 1
            elif named and named[0].start == i and _edition(self.key(i, j)):
                numbered = ordinal_start(self.doc, i)  # "el 62° Coloquio de IDEA"
                if numbered is not None:
                    named[0].start = numbered
            out += named
            i = j
        return out

    def _other_edition(self, start: int, end: int) -> bool:
        """"la séptima Cumbre Transatlántica ... la octava Cumbre Transatlántica": where a text
        speaks of two editions of an event, each one's ordinal is part of its name."""
        doc = self.doc
        if start == 0 or doc[start - 1].morph.get("NumType") != ["Ord"] or \
                not doc[start - 1].is_lower or \
                gz.head_class(self.key(start, end), alone=True) not in ("Summit", "Event"):
            return False
        words = [t.text for t in doc[start:end]]
        return any(t.morph.get("NumType") == ["Ord"] and t.is_lower and
                   t.lower_ != doc[start - 1].lower_ and
                   [w.text for w in doc[t.i + 1:t.i + 1 + len(words)]] == words for t in doc)

    def _namey(self, i: int) -> bool:
        return bool(self.keys[i]) and self.caps[i] and any(c.isalpha() for c in self.texts[i])

    def _same_ent(self, a: int, b: int) -> bool:
        return a in self.ent_of and self.ent_of.get(b) == self.ent_of[a]

    def _owner_name(self, left: Key, start: int, end: int) -> bool:
        """"el SPD de Tomio Okamura", "el PVV de Geert Wilders": after a party the graph or
        the lists know, two or three words in title case that name nothing else are the
        person it belongs to, whatever the given name. Words of the dictionary are not a
        person: "la Liga de Gobernantes Anticorrupción" is another body's whole name."""
        right = self.key(start, end)
        # ("el Partido Conservador de Kemi Badenoch": a party by its head is one too)
        return (left in self.t.names or gz.known_class(left) is not None or
                (gz.head_class(left) or "").endswith("PoliticalParty")) and \
            2 <= end - start <= 3 and all(_title_case(t) for t in self.texts[start:end]) and \
            not all(common_word(t) for t in self.texts[start:end]) and \
            not set(right) & gz.PARTICLES and \
            gz.place(right) is None and gz.known_class(right) is None and \
            not gz.has_head(right) and right not in self.t.names

    def _party_person(self, start: int, k: int, end: int) -> bool:
        """"los Demócratas de Dinamarca de Inger Støjberg", "el PP de Moreno": a party by its
        head, class, acronym or country, then the tagger's person name filling the words
        after "de", whatever the given name."""
        left = self.key(start, k)
        kind = gz.head_class(left) or gz.known_class(left) or ""
        party = kind.endswith(("PoliticalParty", "Coalition")) or \
            _acronym(self.texts[start:k]) or \
            len(left) >= 3 and left[-2] == "de" and gz.place(left[-1:]) is not None
        if party and end - k - 1 == 1 and self.caps[k + 1] and \
                self.keys[k + 1] in self.person_surnames:
            return True  # "el SPD de Schwesig" in a text naming Manuela Schwesig
        return party and 1 <= end - k - 1 <= 3 and self.ner.get(k + 1) == "PER" and \
            self.ent_of.get(k + 1) == k + 1 and self.ent_of.get(end - 1) == k + 1 and \
            self.ent_of.get(end) != k + 1

    def trim(self, start: int, end: int) -> list[Span]:
        head = None
        if governed(self, start):  # "la red municipal X": the group noun past its adjective
            head = self.texts[group_noun(self, start)]
        elif start > 0 and not self.caps[start - 1] and self.keys[start - 1] and (
                self.pos[start - 1] == "NOUN" or gz.title(self.keys[start - 1])):
            head = self.texts[start - 1]
        elif governing_noun(self, start):  # "el partido nacionalista búlgaro X"
            head = governing_noun(self, start)
        elif start > 1 and not self.caps[start - 1] and not self.caps[start - 2] and \
                self.pos[start - 1] in ("ADJ", "PROPN") and \
                self.pos[start - 2] in ("NOUN", "PROPN") and self.keys[start - 2]:
            # "la asociación agraria Terra Viva" (the small model may call both words names)
            head = self.texts[start - 2]
        elif start > 1 and self.keys[start - 1] == ("de",):
            # "la comuna (chilena) de Ñuñoa", "la provincia de Salta": a territory's name
            nouns = [k for k in (start - 2, start - 3) if k >= 0 and not self.caps[k]]
            noun = next((k for k in nouns if self.keys[k] and self.keys[k][0] in _TERRITORIES
                         and (k == start - 2 or self.pos[start - 2] == "ADJ")), None)
            head = self.texts[noun] if noun is not None else head
        while start < end:
            key = self.keys[start]
            title = gz.title_at(self.key(start, end))
            if title is not None and title[0] < len(self.key(start, end)) and \
                    not governed(self, start) and not self.plural_surname(start, title[1]) \
                    and not (self.caps[start] and seat_complement(self.keys, start)) \
                    and not ranked_town(self, start):
                # (a rank after a seat's "de" opens the town's name: "el intendente de General
                # Pueyrredon", "la ciudad de Coronel Oviedo", "un contador de General Pico")
                size, words, first = title[0], 0, start
                while words < size:  # a title's tokens, counted in folded words
                    words += len(self.keys[start])
                    start += 1
                if start < end and self.caps[start - 1] and self.caps[start] and \
                        gz.HEADS.get(self.keys[start - 1]) == "PoliticalParty":
                    start -= 1  # "Presidente del Partido Democrático X": the party's name
                head = self.text(first, start)
                continue
            article = key and key[0] in ("el", "la", "los", "las", "lo")
            whole = self.key(start, end)
            if article and self.caps[start] and (
                    whole in gz.OUTLETS or whole in gz.PLACES or whole in self.t.names
                    or whole in gz.ORGANIZATIONS):
                break  # "El País", "El Salvador", "La Tercera"
            if key in _GALICIAN_ARTICLES and self.caps[start] and whole in gz.PLACES:
                break  # "A Coruña", "O Porriño": a place's own article, no preposition
            if key and key[0] in gz.SURNAME_PARTICLES and self.caps[start] and start + 1 < end:
                break  # "Le Pen" opening a sentence
            weak = not self.caps[start] or self.initial(start)  # a capital that says nothing
            if (article or key in _INDEFINITE | _POSSESSIVES) and not weak and start + 1 < end:
                break  # a capital article inside a sentence is the name's: "Las Condes",
                # "Un Nuevo Tiempo"
            # ("Camila Fuenzalida" opening a line, its given name tagged a verb, is a name)
            given = len(key) == 1 and gz.is_given_name(key[0]) and start + 1 < end and \
                self.caps[start + 1] and self.pos[start] == "VERB"
            if article or (weak and self.pos[start] in _SKIP_POS and not given) or \
                    (key and " ".join(key) in NOT_NAMES and end - start > 1 and
                     self.pos[start] != "PROPN"):
                start += 1
                continue
            if weak and key and " ".join(key) in lx.FUNCTION_WORDS | lx.PREPOSITIONS:
                start += 1
                continue
            if not self.caps[start]:  # a name starts with a capital
                if self.pos[start] == "NOUN":
                    head = self.texts[start]
                start += 1
                continue
            break
        while end > start and (not self.keys[end - 1] or self.keys[end - 1][0] in gz.PARTICLES
                               and not self.caps[end - 1]):
            end -= 1
        if start >= end:
            return []
        k = place_before_person(self, start, end)  # "de Nuevo León Mariana Treviño"
        if k is not None:
            person = self.trim(k, end)  # the place stays a word of the title, as below
            for span in person:
                span.ner = "PER"  # "en Helsinki Aatu Virtanen", all tagged a place
            return person
        k = body_before_person(self, start, end)  # "de Fidesz Kinga Gál"
        if k is not None:
            owner = self.trim(k, end)
            for span in owner:
                span.ner = "PER"  # "de Vox Mireia Borrás", all tagged a miscellany
            return self.trim(start, k) + owner
        for k in range(start + 2, end):
            # "Alternativa para Alemania Alice Weidel": a person's name starts inside the run.
            # Not after a given name and one word: "Germán Zalazar Benedetti" is one person
            # with two surnames, however the tagger cut it.
            if self.ner.get(k) == "PER" and self.ent_of.get(k) == k and \
                    self.caps[k - 1] and len(self.key(start, k)) >= 2 and not (
                        k - start == 2 and gz.is_given_name(self.keys[start][0]) and
                        self.ner.get(start) in (None, "PER", "MISC")):
                return self.trim(start, k) + self.trim(k, end)
        for k in range(start + 1, end - 1):
            # "(ministra de) Seguridad Patricia Bullrich", "Gobierno de Gustavo Petro": what
            # comes before a given name that starts a person's name is not part of it.
            before = self.key(start, k)
            generic = set(before) <= _OF_PERSON
            if self.caps[k] and self.caps[k + 1] and gz.is_given_name(self.keys[k][0]) and \
                    not gz.is_given_name(before[-1]) and (generic or (
                        not gz.has_head(before) or len(before) >= 2 or before[0] in
                        INSTITUTION_NOUNS) and before[-1] not in gz.PARTICLES):
                # (A head alone before the name is an organization named after a person:
                # "Fundación Francisco Franco", but never a state's body: "en el Congreso
                # Alberto Ruiz" is the chamber and its member; a longer named one stays:
                # "Alternativa para Alemania Alice Weidel".)
                # ("la diputada de Chega Rita Matias", "de Fidesz Balázs Orbán": a party's name,
                # known or an acronym, stays too; a portfolio does not: "ministra de Seguridad
                # Patricia Bullrich")
                named = before in self.t.names or gz.known_class(before) is not None or \
                    _acronym(self.texts[start:k])
                kept = self.trim(start, k) if (gz.has_head(before) or named) and \
                    not generic else []
                return kept + self.trim(k, end)
        for k in range(start + 1, end - 1):
            # "el Fidesz de Viktor Orbán", "el Foro para la Democracia de Thierry Baudet", "el
            # movimiento Viva México de Eduardo X": an organization, then the person it belongs to
            left = self.key(start, k)
            acronym = _acronym(self.texts[start:k]) and end - k == 3 and self.caps[k + 2]
            if self.keys[k] == ("de",) and not self.caps[k] and self.caps[k + 1] and \
                    (k < end - 2 or self._party_person(start, k, end)) and \
                    (gz.is_given_name(self.keys[k + 1][0]) or acronym or
                     self._owner_name(left, k + 1, end) or self._party_person(start, k, end)) \
                    and (left in self.t.names or gz.has_head(left) or gz.known_class(left) or
                         acronym or self._party_person(start, k, end) or
                         governed(self, start)) and \
                    set(left) - _OF_PERSON and gz.place(left) is None:
                owner = self.trim(k + 1, end)
                for span in owner if self._owner_name(left, k + 1, end) else ():
                    span.ner = "PER"  # "Tomio": a given name the lexicon does not hold
                return self.trim(start, k) + owner
        # "André Ventura de Portugal": a name, then where it is from.
        for k in range(start + 1, end - 1):
            if self.keys[k] in (("de",), ("del",), ("en",)) and not self.caps[k]:
                right = gz.place(self.key(k + 1, end))
                left = self.key(start, k)
                whole = self.key(start, end)
                if right is not None and gz.place(whole) is None and \
                        gz.known_class(whole) is None and (
                        gz.place(left) is not None or not gz.has_head(left)
                        and gz.known_class(left) is None):
                    return self.trim(start, k) + [
                        Span(k + 1, end, place=right, kind=place_kind(right))]
        span = Span(start, end, head=head, ner=self.ner.get(start))
        span.place = gz.place(self.key(start, end))
        if span.place is not None:
            span.kind = place_kind(span.place)
        return [span]


def _title_case(text: str) -> bool:
    return text[:1].isupper() and text[1:].islower() and text.isalpha()


def place_kind(found: gz.Place) -> str:
    return "metonym" if found.kind == "building" else "name"



def _acronym(texts: list[str]) -> bool:
    """"el SPD de Tomio Okamura", "el PSOE-M Juan Lobato" (a federation's): one word in capitals
    names an organization of its own, and the two capitalized words after its "de" a person."""
    return len(texts) == 1 and 2 <= len(texts[0].split("-")[0]) <= 6 and texts[0].isupper() \
        and texts[0].replace("-", "", 1).isalpha() and len(texts[0].split("-")[-1]) <= 6


# Generic words for a territory, before its name and "de"
_TERRITORIES = {"comuna", "municipio", "ciudad", "provincia", "departamento", "region",
                "localidad", "distrito", "canton", "villa", "pueblo", "estado"}
