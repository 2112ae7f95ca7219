"""What a title says of the person it stands beside: "el líder de Vox, Santiago Abascal"
(apposition), "Ana Pérez, diputada de Vox" (apposition), "el presidente argentino Javier
Milei" (title), "X es miembro de Y" (copula), "la exministra Evelyn Matthei" (former).

The role goes to the person the title is attached to in the parse, never to another name of
the sentence; its target (a party, a country) comes from the title's own "de" phrase or
adjective, and domains and ranges decide what the pair can mean."""

from __future__ import annotations

from graph.ingest.knowledge import (
    COALITION,
    COUNTRY,
    EVENT,
    OFFICE,
    ORGANIZATION,
    PLACE,
    name_tokens,
)
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import ROLE_WORDS, base_role, demonym_country, role_kind
from graph.ingest.reading import fold


class RoleReader:
    def __init__(self, parsed: Parsed, party_adjectives: dict[str, str],
                 proposals: dict[str, CandidateEntity]):
        self.parsed = parsed
        self.kb = parsed.kb
        self.party_adjectives = party_adjectives
        self.proposals = proposals

    def claims(self, mention: Mention) -> list[Found]:
        parsed = self.parsed
        if mention.kind == "metonym" or not parsed.is_agent(mention.key):
            return []
        root = _root(parsed, mention)
        person = End(mention.key, mention.start, mention.end - 1, mention=mention)
        found: list[Found] = []
        head = root.head
        if root.dep_ in ("appos", "flat", "compound", "nmod") and head.i < mention.start and \
                base_role(head)[0] and not preposition(root):
            between = parsed.doc[head.i + 1:mention.start]
            cue = "apposition" if any(t.text == "," for t in between) else "title"
            found += self._role(head, person, cue)
        for child in root.children:
            if child.dep_ in ("appos", "conj") and child.i >= mention.end and \
                    base_role(child)[0] and child.pos_ == "NOUN":
                if child.dep_ == "conj" and not any(
                        t.text == "," for t in parsed.doc[mention.end:child.i]):
                    continue
                found += self._role(child, person, "apposition")
        if root.dep_ in ("nsubj", "nsubj:pass") and base_role(head)[0] and \
                any(c.dep_ == "cop" for c in head.children):
            found += self._role(head, person, "copula")
            for token in head.subtree:
                if token.dep_ == "conj" and token.pos_ == "NOUN" and base_role(token)[0]:
                    found += self._role(token, person, "copula")
        return found

    # ------------------------------------------------------------ one title

    def _role(self, title, person: End, cue: str) -> list[Found]:
        word, former = base_role(title)
        kind = role_kind(word)
        targets = self._targets(title)
        qualifiers = {"former": True} if former else {}
        span = End(person.key, min(person.first, title.i), max(person.last, title.i),
                   mention=person.mention)
        found = []

        def add(relation, target: End, confidence):
            if target.key != person.key and self.kb.fits(relation, person.key, target.key):
                found.append(Found(relation, span, target, confidence, cue, title.i,
                                   dict(qualifiers), dated=False))

        base = 0.8 if cue != "title" else 0.75
        for target in targets:
            is_place = self.kb.is_a(target.key, PLACE) or self.kb.is_a(target.key, COUNTRY)
            if kind in ("president", "office") and is_place:
                office = self._office(word, target.key, title)
                if office:
                    add("holdsOffice", End(office, title.i, target.last), base)
            elif kind in ("leader", "president") and not is_place:
                add("leaderOf", target, base)
            elif kind in ("member", "seat", "office"):
                add("memberOf", target, base - 0.05)
            elif kind == "candidate":
                if self.kb.is_a(target.key, EVENT):
                    add("candidateIn", target, base)
                elif self.kb.is_a(target.key, COALITION):
                    add("represents", target, base - 0.05)
                else:
                    add("memberOf", target, base - 0.05)
            elif kind == "representative":
                add("represents", target, base - 0.05)
            elif kind == "ally":
                add("allied", target, base - 0.05)
            elif kind == "rival":
                add("opponentOf", target, base - 0.05)
        if kind == "office" and not targets:
            office = self._office(word, None, title)
            if office:
                add("holdsOffice", End(office, title.i, title.i), base - 0.05)
        return found

    def _targets(self, title) -> list[End]:
        parsed = self.parsed
        targets: list[End] = []
        for child in title.children:
            if child.dep_ in ("nmod", "obl", "flat") and preposition(child) in ("de", "en"):
                for end in parsed.ends(child):
                    if not parsed.is_person(end.key):
                        targets.append(end)
            elif child.dep_ == "amod":
                word = fold(child.lower_)
                country = demonym_country(self.kb, child)
                if country:
                    targets.append(End(country, child.i, child.i))
                elif word in self.party_adjectives:
                    targets.append(End(self.party_adjectives[word], child.i, child.i))
        return targets

    def _office(self, word: str, place: str | None, title) -> str | None:
        forms = [word]
        if word.endswith("a"):
            forms += [word[:-1] + "e", word[:-1] + "o"]
        if word.endswith("esa"):
            forms.append(word[:-3] + "e")
        for form in forms:
            names = [f"{form} de {self.kb.label(place)}"] if place else [form]
            if place:
                names.append(f"presidencia de {self.kb.label(place)}" if form.startswith(
                    "president") else f"{form} de {self.kb.label(place)}")
            for name in names:
                hits = [i for i in self.kb.index.get(name_tokens(name), ())
                        if self.kb.is_a(i, OFFICE)]
                if hits:
                    return hits[0]
        if place is None or not self.kb.is_a(place, COUNTRY):
            return None
        canonical = next((f for f in forms[1:] if f in ROLE_WORDS), word)
        label = f"{canonical.capitalize()} de {self.kb.label(place)}"
        key = NEW + slug(label)
        if key not in self.proposals:
            self.proposals[key] = CandidateEntity(key, label, OFFICE, example=title.sent.text)
            self.kb.candidates[key] = self.proposals[key]
        return key


def _root(parsed: Parsed, mention: Mention):
    token = parsed.doc[mention.start]
    while mention.start <= token.head.i < mention.end and token.head != token:
        token = token.head
    return token


def is_organization(kb, key: str) -> bool:
    return kb.is_a(key, ORGANIZATION)

