"""Scoring an extractor on an evaluation set (see goldsets.py): claims per relation, per
pattern and overall, dates, the typing of proposed new entities, the hygiene of their aliases
and the quotes of the candidates."""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.build.parse import normalize_text
from graph.errors import InputError
from graph.ingest.batch_extraction import extract_each
from graph.ingest.evaluate import Score
from graph.ingest.goldsets import GoldClaim, GoldSet, GoldText, read_set
from graph.ingest.knowledge import AGENT, PERSON, Knowledge, name_tokens
from graph.ingest.model import NEW, Candidate, CandidateEntity, Document, Extraction, Extractor
from graph.ingest.nlp.election_kinds import identity, same_election
from graph.ingest.temporal import Anchor
from graph.model.terms import KG, local_name

# Words that are never a name on their own (Spanish, Portuguese, Italian, Dutch, German).
PARTICLES = frozenset(
    "de del la las los el y e da do dos das di du van von der den le lo al".split())
_COUNTRIES = (
    "chile argentina espana mexico peru colombia brasil venezuela bolivia ecuador uruguay "
    "paraguay guatemala honduras nicaragua panama cuba italia francia alemania portugal hungria "
    "polonia israel europa america latinoamerica iberoamerica").split() + [
    "el salvador", "costa rica", "estados unidos", "ee uu", "reino unido"]
_DEMONYMS = (
    "chileno argentino espanol mexicano peruano colombiano brasileno venezolano boliviano "
    "ecuatoriano uruguayo paraguayo salvadoreno guatemalteco hondureno nicaraguense "
    "costarricense panameno cubano estadounidense norteamericano italiano frances aleman "
    "portugues hungaro polaco britanico israeli europeo americano latinoamericano "
    "iberoamericano").split()


def _forms(demonym: str) -> set[str]:
    """chileno -> chileno, chilena, chilenos, chilenas; frances -> francesa, franceses..."""
    if demonym.endswith("o"):
        return {demonym[:-1] + end for end in ("o", "a", "os", "as")}
    if demonym.endswith("e"):
        return {demonym, demonym + "s"}
    if demonym.endswith("i"):
        return {demonym, demonym + "es", demonym + "s"}
    return {demonym, demonym + "a", demonym + "es", demonym + "as"}


PLACE_WORDS = frozenset(_COUNTRIES) | {f for d in _DEMONYMS for f in _forms(d)}


def alias_problem(alias: str, full_name: str, cls: str, countries: set[str]) -> str | None:
    """Why `alias` is no name of the entity called `full_name` (None when it is acceptable):
    a particle, a country or demonym, or a lone given name of a person."""
    tokens = name_tokens(alias)
    if not tokens or all(t in PARTICLES for t in tokens):
        return "particle"
    joined = " ".join(tokens)
    if joined in PLACE_WORDS or joined in countries:
        return "country or demonym"
    full = name_tokens(full_name)
    if cls == PERSON and len(tokens) == 1 and len(full) > 1 and tokens[0] == full[0]:
        return "lone given name"
    return None


# Office names are a convention, not a reading: "Primera ministra de Italia" and "Primer
# ministro de Italia" are one office, and "Diputado" names the office "Diputado de Chile" less
# precisely. Offices match when one's words (masculine forms, without particles) hold the
# other's and both start with the same title.
_FEMININE = {
    "presidenta": "presidente", "vicepresidenta": "vicepresidente", "ministra": "ministro",
    "primera": "primer", "diputada": "diputado", "eurodiputada": "eurodiputado",
    "senadora": "senador", "concejala": "concejal", "alcaldesa": "alcalde",
    "secretaria": "secretario", "subsecretaria": "subsecretario", "gobernadora": "gobernador",
    "consejera": "consejero", "embajadora": "embajador", "jefa": "jefe",
    "consellera": "conseller", "conselleira": "conselleiro",
    "directora": "director", "legisladora": "legislador", "intendenta": "intendente",
    "candidata": "candidato", "lideresa": "lider", "asesora": "asesor",
    "vicegobernadora": "vicegobernador", "viceministra": "viceministro",
    "vicealcaldesa": "vicealcalde", "regidora": "regidor"}


def office_words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    words = [_FEMININE.get(t, t) for t in _places_named_alike(tokens)
             if t not in PARTICLES and t != "o"]
    return tuple(dict.fromkeys(words))


def _places_named_alike(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A country by its canonical name: "Primer ministro de Chequia" is the office of the
    "Primer ministro de la República Checa"."""
    from graph.ingest.nlp import gazetteer

    out: list[str] = []
    i = 0
    while i < len(tokens):
        found = gazetteer.place_at(tokens, i, ("country",))
        if found:
            out += name_tokens(found[1].name)
            i += found[0]
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


def same_office(gold: tuple[str, ...], found: tuple[str, ...]) -> bool:
    gold, found = office_words(gold), office_words(found)
    if not gold or not found or gold[0] != found[0]:
        return False
    return set(gold) <= set(found) or set(found) <= set(gold)


# An event new to the graph has no settled name either, as to where it is held: "la Cumbre de
# Patriotas por Europa en Madrid" and "Cumbre de Patriotas por Europa" are one event in one
# article. Two names of a new event are one when they are the same words but for the article
# before them and the places they say they are held in ("de Madrid", "en Budapest"; "CPAC
# Brasil" names its place in its name).
_ARTICLES = {"el", "la", "los", "las"}
_BEFORE_PLACE = {"de", "del", "en"}


def _without_places(tokens: tuple[str, ...]) -> tuple[str, ...]:
    from graph.ingest.nlp import gazetteer

    kept: list[str] = []
    i = 1 if tokens[:1] and tokens[0] in _ARTICLES else 0
    while i < len(tokens):
        found = gazetteer.place_at(tokens, i, gazetteer.AREAS)
        if found and kept and kept[-1] in _BEFORE_PLACE:  # "CPAC Brasil" is a name of its own
            kept.pop()
            i += found[0]
        else:
            kept.append(tokens[i])
            i += 1
    return tuple(kept)


def same_event(gold: tuple[str, ...], found: tuple[str, ...], described: bool = False) -> bool:
    bare = _without_places(gold)
    if len(bare) > 1 and bare == _without_places(found):
        return True
    return described and _describe_alike(bare, _without_places(found))


# An event its text leaves unnamed has the name the gold gives it, a description ("Cumbre de
# líderes de Patriotas por Europa"): another description of it names it when it starts with the
# same kind word and one's words hold all the other's, two at least ("Cumbre de líderes").
def _describe_alike(gold: tuple[str, ...], found: tuple[str, ...]) -> bool:
    gold, found = (tuple(t for t in n if t not in PARTICLES) for n in (gold, found))
    if min(len(gold), len(found)) < 2 or gold[0] != found[0]:
        return False
    return set(gold) <= set(found) or set(found) <= set(gold)


# The constructions the gold files tag claims with (tests/data/ingest/eval/README.md).
PATTERNS = frozenset(
    "verb nominal apposition copula title list passive reference".split())


def pattern_group(cue: str) -> str:
    """A candidate's pattern as the tables group it: "verb:recibir" -> "verb", "copula" ->
    "copula"; a cue that names no construction (the rules give the words they matched) ->
    "other"."""
    if ":" in cue:
        return cue.split(":", 1)[0].strip()
    return cue if cue in PATTERNS else "other"


@dataclass
class SetReport:
    folder: str
    extractor: str
    texts: list[str]
    relations: dict[str, Score] = field(default_factory=dict)
    gold_patterns: dict[str, Score] = field(default_factory=dict)  # recall by gold pattern
    found_patterns: dict[str, Score] = field(default_factory=dict)  # precision by cue
    total: Score = field(default_factory=lambda: Score("all"))
    dates: Score = field(default_factory=lambda: Score("dates"))
    former: Score = field(default_factory=lambda: Score("former"))
    duplicates: int = 0  # candidates that repeat a fact already matched
    entities: dict = field(default_factory=lambda: {
        "gold": 0, "proposed": 0, "matched": 0, "wrong_class": 0, "share_wrong": 0.0,
        # how the wrong classes stand to the gold's in the ontology (class_kinship)
        "broader": 0, "narrower": 0, "sibling": 0, "unrelated": 0})
    aliases: dict = field(default_factory=lambda: {"checked": 0, "bad": 0, "share_bad": 0.0})
    quotes: dict = field(default_factory=lambda: {
        "checked": 0, "not_verbatim": 0, "name_neither_end": 0})
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    # Misses that a wrong candidate came close to: the relation and one end right, the other
    # end named otherwise (a naming or linking failure rather than a construction not read).
    near_misses: list[dict] = field(default_factory=list)
    date_errors: list[dict] = field(default_factory=list)
    wrong_classes: list[dict] = field(default_factory=list)
    bad_aliases: list[dict] = field(default_factory=list)
    bad_quotes: list[dict] = field(default_factory=list)

    def rows(self) -> list[dict]:
        """Per relation, then overall, dates and `former`: the rows csv prints."""
        return [self.relations[r].row() for r in sorted(self.relations)] + [
            self.total.row(), self.dates.row(), self.former.row()]

    def gold_pattern_rows(self) -> list[dict]:
        return [{"pattern": p, "gold": s.true_positives + s.false_negatives,
                 "tp": s.true_positives, "fn": s.false_negatives,
                 "recall": round(s.recall, 3)} for p, s in sorted(self.gold_patterns.items())]

    def found_pattern_rows(self) -> list[dict]:
        return [{"pattern": p, "found": s.true_positives + s.false_positives,
                 "tp": s.true_positives, "fp": s.false_positives,
                 "precision": round(s.precision, 3)}
                for p, s in sorted(self.found_patterns.items())]

    def as_dict(self) -> dict:
        return {
            "set": self.folder, "extractor": self.extractor, "texts": self.texts,
            "relations": [self.relations[r].row() for r in sorted(self.relations)],
            "recall_by_gold_pattern": self.gold_pattern_rows(),
            "precision_by_candidate_pattern": self.found_pattern_rows(),
            "total": self.total.row(), "dates": self.dates.row(), "former": self.former.row(),
            "duplicates": self.duplicates, "entities": self.entities, "aliases": self.aliases,
            "quotes": self.quotes, "misses": self.misses,
            "false_positives": self.false_positives, "near_misses": self.near_misses,
            "date_errors": self.date_errors,
            "wrong_classes": self.wrong_classes, "bad_aliases": self.bad_aliases,
            "bad_quotes": self.bad_quotes,
        }


@dataclass(frozen=True)
class _End:
    """A gold end: the graph's entities its name resolves to, else the name itself and, for an
    election, which one it names."""

    tokens: tuple[str, ...]
    iris: frozenset[str]
    election: tuple | None = None
    event: bool = False  # the gold lists it as a new event
    described: bool = False  # a new event its text leaves unnamed: the gold describes it


ELECTIONS = {"Election", "ElectionRound"}
EVENTS = {"Event", "Meeting", "Summit", "EventSeries"}


def class_kinship(knowledge: Knowledge, proposed: str, expected: str) -> str:
    """How a wrong class stands to the gold's in the ontology: `broader` (a class above it,
    Event for a Summit), `narrower` (one below it), `sibling` (another kind of the same family,
    a Coalition for a PoliticalParty, a Summit for an EventSeries) or `unrelated` (another
    family: a Person for a Place). A family is the most general of a class's own classes below
    Entity and Agent: Person, Organization, Event, Place, Office."""
    if proposed in knowledge.ancestors.get(expected, ()):
        return "broader"
    if expected in knowledge.ancestors.get(proposed, ()):
        return "narrower"
    return "sibling" if _family(knowledge, proposed) == _family(knowledge, expected) \
        else "unrelated"


def _family(knowledge: Knowledge, cls: str) -> str:
    own = [c for c in (cls, *knowledge.ancestors.get(cls, ())) if c.startswith(KG) and
           c not in (KG + "Entity", AGENT)]
    return min(own, key=lambda c: len(knowledge.ancestors.get(c, ())), default=cls)


class _Scorer:
    def __init__(self, knowledge: Knowledge, report: SetReport):
        self.knowledge, self.report = knowledge, report
        self.not_elections: set[tuple[str, ...]] = set()  # the text's other new entities
        self.events: set[tuple[str, ...]] = set()  # the text's new events
        self.described: set[tuple[str, ...]] = set()  # those of them its text does not name
        self.countries = {" ".join(name_tokens(n)) for e in knowledge.of_class(
            "https://w3id.org/kgraph/ontology#Country") for n in e.names}

    def end(self, name: str) -> _End:
        tokens = name_tokens(name)
        iris = frozenset(self.knowledge.index.get(tokens, ()))
        election = None if iris or tokens in self.not_elections else identity(tokens)
        return _End(tokens, iris, election, tokens in self.events, tokens in self.described)

    def names(self, key: str, shown: str, entities: dict[str, CandidateEntity]) -> set[tuple]:
        """Every name of a candidate's end, as folded tokens."""
        found = {name_tokens(shown)}
        if key.startswith(NEW):
            entity = entities.get(key)
            if entity is not None:
                found |= {name_tokens(n) for n in (entity.label, *entity.aliases)}
        elif key in self.knowledge.entities:
            found |= {name_tokens(n) for n in self.knowledge.entities[key].names}
        return {n for n in found if n}

    def end_matches(self, gold: _End, key: str, shown: str, entities,
                    office: bool = False) -> bool:
        if office:
            wanted = {gold.tokens} | {name_tokens(n) for iri in gold.iris
                                      for n in self.knowledge.entities[iri].names}
            return any(same_office(w, f) for w in wanted
                       for f in self.names(key, shown, entities))
        if not key.startswith(NEW):
            return key in gold.iris
        if gold.iris:
            return False
        names = self.names(key, shown, entities)
        # An election new to the graph is a convention too: the gold names it as its text
        # does, an extractor by the graph's pattern; the same race, place and year are one.
        if gold.tokens in names or (gold.election is not None and any(
                same_election(gold.election, identity(n)) for n in names)):
            return True
        return gold.event and any(same_event(gold.tokens, n, gold.described) for n in names)

    def _ways(self, gold: GoldClaim, candidate: Candidate) -> list[tuple[_End, _End]]:
        """The gold ends to set against the candidate's subject and object, each way round the
        relation allows (none when the relation or the negation differ)."""
        if gold.relation != candidate.relation or gold.negated != candidate.negated:
            return []
        subject, obj = self.end(gold.subject), self.end(gold.object)
        spec = self.knowledge.relations.get(gold.relation)
        return [(subject, obj), (obj, subject)] if spec is not None and spec.symmetric else [
            (subject, obj)]

    def _ends(self, way: tuple[_End, _End], candidate: Candidate, entities):
        """Whether the candidate's subject, then its object, is the gold end set against it."""
        yield self.end_matches(way[0], candidate.subject_key, candidate.subject, entities)
        yield self.end_matches(way[1], candidate.object_key, candidate.object, entities,
                               office=candidate.relation == "holdsOffice")

    def claim_matches(self, gold: GoldClaim, candidate: Candidate, entities) -> bool:
        return any(all(self._ends(way, candidate, entities))
                   for way in self._ways(gold, candidate))

    def half_matches(self, gold: GoldClaim, candidate: Candidate, entities) -> bool:
        """The relation and one end right, either way round for a symmetric one."""
        return any(any(self._ends(way, candidate, entities))
                   for way in self._ways(gold, candidate))

    # ------------------------------------------------------------ one text

    def text(self, gold: GoldText, extraction: Extraction) -> None:
        entities = {e.key: e for e in extraction.entities}
        self.not_elections = {name_tokens(e.name) for e in gold.entities
                              if e.cls not in ELECTIONS}
        self.events = {name_tokens(e.name) for e in gold.entities if e.cls in EVENTS}
        words = name_tokens(gold.text)
        self.described = {n for n in self.events if not _contains(words, n)}
        matched: dict[int, Candidate] = {}
        wrong: list[Candidate] = []
        for candidate in extraction.candidates:
            fits = [i for i, claim in enumerate(gold.claims)
                    if self.claim_matches(claim, candidate, entities)]
            free = [i for i in fits if i not in matched]
            if fits and not free:
                self.report.duplicates += 1
                continue
            group = self.report.found_patterns.setdefault(
                pattern_group(candidate.cue), Score(pattern_group(candidate.cue)))
            if free:
                matched[free[0]] = candidate
                group.true_positives += 1
            else:
                group.false_positives += 1
                wrong.append(candidate)
                self._count(candidate.relation, "false_positives")
                self.report.false_positives.append({
                    "text": gold.name, "fact": _describe(candidate), "pattern": candidate.cue,
                    "quote": candidate.evidence[0].quote if candidate.evidence else ""})
        for index, claim in enumerate(gold.claims):
            pattern = self.report.gold_patterns.setdefault(claim.pattern, Score(claim.pattern))
            candidate = matched.get(index)
            if candidate is None:
                pattern.false_negatives += 1
                self._count(claim.relation, "false_negatives")
                self.report.misses.append({"text": gold.name, "fact": claim.describe(),
                                           "pattern": claim.pattern, "quote": claim.quote})
                near = next((c for c in wrong if self.half_matches(claim, c, entities)), None)
                if near is not None:
                    self.report.near_misses.append({"text": gold.name, "fact": claim.describe(),
                                                    "found": _describe(near)})
                continue
            pattern.true_positives += 1
            self._count(claim.relation, "true_positives")
            self._compare(self.report.dates, claim.date, candidate.date)
            if claim.date != candidate.date and (claim.date or candidate.date):
                self.report.date_errors.append({
                    "text": gold.name, "fact": claim.describe(), "expected": claim.date,
                    "found": candidate.date})
            self._compare(self.report.former, claim.former or None,
                          bool(candidate.qualifiers.get("former")) or None)
        self._entities(gold, extraction)
        self._quotes(gold, extraction, entities)

    def _count(self, relation: str, outcome: str) -> None:
        score = self.report.relations.setdefault(relation, Score(relation))
        setattr(score, outcome, getattr(score, outcome) + 1)
        setattr(self.report.total, outcome, getattr(self.report.total, outcome) + 1)

    @staticmethod
    def _compare(score: Score, wanted, got) -> None:
        if wanted and got == wanted:
            score.true_positives += 1
            return
        if got:
            score.false_positives += 1
        if wanted:
            score.false_negatives += 1

    def _entities(self, gold: GoldText, extraction: Extraction) -> None:
        counts = self.report.entities
        counts["gold"] += len(gold.entities)
        by_name = {name_tokens(e.name): e for e in gold.entities}
        elections = [(identity(name), e) for name, e in by_name.items() if e.cls in ELECTIONS]
        events = [(name, e) for name, e in by_name.items() if e.cls in EVENTS]
        for entity in extraction.entities:
            counts["proposed"] += 1
            names = [name_tokens(n) for n in (entity.label, *entity.aliases)]
            expected = next((by_name[n] for n in names if n in by_name), None) or next(
                (e for said, e in elections for n in names if same_election(said, identity(n))),
                None) or next((e for said, e in events for n in names
                     if same_event(said, n, said in self.described)),
                              None)
            if expected is not None:
                counts["matched"] += 1
                if local_name(entity.cls) != expected.cls:
                    kinship = class_kinship(self.knowledge, entity.cls, KG + expected.cls)
                    counts["wrong_class"] += 1
                    counts[kinship] += 1
                    self.report.wrong_classes.append({
                        "text": gold.name, "entity": entity.label,
                        "class": local_name(entity.cls), "expected": expected.cls,
                        "kinship": kinship})
            for alias in entity.aliases:
                self.report.aliases["checked"] += 1
                problem = alias_problem(alias, entity.label, entity.cls, self.countries)
                if problem:
                    self.report.aliases["bad"] += 1
                    self.report.bad_aliases.append({"text": gold.name, "entity": entity.label,
                                                    "alias": alias, "problem": problem})

    def _quotes(self, gold: GoldText, extraction: Extraction, entities) -> None:
        text = normalize_text(gold.text)
        for candidate in extraction.candidates:
            quotes = [e.quote for e in candidate.evidence]
            self.report.quotes["checked"] += len(quotes)
            for quote in quotes:
                if normalize_text(quote) not in text:
                    self.report.quotes["not_verbatim"] += 1
                    self.report.bad_quotes.append({"text": gold.name, "fact": _describe(
                        candidate), "problem": "not verbatim", "quote": quote})
            if not quotes:
                continue
            words = name_tokens(quotes[0])
            ends = (self.names(candidate.subject_key, candidate.subject, entities)
                    | self.names(candidate.object_key, candidate.object, entities))
            if not any(_contains(words, name) for name in ends):
                self.report.quotes["name_neither_end"] += 1
                self.report.bad_quotes.append({"text": gold.name, "fact": _describe(
                    candidate), "problem": "names neither end", "quote": quotes[0]})

    def finish(self) -> None:
        counts = self.report.entities
        counts["share_wrong"] = round(counts["wrong_class"] / counts["matched"], 3) if \
            counts["matched"] else 0.0
        aliases = self.report.aliases
        aliases["share_bad"] = round(aliases["bad"] / aliases["checked"], 3) if \
            aliases["checked"] else 0.0
        for items in (self.report.misses, self.report.false_positives, self.report.near_misses,
                      self.report.date_errors):
            items.sort(key=lambda item: (item["text"], item["fact"]))


def _contains(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    size = len(name)
    return any(words[i:i + size] == name for i in range(len(words) - size + 1))


def _describe(candidate: Candidate) -> str:
    return (f"{candidate.subject} {'NOT ' if candidate.negated else ''}{candidate.relation} "
            f"{candidate.object}")


def evaluate_set(kg, gold_set: GoldSet | str, extractor: Extractor | None = None,
                 jobs: int | None = None) -> SetReport:
    """Run `extractor` (default: nlp) on every text of `gold_set` (a GoldSet or its folder),
    anchored at the gold date, with the graph's entities known, and score it. The texts are
    read by `jobs` processes at once (default: one per processor)."""
    from graph.ingest.extractors import get_extractor

    if not isinstance(gold_set, GoldSet):
        gold_set = read_set(gold_set)
    extractor = extractor or get_extractor()
    knowledge = Knowledge.from_graph(kg)
    for gold in gold_set.texts:
        for number, claim in enumerate(gold.claims, 1):
            if claim.relation not in knowledge.relations:
                raise InputError(f"{gold.gold_file}: claim {number} has an unknown relation "
                                 f"{claim.relation!r}")
    report = SetReport(str(gold_set.folder), extractor.name, [t.name for t in gold_set.texts])
    scorer = _Scorer(knowledge, report)
    documents = [Document(gold.text, Anchor.parse(gold.date)) for gold in gold_set.texts]
    for gold, extraction in zip(gold_set.texts,
                                extract_each(extractor, documents, knowledge, jobs), strict=True):
        scorer.text(gold, extraction)
    scorer.finish()
    return report
