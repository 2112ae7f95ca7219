"""New names typed as mere organizations that the text treats as parties: "el partido rumano
AUR", "la formación Construye", "candidato de la Asociación Nacional Republicana (ANR)",
"cabeza de lista del PS", "concejal de Loures por el PSD", "se afilió a Iniciativa Liberal".

A seat's title before a name ("diputado de X") makes a party only of a name with no head word
of its own: "la Asamblea Nacional" and "el Congreso" are where deputies sit. A new name the
model took for a place or a person is a party where one joins it, leads or founds it, or a
party noun stands beside it: "milita en Navarra Primero", "la líder de Soria Ya"."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY, PERSON, PLACE, name_tokens
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.owned_party_names import owned_parties_retyped
from graph.ingest.nlp.party_shaped_names import slogan_parties_retyped
from graph.ingest.nlp.referred_bodies import whose_comma
from graph.ingest.nlp.words import DEFINITE_ARTICLES
from graph.ingest.reading import fold

_PARTY_NOUNS = {"partido", "formacion"}
# Who stands for a party whatever its name: a candidate, a list's head, a member.
_STANDING = {"candidato", "candidata", "candidatos", "candidatas", "militante", "militantes",
             "afiliado", "afiliada", "afiliados", "abanderado", "abanderada", "precandidato",
             "precandidata", "aspirante", "lista"}
# Seats and offices a party's people hold ("diputado del PSD", "concejal ... por el PSD").
_SEATS = {"diputado", "diputada", "diputados", "senador", "senadora", "senadores",
          "eurodiputado", "eurodiputada", "eurodiputados", "concejal", "concejala", "concejales",
          "parlamentario", "parlamentaria", "legislador", "legisladora", "alcalde", "alcaldesa",
          "bancada", "escano", "escanos", "edil"}
_MAYORS = {"alcalde", "alcaldesa"}
# the case each joining verb takes its party with ("se afilió en Soria al PP": a place)
_JOINED_WITH = {"afiliar": ("a", "al"), "afiliarse": ("a", "al"), "militar": ("en",)}
_JOINING = {"afiliar", "afiliarse", "militar"}
# who leads or founds a group, never a place
_FOUNDERS = {"lider", "lideres", "lideresa", "fundador", "fundadora", "fundadores",
             "cofundador", "cofundadora", "cofundadores"}


# Who leads a body, never a person: "la presidenta de Aliança Catalana" where the model took
# the name for a person's ("la secretaria de X", "el portavoz de X" may be a person's own)
_PRESIDING = _FOUNDERS | {"presidente", "presidenta", "copresidente", "copresidenta"}


def parties_retyped(parsed) -> None:
    """Make a party of each new organization some mention of which the text frames as one."""
    doc = parsed.doc
    for mention in parsed.linked.mentions:
        entity = parsed.linked.entities.get(mention.key)
        if entity is not None and entity.cls == PLACE:
            # "milita en Navarra Primero": a name no list knows as a place, tagged one by the
            # model (its first word often is one), that one joins or leads ("la líder de Soria
            # Ya", "el fundador de Teruel Existe"). (A member's, a deputy's, a president's or
            # a candidate's "de" is often a province's or a town's, and the lists do not
            # know every one: "el diputado de Ciudad Real".)
            if gz.place(mention.text) is None and (
                    _joined_by_parse(doc[mention.start]) or _led(doc, mention.start) or
                    _whose_leader(doc, mention.end) or
                    _apposed_to_party_noun(doc, mention.start)):
                entity.cls = PARTY
            continue
        if entity is None or entity.cls not in (ORGANIZATION, PERSON) or \
                gz.place(mention.text) is not None:
            continue  # "diputado por Almería": a place the linker took for a group
        if entity.cls == PERSON:
            if _joined(doc, mention.start) or _joined_by_parse(doc[mention.start]) or \
                    _apposed_to_party_noun(doc, mention.start) or _whose_leader(doc, mention.end) \
                    or _led(doc, mention.start, _PRESIDING):
                entity.cls = PARTY  # no one joins a person: "se afilió a Renovación Cívica"
                # (the surname a person's name gave it is no name of the party: "Catalana")
                last = entity.label.split()[-1]
                entity.aliases = [a for a in entity.aliases if a != last or a.isupper()]
            continue
        headless = gz.head_class(name_tokens(entity.label)) is None
        if _framed_as_party(doc, mention.start, headless) or \
                headless and _whose_leader(doc, mention.end):
            entity.cls = PARTY
    owned_parties_retyped(parsed)
    slogan_parties_retyped(parsed)


def _joined(doc, start: int) -> bool:
    i = start - 1
    return i >= 1 and doc[i].lower_ in ("a", "al", "en") and doc[i - 1].lemma_ in _JOINING


def _joined_by_parse(token) -> bool:
    """"se afilió en 2018 a Soria Unida": the name the joining verb takes, words apart."""
    while token.dep_ == "flat" and token.head.i < token.i:
        token = token.head
    cases = _JOINED_WITH.get(token.head.lemma_, ())
    return token.dep_ in ("obl", "obj") and any(
        c.dep_ == "case" and c.lower_ in cases for c in token.children)


def _led(doc, start: int, words=_FOUNDERS) -> bool:
    i = start - 1
    if i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES:
        i -= 1
    return i >= 1 and doc[i].lower_ in ("de", "del") and fold(doc[i - 1].lower_) in words


def _whose_leader(doc, end: int) -> bool:
    """"Plaid Cymru, cuyo líder, X", "Lepe Primero, que gobierna y cuyo líder, X": a name
    whose leader or founder the relative names."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for i in range(end + 1, doc[end].sent.end - 1):
        if fold(doc[i].lower_) in ("cuyo", "cuya"):
            return fold(doc[i + 1].lower_) in _FOUNDERS and whose_comma(doc, i) == end
    return False


def _apposed_to_party_noun(doc, start: int) -> bool:
    """"un pequeño partido local, Navarra Primero": a name set beside a party noun."""
    token = doc[start]
    while token.dep_ == "flat" and token.head.i < token.i:
        token = token.head
    return token.dep_ == "appos" and fold(token.head.lower_) in _PARTY_NOUNS and \
        start >= 1 and doc[start - 1].text == ","


def _framed_as_party(doc, start: int, headless: bool) -> bool:
    i = start - 1
    if i >= 0 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "PROPN"):
        i -= 1  # "el partido rumano AUR" (the small model tags some demonyms as names)
    if i >= 0 and fold(doc[i].lower_) in _PARTY_NOUNS:
        return True
    i = start - 1
    article = i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES
    if article:
        i -= 1
    if i < 1:
        return False
    link = doc[i].lower_
    before = [fold(t.lower_) for t in doc[max(i - 4, 0):i]]
    if link in ("de", "del") and before and before[-1] in _STANDING:
        return True  # "candidato de la ANR", "cabeza de lista del PS"
    if _joined(doc, i + 1):
        return True  # "se afilió a X", "milita en X"
    if not headless:
        return False
    if link in ("de", "del") and before and before[-1] in _SEATS - _MAYORS:
        return True  # "el diputado del PSD" (the mayor "de Perpiñán" is of a town)
    # "concejal de Loures por el PSD" ("diputado por Almería" is elected in a place)
    return link == "por" and article and bool(_SEATS.intersection(before))
