"""The claims one title phrase makes of the person it stands beside: membership, leadership,
candidacy, representation or rivalry by the phrase's targets, and the office it names. A mixin
of the role reader, which finds the titles."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, EVENT, PARTY
from graph.ingest.nlp import gazetteer
from graph.ingest.nlp.envoy_offices import envoy_office_name, is_envoy
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.hypothetical_titles import hypothetical_title
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.listed_parties import listed_parties
from graph.ingest.nlp.named_groups import names_the_body
from graph.ingest.nlp.offices import Title, seated_in
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.party_secretaries import led_by_its_secretary, secretary_heads_body
from graph.ingest.nlp.title_races import title_race_claims
from graph.ingest.nlp.top_members import leads_the_whole
from graph.ingest.nlp.words import KIN, role_kind
from graph.ingest.reading import fold

# Titles whose "en" phrase says where the seat is, not what one belongs to.
_SEATED = {"seat", "member", "deputy"}


class TitleClaims:
    def seated_in(self, target: End) -> bool:
        return seated_in(self.doc, self.kb, target)

    def _claims(self, title: Title, mention: Mention, cue: str) -> list[Found]:
        if cue != "copula" and hypothetical_title(self.doc[title.token]):
            return []  # "Preguntado por si aceptaría ser candidato al Senado, Ruiz ..."
        person = End(mention.key, min(mention.start, title.first),
                     max(mention.end - 1, title.last), mention=mention)
        kind = "leader" if leads_the_whole(self.doc, title) else role_kind(title.word)
        qualifiers = {"former": True} if title.former else {}
        base = 0.8 if cue != "title" else 0.75
        found: list[Found] = []

        def add(relation, target: End, confidence):
            if target.key != person.key and self.kb.fits(relation, person.key, target.key):
                found.append(Found(relation, person, target, confidence, cue, title.token,
                                   dict(qualifiers), dated=relation == "candidateIn"))

        organizations = [t for t in title.targets if not self.kb.is_a(t.key, EVENT) and
                         not (kind in _SEATED and self.seated_in(t))]
        events = [t for t in title.targets if self.kb.is_a(t.key, EVENT)]
        if kind == "candidate":  # "candidata del PAN, el PRI y el PRD"
            organizations += listed_parties(self.parsed, organizations)
        for target in organizations:
            # a party's epithet ("el líder republicano", "la dirigente socialista") or a body
            # of it ("del grupo parlamentario de Vox") says which party the person is of
            # (not its people: "el presidente de los populares daneses" leads the party)
            adjective = target.first == target.last and self.doc[target.first].pos_ == "ADJ" \
                and not (target.first >= 2 and self.doc[target.first - 1].lower_ in ("los", "las")
                         and self.doc[target.first - 2].lower_ == "de")
            if kind == "leader" and adjective and cue != "reference" and \
                    self.kb.is_a(target.key, PARTY) and not title.of_part:
                # "la líder cristianodemócrata, X", "el timonel republicano, Y": a leader's
                # word with the party's adjective introduces its leader by name; without a
                # name ("el líder republicano se reunió") it is an epithet of a member
                add("leaderOf", target, base - 0.05)
            elif kind in ("leader", "head") and (adjective and self.kb.is_a(
                    target.key, PARTY) or title.of_part and not names_the_body(
                    self.doc, self.kb, title.first, target)):
                add("memberOf", target, base - 0.05)
            elif kind in ("leader", "head"):
                add("leaderOf", target, base)
            elif kind == "deputy" and (led_by_its_secretary(self.kb, title, target.key) or
                                       secretary_heads_body(self.parsed, title, target.key)):
                add("leaderOf", target, base)
            elif kind in ("member", "seat", "deputy") or (
                    kind == "office" and self.kb.is_a(target.key, PARTY)):
                add("memberOf", target, base - 0.05)
            elif kind == "representative" and _high(self.doc, title.token):
                continue  # "la alta representante de la UE": an office of the body, held
            elif kind in ("candidate", "representative"):
                # "el candidato republicano", "la precandidata del PP" belong to the party;
                # "el candidato del Partido Nacional" stands for it
                relation = "memberOf" if (adjective or title.word.startswith("pre")) and \
                    kind == "candidate" and not \
                    self.kb.is_a(target.key, COALITION) else "represents"
                add(relation, target, base - 0.05)
            elif kind == "ally":
                add("allied", target, base - 0.05)
            elif kind == "rival":
                add("opponentOf", target, base - 0.05)
        found += title_race_claims(self, title, person, organizations, events, base, cue,
                                   qualifiers)
        for claim in found:
            if claim.relation in ("leaderOf", "memberOf", "represents"):
                self.parsed.affiliate(claim.relation, claim.object.key, person.key)
        if title.first > 1 and self.doc[title.first - 1].lower_ in ("de", "del") and \
                fold(self.doc[title.first - 2].lower_) in KIN and cue == "apposition":
            return []  # "la hermana del presidente, X": the title is someone else's
        if any(t.lower_ == "entre" for t in self.doc[title.token + 1:mention.start]):
            return found  # "elegir gobernador entre A y B": the office is theirs to win
        if title.office:
            add("holdsOffice", End(title.office, title.first, title.last), base)
        elif kind == "representative" and _high(self.doc, title.token) and \
                not title.former:
            # "el Alto Representante internacional", "la alta representante de la UE": an
            # office named by its words, of the body its complement names
            high = next(self.doc[i].lower_ for i in range(title.token - 1, -1, -1)
                        if fold(self.doc[i].lower_) in _HIGH)
            name = (high.capitalize() + " representante " + title.complement).strip()
            office = self._known_office(name) or self._propose(name, title)
            add("holdsOffice", End(office, title.first, title.last), base - 0.05)
        elif kind == "representative" and fold(title.complement.lower()) == "del gobierno" \
                and not title.targets:
            # "la delegada del Gobierno en Ceuta": the central government's office in a region
            # or a province, named in the text's gender (no form is the other's)
            places = [c for c in title.countries if not gazetteer.is_country(c)]
            name = f"{title.word.capitalize()} del Gobierno" + (f" en {places[0]}" if places
                                                                 else "")
            office = self._known_office(name) or self._propose(name, title)
            add("holdsOffice", End(office, title.first, title.last), base - 0.05)
        elif is_envoy(title.word):
            stop = mention.start if mention.start > title.token else \
                self.doc[title.token].sent.end
            name = envoy_office_name(self.doc, title, stop)
            if name:
                office = self._known_office(name) or self._propose(name, title)
                add("holdsOffice", End(office, title.first, title.last), base - 0.05)
        elif kind in ("head", "deputy", "office", "seat") and not (
                organizations and kind in ("head", "deputy") and not title.countries):
            office = self._office(title, mention.key)
            if office and title.former:  # "el exteniente de alcalde": read with the office
                qualifiers["former"] = True
            if office:
                add("holdsOffice", End(office, title.first, title.last), base - 0.05)
        return found


_HIGH = {"alto", "alta", "altos", "altas"}


def _high(doc, token: int) -> bool:
    """"el alto representante", "la Alta Representante": the title of an office (of foreign
    policy, of a commission), not someone sent in a body's name."""
    return any(fold(doc[i].lower_) in _HIGH for i in range(max(token - 2, 0), token))
