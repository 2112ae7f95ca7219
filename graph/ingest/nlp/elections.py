"""Elections named by a common noun ("la segunda vuelta del 7 de junio", "las elecciones
presidenciales portuguesas"): the graph's names for them follow one convention — "Segunda
vuelta presidencial de Perú de 2026", "Elección presidencial de Honduras de 2025" — so the
phrase, its country and its year give the entity, the graph's own when it has it, else a new
one proposed under that name."""

from __future__ import annotations

from collections import Counter

from graph.ingest.knowledge import COUNTRY, ELECTION, ROUND, name_tokens
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import demonym_label, folded_lemma, is_role_noun
from graph.ingest.reading import fold
from graph.ingest.temporal import find_times

ELECTION_NOUNS = {"eleccion", "elecciones", "comicios", "vuelta", "balotaje", "ballotage",
                  "presidenciales", "legislativas"}
_FIRST = {"primera", "primer"}
# Words of a title that name the presidential race.
_PRESIDENTIAL = {"presidencia", "presidencial", "presidenciales", "reeleccion"}
_SECOND = {"segunda"}


_DEMONSTRATIVES = {"ese", "esa", "esos", "esas", "este", "esta", "estos", "estas", "dicho",
                   "dicha", "dichos", "dichas", "aquel", "aquella", "aquellos", "aquellas"}


def is_election_noun(token) -> bool:
    return token.pos_ in ("NOUN", "ADJ", "PROPN") and (
        folded_lemma(token) in ELECTION_NOUNS or fold(token.lower_) in ELECTION_NOUNS)


def _demonstrative(token) -> bool:
    return any(c.dep_ == "det" and fold(c.lower_) in _DEMONSTRATIVES for c in token.children)


class Elections:
    def __init__(self, parsed):
        self.parsed = parsed
        self.kb = parsed.kb
        self._country = None

    def named(self, token) -> str | None:
        """The election the phrase headed by `token` names, or None."""
        if _demonstrative(token):
            # "no se presentará a esos comicios": the election named last before
            for before in reversed(token.doc[:token.i]):
                if is_election_noun(before) and not _demonstrative(before):
                    return self.named(before)
            return None
        words = [fold(t.lower_) for t in token.subtree if abs(t.i - token.i) <= 8]
        head = fold(token.lower_)
        if head in ("vuelta",) and not set(words) & (_FIRST | _SECOND):
            return None
        if set(words) & _SECOND or head in ("balotaje", "ballotage"):
            kind = "Segunda vuelta presidencial"
        elif set(words) & _FIRST and "vuelta" in words:
            kind = "Primera vuelta presidencial"
        elif any(w.startswith("legislativ") for w in words):
            kind = "Elecciones legislativas"
        elif any(w.startswith("presiden") for w in words) or self._presidential(token):
            kind = "Elección presidencial"
        else:
            return self._of_the_day(token)
        return self._election(kind, self._country_of(token), token)

    def in_phrase(self, token) -> list[End]:
        """"candidato a la elección presidencial de Chile de 2029": the election the phrase
        headed by `token` names after it."""
        for t in token.subtree:
            key = self.named(t) if t.i > token.i and is_election_noun(t) else None
            if key:
                return [End(key, t.i, t.i)]
        return []

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
            if fold(token.lower_) == "presidencia" and len(following) > 1 and \
                    following[0].lower_ in ("de", "del") and not any(
                        fold(t.lower_) in ("republica", "nacion") or demonym_label(t) or
                        self._names_country(t) for t in following[1:]):
                return False  # "a la presidencia de la Generalitat": a regional office
            return True
        return False

    def _names_country(self, token) -> bool:
        mention = self.parsed.mention(token)
        return mention is not None and self.kb.is_a(mention.key, COUNTRY)

    def _election(self, kind: str, country: str | None, token) -> str | None:
        year = self._year_of(token)
        if country is None or year is None:
            return None
        label = f"{kind} de {country} de {year}"
        hits = [i for i in self.kb.index.get(name_tokens(label), ())
                if self.kb.is_a(i, ELECTION) or self.kb.is_a(i, ROUND)]
        if hits:
            return hits[0]
        key = NEW + slug(label)
        if key not in self.parsed.proposals:
            cls = ROUND if "vuelta" in kind else ELECTION
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

    def _country_of(self, token) -> str | None:
        for t in token.subtree:
            label = demonym_label(t) if t.pos_ == "ADJ" or t.dep_ == "amod" else None
            if label:
                return label
            mention = self.parsed.mention(t)
            if mention is not None and self.kb.is_a(mention.key, COUNTRY):
                return self.kb.label(mention.key)
        for mention in self.parsed.linked.mentions:
            if token.sent.start <= mention.start < token.sent.end and \
                    self.kb.is_a(mention.key, COUNTRY) and mention.kind != "demonym":
                return self.kb.label(mention.key)
        return self.document_country()

    def document_country(self) -> str | None:
        """The country the article is about: its dateline's, else the one it names most.
        A demonym describing a person ("el presidente argentino") says where that person is
        from, not where the vote is."""
        if self._country is None:
            counts = Counter(self.kb.label(m.key) for m in self.parsed.linked.mentions
                             if self.kb.is_a(m.key, COUNTRY) and m.kind != "demonym")
            for token in self.parsed.doc:
                label = demonym_label(token) if token.pos_ == "ADJ" else None
                if label and not is_role_noun(token.head) and \
                        self.parsed.mention(token.head) is None:
                    counts[label] += 1
            dateline = self._dateline_country()
            if dateline:
                counts[dateline] += 3
            self._country = counts.most_common(1)[0][0] if counts else ""
        return self._country or None

    def _dateline_country(self) -> str | None:
        """"Lima, 20 may (Reuters).-": the country of the city that opens the story."""
        doc = self.parsed.doc
        start = next((t.i + 1 for t in doc[:40] if t.is_space and "\n" in t.text), 0)
        words = [t for t in doc[start:start + 6] if not t.is_space]
        for size in (3, 2, 1):
            for first in range(0, min(3, len(words))):
                span = words[first:first + size]
                if len(span) < size or any(t.is_punct for t in span):
                    continue
                found = gz.place(" ".join(t.text for t in span))
                if found is not None and found.kind == "city" and found.country:
                    return found.country
        return None

    def _year_of(self, token) -> int | None:
        for t in token.doc[token.i + 1:min(token.i + 12, token.sent.end)]:
            # "la elección presidencial de Chile de 2029": the year in the election's own name
            if t.is_punct or t.pos_ in ("VERB", "AUX"):
                break
            if t.text.isdigit() and len(t.text) == 4 and t.text[:2] in ("19", "20") and \
                    t.nbor(-1).lower_ in ("de", "del", "en"):
                return int(t.text)
        sentence = token.sent
        offset = token.idx - sentence.start_char
        best = None
        for time in find_times(sentence.text, self.parsed.document.anchor):
            if time.date is None:
                continue
            distance = abs(time.start - offset)
            if distance < 60 and (best is None or distance < best[0]):
                best = (distance, time.date.start.year)
        if best:
            return best[1]
        return self.parsed.document.anchor.year
