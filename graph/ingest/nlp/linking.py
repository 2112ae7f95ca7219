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
   the full name is folded into the fullest name. Not proposed: a title's portfolio ("la
   ministra de Hacienda"), a lone given name (it names the document's person with it, if
   any), a region the graph does not hold, a lone capitalized verb or noun opening a sentence.
   A dateline's source ("Lisboa, 20 ene (Lusa).-") is an outlet. A graph name written with
   other capitals than the graph's is not it ("La tercera edición" is not La Tercera).

People sharing a surname: a full name with another given name is another person ("Karina
Milei" is not Javier Milei), while more given names after the same first one are the same
person ("Javier Gerardo Milei"). A lone surname goes to the person the graph knows by it,
whoever else the document names with it: the text says otherwise only by writing the other
full name. When the graph knows several people by it, or only the document does, the one
named most recently wins (before any is named: the first one named after it). One word of a
new person's double surname ("Feijóo" of Alberto Núñez Feijóo) names the person in the
document, without becoming an alias.

Mention kinds: name, surname, acronym, metonym (a seat of power), common (a common-noun alias
of the graph), demonym (an adjective of nationality naming a known country)."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.ingest.knowledge import (
    COALITION,
    COUNTRY,
    EVENT,
    OFFICE,
    ORGANIZATION,
    PARTY,
    PERSON,
    PLACE,
    SUMMIT,
    Knowledge,
)
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp import span_shapes as shapes
from graph.ingest.nlp.acronyms import note_acronym, short_form, spelled_out
from graph.ingest.nlp.demonym_mentions import demonym_mentions
from graph.ingest.nlp.described_names import classes_of_descriptions, parties_by_complement
from graph.ingest.nlp.document_countries import document_countries
from graph.ingest.nlp.edition_numbers import fold_unnumbered_editions
from graph.ingest.nlp.entity_types import ENTITY, acceptable_alias, entity_class
from graph.ingest.nlp.event_named_bodies import bodies_named_as_events
from graph.ingest.nlp.events import EVENT_NOUNS, looks_like_event
from graph.ingest.nlp.figure_surnames import figure_named
from graph.ingest.nlp.first_names import first_word_owners, note_person
from graph.ingest.nlp.gathering_names import gathering_name, kind_alias, kind_before, with_year
from graph.ingest.nlp.institutions import seat_of_place
from graph.ingest.nlp.nicknames import fold_nicknames, join_quoted, without_nickname
from graph.ingest.nlp.party_acronyms import other_names
from graph.ingest.nlp.party_contexts import BRANCH_PLACES
from graph.ingest.nlp.person_names import person_shaped, shortened_name
from graph.ingest.nlp.place_led_names import place_opens_name
from graph.ingest.nlp.place_surnames import people_of_place_surnames
from graph.ingest.nlp.presided_gathering_names import bodies_presided_as_posts
from graph.ingest.nlp.retyped_places import places_by_tagging, places_of_seats
from graph.ingest.nlp.short_names import fold_short_organizations
from graph.ingest.nlp.spans import NOT_NAMES, Key, Reader, Span, name_surname, tables
from graph.ingest.nlp.surname_owners import surname_owner
from graph.ingest.nlp.words import demonym_label

# Head words of an organization's name whose one-word rest names it alone ("Disenso").
ORGANIZATION_HEADS = {"fundacion", "instituto", "asociacion", "movimiento", "centro"}


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


def stands_for(mention: Mention, knowledge: Knowledge) -> tuple[str | None, str | None]:
    """What a metonym stands for: the graph's country (None when the graph does not hold it)
    and which power of it ("presidencia", "gobierno"...): "la Casa Rosada" is Argentina's
    presidency."""
    found = gz.place(mention.text)
    if found is None or found.kind != "building":
        return None, None
    return tables(knowledge).places.get(found.country or ""), found.stands_for


def link_document(doc, knowledge: Knowledge) -> Linked:
    """Every mention of `doc` (a spaCy Doc) with its entity."""
    return _Linker(doc, knowledge).run()


class _Linker:
    def __init__(self, doc, knowledge: Knowledge):
        self.r = Reader(doc, knowledge)
        self.doc, self.kb = doc, knowledge
        self.linked = Linked()
        self.doc_names: dict[Key, list[str]] = {}  # names and aliases of this document
        self.recent: list[str] = []  # keys in the order they were named
        self.weak: set[str] = set()  # new entities typed by spaCy's label alone
        self.pending: list[Span] = []  # names of several known entities, none named before
        # an acronym of the graph's that the text spelled out as a new name: "(PNL)"
        self.respelled: dict[Key, str] = {}
        self.surname_parts: dict[str, list[str]] = {}  # a word of a surname -> people
        self.given: dict[str, list[str]] = {}  # a given name -> the document's people
        self.first_words: dict[str, list[str]] = {}  # the first word of a name -> people

    def run(self) -> Linked:
        spans = join_quoted(self.r, self._spans())
        self._pair_parentheses(spans)
        country = document_countries(self.r, self.kb, spans)
        for span in spans:
            self._resolve(span, country)
        for span in self.pending:
            later = [m for m in self.linked.mentions if m.start > span.start and m.key in span.iris]
            if later:
                key = self.r.key(span.start, span.end)
                first = min(later, key=lambda m: m.start).key
                self._add(span, first, self._known_kind(span, first, key, ""))
        self._fold_surnames()
        people_of_place_surnames(self)  # "Valdivia" in a headline, then "Gerardo Valdivia R."
        places_of_seats(self)
        places_by_tagging(self)
        classes_of_descriptions(self)
        fold_short_organizations(self)
        fold_unnumbered_editions(self)
        parties_by_complement(self)
        bodies_named_as_events(self)
        bodies_presided_as_posts(self)  # "que preside el Foro X": a body
        fold_nicknames(self, spans)
        demonym_mentions(self)
        self.linked.mentions.sort(key=lambda m: m.start)
        return self.linked

    # -------------------------------------------------------------- spans

    def _spans(self) -> list[Span]:
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
            same = self._same_person(run, inner)
            if same:
                inner[0].start, inner[0].iris = run.start, same  # "Javier Gerardo Milei"
            elif self._run_wins(run, inner):
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

    def _same_person(self, run: Span, inner: list[Span]) -> set[str]:
        """The known people a run names with more given names than the graph writes: a run of
        given names, then a known surname, and the first given name is the person's."""
        first = inner[0]
        if len(inner) != 1 or first.start == run.start or first.end != run.end:
            return set()
        lead = self.r.key(run.start, first.start)
        if not all(gz.is_given_name(w) or len(w) == 1 for w in lead):
            return set()
        return {i for i in first.iris if PERSON in self.kb.classes(i)
                and gz.fold_key(self.kb.entities[i].label)[:1] == lead[:1]}

    def _run_wins(self, run: Span, inner: list[Span]) -> bool:
        """A longer name around a known one is another entity: "Karina Milei" around "Milei",
        "Fundación Kast" around "Kast"; not "el presidente Milei" (trimmed already)."""
        key = self.r.key(run.start, run.end)
        if gz.head_class(key) or gz.known_class(key) or gz.place(key) or key[-1].isdigit() \
                or place_opens_name(self, run, inner):
            return True  # "Cumbre de Madrid", "Trump Tower", "Europa Viva 26"
        first = inner[0]
        if len(inner) == 1 and first.start == run.start and first.end < run.end and \
                self.r.keys[first.end] not in (("de",), ("del",), ("en",)):
            # "Vox Galicia", "Vox Asturias": a party, then its region or city with no
            # preposition, is the branch's own name ("Vox de Madrid" stays the party's)
            rest = gz.place(self.r.key(first.end, run.end))
            party = any(c.endswith("PoliticalParty") for i in first.iris
                        for c in self.kb.classes(i))
            if party and rest is not None and rest.kind in BRANCH_PLACES:
                run.ner = "ORG"  # the model reads the place in it: "Vox Murcia" is no city
                return True
        if first.start > run.start:
            lead = self.r.key(run.start, first.start)
            if all(gz.is_given_name(w) for w in lead) and len(first.iris) >= 1 and \
                    all(PERSON in self.kb.classes(i) for i in first.iris) and \
                    first.end - first.start <= 2 and len(inner) == 1:
                return True
        return False

    def _uncovered(self, run: Span, taken: set[int]) -> list[Span]:
        out, i = [], run.start
        while i < run.end:
            if i in taken:
                i += 1
                continue
            j = i
            while j < run.end and j not in taken:
                j += 1
            for part in self.r.trim(i, j):
                touching = part.start - 1 in taken or part.end in taken
                if part.end - part.start > 1 or not touching or part.place is not None:
                    out.append(part)  # not "Latino" cut from "CPAC Latino"
            i = j
        return out

    def _pair_parentheses(self, spans: list[Span]) -> None:
        by_start = {s.start: s for s in spans}
        for span in spans:
            end = span.end
            if not span.iris and end + 3 < len(self.doc) and self.r.texts[end + 1] == "(" and \
                    not self.r.caps[end] and demonym_label(self.doc[end]) is not None:
                # "el Partido del Progreso noruego (FrP)": a new name, its country's adjective
                # and then its acronym (a known name's adjective may make it another party)
                end += 1
            if end + 2 < len(self.doc) and self.r.texts[end] == "(":
                inner = by_start.get(end + 1)
                if inner is not None and inner.end < len(self.doc) and \
                        self.r.texts[inner.end] == ")" and self._may_rename(span) and \
                        self._may_rename(inner) and not (span.iris and inner.iris):
                    inner.alias_of = span

    def _may_rename(self, span: Span) -> bool:
        """Whether "(…)" after it may be another name of it: organizations and events take
        acronyms and translations; "Abascal (Vox)" and "Madrid (España)" are two entities."""
        if span.place is not None:
            return False
        if span.iris:
            return not any(self.kb.classes(i) & {PERSON, PLACE} for i in span.iris)
        text = self.r.text(span.start, span.end)
        return entity_class(text, ner_label=span.ner, head=span.head) not in (PERSON, PLACE,
                                                                              COUNTRY)

    # -------------------------------------------------------------- resolving

    def _resolve(self, span: Span, countries: set[str]) -> None:
        text, key = without_nickname(self.r, span)
        if span.alias_of is not None and span.alias_of.key is not None:
            target = span.alias_of
            if span.iris and target.key.startswith(NEW) and \
                    not spelled_out(text, self.r.text(target.start, target.end)):
                # "Red Política de Valores (Political Network for Values)": the known name
                # names both. Not a new full name its acronym spells, though the graph knows
                # the acronym as another's: "Partido Nacional Liberal (PNL)" in Romania is
                # not Chile's Partido Nacional Libertario.
                self._relink(target, self._choose(span.iris))
            else:
                if span.iris:
                    self.respelled[key] = target.key
                if target.key.startswith(NEW):
                    entity = self.linked.entities[target.key]
                    if short_form(entity.label) and " " in text and \
                            acceptable_alias(entity.label, text):
                        # "el FrP (Partido del Progreso)": the full name labels it
                        entity.label, entity.aliases = text, [entity.label, *entity.aliases]
                    elif text not in entity.aliases and acceptable_alias(text, entity.label):
                        entity.aliases.append(text)
                self._name(key, target.key)
                span.iris = set()
            self._add(span, target.key, "acronym" if text.isupper() else "name")
            return
        if key in self.respelled:  # "el PNL" after "el Partido Nacional Liberal (PNL)"
            self._add(span, self.respelled[key], "acronym")
            return
        if span.iris:
            if span.common and not self._common_ok(span, countries):
                return
            iri = self._choose(span.iris)
            if iri is None:
                self.pending.append(span)  # "Ferrer y Aguirre" in a headline: see what follows
                return
            self._add(span, iri, self._known_kind(span, iri, key, text))
            return
        found = surname_owner(self, set(self.doc_names.get(key, ()))) or (  # "Bolsonaro"
            surname_owner(self, set(self.surname_parts.get(key[0], ()))) if len(key) == 1
            else None)
        if found is None and "de" in key[1:]:
            # "Tribunal Superior Electoral de Brasil" after "Tribunal Superior Electoral"
            cut = len(key) - 1 - key[::-1].index("de")
            if gz.place(key[cut + 1:]) is not None and gz.has_head(key[:cut]):
                found = self._choose(set(self.doc_names.get(key[:cut], ())))
        if found is not None:
            shorter = len(key) < len(gz.fold_key(self._label(found)))
            self._add(span, found, "acronym" if text.isupper() and len(key) == 1 else
                      "surname" if shorter else "name")
            return
        if owners := first_word_owners(self.r, span, self.first_words):
            if len(owners) == 1:  # "Hablé con Viktor"
                self._add(span, owners[0], "given name")
            return
        if span.place is not None:
            iri = self.r.t.places.get(span.place.name)
            if iri is None and span.place.kind == "region":
                return  # "el Atlántico", "Sudamérica": where, not who; the graph holds its own
            if iri is None:
                label = span.place.name if span.place.kind == "country" else text
                iri = self._propose(span, label, span.place.cls, [])
            self._add(span, iri, span.kind, PLACE if span.kind == "metonym" else None)
            return
        if figure := figure_named(self.r, span.start, span.end):  # "Buxadé" alone
            self._add(span, self._propose(span, figure, PERSON, [text]), "surname")
            return
        self._new(span, text, key)

    def _known_kind(self, span: Span, iri: str, key: Key, text: str) -> str:
        if span.common:
            return "common"
        if span.place is not None and span.place.kind == "building":
            return "metonym"
        label = gz.fold_key(self.kb.entities[iri].label)
        if len(key) < len(label) and label[-len(key):] == key and PERSON in self.kb.classes(iri):
            return "surname"  # "Milei" for Javier Milei
        if text.isupper() and len(key) == 1 and len(label) > 1:
            return "acronym"
        return span.kind

    def _common_ok(self, span: Span, countries: set[str]) -> bool:
        own = shapes.own_demonym(self.r, span)
        if own is not None:
            # "la oposición salvadoreña" is no "Oposición chilena", whatever the text is about
            return any(self.kb.country(i) == self.r.t.places.get(own, own) for i in span.iris)
        if self.r.caps[span.start] and not self.r.initial(span.start):
            return True
        if span.end - span.start > 1 and not any(self.kb.country(i) for i in span.iris):
            return True  # "internacional reaccionaria": specific without a country
        return any(self.kb.country(i) in countries for i in span.iris if self.kb.country(i))

    def _name(self, key: Key, entity: str) -> None:
        keys = self.doc_names.setdefault(key, [])
        if entity not in keys:
            keys.append(entity)

    def _choose(self, keys: set[str]) -> str | None:
        """The one entity, or the one of them named most recently."""
        if len(keys) == 1:
            return next(iter(keys))
        for key in reversed(self.recent):
            if key in keys:
                return key
        return None

    def _new(self, span: Span, text: str, key: Key) -> None:
        single = span.end - span.start == 1
        if shapes.dateline(self.r, span):
            span.head = "agencia"  # "Lisboa, 20 ene (Lusa).- ..." names the source
        elif shapes.dateline_place(self.r, span):
            span.head = "ciudad"  # "CÁCERES, 12 nov (EFE).-": capitals are no acronym
        shaky = not span.head and not text.isupper()  # no noun or capitals vouch for it
        if single and (" ".join(key) in NOT_NAMES or gz.title(key) is not None or
                       shaky and (self.r.pos[span.start] != "PROPN" or not span.ner)):
            return
        if len(key) == 1 and gz.demonym(key[0]) and not span.head:
            return
        if shapes.portfolio(self.r, span) or single and shapes.not_a_name(self.r, span, text, key):
            return
        titled = span.head is not None and gz.title(span.head) is not None
        if single and gz.is_given_name(key[0]) and not text.isupper() and not titled:
            found = self._choose(set(self.given.get(key[0], ())))
            if found is not None:  # "Eduardo" after "Eduardo Bolsonaro"
                self._add(span, found, "given name")
            return
        ner = span.ner
        if single and ner == "LOC" and self._acts(span.start):
            ner = "PER"  # an unknown "place" that attends, speaks or votes is a person
        if shapes.of_pollster(self.r, span) or shapes.led_by_title(self.r, span) or \
                shapes.of_party_body(self.r, span):
            ner = "ORG"  # "una encuesta de Cadem", "el líder de Tisza", "la bancada de X"
        if ner != "PER" and person_shaped(self.doc, span.start, span.end, key):
            ner = "PER"
        if single and ner == "PER" and not span.head and span.start > 0 and \
                self.r.keys[span.start - 1] in shapes.DETERMINERS:
            ner = None  # "del Brexit": a name after an article is rarely a person's
        cls = entity_class(text, ner_label=ner, head=span.head)
        if cls == PERSON and span.start >= 2 and seat_of_place(self.r.keys[span.start - 2],
                                                               self.r.keys[span.start - 1]):
            cls = PLACE  # "la alcaldesa de Marbella"
        if cls == PERSON and shapes.articled_name(self.r, span, key):
            cls = ORGANIZATION  # "la Revolución Ciudadana": no article before a person's name
        if not looks_like_event(text) and (not set(key) & EVENT_NOUNS or cls == ORGANIZATION):
            # "Concentración de Pontida, la cita anual": its head word also opens movements
            cls = shapes.apposed_event(self.r, span, key) or cls
        edition: list[str] = []
        if cls == ENTITY and gathering_name(self.r, span):
            cls = EVENT  # "la J-CPAC 2025 reunió a 1.500 personas"
        if cls in (EVENT, SUMMIT):
            text, edition = with_year(self.r, span, text)
            named = kind_alias(kind_before(self.r, span) or "", text)
            edition += [named] if named else []
        if cls in (PERSON, ORGANIZATION, ENTITY, COALITION) and \
                shapes.apposed_party(self.r, span):  # "Coalición Canaria, el partido que"
            cls = PARTY
        if cls == ENTITY or cls == OFFICE and "de" not in key and "del" not in key:
            return  # a bare title names a post of nobody in particular
        aliases = edition
        surname = None
        if cls == PERSON:
            # a two-word name whose given name the gazetteer lacks ("Lilia Lemoine") is still a
            # given name and a surname ("Vicent Soler Borràs": an unlisted given name and the two
            # surnames of Spanish usage, either of which may name the person later)
            surname = name_surname(key) or (key[1:] if len(key) in (2, 3) and
                                             not gz.PARTICLES & set(key) else None) or (
                key[1:] if len(key) >= 3 and key[1] in gz.SURNAME_PARTICLES | {"de", "del"}
                else None)  # "Abelardo de la Espriella": the surname opens on its particle
        if surname:
            starts = [k for k in range(span.start + 1, span.end)
                      if self.r.key(k, span.end) == surname]
            if surname and surname != key and starts:
                first = starts[-1]
                while first < span.end - 1 and self.r.keys[first] in (("de",), ("del",), ("la",)) \
                        and not self.r.caps[first]:
                    first += 1  # "Arístegui" rather than "de Arístegui" in Spanish usage
                alias = self.r.text(first, span.end)
                if acceptable_alias(alias, text) and surname not in self.r.t.names:
                    aliases.append(alias)  # never a name the graph gives someone else
        if cls != PERSON and 2 <= len(key) <= 4 and key[0] in ORGANIZATION_HEADS and \
                all(self.r.caps[span.start + 1:span.end]) and key[1:] not in self.r.t.names:
            # "Fundación Disenso", "Movimiento Viva México": "Disenso", "Viva México" alone
            # name it later in the document
            alias = self.r.text(span.start + 1, span.end)
            if acceptable_alias(alias, text):
                aliases.append(alias)
        found = self._propose(span, text, cls, aliases)
        if cls == PERSON and surname and (len(surname) > 1 or gz.is_given_name(surname[0])):
            for part in surname:
                # "Feijóo" for Alberto Núñez Feijóo, and "Paz" for Rodrigo Paz (a surname that
                # is also a given name, so no alias), within this document only.
                if part not in gz.PARTICLES and part not in self.r.t.names:
                    self.surname_parts.setdefault(part, []).append(found)
        if entity_class(text, head=span.head) == ENTITY:
            self.weak.add(found)
        self._add(span, found, "acronym" if text.isupper() and single else "name")

    def _acts(self, i: int) -> bool:
        return self.r.deps[i] in ("nsubj", "nsubj:pass") and self.r.head_pos[i] in ("VERB", "AUX")

    def _propose(self, span: Span, label: str, cls: str, aliases: list[str]) -> str:
        if cls not in (PERSON, PLACE, COUNTRY):
            known = {i for n in other_names(label) for i in self.r.t.names.get(gz.fold_key(n), ())}
            if len(known) == 1:
                return known.pop()  # "Red Política de Valores": the graph's by another name
            aliases = aliases + [n for n in other_names(label) if n not in aliases]
        key = NEW + slug(label)
        if key in self.kb.entities:
            key += "-2"
        entity = self.linked.entities.get(key)
        if entity is None:
            sentence = self._sentence(span.start)
            self.linked.entities[key] = CandidateEntity(key, label, cls, list(aliases), 0,
                                                        sentence)
        else:
            for alias in aliases:
                if alias not in entity.aliases:
                    entity.aliases.append(alias)
        for name in [label, *aliases]:
            self._name(gz.fold_key(name), key)
        return key

    def _add(self, span: Span, key: str, kind: str, cls: str | None = None) -> None:
        span.key = key
        first = self.r.keys[span.start][:1]
        if kind == "name" and span.end - span.start > 1 and first and gz.is_given_name(first[0]):
            people = self.given.setdefault(first[0], [])
            if key not in people:
                people.append(key)
        if cls is None:
            cls = self.linked.entities[key].cls if key.startswith(NEW) else \
                most_specific(self.kb, key)
        note_person(self, key, cls)
        if key.startswith(NEW):
            self.linked.entities[key].mentions += 1
        text = self.r.text(span.start, span.end)
        self.linked.mentions.append(Mention(span.start, span.end, text, key, cls, kind))
        self.recent.append(key)
        note_acronym(self, key, text, kind, cls)

    def kb_class(self, iri: str) -> str:
        return most_specific(self.kb, iri)

    def _relink(self, span: Span, iri: str | None) -> None:
        """A new entity that turned out to be known: its mentions and names move to `iri`."""
        old = span.key
        if iri is None or old is None:
            return
        entity = self.linked.entities.pop(old)
        for mention in self.linked.mentions:
            if mention.key == old:
                mention.key, mention.cls = iri, most_specific(self.kb, iri)
        for name in [entity.label, *entity.aliases]:
            self.doc_names[gz.fold_key(name)] = [iri]
        self.recent = [iri if k == old else k for k in self.recent]
        span.key = iri

    def _sentence(self, i: int) -> str:
        """The sentence of token `i`; of its line when the parser ran a headline into it."""
        r = self.r
        first, last = next((a, b) for a, b in r.sentences if a <= i < b)
        begin = r.idx[first]
        text = r.full[begin:r.idx[last - 1] + len(r.texts[last - 1])]
        offset = r.idx[i] - begin
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        return text[start:end if end >= 0 else len(text)].strip()

    def _label(self, key: str) -> str:
        if key.startswith(NEW):
            return self.linked.entities[key].label
        return self.kb.entities[key].label

    def _fold_surnames(self) -> None:
        """"Orbán ... Viktor Orbán": the surname's early proposal joins the fullest name; so
        does a name that a fuller one goes on ("Lucía Ferrer ... Lucía Ferrer Ibáñez", a
        second surname); a first surname joins the double one it opens ("Benítez ...
        Rodrigo Benítez Ayala"); two surnames join the full name they end ("Rosa Méndez ...
        Pedro Rosa Méndez")."""
        people = [e for e in self.linked.entities.values() if e.cls == PERSON]
        shorts = [e for e in self.linked.entities.values()
                  if e.cls == PERSON or e.key in self.weak and len(gz.fold_key(e.label)) == 1]
        for short in shorts:
            key = gz.fold_key(short.label)
            fuller = [e for e in people if e is not short and len(gz.fold_key(e.label)) >
                      len(key) and (any(gz.fold_key(a)[:len(key)] == key for a in e.aliases) or (
                          short.cls == PERSON and len(key) >= 2 and
                          (key in (gz.fold_key(e.label)[:len(key)],
                                   gz.fold_key(e.label)[-len(key):]) or
                           shortened_name(key, gz.fold_key(e.label)))))]
            if not fuller:
                continue
            # Of several ("Jair Bolsonaro", "Eduardo Bolsonaro"), the one named first after.
            opening = {m.key: m.start for m in reversed(self.linked.mentions)}
            self.fold(short, min(fuller, key=lambda e: opening.get(e.key, len(self.doc))).key)

    def fold(self, short: CandidateEntity, key: str) -> None:
        """The proposal `short` was another name of `key`: its mentions go there."""
        for mention in self.linked.mentions:
            if mention.key == short.key:
                mention.key, mention.kind = key, "surname"
                if not key.startswith(NEW):
                    mention.cls = most_specific(self.kb, key)
        target = self.linked.entities.get(key)
        if target is not None:
            target.mentions += short.mentions
            first = min(m.start for m in self.linked.mentions if m.key == key)
            target.example = self._sentence(first)
        del self.linked.entities[short.key]
