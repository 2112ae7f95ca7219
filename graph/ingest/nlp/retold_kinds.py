"""One gathering a chronicle tells first by a word for any gathering and then by its own kind:
"el primer acto de precampaña de Vox ... El mitin, organizado por Vox, reunió ...", "un
encuentro con simpatizantes en Lugo ... La concentración, convocada por el partido, ...". The
second noun, definite, points back to the gathering the text reports; its kind is the more
precise one, so the event keeps the name the specific noun gave it ("Mitin de Vox"), and every
mention of the generic one goes to it. A specific noun with an indefinite article, or in the
plural, or told as still to come, is another gathering."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.events import event_class
from graph.ingest.nlp.predicative_gatherings import what_it_becomes
from graph.ingest.reading import fold

# Words for any gathering at all: an act, an event, a meeting, an appointment.
GENERIC = {"acto", "evento", "encuentro", "cita", "celebracion"}
# Kinds that name a whole gathering of a crowd, which a chronicle may first call "un acto".
SPECIFIC = {"mitin", "concentracion", "marcha", "manifestacion", "caravana", "cabildo",
            "vigilia", "protesta", "movilizacion", "cacerolada", "caceroleo", "sentada",
            "cierre", "inicio", "arranque", "homenaje", "tributo", "festival", "romeria",
            "desfile", "convencion", "asamblea", "congreso", "gala", "velada", "fiesta",
            "verbena", "cabalgata", "peregrinacion"}
# Of those, the gatherings of a crowd: being at one is taking part ("estuvo en el mitin"),
# while being at a dinner or a party may be a meeting of a few.
_CROWDS = SPECIFIC - {"gala", "velada", "fiesta", "verbena", "asamblea", "congreso"}
_DEFINITE = {"el", "la", "este", "esta", "ese", "esa", "aquel", "aquella", "dicho", "dicha"}


def retold_kind(parsed, described: dict[int, str], kind_of, announced) -> None:
    """Fold the generic gathering the text reports into the one a later definite noun of a
    specific kind describes, when each is the only one of its sort the text tells."""
    doc = parsed.doc
    generic = {key for i, key in described.items()
               if key in parsed.named_events and kind_of(doc[i]) in GENERIC}
    if len(generic) != 1:
        return
    old = generic.pop()
    first = min(i for i, key in described.items() if key == old)
    specific, retold = set(), set()
    for i, key in described.items():
        if key == old:
            continue
        token = doc[i]
        kind = kind_of(token)
        if kind in GENERIC and i > first and _definite(token) and \
                token.morph.get("Number") != ["Plur"]:
            retold.add(key)  # "el acto" again, described anew by what follows it
            continue
        if kind not in SPECIFIC:
            if kind in GENERIC:
                return  # another act told: which one is which is not settled here
            continue
        if i < first or not _definite(token) or token.morph.get("Number") == ["Plur"] or \
                announced(token):
            return  # a rally told before or beside the act, or one still to come
        specific.add(key)
    if len(specific) != 1:
        return
    new = specific.pop()
    for gone in {old} | (retold - {new}):
        _fold(parsed, described, gone, new)


def renamed_by_kind(parsed, described: dict[int, str], kind_of, announced) -> None:
    """"Vox había convocado su primer acto en la capital ... siguió el mitin desde una
    pantalla": the gathering the text reports, described by a word for any gathering, told
    later by a definite noun of a specific kind that sets nothing else apart. The specific
    kind is what the gathering is, so it names it ("Mitin de Vox", not "Acto de Vox"). With
    a gathering of that kind told before it, or one of that kind that is another (indefinite,
    plural, still to come), or two specific kinds, the name stays."""
    doc = parsed.doc
    old = _reported_generic(parsed, described, kind_of)
    if old is None:
        return
    entity = parsed.proposals.get(old)
    first = min(i for i, key in described.items() if key == old)
    retold = [t for t in doc if kind_of(t) in SPECIFIC and t.i not in described and
              not what_it_becomes(t)]  # "convirtió la campaña en una fiesta": no gathering
    # "El mitin empezó con una oración ... El acto de ayer, organizado por X": a definite
    # noun that opens the telling of gatherings is the one the text reports, as the act is
    opening = next((t.i for t in doc if kind_of(t) is not None), None)
    if entity is None or not retold or len({kind_of(t) for t in retold}) != 1 or any(
            t.i < first and t.i != opening or t.i in parsed._event_at or not _definite(t) or
            announced(t) or t.morph.get("Number") == ["Plur"] or parsed.mention(t) is not None
            for t in retold):
        return
    if any(kind_of(doc[i]) == kind_of(retold[0]) for i in described):
        return  # "el mitin" may be the one "un mitin del PP" told
    kind = retold[0].text.lower()
    _, _, rest = entity.label.partition(" ")  # "Acto de Vox": what sets the act apart
    if not rest:
        return  # a kind alone names nothing
    label = f"{kind.capitalize()} {rest}"
    new = NEW + slug(label)
    if new in parsed.proposals or new in parsed.linked.entities or parsed.kb.is_a(new, EVENT):
        return
    renamed = CandidateEntity(new, label, event_class([kind]), example=entity.example)
    parsed.proposals[new] = renamed
    parsed.kb.candidates[new] = renamed
    _fold(parsed, described, old, new)
    for token in retold:
        described[token.i] = new
        parsed._event_at.setdefault(token.i, (new, (token.i, token.i)))


def _reported_generic(parsed, described: dict[int, str], kind_of) -> str | None:
    """The gathering the text reports, told by a word for any gathering: the one it reports,
    or, when it reports none it names, the only one it tells, by a definite noun ("El acto de
    ayer, organizado por X"), with no other act told."""
    doc = parsed.doc
    generic = {key for i, key in described.items() if kind_of(doc[i]) in GENERIC}
    reported = generic & set(parsed.named_events)
    if len(reported) == 1 and len(parsed.named_events) == 1:
        return reported.pop()
    if parsed.named_events or len(generic) != 1:
        return None
    key = next(iter(generic))
    first = min(i for i, k in described.items() if k == key)
    return key if _definite(doc[first]) else None


def told_again_as_act(parsed, noun, label: str, described: dict[int, str], kind_of) -> bool:
    """"el primer mitin de Vox en la comarca ... El acto, organizado por la dirección
    provincial del partido, ...": a definite word for any gathering, whose description adds
    nothing to that of the gathering the text reports and told before it, is that gathering
    told again; it goes to it."""
    if kind_of(noun) not in GENERIC or not _definite(noun) or \
            noun.morph.get("Number") == ["Plur"]:
        return False
    reported = {key for i, key in described.items()
                if i < noun.i and key in parsed.named_events}
    if len(reported) != 1:
        return False
    key = reported.pop()
    entity = parsed.proposals.get(key)
    rest = label.partition(" ")[2].split()  # "Acto de Vox": what sets the act apart
    if entity is None or not rest or not set(rest) <= set(entity.label.split()):
        return False
    described[noun.i] = key
    parsed._event_at.setdefault(noun.i, (key, (noun.i, noun.i)))
    return True


def later_kind(doc, after: int, kind_of, kinds) -> str | None:
    """The kind among `kinds` a text calls the gathering it reports by after token `after`:
    "No asistió al acto" names an act, "el mitin" a rally. Only the definite singular nouns
    count ("un acto" is another), and two kinds leave it unsaid."""
    words = {t.text.lower() for t in doc[after + 1:] if kind_of(t) in kinds and
             _definite(t) and t.morph.get("Number") != ["Plur"]}
    return words.pop() if len(words) == 1 else None


def _fold(parsed, described: dict[int, str], old: str, new: str) -> None:
    for i, key in list(described.items()):
        if key == old:
            described[i] = new
    move_event(parsed, old, new)


def move_event(parsed, old: str, new: str) -> None:
    """The gathering `old` told again as `new`: its mentions become the other's, and it is
    proposed no more."""
    for i, (key, span) in list(parsed._event_at.items()):
        if key == old:
            parsed._event_at[i] = (new, span)
    if old in parsed.named_events:
        start = parsed.named_events.pop(old)
        parsed.named_events[new] = min(start, parsed.named_events.get(new, start))
    parsed.proposals.pop(old, None)
    parsed.kb.candidates.pop(old, None)


def _definite(token) -> bool:
    return any(c.dep_ in ("det", "det:poss") and fold(c.lower_) in _DEFINITE
               for c in token.children) or any(
        c.dep_ == "case" and c.lower_ in ("al", "del") for c in token.children)


def crowd_gathering(noun) -> bool:
    """"el mitin", "el cierre de campaña": a noun of a gathering of a crowd."""
    if noun.pos_ != "NOUN" or not noun.is_lower:
        return False
    lemma = fold(noun.lemma_.lower())
    if lemma == "cierre":
        return any(c.dep_ == "nmod" and fold(c.lemma_.lower()) in ("campana", "precampana")
                   for c in noun.children)
    return lemma in _CROWDS


def retold_rally(parsed, described: dict[int, str], kind_of, organizer) -> None:
    """"Abascal llena la Plaza Mayor ... El acto, organizado por la dirección provincial de
    Vox, empezó con ...": the rally the lead tells by its venue (venue_gatherings), told
    again by a definite word for any gathering that the same party organizes, is that rally;
    the act's own description ("Acto de Vox") goes to it. An indefinite or plural act is
    another gathering; with two acts retold, or one another body organizes, none is folded."""
    party = getattr(parsed, "venue_party", None)
    rally = next(iter(parsed.venue_verbs.values()), None)
    if party is None or rally is None:
        return
    first = min(parsed.venue_verbs)
    retold = set()
    for i, key in described.items():
        token = parsed.doc[i]
        if key == rally or kind_of(token) not in GENERIC:
            continue
        if i < first or not _definite(token) or token.morph.get("Number") == ["Plur"]:
            continue  # "un acto con afiliados del PP": another gathering
        by = organizer(parsed, token)
        if by is None or by.key != party:
            return
        retold.add(key)
    if len(retold) == 1:
        _fold(parsed, described, retold.pop(), rally)
