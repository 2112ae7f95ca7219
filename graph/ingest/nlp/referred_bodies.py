"""Which organization a noun or a relative pronoun stands for, when the words next to its name
hide it: "la fundación lituana Laisvės Sargyba … la presidenta de la fundación" (the noun
governs the name past an adjective), "la Unión Industrial de Tucumán … el presidente de la
entidad" (a noun any organization goes by), "la Alianza Nacional letona, cuyo copresidente"
(the name before "cuyo" past its adjective or its acronym in brackets)."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, NETWORK, ORGANIZATION, PARTY, PLACE
from graph.ingest.nlp.ends import METONYM
from graph.ingest.nlp.misread_tags import misread_adjective
from graph.ingest.reading import fold

# Nouns that name no kind of organization, only that it is one: "la entidad", "la institución"
GENERIC_BODIES = {"entidad", "institucion", "organismo", "corporacion"}
# Kinds of organization that stand for the one named last with that noun ("la federación":
# the Federación X, or the federación Y named before)
KIND_NOUNS = {"plataforma", "federacion", "confederacion", "sindicato", "patronal", "colectivo",
              "gremio", "cooperativa", "observatorio", "academia"}
# Words that may stand between a kind noun and the name it governs: "la fundación lituana
# X", "la asociación de regantes X", "el partido de extrema derecha X"
_BETWEEN_POS = {"ADJ", "ADP", "NOUN", "DET"}
_MOST_BETWEEN = 4


def named_with(parsed, mention, noun: str) -> bool:
    """Whether the kind noun `noun` opens the name of `mention` ("la Fundación Faro"), governs
    it, right before it or past a few lower-case words of description ("el grupo Patriotas por
    Europa", "la fundación lituana Laisvės Sargyba"), or stands in apposition right after it
    ("Orden Caribe, el movimiento que")."""
    doc = parsed.doc
    if fold(doc[mention.start].lower_) == noun:
        return True
    after = doc[mention.end:mention.end + 3]
    if len(after) == 3 and after[0].text == "," and after[1].lower_ in ("el", "la") and \
            fold(after[2].lower_) == noun:
        return True  # "Orden Caribe, el movimiento que fundó X": the noun in apposition
    for back in range(1, _MOST_BETWEEN + 2):
        i = mention.start - back
        if i < 0:
            return False
        token = doc[i]
        if fold(token.lower_) == noun:
            return True
        if token.is_punct or not token.text.islower() or token.pos_ not in _BETWEEN_POS or \
                parsed.mention(token) is not None:
            return False
    return False


def generic_body(parsed, index: int, noun: str, floor: int) -> str | None:
    """"la entidad", "la institución": the organization (no party, which "el partido" names)
    last named before token `index` and after character `floor`, when none other was named
    since in the sentence of `index` or the one before."""
    if noun not in GENERIC_BODIES:
        return None
    doc = parsed.doc
    for mention in reversed(parsed.linked.mentions):
        if mention.start >= index:
            continue
        if doc[mention.start].idx < floor:
            return None
        if mention.kind == METONYM or parsed.is_person(mention.key) or \
                parsed.kb.is_a(mention.key, PLACE):
            continue
        if parsed.kb.is_a(mention.key, PARTY):
            return None  # a party is "el partido", "la formación": the text named another
        if parsed.kb.is_a(mention.key, ORGANIZATION):
            return mention.key
    return None


def whose_comma(doc, whose: int) -> int | None:
    """The comma after the name "cuyo" at token `whose` stands for: the one right before it
    ("Mi Patria, cuyo líder"), or, for a second relative joined to a first ("Lepe Primero,
    que gobernaba desde 2023 y cuyo líder"), the one before that first "que"."""
    if whose >= 1 and doc[whose - 1].text == ",":
        return whose - 1
    if whose < 1 or fold(doc[whose - 1].lower_) not in ("y", "e"):
        return None
    for i in range(whose - 2, max(doc[whose].sent.start, 1) - 1, -1):
        if fold(doc[i].lower_) in ("cuyo", "cuya", "cuyos", "cuyas") or doc[i].text in ".;:":
            return None
        if doc[i].lower_ == "que" and doc[i - 1].text == ",":
            return i - 1
    return None


def owner_before_comma(parsed, comma: int):
    """The mention whose name ends before the comma at `comma` ("la Alianza Nacional letona,
    cuyo…", "el Partido Conservador Popular (EKRE), cuyo…"), past adjectives that follow a
    name and an acronym in brackets; none when the word there is no name's."""
    doc = parsed.doc
    i = comma - 1
    if i >= 0 and doc[i].text == ")":
        opening = next((j for j in range(i - 1, max(i - 6, -1), -1) if doc[j].text == "("),
                       None)
        if opening is None:
            return None
        i = opening - 1
    while i > 0 and (doc[i].pos_ == "ADJ" or misread_adjective(doc[i])) and \
            doc[i].text.islower() and comma - i <= 3 and (
                parsed.mention(doc[i]) is None or parsed.mention(doc[i]).kind == "demonym"):
        i -= 1  # (a demonym links to its country: "el movimiento X chileno")
    return parsed.mention(doc[i]) if i >= 0 else None


# How often the text must have named a party, and how many times more than any other of those
# just named, for "el partido" to be the one the story is about
_MOST_NAMED = 3
_AHEAD = 2


def salient_party(parsed, index: int, parties: set[str]) -> str | None:
    """Of the parties named just before token `index`, the one the text is about: "Chega
    presentó sus listas … el exdiputado que dejó el PS … El presidente del partido, X" is
    Chega's, named three times before to the PS's once; the one party named is the one."""
    if len(parties) == 1:
        # the one party the text named before: "cabeza de lista del Centro Democrático …
        # la precandidata presidencial del partido, X"
        return next(iter(parties))
    if not parties:
        return None
    counts = {key: sum(1 for m in parsed.linked.mentions if m.key == key and m.start < index)
              for key in parties}
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=counts.get)
    return top if ranked[0] >= _MOST_NAMED and ranked[0] >= _AHEAD * ranked[1] else None


# Kind nouns that say the class of what they stand for: "la red" after the Political Network
# for Values, "la coalición" after Unidos por el Cambio
_CLASSED = {"red": NETWORK, "coalicion": COALITION, "alianza": COALITION}


def classed_body(parsed, index: int, noun: str, floor: int) -> str | None:
    """The one entity of the noun's class the text named before token `index` and after
    character `floor`, when its name does not open with the noun ("la red": the Political
    Network for Values)."""
    cls = _CLASSED.get(noun)
    if cls is None:
        return None
    keys = {m.key for m in parsed.linked.mentions if m.start < index and
            parsed.doc[m.start].idx >= floor and m.kind != METONYM and parsed.kb.is_a(m.key, cls)}
    return keys.pop() if len(keys) == 1 else None


def text_body(parsed, index: int, noun: str) -> str | None:
    """The one body the text called by the kind noun `noun` anywhere before token `index`
    ("Orden Caribe, el movimiento que …" paragraphs before "el presidente del movimiento en
    Soledad"): the column's movement, when it named no other so."""
    keys = {m.key for m in parsed.linked.mentions if m.start < index and m.kind != METONYM and
            named_with(parsed, m, noun) and not parsed.is_person(m.key) and
            not parsed.kb.is_a(m.key, PLACE)}
    return keys.pop() if len(keys) == 1 else None


def party_before(parsed, index: int) -> str | None:
    """The party named before token `index`, in its sentence or the two before, when
    only one is ("de la colectividad" after Vox and the Partido Republicano is either);
    the one its own sentence names alone is the nearest."""
    here = parsed.sentence_of(parsed.doc[index].idx)
    floor = parsed.starts[max(here - 2, 0)]
    parties = {m.key for m in parsed.linked.mentions if m.start < index and
               parsed.doc[m.start].idx >= floor and parsed.kb.is_a(m.key, PARTY)}
    near = {m.key for m in parsed.linked.mentions if m.start < index and
            parsed.doc[m.start].idx >= parsed.starts[here] and parsed.kb.is_a(m.key, PARTY)}
    if not parties:
        # "En Madrid lo aprecian. X, vicepresidente del partido, ...": no party in the
        # passage, so the one the text is about, named most before it
        parties = {m.key for m in parsed.linked.mentions if m.start < index and
                   parsed.kb.is_a(m.key, PARTY)}
        return salient_party(parsed, index, parties)
    parties, near = _trunks(parsed, parties), _trunks(parsed, near)
    return parties.pop() if len(parties) == 1 else near.pop() if len(near) == 1 else \
        salient_party(parsed, index, parties)


def _trunks(parsed, parties: set[str]) -> set[str]:
    """The parties without the branches of one among them ("Vox Tarragona" beside "Vox"):
    "el secretario general del partido" is of the party, not of its local branch."""
    labels = {key: parsed.kb.label(key) or "" for key in parties}
    return {key for key in parties if not any(
        other != key and labels[other] and labels[key].startswith(labels[other] + " ")
        for other in parties)}
