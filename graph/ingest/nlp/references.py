"""References on the parse: titles without a name, pronouns, "ambos", metonyms, and the
person the text is about; read as a part of `Parsed`."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY, PLACE
from graph.ingest.nlp import referred_bodies as bodies
from graph.ingest.nlp.appositions import named_in_apposition
from graph.ingest.nlp.bylines import signed
from graph.ingest.nlp.colon_referents import named_before_colon
from graph.ingest.nlp.compatriots import compatriots, party_country
from graph.ingest.nlp.continued_subjects import epithet_of, goes_on_acting, place_country, tellers
from graph.ingest.nlp.coordinated_focus import other_nationality, shares_focus
from graph.ingest.nlp.coordinated_pairs import coordinated_before
from graph.ingest.nlp.counted_groups import counted_group, standalone_count
from graph.ingest.nlp.ends import METONYM, End, gender_of
from graph.ingest.nlp.events import is_definite
from graph.ingest.nlp.head_of_state import generic_head, own_head_of_state, same_office
from graph.ingest.nlp.interviewers import journalists, sole_compatriot
from graph.ingest.nlp.interviews import addressee
from graph.ingest.nlp.latter_persons import latter_person
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.pair_pronouns import of_contenders, outside_subject
from graph.ingest.nlp.pair_words import pair_window
from graph.ingest.nlp.party_nouns import member_by_salience
from graph.ingest.nlp.person_countries import person_country
from graph.ingest.nlp.possessive_owners import (
    clause_subject,
    entered_body,
    in_a_participle_aside,
    in_a_person_aside,
    opening_topic,
    subject_over_passing,
)
from graph.ingest.nlp.pronoun_partners import acting_besides, protagonist_for
from graph.ingest.nlp.protagonists import gendered_focus
from graph.ingest.nlp.quoted_actors import opening_subject
from graph.ingest.nlp.referred_heads import holders_of
from graph.ingest.nlp.relative_actors import relative_actor, relative_referent
from graph.ingest.nlp.report_sources import sources_before
from graph.ingest.nlp.shared_subjects import shared_subject_objects
from graph.ingest.nlp.subject_asides import in_subject_aside
from graph.ingest.nlp.subjectless_sentences import first_sentence_reached
from graph.ingest.nlp.turns import sentence_back
from graph.ingest.nlp.words import PAIR_WORDS, base_role, demonym_label, folded_lemma, role_kind
from graph.ingest.reading import fold

# Nouns that stand for the party last named, and those that stand for the organization last
# named with that noun at its head ("la fundación": the Fundación X named before).
_PARTY_NOUNS = {"partido", "formacion", "colectividad", "agrupacion"}
_WHOSE = {"cuyo", "cuya", "cuyos", "cuyas"}
_OWN = {"su", "sus", "nuestro", "nuestra"}  # "nuestro presidente": the speaker's party
# Roles held inside an organization: "su presidente" of a party is its leader, "su candidata"
# stands for it, "su única concejala" sits for it; "su rival" is the rival of a person.
_INSIDE = {"leader", "head", "deputy", "member", "candidate", "representative", "seat"}
_OFFICES = {"head", "office", "seat"}
_CHAMBER_GROUPS = {"grupo", "bancada"}
_ORGANIZATION_NOUNS = {"fundacion", "instituto", "red", "asociacion", "organizacion",
                       "movimiento", "coalicion", "alianza", "grupo", "foro", "centro"}

class ReferenceReading:
    """Reference resolution for `Parsed`."""

    def _metonym_person(self, token, mention: Mention) -> list[End]:
        """"la Casa Blanca" acts for a person only when the sentence names one that is not
        the other end of what the seat of power does ("Trump dijo que la Casa Blanca recibió
        a Bukele" is Trump; "La Casa Blanca recibió a Bukele" is nobody)."""
        clause = {t.i for t in token.head.subtree} - {t.i for t in token.subtree}
        persons = {m.key for m in self.linked.mentions
                   if token.sent.start <= m.start < token.sent.end and m.kind != METONYM
                   and self.is_person(m.key) and m.start not in clause}
        if len(persons) != 1:
            return []
        return [End(persons.pop(), mention.start, mention.end - 1, reference=True)]

    def gender_fits(self, key: str, gender: str) -> bool:
        """Whether the person may be of `gender`: by what the text showed, else by the given
        name ("el líder de Vox" is not María Fernanda Cabal); unknown fits."""
        return (self.gender.get(key) or self.named_gender.get(key) or gender) == gender

    def persons_before(self, index: int, back: int = 2) -> list[tuple[int, str]]:
        """(token, key) of the persons named before token `index`, in the current sentence and
        `back` sentences before, nearest first."""
        sentence = self.sentence_of(self.doc[index].idx)
        floor = self.starts[sentence_back(self.document.sentences, sentence, back)]
        out = []
        for mention in reversed(self.linked.mentions):
            if mention.start >= index or self.doc[mention.start].idx < floor:
                continue
            if mention.kind != METONYM and self.is_person(mention.key) and \
                    not signed(self, mention):  # not the author's byline
                out.append((mention.start, mention.key))
        return out

    def _role_reference(self, token, countries: tuple[str, ...] = (),
                        strict: bool = False) -> list[End]:
        """The person a title without a name stands for: one named in this sentence or the
        two before, of the title's gender and country, the one the text is about first."""
        if not is_definite(token) or token.morph.get("Number") == ["Plur"]:
            return []
        if named_before_colon(self, token):  # "Quien no estuvo fue X: el expresidente ..."
            return named_before_colon(self, token)
        here = self.sentence_of(token.idx)
        # "el líder de Vox": whoever the text already said leads or belongs to Vox
        organizations = [self.mention(c).key for c in token.children if self.mention(c)]
        known = self.affiliated(organizations, token)
        if known is not None:
            return [End(known, token.i, token.i, reference=True, distance=1)]
        # "el líder de Vox" is not one the text tied to another party
        elsewhere = {person for ties in (self.affiliation, self.leaders)
                     for org, person in ties.items() if org not in organizations and
                     self.kb.is_a(org, PARTY)} if any(
            self.kb.is_a(o, PARTY) for o in organizations) else set()
        labels = {demonym_label(c) for c in [token, *token.children]
                  if (c.dep_ == "amod" or c == token) and demonym_label(c)}
        # "el exalcalde de Tegucigalpa": a person of the town's country
        places = [self.mention(c) for c in token.children if self.mention(c)]
        labels |= {place_country(self, c) for c in countries} | {
            place_country(self, m.key) for m in places if self.kb.is_a(m.key, PLACE)}
        labels.discard(None)
        party = party_country(self, organizations) if not labels else None
        labels |= {party} if party else set()
        national, head = own_head_of_state(self, token) if not labels else (None, None)
        if head is not None:
            return [End(head, token.i, token.i, reference=True, distance=1)]
        labels |= {national} if national else set()
        gender = gender_of(token)
        focus = self.focus(here, before=token.i) or opening_subject(self, here)
        best = None
        clause = set(self._clause_persons(token))
        seen: set[str] = set(clause)
        nearest = []
        seen |= journalists(self)  # "el periodista X" is not "el exalcalde" of his interview
        for start, key in self.persons_before(token.i):
            if key not in seen:
                seen.add(key)
                nearest.append((start, key))
        if not nearest and focus is not None and focus not in seen and self.is_person(focus) \
                and not labels and not organizations and \
                not any(c.dep_ == "amod" for c in token.children):
            # "El expresidente perdió …" three sentences after the person last named, who has
            # gone on acting unnamed since: the one the text is about ("el dirigente catalán"
            # says more than that, and may be another)
            nearest = [(max((m.start for m in self.linked.mentions if m.key == focus and
                             m.start < token.i), default=token.i), focus)]
        word, former = base_role(token)
        word = "ex:" + word if word and former else word
        # made so before it: "el líder de Renovación Popular" is not "Kaiser, líder de…" after
        holders = {k for k, at in holders_of(self, word).items() if at < token.i}
        if word and role_kind(word) == "candidate":
            holders |= self.candidates_named
        predicate = any(c.dep_ == "cop" for c in token.children)
        introduced = [] if predicate else self._introduced(
            token, labels, set(holders_of(self, word)), gender, clause)
        introduced = epithet_of(self, token, labels, gender, nearest, introduced)
        if len(introduced) == 1:
            # "el mandatario argentino": the one person the article made Argentine so far
            start, key = introduced[0]
            return [End(key, token.i, token.i, reference=True,
                        distance=here - self.sentence_of(self.doc[start].idx))]
        if strict:
            return []  # only a description that fits one person for sure
        if word and role_kind(word) in _OFFICES:
            # "el diputado" is not one the text gave another office ("el ministro X"); a
            # party's president ("presidente de Agrupación Nacional") may sit anywhere
            others = {k for w, ks in self.titled.items() if not same_office(w, word) and
                      role_kind(w.removeprefix("ex:")) in ("office", "seat") for k in ks}
            nearest = [(s, k) for s, k in nearest if k not in others] or generic_head(word, nearest)
        # "el presidente salvadoreño" is not the Chilean the text titled president
        holders = {k for k in holders if not labels or self._country(k, labels) in (None, *labels)}
        if holders & {k for _, k in nearest}:
            # "al candidato que compitiera frente a Jara": one the text made a candidate
            nearest = [(s, k) for s, k in nearest if k in holders]
        if gender == "Fem" and any(self.gender.get(k) == gender for _, k in nearest):
            # "la candidata": the feminine is marked, so a woman the text made known as one
            # is meant rather than a person whose gender it never showed
            nearest = [(s, k) for s, k in nearest if self.gender.get(k) == gender]
        if party:
            nearest, far = compatriots(self, token, party, gender, clause | elsewhere, nearest)
            if far is not None:
                return [End(far, token.i, token.i, reference=True, distance=3)]
        itself = bool(demonym_label(token))
        viable, fitting = 0, set()
        for rank, (start, key) in enumerate(nearest):
            country = self._country(key, labels)
            if labels and country and country not in labels or labels and not country and \
                    other_nationality(token, labels):
                continue
            if itself and not country and key != focus:
                # "el húngaro" alone: one the text made Hungarian, else the one it is about
                continue
            if gender and not self.gender_fits(key, gender) or key in elsewhere:
                continue
            earlier = self.sentence_of(self.doc[start].idx) < here
            score = -0.5 * rank + (2 if key == focus and earlier else 0)
            if gender == "Fem" and self.gender.get(key) == gender:
                # "la candidata": the feminine is marked in Spanish (the masculine also
                # serves as the generic), so a woman the text titled so outranks the rest
                score += 1
            if labels and country in labels:
                # "el mandatario salvadoreño": one the text or the graph makes Salvadoran
                # outranks the one the text is about, of no country known
                score += 2.5
            viable += 1
            fitting.add(key)
            if best is None or score > best[0]:
                best = (score, key, start)
        if best is not None and best[1] != focus and len(introduced) > 1 and \
                best[1] in {k for _, k in introduced}:
            # "al diputado" when the article has made two persons deputies
            return []
        if best is not None and best[1] == focus and not holders and shares_focus(
                self, focus, here, token.i, fitting):
            return []  # "Votan A y B. La exministra": either, when both fit
        if best is not None and viable > 1 and best[1] != focus and not labels and \
                not holders and not goes_on_acting(self, token, best[1], fitting):
            # "el dirigente" with two persons it could be, neither the one the text is about
            return []
        if best is None and here <= 2 and not nearest:
            # an article may open on a title and name the person after it ("Así lo comunicó
            # el candidato de la oposición chilena. ... José Antonio Kast sorprendió ...")
            named = set(self._named_in_clause(token))
            for mention in self.linked.mentions:
                where = self.sentence_of(self.doc[mention.start].idx)
                if mention.start <= token.i or where > here + 3 or not self.is_person(
                        mention.key) or mention.kind == METONYM or mention.key in named:
                    continue
                known = self.kb.country(mention.key)
                if labels and known and self.kb.label(known) not in labels:
                    continue
                if gender and not self.gender_fits(mention.key, gender):
                    continue
                return [End(mention.key, token.i, token.i, reference=True, distance=2)]
        far = sole_compatriot(self, token, labels, gender, seen) if best is None and (
            labels or gender == "Fem") else None
        if best is None:
            return [End(far, token.i, token.i, reference=True, distance=3)] if far else []
        if itself and labels and not self.kb.country(best[1]):
            # "el húngaro" said of Orbán: a later "el español" is someone else
            self.nationality.setdefault(best[1], sorted(labels)[0])
        return [End(best[1], token.i, token.i, reference=True,
                    distance=here - self.sentence_of(self.doc[best[2]].idx))]

    def _country(self, key: str, labels=()) -> str | None:
        return person_country(self, key, labels)

    def _introduced(self, token, labels: set[str], holders: set[str], gender: str | None,
                    excluded: set[str]) -> list[tuple[int, str]]:
        """The persons the article named before `token` that its description fits for sure:
        of the description's nationality, or bearing its title, by what the graph or the
        text says of them (a person of unknown nationality does not fit "el argentino")."""
        if not labels and not holders or any(
                c.dep_ == "nmod" and c.i > token.i and not demonym_label(c) and
                (self.mention(c) is None or not self.kb.is_a(self.mention(c).key, PLACE))
                for c in token.children):
            # "el líder de Vox", "el presidente de la red": a title of its own complement,
            # not the one the persons named so far bear
            return []
        found: dict[str, int] = {}
        for mention in self.linked.mentions:
            key = mention.key
            if mention.start >= token.i or mention.kind == METONYM or key in excluded or \
                    not self.is_person(key):
                continue
            if gender and not self.gender_fits(key, gender):
                continue
            if holders and key not in holders:
                continue
            if labels and self._country(key) not in labels:  # sure: not by a figure's
                continue
            found[key] = mention.start
        if gender == "Fem" and any(self.gender.get(k) == gender for k in found):
            # "la candidata": a woman the text showed as one, not one whose gender it never did
            # (the masculine, also the generic, marks no one out: "el presidente" is not only
            # a man some title showed as one)
            found = {k: v for k, v in found.items() if self.gender.get(k) == gender}
        return [(start, key) for key, start in found.items()]

    def _clause_persons(self, token) -> list[str]:
        """Persons a reference cannot be: the subject of its clause, and those named in its
        own phrase ("el candidato que compitiera frente a Jara" is not Jara; "Kaiser anunció
        su respaldo al abanderado republicano" is not Kaiser)."""
        out = []
        for t in token.subtree:
            mention = self.mention(t)
            if mention is not None and t.i != token.i:
                out.append(mention.key)
        verb = token.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        for child in list(token.head.children) + list(verb.children) + tellers(token, verb):
            if child.dep_.startswith("nsubj") and child.i != token.i:
                # the names in the subject's phrase (no reference resolution: it may be this)
                named = [self.mention(t).key for t in child.subtree if self.mention(t) and
                         not in_subject_aside(child, t)]
                if not named and child.i < token.i and base_role(child)[0] and \
                        not token.dep_.startswith("nsubj"):
                    # "El mandatario respaldó al exalcalde": a subject that is itself a title
                    # stands for someone else than the object's title
                    named = [e.key for e in self._role_reference(child)]
                out += named
        if token.dep_.startswith("nsubj"):
            out += shared_subject_objects(self, verb)
        elif token.head == verb and verb.pos_ == "VERB" and token.dep_ in (
                "obj", "obl", "iobj") and not any(
                c.dep_.startswith("nsubj") or c.dep_ == "expl:pass" or
                c.dep_ == "obj" and c.lower_ == "se" for c in verb.children) and \
                verb.morph.get("Person") == ["3"] and token.i > verb.i:
            # "compartió escenario con el primer ministro húngaro": the dropped subject, the
            # one the text is about, is not the one its verb's complement names
            acting = self.focus(self.sentence_of(token.idx), before=token.i)
            out += [acting] if acting else []
        return out + self._named_in_clause(token) + sources_before(self, token)

    def _named_in_clause(self, token) -> list[str]:
        """"El líder de Vox pidió el voto para Kast": a subject described by its title is not
        a person its clause names outside the title's own phrase (the writer would say "él")."""
        verb = token.head
        if not token.dep_.startswith("nsubj") or verb.pos_ not in ("VERB", "AUX"):
            return []
        own = {t.i for t in token.subtree}
        # "El expresidente perdió frente a Paz, que lo superó pese a que las encuestas daban
        # ganador a Quiroga": a clause on another noun may name the title's holder
        own |= {d.i for t in verb.subtree if t.dep_ in ("acl", "acl:relcl") and t.head != verb
                for d in t.subtree}
        # a headline without a full stop may be parsed into one sentence with the lines after
        # it: a name there is not in the title's clause
        here = self.sentence_of(token.idx)
        return [self.mention(t).key for t in verb.subtree
                if t.i > token.i and t.i not in own and self.mention(t) and
                self.sentence_of(t.idx) == here]

    def refer(self, token, countries: tuple[str, ...] = (), strict: bool = False) -> list[End]:
        """The person a title without a name stands for (`strict`: only when the article
        made exactly one person so by title or nationality)."""
        return self._role_reference(token, countries, strict)

    def _pronoun_reference(self, token) -> list[End]:
        lemma = folded_lemma(token)
        here = self.sentence_of(token.idx)
        if lemma in PAIR_WORDS or token.text.lower() in PAIR_WORDS:
            return self._pair(token)
        if fold(token.lower_) == "usted":
            return addressee(self, token)
        if fold(token.lower_) in ("este", "esta") and token.pos_ == "PRON":
            # the demonstrative points at the person named last, not the one acting: "una
            # carta de X, en la que este respalda a Y"
            named = self._named_last(token, "Fem" if fold(token.lower_) == "esta" else "Masc",
                                     set())
            if named:
                return named
        if token.text.lower() in ("él", "ella", "este", "esta", "este último", "quien"):
            focus = self.focus(here, before=token.i)
            if token.text.lower() in ("él", "ella") and any(
                    c.dep_ == "case" for c in token.children):
                # "se reunió con ella": the person of its gender named last, not the one
                # acting (who would be "consigo")
                gender = "Fem" if token.lower_ == "ella" else "Masc"
                acting = acting_besides(self, token, relative_actor(self, token) or focus)
                return relative_referent(self, token, focus) or self._named_last(
                    token, gender, acting) or protagonist_for(self, token, gender, acting)
            if focus:
                return gendered_focus(self, token, focus)
        return []

    def _named_last(self, token, gender: str, excluded: set) -> list[End]:
        """The person of `gender` named last before `token` (a woman only when the text
        showed her as one), outside `excluded`."""
        for start, key in self.persons_before(token.i):
            known = self.gender.get(key) or self.named_gender.get(key)
            if key in excluded or known not in (gender, None) or \
                    gender == "Fem" and known is None:
                continue
            return [End(key, token.i, token.i, reference=True,
                        distance=self.sentence_of(token.idx) - self.sentence_of(
                            self.doc[start].idx))]
        return []

    def pair_of(self, token) -> list[End]:
        """The two persons a plural reference ("ambos", "les") stands for."""
        return self._pair(token)

    def _pair(self, token) -> list[End]:
        """"ambos": the two persons of the last claim between two persons in the sentences
        just before, else the last two persons the text named."""
        if (count := standalone_count(token)) is not None:  # "Los tres fueron recibidos"
            return counted_group(self, token, count)
        here = self.sentence_of(token.idx)
        contest = of_contenders(token)
        if contest:
            # "ninguno de los dos finalistas": the two who face each other
            for index, a, b in reversed(self.rivals):
                if index < token.i:
                    return [End(k, token.i, token.i, reference=True, distance=1)
                            for k in (a, b)]
        coordinated = self._coordinated_before(token)
        if coordinated:
            # "invitaron a Bukele y a Milei, pero ninguno de los dos asistió"
            return [End(k, token.i, token.i, reference=True, distance=0) for k in coordinated]
        recent = list(dict.fromkeys(k for _, k in reversed(outside_subject(
            token, self.persons_before(token.i, back=1)))))
        if len(recent) == 2 and not contest:
            # "Jara encabezó la elección, seguida por Kast. ... los dos dirigentes disputarán":
            # the only two persons just named, whatever pair the text spoke of before
            return [End(k, token.i, token.i, reference=True, distance=1) for k in recent]
        # "Participaron A y B. Ambos pidieron...": two persons acting together just before
        together: tuple[int, list[str]] | None = None
        for sentence in (here, here - 1):
            acting = [(i, k) for i, k in self.subjects.get(sentence, []) if i < token.i]
            keys = list(dict.fromkeys(k for _, k in acting))
            if len(keys) == 2:
                together = (acting[0][0], keys)
                break
        for index, a, b in reversed(self.pairs):
            if index < token.i and here - self.sentence_of(self.doc[index].idx) <= 3:
                if together and together[0] > index:
                    break
                return [End(k, token.i, token.i, reference=True, distance=1) for k in (a, b)]
        if together:
            return [End(k, token.i, token.i, reference=True, distance=1) for k in together[1]]
        keys: list[str] = []
        for _, key in self.persons_before(token.i, back=pair_window(token)):
            if key not in keys:
                keys.append(key)
        if len(keys) < 2:
            return []
        return [End(k, token.i, token.i, reference=True, distance=1) for k in keys[:2]]

    def _coordinated_before(self, token) -> list[str]:
        return coordinated_before(self, token)

    def focus(self, sentence: int, before: int | None = None) -> str | None:
        """Who the text is talking about: the person acting last in this sentence before the
        token, else in the previous one."""
        acting = [k for i, k in self.subjects.get(sentence, []) if before is None or i < before]
        if acting:
            return acting[-1]
        if sentence in self.carried:
            return self.carried[sentence]
        for back in (1, 2):
            previous = self.subjects.get(sentence - back, [])
            if previous:
                return previous[0][1]
            if sentence - back in self.carried:
                return self.carried[sentence - back]
        return None

    def organization_before(self, index: int, noun: str) -> str | None:
        """"del partido", "de la fundación": the party, or the organization with that head
        noun, named last before token `index`; none when the noun's own name follows it ("del
        partido rumano AUR", "del partido de extrema derecha Chega")."""
        # (a place or a body after another preposition is not the noun's name: "del grupo en
        # el Congreso"; nor one after a conjunction: "del partido y alcalde de Perpiñán")
        named = next((t for t in self.doc[index + 1:index + 5]
                      if t.is_punct or self.mention(t) or t.pos_ == "ADP" and t.lower_ != "de"
                      or t.pos_ == "CCONJ"), None)
        if named is not None and self.mention(named) and not self.is_person(
                self.mention(named).key):
            return None
        if noun in _PARTY_NOUNS:
            return self.party_before(index)
        here = self.sentence_of(self.doc[index].idx)
        if noun in bodies.GENERIC_BODIES:
            return bodies.generic_body(self, index, noun, self.starts[max(here - 1, 0)])
        if noun not in _ORGANIZATION_NOUNS | _CHAMBER_GROUPS | bodies.KIND_NOUNS:
            return None
        floor = self.starts[max(here - 4, 0)]
        for mention in reversed(self.linked.mentions):
            if mention.start < index and self.doc[mention.start].idx >= floor and \
                    bodies.named_with(self, mention, noun) and not self.is_person(mention.key) \
                    and not self.kb.is_a(mention.key, PLACE):  # "de la red en América Latina"
                return mention.key
        classed = bodies.classed_body(self, index, noun, self.starts[max(here - 2, 0)])
        if classed is not None:
            return classed
        # "X, procurador de Vox, y la portavoz del grupo en el Congreso": the group in a
        # chamber of the one party its sentence named before
        parties = {m.key for m in self.linked.mentions if m.start < index and
                   m.start >= self.doc[index].sent.start and self.kb.is_a(m.key, PARTY)}
        if noun in _CHAMBER_GROUPS and len(parties) == 1:
            return parties.pop()
        return bodies.text_body(self, index, noun)

    def party_before(self, index: int) -> str | None:
        return bodies.party_before(self, index)

    def title_owner(self, first: int, end: int, word: str) -> list[End]:
        """The organization a title's possessive stands for: "Mi Patria, cuyo líder, X"; "los
        dirigentes del Partido Conservador, entre ellos su presidente, X" (the organization
        named last before "su" in its sentence, with no person named between)."""
        doc = self.doc
        whose = first - 1 if first > 0 and fold(doc[first - 1].lower_) in _WHOSE else first
        comma = bodies.whose_comma(doc, whose) if fold(doc[whose].lower_) in _WHOSE else None
        if comma is not None and comma >= 1:
            owner = bodies.owner_before_comma(self, comma)  # "la Alianza Nacional letona, cuyo"
            if owner is not None:
                return [End.of(owner)]
        named = [doc[i] for i in (end + 1, end + 2) if i < len(doc)]
        if fold(doc[whose].lower_) not in _OWN or role_kind(word) not in _INSIDE or \
                not named or not any(
                self.mention(t) and self.is_person(self.mention(t).key) and
                (t.i == end + 1 or doc[end + 1].text == ",") for t in named) and \
                named_in_apposition(self, end) is None:
            # only "su presidente, X" or "su presidenta, la senadora X": a named holder, not
            # a reference
            return []
        subject = clause_subject(self, doc[whose]) or opening_topic(self, whose)
        if subject is not None:
            return [subject]  # "El grupo X reunió a … convocada por su presidente, Y"
        seat = role_kind(word) == "seat"
        topic = opening_topic(self, whose, named=True) if seat else None
        if topic is not None:
            return [topic]
        # "—Fui militante del PAN. Su presidente, X, me llamó": in its sentence or the one before
        floor = self.starts[first_sentence_reached(self, self.sentence_of(doc[whose].idx))]
        for mention in reversed(self.linked.mentions):
            if mention.start >= whose or doc[mention.start].idx < floor:
                continue
            if self.kb.is_a(mention.key, PLACE) and mention.start > 0 and \
                    doc[mention.start - 1].lower_ == "en":
                continue  # "la sede de la fundación, en Washington. Su presidente": where
            if in_a_participle_aside(self, mention, whose):
                continue  # "la alianza X, respaldada por el SPD. Su portavoz": X's
            if role_kind(word) == "candidate" and entered_body(self, mention):
                continue  # "la lista X entra en el Parlamento. Su candidata": the list's
            if mention.kind == METONYM or self.is_person(mention.key) or \
                    self.kb.is_a(mention.key, PLACE):
                return []  # "Milei y su ministra", "Chile y su presidente"
            if seat and (not self.kb.is_a(mention.key, PARTY) or
                         fold(doc[whose].lower_) not in ("su", "sus")):
                # "visitó la fundación con su concejala": a body's only as the topic; a
                # party's seat is its own ("Con RN es difícil; su senador, X"), but "nuestro
                # concejal" is the speaker's party's
                return []
            if self.kb.is_a(mention.key, ORGANIZATION):
                if in_a_person_aside(self, mention, whose):
                    return []
                return [subject_over_passing(self, mention, whose) or
                        End.of(mention, reference=True)]
        return []

    def latter(self, token) -> list[End]:
        return latter_person(self, token)

    def affiliate(self, relation: str, organization: str, person: str) -> None:
        self.affiliation.setdefault(organization, person)
        if relation == "leaderOf":
            self.leaders.setdefault(organization, person)

    def tied_parties(self, person: str) -> set[str]:
        """The parties the text made `person` a member or the leader of."""
        return {o for ties in (self.affiliation, self.leaders) for o, p in ties.items()
                if p == person and self.kb.is_a(o, PARTY)}

    def affiliated(self, organizations: list[str], title) -> str | None:
        """The person the text first tied to one of `organizations`, when `title` may describe
        them ("El presidente de Vox" is not the woman named its spokeswoman, nor its candidate:
        a head title is one the text made its leader)."""
        gender = gender_of(title)
        word = base_role(title)[0]
        ties = self.leaders if word and role_kind(word) in ("leader", "head") else \
            self.affiliation
        for organization in organizations:
            person = ties.get(organization)
            if (organization, person) in self.branch_heads and not self._placed(title,
                                                                                 organization):
                continue  # "el líder de Vox" is not "el presidente de Vox en la región"
            # one named by its sentence's end: "Y, de Vox" in a later one is another
            if person is not None and (not gender or self.gender.get(person, gender) == gender) \
                    and any(m.key == person and m.start < title.sent.end
                            for m in self.linked.mentions):
                return person
        return None

    def _placed(self, title, organization: str) -> bool:
        """Whether the title names the organization and a place: "líder de Vox en Madrid"."""
        end = next((m.end for m in self.linked.mentions if m.key == organization and
                    title.i < m.start <= title.i + 4), None)
        return end is not None and end < len(self.doc) and self.doc[end].lower_ == "en"

    def party_member(self, party: str, token) -> list[End]:
        """"el republicano": the person the text tied to the party, if it did; else the one
        person of its gender named in its sentence or the one before, tied to no other party
        ("Kast viajó a Roma. Por la tarde, el republicano participó…")."""
        person = self.affiliation.get(party) or member_by_salience(self, party, token)
        return [End(person, token.i, token.i, reference=True, distance=1)] if person else []

    def own_party(self, token) -> str | None:
        """The party of the person "su" stands for (the one the clause is about): the one the
        text made them lead or belong to, if only one."""
        owner = self.focus(self.sentence_of(token.idx), before=token.i)
        parties = {org for org, person in self.affiliation.items()
                   if person == owner and self.kb.is_a(org, PARTY)}
        return parties.pop() if len(parties) == 1 else None
