"""Where a race named by a common noun is held: the country of "las presidenciales" (named in
its phrase, else by the races named before it, its sentence or the article), the parliament a
regional election fills, the province of a governor's race. `Elections` reads its phrases with
these."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.document_places import country_of, region_counts, towns_country
from graph.ingest.nlp.election_kinds import (
    FIRST_ROUND,
    HOUSES,
    LEGISLATIVE,
    PRESIDENTIAL,
    PROVINCE_DEMONYMS,
    PROVINCE_NOUNS,
    REGION_PARLIAMENTS,
    SECOND_ROUND,
    kind_of,
    region_of,
)
from graph.ingest.nlp.election_nouns import heads_election, is_election_noun
from graph.ingest.nlp.provinces_told import province_told_before
from graph.ingest.nlp.race_countries import sentence_country
from graph.ingest.nlp.race_runners import controller, rivals, runners_country
from graph.ingest.nlp.shared_towns import town_country
from graph.ingest.nlp.story_provinces import names_a_body, story_province
from graph.ingest.nlp.words import RELATIVES, demonym_label, folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs of running in a race, and nouns of it a verb may take ("optar a la reelección")
_RUNS = {"presentar", "optar", "aspirar", "competir", "concurrir", "postular", "disputar",
         "buscar", "repetir", "ganar", "perder", "vencer", "medir", "enfrentar", "encabezar",
         "liderar", "correr", "lanzar", "quedar", "salir", "caer", "imponer", "triunfar",
         "arrasar", "derrotar", "batir", "participar", "pelear", "luchar"}
_RUNNING_NOUNS = {"reeleccion", "candidatura", "postulacion", "lista", "escano"}
# Relations that carry a race's phrase up to the verb of its clause
_UP = {"obl", "nmod", "obj", "iobj", "obl:arg", "conj"}
_CANDIDATES = {"candidato", "candidata", "aspirante", "candidatos", "candidatas"}


class RacePlaces:
    """The places of races, for a reader holding `parsed`, `kb`, `_country` and `_towns` (the
    article's country and its towns' country once read, "" for none)."""

    def _parliament(self, token, words: list[str]) -> str | None:
        """"a las Cortes de Aragón": the house a regional election fills, from the phrase's
        region, else a house of a region the text names, else the region it names."""
        region = region_of(words)
        if region:
            return REGION_PARLIAMENTS[region]
        doc = self.parsed.doc
        for t in list(token.sent) + list(reversed(doc[:token.sent.start])):
            house = HOUSES.get(fold(t.lower_))
            if house and t.text[:1].isupper() and t.i + 2 < len(doc) and \
                    doc[t.i + 1].lower_ == "de" and doc[t.i + 2].text[:1].isupper():
                place = self._name_at(t.i + 2)
                region = region_of([place])
                return REGION_PARLIAMENTS[region] if region else f"{house} de {place}"
        regions = region_counts(doc)
        return REGION_PARLIAMENTS[regions.most_common(1)[0][0]] if regions else None

    def house_before(self, token) -> bool:
        """"cabeza de lista a la Asamblea en las elecciones de 2023": a bare house right
        before the election phrase of `token`, the house of a Spanish region the text names
        ("la Asamblea de Melilla"), makes the race that region's."""
        doc = self.parsed.doc
        i = token.i - 1
        while i > 0 and doc[i].pos_ == "DET":
            i -= 1
        if i < 2 or doc[i].lower_ != "en":
            return False
        house = doc[i - 1]
        if fold(house.lower_) not in HOUSES or not house.text[:1].isupper():
            return False
        parliament = self._parliament(token, [])
        return parliament in REGION_PARLIAMENTS.values() and house.text in parliament.split()

    def _province(self, token, words: list[str]) -> str | None:
        """The province or state of a governor's race: named in the phrase ("gobernador de
        Buenos Aires", "el gobernador bonaerense"), else the one the text named before."""
        doc = self.parsed.doc
        for t in token.subtree:
            if fold(t.lower_) in PROVINCE_DEMONYMS:
                return PROVINCE_DEMONYMS[fold(t.lower_)]
        for t in doc[token.i + 1:token.i + 3]:
            if t.lower_ == "de" and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper() \
                    and not names_a_body(self.parsed, t.i + 1):
                return self._name_at(t.i + 1)
        for t in list(doc[token.i + 1:token.i + 5]) + list(reversed(doc[:token.i])):
            if fold(t.lower_) in PROVINCE_NOUNS and t.i + 2 < len(doc) and \
                    doc[t.i + 1].lower_ == "de" and doc[t.i + 2].text[:1].isupper():
                return self._name_at(t.i + 2)
        # the state the story names far more than any other before the last one named in
        # passing ("el armador bonaerense X" in a story on Misiones)
        return story_province(doc) or province_told_before(
            doc, token.i, lambda i: names_a_body(self.parsed, i))

    def _name_at(self, index: int) -> str:
        mention = self.parsed.mention(self.parsed.doc[index])
        if mention is not None and mention.start == index:
            return self.parsed.doc[mention.start:mention.end].text
        return self.parsed.doc[index].text

    def _names_country(self, token) -> bool:
        mention = self.parsed.mention(token)
        return mention is not None and self.kb.is_a(mention.key, COUNTRY)

    def _country_of(self, token, office: bool = False) -> str | None:
        """The country of the race: named in the phrase, else that of the national races the
        text named before, else in its sentence (for an office sought, the text's: "la lista
        de diputados" is not of a country the sentence names for another reason), else the
        text's."""
        named = self._phrase_country(token, office)
        if named or office:
            return named or self.document_country() or self._towns_country()
        earlier = self._raced_before(token)
        runner = None if earlier and earlier[1] else self._runner_country(token)
        if runner == "":
            return None  # "X derrotó a Y" of two countries: a wrong country is worse
        if runner:
            return runner  # "Orbán, que se presentará a la reelección en las legislativas"
        if earlier:
            return earlier[0]  # "las presidenciales de 2021" in a text on Peru's elections
        return sentence_country(self.parsed, token) or self.document_country() or \
            self._towns_country()

    def _runner_country(self, token) -> str | None:
        """The own country of the one the clause says runs in the race (by the graph, else
        by the text): "Orbán, que se presentará a la reelección en las legislativas", "la
        expresidenta chilena, que compitió en las presidenciales de 2021", wherever the
        story is told."""
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in _UP and verb.head != verb:
            verb = verb.head
        # "Cedeño fue candidata en las generales de 2024": a candidate's copula runs too
        copula = verb.pos_ in ("NOUN", "ADJ") and fold(verb.lower_) in _CANDIDATES and any(
            c.dep_ == "cop" for c in verb.children)
        if not copula and (verb.pos_ not in ("VERB", "AUX") or verb_lemma(
                verb) not in _RUNS and not any(folded_lemma(c) in _RUNNING_NOUNS
                                               for c in verb.children)):
            return None
        if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "se presentó y perdió en las presidenciales"
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if (subject is None or subject.lower_ in RELATIVES) and \
                verb.dep_ in ("acl", "acl:relcl"):
            subject = verb.head  # the antecedent of "que"
        subject = subject or controller(verb)
        own = self._subject_country(subject) or (runners_country(self.parsed, [subject])
                                                 if subject is not None else None)
        others = runners_country(self.parsed, rivals(verb, token))
        if own and others is not None and others != own:
            return ""  # runners of two countries: which race is not said
        return own or others

    def _subject_country(self, subject) -> str | None:
        if subject is None:
            return None
        persons = {m.key for t in [subject, *subject.children]
                   if t == subject or t.dep_ in ("appos", "flat")
                   for m in [self.parsed.mention(t)] if m is not None and
                   self.parsed.is_person(m.key)}
        if len(persons) != 1:
            return None
        person = persons.pop()
        own = self.kb.country(person)
        country = self.kb.label(own) if own else self.parsed.nationality.get(person)
        place = gz.place(country) if country else None
        return place.name if place is not None and place.kind == "country" else None

    def _phrase_country(self, token, office: bool = False) -> str | None:
        if token.dep_ == "amod" and token.head.pos_ == "NOUN" and demonym_label(token.head):
            return demonym_label(token.head)  # "las presidenciales peruanas", parsed the other way
        for t in token.subtree:
            # "de las presidenciales portuguesas" may be parsed with the demonym as its noun
            label = demonym_label(t) if t.pos_ == "ADJ" or t.dep_ == "amod" or any(
                c.dep_ == "amod" and is_election_noun(c) for c in t.children) else None
            if label:
                return label
            mention = self.parsed.mention(t)
            if mention is not None and self.kb.is_a(mention.key, COUNTRY):
                return self.kb.label(mention.key)
            if office and mention is not None and mention.start == t.i:
                # "la lista al Senado por la ciudad de Buenos Aires": the city's country
                found = gz.place(self.parsed.doc[mention.start:mention.end].text)
                own = town_country(self.parsed.doc, found.name) if found is not None and \
                    found.kind == "city" else None
                if own:
                    return own
        return None

    def _raced_before(self, token) -> tuple[str, bool] | None:
        """The country a national race named before `token` names in its phrase: the last in
        its sentence, else the one country of those the text named before (and whether it was
        in the sentence). A race named by its year alone is of that country, not of a country
        the sentence names for another reason ("su visita a España")."""
        countries = []
        for before in self.parsed.doc[:token.i]:
            if not heads_election(before) or kind_of(
                    [t.text for t in before.subtree if abs(t.i - before.i) <= 8]) not in (
                    PRESIDENTIAL, LEGISLATIVE, FIRST_ROUND, SECOND_ROUND):
                continue
            place = gz.place(gz.fold_key(self._phrase_country(before) or ""))
            if place is not None and place.kind == "country":
                countries.append((before.i, place.name))  # not "las europeas": no country's
        if countries and countries[-1][0] >= token.sent.start:
            return countries[-1][1], True
        return (countries[0][1], False) if len({c for _, c in countries}) == 1 else None

    def _towns_country(self) -> str | None:
        """The country of the text's towns (see `document_places.towns_country`), read once:
        every race phrase of a text without a country asks for it."""
        if self._towns is None:
            self._towns = towns_country(self.parsed) or ""
        return self._towns or None

    def document_country(self) -> str | None:
        """The country the article is about (see `document_places.country_of`)."""
        if self._country is None:
            self._country = country_of(self.parsed) or ""
        return self._country or None
