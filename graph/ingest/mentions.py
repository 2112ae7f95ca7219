"""Mentions in a sentence: names of the graph's entities, unknown names (candidate entities),
role descriptions ("el candidato republicano"), pairs ("ambos") and event phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.ingest import lexicon as lx
from graph.ingest.knowledge import (
    AGENT,
    COUNTRY,
    ELECTION,
    EVENT,
    MEDIA,
    OFFICE,
    PARTY,
    PERSON,
    PLACE,
    ROUND,
    Knowledge,
)
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.reading import Sentence, fold
from graph.ingest.temporal import Anchor
from graph.model.names import name_key
from graph.model.terms import KG

_WORD = re.compile(r"\w+")
_BREAK = re.compile(r"[,;:()“”«»\"]")
_DETERMINERS = {"el", "la", "los", "las", "un", "una", "unos", "unas"}
_OF = re.compile(r"\s+(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?")
_EVENT_HEAD = re.compile(rf"\b(?:(?:el|la|los|las|un|una|unos|unas)\s+)?({lx.EVENT_HEADS})\b")
_EVENT_STOP = {"y", "donde", "que", "porque", "pero", "e", "o", "mientras", "cuando", "para",
               "incluida", "incluido", "como", "con", "a", "al", "se", "fue", "es", "ha", "han"}
_PAIR = re.compile(r"\b(ambos|ambas|los dos|las dos|estos dos|estas dos)"
                   r"(\s+(?:lideres|dirigentes|candidatos|candidatas|politicos|mandatarios|"
                   r"presidentes|aspirantes|postulantes))?\b")
_POSSESSIVE = re.compile(r"\b(su|sus)\s+(relacion|relaciones|candidatura|campana|presencia|"
                         r"participacion|vinculos?|alianza|apoyo|respaldo|postulacion|"
                         r"proyeccion|ascenso|ingreso)\b")


@dataclass
class Token:
    start: int
    end: int
    word: str  # folded
    original: str

    @property
    def capitalized(self) -> bool:
        return self.original[:1].isupper()


@dataclass
class Role:
    determiner: str
    word: str
    kind: str
    former: bool
    adjectives: list[str] = field(default_factory=list)
    of: str | None = None  # the entity in "de <X>"
    plural: bool = False
    office: str | None = None  # when the role words name an office of the graph


@dataclass
class Mention:
    start: int  # offsets in the sentence
    end: int
    text: str
    kind: str  # name, role, pair, possessive, event
    keys: tuple[str, ...] = ()
    prep: bool = False
    in_quote: bool = False
    gender: str | None = None
    role: Role | None = None
    anaphoric: bool = False  # resolved through context, not named
    context: list[str] = field(default_factory=list)  # who was in view, for "su ..."

    @property
    def key(self) -> str | None:
        return self.keys[0] if len(self.keys) == 1 else None


def tokenize(text: str) -> list[Token]:
    folded = fold(text)
    return [Token(m.start(), m.end(), m.group(), text[m.start():m.end()])
            for m in _WORD.finditer(folded)]


def quote_spans(text: str) -> list[tuple[int, int]]:
    spans, opened, closer = [], None, None
    pairs = {"“": "”", "«": "»", '"': '"'}
    for i, ch in enumerate(text):
        if closer is None and ch in pairs:
            opened, closer = i, pairs[ch]
        elif ch == closer:
            spans.append((opened, i + 1))
            closer = None
    if closer is not None:
        spans.append((opened, len(text)))
    return spans


def slug(label: str) -> str:
    return name_key(label).replace(" ", "-") or "entity"


class MentionFinder:
    """Finds the mentions of one document's sentences; keeps the document's candidate
    entities so that a surname seen after a full unknown name resolves to it."""

    def __init__(self, knowledge: Knowledge, anchor: Anchor):
        self.kb = knowledge
        self.anchor = anchor
        self.party_adjectives = self._party_adjectives()
        self.countries = {fold(e.label): e.iri for e in knowledge.of_class(COUNTRY)}
        self.event_names = self._event_names()

    # ------------------------------------------------------------ lexicons from the graph

    def _party_adjectives(self) -> dict[str, str]:
        """"republicano", "comunistas"... -> the party, from its label's last word and its
        one-word aliases; ambiguous words are dropped."""
        found: dict[str, set[str]] = {}
        for party in self.kb.of_class(PARTY):
            for name in party.names:
                words = fold(name).split()
                if len(words) == 1 and name[:1].islower():
                    stem = words[0].rstrip("s")
                elif len(words) >= 2 and words[0] == "partido":
                    stem = words[-1]
                else:
                    continue
                if stem in lx.GENERIC_PARTY_WORDS or len(stem) < 4:
                    continue
                base = stem[:-1] if stem[-1] in "oa" else stem
                forms = {stem, stem + "s"}
                if stem[-1] in "oa":
                    forms |= {base + "o", base + "a", base + "os", base + "as"}
                for form in forms:
                    found.setdefault(form, set()).add(party.iri)
        return {form: next(iter(iris)) for form, iris in found.items() if len(iris) == 1}

    def _event_names(self) -> list[tuple[frozenset[str], str, bool]]:
        names = []
        for event in self.kb.of_class(EVENT):
            for name in event.names:
                words = _content(fold(name).split())
                if len(words) >= 2:
                    names.append((frozenset(words), event.iri, name[:1].isupper()))
        return names

    def demonym_country(self, word: str) -> str | None:
        for stem, country in lx.DEMONYMS.items():
            if word.startswith(stem) and len(word) - len(stem) <= 3:
                return self.countries.get(fold(country))
        return None

    # ------------------------------------------------------------ finding

    def find(self, sentence: Sentence) -> list[Mention]:
        text = sentence.text
        folded = fold(text)
        tokens = tokenize(text)
        quotes = quote_spans(text)
        names = self._names(tokens, text)
        names = self._unknown_names(tokens, names, text, sentence)
        events = self._event_phrases(folded, names)
        roles = self._roles(folded, names + events)
        mentions = [m for m in names + events if m.kind != "absorbed"] + roles
        mentions += self._pairs(folded, mentions)
        mentions += self._possessives(folded, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        for mention in mentions:
            before = re.findall(r"\w+", folded[:mention.start])
            while len(before) > 1 and before[-1] in _DETERMINERS:
                before.pop()
            mention.prep = mention.prep or bool(before) and before[-1] in lx.PREPOSITIONS
            mention.in_quote = any(a < mention.start < b for a, b in quotes)
        return mentions

    def _acceptable(self, key: tuple[str, ...], iri: str, original: str) -> bool:
        if len(key) == 1 and (key, iri) in self.kb.proper and original == original.lower():
            return False  # "jara" the shrub is not "Jara" the candidate
        info = self.kb.entities.get(iri)
        if info is not None and info.date and (key, iri) not in self.kb.proper:
            # A generic name ("segunda vuelta") only means a dated event near the article.
            reference = self.anchor.day or (self.anchor.date.start if self.anchor.date else None)
            if reference is None or abs((info.date.start - reference).days) > 400:
                return False
        return True

    def _names(self, tokens: list[Token], text: str) -> list[Mention]:
        out: list[Mention] = []
        longest = self.kb.longest_name
        i = 0
        while i < len(tokens):
            for n in range(min(longest, len(tokens) - i), 0, -1):
                span = tokens[i:i + n]
                if any(_BREAK.search(text, a.end, b.start)
                       for a, b in zip(span, span[1:], strict=False)):
                    continue
                key = tuple(t.word for t in span)
                original = text[span[0].start:span[-1].end]
                iris = {iri for iri in self.kb.index.get(key, ())
                        if self._acceptable(key, iri, original)}
                if iris:
                    out.append(Mention(span[0].start, span[-1].end, original, "name",
                                       tuple(sorted(iris))))
                    i += n
                    break
            else:
                i += 1
        return out

    def _unknown_names(self, tokens, names: list[Mention], text: str,
                       sentence: Sentence) -> list[Mention]:
        """Runs of capitalized words no known name covers become candidate entities when
        they look like a person, an organization or an outlet."""
        covered = [(m.start, m.end) for m in names]

        def is_covered(token: Token) -> bool:
            return any(a <= token.start < b for a, b in covered)

        chunks: list[list[int]] = []
        current: list[int] = []
        for index, token in enumerate(tokens):
            between = text[tokens[current[-1]].end:token.start] if current else ""
            joined = current and re.fullmatch(r"[ \u00a0]*", between)
            if token.capitalized or (token.word in lx.NAME_CONNECTORS and current and joined):
                if current and not joined:
                    chunks.append(current)
                    current = []
                current.append(index)
            else:
                if current:
                    chunks.append(current)
                current = []
        if current:
            chunks.append(current)
        out = list(names)
        for chunk in chunks:
            while chunk and tokens[chunk[-1]].word in lx.NAME_CONNECTORS:
                chunk = chunk[:-1]
            uncovered: list[list[int]] = []
            run: list[int] = []
            for index in chunk:
                if is_covered(tokens[index]):
                    if run:
                        uncovered.append(run)
                    run = []
                else:
                    run.append(index)
            if run:
                uncovered.append(run)
            for run in uncovered:
                mention = self._candidate(run, tokens, text, out, sentence)
                if mention is not None:
                    out = [m for m in out
                           if not (mention.start <= m.start and m.end <= mention.end)]
                    out.append(mention)
        return sorted(out, key=lambda m: m.start)

    def _candidate(self, run: list[int], tokens: list[Token], text: str,
                   names: list[Mention], sentence: Sentence) -> Mention | None:
        determiner = None
        while run and (tokens[run[0]].word in lx.FUNCTION_WORDS or
                       lx.ROLE_PATTERN.fullmatch("el " + tokens[run[0]].word)):
            determiner = run[0] if tokens[run[0]].word in _DETERMINERS else None
            run = run[1:]
        while run and tokens[run[-1]].word in lx.NAME_CONNECTORS:
            run = run[:-1]
        if not run:
            return None
        words = [tokens[i] for i in run]
        content = [t for t in words if t.word not in lx.NAME_CONNECTORS]
        if all(t.word in lx.GEOGRAPHY for t in content) or \
                all(t.word in lx.MONTH_AND_DAY_NAMES for t in content):
            return None
        previous = tokens[run[0] - 1].word if run[0] > 0 else None
        start, end = words[0].start, words[-1].end
        # A first name glued to a known surname is somebody else ("Felipe" + "Kast").
        follower = next((m for m in names if m.start > end and
                         re.fullmatch(r"\s+", text[end:m.start]) and m.kind == "name"), None)
        if (follower and len(content) == 1 and content[0].word not in lx.NAME_HEADS
                and follower.key and self.kb.is_a(follower.key, PERSON)
                and len(follower.text.split()) == 1):
            end = follower.end
            content.append(Token(follower.start, follower.end, fold(follower.text), follower.text))
        cls = None
        acronym = len(content) == 1 and content[0].original.isupper() and len(content[0].word) >= 2
        before_determiner = tokens[determiner - 1].word if determiner else None
        if previous in lx.OUTLET_NOUNS:
            cls = MEDIA
        elif before_determiner in lx.OUTLET_NOUNS and content:
            cls, start = MEDIA, tokens[determiner].start  # "el diario El Comercio"
        elif len(content) >= 2 or acronym:
            head = content[0].word if content[0].word in lx.NAME_HEADS else content[-1].word
            cls = KG + lx.NAME_HEADS[head] if head in lx.NAME_HEADS else (
                KG + "Organization" if acronym else PERSON)
        elif previous and run[0] > 0 and lx.ROLE_PATTERN.fullmatch("el " + previous):
            cls = PERSON
        if cls is None:
            return None
        label = text[start:end]
        key = NEW + slug(label)
        if key in self.kb.entities:
            key += "-2"
        existing = self.kb.candidates.get(key)
        if existing:
            existing.mentions += 1
        else:
            aliases = [content[-1].original] if cls == PERSON and len(content) >= 2 else []
            self.kb.candidates[key] = CandidateEntity(key, label, cls, aliases, 1, sentence.text)
            self.kb.index.setdefault(tuple(fold(label).split()), set()).add(key)
            for alias in aliases:
                alias_key = (fold(alias),)
                self.kb.index.setdefault(alias_key, set()).add(key)
                self.kb.proper.add((alias_key, key))
            self.kb.proper.add((tuple(fold(label).split()), key))
        return Mention(start, end, label, "name", (key,))

    def _event_phrases(self, folded: str, names: list[Mention]) -> list[Mention]:
        """"encuentros internacionales organizados por Vox" names the event series whose
        alias is "encuentros organizados por Vox": every word of a name inside the phrase."""
        out = []
        for match in _EVENT_HEAD.finditer(folded):
            words, end = [], match.end()
            for word in _WORD.finditer(folded, match.start(1)):
                if word.start() > match.start(1) and (
                        word.group() in _EVENT_STOP or
                        re.search(r"[,.;:“”]", folded[end:word.start()])):
                    break
                words.append(word.group())
                end = word.end()
                if len(words) >= 9:
                    break
            content = set(_content(words))
            best: tuple[int, str] | None = None
            tie = False
            for name_words, iri, is_proper in self.event_names:
                if name_words <= content and self._event_ok(iri, is_proper):
                    if best is None or len(name_words) > best[0]:
                        best, tie = (len(name_words), iri), False
                    elif len(name_words) == best[0] and iri != best[1]:
                        tie = True
            if best is None or tie:
                continue
            if any(best[1] in m.keys and m.start < end and match.start() < m.end for m in names):
                continue
            out.append(Mention(match.start(), end, folded[match.start():end], "event", (best[1],)))
        return out

    def _event_ok(self, iri: str, is_proper: bool) -> bool:
        info = self.kb.entities[iri]
        if is_proper or info.date is None:
            return True
        reference = self.anchor.day or (self.anchor.date.start if self.anchor.date else None)
        return reference is not None and abs((info.date.start - reference).days) <= 400

    def _roles(self, folded: str, others: list[Mention]) -> list[Mention]:
        out = []
        for match in lx.ROLE_PATTERN.finditer(folded):
            determiner, former, word = match.group(1), bool(match.group(2)), match.group(3)
            role = Role(determiner, word, lx.role_kind(word), former,
                        plural=word.endswith("s") and not determiner.startswith(("uno", "una ")))
            position = match.end()
            inside = next((m for m in others if m.start <= match.start(3) < m.end), None)
            if inside is not None:
                if not (inside.key and self.kb.is_a(inside.key, OFFICE)):
                    continue
                # "el presidente de Perú" is the name of an office of the graph
                inside.kind = "absorbed"
                role.office, position = inside.key, inside.end
            while True:
                nxt = re.compile(r"\s+(\w+)").match(folded, position)
                if not nxt:
                    break
                candidate = nxt.group(1)
                if (candidate in lx.NOT_ADJECTIVES or candidate in lx.FUNCTION_WORDS or
                        any(m.start == nxt.start(1) for m in others) or
                        not candidate.endswith(lx.ADJECTIVE_ENDINGS)):
                    break
                role.adjectives.append(candidate)
                position = nxt.end()
            of = _OF.match(folded, position)
            if of:
                target = next((m for m in others if m.start == of.end() and m.key), None)
                if target is not None and not self.kb.is_a(target.key, PERSON):
                    role.of = target.key
                    position = target.end
            gender = lx.role_gender(determiner, word)
            following = next((m for m in others if m.kind == "name" and m.key and
                              self.kb.is_a(m.key, PERSON) and
                              re.fullmatch(r"\s+", folded[position:m.start])), None)
            if following is not None:
                # Apposition: "la postulante comunista Jeannette Jara".
                following.role, following.gender = role, gender
                following.prep = determiner in ("al", "del")
                following.start = match.start()
                following.text = folded[match.start():following.end]
                continue
            if role.plural:
                continue
            out.append(Mention(match.start(), position, folded[match.start():position], "role",
                               prep=determiner in ("al", "del"), gender=gender, role=role,
                               anaphoric=True))
        return out

    def _pairs(self, folded: str, others: list[Mention]) -> list[Mention]:
        return [Mention(m.start(), m.end(), m.group(), "pair", anaphoric=True)
                for m in _PAIR.finditer(folded)
                if not any(o.start <= m.start() < o.end for o in others)]

    def _possessives(self, folded: str, others: list[Mention]) -> list[Mention]:
        return [Mention(m.start(), m.end(), m.group(), "possessive", anaphoric=True)
                for m in _POSSESSIVE.finditer(folded)
                if not any(o.start <= m.start() < o.end for o in others)]

    # ------------------------------------------------------------ offices and elections

    def office(self, role: Role, person: str | None) -> tuple[str | None, str | None]:
        """(office IRI, or None; label for a candidate office, or None)."""
        if role.office:
            return role.office, None
        words = [role.word.rstrip("s") if role.word.endswith("es") else role.word]
        if words[0].endswith("a"):
            words += [words[0][:-1] + "e", words[0][:-1] + "o"]
        places = []
        if role.of and self.kb.is_a(role.of, PLACE):
            places.append(role.of)
        elif person and self.kb.country(person) and role.of is None:
            places.append(self.kb.country(person))
        for word in words:
            for place in places:
                key = tuple(fold(f"{word} de {self.kb.label(place)}").split())
                hits = [i for i in self.kb.index.get(key, ()) if self.kb.is_a(i, OFFICE)]
                if hits:
                    return hits[0], None
        for word in words:
            hits = [i for i in self.kb.index.get((word,), ()) if self.kb.is_a(i, OFFICE)]
            if hits:
                return hits[0], None
        if places and role.of:
            return None, f"{role.word.capitalize()} de {self.kb.label(places[0])}"
        return None, None

    def election_on(self, day) -> str | None:
        """The election round (or election) held on `day`, or the latest one held in the
        90 days before it: what "la elección" and a vote count refer to."""
        if day is None:
            return None
        rounds = [e for e in self.kb.of_class(ROUND) + self.kb.of_class(ELECTION)
                  if e.date and e.date.precision == "day"]
        exact = [e for e in rounds if e.date.start == day]
        if exact:
            return exact[0].iri
        before = [e for e in rounds if 0 <= (day - e.date.start).days <= 90]
        if not before:
            return None
        return max(before, key=lambda e: (e.date.start, ROUND in e.classes)).iri

    def is_agent(self, key: str | None) -> bool:
        return bool(key) and self.kb.is_a(key, AGENT)


def _stem(word: str) -> str:
    """Singular and plural, masculine and feminine to one form: "cumbres" and "cumbre",
    "internacionales" and "internacional"."""
    if len(word) > 3:
        word = re.sub(r"(?:es|s)$", "", word)
    if len(word) > 3:
        word = re.sub(r"[aeo]$", "", word)
    return word


def _content(words) -> list[str]:
    return [_stem(w) for w in words
            if w not in lx.FUNCTION_WORDS and w not in ("de", "del", "por")]
