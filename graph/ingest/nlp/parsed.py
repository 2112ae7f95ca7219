"""A document parsed once: spaCy's tokens mapped to the document's sentences and to the linked
mentions, and the ends a phrase of the parse names (its names, its coordinated names, the
person a title stands beside, or what a reference points back to)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from graph.ingest.knowledge import (
    AGENT,
    EVENT,
    ORGANIZATION,
    PARTY,
    PERSON,
    Knowledge,
)
from graph.ingest.model import CandidateEntity, Document
from graph.ingest.nlp.apposed_events import named_in_apposition
from graph.ingest.nlp.bodies import body_ends
from graph.ingest.nlp.counted_groups import standalone_count
from graph.ingest.nlp.dated_editions import dated_editions
from graph.ingest.nlp.de_lists import continues_de_list
from graph.ingest.nlp.described_events import describe_events
from graph.ingest.nlp.detached_items import detached_items
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.elections import Elections
from graph.ingest.nlp.ends import (
    COMMON,
    DEMONYM,
    METONYM,
    End,
    gender_of,
    preposition_of,
)
from graph.ingest.nlp.epithets import epithet_holder
from graph.ingest.nlp.event_parts import gathering_of_part
from graph.ingest.nlp.event_reading import EventReading
from graph.ingest.nlp.events import (
    MEALS,
    EventIndex,
    event_class,
    is_definite,
    is_event_noun,
    looks_like_event,
    phrase_words,
)
from graph.ingest.nlp.host_referents import host_of, is_host_noun
from graph.ingest.nlp.inner_conjuncts import inner_conjuncts
from graph.ingest.nlp.kin_partners import kin_partner
from graph.ingest.nlp.linking import Linked, Mention
from graph.ingest.nlp.organizer_names import organizers_retyped
from graph.ingest.nlp.our_parties import our_party
from graph.ingest.nlp.pair_pronouns import pair_antecedent, plural_taken_up, says_a_pair
from graph.ingest.nlp.pair_roles import fitting_pair
from graph.ingest.nlp.pair_words import standalone_pair
from graph.ingest.nlp.partner_titles import partner_title
from graph.ingest.nlp.party_congresses import record_party_congresses
from graph.ingest.nlp.party_names import parties_retyped
from graph.ingest.nlp.party_organs import organ_owner
from graph.ingest.nlp.party_pairs import is_party_pair, party_pair
from graph.ingest.nlp.party_subjects import bare_party
from graph.ingest.nlp.possessed_campaigns import campaign_owner
from graph.ingest.nlp.quoted_events import quoted_events_retyped
from graph.ingest.nlp.references import ReferenceReading
from graph.ingest.nlp.sole_gatherings import sole_gathering
from graph.ingest.nlp.titled_appositions import titled_holder
from graph.ingest.nlp.video_messages import is_recorded_message, message_senders
from graph.ingest.nlp.whose_parties import whose_party
from graph.ingest.nlp.words import (
    KIN,
    PAIR_WORDS,
    PERSON_NOUNS,
    UNREFERRED,
    base_role,
    demonym_label,
    folded_lemma,
    is_role_noun,
)
from graph.ingest.reading import fold

__all__ = ["COMMON", "DEMONYM", "METONYM", "End", "Parsed", "gender_of", "preposition_of"]

_PARTICIPATION = {"intervencion", "participacion", "presencia", "asistencia", "ponencia",
                  "discurso", "conferencia magistral"}
# what one backs of a person's: "respaldó la candidatura de X", "apoya la reelección de Y"
CAMPAIGNS = {"candidatura", "campana", "postulacion", "precandidatura", "reeleccion"}
_GROUPS = {"patronato", "comite", "direccion", "directiva", "ejecutiva", "junta", "consejo",
           "bancada", "grupo", "cupula", "mesa", "equipo", "bloque", "ejecutivo", "fila"}


# Generic nouns a party's name may follow.
_PARTY_NOUNS = {"partido", "formacion", "colectividad", "movimiento", "agrupacion"}
# Verbs of belonging to a group, whose subject "su partido, X," is the party named beside it
# (what else that party did, the text may say of the owner's party at large)
_BELONGING = {"pertenecer", "formar", "integrar", "militar", "sentar"}


@dataclass
class Parsed(EventReading, ReferenceReading):
    document: Document
    doc: object  # spaCy Doc
    linked: Linked
    kb: Knowledge
    starts: list[int] = field(default_factory=list)  # the document sentences' first characters
    # sentence -> (token, person) of the persons acting in it, in text order
    subjects: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    carried: dict[int, str] = field(default_factory=dict)  # sentence -> its dropped subject
    gender: dict[str, str] = field(default_factory=dict)  # person -> "Fem" or "Masc"
    named_gender: dict[str, str | None] = field(default_factory=dict)  # by the given name
    nationality: dict[str, str] = field(default_factory=dict)  # person -> country the text gave
    titled: dict[str, set[str]] = field(default_factory=dict)  # role word -> persons with it
    titled_at: dict[tuple[str, str], int] = field(default_factory=dict)  # (word, person) -> first
    affiliation: dict[str, str] = field(default_factory=dict)  # organization -> its person
    leaders: dict[str, str] = field(default_factory=dict)  # organization -> its leader
    branch_heads: set[tuple[str, str]] = field(default_factory=set)  # (party, its branch's head)
    proposals: dict[str, CandidateEntity] = field(default_factory=dict)  # entities it names
    named_events: dict[str, int] = field(default_factory=dict)  # event -> first token
    sole_gatherings: set[str] = field(default_factory=set)  # described, reported
    pairs: list[tuple[int, str, str]] = field(default_factory=list)  # claims between persons
    rivals: list[tuple[int, str, str]] = field(default_factory=list)  # opponentOf claims
    candidates_named: set[str] = field(default_factory=set)  # persons the text made candidates
    editions: dict[str, str] = field(default_factory=dict)  # series -> its edition the text dates
    meetings_of_two: dict[str, tuple[str, str]] = field(default_factory=dict)  # -> who held it
    party_adjectives: dict[str, str] = field(default_factory=dict)  # "libertario" -> its party

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
        quoted_events_retyped(self)
        organizers_retyped(self)
        parties_retyped(self)
        for mention in self.linked.mentions:
            self._edition(mention)
        dated_editions(self)
        for token in self.doc:
            if folded_lemma(token) == "mision" and self.mention(token) is None:
                # "el jefe de la misión de la UE": the mission, a body of its own, is named
                # as one whole, not the organization that sends it
                for end in body_ends(self, token):
                    mission = Mention(end.first, end.last + 1, "", end.key, ORGANIZATION)
                    self._at.update(dict.fromkeys(range(end.first, end.last + 1), mission))
        # events the text reports without naming them, by their kind noun (described_events)
        self.described: dict[int, str] = {}
        # an organization's own meals, which being at ("estuvo en la cena") leaves to the
        # meeting readings
        self.own_meals: set[int] = set()
        self.described_topic = False
        # events first told past the lead, which the sentences before them do not speak of
        self.held_past_lead: set[str] = set()
        record_party_congresses(self)
        for token in self.doc:
            # events named anywhere before a sentence are what its lists may be about
            if is_event_noun(token) and self.mention(token) is None:
                self.name_event(token)
            elif folded_lemma(token) in MEALS and token.pos_ == "NOUN" and \
                    self.mention(token) is None:
                # "la cena de gala del Foro Madrid", one gathering of a series; "la cena anual
                # de la Fundación Faro", an organization's own
                if self._occurrence(token) is None and self._own_meal(token) is not None:
                    self.own_meals.add(token.i)
        self.described = describe_events(self)
        sole_gathering(self, self.described)

    # ------------------------------------------------------------ positions

    def sentence_of(self, token) -> int:
        index = token if isinstance(token, int) else token.idx
        return max(bisect.bisect_right(self.starts, index) - 1, 0)

    def mention(self, token) -> Mention | None:
        return self._at.get(token.i)

    def party_named(self, i: int) -> Mention | None:
        """The mention that token `i`, after "de", opens, past an article and a generic party
        noun ("Tarcísio, del partido Republicanos", "de la formación Vox")."""
        doc = self.doc
        j = i + 1 if doc[i].lower_ in ("la", "el") else i
        if j + 1 < len(doc) and doc[j].is_lower and fold(doc[j].lower_) in _PARTY_NOUNS and \
                doc[j + 1].text[:1].isupper():
            i = j + 1
        # ("de la Unión Cívica Radical": a name that leaves its article out)
        return self.mention(doc[i]) or (self.mention(doc[j]) if j < len(doc) else None)

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
            for end in list(found):
                # "el diputado X y Rocío Monasterio": the small model coordinates the next
                # name with the title's name, not with the title
                name = self.doc[end.mention.start] if end.mention else None
                if name is not None and name.head.i == token.i and name.dep_ == "appos":
                    found += [e for c in name.children if c.dep_ == "conj"
                              for e in self.ends(c)]
                # "Rocío de Meer y Paloma Valencia": the next name hung on a word inside the name
                found += [e for c in inner_conjuncts(self.doc, end.mention, token)
                          for e in self.ends(c)] if end.mention else []
            for child in token.children:
                if child.dep_ == "conj" and is_role_noun(token) and is_role_noun(child) and \
                        not any(c.dep_ == "det" for c in child.children):
                    # "el vicepresidente y líder de la Liga, X": two titles of one person,
                    # the name beside the second; with none there, both stand for whoever
                    # the first does ("el vicepresidente y ministro de X recibió a Y")
                    second = self.ends(child)
                    found = [e for e in found if not e.reference] + second if second else found
                    continue
                if child.dep_ == "conj" and not self._closes_list(token, child) or \
                        self._titled_item(token, child, found):
                    found += self.ends(child)
            if found:
                for item in detached_items(self, token, found):
                    found += self.ends(item)
            found += self._one_per_country(token, found)
        seen, out = set(), []
        for end in found:
            if end.key not in seen:
                seen.add(end.key)
                out.append(end)
        return out

    def _titled_item(self, token, child, found: list[End]) -> bool:
        """"contará con el presidente argentino, Javier Milei, el líder de Vox, Santiago
        Abascal, ...", "el líder de Vox, X; el chileno Y": the small model hangs each later
        "title, name" item of such a list as an apposition of the one before. A determined
        title after a named person, itself naming another person, is the next item, not a
        description."""
        if child.dep_ != "appos" or child.i < token.i or child.pos_ != "NOUN" or \
                not any(c.dep_ == "det" for c in child.children) or \
                _before_phrase(child).text not in (",", ";") or \
                not any(self.is_person(e.key) and e.last < child.i for e in found):
            return False
        named = self._named_beside(child)
        return bool(named) and all(e.key != named[0].key for e in found)

    def _one_per_country(self, token, found: list[End]) -> list[End]:
        """"Los presidentes de Paraguay, X, y de Bolivia, Y": a plural title's later names,
        which the small model coordinates with the first country."""
        if not is_role_noun(token) or token.morph.get("Number") != ["Plur"] or \
                not any(self.is_person(e.key) for e in found):
            return []
        more = []
        for t in token.subtree:
            mention = self.mention(t)
            if t.dep_ != "conj" or t.i < token.i or mention is None or \
                    not self.is_person(mention.key) or mention.start != t.i:
                continue
            chain = t
            while chain.i != token.i and chain.dep_ in ("conj", "nmod", "appos", "flat"):
                chain = chain.head
            if chain.i == token.i:
                more.append(End.of(mention))
        return more

    def _closes_list(self, token, child) -> bool:
        # "Kast, y luego Milei" still coordinates; a clause after "pero" does not, nor an
        # "además de" the small model hangs past a clause ("fundó X, a la que pertenecen A y B,
        # además de C": C goes with A and B)
        # "Paz, del PDC, no ha...": a "de" phrase with no conjunction is where one is from
        if not any(c.dep_ == "cc" for c in child.children) and preposition_of(child) == "de" \
                and preposition_of(token) != "de":
            return True
        return any(c.dep_ == "cc" and folded_lemma(c) in ("pero", "sino") for c in child.children) \
            or any(c.dep_ == "cc" and fold(c.lower_) == "ademas" for c in child.children) and any(
                t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Fin"]
                for t in self.doc[token.i + 1:child.i])

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
                # "el checo Andrej Babiš", "el chileno" name a person; "argentino" modifies,
                # unless a name stands beside it ("y al chileno X", tagged an adjective)
                if token.pos_ != "NOUN" and not any(c.dep_ == "appos" and c.pos_ == "PROPN"
                                                    for c in token.children):
                    return []
                return self._named_beside(token) or self._role_reference(token)
            return [End.of(mention)]
        if token.pos_ == "NOUN" and folded_lemma(token) in ("partido", "formacion") and \
                folded_lemma(token.head) in _BELONGING:
            named = next((self.mention(c) for c in token.children if c.dep_ == "appos" and
                          self.mention(c) is not None and
                          self.kb.is_a(self.mention(c).key, PARTY)), None)
            if named is not None:
                return [End.of(named)]  # "su partido, Smer, no pertenece a X": the one named
        if token.pos_ == "NOUN" and folded_lemma(token) in ("partido", "formacion") and any(
                c.dep_ == "det" and c.lower_ == "su" for c in token.children):
            # "Ventura aseguró que su partido ...": the party the text tied its owner to
            party = self.own_party(token)
            return [End(party, token.i, token.i, reference=True, distance=1)] if party else []
        whose = whose_party(self, token)
        if whose is not None:
            return whose  # "X, con cuyo partido Vox gobernó": X's party
        ours = our_party(self, token) if token.pos_ == "NOUN" else None
        if ours is not None:
            return ours  # "«… de nuestro partido»": the speaker's
        if token.pos_ == "NOUN" and bare_party(self, token):
            return bare_party(self, token)  # "La formación organiza …": the party named before
        if token.pos_ == "NOUN" and demonym_label(token) and is_definite(token) and \
                token.morph.get("Number") != ["Plur"]:
            # "el húngaro viajó a Viena" of a country the graph does not hold
            return self._named_beside(token) or self._role_reference(token)
        if token.pos_ == "NOUN" and any(
                c.dep_ in ("det", "nummod", "amod") and fold(c.lower_) in PAIR_WORDS | {"dos"}
                for c in token.subtree if c.i < token.i) and \
                token.morph.get("Number") == ["Plur"] and _the_pair(token):
            if is_party_pair(token):
                # "ambos partidos", "las dos formaciones": two parties named, else two
                # people, whose parties the extractor puts in their place (party_pairs.py)
                return party_pair(self, token) or self._pair(token)
            # "ambos dirigentes", "los dos líderes"
            return fitting_pair(self, token, self._pair(token))
        if is_host_noun(token):
            return host_of(self, token)  # "respaldó a su anfitriona"
        kin = kin_partner(self, token)
        if kin:
            return kin  # "habló con su padre": the one other person of the speaker's surname
        if token.pos_ == "NOUN":
            named = self._among(token)
            if folded_lemma(token) in CAMPAIGNS:
                # "respaldó la candidatura de X": the support goes to X
                named = [e for c in token.children if c.dep_ == "nmod" and
                         preposition_of(c) == "de" for e in self.ends(c)
                         if self.is_person(e.key)] or campaign_owner(self, token)
            if named:
                return named
        if token.pos_ in ("NOUN", "PROPN") and is_role_noun(token):
            named = self._named_beside(token) or self._person_in_apposition(token)
            if named:
                # (imported here: the module reads a Parsed)
                from graph.ingest.nlp.distributed_titles import distributed_holders
                named = named + [e for e in distributed_holders(self, token)
                                 if e.key not in {n.key for n in named}]
            if named or base_role(token)[0] in UNREFERRED:
                return named  # "el único amigo de la libertad" refers to nobody named before
            return self._role_reference(token)
        if says_a_pair(token) or pair_antecedent(token) is not None or (
                plural_taken_up(token) and self._coordinated_before(token)) or \
                standalone_pair(token) or standalone_count(token):
            return self._pair(token)  # "no respaldará a ninguno de los dos finalistas"
        if token.pos_ == "PRON" or folded_lemma(token) in PAIR_WORDS:
            return self._pronoun_reference(token)
        if token.pos_ == "ADJ" and token.dep_ not in ("amod", "flat") and is_election_noun(token):
            # "las presidenciales de 2021": the small model tags the adjective used as a noun
            named = self.elections.named(token)
            return [End(named, token.i, token.i)] if named else []
        told_again = self.gathering_told_again(token)
        if told_again is not None:
            return [told_again]  # "En el pleno, el alcalde, X, defendió ..."
        if token.pos_ in ("NOUN", "PROPN"):
            # "el partido de Abascal", "la formación Vox": a name glued to a generic noun
            for child in token.children:
                if child.dep_ in ("appos", "flat", "compound", "nummod") and self.mention(child) \
                        and not self._detached_from_event(token, child) and not (
                            child.dep_ == "appos" and continues_de_list(self, token, child)):
                    return self.ends(child)
            for child in token.children:
                # "el medio X y la Fundación Y" where X went unlinked: Y is still named
                if child.dep_ == "appos" and child.pos_ == "PROPN" and \
                        not continues_de_list(self, token, child):
                    named = [e for c in child.children if c.dep_ == "conj" for e in self.ends(c)]
                    if named:
                        return named
            if is_election_noun(token):
                named = self.elections.named(token)
                if named:
                    return [End(named, token.i, token.i)]
            named = epithet_holder(self, token) or titled_holder(self, token)
            if named:
                return named
            if token.pos_ == "NOUN":
                named = named_in_apposition(self, token)  # "la Cumbre X, un encuentro ..."
                if named:
                    return named
                iri = self.events.common(token.text, phrase_words(token))
                if iri and self.kb.is_a(iri, PARTY) and token.is_lower:
                    # the text's own party of the word before the graph's ("los libertarios"
                    # beside La Libertad Avanza)
                    iri = self.party_adjectives.get(fold(token.lower_), iri)
                if iri and self.fits_context(iri, token):
                    if self.kb.is_a(iri, PARTY) and token.is_lower and \
                            token.morph.get("Number") == ["Sing"] and is_definite(token) and \
                            folded_lemma(token) not in ("partido", "formacion"):
                        # "el republicano participó": a member, the one the text tied to it
                        return self.party_member(iri, token)
                    return [End(iri, token.i, token.i)]
            named = body_ends(self, token)
            if named:
                return named
            if folded_lemma(token) in _GROUPS and _before_phrase(token).text == ",":
                # "Patriotas por Europa, el grupo del Parlamento Europeo": the group the name
                # before the comma is, not a body of the organization after "de"
                named = self.mention(token.doc[_before_phrase(token).i - 1])
                if named is not None and self.kb.is_a(named.key, ORGANIZATION):
                    return [End.of(named)]
            if folded_lemma(token) in _GROUPS:
                # "el patronato de la Red Política de Valores": a body of the organization
                bodies = [e for c in token.children if c.dep_ == "nmod" and
                          preposition_of(c) in ("de", "del") for e in self.ends(c)
                          if self.kb.is_a(e.key, ORGANIZATION)]
                if bodies:
                    return bodies
                owner = organ_owner(self, token)  # "la dirección nacional del partido"
                if owner:
                    return owner
            if folded_lemma(token) in _PARTICIPATION:
                # "contó con las intervenciones de X, de Y y de Z": those who took part
                people = [e for c in token.children if c.dep_ == "nmod"
                          for e in self.ends(c) if self.is_agent(e.key)]
                people += [e for c in _listed_de(token) for e in self.ends(c)
                           if self.is_agent(e.key) and e.key not in {p.key for p in people}]
                if people:
                    return people
            if is_recorded_message(token):
                # "contó con un mensaje en video de X": its sender took part from afar
                people = [e for c in message_senders(token) for e in self.ends(c)
                          if self.is_agent(e.key)]
                if people:
                    return people
            whole = gathering_of_part(self, token)  # "la clausura de la cumbre"
            if whole:
                return whole
            if is_event_noun(token) or token.i in self.described:
                return self._event_ends(token)
            if folded_lemma(token) in PERSON_NOUNS or fold(token.lower_) in PERSON_NOUNS:
                return self._named_beside(token) or self._role_reference(token)
        if fold(token.lower_) in ("ultimo", "ultima") and any(
                fold(c.lower_) in ("este", "esta") for c in token.children):
            return self.latter(token)  # "con este último": the person named last
        if token.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "det" for c in token.children):
            # "la oficialista Rixi Moncada", "el liberal Salvador Nasralla": a word used as a
            # title before a name
            return self._named_beside(token)
        return []

    def _detached_from_event(self, noun, child) -> bool:
        """"El encuentro, organizado por X junto a la fundación Y, ...": a name the small
        model hangs on an event noun past a comma, naming no event, is not the event's name."""
        return is_event_noun(noun) and any(t.text == "," for t in self.doc[noun.i + 1:child.i]) \
            and not self.kb.is_a(self.mention(child).key, EVENT)

    def _among(self, noun) -> list[End]:
        """"varios dirigentes, entre ellos X y la eurodiputada Y", "otros invitados, como
        X": a group noun that names its members."""
        found: list[End] = []
        for child in noun.children:
            if child.i < noun.i or child.dep_ not in ("nmod", "appos"):
                continue
            if child.pos_ == "PRON" and folded_lemma(child) in ("el", "ellos", "ella", "ellas") \
                    and preposition_of(child) == "entre":
                found += [e for c in child.children if c.dep_ in ("appos", "conj")
                          for e in self.ends(c)]
            elif any(c.lower_ == "como" and c.dep_ in ("mark", "case") and c.i < child.i
                     for c in child.children):
                found += self.ends(child)
        return [e for e in found if self.is_agent(e.key)]

    def _named_beside(self, token) -> list[End]:
        """"el presidente argentino, Javier Milei", "la exministra del Trabajo Jeannette
        Jara": the name that closes the title's phrase, read on the tokens because the small
        model hangs such names anywhere in the phrase."""
        doc = token.doc
        i, reach = token.i + 1, 10
        complement = False
        while i < len(doc) and i - token.i <= reach:
            t = doc[i]
            if t.lower_ in ("de", "del") and fold(token.lower_) in KIN and \
                    self._kin_of_someone(t):
                return []  # "la hija del expresidente X" is not X; "el jefe de gobierno X" is
            mention = self.mention(t)
            if mention is not None and mention.kind not in (METONYM, DEMONYM):
                if self.is_person(mention.key):
                    if doc[i - 1].lower_ in ("de", "del", "a", "al", "con", "por") or \
                            complement and doc[i - 1].text != ",":
                        if not partner_title(token):
                            return []  # "el rival de Kast": Kast is the complement
                        complement = True  # "el rival de Kast, el senador X" names X
                        i = mention.end
                        continue
                    return [End(mention.key, token.i, mention.end - 1, mention=mention)]
                i = mention.end
                continue
            if t.text == "," and i + 1 < len(doc) and (self.mention(doc[i + 1]) is not None or (
                    partner_title(token) and doc[i + 1].pos_ == "DET") or
                    self._epithet_before_name(i + 1)):
                # "su rival en la consulta, la exministra X": a titled apposition
                i += 1
                continue
            if t.lower_ in ("y", "e") and i + 1 < len(doc) and is_role_noun(doc[i + 1]):
                # "la presidenta de Vox en la región y candidata a la Junta, X": one person's
                # titles, the name after both
                i, reach = i + 1, reach + 6
                continue
            if t.pos_ not in ("ADJ", "DET", "ADP", "NOUN", "PROPN") or t.text in ",;:":
                return []
            i += 1
        return []

    def _epithet_before_name(self, i: int) -> bool:
        """Whether an article and one word that is no title open a person's name at `i` ("el
        presidente regional, el socialista X"): the title's holder described by their party."""
        doc = self.doc
        if i + 2 >= len(doc) or doc[i].pos_ != "DET" or is_role_noun(doc[i + 1]) or \
                doc[i + 1].pos_ not in ("ADJ", "NOUN"):
            return False
        mention = self.mention(doc[i + 2])
        return mention is not None and mention.start == i + 2 and self.is_person(mention.key)

    def _person_in_apposition(self, token) -> list[End]:
        """"la presidenta de Vox en la región y candidata a la Generalitat, Marta Castelló":
        past a coordinated title the tokens lose the name; the parse keeps it in apposition.
        A partner may be a party: "Su socio, el BNG, votó con X"."""
        for child in token.children:
            mention = self.mention(child)
            if child.dep_ == "appos" and child.i > token.i and mention is not None and \
                    mention.kind not in (METONYM, DEMONYM) and _after_comma(child) and \
                    (self.is_person(mention.key) and mention.start == child.i or
                     partner_title(token) and self.kb.is_a(mention.key, ORGANIZATION)):
                return [End(mention.key, token.i, mention.end - 1, mention=mention)]
        return []

    def _kin_of_someone(self, de) -> bool:
        """Whether the "de" after a kin or boss noun opens a person ("el jefe de Kast", "la
        hija del expresidente X"), not what one heads ("el jefe de gobierno porteño")."""
        doc = de.doc
        i = de.i + 1
        while i < len(doc) and doc[i].pos_ == "DET":
            i += 1
        if i >= len(doc):
            return False
        mention = self.mention(doc[i])
        return is_role_noun(doc[i]) or doc[i].pos_ in ("PROPN", "PRON") or (
            mention is not None and self.is_person(mention.key))


def _after_comma(name) -> bool:
    """A name set off by a comma, an article and an epithet between them allowed ("el
    presidente de la Diputación, el popular X")."""
    i = name.i - 1
    while i > 0 and name.doc[i].pos_ in ("DET", "ADJ") and name.is_ancestor(name.doc[i]):
        i -= 1
    return name.doc[i].text == ","


def _the_pair(noun) -> bool:
    """"ambos dirigentes", "los dos líderes" are a pair named before; "a dos pasos del
    Parlamento" only counts."""
    words = {fold(c.lower_) for c in noun.children if c.i < noun.i}
    return bool(words & PAIR_WORDS) or "dos" not in words or bool(
        words & {"los", "las", "estos", "estas", "esos", "esas", "aquellos", "aquellas"})


def _before_phrase(token):
    """The token before the words of `token`'s phrase (its punctuation left out)."""
    first = next((t for t in token.subtree if not t.is_punct), token)
    return token.doc[max(first.i - 1, 0)]


def _listed_de(noun):
    """", de la senadora X y del diputado Y": the small model hangs the later items of a list
    of "de" phrases under the earlier ones; a comma or "y" before their "de" marks them."""
    for token in noun.subtree:
        if token.i <= noun.i or token.head == noun or token.dep_ not in ("nmod", "conj"):
            continue
        case = [c for c in token.children if c.dep_ == "case" and c.i < token.i]
        if not case or fold(case[0].lower_) not in ("de", "del") or case[0].i == 0:
            continue
        if token.doc[case[0].i - 1].lower_ in (",", "y", "e"):
            yield token
