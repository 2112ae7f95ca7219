"""Persons named as some of a list's role: "varios invitados, entre ellos el senador X, no
pudieron viajar", "otros oradores, como A y B, cancelaron". The role noun ("invitados",
"oradores", "asistentes") says what they are of the event the text is about, whatever the
clause then says of them (that they did not come is read by the verb)."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.events import MEALS
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_runs import listed
from graph.ingest.nlp.named_party_adjectives import WELL_LIKED, popular_party
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import list_role
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold


def included_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or noun.morph.get("Number") != ["Plur"]:
        return []
    if folded_lemma(noun) in _CANDIDATES:
        return _candidates_of(parsed, noun)
    members = _members_of(parsed, noun) if fold(noun.lower_) in _MEMBERS else []
    kind = list_role(fold(noun.lower_), feminine=True) or list_role(folded_lemma(noun),
                                                                     feminine=True)
    start = _opening(parsed.doc, noun.i + 1, noun.sent.end)
    if kind is None or start is None or _guests_of_a_meal(noun):
        return members
    topic = parsed.topic_event(noun.i)
    if topic is None:
        return []
    relation, role = kind
    event = End(topic[1], noun.i, noun.i, reference=topic[0] > 0, distance=topic[0])
    people = [e for e in listed(parsed, start) if parsed.is_person(e.key)]
    qualifiers = {"role": role} if role else {}
    found = [Found(relation, p, event, 0.6, "list", noun.i, dict(qualifiers))
             for p in people if parsed.kb.fits(relation, p.key, event.key)]
    if _kept_away(noun):  # "varios invitados, entre ellos X, no pudieron viajar"
        found += [Found("participatedIn", p, event, 0.55, "list", noun.i, negated=True)
                  for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]
    return found + members


# A meal or a reception one offers: its guests are that occasion's, not the event's.
_OWN_OCCASIONS = MEALS | {"recepcion", "coctel", "vino", "homenaje", "fiesta", "velada"}


def _guests_of_a_meal(noun) -> bool:
    """"ofreció un desayuno privado a una docena de invitados, entre ellos A y B": the
    guests of the breakfast, an occasion of its own the text does not name."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return any(c.dep_ in ("obj", "nsubj", "nsubj:pass") and folded_lemma(c) in _OWN_OCCASIONS
               for c in verb.children)


# Verbs of coming: said with "no" of the guests, they did not take part.
_COMING = {"asistir", "acudir", "viajar", "venir", "llegar", "participar", "ir", "estar"}


def _kept_away(noun) -> bool:
    """Whether the clause says the persons did not come: the noun is the subject of a
    denied verb of coming, or of a denied "poder" before one."""
    verb = noun.head
    if noun.dep_ != "nsubj" or not any(fold(c.lower_) == "no" for c in verb.children):
        return False
    lemmas = {folded_lemma(verb)} | {folded_lemma(c) for c in verb.children
                                      if c.dep_ == "xcomp"}
    return bool(lemmas & _COMING)


def _opening(doc, i: int, end: int) -> int | None:
    """Where the persons start after ", entre ellos" / ", entre ellas" / ", como" (an
    adjective of the noun passed over: "invitados extranjeros, entre ellos")."""
    while i < end and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i += 1
    words = [fold(t.lower_) for t in doc[i:min(end, i + 3)]]
    if words[:3] in ([",", "entre", "ellos"], [",", "entre", "ellas"]):
        return i + 3
    if words[:2] == [",", "como"]:
        return i + 2
    return None


_CANDIDATES = {"candidato", "candidata", "aspirante"}
_AGAINST = {"rival", "contrario", "adversario", "opositor"}
_COMPLEMENTS = {"de", "del", "a", "al", "con", "por", "para", "contra", "sobre"}


def _candidates_of(parsed: Parsed, noun) -> list[Found]:
    """"beneficie a sus candidatos, entre ellos X", "los candidatos de Vox, como A y B": the
    persons named as some of a party's candidates stand for it."""
    party = _party_of(parsed, noun)
    if party is None or any(folded_lemma(c).rstrip("s") in _AGAINST or
                            fold(c.lower_).rstrip("es") in _AGAINST for c in noun.children):
        return []  # "sus candidatos rivales" are others'
    after = party.last + 1 if party.first > noun.i else noun.i + 1  # "candidatos de Vox, ..."
    start = _opening(parsed.doc, after, noun.sent.end)
    if start is None:
        return []
    people = [e for e in listed(parsed, start) if parsed.is_person(e.key)]
    return [Found("represents", p, party, 0.6, "list", noun.i) for p in people
            if parsed.kb.fits("represents", p.key, party.key)]


# A party's people: "varios concejales populares, entre ellos X", "diputados de Vox, como Y"
_MEMBERS = {"concejales", "concejalas", "diputados", "diputadas", "senadores", "senadoras",
            "eurodiputados", "eurodiputadas", "militantes", "afiliados", "afiliadas",
            "legisladores", "legisladoras", "parlamentarios", "parlamentarias", "ediles"}


def _members_of(parsed: Parsed, noun) -> list[Found]:
    """"varios concejales populares, entre ellos el teniente de alcalde X": the persons named
    as some of a party's people, by its name or its adjective, are its members."""
    party = _party_of(parsed, noun)
    if party is None:
        adjective = next((c for c in noun.children if c.dep_ == "amod" and c.i == noun.i + 1),
                         None)
        key = _adjective_party(parsed, adjective) if adjective is not None else None
        party = End(key, adjective.i, adjective.i) if key else None
    if party is None:
        return []
    start = _opening(parsed.doc, max(party.last, noun.i) + 1, noun.sent.end)
    if start is None:
        return []
    people = [e for e in listed(parsed, start) if parsed.is_person(e.key)]
    return [Found("memberOf", p, party, 0.6, "list", noun.i, dated=False) for p in people
            if parsed.kb.fits("memberOf", p.key, party.key)]


def _adjective_party(parsed: Parsed, adjective) -> str | None:
    """The party a plural adjective names ("socialistas", "populares"), by its singular;
    "populares" before the people it lists is the Partido Popular the text names."""
    adjectives = parsed.party_adjectives
    word = fold(adjective.lower_)
    for form in (word, word[:-1], word[:-2]):
        if form in adjectives:
            return adjectives[form]
        if form in WELL_LIKED:
            return popular_party(parsed)
    return None


def _party_of(parsed: Parsed, noun) -> End | None:
    """The party of "los candidatos de X", or the one "sus" stands for: the last party the
    sentence names before it, but for one inside a complement."""
    doc = parsed.doc
    for child in noun.children:
        if child.i > noun.i and fold(child.lower_) != "," and any(
                c.dep_ == "case" and fold(c.lower_) in ("de", "del") for c in child.children):
            parties = [e for e in parsed.ends(child, conj=False) if parsed.kb.is_a(e.key, PARTY)]
            return parties[0] if parties else None
    if not any(c.dep_ == "det" and fold(c.lower_) == "sus" for c in noun.children):
        return None
    for mention in reversed(parsed.linked.mentions):
        if mention.start >= noun.i or mention.start < noun.sent.start:
            continue
        if parsed.kb.is_a(mention.key, PARTY) and (
                mention.start == 0 or fold(doc[mention.start - 1].lower_) not in _COMPLEMENTS):
            return End.of(mention)
    return None
