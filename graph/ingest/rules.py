"""The rule-based Spanish extractor: relation cues, slot filling, context, negation,
attribution and dates, all without a statistical model."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.ingest import lexicon as lx
from graph.ingest.knowledge import (
    AGENT,
    COALITION,
    ELECTION,
    EVENT,
    OFFICE,
    ORGANIZATION,
    PARTY,
    PERSON,
    ROUND,
    Knowledge,
)
from graph.ingest.mentions import Mention, MentionFinder, quote_spans
from graph.ingest.model import NEW, Candidate, CandidateEntity, Document, EvidenceRow, Extraction
from graph.ingest.reading import Sentence, fold
from graph.ingest.temporal import TimeExpression, find_times

# ---------------------------------------------------------------- cues
# Each cue: relation, pattern on folded text, base confidence, how its slots are filled.
#   verb:     subject to the left (or the speaker, or the topic), objects to the right
#   reverse:  the agent after the cue is the subject, the one before it the object
#   passive:  "organizados por X": the event before, the agent after
#   contest:  candidacy in the election round named after the cue; rivals when several
#   result:   candidacy in the election the sentence reports on


@dataclass(frozen=True)
class Cue:
    relation: str
    pattern: re.Pattern
    confidence: float
    slots: str = "verb"
    pair_ok: bool = False  # a symmetric relation may hold inside a plural subject
    mode: str | None = None


def _cue(relation, pattern, confidence, slots="verb", pair_ok=False, mode=None) -> Cue:
    return Cue(relation, re.compile(pattern), confidence, slots, pair_ok, mode)


_HAVE = r"(?:ha\s+|han\s+|habia\s+|habian\s+|haya\s+|hayan\s+|habria\s+|hubiera\s+)?"
CUES: list[Cue] = [
    # met
    _cue("met", rf"\bse\s+{_HAVE}(?:reuni\w*|entrevist\w*|encontr\w*\s+con|vieron\s+con|"
                rf"cit\w*\s+con)", 0.85, pair_ok=True),
    _cue("met", r"\breuni(?:o|eron|rse|ran|do|da)\s+con\b", 0.8),
    _cue("met", r"\b(?:reunion|encuentro|cita|reuniones|encuentros)\s+(?:\w+\s+){0,2}?"
                r"(?:con|entre)\b",
         0.7),
    _cue("met", r"\b(?:mantuv|sostuv|celebr|tuv)\w*\s+(?:un|una)\s+(?:\w+\s+)?"
                r"(?:reunion|encuentro)\b",
         0.75, pair_ok=True),
    _cue("met", r"\bcoincid\w*\s+en\s+(?:\w+\s+){0,2}?(?:foros?|encuentros?|cumbres?|actos?|"
                r"eventos?|reuniones|conferencias?|congresos?|convenciones|giras?)\b",
         0.7, pair_ok=True),
    _cue("met", r"\b(?:visit|recibi)\w*\s+a\b", 0.55),
    # contactWith
    _cue("contactWith", r"\b(?:comunicacion|conversacion|llamada|charla|dialogo|contacto)\s+"
                        r"(?:\w+\s+){0,2}?con\b", 0.8),
    _cue("contactWith", r"\b(?:videollamada|videoconferencia)\s+(?:\w+\s+){0,2}?con\b", 0.8,
         mode="VideoCall"),
    _cue("contactWith", r"\b(?:hablo|hablaron|converso|conversaron|dialogo|dialogaron|"
                        r"conversado|hablado)\s+(?:\w+\s+){0,4}?con\b", 0.75),
    _cue("contactWith", r"\b(?:mantiene|mantienen|mantuvo|mantuvieron|mantener|tiene|tienen|"
                        r"tuvo|tener)\s+(?:un\s+|una\s+)?(?:\w+\s+){0,2}?(?:contacto|"
                        r"comunicacion|conversacion|dialogo)\b", 0.75, pair_ok=True),
    # allied
    _cue("allied", r"\baliad[oa]s?\s+(?:\w+\s+){0,3}?(?:de|del)\b", 0.75),
    _cue("allied", r"\b(?:alianza\s+(?:\w+\s+){0,2}?(?:con|entre)|se\s+ali\w*\s+con|"
                   r"aliarse\s+con)\b", 0.8, pair_ok=True),
    _cue("allied", r"\b(?:sell|firm|forj|cerr|pact|concret|anunci)\w*\s+(?:una\s+)?alianza\b",
         0.75, pair_ok=True),
    _cue("allied", r"\brelacion(?:es)?\s+(?:\w+\s+){0,3}?(?:con|entre)\b", 0.65),
    _cue("allied", r"\brelacion(?:es)?\s+(?:politica\s+|personal\s+|muy\s+)?(?:cercana|"
                   r"estrecha|estable|fluida|solida|de amistad|de confianza|privilegiada)\b",
         0.7, pair_ok=True),
    _cue("allied", r"\bvinculos?\s+(?:\w+\s+){0,2}?con\b", 0.65),
    _cue("allied", r"\b(?:socio|socia|socios)\s+(?:politic\w+\s+)?de\b", 0.6),
    # endorsed
    _cue("endorsed", r"(?<!se )\b(?:respald|apoy|endos)(?:a|an|o|aron|aria|arian|ara|aran|e|"
                     r"en|ar|ando|ado|amos|emos|ariamos|ia|ian|ara)\b", 0.8),
    _cue("endorsed", r"\b(?:su|el|un)\s+(?:apoyo|respaldo)\s+(?:\w+\s+)?(?:a|al)\b", 0.75),
    _cue("endorsed", r"\b(?:recibi|cont|sum|obtuv|consigui)\w*\s+(?:el|su|un)\s+(?:\w+\s+)?"
                     r"(?:apoyo|respaldo)\s+(?:\w+\s+)?(?:de|del)\b", 0.7, slots="reverse"),
    _cue("endorsed", r"\b(?:llam\w*\s+a\s+votar|pidi\w*\s+(?:el\s+)?vot\w*|votar\w*|"
                     r"votara|votaran)\s+por\b", 0.75),
    _cue("endorsed", r"\badhi(?:rio|rieron|ere|eren)\s+a\b", 0.65),
    # opponentOf
    _cue("opponentOf", r"\b(?:se\s+)?enfrent\w*\s+(?:\w+\s+)?(?:a|con)\b", 0.8, pair_ok=True),
    _cue("opponentOf", r"\bcompet?i\w*\s+(?:contra|con|frente\s+a)\b", 0.75, pair_ok=True),
    _cue("opponentOf", r"\b(?:rival|rivales|contrincantes?|adversari[oa]s?|contendientes?|"
                       r"oponentes?)\s+(?:\w+\s+)?(?:de|del)\b", 0.7),
    _cue("opponentOf", r"\bduelo\s+entre\b", 0.75, pair_ok=True),
    _cue("opponentOf", r"\bse\s+(?:mediran|medira|miden|midieron)\b", 0.7, pair_ok=True),
    # memberOf
    _cue("memberOf", r"(?<!por )\b(?:miembro|militante|integrante|afiliad[oa]|parte)s?\s+"
                     r"(?:activ\w+\s+|destacad\w+\s+|fundador\w*\s+)?(?:de|del)\b", 0.75),
    _cue("memberOf", r"\bintegr(?:a|an|o|aron|aba|aban|ado|ar)\b", 0.75),
    _cue("memberOf", r"\b(?:milit\w*\s+en|pertenec\w*\s+a|se\s+(?:unio|sumo|afilio|incorporo|"
                     r"unieron|sumaron|afiliaron|incorporaron)\s+a)\b", 0.75),
    # leaderOf
    _cue("leaderOf", r"\b(?:lider(?:es|esa)?|jef[ea]|president[ea]|fundador[a]?|"
                     r"secretari[oa]\s+general)\s+(?:\w+\s+)?(?:de|del)\b", 0.75),
    _cue("leaderOf", r"\b(?:lidera|encabeza|dirige|preside|fundo)\b", 0.7),
    _cue("leaderOf", r"\b(?:liderad|encabezad|dirigid|presidid|fundad)[oa]s?\s+por\b", 0.75,
         slots="reverse"),
    # represents
    _cue("represents", r"\brepresent(?:a|an|o|aron|aba|ara|ante|antes)\s+(?:\w+\s+)?"
                       r"(?:a|al|de|del)\b",
         0.75),
    _cue("represents", r"\b(?:abanderad[oa]|carta|vocer[oa])\s+(?:presidencial\s+)?"
                       r"(?:de|del)\b", 0.7),
    # participatedIn
    _cue("participatedIn", r"\bparticip\w*\s+(?:\w+\s+){0,2}?en\b", 0.8),
    _cue("participatedIn", r"\b(?:asisti\w*|acudi\w*|concurri\w*)\s+(?:\w+\s+){0,3}?a\b", 0.75),
    _cue("participatedIn", r"\b(?:estuvo\s+presente|intervino|expuso|diserto|hablo)\s+en\b", 0.6),
    _cue("participatedIn", r"\bpresencia\s+(?:\w+\s+){0,2}?en\b", 0.55),
    # invitedTo
    _cue("invitedTo", r"\binvitad[oa]s?\s+(?:\w+\s+){0,4}?(?:a|al)\b", 0.8),
    _cue("invitedTo", r"\binvitacion\s+(?:\w+\s+){0,2}?(?:a|al|para)\b", 0.75),
    _cue("invitedTo", r"\binvit(?:o|aron|a|an|ara|aran)\s+a\b", 0.7, slots="invite"),
    # organizedBy
    _cue("organizedBy", r"\b(?:organizad|convocad|auspiciad|patrocinad|promovid|impulsad)"
                        r"[oa]s?\s+por\b", 0.85, slots="passive"),
    _cue("organizedBy", r"\b(?:organiz|convoc|auspici)(?:a|an|o|aron|ara|aran|aba|aban)\b",
         0.7, slots="active_organizer"),
    # candidateIn
    _cue("candidateIn", r"\b(?:disput|compit|iran|ira|van|va|pasan|pasa|pasaron|avanz|llega|"
                        r"clasific|acced|se\s+mediran|se\s+medira)\w*\s+"
                        r"(?:(?:a|hacia|en|por|para)\s+)?(?:el|la|una|un|los|las)?\s*(?=\S)",
         0.8, slots="contest"),
    _cue("candidateIn", r"\b(?:es|sera|fue|era|como|seria)\s+(?:el\s+|la\s+)?candidat[oa]\s+"
                        r"(?:\w+\s+)?(?:a|en|para)\s+(?:la|el)?\s*", 0.8, slots="contest"),
    _cue("candidateIn", r"\b(?:asegur\w*|consigui\w*|obtuv\w*|gan\w*|logr\w*)\s+(?:un|su|el)\s+"
                        r"(?:lugar|cupo|pase|boleto|puesto)\s+(?:en|a|para)\s+(?:la|el|una)?\s*",
         0.75, slots="contest"),
    _cue("candidateIn", r"\b(?:candidat[oa]\s+mas\s+votad[oa]|encabez\w*\s+(?:la|el)\s+"
                        r"(?:eleccion|votacion|comicios|escrutinio|conteo)|gan\w*\s+(?:la|el|los)"
                        r"\s+(?:eleccion|elecciones|comicios)|se\s+impuso\s+en)\b",
         0.75, slots="result"),
]

_NEGATION = re.compile(r"\b(?:no|nunca|jamas|tampoco|ni)\s+(?:\w+\s+){0,3}$")
_DENIAL = re.compile(r"\b(?:nego|negaron|niega|niegan|desminti\w*|descart\w*)\s+"
                     r"(?:haber(?:se)?|que)\b")
_SAYS = re.compile(
    r"\s+(?:senala|senalo|afirma|afirmo|asegura|aseguro|dijo|dice|declaro|sostiene|sostuvo|"
    r"explica|explico|indica|indico|apunta|apunto|advierte|advirtio|denuncia|denuncio|revela|"
    r"revelo|informa|informo|asevera|considera|estima|opina|cree|relata|relato|recuerda|"
    r"recordo|cuenta|conto|subraya|subrayo|destaca|destaco|admite|admitio|reconoce|reconocio)"
    r"\s+que\b")
_ACCORDING = re.compile(
    r"\bsegun\s+(?:(?:lo\s+)?(?:informo|informa|publico|publica|reporto|indico|senalo|dijo|"
    r"afirmo|revelo)\s+)?(?:(?:el|la|los|las)\s+)?(?:(?:medio|diario|periodico|agencia|portal|"
    r"revista|cadena|analista|experto|experta|politologo|politologa)\s+)?")
_RELATIVE_WITH = re.compile(r"\bcon\s+(?:(?:las|los|la|el)\s+(?:que|cuales?)|quien(?:es)?)\s+$")
_WHERE_LIST = re.compile(r",\s*donde\s+(?:destacan|figuran|participan|estan|se\s+encuentran|"
                         r"conviven|militan|aparecen|sobresalen|brillan)\s+")
_PARTY_OF = re.compile(r"\bpartido\s+de\s+$")
_WE = re.compile(r"\b(?:nosotros|nuestr[oa]s?|somos|vamos\s+a)\b")
_PERCENT = re.compile(r"\b(\d{1,2}(?:[.,]\d{1,2})?)\s?%")
_NOT_VOTES = re.compile(r"^\s*(?:de\s+(?:las|los)\s+(?:mesas|actas|votos\s+escrutados|"
                        r"locales)|de\s+(?:participacion|abstencion|escrutinio))")
_LEADING_CLAUSE = re.compile(r"^(?:cuando|aunque|si|mientras|tras|despues de|antes de|"
                             r"pese a|a pesar de|como)\b[^,]*,")
_PHONE = re.compile(r"telefon\w*|llamada")


@dataclass
class Raw:
    """A claim found in one sentence, before merging."""

    relation: str
    subject: str
    object: str
    confidence: float
    position: tuple[int, int]  # the cue, in the sentence
    cue: str
    qualifiers: dict = field(default_factory=dict)
    attributed: str | None = None
    negated: bool = False
    event_date: object = None  # a dated event fixes the claim's date when the text does not
    dated: bool = True  # False: what a role says holds beyond the sentence's time words


@dataclass
class Discourse:
    """What the text has said so far: who it is about, who was named, the last pair."""

    focus: list[str] = field(default_factory=list)
    recent: list[str] = field(default_factory=list)
    pair: tuple[str, str] | None = None
    gender: dict[str, str] = field(default_factory=dict)
    affiliation: dict[str, str] = field(default_factory=dict)  # party -> person
    parties: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)  # persons last claimed about

    def mention(self, key: str) -> None:
        if key in self.recent:
            self.recent.remove(key)
        self.recent.append(key)


class RuleExtractor:
    """Spanish cues and context rules; `extract` meets the Extractor protocol."""

    name = "rules"

    def extract(self, document: Document, knowledge: Knowledge) -> Extraction:
        kb = Knowledge(
            entities=knowledge.entities, relations=knowledge.relations,
            ancestors=knowledge.ancestors,
            index={k: set(v) for k, v in knowledge.index.items()},
            proper=set(knowledge.proper), candidates={},
        )
        run = _Run(kb, document)
        for sentence in document.sentences:
            run.sentence(sentence)
        return run.result()


class _Run:
    def __init__(self, kb: Knowledge, document: Document):
        self.kb = kb
        self.document = document
        self.finder = MentionFinder(kb, document.anchor)
        self.state = Discourse()
        self.candidates: list[Candidate] = []
        self.sentences = document.sentences

    # ------------------------------------------------------------ per sentence

    def sentence(self, sentence: Sentence) -> None:
        text = sentence.text
        folded = fold(text)
        mentions = self.finder.find(sentence)
        self._resolve(mentions, sentence)
        quotes = quote_spans(text)
        speaker = self._speaker(mentions, quotes)
        times = find_times(text, self.document.anchor)
        raws: list[Raw] = []
        for cue in CUES:
            for match in cue.pattern.finditer(folded):
                raws += self._apply(cue, match, folded, mentions, quotes, speaker)
        raws += self._roles(mentions)
        raws += self._party_adjective_names(folded, mentions)
        raws += self._vote_shares(folded, mentions, times)
        raws += self._where_lists(folded, mentions)
        raws += self._party_of(folded, mentions)
        raws += self._we_the_party(folded, mentions, quotes, speaker)
        self._attribute(raws, folded, mentions, quotes, speaker)
        kept = self._check(raws)
        dated = [r.position for r in kept if r.dated]
        owned = {}
        for time in times:
            # A time expression dates the cue nearest to it, not every claim of the sentence.
            owner = min(dated, key=lambda p: _distance(time, p), default=None)
            owned.setdefault(owner, []).append(time)
        for raw in kept:
            self._add(raw, sentence, owned.get(raw.position, []))
        self._update(mentions, kept, folded)

    # ------------------------------------------------------------ context

    def _resolve(self, mentions: list[Mention], sentence: Sentence) -> None:
        subject_here: str | None = None
        for mention in mentions:
            if mention.kind == "name" and len(mention.keys) > 1:
                # "Ferrer" when two Ferrers are known: the one the text named last.
                recent = [k for k in reversed(self.state.recent) if k in mention.keys]
                mention.keys = (recent[0],) if recent else ()
            if mention.kind == "pair":
                if self.state.pair:
                    mention.keys = self.state.pair
            elif mention.kind == "possessive":
                if self.state.focus:
                    mention.keys = (self.state.focus[0],)
                # "su candidatura" as an object: whoever was last the object of a claim
                mention.context = list(self.state.recent) + self.state.objects[-1:]
            elif mention.kind == "role":
                exclude = {subject_here} if mention.prep and subject_here else set()
                key = self._antecedent(mention, exclude, sentence)
                if key:
                    mention.keys = (key,)
            if mention.key and mention.gender and self.kb.is_a(mention.key, PERSON):
                self.state.gender.setdefault(mention.key, mention.gender)
            if mention.key and not mention.prep and subject_here is None and \
                    self.finder.is_agent(mention.key):
                subject_here = mention.key
            if mention.key and self.finder.is_agent(mention.key):
                self.state.mention(mention.key)
            elif mention.kind == "pair":
                for key in mention.keys:
                    self.state.mention(key)

    def _antecedent(self, mention: Mention, exclude: set[str], sentence: Sentence) -> str | None:
        role = mention.role
        wanted_party = self._role_party(role)
        demonym = next((c for c in map(self.finder.demonym_country, role.adjectives) if c), None)
        pool = [k for k in reversed(self.state.recent) if self.kb.is_a(k, PERSON)]
        if not pool:
            pool = self._later_persons(sentence)  # "Así lo comunicó el candidato ..." opens
        best, best_score = None, None
        for rank, key in enumerate(pool):
            if key in exclude:
                continue
            gender = self.state.gender.get(key)
            if mention.gender and gender and gender != mention.gender:
                continue
            score = -rank * 0.5
            if self.state.focus and key == self.state.focus[0]:
                score += 2
            if wanted_party:
                known = [p for p, person in self.state.affiliation.items() if person == key]
                if wanted_party in known:
                    score += 4
                elif known:
                    score -= 4
            if demonym:
                country = self.kb.country(key)
                score += 2 if country == demonym else (-5 if country else 0)
            if best_score is None or score > best_score:
                best, best_score = key, score
        return best

    def _later_persons(self, sentence: Sentence) -> list[str]:
        found: list[str] = []
        for later in self.sentences[sentence.index + 1: sentence.index + 4]:
            for mention in self.finder.find(later):
                if mention.kind == "name" and mention.key and self.kb.is_a(mention.key, PERSON):
                    if mention.key not in found:
                        found.append(mention.key)
        return found

    def _role_party(self, role) -> str | None:
        if role is None:
            return None
        if role.of and self.kb.is_a(role.of, PARTY):
            return role.of
        for adjective in role.adjectives:
            if adjective in self.finder.party_adjectives:
                return self.finder.party_adjectives[adjective]
        return None

    def _speaker(self, mentions: list[Mention], quotes) -> str | None:
        if not quotes:
            return None
        for mention in mentions:
            if not mention.in_quote and not mention.prep and mention.key and \
                    self.kb.is_a(mention.key, PERSON):
                return mention.key
        return self.state.focus[0] if self.state.focus else None

    def _update(self, mentions: list[Mention], kept: list[Raw], folded: str) -> None:
        lead = _LEADING_CLAUSE.match(folded)
        skip_to = lead.end() if lead else 0
        subject = next((m for m in mentions if m.start >= skip_to and not m.prep and
                        not m.in_quote and m.keys and all(self.finder.is_agent(k) for k in m.keys)
                        and m.kind != "possessive"), None)
        if subject is not None and all(self.kb.is_a(k, PERSON) for k in subject.keys):
            self.state.focus = list(subject.keys)
        persons = [r for r in kept if self.kb.is_a(r.subject, PERSON) and
                   self.kb.is_a(r.object, PERSON)]
        if persons:
            self.state.pair = (persons[-1].subject, persons[-1].object)
        else:
            named = []
            for mention in mentions:
                for key in mention.keys:
                    if self.kb.is_a(key, PERSON) and key not in named:
                        named.append(key)
            if len(named) >= 2:
                self.state.pair = (named[0], named[1])
        for raw in kept:
            if self.kb.is_a(raw.object, PERSON):
                self.state.objects.append(raw.object)
            if raw.relation in ("memberOf", "leaderOf") and self.kb.is_a(raw.object, PARTY):
                self.state.affiliation.setdefault(raw.object, raw.subject)
        for mention in mentions:
            if mention.key and self.kb.is_a(mention.key, PARTY):
                self.state.parties.append(mention.key)

    # ------------------------------------------------------------ slots

    def _subjects(self, cue_start: int, folded: str, mentions: list[Mention], quotes,
                  speaker: str | None, domain: str | None) -> tuple[list[str], bool]:
        """(subjects, whether found by context rather than in the clause)."""
        quote = next(((a, b) for a, b in quotes if a < cue_start < b), None)
        floor = quote[0] if quote else 0
        before = folded[floor:cue_start]
        cut = max(before.rfind(";"), before.rfind(":"))
        if cut >= 0:
            floor += cut + 1
        head = folded[:cue_start]
        relative = re.search(r"(?:,\s*)?\b(?:que|quien|quienes)\s+(?:(?:se|lo|la|le|ya|no|"
                             r"tambien|ha|han)\s+)*$", head)
        candidates = [m for m in mentions if m.end <= cue_start and m.start >= floor and m.keys
                      and (quote is not None or not m.in_quote)]
        if relative:
            antecedent = next((m for m in reversed(candidates)
                               if re.fullmatch(r"\s*", folded[m.end:relative.start()])), None)
            if antecedent is not None and self._fit_all(antecedent.keys, domain):
                return list(antecedent.keys), antecedent.anaphoric
        first_word = folded[cue_start:].split()[:1]
        if candidates and first_word and lx.ROLE_PATTERN.fullmatch("el " + first_word[0]):
            # Apposition: "Marta Quiroga, líder del Foro Ibérico".
            last = candidates[-1]
            if re.fullmatch(r"\s*,\s*", folded[last.end:cue_start]) and \
                    self._fit_all(last.keys, domain):
                return list(last.keys), last.anaphoric
        for mention in reversed(candidates):
            if mention.prep or mention.kind == "event" and domain != EVENT:
                continue
            if any(other is not mention and other.start <= mention.start and
                   mention.end <= other.end and other.kind == "event" for other in mentions):
                continue
            if not self._fit_all(mention.keys, domain):
                continue
            subjects = list(mention.keys)
            # "Jara y Kast irán ...": a coordinated subject.
            index = candidates.index(mention)
            while index > 0:
                previous = candidates[index - 1]
                gap = folded[previous.end:candidates[index].start]
                listed = re.fullmatch(r"\s*(?:y|e)\s*", gap) or (
                    re.fullmatch(r"\s*,\s*", gap) and len(subjects) > 1)
                if listed and previous.keys and \
                        self._fit_all(previous.keys, domain) and not previous.prep:
                    subjects = list(previous.keys) + subjects
                    index -= 1
                else:
                    break
            return subjects, mention.anaphoric
        if quote is not None and speaker and self._fit_all((speaker,), domain):
            return [speaker], True
        if self.state.focus and self._fit_all(tuple(self.state.focus[:1]), domain) and \
                domain in (None, AGENT, PERSON):
            return self.state.focus[:1], True
        return [], False

    def _objects(self, cue_end: int, folded: str, mentions: list[Mention], range_: str | None,
                 exclude: set[str]) -> tuple[list[str], bool]:
        stop = lx.CLAUSE_END.search(folded, cue_end)
        limit = stop.start() if stop else len(folded)
        quote = next((b for a, b in quote_spans(folded) if a < cue_end < b), None)
        if quote is not None:
            limit = min(limit, quote)
        found: list[Mention] = []
        for mention in mentions:
            if mention.start < cue_end or mention.start >= limit or not mention.keys:
                continue
            if mention.kind == "possessive":
                key = next((k for k in reversed(mention.context)
                            if k not in exclude and self.kb.is_a(k, PERSON)), None)
                if key and not found:
                    return [key], True
                continue
            if not self._fit_all(mention.keys, range_) or set(mention.keys) & exclude:
                continue
            if found:
                gap = folded[found[-1].end:mention.start]
                if not lx.COORDINATION.match(gap):
                    break
            found.append(mention)
        keys = [k for m in found for k in m.keys]
        return keys, any(m.anaphoric for m in found)

    def _fit_all(self, keys, cls: str | None) -> bool:
        return bool(keys) and all(self.kb.is_a(k, cls) for k in keys)

    # ------------------------------------------------------------ cues

    def _apply(self, cue: Cue, match, folded, mentions, quotes, speaker) -> list[Raw]:
        spec = self.kb.relations.get(cue.relation)
        if spec is None:
            return []
        start, end = match.span()
        span = (start, end)
        text = folded[start:end].strip()
        if cue.slots == "passive":
            event = next((m for m in reversed(mentions) if m.start < start and m.key and
                          self.kb.is_a(m.key, EVENT) and m.end >= start - 40), None)
            objects, _ = self._objects(end, folded, mentions, spec.range, set())
            if event is None or not objects:
                return []
            return [Raw(cue.relation, event.key, objects[0], cue.confidence, span, text)]
        if cue.slots == "active_organizer":
            agents, by_context = self._subjects(start, folded, mentions, quotes, speaker, AGENT)
            events, _ = self._objects(end, folded, mentions, EVENT, set())
            confidence = cue.confidence * (0.85 if by_context else 1)
            return [Raw(cue.relation, e, a, confidence, span, text)
                    for e in events[:1] for a in agents[:1]]
        if cue.slots == "invite":
            guests, _ = self._objects(end, folded, mentions, AGENT, set())
            if not guests:
                return []
            guest_end = max(m.end for m in mentions if guests[0] in m.keys and m.start >= end)
            events, _ = self._objects(guest_end, folded, mentions, EVENT, set())
            return [Raw(cue.relation, guests[0], e, cue.confidence, span, text) for e in events]
        if cue.slots == "contest":
            return self._contest(cue, match, folded, mentions, quotes, speaker)
        if cue.slots == "result":
            subjects, by_context = self._subjects(start, folded, mentions, quotes, speaker, PERSON)
            election = next((m.key for m in mentions if m.key and self._is_election(m.key)
                             and 0 <= m.start - end <= 12), None)
            if election is None:
                times = find_times(folded, self.document.anchor)
                near = _nearest(times, span)
                day = near.date.start if near and near.date and near.date.precision == "day" \
                    else self.document.anchor.day
                election = self.finder.election_on(day)
            if election is None:
                return []
            return [Raw("candidateIn", s, election, cue.confidence * (0.85 if by_context else 1),
                        span, text, event_date=self.kb.date(election)) for s in subjects[:1]]
        if cue.slots == "reverse":
            objects, obj_ctx = self._subjects(start, folded, mentions, quotes, speaker, spec.range)
            subjects, _ = self._objects(end, folded, mentions, spec.domain, set(objects))
            return [Raw(cue.relation, s, o, cue.confidence * (0.85 if obj_ctx else 1), span, text)
                    for s in subjects[:1] for o in objects[:1]]
        subjects, subj_ctx = self._subjects(start, folded, mentions, quotes, speaker, spec.domain)
        if not subjects:
            return []
        objects, obj_ctx = self._objects(end, folded, mentions, spec.range, set(subjects))
        if not objects:
            objects = self._relative_objects(start, folded, mentions, spec.range, subjects)
        confidence = cue.confidence * (0.85 if subj_ctx else 1) * (0.85 if obj_ctx else 1)
        qualifiers = {}
        mode = cue.mode or ("PhoneCall" if cue.relation == "contactWith" and
                            _PHONE.search(folded[start:min(len(folded), end + 30)]) else None)
        if mode:
            qualifiers["mode"] = mode
        raws = []
        if objects:
            for s in subjects:
                for o in objects:
                    raws.append(Raw(cue.relation, s, o, confidence, span, text, dict(qualifiers)))
        elif cue.pair_ok and len(subjects) >= 2 and spec.symmetric:
            raws.append(Raw(cue.relation, subjects[0], subjects[1], confidence, span, text,
                            dict(qualifiers)))
        return raws

    def _relative_objects(self, cue_start, folded, mentions, range_, subjects) -> list[str]:
        """"Trump, Meloni y Bukele, figuras con las que Kast mantiene contacto"."""
        subject = next((m for m in reversed(mentions) if m.end <= cue_start and
                        set(m.keys) & set(subjects)), None)
        if subject is None:
            return []
        marker = _RELATIVE_WITH.search(folded[:subject.start])
        if marker is None:
            return []
        before = [m for m in mentions if m.end <= marker.start() and m.keys]
        if not before:
            return []
        last = before[-1]
        if not re.fullmatch(r"\s*,?\s*(?:\w+\s*)?", folded[last.end:marker.start()]):
            return []
        found = [last]
        for previous in reversed(before[:-1]):
            if lx.COORDINATION.match(folded[previous.end:found[0].start]):
                found.insert(0, previous)
            else:
                break
        return [k for m in found for k in m.keys if self.kb.is_a(k, range_ or AGENT)]

    def _is_election(self, key: str) -> bool:
        return self.kb.is_a(key, ROUND) or self.kb.is_a(key, ELECTION)

    def _contest(self, cue, match, folded, mentions, quotes, speaker) -> list[Raw]:
        start, end = match.span()
        event = next((m for m in mentions if m.start == end and m.key and
                      self._is_election(m.key)), None)
        if event is None:
            return []
        subjects, by_context = self._subjects(start, folded, mentions, quotes, speaker, PERSON)
        confidence = cue.confidence * (0.85 if by_context else 1)
        text = folded[start:end].strip()
        date = self.kb.date(event.key)
        raws = [Raw("candidateIn", s, event.key, confidence, (start, end), text, event_date=date)
                for s in subjects]
        if len(subjects) == 2:
            raws.append(Raw("opponentOf", subjects[0], subjects[1], confidence * 0.9, (start, end),
                            text, {"context": event.key}, event_date=date))
        return raws

    # ------------------------------------------------------------ rules beyond cues

    def _roles(self, mentions: list[Mention]) -> list[Raw]:
        """What a role says of whoever holds it: "la candidata del Partido Comunista",
        "la exministra Evelyn Matthei", "el líder republicano"."""
        raws = []
        for mention in mentions:
            role, person = mention.role, mention.key
            if role is None or person is None or not self.kb.is_a(person, PERSON):
                continue
            span = (mention.start, mention.end)
            confidence = 0.7 if mention.anaphoric else 0.8
            party = self._role_party(role)
            target = role.of if role.of and self.kb.is_a(role.of, ORGANIZATION) else party
            if role.kind == "office":
                office, new_label = self.finder.office(role, person)
                if office is None and new_label:
                    office = self._new_entity(new_label, OFFICE, mention.text)
                if office:
                    qualifiers = {"former": True} if role.former else {}
                    raws.append(Raw("holdsOffice", person, office, confidence, span, role.word,
                                    qualifiers))
                if target and self.kb.is_a(target, ORGANIZATION) and role.of is not None:
                    raws.append(Raw("leaderOf", person, target, confidence * 0.9, span, role.word))
                continue
            if target is None:
                continue
            relation = {
                "candidate": "represents" if self.kb.is_a(target, COALITION) else "memberOf",
                "representative": "represents",
                "leader": "leaderOf",
                "member": "memberOf",
                "ally": "allied",
                "rival": "opponentOf",
            }.get(role.kind)
            if relation is None:
                continue
            qualifiers = {"former": True} if role.former else {}
            raws.append(Raw(relation, person, target, confidence, span, role.word, qualifiers))
        for raw in raws:
            raw.dated = False
        return raws

    def _party_adjective_names(self, folded, mentions) -> list[Raw]:
        """"la solidaria Inés Ferrer": a party's adjective before a name."""
        raws = []
        for mention in mentions:
            if mention.role or not (mention.key and self.kb.is_a(mention.key, PERSON)):
                continue
            match = re.search(r"\b(?:el|la|los|las|al|del)\s+(\w+)\s+$", folded[:mention.start])
            party = self.finder.party_adjectives.get(match.group(1)) if match else None
            if party:
                raws.append(Raw("memberOf", mention.key, party, 0.65,
                                (match.start(), mention.end), match.group(1), dated=False))
        return raws

    def _vote_shares(self, folded, mentions, times) -> list[Raw]:
        raws = []
        percents = list(_PERCENT.finditer(folded))
        for index, match in enumerate(percents):
            if _NOT_VOTES.match(folded, match.end()):
                continue
            floor = percents[index - 1].end() if index else 0
            person = next((m for m in reversed(mentions)
                           if floor <= m.start and m.end <= match.start() and m.key and
                           self.kb.is_a(m.key, PERSON) and match.start() - m.end <= 100), None)
            if person is None:
                continue
            near = _nearest(times, match.span())
            day = near.date.start if near and near.date and near.date.precision == "day" else \
                self.document.anchor.day
            election = self.finder.election_on(day)
            if election is None:
                continue
            share = float(match.group(1).replace(",", "."))
            raws.append(Raw("candidateIn", person.key, election, 0.75, match.span(),
                            match.group(), {"voteShare": share},
                            event_date=self.kb.date(election)))
        return raws

    def _where_lists(self, folded, mentions) -> list[Raw]:
        """"el entramado global de derechas, donde destacan Trump, Meloni y Bukele"."""
        raws = []
        for match in _WHERE_LIST.finditer(folded):
            place = next((m for m in reversed(mentions) if m.end <= match.start() and m.key and
                          self.kb.is_a(m.key, ORGANIZATION)), None)
            if place is None or not re.fullmatch(r"\s*", folded[place.end:match.start()]):
                continue
            members, _ = self._objects(match.end(), folded, mentions, AGENT, {place.key})
            raws += [Raw("memberOf", k, place.key, 0.7, match.span(), "donde destacan")
                     for k in members]
        return raws

    def _party_of(self, folded, mentions) -> list[Raw]:
        """"el partido de Abascal": its leader, for the party the text is about."""
        raws = []
        for mention in mentions:
            if not (mention.key and self.kb.is_a(mention.key, PERSON)):
                continue
            if not _PARTY_OF.search(folded[:mention.start]):
                continue
            party = next((p for p in reversed(self.state.parties)), None)
            here = [m.key for m in mentions if m.key and self.kb.is_a(m.key, PARTY)]
            party = here[-1] if here else party
            if party:
                raws.append(Raw("leaderOf", mention.key, party, 0.55,
                                (mention.start - 11, mention.end), "partido de"))
        return raws

    def _we_the_party(self, folded, mentions, quotes, speaker) -> list[Raw]:
        """A speaker who says "nosotros" and names a party speaks as one of its members."""
        if not speaker or not self.kb.is_a(speaker, PERSON):
            return []
        raws = []
        for a, b in quotes:
            if not _WE.search(folded[a:b]):
                continue
            for mention in mentions:
                if a < mention.start < b and mention.key and self.kb.is_a(mention.key, PARTY) \
                        and not mention.prep:
                    raws.append(Raw("memberOf", speaker, mention.key, 0.6,
                                    (mention.start, mention.end), "nosotros"))
        return raws

    # ------------------------------------------------------------ attribution and checks

    def _attribute(self, raws, folded, mentions, quotes, speaker) -> None:
        according = None
        for match in _ACCORDING.finditer(folded):
            target = next((m for m in mentions if match.start() < m.start <= match.end() and
                           m.key and self.finder.is_agent(m.key)), None)
            if target:
                according = target.key
        sayers = []
        for match in _SAYS.finditer(folded):
            sayer = next((m for m in reversed(mentions) if m.end <= match.start() and m.key
                          and re.fullmatch(r"\s*", folded[m.end:match.start()]) and
                          self.finder.is_agent(m.key)), None)
            if sayer:
                sayers.append((match.end(), sayer.key))
        for raw in raws:
            in_quote = any(a < raw.position[0] < b for a, b in quotes)
            if in_quote and speaker:
                raw.attributed = speaker
            for position, who in sayers:
                if raw.position[0] >= position and who not in (raw.subject, raw.object):
                    raw.attributed = who
            if raw.attributed is None and according:
                raw.attributed = according
            head = folded[:raw.position[0]]
            clause = re.split(r"[,;:.“”]", head)[-1]
            raw.negated = bool(_NEGATION.search(clause) or _DENIAL.search(clause))

    def _check(self, raws: list[Raw]) -> list[Raw]:
        kept, seen = [], set()
        for raw in raws:
            if raw.subject == raw.object or not self.kb.fits(raw.relation, raw.subject, raw.object):
                continue
            spec = self.kb.relations[raw.relation]
            ends = (raw.subject, raw.object)
            if spec.symmetric:
                ends = tuple(sorted(ends))
            key = (raw.relation, ends, raw.negated)
            if key in seen:
                continue
            seen.add(key)
            kept.append(raw)
        return kept

    # ------------------------------------------------------------ candidates

    def _new_entity(self, label: str, cls: str, example: str) -> str:
        from graph.ingest.mentions import slug

        key = NEW + slug(label)
        if key not in self.kb.candidates:
            self.kb.candidates[key] = CandidateEntity(key, label, cls, [], 1, example)
        return key

    def _add(self, raw: Raw, sentence: Sentence, times: list[TimeExpression]) -> None:
        near = _nearest(times, raw.position) if raw.dated else None
        date = precision = expression = None
        since = False
        if near is not None:
            expression = near.text
            if near.date:
                date, precision, since = near.date.iso, near.date.precision, near.since
        elif raw.event_date is not None:
            date, precision = raw.event_date.iso, raw.event_date.precision
        context = raw.qualifiers.get("context")
        if date is None and near is None and context and self.kb.date(context):
            event_date = self.kb.date(context)
            date, precision = event_date.iso, event_date.precision
        evidence = EvidenceRow(
            sentence.text, self.kb.label(raw.attributed) if raw.attributed else None,
            raw.attributed)
        penalty = 0.85 if NEW in raw.subject[:4] or NEW in raw.object[:4] else 1
        candidate = Candidate(
            subject=self.kb.label(raw.subject), subject_key=raw.subject,
            relation=raw.relation, object=self.kb.label(raw.object), object_key=raw.object,
            confidence=round(min(raw.confidence * penalty, 0.99), 2), evidence=[evidence],
            date=date, date_precision=precision, date_expression=expression, since=since,
            negated=raw.negated, qualifiers=dict(raw.qualifiers), cue=raw.cue,
        )
        self._merge(candidate)

    def _merge(self, new: Candidate) -> None:
        symmetric = self.kb.relations[new.relation].symmetric
        for old in self.candidates:
            ends = (old.subject_key, old.object_key)
            same_ends = ends == (new.subject_key, new.object_key) or (
                symmetric and ends == (new.object_key, new.subject_key))
            if not (same_ends and old.relation == new.relation and old.negated == new.negated):
                continue
            if old.date and new.date and old.date != new.date:
                continue
            if new.evidence[0].quote not in [e.quote for e in old.evidence]:
                old.evidence.append(new.evidence[0])
            old.confidence = max(old.confidence, new.confidence)
            if old.date is None and new.date:
                old.date, old.date_precision = new.date, new.date_precision
                old.date_expression, old.since = new.date_expression, new.since
            elif old.date_expression is None and new.date_expression:
                old.date_expression = new.date_expression
            for name, value in new.qualifiers.items():
                old.qualifiers.setdefault(name, value)
            return
        self.candidates.append(new)

    def result(self) -> Extraction:
        used = {k for c in self.candidates for k in (c.subject_key, c.object_key)}
        used |= {e.attributed_to_key for c in self.candidates for e in c.evidence
                 if e.attributed_to_key}
        entities = [e for e in self.kb.candidates.values() if e.key in used or e.mentions > 1
                    or e.cls != PERSON or len(e.label.split()) >= 2]
        for number, candidate in enumerate(self.candidates, start=1):
            candidate.number = number
        return Extraction(self.candidates, sorted(entities, key=lambda e: e.label))


def _distance(time: TimeExpression, span: tuple[int, int]) -> int:
    return max(time.start - span[1], span[0] - time.end, 0)


def _nearest(times: list[TimeExpression], span: tuple[int, int]) -> TimeExpression | None:
    best = None
    for time in times:
        distance = _distance(time, span)
        if distance <= 80 and (best is None or distance < best[0]):
            best = (distance, time)
    return best[1] if best else None
