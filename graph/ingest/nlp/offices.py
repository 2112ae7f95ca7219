"""Offices a title names, by the graph's convention: "Presidente de Argentina", "Primer
ministro de Italia", "Diputado"; an office of a country needs its country (said in the title,
the person's own, or the one the sentence or the article is about). Read as part of the role
reader."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.ingest import lexicon as lx
from graph.ingest.knowledge import (
    COUNTRY,
    OFFICE,
    PARTY,
    PLACE,
    name_tokens,
)
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp import gazetteer
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.governed_regions import governed_state
from graph.ingest.nlp.governing_bodies import leaders_country, of_partisans, placed_body
from graph.ingest.nlp.institutions import INSTITUTION_NOUNS, is_institution
from graph.ingest.nlp.lieutenancies import FIRST, LIEUTENANTS, MAYORS, lieutenancy
from graph.ingest.nlp.office_countries import (
    context_country,
    elsewhere,
    from_afar,
    on_a_person,
)
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.provincial_councils import council_of_story
from graph.ingest.nlp.regional_governments import regional_government
from graph.ingest.nlp.regional_presidents import regional_head, sole_region, story_region
from graph.ingest.nlp.regional_rounds import region_named_before
from graph.ingest.nlp.shared_towns import town_country
from graph.ingest.nlp.this_city import said_town, said_town_of, town_before, whose_town
from graph.ingest.nlp.town_councils import council_town
from graph.ingest.nlp.triggers import OFFICE_NOUNS, OFFICE_VERBS
from graph.ingest.nlp.words import (
    CANONICAL,
    folded_lemma,
    verb_lemma,
)
from graph.ingest.reading import fold

_ORG_NOUNS = {"partido", "colectividad", "formacion", "red", "fundacion", "organizacion",
              "coalicion", "agrupacion", "movimiento", "plataforma", "grupo", "bancada",
              "comite", "junta", "asociacion", "tienda",
              # the kinds of a think tank or a body of its own: "el director del centro de
              # estudios X", "la presidenta del laboratorio de ideas X" lead X itself
              "instituto", "laboratorio", "ideas", "estudios", "pensamiento", "observatorio",
              "think", "tank", "entidad", "ong", "sindicato", "gremio", "organismo",
              # a medium: "el director del semanario X" leads the weekly itself
              "diario", "periodico", "semanario", "revista", "canal", "cadena", "emisora",
              "radio", "agencia", "portal", "medio", "televisora", "television"}
# Where a party stands, said of it: "el partido de extrema derecha Chega" is the party itself
_LEANINGS = {"extrema", "derecha", "izquierda", "ultraderecha", "ultraizquierda", "centro",
             "centroderecha", "centroizquierda", "radical", "populista", "ultra"}
# Bodies within a party or an organization
_PARTS = {"grupo", "bancada", "comision", "comite", "juventudes", "juventud", "fundacion",
          "federacion", "delegacion", "seccion", "consejo", "gabinete"}
# Words that link an office's name to its complement ("Ministro del Interior") and end no name
LINKS = {"de", "del", "en", "por", "la", "el", "los", "las"}
_DATE_WORDS = {fold(w) for w in lx.MONTH_AND_DAY_NAMES} | {"ayer", "hoy", "anoche", "manana"}
_SEATS_BY_PLACE = {"alcalde", "vicealcalde", "gobernador", "vicegobernador", "intendente"}
_OWN_STATE = {"de la republica", "de la nacion", "del pais", "de pais"}
# Nouns of a town or district an office is of: an adjective on one of them ("de la comuna
# chilena de Providencia") says where the town lies, not whose national office the title is.
TOWN_NOUNS = {"comuna", "municipio", "municipalidad", "ciudad", "localidad", "villa", "distrito",
              "canton", "parroquia", "pueblo", "ayuntamiento", "concejo", "departamento",
              "provincia", "region", "estado", "condado"}
# seats of a town's council, named with their town
_TOWN_SEATS = {"concejal", "regidor", "edil"}
# A regional government's members (a city's in Ceuta and Melilla): no country has one
_REGIONAL_CABINET = {"consejero", "conseller", "conselleiro"}
_SEATS = {"diputado", "senador", "eurodiputado", "legislador", "concejal", "congresista", "papa",
          "lehendakari"}


@dataclass
class Title:
    word: str  # the role word, e.g. "presidenta"
    token: int
    former: bool
    first: int  # the phrase's tokens
    last: int
    modifiers: list[str] = field(default_factory=list)  # "primer", "general"
    targets: list[End] = field(default_factory=list)  # entities of the complement
    countries: list[str] = field(default_factory=list)  # country names
    complement: str = ""  # "de Estado", "de la Presidencia": words of an office's name
    office: str | None = None  # the office, when the linker named it

    @property
    def of_part(self) -> bool:
        """Whether the title is of a body or a task within what it names ("el presidente del
        grupo parlamentario de Vox", "la secretaria de la juventudes de X", "el director de
        campaña del partido")."""
        words = self.complement.split()
        return bool(set(fold(self.complement.lower()).split()) & _PARTS) or any(
            w.islower() and w not in LINKS and fold(w) not in _ORG_NOUNS | _LEANINGS
            for w in words)

    def set_complement(self, words: list[str]) -> None:
        """The words of the office's name after the title, when they are a "de" phrase."""
        words = trim_links(words)
        # "la única edil del partido en la capital": a "del" whose noun was taken for the party
        # (a target) leaves a place phrase, no name
        if words and words[0].lower() in ("de", "del") and (
                len(words) < 2 or words[1].lower() not in ("en", "por")):
            self.complement = " ".join(words)


def _by_its_place(title: Title, after: str | None) -> None:
    """"la alcaldesa de la comuna chilena de Providencia", "el gobernador de la provincia de
    Salta": a generic word for a territory before its name; the office is the named place's
    ("Alcalde de Providencia"), not the country's the demonym gives. `after`: a capitalized
    name right after the phrase's "de", which no list knows ("de Ñuñoa")."""
    words = {fold(w.lower()) for w in title.complement.split()} - LINKS
    places = [c for c in title.countries if not gazetteer.is_country(c)]
    places += [after] if after else []
    if words and words <= _TERRITORIES and places:
        title.complement = "de " + places[-1]
        title.countries = []


# A governed territory by its generic word alone: the one the text is about
_BARE_STATES = {"del departamento", "de la provincia", "del estado", "de la region",
                "del departamento autonomo"}
# Generic words for a territory that a title names before the territory's own name
_TERRITORIES = {"comuna", "municipio", "ciudad", "provincia", "departamento", "region",
                "localidad", "distrito", "canton", "municipalidad", "villa", "pueblo"}


def seated_in(doc, kb, target: End) -> bool:
    """"El diputado del FPÖ en el Consejo Nacional", "la portavoz de Vox en la Asamblea de
    Madrid": a title's "en" phrase names the chamber one sits in, not one's party."""
    i = target.first - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    return i >= 0 and doc[i].lower_ == "en" and not kb.is_a(target.key, PARTY)


def trim_links(words: list[str]) -> list[str]:
    """The words without the links they end with ("de", "en la"), nor a date after them ("al
    exalcalde de Tegucigalpa el miércoles")."""
    dated = [i for i, w in enumerate(words) if fold(w.lower()) in _DATE_WORDS]
    end = dated[0] if dated else len(words)
    while end and words[end - 1].lower() in LINKS:
        end -= 1
    return words[:end]


class OfficeNaming:
    """The offices of titles, and offices taken ("asumió la presidencia")."""

    def taken_office(self, verb) -> list[Found]:
        """"asumió la presidencia de Chile", "asumió su segundo mandato": the office of the
        country named, else of the person's own country."""
        if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in OFFICE_VERBS or \
                verb.morph.get("Tense") == ["Fut"]:
            return []  # "asumirá la presidencia": not held yet
        found = []
        for noun in verb.children:
            word = OFFICE_NOUNS.get(folded_lemma(noun))
            if noun.dep_ != "obj" or word is None:
                continue
            title = self._phrase(noun.i, self._phrase_end(noun.i), word, False)
            title.first = noun.i
            # "asumió la presidencia José Antonio Kast": the name after the office, which the
            # small model hangs on it, is the subject put after the verb
            after = [e for c in noun.children if c.dep_ == "appos" and c.i == title.last + 1
                     for e in self.parsed.ends(c, conj=False)]
            for person in after or subject_ends(self.parsed, verb):
                if not self.parsed.is_person(person.key):
                    continue
                office = self._office(title, person.key)
                if office and self.kb.fits("holdsOffice", person.key, office):
                    found.append(Found("holdsOffice", person, End(office, noun.i, title.last),
                                       0.7, f"verb:{verb_lemma(verb)}", verb.i, dated=False))
        return found

    def _office(self, title: Title, person: str) -> str | None:
        """The office a title names: "Presidente de Argentina", "Primer ministro de Italia",
        "Diputado"; an office of a country needs the country (said, or the person's own)."""
        word = CANONICAL.get(title.word, title.word)
        if set(title.modifiers) & {"electo", "electa", "proximo", "futuro", "futura"}:
            return None  # not held yet
        if word == "secretario" and not title.complement or \
                of_partisans(self.doc, title.token, title.last):
            return None  # "el secretario general de los populares": a party's post
        last = title.complement.split()[-1] if title.complement else ""
        if fold(last.lower()) in _ORG_NOUNS and not (
                last[:1].isupper() and fold(last.lower()) in INSTITUTION_NOUNS):
            return None  # "el presidente de la colectividad" leads it ("de la Junta": an office)
        _by_its_place(title, self._named_after(title))
        if word in ("gobernador", "vicegobernador") and not title.countries and \
                fold(title.complement.lower()) in _BARE_STATES:
            # "el gobernador del departamento": of the one the text is in (else the one
            # region it named before, "el Azuay"), else of none said
            state = governed_state(self.doc) or region_named_before(self.doc, title.token)
            if state is None:
                return self._known_office(word.capitalize()) or \
                    self._propose(word.capitalize(), title)
            title.complement = "de " + state
        council = council_of_story(self.parsed, title.complement) if \
            not title.countries else None
        if council is not None:  # "el presidente de la Diputación", in a story set in Huelva
            title.complement = council
        council = council_town(self.parsed, title.token) if word in _TOWN_SEATS else None
        if council is not None:  # "concejala en el Ayuntamiento de Tudela"
            title.complement, title.countries = ("de " + council[1]) if council[1] else "", []
            # Spain's "regidor" of an Ayuntamiento sits as its "concejal"
            word = "concejal" if council[0] == "ayuntamiento" else word
        after = self._named_after(title)
        if word in _SEATS_BY_PLACE and not title.complement and not title.countries and after:
            title.complement = "de " + after  # "exalcaldesa de Cáceres": a town no list knows
        town = whose_town(self.doc, title.token) if word in _SEATS_BY_PLACE and \
            not title.complement and not title.countries else None
        if town and not self._someone(*town):
            title.complement = "de " + self.doc[town[0]:town[1]].text  # "Illescas, cuyo alcalde"
        if (word in _SEATS_BY_PLACE or word in _TOWN_SEATS) and said_town(title.complement) \
                and not title.countries:
            # "fue alcalde de esta ciudad", "concejal de la capital": of the town the text is
            # in (a council seat of a town unsaid is a council seat)
            town = said_town_of(self.doc, title.complement, title.token)
            title.complement = "de " + town if town else \
                "" if word in _TOWN_SEATS else title.complement
        country = title.countries[0] if title.countries else None
        # "del Gobierno de Meloni": of the country of the one who heads it
        country = country or leaders_country(self.parsed, title)
        # "del Gobierno aragonés": the region's government, not one of no place
        title.complement = placed_body(title.complement, None if country else self._region(title))
        # "el presidente de la Junta" in a paper of Castilla-La Mancha ("del Principado" is
        # read as a place of its own)
        government = regional_government("de " + country if country else title.complement,
                                         self.doc)
        if government:
            title.complement, country = government, None
        if "regional" in title.modifiers and not title.complement and not country and \
                word not in _SEATS:
            # "fue consejero regional": of a region unsaid, not the country's office; "el
            # presidente regional" in a story set in a Spanish region heads that one (the word
            # says a region's, whatever country the story's foreign guests are from)
            region = (story_region(self.doc) or sole_region(self.doc)) if word == "presidente" and \
                self.parsed.nationality.get(person) in (None, "España") else None
            if region:
                region = f"Presidente de {region}"
                return self._known_office(region) or self._propose(region, title)
            return self._known_office(word.capitalize() + " regional") or \
                self._propose(word.capitalize() + " regional", title)
        deputy = "viceprimer" in title.modifiers and word == "ministro"
        premier = deputy or "primer" in title.modifiers and word == "ministro"
        seat = word in _SEATS
        if not title.complement and not country and not seat:
            # "el presidente andaluz": of Andalucía ("la senadora cordobesa" sits for it in
            # the country's senate)
            region = self._region(title) or (
                governed_state(self.doc) if word in ("gobernador", "vicegobernador") else None)
            title.complement = "de " + region if region else ""
        words = fold(title.complement.lower()).split()
        if len(words) > 3 and " ".join(words[-3:]) in _OWN_STATE and not country:
            # "de la Cámara de Diputados de la Nación": the chamber of the state the person
            # or the text is in, named by its country (whoever holds the state's own office)
            known = self.kb.country(person)
            state = self.kb.label(known) if known else self._context_country(
                title, person) or self.parsed.elections.document_country()
            if state:
                title.complement = " ".join(title.complement.split()[:-3] + ["de", state])
        if fold(title.complement.lower()) in _OWN_STATE and not country:
            # "el presidente de la República", "del país", "fue primera ministra de su país"
            # (its possessive is not kept): of the state the person or the text is in
            known = self.kb.country(person)
            country = self.kb.label(known) if known else self._context_country(title, person)
            if country is None and fold(title.complement.lower()) in ("del pais", "de pais"):
                return None  # "Presidente del país" names no office
            title.complement = "" if country else title.complement
        if word == "ministro" and not premier:
            return self._known_office(word)
        if country is None and not seat and not title.complement:
            own = self._own_office(_premier_name(deputy) if premier else word, person)
            if own:
                return own  # "el presidente Trump": the presidency the graph says he holds
            if word in _SEATS_BY_PLACE and _lieutenant(self.doc, title.token):
                # "el exteniente de alcalde X": the second of the town the text is in
                town = town_before(self.doc, title.token)
                title.former = title.former or _lieutenant(self.doc, title.token) == "ex"
                return self._propose(f"{lieutenancy(self.doc, title.token)} {word} de {town}",
                                     title) if town else None
            if word in _SEATS_BY_PLACE:
                # "el gobernador Tarcísio de Freitas": a governor, of a place unsaid
                bare = not self._of_something(title)
                return (self._known_office(word.capitalize()) or
                        self._propose(word.capitalize(), title)) if bare else None
            known = self.kb.country(person)
            country = self.kb.label(known) if known else self._context_country(title, person)
            region = regional_head(self.parsed, word, person) if country is None and \
                not known and not self._of_something(title) else None
            if region:  # "la presidenta Prohens" in a story set in the Balearic Islands
                return self._known_office(region) or self._propose(region, title)
            if country is None or (not known and self._of_something(title)):
                return None
        if word in _REGIONAL_CABINET and "nacional" in title.modifiers and \
                not self._of_something(title):
            # "la consejera nacional X": a seat in a national council (Switzerland's,
            # Austria's), of the person's country or the story's
            # (a canton or a region the story names is no national council's place)
            if not (country and gazetteer.is_country(country)):
                known = self.kb.country(person)
                country = self.kb.label(known) if known else self._context_country(title, person)
            if not (country and gazetteer.is_country(country)):
                country = self.parsed.elections.document_country()  # the article's
            name = f"{word.capitalize()} nacional de {country}"
            return (self._known_office(name) or self._propose(name, title)) if country and \
                gazetteer.is_country(country) else None
        if word in _REGIONAL_CABINET and not title.complement and not title.countries and \
                "nacional" not in title.modifiers:
            # "el exconsejero X": of a region or city unsaid, never the country's; in a story
            # set in a Spanish region, of its government ("la consejera X" in a paper of Jaén)
            region = story_region(self.doc) if self.parsed.nationality.get(person) in (
                None, "España") else None
            return (self._known_office(f"{word.capitalize()} de {region}") or
                    self._propose(f"{word.capitalize()} de {region}", title)) if region else None
        name = _premier_name(deputy, title.word == "ministra") if premier else word.capitalize()
        if word in _SEATS_BY_PLACE and _lieutenant(self.doc, title.token):
            # "el teniente de alcalde de Lima" is not its mayor
            name = lieutenancy(self.doc, title.token) + " " + word
        if "general" in title.modifiers:
            name += " general"
        if title.complement:
            name += " " + title.complement
        if country and (not seat or word in _TOWN_SEATS and not gazetteer.is_country(country)
                        and fold(country.lower()).split()[0] not in
                        INSTITUTION_NOUNS | TOWN_NOUNS):
            name += " de " + country  # "concejal de Vigo": a town's council seat is the town's
        elif word in _SEATS_BY_PLACE and not (title.complement and any(
                w[:1].isupper() for w in title.complement.split())):
            return None  # a mayor or governor of no place it names ("de São Paulo" is one)
        return self._known_office(name) or self._propose(name, title)

    def _someone(self, start: int, end: int) -> bool:
        """Whether the name at [start, end) is a person's or an organization's, not a town's."""
        mention = self.parsed.mention(self.doc[start])
        return mention is not None and (self.parsed.is_person(mention.key) or self.kb.is_a(
            mention.key, PARTY) or is_institution(self.kb, mention.key))

    def _named_after(self, title: Title) -> str | None:
        doc = self.doc
        i = title.last + 1
        if i + 1 >= len(doc) or doc[i].lower_ != "de" or not doc[i + 1].text[:1].isupper() \
                or self.parsed.mention(doc[i + 1]) is not None:
            return None
        j = i + 1
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        return doc[i + 1:j].text if j > i + 1 else None

    def _region(self, title: Title) -> str | None:
        """The region, province or city an adjective of the title names ("bonaerense")."""
        for token in self.doc[title.token + 1:title.last + 1]:
            if token.pos_ == "ADJ" and gazetteer.regional_demonym(token.text):
                return gazetteer.regional_demonym(token.text)
        return None

    def _own_office(self, name: str, person: str) -> str | None:
        """The one office of this title the curated graph says the person holds."""
        start = fold(name.lower())
        held = [o for o in self.kb.offices(person)
                if (fold(self.kb.label(o).lower()) + " ").startswith(start + " ")]
        return held[0] if len(held) == 1 else None

    def _of_something(self, title: Title) -> bool:
        """"su presidente", "presidenta de Identidad-Libertades": the title is of something
        the phrase names, not of a country the context gives."""
        doc = self.doc
        owned = any(c.lower_ in ("su", "sus") for c in doc[title.token].children)
        return owned or any(t.lower_ in ("de", "del") for t in doc[title.token:title.last + 2])

    def _context_country(self, title: Title, person: str) -> str | None:
        """The country an office without one belongs to: the only one its sentence names,
        else the one the article names most ("la presidenta Castro" in a report on
        Honduras)."""
        sentence = self.doc[title.token].sent
        named = set()
        for mention in self.parsed.linked.mentions:
            if sentence.start <= mention.start < sentence.end and not (
                    mention.kind == "demonym" and  # "el escritor argentino": his, not the office's
                    on_a_person(self.parsed, self.doc[mention.start])):
                key = mention.key if self.kb.is_a(mention.key, COUNTRY) else \
                    self.kb.country(mention.key) if mention.kind == "metonym" else None
                city = gazetteer.place(mention.text) if not self.kb.classes(mention.key) or \
                    self.kb.is_a(mention.key, PLACE) else None  # not Paloma Valencia
                if key and not from_afar(self.doc[mention.start], title):
                    named.add(self.kb.label(key))
                elif city is not None and city.kind == "city" and \
                        town_country(self.doc, city.name) and \
                        not elsewhere(self.doc, title, self.doc[mention.start]):
                    # "viajó a San Salvador, donde lo recibió el presidente": its country
                    named.add(town_country(self.doc, city.name))
        return context_country(self, title, person, named)

    def _known_office(self, name: str) -> str | None:
        hits = [i for i in self.kb.index.get(name_tokens(name), ()) if self.kb.is_a(i, OFFICE)]
        return hits[0] if len(hits) == 1 else None

    def _propose(self, name: str, title: Title) -> str:
        key = NEW + slug(name)
        if key not in self.proposals:
            sentence = self.doc[title.token].sent.text
            self.proposals[key] = CandidateEntity(key, name, OFFICE, example=sentence)
            self.kb.candidates[key] = self.proposals[key]
        return key


def past_lieutenancy(doc, i: int) -> int:
    """"X, teniente de alcalde de Y", "X, exteniente de alcalde por Vox": the mayor's word,
    which the title is read from (as its lieutenant's, see `_lieutenant`), when the words at
    `i` name a mayor's lieutenant ("primer teniente de alcalde" too); else `i`."""
    if i + 3 < len(doc) and fold(doc[i].lower_) in FIRST:
        j = past_lieutenancy(doc, i + 1)
        return j if j != i + 1 else i
    if i + 2 < len(doc) and doc[i + 1].lower_ == "de" and \
            fold(doc[i + 2].lower_) in MAYORS and \
            fold(doc[i].lower_).replace("-", "") in LIEUTENANTS:
        return i + 2
    return i


def _lieutenant(doc, token: int) -> str:
    """"teniente de alcalde": "yes"; "exteniente de alcalde", "ex teniente de alcalde": "ex";
    else ""."""
    if token < 2 or doc[token - 1].lower_ != "de":
        return ""
    word = fold(doc[token - 2].lower_).replace("-", "")
    if word in ("teniente", "tenienta"):
        return "ex" if token >= 3 and fold(doc[token - 3].lower_) == "ex" else "yes"
    return "ex" if word in ("exteniente", "extenienta") else ""


def _premier_name(deputy: bool, feminine: bool = False) -> str:
    # a woman's deputy premiership keeps her title's form: "viceprimera" is no other word's
    # feminine the way "primera ministra" is "primer ministro"'s
    if deputy:
        return "Viceprimera ministra" if feminine else "Viceprimer ministro"
    return "Primer ministro"
