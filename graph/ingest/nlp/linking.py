"""Mentions on the parse: the spans of a document that name an entity, each linked to an entity
of the graph or to a candidate entity proposed once per document.

How a document is read:

1. The graph's names (labels and aliases, any case and accents) are found first, longest
   first; a person's surname alone also names the person when the graph knows one person
   with it. A name the graph writes in lower case only ("oposición", "balotaje") is a common
   noun: it links when written with a capital inside a sentence, or when the entity's country
   is the document's (the country the document names most).
2. Other names are runs of capitalized words (with inner particles: "Ursula von der Leyen")
   and spaCy's entities, trimmed of leading articles, prepositions and titles, and cut before
   "de <place>" when what precedes is not an organization's name ("André Ventura de Portugal"
   is a person and a country). Places, seats of power and venues come from the gazetteers;
   a seat of power ("la Casa Blanca") is a mention of kind "metonym", a Place, never an actor.
3. "Name (ACRONYM)" and "Name (translation)" name one entity: when either side is known both
   link to it; otherwise the new entity takes the parenthesised form as an alias.
4. A new name is one proposal per document, typed by `entity_types.entity_class`; a person's
   surname (and an acronym) later in the document resolves to it, and a surname seen before
   the full name is folded into the fullest name.

People sharing a surname: a full name with another given name is another person ("Karina
Milei" is not Javier Milei). A lone surname goes to the person the graph knows by it; when the
graph knows none (or several), to the person of the document named by it most recently.

Mention kinds: name, surname, acronym, metonym (a seat of power), common (a common-noun alias
of the graph), demonym (an adjective of nationality naming a known country)."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.ingest import lexicon as lx
from graph.ingest.knowledge import COUNTRY, OFFICE, PERSON, PLACE, Knowledge, name_tokens
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.entity_types import ENTITY, acceptable_alias, entity_class

Key = tuple[str, ...]

# Capitalized words that spaCy often takes for names and that name nothing on their own.
_NOT_NAMES = frozenset(name_tokens(" ".join(lx.FUNCTION_WORDS | lx.MONTH_AND_DAY_NAMES)) + (
    "gobierno", "ejecutivo", "estado", "administracion", "gabinete", "oposicion", "oficialismo",
    "derecha", "izquierda", "ultraderecha", "ayer", "hoy", "manana", "sin", "tras", "segun",
    "ademas", "luego", "entonces", "sin embargo", "congreso", "senado", "parlamento", "justicia",
    "presidencia", "ministerio", "partido", "cumbre", "foro", "red", "fundacion", "el", "la",
    "dios", "papa", "patria", "nacion", "pais", "mundo", "historia", "libertad", "occidente",
))
_SKIP_POS = {"ADP", "DET", "ADV", "CCONJ", "SCONJ", "PRON", "VERB", "AUX", "NUM", "PUNCT",
             "SYM", "INTJ", "PART"}
_JOINERS = gz.PARTICLES - {"y", "e", "i", "al", "el"}


@dataclass
class Mention:
    start: int  # first token (index in the spaCy Doc)
    end: int  # one past the last token
    text: str  # as written
    key: str  # an entity IRI, or NEW + slug for a candidate entity
    cls: str  # class IRI
    kind: str = "name"  # how it names: name, surname, acronym, metonym...


@dataclass
class Linked:
    mentions: list[Mention] = field(default_factory=list)  # in text order, never overlapping
    entities: dict[str, CandidateEntity] = field(default_factory=dict)  # NEW keys -> proposal

    def at(self, token_index: int) -> Mention | None:
        for mention in self.mentions:
            if mention.start <= token_index < mention.end:
                return mention
        return None


def most_specific(knowledge: Knowledge, iri: str) -> str:
    """The entity's class with the most superclasses (Person rather than Agent)."""
    classes = knowledge.classes(iri) or {PERSON}
    return max(sorted(classes), key=lambda c: len(knowledge.ancestors.get(c, ())))


# ------------------------------------------------------------------------ per-graph tables


@dataclass
class _Tables:
    names: dict[Key, set[str]]  # the graph's names -> entities
    proper: set[tuple[Key, str]]  # (name, entity) written with a capital in the graph
    prefixes: set[Key]
    surnames: dict[Key, set[str]]  # surnames of the graph's people with no alias for them
    places: dict[str, str]  # canonical gazetteer name -> the graph's entity


def _tables(knowledge: Knowledge) -> _Tables:
    """Built once per Knowledge (and again only if its names grow)."""
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
        surname = _surname(name_tokens(info.label))
        if surname and surname not in names:
            surnames.setdefault(surname, set()).add(info.iri)
    prefixes = {k[:n] for k in list(names) + list(surnames) for n in range(1, len(k) + 1)}
    places = {}
    for key, found in gz.PLACES.items():
        iris = names.get(key, set()) | names.get(name_tokens(found.name), set())
        if len(iris) == 1:
            places.setdefault(found.name, next(iter(iris)))
    tables = _Tables(names, set(knowledge.proper), prefixes, surnames, places)
    vars(knowledge)["_linking_tables"] = (signature, tables)
    return tables


def _surname(key: Key) -> Key | None:
    """What follows the given names: ("lula", "da", "silva") of Luiz Inácio Lula da Silva."""
    i = 0
    while i < len(key) - 1 and gz.is_given_name(key[i]):
        i += 1
    if i == 0 or i >= len(key):
        return None
    return key[i:]


# ------------------------------------------------------------------------ spans


@dataclass
class _Span:
    start: int
    end: int
    iris: set[str] = field(default_factory=set)  # the graph's candidates, when known
    kind: str = "name"
    common: bool = False  # a lower-case alias of the graph
    place: gz.Place | None = None
    head: str | None = None  # the noun or title in apposition before it
    ner: str | None = None
    alias_of: _Span | None = None  # "(CPAC)" after its full name
    key: str | None = None


class _Reader:
    def __init__(self, doc, knowledge: Knowledge):
        self.doc, self.kb = doc, knowledge
        self.t = _tables(knowledge)
        self.keys: list[Key] = [name_tokens(tok.text) if not tok.is_punct else ()
                                for tok in doc]
        self.caps = [tok.text[:1].isupper() for tok in doc]
        self.ner = {i: ent.label_ for ent in doc.ents for i in range(ent.start, ent.end)}

    def key(self, start: int, end: int) -> Key:
        return tuple(w for k in self.keys[start:end] for w in k)

    def text(self, start: int, end: int) -> str:
        return self.doc[start:end].text

    def initial(self, i: int) -> bool:
        """At a sentence's start (after any opening quote), where capitals say nothing."""
        j = i
        while j > 0 and self.doc[j - 1].is_punct and not self.doc[j - 1].is_sent_end:
            if self.doc[j - 1].is_sent_start:
                return True
            j -= 1
        return self.doc[j].is_sent_start

    # -------------------------------------------------------------- the graph's names

    def known(self) -> list[_Span]:
        found, i, n = [], 0, len(self.doc)
        while i < n:
            best = None
            j = i
            while j < n and self.keys[j] and self.key(i, j + 1) in self.t.prefixes:
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
            found.append(_Span(i, end, set(iris), "surname" if surname else "name",
                               common=not proper and not surname, place=gz.place(key)))
            i = end
        return found

    def _written_as_name(self, start: int, end: int, key: Key, iris: set[str]) -> bool:
        proper = any((key, iri) in self.t.proper for iri in iris) or key in self.t.surnames
        if proper:
            # "jara" the shrub is not "Jara"; a lower-case full name still is ("raul benitez")
            return self.caps[start] or end - start > 1 and len(key) > 1
        return True

    # -------------------------------------------------------------- runs of capitalized words

    def runs(self, taken: set[int]) -> list[_Span]:
        out, i, n = [], 0, len(self.doc)
        while i < n:
            if i in taken or not self._namey(i):
                i += 1
                continue
            j = i + 1
            while j < n and j not in taken:
                if self._namey(j) and self.doc[j - 1].whitespace_ is not None:
                    j += 1
                elif self._particles_then_name(j, taken):
                    j += 1
                elif (self.ner.get(j) and self.ner.get(j) == self.ner.get(j - 1)
                      and self.keys[j] and j + 1 < n and self._namey(j + 1)
                      and self._same_ent(j - 1, j + 1)):
                    j += 1
                else:
                    break
            out += self._trim(i, j)
            i = j
        return out

    def _particles_then_name(self, j: int, taken: set[int]) -> bool:
        """Lower-case particles, then a capitalized word: "von der" in "von der Leyen"."""
        k = j
        while k < len(self.doc) and k not in taken and self.keys[k] and not self.caps[k] \
                and self.keys[k][0] in _JOINERS and k - j < 3:
            k += 1
        return k > j and k < len(self.doc) and k not in taken and self._namey(k)

    def _namey(self, i: int) -> bool:
        return bool(self.keys[i]) and self.caps[i] and any(c.isalpha() for c in self.doc[i].text)

    def _same_ent(self, a: int, b: int) -> bool:
        return any(e.start <= a and b < e.end for e in self.doc.ents)

    def _trim(self, start: int, end: int) -> list[_Span]:
        head = None
        if start > 0 and self.doc[start - 1].pos_ == "NOUN" and not self.caps[start - 1]:
            head = self.doc[start - 1].text
        while start < end:
            key = self.keys[start]
            title = gz.title_at(self.key(start, end))
            if title is not None and title[0] < len(self.key(start, end)):
                size, words, first = title[0], 0, start
                while words < size:  # a title's tokens, counted in folded words
                    words += len(self.keys[start])
                    start += 1
                head = self.text(first, start)
                continue
            article = key and key[0] in ("el", "la", "los", "las", "lo")
            if article and not self.initial(start) and self.caps[start] and \
                    gz.known_class(self.key(start, end)) is not None:
                break  # "El País", "La Nación"
            if article or (self.doc[start].pos_ in _SKIP_POS and not self.ner.get(start)) or \
                    (key and " ".join(key) in _NOT_NAMES and end - start > 1 and
                     self.doc[start].pos_ != "PROPN"):
                start += 1
                continue
            if key and " ".join(key) in lx.FUNCTION_WORDS | lx.PREPOSITIONS:
                start += 1
                continue
            if not self.caps[start]:  # a name starts with a capital
                if self.doc[start].pos_ == "NOUN":
                    head = self.doc[start].text
                start += 1
                continue
            break
        while end > start and (not self.keys[end - 1] or self.keys[end - 1][0] in gz.PARTICLES
                               and not self.caps[end - 1]):
            end -= 1
        if start >= end:
            return []
        # "André Ventura de Portugal": a name, then where it is from.
        for k in range(start + 1, end - 1):
            if self.keys[k] in (("de",), ("del",), ("en",)) and not self.caps[k]:
                right = gz.place(self.key(k + 1, end))
                left = self.key(start, k)
                whole = self.key(start, end)
                if right is not None and not gz.has_head(left) and gz.place(whole) is None \
                        and gz.known_class(left) is None and gz.place(left) is None:
                    return self._trim(start, k) + [
                        _Span(k + 1, end, place=right, kind=_place_kind(right))]
        span = _Span(start, end, head=head, ner=self.ner.get(start))
        span.place = gz.place(self.key(start, end))
        if span.place is not None:
            span.kind = _place_kind(span.place)
        return [span]


def _place_kind(found: gz.Place) -> str:
    return "metonym" if found.kind == "building" else "name"


def link_document(doc, knowledge: Knowledge) -> Linked:
    """Every mention of `doc` (a spaCy Doc) with its entity."""
    return _Linker(doc, knowledge).run()


class _Linker:
    def __init__(self, doc, knowledge: Knowledge):
        self.r = _Reader(doc, knowledge)
        self.doc, self.kb = doc, knowledge
        self.linked = Linked()
        self.doc_names: dict[Key, str] = {}  # names and aliases of this document -> key
        self.recent: list[str] = []  # keys in the order they were named

    def run(self) -> Linked:
        spans = self._spans()
        self._pair_parentheses(spans)
        country = self._document_countries(spans)
        for span in spans:
            self._resolve(span, country)
        self._fold_surnames()
        self._demonyms()
        self.linked.mentions.sort(key=lambda m: m.start)
        return self.linked

    # -------------------------------------------------------------- spans

    def _spans(self) -> list[_Span]:
        known = self.r.known()
        runs = self.r.runs(set())
        spans = []
        for run in runs:
            inner = [s for s in known if run.start <= s.start and s.end <= run.end]
            if not inner:
                if not any(s.start < run.end and run.start < s.end for s in known):
                    spans.append(run)
                continue
            if len(inner) == 1 and (inner[0].start, inner[0].end) == (run.start, run.end):
                continue
            if self._run_wins(run, inner):
                known = [s for s in known if s not in inner]
                spans.append(run)
        spans += known
        taken = {i for s in spans for i in range(s.start, s.end)}
        for run in runs:
            # What a known name left of a longer run: "Cumbre de Lima" known, "Lima" not.
            if not any(run.start <= i < run.end for i in taken):
                continue
            for part in self._uncovered(run, taken):
                spans.append(part)
                taken.update(range(part.start, part.end))
        spans.sort(key=lambda s: s.start)
        return spans

    def _run_wins(self, run: _Span, inner: list[_Span]) -> bool:
        """A longer name around a known one is another entity: "Karina Milei" around "Milei",
        "Fundación Kast" around "Kast"; not "el presidente Milei" (trimmed already)."""
        key = self.r.key(run.start, run.end)
        if gz.head_class(key) or gz.known_class(key) or gz.place(key):
            return True  # "Cumbre de Madrid", "Trump Tower"
        first = inner[0]
        if first.start > run.start:
            lead = self.r.key(run.start, first.start)
            if all(gz.is_given_name(w) for w in lead) and len(first.iris) >= 1 and \
                    all(PERSON in self.kb.classes(i) for i in first.iris) and \
                    first.end - first.start <= 2 and len(inner) == 1:
                return True
        return False

    def _uncovered(self, run: _Span, taken: set[int]) -> list[_Span]:
        out, i = [], run.start
        while i < run.end:
            if i in taken:
                i += 1
                continue
            j = i
            while j < run.end and j not in taken:
                j += 1
            out += self.r._trim(i, j)
            i = j
        return out

    def _pair_parentheses(self, spans: list[_Span]) -> None:
        by_start = {s.start: s for s in spans}
        for span in spans:
            end = span.end
            if end + 2 < len(self.doc) and self.doc[end].text == "(":
                inner = by_start.get(end + 1)
                if inner is not None and inner.end < len(self.doc) and \
                        self.doc[inner.end].text == ")":
                    inner.alias_of = span

    def _document_countries(self, spans: list[_Span]) -> set[str]:
        """The countries the document names most (by name, demonym or its people's country)."""
        counts: dict[str, int] = {}
        for span in spans:
            if span.place is not None and span.place.country:
                iri = self.r.t.places.get(span.place.country, span.place.country)
                counts[iri] = counts.get(iri, 0) + 1
            for iri in span.iris if len(span.iris) == 1 and not span.common else ():
                country = iri if COUNTRY in self.kb.classes(iri) else self.kb.country(iri)
                if country:
                    counts[country] = counts.get(country, 0) + 1
        for tok in self.doc:
            found = gz.demonym(tok.text) if tok.pos_ in ("ADJ", "NOUN", "PROPN") else None
            if found:
                iri = self.r.t.places.get(found, found)
                counts[iri] = counts.get(iri, 0) + 1
        top = max(counts.values(), default=0)
        return {c for c, n in counts.items() if n == top and top}

    # -------------------------------------------------------------- resolving

    def _resolve(self, span: _Span, countries: set[str]) -> None:
        text = self.r.text(span.start, span.end)
        key = self.r.key(span.start, span.end)
        if span.alias_of is not None and span.alias_of.key is not None:
            target = span.alias_of
            if span.iris and target.key.startswith(NEW):
                # "Red Política de Valores (Political Network for Values)": the known name
                # names both.
                self._relink(target, self._choose(span.iris))
            else:
                if target.key.startswith(NEW):
                    entity = self.linked.entities[target.key]
                    if text not in entity.aliases and acceptable_alias(text, entity.label):
                        entity.aliases.append(text)
                self.doc_names[key] = target.key
                span.iris = set()
            self._add(span, target.key, "acronym" if text.isupper() else "name")
            return
        if span.iris:
            if span.common and not self._common_ok(span, countries):
                return
            iri = self._choose(span.iris)
            if iri is None:
                return
            kind = "common" if span.common else span.kind
            if span.place is not None and span.place.kind == "building":
                kind = "metonym"
            self._add(span, iri, kind)
            return
        if key in self.doc_names:
            found = self.doc_names[key]
            shorter = len(key) < len(name_tokens(self._label(found)))
            self._add(span, found, "acronym" if text.isupper() and len(key) == 1 else
                      "surname" if shorter else "name")
            return
        if span.place is not None:
            iri = self.r.t.places.get(span.place.name)
            if iri is None:
                iri = self._propose(span, span.place.name, span.place.cls, [])
            self._add(span, iri, span.kind, PLACE if span.kind == "metonym" else None)
            return
        self._new(span, text, key)

    def _common_ok(self, span: _Span, countries: set[str]) -> bool:
        if self.r.caps[span.start] and not self.r.initial(span.start):
            return True
        if span.end - span.start > 1 and not any(self.kb.country(i) for i in span.iris):
            return True  # "internacional reaccionaria": specific without a country
        return any(self.kb.country(i) in countries for i in span.iris if self.kb.country(i))

    def _choose(self, iris: set[str]) -> str | None:
        if len(iris) == 1:
            return next(iter(iris))
        for key in reversed(self.recent):
            if key in iris:
                return key
        return None

    def _new(self, span: _Span, text: str, key: Key) -> None:
        single = span.end - span.start == 1
        if single and (" ".join(key) in _NOT_NAMES or gz.title(key) is not None or
                       (self.doc[span.start].pos_ != "PROPN" and not span.head) or
                       (not span.ner and not span.head and not text.isupper())):
            return
        if len(key) == 1 and gz.demonym(key[0]):
            return
        cls = entity_class(text, ner_label=span.ner, head=span.head)
        if cls == ENTITY or cls == OFFICE and "de" not in key and "del" not in key:
            return  # a bare title names a post of nobody in particular
        aliases = []
        if cls == PERSON:
            surname = _surname(key)
            if surname and surname != key:
                words = text.split()
                alias = " ".join(words[len(words) - len(surname):])
                if acceptable_alias(alias, text) and surname not in self.r.t.names:
                    aliases.append(alias)  # never a name the graph gives someone else
        found = self._propose(span, text, cls, aliases)
        self._add(span, found, "acronym" if text.isupper() and single else "name")

    def _propose(self, span: _Span, label: str, cls: str, aliases: list[str]) -> str:
        key = NEW + slug(label)
        if key in self.kb.entities:
            key += "-2"
        entity = self.linked.entities.get(key)
        if entity is None:
            sentence = self.doc[span.start].sent.text.strip()
            self.linked.entities[key] = CandidateEntity(key, label, cls, list(aliases), 0,
                                                        sentence)
        else:
            for alias in aliases:
                if alias not in entity.aliases:
                    entity.aliases.append(alias)
        for name in [label, *aliases]:
            self.doc_names.setdefault(name_tokens(name), key)
        return key

    def _add(self, span: _Span, key: str, kind: str, cls: str | None = None) -> None:
        span.key = key
        if cls is None:
            cls = self.linked.entities[key].cls if key.startswith(NEW) else \
                most_specific(self.kb, key)
        if key.startswith(NEW):
            self.linked.entities[key].mentions += 1
        self.linked.mentions.append(Mention(span.start, span.end,
                                            self.r.text(span.start, span.end), key, cls, kind))
        self.recent.append(key)

    def _relink(self, span: _Span, iri: str | None) -> None:
        """A new entity that turned out to be known: its mentions and names move to `iri`."""
        old = span.key
        if iri is None or old is None:
            return
        entity = self.linked.entities.pop(old)
        for mention in self.linked.mentions:
            if mention.key == old:
                mention.key, mention.cls = iri, most_specific(self.kb, iri)
        for name in [entity.label, *entity.aliases]:
            self.doc_names[name_tokens(name)] = iri
        self.recent = [iri if k == old else k for k in self.recent]
        span.key = iri

    def _label(self, key: str) -> str:
        if key.startswith(NEW):
            return self.linked.entities[key].label
        return self.kb.entities[key].label

    def _fold_surnames(self) -> None:
        """"Orbán ... Viktor Orbán": the surname's early proposal joins the fullest name."""
        people = [e for e in self.linked.entities.values() if e.cls == PERSON]
        for short in people:
            key = name_tokens(short.label)
            fuller = [e for e in people if e is not short and len(name_tokens(e.label)) >
                      len(key) and any(name_tokens(a) == key for a in e.aliases)]
            if len(fuller) != 1:
                continue
            target = fuller[0]
            for mention in self.linked.mentions:
                if mention.key == short.key:
                    mention.key, mention.kind = target.key, "surname"
            target.mentions += short.mentions
            first = min(m.start for m in self.linked.mentions if m.key == target.key)
            target.example = self.doc[first].sent.text.strip()
            del self.linked.entities[short.key]

    def _demonyms(self) -> None:
        taken = {i for m in self.linked.mentions for i in range(m.start, m.end)}
        for tok in self.doc:
            if tok.i in taken or tok.pos_ not in ("ADJ", "NOUN"):
                continue
            found = gz.demonym(tok.text)
            iri = self.r.t.places.get(found) if found else None
            if iri is not None:
                self.linked.mentions.append(Mention(tok.i, tok.i + 1, tok.text, iri,
                                                    most_specific(self.kb, iri), "demonym"))
