"""Elections named by a common noun ("la segunda vuelta del 7 de junio", "las elecciones
presidenciales portuguesas"): the graph's names for them follow one convention — "Segunda
vuelta presidencial de Perú de 2026", "Elección presidencial de Honduras de 2025" — so the
phrase, its country and its year give the entity, the graph's own when it has it, else a new
one proposed under that name."""

from __future__ import annotations

from collections import Counter

from graph.ingest.knowledge import ELECTION, ROUND, name_tokens
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp import race_tense
from graph.ingest.nlp.city_races import is_town_office, moved_on, place_race, town_office_race
from graph.ingest.nlp.election_kinds import (
    EUROPEAN,
    GOVERNOR,
    HOUSES,
    LEGISLATIVE,
    MUNICIPAL,
    OFFICE_KINDS,
    PARLIAMENTARY,
    PRESIDENTIAL,
    PRESIDENTIAL_ROUNDS,
    PRIMARIES,
    REGION_GOVERNMENTS,
    REGIONAL,
    RUNOFF_OF,
    kind_of,
    national_house,
    region_of,
)
from graph.ingest.nlp.election_nouns import heads_election, is_election_noun, of_a_round, year_of
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.fronted_years import fronted_year
from graph.ingest.nlp.governor_rounds import governor_race, of_a_governor
from graph.ingest.nlp.modality import in_condition, modality
from graph.ingest.nlp.municipal_cycle import municipal_year, national_race, spanish_municipal
from graph.ingest.nlp.office_elections import (
    office_after,
    prime_minister,
    race_after_office,
    region_government,
    state_government,
    sub_national,
)
from graph.ingest.nlp.race_countries import in_headline, years_given
from graph.ingest.nlp.race_places import RacePlaces
from graph.ingest.nlp.race_tense import (
    european_year,
    relative_year,
    told_as,
    under_standing_title,
    years_ago,
)
from graph.ingest.nlp.recalled_races import dated_recall, for_race_ahead, sought_for
from graph.ingest.nlp.reelection import held_kind, held_race, last_of_kind, race_of_kind
from graph.ingest.nlp.regional_races import REGIONAL_RACE, foreign_region
from graph.ingest.nlp.regional_rounds import regional_round
from graph.ingest.nlp.seat_races import TOWN_COUNCILS, european_chamber, seat_place
from graph.ingest.nlp.story_provinces import provincial_vote
from graph.ingest.nlp.town_periphrases import periphrasis, periphrasis_town
from graph.ingest.nlp.town_races import MUNICIPAL_RACE, has_own_calendars, office_town
from graph.ingest.nlp.words import demonym_label, folded_lemma, verb_lemma
from graph.ingest.reading import fold
from graph.ingest.temporal import find_times

# Words of a title that name the presidential race.
_PRESIDENTIAL = {"presidencia", "presidencial", "presidenciales", "reeleccion"}


_MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "setiembre", "octubre", "noviembre", "diciembre"}
_WEEKDAYS = {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"}
# Adjectives of a race that may not be held.
_HYPOTHETICAL = {"eventual", "hipotetico", "hipotetica", "posible", "virtual", "probable",
                 "supuesto", "supuesta", "imaginario", "imaginaria"}
# Verbs of foreseeing a race the text does not say is called
_FORESEEING = {"anticipar", "prever", "pronosticar", "vaticinar", "augurar", "predecir",
               "apuntar", "dibujar", "proyectar", "esperar", "temer"}
_FORESEEING_STEMS = ("anticip", "prev", "pronostic", "vaticin", "augur", "predic", "prede")
# Verbs whose clause says a race will not be held.
_AVOIDING = {"evitar", "eludir", "esquivar", "impedir"}
_DEMONSTRATIVES = {"ese", "esa", "esos", "esas", "este", "esta", "estos", "estas", "dicho",
                   "dicha", "dichos", "dichas", "aquel", "aquella", "aquellos", "aquellas"}

# Titles of one running in a race.
_CANDIDATES = {"candidato", "candidata", "aspirante"}
# Nouns of running for an office: the office after them names a race.
_RUNNING = {"candidato", "candidata", "candidatura", "aspirante", "postulante", "precandidato",
            "precandidata", "postulacion"}


def party_bearer(title) -> bool:
    """"abanderada del Centro Democrático": a party's standard-bearer runs for it ("el
    abanderado republicano" may be one the text spoke of in another race)."""
    return fold(title.lower_) in ("abanderado", "abanderada") and any(
        c.dep_ == "nmod" and c.i > title.i and any(
            g.dep_ == "case" and g.lower_ in ("de", "del") for g in c.children)
        for c in title.children)


def _running_for(token) -> bool:
    """An office after a noun of running for it: "candidato a gobernador", "candidata a la
    alcaldía", "candidato de Vox a la presidencia" (however the small model hangs it)."""
    before = list(token.doc[max(token.i - 3, 0):token.i])
    if before and before[-1].pos_ == "DET" and before[-1].lower_ != "al":
        before = before[:-1]  # "a la alcaldía"
    return len(before) >= 2 and fold(before[-1].lower_) in ("a", "al") and (
        folded_lemma(before[-2]) in _RUNNING or fold(before[-2].lower_) in _RUNNING) or any(
        office_after(t) == token for t in token.doc[max(token.i - 9, 0):token.i - 2]
        if folded_lemma(t) in _RUNNING)


def _foreseen(token) -> bool:
    """"en una segunda vuelta que todos los sondeos anticipan", "un balotaje que se
    celebraría en junio": a race the text foresees, not one called or held."""
    return any(c.dep_ == "det" and fold(c.lower_) in ("un", "una", "unos", "unas")
               for c in token.children) and any(
        c.dep_ in ("acl", "acl:relcl") and (verb_lemma(c) in _FORESEEING or
                                           fold(c.lower_).startswith(_FORESEEING_STEMS) or
                                           c.morph.get("Mood") == ["Cnd"])
        for c in token.children)


def _demonstrative(token) -> bool:
    return any(c.dep_ == "det" and fold(c.lower_) in _DEMONSTRATIVES for c in token.children)


class Elections(RacePlaces):
    def __init__(self, parsed):
        self.parsed = parsed
        self.kb = parsed.kb
        self._country = None
        self._towns = None
        self._named: dict[int, str | None] = {}
        self._reading: set[int] = set()
        self._partial = False
        self._body_read = False
        # "{kind} de {country}" -> (token, year) where the text gave a race still ahead its year
        self._years: dict[str, list[tuple[int, int]]] = {}

    def named(self, token) -> str | None:
        """The election the phrase headed by `token` names, or None."""
        if token.i in self._named:
            return self._named[token.i]
        if token.i in self._reading:
            self._partial = True  # a phrase read from its context never reads itself
            return None
        self._reading.add(token.i)
        outer, self._partial = self._partial, False
        key = self._read(token)
        if not self._partial:
            # a reading that met a phrase still being read is read again when next asked:
            # the text's order, not the order of asking, decides what each phrase names
            self._named[token.i] = key
        self._partial = outer or self._partial
        self._reading.discard(token.i)
        return key

    def _read(self, token) -> str | None:
        if any(c.dep_ == "amod" and fold(c.lower_) in _HYPOTHETICAL for c in token.children) \
                or _foreseen(token):
            return None  # "en un eventual balotaje": a race that may never be held
        words = [t.text for t in token.subtree if abs(t.i - token.i) <= 8]
        kind = kind_of(words)
        regional = regional_round(kind, words)  # "la primera vuelta de las regionales"
        kind = REGIONAL if regional else kind
        if fold(token.lower_) == "vuelta" and kind not in PRESIDENTIAL_ROUNDS and \
                not regional:
            return None
        if kind is None and _demonstrative(token):
            # "no se presentará a esos comicios": the election named last before; "estas
            # elecciones" are the ones at hand, not one recalled from earlier years
            near = any(c.dep_ == "det" and fold(c.lower_).startswith("est")
                       for c in token.children)
            # the race pointed back at was named as one: "fue candidato a la presidencia en
            # aquellas elecciones" recalls the presidential race named before, not the office
            # its own title seeks
            return self.before(token.i, since=self.parsed.document.anchor.year if near
                               else None, offices=False)
        if kind is None and (region_of(words, demonyms=True) or region_of(words) and any(
                fold(w.lower()) in HOUSES for w in words)):
            kind = REGIONAL  # "las elecciones andaluzas", "al Parlamento de Galicia"
        if kind is None and self.house_before(token):
            kind = REGIONAL  # "a la Asamblea en las elecciones de 2023", Melilla's named
        if kind is None and provincial_vote(words, self.parsed.doc):
            kind = GOVERNOR  # "las elecciones provinciales" of a province a governor heads
        if kind is None and sub_national(words):
            return None  # "las departamentales": a race of no country, its place unsaid
        if kind is None and {"generales", "federales"} & {fold(w.lower()) for w in words}:
            country = self._country_of(token)
            kind = LEGISLATIVE if country in PARLIAMENTARY else PRESIDENTIAL
        if kind == PRIMARIES:
            # primaries choose the candidates of the race their sentence or text is about
            if self._presidential(token):
                kind = PRESIDENTIAL
            else:
                return self.before(token.i)
        if kind is None:
            key = self._of_the_day(token) or self.context(token) or (
                self._election(PRESIDENTIAL, self._country_of(token), token)
                if self._presidential(token) else None) or self._general(token)
            return self._in_year(key, token)
        return self.of_kind(kind, token, words)

    def _general(self, token) -> str | None:
        """"Elecciones en Costa Rica: ...", "Directo | Elecciones en Hungría": a headline's
        bare race of the country its phrase names is the country's general election, the one
        the story is about (in the body, "desde las elecciones estadounidenses" may recall
        any)."""
        if token.sent.start != 0 and not in_headline(token) or \
                fold(token.lower_) not in ("elecciones", "comicios"):
            return None
        country = self._phrase_country(token)
        if country is None:
            return None
        kind = LEGISLATIVE if country in PARLIAMENTARY else PRESIDENTIAL
        return self._election(kind, country, token)

    def of_kind(self, kind: str, token, words: list[str], office: bool = False) -> str | None:
        """The election of `kind` that the phrase of `token` (its `words`) names."""
        if kind == EUROPEAN:
            return self._election(EUROPEAN, "", token)
        if place_race(self, kind, token, office):  # "las municipales de Lyon", "el balotaje"
            return place_race(self, kind, token, office)  # of the Gobierno Regional de X"
        if kind == REGIONAL and foreign_region(token):  # "las regionales de Madeira"
            return self._election(f"{REGIONAL_RACE} de {foreign_region(token)}", "", token)
        if kind == REGIONAL:
            return self._election("Elecciones " + self._parliament(token, words) if
                                  self._parliament(token, words) else None, "", token)
        if of_a_governor(kind, token):  # also "la segunda vuelta por la Gobernación de X"
            return self._election(governor_race(kind, token, self, words), "", token)
        return self._election(kind, self._country_of(token, office), token)

    def in_sentence(self, index: int) -> list[End]:
        """The one election the sentence of token `index` names before it."""
        named = {}
        for token in self.parsed.doc[self.parsed.doc[index].sent.start:index]:
            if heads_election(token):
                key = self.named(token)
                if key:
                    named.setdefault(key, End(key, token.i, token.i))
        return list(named.values()) if len(named) == 1 else []

    def of_year(self, title, bare: bool = False) -> list[End]:
        """"el candidato del Partido Nacional", "ya fue candidato en 2013", "se presentó en
        2005" with no race named: the race the text is about (the one it names most), held in
        the year the title or the verb gives, if it gives one."""
        # "candidato en 2013", "candidato declarado para 2027"
        near = [*title.children, *(t for c in title.children if c.dep_ in ("amod", "acl")
                                   for t in c.children)]
        year = next((year_of(t.text) for t in near if t.dep_ in ("obl", "nmod") and
                     year_of(t.text) and any(c.lower_ in ("en", "para") for c in t.children)),
                    None)
        if title.pos_ == "VERB" and year is None and not bare or title.pos_ != "VERB" and \
                fold(title.lower_) not in _CANDIDATES and not party_bearer(title):
            return []
        # a race the text says may not be held ("para evitar un balotaje", "si hubiera
        # segunda vuelta") is not what it is about
        races = Counter(self.named(t) for t in self.parsed.doc
                        if heads_election(t) and t.i != title.i and modality(t).asserted and
                        verb_lemma(t.head) not in _AVOIDING and not of_a_round(t) and
                        not in_condition(t))
        races.pop(None, None)
        held = {self.whole(key, title) for key in races if self._year(key) == year}
        if year and len(held) == 1:
            return [End(held.pop(), title.i, title.i)]  # the text's one race of that year
        ranked = races.most_common()
        tied = [key for key, count in ranked if count == ranked[0][1]] if ranked else []
        if len(tied) > 1:
            # "compitió en las presidenciales de 2026" in a story on the race of 2030: of races
            # named as often, the one still ahead is the story's (a title's own year, "fue
            # candidato en 2016", says which race no more than before)
            ahead = [key for key in tied if self._year(key) >= self.parsed.document.anchor.year]
            ranked = [(ahead[0], 0)] if len(ahead) == 1 and year is None else []
        if not ranked:
            return []  # no race, or two named as often: which one is not said
        if year:
            key = self.in_year(self.whole(ranked[0][0], title), year, title)
        elif self.kb.label(ranked[0][0]).startswith(RUNOFF_OF):
            return []  # a text on a runoff: only two of its candidates run in it
        else:
            key = self.whole(ranked[0][0], title)
        return [End(key, title.i, title.i)]

    def before(self, index: int, sentences: int = 3, since: int | None = None,
               offices: bool = True) -> str | None:
        """The election named last before token `index`, in its sentence or the few before:
        what "los comicios", "las primarias" or an untitled candidacy are about (`since`: of
        that year or later)."""
        doc = self.parsed.doc
        first = self.parsed.sentence_of(doc[index].idx) - sentences
        for token in reversed(doc[:index]):
            if self.parsed.sentence_of(token.idx) < first:
                break
            if heads_election(token):
                key = self.named(token)
            elif offices and _running_for(token):
                key = self.for_office(token)  # "candidato a gobernador"
            else:
                continue
            if key and (since is None or self._year(key) >= since):
                return moved_on(self, key, token.i, index)  # not "En Las Condes, en cambio"
        return None

    def _in_year(self, key: str | None, token) -> str | None:
        """"ganó los comicios de 2024" in a story on the race of 2028: the race the text is
        about, in the year the phrase itself gives."""
        years = [int(t.text) for t in token.subtree if t.text.isdigit() and len(t.text) == 4
                 and t.text[:2] in ("19", "20") and t.nbor(-1).lower_ in ("de", "del", "en")]
        if key is None or not years or self._year(key) in (0, years[0]):
            return key
        return self.in_year(key, years[0], token)

    def in_year(self, key: str, year: int, token) -> str:
        """The race of `key` (an election or a round) held in `year`."""
        label = f"{self.kb.label(key).rsplit(' ', 1)[0]} {year}"
        hits = [i for i in self.kb.index.get(name_tokens(label), ())
                if self.kb.is_a(i, ELECTION) or self.kb.is_a(i, ROUND)]
        return hits[0] if hits else self._propose(
            label, ROUND if self.kb.is_a(key, ROUND) else ELECTION, token)

    def of_label(self, label: str, token) -> str:
        """The race the graph's convention calls `label`, the graph's own else proposed."""
        hits = [i for i in self.kb.index.get(name_tokens(label), ()) if self.kb.is_a(i, ELECTION)]
        return hits[0] if hits else self._propose(label, ELECTION, token)

    def _year(self, key: str) -> int:
        year = self.kb.label(key).rsplit(" ", 1)[-1]
        return int(year) if year.isdigit() else 0

    def context(self, token) -> str | None:
        """A bare "las elecciones" is the race named before; a whole race, not one of its
        rounds, unless the phrase dates it ("los comicios del domingo")."""
        key = self.before(token.i)
        dated = any(t.like_num or fold(t.lower_) in _WEEKDAYS | _MONTHS for t in token.subtree)
        return dated_recall(self, key, token) if dated else self.whole(key, token)

    def whole(self, key: str | None, token) -> str | None:
        """The presidential race a round `key` belongs to (other races as they are)."""
        if key is None or not self.kb.is_a(key, ROUND):
            return key
        label = self.kb.label(key)
        if not label.startswith(PRESIDENTIAL_ROUNDS):
            return key
        country, year = label.rsplit(" de ", 2)[-2:]
        race = f"{PRESIDENTIAL} de {country} de {year}"
        hits = [i for i in self.kb.index.get(name_tokens(race), ()) if self.kb.is_a(i, ELECTION)]
        return hits[0] if hits else self._propose(race, ELECTION, token)

    def for_office(self, token) -> str | None:
        """"aspira a la alcaldía de Santiago", "candidato a gobernador", "busca la
        reelección": the race that fills the office the noun names."""
        word = fold(token.lower_)
        kind = OFFICE_KINDS.get(word) or OFFICE_KINDS.get(folded_lemma(token)) or (
            LEGISLATIVE if prime_minister(token) else None) or (  # a parliament makes one
            REGIONAL if region_government(token) else None) or national_house(token) or (
            GOVERNOR if state_government(token) else None)
        if kind is None:
            return None
        if kind == MUNICIPAL and periphrasis(token) is not None:  # "de la segunda ciudad de X"
            town = periphrasis_town(self.parsed.doc, token, periphrasis(token))
            return self._election(f"{MUNICIPAL_RACE} de {town}", "", token) if town else None
        if town_office_race(self, token, kind):  # "a la alcaldía de Vilna": the town's race
            return town_office_race(self, token, kind)
        place = seat_place(token)  # "un escaño en las europeas / en el concejo"
        if place is not None and (is_election_noun(place) or european_chamber(place)):
            return self.named(place) if is_election_noun(place) else self.of_kind(
                EUROPEAN, place, [place.text])
        if place is not None and fold(place.lower_) in TOWN_COUNCILS:
            kind = MUNICIPAL
        words = [t.text for t in token.subtree if abs(t.i - token.i) <= 6]
        if word == "reeleccion":
            # a term sought lies ahead: not a race of earlier years the text recalls
            since = None if told_as(token, "Past") else self.parsed.document.anchor.year
            held = held_kind(self.parsed, token)
            key = self.before(token.i, since=since)
            if held is not None and (key is None or not race_of_kind(self.kb.label(key), held)):
                # a governor's or a mayor's re-election is in the race for that office the
                # text named before (however far back), not in another race named near it
                return last_of_kind(self, token.i, held, since) or held_race(self, token, held)
            return key or self.of_kind(kind, token, words, office=True)
        if kind in (PRESIDENTIAL, LEGISLATIVE) and race_after_office(token) is not None:
            # "en las autonómicas de 2023", "a primera ministra en las parlamentarias letonas"
            return self.named(race_after_office(token))
        if kind == PRESIDENTIAL and not self.presidency_named(token.i, token.i):
            region = region_of(words) or region_of(
                [t.text for t in token.doc[token.i + 1:token.i + 6]])
            # "a la Presidencia de la Junta / de la Generalitat": a Spanish region's government
            governs = any(fold(t.lower_) in REGION_GOVERNMENTS and t.text[:1].isupper()
                          for t in token.doc[token.i + 1:token.i + 5])
            return self.of_kind(REGIONAL, token, words) if region or governs else None
        if kind == LEGISLATIVE and word in ("congreso", "parlamento", "camara") and \
                region_of(words):
            return self.of_kind(REGIONAL, token, words)
        country = self._country_of(token, True) if kind == MUNICIPAL else None
        town = office_town(token, country) if kind == MUNICIPAL else None
        if town:  # "candidato a intendente de Córdoba": the town's own race
            return self._election(f"{MUNICIPAL_RACE} de {town}", "", token)
        if kind == MUNICIPAL and has_own_calendars(country):
            return None  # a town the text does not name, of a country voting town by town
        return self.of_kind(kind, token, words, office=True)

    def in_phrase(self, token) -> list[End]:
        """"candidato a la elección presidencial de Chile de 2029": the election the phrase
        headed by `token` names after it."""
        # not in a clause coordinated with the title's copula ("fue candidata presidencial y
        # quedó fuera de la segunda vuelta")
        clauses = {t.i for c in token.children if c.dep_ in ("conj", "parataxis")
                   and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        for t in token.subtree:
            key = self.named(t) if t.i > token.i and is_election_noun(t) and \
                t.i not in clauses else None
            if key:
                return [End(key, t.i, t.i)]
        return []

    def office_race(self, title) -> list[End]:
        """"candidato oficial de LLA a la gobernación en 2027": the race that fills the office
        the title names after words of its own."""
        office = office_after(title)
        key = self.for_office(office) if office is not None else None
        return [End(key, office.i, office.i)] if key else []

    def presidential(self, token, country: str | None = None) -> str | None:
        """"candidato a la presidencia", "el candidato presidencial": the presidential
        election of the title's country (else the text's) in the year its sentence gives."""
        return self._election("Elección presidencial", country or self._country_of(token),
                              token)

    def presidency_named(self, first: int, last: int) -> bool:
        """Whether the title on tokens `first`..`last` names the presidential race:
        "candidato presidencial", "candidato del PT a la presidencia / a la reelección"."""
        doc = self.parsed.doc
        tokens = list(doc[first:last + 1])
        after = doc[last + 1:last + 4]
        if len(after) == 3 and after[0].lower_ == "a" and after[1].pos_ == "DET":
            tokens.append(after[2])
        for token in tokens:
            if fold(token.lower_) not in _PRESIDENTIAL:
                continue
            following = doc[token.i + 1:token.i + 4]
            if is_town_office(token) or race_after_office(token) is not None:
                return False  # "a la presidencia municipal de Guadalajara": a town's
            if fold(token.lower_) == "presidencia" and len(following) > 1 and \
                    following[0].lower_ in ("de", "del") and not any(
                        fold(t.lower_) in ("republica", "nacion") or demonym_label(t) or
                        self._names_country(t) for t in following[1:]):
                return False  # "a la presidencia de la Generalitat": a regional office
            return True
        return False

    def _election(self, kind: str | None, country: str | None, token) -> str | None:
        """The election called "{kind} de {country} de {year}" (a race named by its
        parliament or province has no country: `country` is "")."""
        if kind is None or country is None:
            return None
        race = f"{kind} de {country}" if country else kind
        year, own = self._year_of(token)
        if own:  # a race recalled gives its year to its own sentence only (see `given`)
            self._years.setdefault(race, []).append((token.i, year))
        else:
            # "las legislativas" after "las legislativas de 2029", "el aspirante presidencial
            # ... de cara a los comicios de febrero"; not a race recalled
            end = token.sent.end
            if in_headline(token) and not self._body_read:
                # the body's years, for a headline: read once, since every phrase of the body
                # asking back for the headline's would read the whole body again
                self._body_read, end = True, len(self.parsed.doc)
            for before in self.parsed.doc[:end]:
                if heads_election(before) and before.i != token.i:
                    self.named(before)  # read in the text's order, whatever asked first
            given = years_given(self, race, token)
            if not given and race.startswith(MUNICIPAL_RACE + " de "):
                national = national_race(race, lambda: self._country_of(token, True))
                given = years_given(self, national, token) if national else []
            if given:
                year = given[-1]
            elif kind == EUROPEAN:
                year = european_year(year, token)
            elif spanish_municipal(race, lambda: self._country_of(token, True)):
                year = municipal_year(year, token)
            elif year == self.parsed.document.anchor.year and is_election_noun(token) and \
                    told_as(token, "Past"):  # a race told as held, not a title's act
                year = self._last_held(race) or year
        label = f"{race} de {year}"
        hits = [i for i in self.kb.index.get(name_tokens(label), ())
                if self.kb.is_a(i, ELECTION) or self.kb.is_a(i, ROUND)]
        if hits:
            return hits[0]
        return self._propose(label, ROUND if "vuelta" in kind else ELECTION, token)

    def last_presidential(self, token, country: str | None = None) -> str | None:
        """"la excandidata presidencial X": the last presidential race of the title's country
        (else the text's) held before the article, when the graph holds it."""
        country = country or self._country_of(token)
        race = f"{PRESIDENTIAL} de {country}" if country else None
        year = self._last_held(race) if race else None
        hits = [i for i in self.kb.index.get(name_tokens(f"{race} de {year}"), ())
                if self.kb.is_a(i, ELECTION)] if year else []
        return hits[0] if hits else None

    def _last_held(self, race: str) -> int | None:
        """"hice campaña por él en la primera vuelta", told in an April: the last race of the
        graph's of that name held before the article's day (within a term's years), not one
        of the article's year still ahead."""
        day = self.parsed.document.anchor.day
        if day is None:
            return None
        held = [info.date.start.year for cls in (ELECTION, ROUND) for info in self.kb.of_class(cls)
                if info.date is not None and info.date.start < day and
                0 <= day.year - info.date.start.year <= 5 and
                self.kb.label(info.iri).rsplit(" de ", 1)[0] == race]
        return max(held) if held else None

    def _propose(self, label: str, cls: str, token) -> str:
        key = NEW + slug(label)
        if key not in self.parsed.proposals:
            entity = CandidateEntity(key, label, cls, example=token.sent.text)
            self.parsed.proposals[key] = entity
            self.kb.candidates[key] = entity
        return key

    def _of_the_day(self, token) -> str | None:
        """"la elección" in a report on a vote: the graph's election or round held on the
        article's day or in the weeks before it, in the country the text is about."""
        day = self.parsed.document.anchor.day
        country = self.document_country()
        if day is None or country is None or fold(token.lower_) == "vuelta":
            return None
        held = []
        for info in self.kb.of_class(ROUND) + self.kb.of_class(ELECTION):
            if info.date is None or info.date.precision != "day":
                continue
            where = self.kb.country(info.iri)
            if where is not None and self.kb.label(where) != country:
                continue
            if 0 <= (day - info.date.start).days <= 45:
                held.append((info.date.start, ROUND in info.classes, info.iri))
        return max(held)[2] if held else None

    def _presidential(self, token) -> bool:
        return "presiden" in fold(token.sent.text.lower()) or "balotaje" in fold(
            token.sent.text.lower())

    def _year_of(self, token) -> tuple[int, bool]:
        """The race's year, and whether the phrase's own words give it (a year, a month): a
        date elsewhere in the sentence may be of the act told, not of the vote."""
        for t in token.doc[token.i + 1:min(token.i + 12, token.sent.end)]:
            # "la elección presidencial de Chile de 2029": the year in the election's own name
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                break
            if year_of(t.text) and (t.nbor(-1).lower_ in ("de", "del", "en") or t.nbor(
                    -1).lower_ == "para" and t.head in (token, *token.ancestors)):
                return year_of(t.text), True  # "su candidatura a X para 2027" too
        relative = relative_year(token, self.parsed.document.anchor.year,
                                 self.parsed.document.anchor.day)
        if relative:
            return relative, True  # "las autonómicas del próximo año"
        sentence = token.sent
        offset = token.idx - sentence.start_char
        phrase = (min(t.idx for t in token.subtree) - sentence.start_char,
                  max(t.idx + len(t) for t in token.subtree) - sentence.start_char)
        purpose = for_race_ahead(token)
        best = None
        anchor = self.parsed.document.anchor
        for time in find_times(sentence.text, anchor):
            if time.date is None or time.since or race_tense.of_another_clause(token, time.start):
                continue  # "concejal desde 2019": a term's start, no race's year
            distance = abs(time.start - offset)
            if distance < 60 and (best is None or distance < best[0]):
                year = time.date.start.year
                # a month without a year ("de enero") is put nearest the article's date; the
                # tense says which side of it
                yearless = time.date.precision == "month" and not any(
                    w.isdigit() and len(w) == 4 for w in time.text.split())
                if anchor.day and time.date.start > anchor.day and yearless and \
                        told_as(token, "Past") and not purpose and \
                        not under_standing_title(token):
                    year -= 1  # "fue candidato en las presidenciales de enero", in November
                elif anchor.day and time.date.start < anchor.day and yearless and (
                        told_as(token, "Fut") or told_as(token, "Pres") or purpose or
                        sought_for(sentence, time.start) or
                        under_standing_title(token, anchor.day - time.date.start)):
                    # "para las elecciones de octubre", "aspira ... en las de octubre", in March
                    year += 1
                # a day in a title's phrase ("el aspirante ... el martes") dates the act told
                own = phrase[0] <= time.start < phrase[1] and (
                    is_election_noun(token) or time.date.precision != "day")
                best = (distance, year, own)
        if best:
            return best[1], best[2]
        return years_ago(token, anchor.year) or fronted_year(sentence) or anchor.year, False
