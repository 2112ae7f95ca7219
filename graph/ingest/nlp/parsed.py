"""A document parsed once: spaCy's tokens mapped to the document's sentences and to the linked
mentions, and the ends a phrase of the parse names (its names, its coordinated names, the
person a title stands beside, or what a reference points back to)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from graph.ingest.knowledge import (
    AGENT,
    COUNTRY,
    EVENT,
    ORGANIZATION,
    PERSON,
    PLACE,
    SERIES,
    Knowledge,
)
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity, Document
from graph.ingest.nlp.elections import Elections, is_election_noun
from graph.ingest.nlp.events import (
    EventIndex,
    capitalized_name,
    event_class,
    is_definite,
    is_event_noun,
    looks_like_event,
    phrase_words,
)
from graph.ingest.nlp.linking import Linked, Mention
from graph.ingest.nlp.words import (
    PAIR_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    base_role,
    demonym_label,
    folded_lemma,
    is_role_noun,
    role_kind,
)
from graph.ingest.reading import fold
from graph.ingest.temporal import find_times

METONYM = "metonym"
DEMONYM = "demonym"
_PARTICIPATION = {"intervencion", "participacion", "presencia", "asistencia", "ponencia",
                  "discurso", "conferencia magistral"}
_GROUPS = {"patronato", "comite", "direccion", "directiva", "ejecutiva", "junta", "consejo",
           "bancada", "grupo", "cupula", "mesa", "equipo", "bloque", "ejecutivo", "fila"}
COMMON = "common"  # a common-noun name of the graph ("segunda vuelta")


@dataclass
class End:
    """One end of a claim as the text names it."""

    key: str
    first: int  # token span that names it (for the quote)
    last: int
    reference: bool = False  # resolved through the discourse, not named here
    distance: int = 0  # sentences between the reference and its antecedent
    mention: Mention | None = None


@dataclass
class Parsed:
    document: Document
    doc: object  # spaCy Doc
    linked: Linked
    kb: Knowledge
    starts: list[int] = field(default_factory=list)  # the document sentences' first characters
    # sentence -> (token, person) of the persons acting in it, in text order
    subjects: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)  # person -> "Fem" or "Masc"
    affiliation: dict[str, str] = field(default_factory=dict)  # organization -> its person
    proposals: dict[str, CandidateEntity] = field(default_factory=dict)  # entities it names
    named_events: dict[str, int] = field(default_factory=dict)  # event -> first token
    pairs: list[tuple[int, str, str]] = field(default_factory=list)  # claims between persons
    candidates_named: set[str] = field(default_factory=set)  # persons the text made candidates

    def __post_init__(self):
        self.starts = [s.start for s in self.document.sentences]
        self.events = EventIndex(self.kb, self.document.anchor)
        self.elections = Elections(self)
        self._at = {}
        self._event_at: dict[int, tuple[str, tuple[int, int]]] = {}
        for mention in self.linked.mentions:
            for index in range(mention.start, mention.end):
                self._at[index] = mention
        for mention in self.linked.mentions:
            entity = self.linked.entities.get(mention.key)
            if entity is not None and not self.kb.is_a(mention.key, PERSON) and \
                    looks_like_event(entity.label) and not self.kb.is_a(mention.key, EVENT):
                entity.cls = event_class(entity.label.split())  # "Derecha Fest" is an event
        for mention in self.linked.mentions:
            self._edition(mention)
        for token in self.doc:
            # events named anywhere before a sentence are what its lists may be about
            if is_event_noun(token) and self.mention(token) is None:
                self.name_event(token)

    # ------------------------------------------------------------ positions

    def sentence_of(self, token) -> int:
        index = token if isinstance(token, int) else token.idx
        return max(bisect.bisect_right(self.starts, index) - 1, 0)

    def mention(self, token) -> Mention | None:
        return self._at.get(token.i)

    def event_at(self, token) -> bool:
        """Whether the token is in an event name the extractor proposed."""
        return token.i in self._event_at

    def is_agent(self, key: str) -> bool:
        return self.kb.is_a(key, AGENT)

    def is_person(self, key: str) -> bool:
        return self.kb.is_a(key, PERSON)

    # ------------------------------------------------------------ ends of a phrase

    def ends(self, token, conj: bool = True) -> list[End]:
        """The entities the phrase headed by `token` names, coordinated ones included."""
        found = self._head_ends(token)
        if conj:
            for child in token.children:
                if child.dep_ == "conj" and not self._closes_list(token, child):
                    found += self.ends(child)
        seen, out = set(), []
        for end in found:
            if end.key not in seen:
                seen.add(end.key)
                out.append(end)
        return out

    def _closes_list(self, token, child) -> bool:
        # "Kast, y luego Milei" still coordinates; a clause after "pero" does not.
        return any(c.dep_ == "cc" and folded_lemma(c) in ("pero", "sino") for c in child.children)

    def _head_ends(self, token) -> list[End]:
        if token.i in self._event_at:
            key, (first, last) = self._event_at[token.i]
            return [End(key, first, last)]
        mention = self.mention(token)
        if mention is not None:
            if mention.kind == METONYM:
                return self._metonym_person(token, mention)
            if mention.kind == COMMON and not self.fits_context(mention.key, token):
                named = self.elections.named(token) if is_election_noun(token) else None
                return [End(named, mention.start, mention.end - 1)] if named else []
            if mention.kind == DEMONYM:
                # "el checo Andrej Babiš", "el chileno" name a person; "argentino" modifies
                if token.pos_ != "NOUN":
                    return []
                return self._named_beside(token) or self._role_reference(token)
            return [End(mention.key, mention.start, mention.end - 1, mention=mention)]
        if token.pos_ == "NOUN" and any(
                c.dep_ in ("det", "nummod", "amod") and fold(c.lower_) in PAIR_WORDS | {"dos"}
                for c in token.children) and token.morph.get("Number") == ["Plur"]:
            return self._pair(token)  # "ambos dirigentes", "los dos líderes"
        if token.pos_ in ("NOUN", "PROPN") and is_role_noun(token):
            named = self._named_beside(token)
            if named:
                return named
            return self._role_reference(token)
        if token.pos_ == "PRON" and fold(token.lower_) in ("ninguno", "ninguna") and any(
                fold(t.lower_) in ("dos", "ambos", "ambas") for t in token.subtree):
            return self._pair(token)  # "no respaldará a ninguno de los dos finalistas"
        if token.pos_ == "PRON" or folded_lemma(token) in PAIR_WORDS:
            return self._pronoun_reference(token)
        if token.pos_ in ("NOUN", "PROPN"):
            # "el partido de Abascal", "la formación Vox": a name glued to a generic noun
            for child in token.children:
                if child.dep_ in ("appos", "flat", "compound", "nummod") and self.mention(child):
                    return self.ends(child)
            if is_election_noun(token):
                named = self.elections.named(token)
                if named:
                    return [End(named, token.i, token.i)]
            if token.pos_ == "NOUN":
                iri = self.events.common(token.text, phrase_words(token))
                if iri and self.fits_context(iri, token):
                    return [End(iri, token.i, token.i)]
            if folded_lemma(token) in _GROUPS:
                # "el patronato de la Red Política de Valores": a body of the organization
                bodies = [e for c in token.children if c.dep_ == "nmod" and
                          preposition_of(c) in ("de", "del") for e in self.ends(c)
                          if self.kb.is_a(e.key, ORGANIZATION)]
                if bodies:
                    return bodies
            if folded_lemma(token) in _PARTICIPATION:
                # "contó con las intervenciones de X, de Y y de Z": those who took part
                people = [e for c in token.children if c.dep_ == "nmod"
                          for e in self.ends(c) if self.is_agent(e.key)]
                if people:
                    return people
            if is_event_noun(token):
                return self._event_ends(token)
            if folded_lemma(token) in PERSON_NOUNS or fold(token.lower_) in PERSON_NOUNS:
                return self._named_beside(token) or self._role_reference(token)
        return []

    def _event_ends(self, token) -> list[End]:
        iri = self.events.match(phrase_words(token))
        if iri:
            return [End(iri, token.i, token.i)]
        for child in token.children:
            # "la cuarta edición de la Derecha Fest": the event itself; "la cumbre del G7 de
            # 2024": that year's summit
            if child.dep_ == "nmod" and (self.event_at(child) or self.mention(child) and
                                         self.kb.is_a(self.mention(child).key, EVENT)):
                year = next((t for t in token.subtree if t.i > child.i and t.like_num and
                             len(t.text) == 4 and t.text.startswith(("19", "20"))), None)
                if year is not None and fold(token.lower_) != "edicion":
                    return [self._propose_event(token.i, year.i)]
                return self._head_ends(child)
        named = self.name_event(token)
        if named:
            return [named]
        partnered = any(c.dep_ == "nmod" and any(
            k.dep_ == "case" and k.lower_ in ("con", "entre") for k in c.children)
            for c in token.children)
        if is_definite(token) and token.morph.get("Number") != ["Plur"] and not partnered:
            topic = self.topic_event(token.i, same_sentence=False)
            if topic:
                return [End(topic[1], token.i, token.i, reference=True, distance=topic[0])]
        return []

    def name_event(self, token) -> End | None:
        """An event the linker left unnamed: "VI Cumbre Transatlántica" written as a name, or
        "la cumbre de Toledo", an event noun and its place; proposed as a new entity."""
        if any(c.dep_ == "nmod" and self.mention(c) is not None and
               self.kb.is_a(self.mention(c).key, EVENT) for c in token.children):
            return None  # "la edición de la CPAC" names the CPAC
        span = capitalized_name(token)
        if span is not None:
            label = self.doc[span[0]:span[1] + 1].text
        else:
            place = next((self.mention(c) for c in token.children
                          if c.dep_ == "nmod" and self.mention(c) is not None and
                          self.kb.is_a(self.mention(c).key, PLACE) and
                          self.mention(c).kind != METONYM), None)
            if place is None or not is_definite(token) or \
                    token.morph.get("Number") == ["Plur"]:
                return None
            span = (token.i, place.end - 1)
            label = token.text.capitalize() + " de " + place.text
        key = NEW + slug(label)
        if key not in self.proposals:
            if key in self.linked.entities:
                return End(key, span[0], span[1])
            words = label.split()
            start = next((w for w in words if not re.match(r"^[IVXL]+$|^\d", w)), words[0])
            entity = CandidateEntity(key, label, event_class([start]), example=token.sent.text)
            self.proposals[key] = entity
            self.kb.candidates[key] = entity
        self.named_events.setdefault(key, span[0])
        for index in range(span[0], span[1] + 1):
            self._event_at.setdefault(index, (key, span))
        return End(key, span[0], span[1])

    def _propose_event(self, first: int, last: int) -> End:
        label = self.doc[first:last + 1].text
        label = label[:1].upper() + label[1:]
        key = NEW + slug(label)
        if key not in self.proposals:
            entity = CandidateEntity(key, label, event_class(label.split()),
                                     example=self.doc[first].sent.text)
            self.proposals[key] = entity
            self.kb.candidates[key] = entity
        self.named_events.setdefault(key, first)
        return End(key, first, last)

    def _edition(self, mention: Mention) -> None:
        """"CPAC Argentina", "Europa Viva 26": a series of the graph followed by a place or a
        number names one of its editions, a new event."""
        if not self.kb.is_a(mention.key, SERIES) or mention.end >= len(self.doc):
            return
        following = self.doc[mention.end]
        place = self.mention(following)
        if following.like_num and following.pos_ == "NUM":
            last = following.i
        elif place is not None and self.kb.is_a(place.key, PLACE) and place.start == mention.end:
            last = place.end - 1
        else:
            return
        label = self.doc[mention.start:last + 1].text
        key = NEW + slug(label)
        if key not in self.proposals:
            entity = CandidateEntity(key, label, EVENT, example=following.sent.text)
            self.proposals[key] = entity
            self.kb.candidates[key] = entity
        self.named_events.setdefault(key, mention.start)
        for index in range(mention.start, last + 1):
            self._event_at[index] = (key, (mention.start, last))

    def topic_event(self, index: int, same_sentence: bool = True) -> tuple[int, str] | None:
        """(sentences back, event) of the event the text is about at token `index`: one named
        in the sentence, else the last one named in the five sentences before."""
        here = self.sentence_of(self.doc[index].idx)
        best = None
        named = [Mention(i, i + 1, "", k, EVENT) for k, i in self.named_events.items()]
        for mention in sorted(self.linked.mentions + named, key=lambda m: m.start):
            if mention.kind == METONYM or not self.kb.is_a(mention.key, EVENT):
                continue
            where = self.sentence_of(self.doc[mention.start].idx)
            if where == here and not same_sentence and mention.start > index:
                continue
            if where > here or here - where > 5:
                continue
            best = (here - where, mention.key)
        return best

    def _named_beside(self, token) -> list[End]:
        """"el presidente argentino, Javier Milei", "la exministra del Trabajo Jeannette
        Jara": the name that closes the title's phrase, read on the tokens because the small
        model hangs such names anywhere in the phrase."""
        doc = token.doc
        i = token.i + 1
        while i < len(doc) and i - token.i <= 10:
            t = doc[i]
            mention = self.mention(t)
            if mention is not None and mention.kind not in (METONYM, DEMONYM):
                if self.is_person(mention.key):
                    if doc[i - 1].lower_ in ("de", "del", "a", "al", "con", "por"):
                        return []  # "el rival de Kast": Kast is the complement
                    return [End(mention.key, token.i, mention.end - 1, mention=mention)]
                i = mention.end
                continue
            if t.text == "," and i + 1 < len(doc) and self.mention(doc[i + 1]) is not None:
                i += 1
                continue
            if t.pos_ not in ("ADJ", "DET", "ADP", "NOUN", "PROPN") or t.text in ",;:":
                return []
            i += 1
        return []

    def fits_context(self, key: str, token) -> bool:
        """A common-noun name ("la segunda vuelta") means the graph's dated event only when
        the text is about its country, its sentence names no other country, and no other day
        is given for it."""
        info = self.kb.entities.get(key)
        if info is None or info.date is None:
            return True
        country = self.kb.country(key)
        if country is not None:
            label = fold(self.kb.label(country))
            if label not in fold(self.document.text):
                return False
            for mention in self.linked.mentions:
                if token.sent.start <= mention.start < token.sent.end and \
                        self.kb.is_a(mention.key, COUNTRY) and mention.key != country:
                    return False
        for time in find_times(token.sent.text, self.document.anchor):
            if time.date is not None and time.date.precision == "day" and \
                    time.date.start != info.date.start and info.date.precision == "day" and \
                    abs(time.start - (token.idx - token.sent.start_char)) < 40:
                return False
        return True

    # ------------------------------------------------------------ references

    def _metonym_person(self, token, mention: Mention) -> list[End]:
        """"la Casa Blanca" acts for a person only when the sentence names one."""
        persons = {m.key for m in self.linked.mentions
                   if token.sent.start <= m.start < token.sent.end and m.kind != METONYM
                   and self.is_person(m.key)}
        if len(persons) != 1:
            return []
        return [End(persons.pop(), mention.start, mention.end - 1, reference=True)]

    def persons_before(self, index: int, back: int = 2) -> list[tuple[int, str]]:
        """(token, key) of the persons named before token `index`, in the current sentence and
        `back` sentences before, nearest first."""
        sentence = self.sentence_of(self.doc[index].idx)
        floor = self.starts[max(sentence - back, 0)]
        out = []
        for mention in reversed(self.linked.mentions):
            if mention.start >= index or self.doc[mention.start].idx < floor:
                continue
            if mention.kind != METONYM and self.is_person(mention.key):
                out.append((mention.start, mention.key))
        return out

    def _role_reference(self, token, countries: tuple[str, ...] = ()) -> list[End]:
        """The person a title without a name stands for: one named in this sentence or the
        two before, of the title's gender and country, the one the text is about first."""
        if not is_definite(token) or token.morph.get("Number") == ["Plur"]:
            return []
        here = self.sentence_of(token.idx)
        for child in token.children:
            # "el líder de Vox": whoever the text already said leads or belongs to Vox
            mention = self.mention(child)
            if mention is not None and mention.key in self.affiliation:
                return [End(self.affiliation[mention.key], token.i, token.i, reference=True,
                            distance=1)]
        labels = {demonym_label(c) for c in [token, *token.children]
                  if (c.dep_ == "amod" or c == token) and demonym_label(c)}
        labels |= {self.kb.label(c) for c in countries}
        gender = gender_of(token)
        focus = self.focus(here, before=token.i)
        best = None
        seen: set[str] = set(self._clause_persons(token))
        nearest = []
        for start, key in self.persons_before(token.i):
            if key not in seen:
                seen.add(key)
                nearest.append((start, key))
        word = base_role(token)[0]
        holders = self.candidates_named if word and role_kind(word) == "candidate" else set()
        if holders & {k for _, k in nearest}:
            # "al candidato que compitiera frente a Jara": one the text made a candidate
            nearest = [(s, k) for s, k in nearest if k in holders]
        for rank, (start, key) in enumerate(nearest):
            known = self.kb.country(key)
            if labels and known and self.kb.label(known) not in labels:
                continue
            if gender and self.gender.get(key, gender) != gender:
                continue
            earlier = self.sentence_of(self.doc[start].idx) < here
            score = -0.5 * rank + (2 if key == focus and earlier else 0)
            if best is None or score > best[0]:
                best = (score, key, start)
        if best is None and here <= 2 and not nearest:
            # an article may open on a title and name the person after it ("Así lo comunicó
            # el candidato de la oposición chilena. ... José Antonio Kast sorprendió ...")
            for mention in self.linked.mentions:
                where = self.sentence_of(self.doc[mention.start].idx)
                if mention.start <= token.i or where > here + 3 or not self.is_person(
                        mention.key) or mention.kind == METONYM:
                    continue
                known = self.kb.country(mention.key)
                if labels and known and self.kb.label(known) not in labels:
                    continue
                if gender and self.gender.get(mention.key, gender) != gender:
                    continue
                return [End(mention.key, token.i, token.i, reference=True, distance=2)]
        if best is None:
            return []
        return [End(best[1], token.i, token.i, reference=True,
                    distance=here - self.sentence_of(self.doc[best[2]].idx))]

    def _clause_persons(self, token) -> list[str]:
        """Persons a reference cannot be: the subject of its own clause, and those named in
        its own phrase ("el candidato que compitiera frente a Jara" is not Jara)."""
        out = []
        for t in token.subtree:
            mention = self.mention(t)
            if mention is not None and t.i != token.i:
                out.append(mention.key)
        head = token.head
        for child in head.children:
            mention = self.mention(child)
            if child.dep_.startswith("nsubj") and mention is not None and child.i != token.i:
                out.append(mention.key)
        return out

    def refer(self, token, countries: tuple[str, ...] = ()) -> list[End]:
        """The person a title without a name stands for."""
        return self._role_reference(token, countries)

    def _pronoun_reference(self, token) -> list[End]:
        lemma = folded_lemma(token)
        here = self.sentence_of(token.idx)
        if lemma in PAIR_WORDS or token.text.lower() in PAIR_WORDS:
            return self._pair(token)
        if token.text.lower() in ("él", "ella", "este", "esta", "este último", "quien"):
            focus = self.focus(here, before=token.i)
            if focus:
                return [End(focus, token.i, token.i, reference=True, distance=1)]
        return []

    def _pair(self, token) -> list[End]:
        """"ambos": the two persons of the last claim between two persons in the sentences
        just before, else the last two persons the text named."""
        here = self.sentence_of(token.idx)
        for index, a, b in reversed(self.pairs):
            if index < token.i and here - self.sentence_of(self.doc[index].idx) <= 3:
                return [End(k, token.i, token.i, reference=True, distance=1) for k in (a, b)]
        keys: list[str] = []
        for _, key in self.persons_before(token.i, back=3):
            if key not in keys:
                keys.append(key)
        if len(keys) < 2:
            return []
        return [End(k, token.i, token.i, reference=True, distance=1) for k in keys[:2]]

    def focus(self, sentence: int, before: int | None = None) -> str | None:
        """Who the text is talking about: the person acting last in this sentence before the
        token, else in the previous one."""
        acting = [k for i, k in self.subjects.get(sentence, []) if before is None or i < before]
        if acting:
            return acting[-1]
        for back in (1, 2):
            previous = self.subjects.get(sentence - back, [])
            if previous:
                return previous[0][1]
        return None

    def role_word(self, token) -> str | None:
        lemma = folded_lemma(token)
        return lemma if lemma in ROLE_WORDS else None


def gender_of(token) -> str | None:
    """"Fem" or "Masc": the noun's own, else its article's ("la representante")."""
    gender = token.morph.get("Gender")
    if gender:
        return gender[0]
    for child in token.children:
        if child.dep_ == "det" and child.morph.get("Gender"):
            return child.morph.get("Gender")[0]
    return None


def preposition_of(token) -> str:
    """The preposition of a phrase (clauses.preposition without the import cycle)."""
    for child in token.children:
        if child.dep_ == "case":
            return {"al": "a", "del": "de"}.get(child.lower_, fold(child.lower_))
    return ""
