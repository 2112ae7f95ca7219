"""What a title says of the person it stands beside: "el líder de Vox, Santiago Abascal"
(apposition), "Ana Pérez, diputada de Vox" (apposition), "el presidente argentino Javier
Milei" (title), "X es miembro de Y" (copula), "la exministra Evelyn Matthei" (former).

The role goes to the person the title phrase touches — the name right after it, or right
before it across one comma — never to another name of the sentence; the phrase's own "de"
complement and adjectives give the target (a party, a country), and domains and ranges decide
what the pair can mean. The small model's attachments inside lists of titled names are
unreliable, so the phrase is read on the token sequence, with the parse only for copulas."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, ELECTION, OFFICE, PLACE, ROUND, name_tokens
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp import plain_conjuncts as conjuncts
from graph.ingest.nlp import reference_offices as referred
from graph.ingest.nlp.age_asides import past_age
from graph.ingest.nlp.apposed_relatives import apposed_relative, sought_office
from graph.ingest.nlp.appositions import (
    attributed_aside,
    fronted,
    named_after_office,
    named_in_apposition,
    outer_title,
    unless_apposed,
)
from graph.ingest.nlp.bracket_asides import past_bracket
from graph.ingest.nlp.clauses import first_person_speaker, in_own_clause
from graph.ingest.nlp.coordinated_titles import coordinated_title, past_interjection
from graph.ingest.nlp.copula_titles import copula_claims, joined_copula_claims
from graph.ingest.nlp.country_cues import names_people
from graph.ingest.nlp.distributed_titles import distributed_title
from graph.ingest.nlp.earlier_titles import earlier_title
from graph.ingest.nlp.elided_titles import elided_title
from graph.ingest.nlp.ends import article_gender
from graph.ingest.nlp.entry_lines import entry_comma
from graph.ingest.nlp.events import is_definite, phrase_words
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.gazetteer import fold_key as gz_key
from graph.ingest.nlp.gazetteer_regions import is_state
from graph.ingest.nlp.governing_bodies import governing_body_word
from graph.ingest.nlp.institutions import is_institution
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.linking_verbs import linking_verb_titles
from graph.ingest.nlp.member_titles import academic, member_title
from graph.ingest.nlp.misread_tags import chamber_seats, copula_of, misread_adjective
from graph.ingest.nlp.name_genders import name_gender
from graph.ingest.nlp.named_party_adjectives import WELL_LIKED, named_after, popular_party
from graph.ingest.nlp.named_title_genders import title_gender
from graph.ingest.nlp.office_countries import of_an_organization
from graph.ingest.nlp.offices import (
    LINKS,
    TOWN_NOUNS,
    OfficeNaming,
    Title,
    past_lieutenancy,
    trim_links,
)
from graph.ingest.nlp.own_countries import common_body
from graph.ingest.nlp.own_predicates import of_another_clause
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.partner_quotes import quoted_partner
from graph.ingest.nlp.partner_titles import (
    named_next,
    partitive_partner,
    partner_follows,
    titled_subject,
)
from graph.ingest.nlp.placed_camps import camp_end
from graph.ingest.nlp.plain_conjuncts import past_dating, past_description, steps_over
from graph.ingest.nlp.portfolio_names import PORTFOLIO_HOLDERS, PORTFOLIO_SEATS, portfolio_word
from graph.ingest.nlp.premier_words import PREMIER, premier_before
from graph.ingest.nlp.presented_titles import presented_titles, said_by
from graph.ingest.nlp.seat_parties import of_said_countries, seat_party
from graph.ingest.nlp.spoken_allies import speaker_as_owner
from graph.ingest.nlp.title_claims import TitleClaims
from graph.ingest.nlp.words import (
    base_role,
    contrasted,
    demonym_label,
    folded_lemma,
    rank,
    role_kind,
    root_in,
)
from graph.ingest.reading import fold

# Words of time before a title after a name, which leave the title the name's
_THEN = {"entonces", "hoy", "ahora", "actualmente", "todavia", "aun", "ya"}
# Words that share a plural title out over the names before it
_EACH = {"ambos", "ambas", "dos", "tres", "cuatro", "todos", "todas"}
_ORDINALS = {"primero", "primera", "segundo", "segunda", "tercero", "tercera", "tercer",
             "cuarto", "cuarta", "quinto", "quinta", "sexto", "sexta", "septimo", "septima"}
_REFERENCE_KINDS = {"leader", "head", "candidate", "representative", "member"}
_SEATS = {"diputado", "senador", "eurodiputado", "legislador", "concejal", "congresista", "papa"}
# What makes a title's noun one the text named before: an article or a demonstrative ("la
# líder de ese partido, X")
_BACK = {"del", "el", "la", "ese", "esa", "este", "esta", "dicho", "dicha", "aquel", "aquella"}


class RoleReader(TitleClaims, OfficeNaming):
    def __init__(self, parsed: Parsed, party_adjectives: dict[str, str],
                 proposals: dict[str, CandidateEntity]):
        self.parsed = parsed
        self.kb = parsed.kb
        self.doc = parsed.doc
        self.party_adjectives = party_adjectives
        self.proposals = proposals
        self.popular = popular_party(parsed)

    def _adjective_party(self, word: str, end: int) -> str | None:
        """The party a party's adjective in a title ending at `end` names; "popular" only
        before a name ("el diputado popular X"), as it also means well-liked."""
        if word in self.party_adjectives:
            return self.party_adjectives[word]
        return self.popular if word in WELL_LIKED and named_after(self.parsed, end) else None

    def claims(self, mention: Mention) -> list[Found]:
        if mention.kind == "metonym" or not self.parsed.is_agent(mention.key):
            return []
        found: list[Found] = []
        person = self.parsed.is_person(mention.key)
        before = self._title_before(mention) if person else None
        shared = None
        if before is None and person:
            before = shared = distributed_title(self.parsed, mention) or \
                elided_title(self.parsed, mention)  # "y al salvadoreño Nayib Bukele"
        if before is not None and not self._attributing(before, mention):
            cue = "list" if shared else (
                "apposition" if self.doc[before.last + 1].text == "," else "title")
            found += self._claims(before, mention, cue)
            joined = None if shared else coordinated_title(self, before)
            found += self._claims(joined, mention, cue) if joined else []
        outer = outer_title(self, before, mention) if person else None
        if outer is not None:
            found += self._claims(outer, mention, "apposition")
        if person:
            for title in self._titles_after(mention):
                found += self._claims(title, mention, "apposition")
        if person:
            found += self._placed(mention)
        for title, verb in self._copulas(mention) + presented_titles(self, mention) + \
                linking_verb_titles(self, mention):
            found += copula_claims(self, title, verb, mention)
        return found + joined_copula_claims(self, mention)

    def _placed(self, mention: Mention) -> list[Found]:
        """"Johannes Kaiser, líder del PNL y cuarto en los comicios del domingo": a place in
        an election's results makes its holder a candidate in it."""
        doc = self.doc
        found = []
        i = mention.end
        if i >= len(doc) or doc[i].text != ",":
            return []
        while i < min(len(doc), mention.end + 14) and doc[i].text not in (".", ";", ":") and \
                doc[i].pos_ not in ("VERB", "AUX"):
            if fold(doc[i].lower_) in _ORDINALS and i + 1 < len(doc) and \
                    doc[i + 1].lower_ in ("en", "lugar"):
                start = i + 2 if doc[i + 1].lower_ == "en" else i + 3
                for t in doc[start:start + 4]:
                    for end in self.parsed.ends(t, conj=False):
                        if self.kb.fits("candidateIn", mention.key, end.key) and (
                                self.kb.is_a(end.key, ELECTION) or self.kb.is_a(end.key, ROUND)):
                            person = End.of(mention)
                            found.append(Found("candidateIn", person, end, 0.65, "apposition", i))
                    if found:
                        return found
            i += 1
        return found

    def record_genders(self) -> None:
        """What the titles say of the persons' gender ("la postulante comunista Jeannette
        Jara"): references later resolve only to persons of the reference's gender; and who
        bears which title ("el primer ministro" later is the one the text called so)."""
        for mention in self.parsed.linked.mentions:
            if mention.kind == "metonym" or not self.parsed.is_person(mention.key):
                continue
            title = self._title_before(mention)
            titles = [title] if title else []
            titles += self._titles_after(mention)
            before = self.doc[mention.start - 1] if mention.start else None
            countries = [c for t in titles for c in t.countries] + (
                [demonym_label(before)] if before is not None and demonym_label(before) else [])
            if countries:
                self.parsed.nationality.setdefault(mention.key, countries[0])
            for title in titles:
                gender = title_gender(self.parsed, mention, self.doc[title.token])
                if gender and mention.key not in self.parsed.gender:
                    self.parsed.gender[mention.key] = gender
                # "el exministro" later is one the text called so, not a sitting minister
                key = "ex:" + title.word if title.former else title.word
                self.parsed.titled.setdefault(key, set()).add(mention.key)
                self.parsed.titled_at.setdefault((key, mention.key), mention.start)
            if mention.key not in self.parsed.gender:
                gender = article_gender(self.doc, mention.start)
                if gender:
                    self.parsed.gender[mention.key] = gender
            self.parsed.named_gender[mention.key] = name_gender(
                self.kb.label(mention.key) or mention.text)

    def references(self, token) -> list[Found]:
        """"el líder republicano", "la representante del oficialismo": a title without a
        name stands for the person the text is about; what it says of an organization holds
        for that person, an office only if its place is the person's country."""
        word, former = base_role(token)
        if not word or token.pos_ != "NOUN" or self.parsed.mention(token) or \
                token.morph.get("Number") == ["Plur"] or not is_definite(referred.lead(token)):
            return []
        end = referred.portfolio_end(self.parsed, token, word, self._phrase_end(token.i))
        following = self.parsed.mention(self.doc[end + 1]) if end + 1 < len(self.doc) else None
        if following is not None or named_in_apposition(self.parsed, end) is not None or \
                named_after_office(self.parsed, end) is not None:
            return []  # a title beside a name: read with the name
        if token.i and self.doc[token.i - 1].text == "," or referred.elsewhere(self.parsed, token):
            return []
        title = self._phrase(token.i, end, word, former)
        said = bool(title.countries)  # a country in the title's own words, not the article's
        title = referred.place_bare_title(self.parsed, title)
        # "el exalcalde limeño": an office named by its place stands for its holder too
        kind = role_kind(word)
        if not referred.refers(self.doc, kind, title, kind in _REFERENCE_KINDS):
            return []
        known = self.parsed.affiliated([t.key for t in title.targets], token)
        if (named := referred.name_before(self.parsed, token, end)) is not None:
            person = named  # "X, el entonces alcalde de Toledo": the name just before it
        elif known is not None:
            # "el líder republicano": whoever the text already tied to the party
            person = End(known, token.i, end, reference=True, distance=1)
        else:
            countries = tuple(i for label in title.countries
                              for i in self.kb.index.get(name_tokens(label), ()))
            referent = self.parsed.refer(referred.lead(token), countries)
            if not referent:
                return []
            person = referent[0]
        if (kind == "seat" and referred.seat_subject(token, title) or referred.bare_office(
                self.doc, kind, title)) and \
                not referred.sole_person(self.parsed, token, person.key):
            return []
        found = []
        same_country = referred.in_its_country(self.parsed, title, person.key, said)
        for claim in self._claims(title, _as_mention(person), "reference"):
            if claim.relation != "holdsOffice" or same_country:
                claim.subject = End(person.key, token.i, end, reference=True,
                                    distance=person.distance)
                claim.confidence = round(claim.confidence * 0.8, 2)
                found.append(claim)
        return found

    def _attributing(self, title: Title, mention: Mention) -> bool:
        # "Según la eurodiputada, Giorgia Meloni es ...": a source, not an apposition; but
        # "Según la portavoz del partido, Ana Gil, los dos ...": the comma closes one
        closed = mention.end < len(self.doc) and self.doc[mention.end].text == ","
        return title.first > 0 and fold(self.doc[title.first - 1].lower_) == "segun" and \
            not closed

    # ------------------------------------------------------------ where titles sit

    def title_before(self, mention: Mention) -> Title | None:
        """The title right before a name ("el secretario general, X"), if any."""
        return self._title_before(mention)

    def _title_before(self, mention: Mention) -> Title | None:
        doc = self.doc
        i = mention.start - 1
        if i >= 0 and doc[i].lower_ in ("de", "del", "a", "al", "por", "con"):
            return None  # a complement, not the one a title describes
        if i >= 0 and doc[i].text == ",":
            i -= 1
        last = i
        steps = 0
        while i >= 0 and steps < 10:
            token = doc[i]
            if token.text == ")":
                # "el líder del Partido Popular (PP), Alberto Núñez Feijóo"
                opening = next((j for j in range(i - 1, max(i - 6, -1), -1)
                                if doc[j].text == "("), None)
                if opening is None:
                    return None
                i, steps = opening - 1, steps + 1
                continue
            other = self.parsed.mention(token)
            word, former = base_role(token)
            sought = sought_office(doc, i)  # "el candidato de X a ministro principal, Y"
            if word and token.pos_ in ("NOUN", "PROPN", "ADJ") and other is None and \
                    not chamber_seats(token) and not sought:  # "el jefe del bloque en X, Y"
                if of_another_clause(token, doc[mention.start]):
                    return None  # "Tras entrevistarse con el papa, Milei": another clause's
                return unless_apposed(self.parsed, self._phrase(i, last, word, former))
            if other is None and self._adjective_party(fold(token.lower_), i) and i == last and \
                    i > 0 and (doc[i - 1].pos_ == "DET" or i > 1 and doc[i - 2].pos_ == "DET" and
                               fold(doc[i - 1].lower_) in _ALSO):
                # ("el también popular X": a title the person shares with one named before)
                # "la socialista Paulina Vodanovic": a party's adjective as a title
                also = i - 1 if doc[i - 1].pos_ != "DET" else i
                title = Title("militante", i, False, also, i)
                title.targets.append(End(self._adjective_party(fold(token.lower_), i), i, i))
                return title
            if other is not None and self.kb.is_a(other.key, OFFICE):
                return self._office_phrase(other, last)
            if other is not None and self.parsed.is_person(other.key) and not (
                    other.start > 0 and doc[other.start - 1].lower_ in ("de", "del")):
                return None
            if other is None and token.pos_ not in ("ADJ", "DET", "ADP", "NOUN", "PROPN") and \
                    token.lower_ not in LINKS and not misread_adjective(token) and not (
                        # "el rival más feroz de X, Y"
                        token.lower_ in ("más", "muy") and doc[i + 1].pos_ == "ADJ"):
                return None
            if other is not None:
                i = other.start - 1
            else:
                i -= 1
            steps += 1
        return None

    def _titles_after(self, mention: Mention) -> list[Title]:
        doc = self.doc
        i = past_bracket(doc, mention.end)  # "X (Viña del Mar, 1984), diputada republicana"
        if i >= len(doc) or not entry_comma(doc, i) or attributed_aside(doc, mention.start):
            return []
        i = past_age(doc, i + 1)  # "Fariña, de 41 años, concejal en ..."
        titles = []
        stepped = False
        while i < len(doc):
            if fold(doc[i].lower_) in ("uno", "una") and i + 2 < len(doc) and \
                    doc[i + 1].lower_ == "de":
                i += 2  # "uno de los principales adversarios de Milei"
            j = i + (doc[i].lower_ == "por" and i + 1 < len(doc) and
                     fold(doc[i + 1].lower_) == "entonces")
            if j + 1 < len(doc) and fold(doc[j].lower_) in _THEN and base_role(doc[j + 1])[0]:
                # "X, entonces aliado de Milei", "por entonces socio de Y", "Daniel
                # Passerini, hoy intendente": the title held then or now
                i = j + 1
            determined = doc[i].pos_ == "DET"
            k = i + (fold(doc[i].lower_) in ("los", "las", "todos", "todas"))
            if k + 1 < len(doc) and fold(doc[k].lower_) in _EACH and base_role(doc[k + 1])[0]:
                i = k + 1  # "X e Y, ambos diputados de Vox", "los dos senadores de Z"
            while i < len(doc) and (doc[i].pos_ == "DET" or doc[i].pos_ == "ADJ" and
                                    not base_role(doc[i])[0] and steps_over(doc[i], titles) and
                                    (doc[i - 1].pos_ == "DET" or i + 1 < len(doc) and
                                     base_role(doc[i + 1])[0]) or premier_before(doc, i)):
                i += 1
            if i >= len(doc):
                break
            described = past_description(self.parsed, i) if not titles and not stepped else None
            if described is not None:
                i, stepped = described, True  # "X, abogada y diputada de Vox"
                continue
            i = past_lieutenancy(doc, i)
            word, former = base_role(doc[i])
            other = self.parsed.mention(doc[i])
            if other is not None and self.kb.is_a(other.key, OFFICE):
                end = max(self._phrase_end(other.end - 1), other.end - 1)
                titles.append(self._office_phrase(other, end))
            elif not titles and (doc[i].lower_ in ("de", "del") or academic(doc[i])):
                # "X, del partido Novo", "X, politólogo de la Universidad Y": what one is of
                titles.extend(member_title(self.parsed, i))
                break
            elif not word or other is not None or in_own_clause(doc[mention.start], doc[i]):
                break  # "Tras reunirse con X, el dirigente español ofreció": the next subject
            else:
                end = self._phrase_end(i)
                if determined and self._names_next(end) and not fronted(doc, mention.start):
                    break  # "Milei, el líder de Vox, Santiago Abascal": the next item's title
                titles.append(self._phrase(i, end, word, former))
            # "afiliada desde 2019 y diputada", "concejal entre 2011 y 2019 y senadora"
            i = past_dating(doc, end + 1)
            # "secretaria general de la Presidencia y presidenta de La Libertad Avanza"
            if i < len(doc) and doc[i].lower_ in ("y", "e"):
                i = past_interjection(doc, i + 1)
                continue
            i = conjuncts.bare_title_after(self.parsed, i)  # "X, el más votado, militante de Y"
            if i is None:
                break
        return titles

    def _names_next(self, end: int) -> bool:
        """Whether a person's name follows the title ending at `end`: that name's title."""
        doc, after = self.doc, past_bracket(self.doc, end + 1)  # "del RN (RN) francés, X"
        start = after + 1 if after < len(doc) and doc[after].text == "," else after
        other = self.parsed.mention(doc[start]) if start < len(doc) else None
        return other is not None and other.start == start and self.parsed.is_person(other.key)

    def _office_phrase(self, office: Mention, last: int) -> Title:
        """A title the linker knows as an office of the graph ("presidente de Estados
        Unidos")."""
        word, former = base_role(self.doc[office.start])
        title = self._phrase(office.start, max(last, office.end - 1), word or "cargo", former)
        title.office = office.key
        return title

    def _phrase_end(self, start: int) -> int:
        doc = self.doc
        i = start + 1
        last = start
        portfolio = False
        while i < len(doc) and i - start < 12:
            token = doc[i]
            other = self.parsed.mention(token)
            if portfolio and token.pos_ not in ("PROPN", "ADJ") and not (
                    token.lower_ in ("de", "del") and i + 1 < len(doc) and
                    doc[i + 1].pos_ == "PROPN" and not self.parsed.mention(doc[i + 1])):
                break  # "secretario de Estado en la Oficina de X": the post ends with its name
            partner = role_kind(base_role(doc[start])[0] or "") in ("ally", "rival")
            if other is not None:
                if self.parsed.is_person(other.key) and not (partner and partner_follows(doc, i)):
                    break  # a name closes a title, but "el aliado de Trump" names the ally's
                last = i = other.end - 1
                i += 1
                continue
            if partner and quoted_partner(doc, start, i):
                i += 1  # "es «el aliado natural» de Vox": the quote closes before the partner
                continue
            if token.pos_ in ("ADJ", "NOUN") or token.lower_ in LINKS or token.pos_ == "DET" \
                    or partner and token.lower_ in ("a", "al", "contra") or \
                    i == start + 1 and rank(doc[start]) \
                    or token.lower_ in ("más", "muy") or (token.pos_ == "PROPN" and
                                                          token.text.islower()):
                # "el aliado más fiel de Trump"; "comité" the small model calls a name
                if token.pos_ in ("ADJ", "NOUN", "PROPN"):
                    last = i
                i += 1
                continue
            if governing_body_word(doc, i):
                last = i  # "vicepresidenta del Gobierno vasco": the model's capitalized name
                i += 1
                continue
            if token.pos_ == "PROPN" and fold(doc[start].lower_) in PORTFOLIO_HOLDERS and (
                    doc[i - 1].lower_ in ("de", "del") or doc[i - 1].lower_ == "la" and
                    doc[i - 2].lower_ == "de" or token.dep_ == "flat" and
                    last == i - 1 == token.head.i):
                # "secretario de Estado de Asuntos Parlamentarios", "consejero de Hacienda":
                # a portfolio the small model capitalizes as a name, which no name links
                last, portfolio = i, True
                i += 1
                continue
            break
        return last

    def _copulas(self, mention: Mention) -> list[Title]:
        token = root_in(self.doc[mention.start], mention.start, mention.end)
        head = token.head
        # "Ventura, que fue el candidato de Chega": the copula of a relative clause on the name;
        # a paragraph's first name may hang on the break, which takes its place as the subject
        anchor = head if head.pos_ == "SPACE" else token
        if anchor != token and head.dep_ in ("nsubj", "nsubj:pass"):
            token, head = anchor, head.head
        # ("Pereyra, un contador de 44 años que fue concejal": or on the noun in apposition)
        hosts = [anchor] + [c for c in anchor.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        relative = next((c for h in hosts for c in h.children if c.dep_ in ("acl", "acl:relcl")
                         and any(g.dep_ == "nsubj" and folded_lemma(g) in ("que", "quien")
                                 for g in c.children)), None)
        if relative is None:  # hung on the title before the name, or on its apposition
            relative = apposed_relative(self.parsed, mention, token)
        heads = [relative] if relative is not None and base_role(relative)[0] else []
        subject = titled_subject(token)
        if subject.dep_ in ("nsubj", "nsubj:pass") and (not heads or head.i > relative.i):
            # "El diputado X es el rival de Y"; "X, que fue rival de Y, es hoy el aliado de Z"
            heads.append(subject.head)
        return [title for head in heads for title in self._copula_titles(head)]

    def _copula_titles(self, head) -> list[Title]:
        holder, head = head, partitive_partner(head)  # "es uno de los rivales de Y"
        verb = copula_of(holder)  # (or "ser" on a title tagged a verb: "fue concejala")
        if not base_role(head)[0] or verb is None:
            return []
        titles = []
        for role in [head] + [t for t in head.subtree if (t.dep_ == "conj" or contrasted(t))
                              and base_role(t)[0]
                              and t.pos_ == "NOUN" and not any(
                                  c.dep_.startswith("nsubj") for c in t.children)]:
            word, former = base_role(role)
            title = self._phrase(role.i, self._phrase_end(role.i), word, former)
            if any(c.dep_ == "det" and c.morph.get("Poss") == ["Yes"] and
                   c.morph.get("Person") == ["1"] for c in role.children):
                # "«Abascal es mi adversario», zanjó Feijóo": "mi" is whoever says it
                title.targets += first_person_speaker(self.parsed, verb) or \
                    said_by(self.parsed, verb)
            else:  # "«Abascal es un amigo», dijo Kast": the speaker's friend
                title.targets += speaker_as_owner(self.parsed, role, title, verb)
            # "es mi candidata y será la presidenta": each title with its own copula's tense
            titles.append((title, next((c for c in role.children if c.dep_ == "cop"), verb)))
        return titles

    # ------------------------------------------------------------ what a title phrase holds

    def _phrase(self, start: int, end: int, word: str, former: bool) -> Title:
        doc = self.doc
        title = Title(word, start, former, start, end)
        first = start
        while first > 0 and (doc[first - 1].pos_ in ("DET", "ADJ") or
                             fold(doc[first - 1].lower_) in PREMIER) and \
                not self.parsed.mention(doc[first - 1]):
            first -= 1
            if fold(doc[first].lower_) in PREMIER:
                # "el viceprimer ministro": the prime minister's deputy
                vice = fold(doc[first].lower_).startswith("vice")
                title.modifiers.append("viceprimer" if vice else "primer")
                # "el exprimer ministro": the prefix is on the adjective
                title.former = title.former or fold(doc[first].lower_).startswith("ex")
            elif fold(doc[first].lower_) in ("proximo", "proxima", "futuro", "futura"):
                title.modifiers.append("proximo")
        title.first = first
        title.targets += self.parsed.title_owner(first, end, word)
        complement: list[str] = []
        said: list[str] = []  # the countries of what the title's words name
        i = start + 1
        while i <= end:
            token = doc[i]
            other = self.parsed.mention(token)
            lower = fold(token.lower_)
            country = demonym_label(token) if token.pos_ == "ADJ" or other is None or \
                other.key.startswith(NEW) else None
            if country and fold(token.head.lower_) in TOWN_NOUNS and start < token.head.i < i:
                pass  # "la alcaldesa de la comuna chilena de Providencia": where the town is
            elif country and of_an_organization(self.parsed, token) or country and \
                    start < i - 1 and names_people(doc[i - 1]):
                # "el vicepresidente de la Liga italiana", "el presidente de los populares
                # daneses": the party's country, or its people's
                said.append(country)
            elif country:
                title.countries.append(country)
            elif other is not None and other.key.startswith(NEW) and \
                    self.kb.is_a(other.key, PLACE) and other.end - other.start > 1 and \
                    not is_state(other.text):
                complement.append(token.text)  # "Estado estadounidense" read word by word
            elif other is not None and self.kb.is_a(other.key, OFFICE):
                pass
            elif other is not None and is_institution(self.kb, other.key):
                # "presidente de la Xunta": words of an office's name, not a body one leads
                complement += [] if title.targets else doc[other.start:other.end].text.split()
                i = other.end
                continue
            elif other is not None:
                key = other.key
                if (self.kb.is_a(key, COUNTRY) or self.kb.is_a(key, PLACE)) and \
                        doc[other.start - 1].lower_ == "en" and \
                        role_kind(word) in ("head", "leader") and \
                        all(t.pos_ == "ADJ" for t in doc[start + 1:other.start - 1]):
                    pass  # "su presidente en Albacete": a body's head there, not the place's
                elif self.kb.is_a(key, COUNTRY) or self.kb.is_a(key, PLACE):
                    title.countries.append(self.kb.label(key))
                elif key.startswith(NEW) and fold(word) in PORTFOLIO_SEATS and \
                        doc[other.start - 1].lower_ == "de" and \
                        portfolio_word(gz_key(other.text)):
                    complement.append(other.text)  # "el concejal de Hacienda": a portfolio
                else:
                    title.targets.append(End(key, other.start, other.end - 1, mention=other))
                    complement = trim_links(complement)  # its "de" was the target's
                i = other.end
                continue
            elif token.like_num and len(token.text) == 4 and token.text[:2] in ("19", "20"):
                break  # "la diputada de Vox en 2023": a time, and the title's end
            elif doc[i - 1].lower_ in _BACK and not title.targets and (
                    i + 1 >= len(doc) or doc[i + 1].lower_ not in ("de", "del")) \
                    and not self.parsed.mention(doc[i + 1] if i + 1 < len(doc) else token) \
                    and self.parsed.organization_before(i, lower):
                # "miembro del comité ejecutivo del partido", "la directora de la fundación":
                # the party, or the organization of that head noun, last named
                title.targets.append(End(self.parsed.organization_before(i, lower), i, i))
            elif not title.targets and role_kind(word) in ("ally", "rival") and \
                    doc[i - 1].lower_ in ("del", "de", "la") and base_role(token)[0] and \
                    not named_next(self.parsed, i) and self.parsed.refer(token, strict=True):
                # "el principal opositor del Presidente": the person that title stands for;
                # "heredero del presidente X" names him, and the name is read next
                title.targets += self.parsed.refer(token, strict=True)
            elif token.pos_ == "NOUN" and common_body(self.parsed, token, phrase_words(token)):
                # "la oposición chilena": an organization the graph knows by a common noun
                key = common_body(self.parsed, token, phrase_words(token))
                placed = camp_end(token)  # "la oposición en la Knéset": the camp's words
                title.targets.append(End(key, i, i))
                if placed is not None and self.kb.label(key).startswith("Oposición en"):
                    i = placed
                    continue
            elif token.pos_ == "ADJ" and not title.targets and self._adjective_party(lower, end):
                title.targets.append(End(self._adjective_party(lower, end), i, i))
            # "el presidente en funciones del Gobierno de X": acting, and still its office
            elif lower in ("general", "electo", "electa", "proximo", "proxima", "futuro", "futura",
                           "saliente", "interino", "interina", "funciones", "regional", "nacional"):
                title.modifiers.append(lower)
            elif token.pos_ in ("NOUN", "PROPN") or (complement and token.lower_ in LINKS) or \
                    token.pos_ == "ADJ" and token.text[:1].isupper() and i < end:  # "Nuevo León"
                complement.append(token.text)
            elif token.lower_ in ("de", "del") and not title.targets:
                complement.append(token.text)
            i += 1
        title.targets = of_said_countries(self.kb, title.targets, said + title.countries)
        title.set_complement(complement)
        seat_party(self.parsed, title)  # "la diputada de Vamos Claudia Ortiz"
        title.former = title.former or earlier_title(doc, first, start, end,
                                                     self.parsed.document.anchor.year)
        return title


# Adverbs between an article and a party's adjective naming a person after it
_ALSO = {"tambien", "asimismo"}


def _as_mention(end: End) -> Mention:
    return Mention(end.first, end.last + 1, "", end.key, "")
