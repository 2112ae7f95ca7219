"""Events on the parse: the graph's events a phrase names, events the linker left unnamed
(proposed under the name the text gives), editions of a series, and the event the text is
about; read as a part of `Parsed`."""

from __future__ import annotations

import re

from graph.ingest.knowledge import (
    COUNTRY,
    ELECTION,
    EVENT,
    ORGANIZATION,
    PARTY,
    PERSON,
    PLACE,
    ROUND,
    SERIES,
    SUMMIT,
)
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.described_events import announced, described_event
from graph.ingest.nlp.documents import is_document
from graph.ingest.nlp.earlier_occasions import in_pluperfect
from graph.ingest.nlp.edition_places import edition_place_end
from graph.ingest.nlp.ends import METONYM, End
from graph.ingest.nlp.events import (
    NAMED_AFTER,
    PLACED_EVENTS,
    QUOTES,
    capitalized_name,
    content,
    event_class,
    is_definite,
    is_event_noun,
    name_after,
    name_start,
    phrase_words,
)
from graph.ingest.nlp.gathering_names import kind_alias
from graph.ingest.nlp.held_occurrences import HOLDERS, held_occurrence
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.own_countries import of_its_country
from graph.ingest.nlp.place_names import place_opened_name, relink_as_event
from graph.ingest.nlp.quoted_events import adjacent_name, named_by_clause, quoted_before
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold
from graph.ingest.temporal import find_times

# A party's own gatherings: "el congreso de Chega" is one of them, organized by it.
_GATHERINGS = {"congreso", "convencion", "asamblea", "conferencia"}
# A forum or seminar of a network, a foundation or an institute ("el foro de la Red X") is one
# of its own gatherings; a party's "foro" is too often the event the text already named.
_FORUMS = {"foro", "seminario", "simposio", "coloquio"}
# Any organization's, when the phrase sets the gathering apart from the one the text is about
# by where or when it is held ("la cumbre del Mercosur que se celebró en Asunción").
_HELD = {"celebrar", "realizar", "desarrollar", "tener", "organizar", "acoger"}
# Meetings an organization holds, one at a time: "el foro de la Red X", "un seminario del grupo
# ECR" is that meeting, named so, not the event the text names later or recalls.
_MEETINGS = {"foro", "seminario", "simposio", "coloquio", "taller", "jornada", "encuentro",
             "desayuno", "almuerzo", "cena", "retiro"}


def _ahead(doc, start: int) -> bool:
    """"la próxima CPAC Argentina": an event still to come, which no sentence before it told."""
    return any(fold(t.lower_) in ("proxima", "proximo", "futura", "futuro")
               for t in doc[max(start - 2, 0):start])


def _kind_alias(token, span: tuple[int, int], label: str, entity) -> None:
    alias = kind_alias(token.text, label) if span[0] > token.i else None
    if alias is not None and alias not in entity.aliases:
        entity.aliases.append(alias)


class EventReading:
    """Event naming for `Parsed` (which holds the document, the parse and the mentions)."""

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
            topic = self.topic_end(token.i, same_sentence=False)
            if topic:
                return [topic]
        return []

    def gathering_told_again(self, token) -> End | None:
        """A definite kind noun that no event noun reads, pointing back to the gathering the
        text reports without naming it: "El pleno del Ayuntamiento aprobó ... En el pleno, el
        alcalde defendió", "lamentó en el pleno"."""
        if token.pos_ != "NOUN" or token.i in self.described or is_event_noun(token):
            return None
        return described_event(self, token)

    def name_event(self, token) -> End | None:
        """An event the linker left unnamed: "VI Cumbre Transatlántica" written as a name, or
        "la cumbre de Toledo", an event noun and its place; proposed as a new entity."""
        described = described_event(self, token)
        if described is not None:
            return described
        occurrence = self._occurrence(token)
        if occurrence is not None:
            return occurrence
        if any(c.dep_ == "nmod" and self.mention(c) is not None and
               self.kb.is_a(self.mention(c).key, EVENT) for c in token.children):
            return None  # "la edición de la CPAC" names the CPAC
        span = capitalized_name(token) or self._name_after(token) or self._described(token)
        opened = None if span is not None else place_opened_name(self, token)
        span = span or opened
        if span is not None:
            label = self.doc[span[0]:span[1] + 1].text
        else:
            # "la cumbre de Toledo"; not "el festival de Vox en Madrid", held there
            place = self._place_of(token)
            if place is None or not is_definite(token) or \
                    token.morph.get("Number") == ["Plur"] or \
                    folded_lemma(token) not in PLACED_EVENTS:
                return self._party_gathering(token)
            span = (token.i, place[1])
            label = token.text.capitalize() + " de " + self.doc[place[0]:place[1] + 1].text
        key = NEW + slug(label)
        if key not in self.proposals:
            if key in self.linked.entities:
                _kind_alias(token, span, label, self.linked.entities[key])
                return End(key, span[0], span[1])
            words = label.split()
            start = next((w for w in words if not re.match(r"^[IVXL]+$|^\d", w)), words[0])
            entity = CandidateEntity(key, label, event_class([start]), example=token.sent.text)
            self.proposals[key] = entity
            self.kb.candidates[key] = entity
        if opened is not None:
            relink_as_event(self, opened, key, self.proposals[key].cls)
        _kind_alias(token, span, label, self.proposals[key])
        self.named_events.setdefault(key, span[0])
        for index in range(span[0], span[1] + 1):
            self._event_at.setdefault(index, (key, span))
        return End(key, span[0], span[1])

    def _occurrence(self, token) -> End | None:
        """"la cena de gala del Foro Madrid", "un encuentro del Foro de Madrid en Lima": one
        gathering of a series, an event of its own; "la edición de la CPAC" is the series."""
        if not token.is_lower or folded_lemma(token) == "edicion" or \
                token.morph.get("Number") == ["Plur"]:
            return None
        for child in token.children:
            mention = self.mention(child)
            if child.dep_ == "nmod" and mention is not None and mention.kind != METONYM and \
                    self.kb.is_a(mention.key, SERIES) and child.i > token.i and any(
                        k.dep_ == "case" and k.lower_ in ("de", "del") for k in child.children):
                occurrence = self._propose_event(token.i, mention.end - 1)
                for index in range(token.i, mention.end):
                    self._event_at[index] = (occurrence.key, (token.i, mention.end - 1))
                return occurrence
        held = held_occurrence(self, token)
        if held is None:
            return None
        key = NEW + slug(held[0])
        if key not in self.proposals:
            entity = CandidateEntity(key, held[0], event_class(held[0].split()),
                                     example=token.sent.text)
            self.proposals[key] = entity
            self.kb.candidates[key] = entity
        self.named_events.setdefault(key, token.i)
        self._event_at[token.i] = (key, (token.i, token.i))
        # the series holds it: what follows speaks of the gathering, not of the series
        self.doc.user_data.setdefault(HOLDERS, set()).add(held[1].start)
        return End(key, token.i, token.i)

    def _own_meal(self, token) -> End | None:
        """"la cena anual de la Fundación Faro", "un almuerzo del PP": an organization's own
        meal, a gathering of its own, not the event the text is about."""
        meal = self._party_gathering(token)
        if meal is not None:
            for index in range(meal.first, meal.last + 1):
                self._event_at.setdefault(index, (meal.key, (meal.first, meal.last)))
        return meal

    def _place_of(self, token) -> tuple[int, int] | None:
        """The first and last tokens of the place in "la cumbre de Toledo": a place the linker
        knows, or a proper noun it left unlinked (a town it has never heard of)."""
        for child in token.children:
            if child.dep_ != "nmod" or not any(
                    k.dep_ == "case" and k.lower_ == "de" for k in child.children):
                continue
            mention = self.mention(child)
            if mention is not None:
                if self.kb.is_a(mention.key, PLACE) and mention.kind != METONYM:
                    return mention.start, mention.end - 1
            elif child.pos_ == "PROPN" and child.text[:1].isupper() and not any(
                    c.dep_ == "det" for c in child.children):
                return child.i, max([child.i] + [c.i for c in child.children
                                                 if c.dep_ == "flat"])
        return None

    def _name_after(self, token) -> tuple[int, int] | None:
        """"la cumbre Europa Soberana": a name after the noun, unless it names an agent, an
        event the graph holds or just a place ("la cumbre CPAC", "el foro España")."""
        start = name_start(token)
        quoted = start < len(self.doc) and self.doc[start].text in QUOTES
        if folded_lemma(token) not in NAMED_AFTER and not quoted:
            return None  # any event noun names the quoted words after it: el acto "X"
        span = name_after(token)
        if span is None:
            return None
        inside = [self.mention(self.doc[i]) for i in range(span[0], span[1] + 1)]
        whole = inside[0] if inside[0] is not None and inside[0].start == span[0] and \
            inside[0].end - 1 == span[1] else None
        if whole is not None and whole.key.startswith(NEW) and whole.key in self.linked.entities \
                and self.kb.is_a(whole.key, ORGANIZATION) and not self.kb.is_a(whole.key, PARTY):
            # "el seminario Iberia Libre": a new name the linker took for an organization is
            # the event the noun introduces
            self.linked.entities[whole.key].cls = event_class([token.text])
            return None
        if any(m is not None and m.kind != METONYM and (
                self.is_agent(m.key) or self.kb.is_a(m.key, EVENT) or
                m.start == span[0] and m.end - 1 == span[1])
               for m in ([whole] if quoted else inside)):
            return None  # a quoted name is one whole: el acto "Almería no se rinde"
        return span

    def _party_gathering(self, token) -> End | None:
        """"el primer congreso de Chega", "la convención del Partido Liberal": a party's own
        congress or convention, one gathering of it, unless the text already named it; "la
        cumbre del Mercosur que se celebró en Asunción", "un seminario del grupo ECR": any
        organization's, held apart or a meeting of its own."""
        lemma = folded_lemma(token)
        forum = lemma in _FORUMS
        if lemma not in _GATHERINGS | _MEETINGS | _FORUMS | {"cumbre"} or \
                token.morph.get("Number") == ["Plur"] or \
                not is_definite(token) and lemma not in _MEETINGS:
            return None
        held = lemma in _MEETINGS or any(c.dep_ == "acl" and verb_lemma(c) in _HELD
                                         for c in token.children)
        # "la cumbre de Vox": an organization's summit, unless the text named its event before
        summit = lemma == "cumbre" and not held
        if lemma not in _GATHERINGS and not held and not forum and not summit:
            return None
        owners = ORGANIZATION if held or forum or summit else PARTY
        party = next((self.mention(c) for c in token.children
                      if c.dep_ == "nmod" and self.mention(c) is not None and
                      self.kb.is_a(self.mention(c).key, owners)
                      and not (forum and self.kb.is_a(self.mention(c).key, PARTY)) and
                      any(k.lower_ in ("de", "del") for k in c.children)), None)
        if party is None:
            return None
        named = set(self.named_events) | {m.key for m in self.linked.mentions
                                           if m.start < token.i and self.kb.is_a(m.key, EVENT)}
        if any(content([token.text]) <= content(self.kb.label(k).split()) for k in named):
            return None  # "la convención de Chega" after "la IV Convención Nacional de Chega"
        if summit and self._summit_named(token, named):
            return None  # "Europa Viva ... la cumbre de Vox": the one the text named
        first = next((c.i for c in token.children if c.dep_ == "amod" and c.i < token.i and
                      c.morph.get("NumType") == ["Ord"]), token.i)
        # a meeting told in passing ("intervendrá en un foro de la Heritage") is no occasion
        # the sentences around it speak of
        return self._propose_event(first, _branch_end(self.doc, party),
                                   topic=lemma not in _MEETINGS)

    def _summit_named(self, token, named) -> bool:
        """Whether the text names an event before the summit noun, or names a summit anywhere
        ("la cumbre de la PNfV" in a headline, "la VI Cumbre Transatlántica" in the lead)."""
        if any(not self.kb.is_a(k, ELECTION) and not self.kb.is_a(k, ROUND) for k in named):
            return True
        return any(t.i != token.i and fold(t.lower_) == fold(token.lower_) and
                   t.text[:1].isupper() for t in self.doc) or any(
            self.kb.is_a(m.key, SUMMIT) and m.kind != METONYM for m in self.linked.mentions)

    def _described(self, token) -> tuple[int, int] | None:
        """A name the event noun describes: "una nueva edición de Atreju", "Atreju, la fiesta
        anual del partido", "Viva 22, el festival de Vox". The name is the event's when the
        linker knows nothing else by it (a new name it took for a person or an organization
        is retyped)."""
        if fold(token.lower_) in ("edicion", "ediciones"):
            names = [c for c in token.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and
                     any(k.dep_ == "case" and k.lower_ == "de" for k in c.children)]
        elif named_by_clause(token) is not None:
            return named_by_clause(token)
        elif token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
            quoted = quoted_before(token)
            if quoted is not None:
                return quoted  # "en «X», el primer gran acto de ...": the quoted name
            head = self.mention(token.head)
            if head is not None and self.kb.is_a(head.key, PERSON) and \
                    head.end - head.start > 1 and not adjacent_name(token.head, token):
                return None  # "a Ana Gil, su candidata, en ..., el acto": no event's name
            names = [token.head]
        else:
            return None
        for name in names:
            span = (name.i, max([name.i] + [c.i for c in name.children
                                            if c.dep_ in ("flat", "compound", "nummod")]))
            mention = self.mention(name)
            if mention is None:
                return span
            entity = self.linked.entities.get(mention.key)
            if entity is not None and mention.key.startswith(NEW) and not (
                    self.kb.is_a(mention.key, PARTY) or self.kb.is_a(mention.key, EVENT) or
                    self.kb.is_a(mention.key, PLACE)):  # "en Toledo, un encuentro": where
                entity.cls = event_class([token.text])
                return None
        return None

    def _propose_event(self, first: int, last: int, topic: bool = True) -> End:
        label = self.doc[first:last + 1].text
        label = label[:1].upper() + label[1:]
        key = NEW + slug(label)
        if key not in self.proposals:
            entity = CandidateEntity(key, label, event_class(label.split()),
                                     example=self.doc[first].sent.text)
            self.proposals[key] = entity
            self.kb.candidates[key] = entity
        if topic:
            self.named_events.setdefault(key, first)
        return End(key, first, last)

    def _edition(self, mention: Mention) -> None:
        """"CPAC Argentina", "Europa Viva 26", "CPAC Brasil 2025": a series of the graph
        followed by a place, a number or both names one of its editions, a new event."""
        if not self.kb.is_a(mention.key, SERIES):
            return
        last = mention.end - 1
        numbered = placed = False  # "CPAC Brasil 2025", "Viva 24 Madrid": one of each at most
        while last + 1 < len(self.doc):
            following = self.doc[last + 1]
            place = self.mention(following)
            if not numbered and following.like_num and following.pos_ == "NUM":
                last, numbered = following.i, True
            elif not placed and place is not None and self.kb.is_a(place.key, PLACE) and \
                    place.start == following.i:
                last, placed = edition_place_end(self.doc, place.start, place.end) - 1, True
            else:
                break
        if last < mention.end:
            return
        label = self.doc[mention.start:last + 1].text
        key = NEW + slug(label)
        if key not in self.proposals:
            entity = CandidateEntity(key, label, self._edition_class(mention.key),
                                     example=following.sent.text)
            self.proposals[key] = entity
            self.kb.candidates[key] = entity
        self.named_events.setdefault(key, mention.start)
        for index in range(mention.start, last + 1):
            self._event_at[index] = (key, (mention.start, last))

    def _edition_class(self, series: str) -> str:
        """A summit when the series' names say it is one of summits or conferences ("cumbres
        CPAC", "Conservative Political Action Conference"), else an event."""
        names = self.kb.entities[series].names if series in self.kb.entities else []
        return SUMMIT if any(SUMMIT in (event_class(n.split()[:1]), event_class(n.split()[-1:]))
                             for n in names) else EVENT

    def topic_end(self, index: int, same_sentence: bool = True) -> End | None:
        """The event the text is about at token `index` (topic_event), as a reference from
        that token."""
        topic = self.topic_event(index, same_sentence)
        return None if topic is None else End(topic[1], index, index, reference=True,
                                              distance=topic[0])

    def topic_event(self, index: int, same_sentence: bool = True) -> tuple[int, str] | None:
        """(sentences back, event) of the event the text is about at token `index`: one named
        in the sentence, else the last one named in the five sentences before."""
        here = self.sentence_of(self.doc[index].idx)
        best = None
        earlier: dict[str, int] = {}
        current: dict[str, int] = {}  # events named as of the article's own time
        later: dict[str, int] = {}
        announced_only: dict[str, int] = {}
        named = [Mention(i, i + 1, "", k, EVENT) for k, i in self.named_events.items()]
        for mention in sorted(self.linked.mentions + named, key=lambda m: m.start):
            if mention.kind == METONYM or not self.kb.is_a(mention.key, EVENT) or \
                    is_document(self.kb, mention.key) or \
                    mention.start > 0 and self.doc[mention.start - 1].lower_ in ("las", "los") \
                    and self.kb.is_a(mention.key, SERIES):
                continue  # "convoca las CPAC en todo el mundo": all of them, not one held
            if mention.start in self.doc.user_data.get(HOLDERS, ()):
                continue  # "el encuentro que el Foro X celebró": the gathering is the topic
            # "CPAC Hungría": the series' name is the start of one edition's name
            key = self._event_at.get(mention.start, (self.editions.get(mention.key) or
                                                      mention.key,))[0]
            where = self.sentence_of(self.doc[mention.start].idx)
            if where == here and not same_sentence and mention.start > index:
                continue
            if where > here:
                # a profile's gathering told past its lead is not what came before it; one
                # recalled in the pluperfect is an earlier occasion
                if not _ahead(self.doc, mention.start) and key not in self.held_past_lead \
                        and not in_pluperfect(self.doc[mention.start]):
                    later.setdefault(key, where)
                continue
            if key in self.described.values() and not self.described_topic:
                continue  # "asistió a la toma de posesión de Paz": no topic beside a name
            if self._announced(mention):
                announced_only.setdefault(key, where)
                continue  # "celebrarán en primavera Europa Viva 26": not the one reported
            earlier[key] = where
            recalled = where < here and (self._recalled(mention.start) or
                                         in_pluperfect(self.doc[mention.start]))
            if not recalled:
                current[key] = where
            if here - where > 5 or recalled:
                continue
            best = (here - where, key)
        earlier, current = self._one_edition(earlier), self._one_edition(current)
        if best is None and len(earlier) == 1:
            # a text about one event only: later paragraphs still speak of it
            key, where = next(iter(earlier.items()))
            best = (here - where, key)
        elif best is None and len(current) == 1:
            # one event the text is about, besides those it recalls from other years
            key, where = next(iter(current.items()))
            best = (here - where, key)
        elif best is None and not earlier and len(announced_only) == 1 and not later:
            key, where = next(iter(announced_only.items()))  # a text about a coming event
            best = (here - where, key)
        elif best is None and not earlier and len(later) == 1:
            # a lead that tells who spoke before it names the gathering ("intervinieron A y B.
            # La concentración de X, organizada por ..."), or calls it by its noun first ("en
            # la concentración anual de su partido"): the one event of the text
            key, where = next(iter(later.items()))
            if where - here <= 3:
                best = (where - here, key)
        return best

    def _one_edition(self, events: dict[str, int]) -> dict[str, int]:
        """"la CPAC México" in the headline and "la CPAC México 2025" in the body are one
        event: a name that is another's less its closing year or number folds into it."""
        labels = {key: self.kb.label(key) for key in events}
        folded = dict(events)
        for key, label in labels.items():
            fuller = [k for k, other in labels.items() if k != key and
                      other.startswith(label + " ") and other[len(label) + 1:].isdigit()]
            if len(fuller) == 1:
                folded[fuller[0]] = max(folded.get(fuller[0], 0), folded.pop(key, events[key]))
        return folded

    def _announced(self, mention: Mention) -> bool:
        """An event named only as one to come, while the text reports another."""
        return announced(self.doc[mention.start]) and any(
            start != mention.start for start in self.named_events.values())

    def _recalled(self, index: int) -> bool:
        """"recordó que en 2022 había asistido a Viva 22": an event named in a sentence set in
        another year is a memory, not the occasion the sentences after it speak of."""
        anchor = self.document.anchor
        today = anchor.day or (anchor.date.start if anchor.date else None)
        if today is None:
            return False
        return any(t.like_num and len(t.text) == 4 and t.text.startswith(("19", "20")) and
                   t.text != str(today.year) for t in self.doc[index].sent)

    def fits_context(self, key: str, token) -> bool:
        """A common-noun name of one country's ("la oposición") means the graph's entity only
        when neither its own adjective nor the text points to another country; of a dated
        event ("la segunda vuelta"), only when the text is about its country, its sentence
        names no other country, and no other day is given for it."""
        info = self.kb.entities.get(key)
        if info is None:
            return True
        country = self.kb.country(key)
        if country is not None and not of_its_country(
                self.kb, country, token, self.elections.document_country()):
            return False  # "la oposición salvadoreña" is no "Oposición chilena"
        if info.date is None:
            return True
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


def _branch_end(doc, party) -> int:
    """Where a party's gathering's name ends: past an adjective that makes the party its
    branch ("el congreso regional del FPÖ estirio", "la convención del PP andaluz")."""
    after = party.end
    if after < len(doc) and doc[after].dep_ == "amod" and doc[after].pos_ == "ADJ" and \
            doc[after].is_lower and party.start <= doc[after].head.i < party.end and \
            "Part" not in doc[after].morph.get("VerbForm"):
        return after
    return party.end - 1
