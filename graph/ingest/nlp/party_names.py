"""New names typed as mere organizations that the text treats as parties: "el partido rumano
AUR", "la formación Construye", "candidato de la Asociación Nacional Republicana (ANR)",
"cabeza de lista del PS", "concejal de Loures por el PSD", "se afilió a Iniciativa Liberal".

A seat's title before a name ("diputado de X") makes a party only of a name with no head word
of its own: "la Asamblea Nacional" and "el Congreso" are where deputies sit."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY, PERSON, name_tokens
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.owned_party_names import owned_parties_retyped
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
_JOINING = {"afiliar", "afiliarse", "militar"}


def parties_retyped(parsed) -> None:
    """Make a party of each new organization some mention of which the text frames as one."""
    doc = parsed.doc
    for mention in parsed.linked.mentions:
        entity = parsed.linked.entities.get(mention.key)
        if entity is None or entity.cls not in (ORGANIZATION, PERSON) or \
                gz.place(mention.text) is not None:
            continue  # "diputado por Almería": a place the linker took for a group
        if entity.cls == PERSON:
            if _joined(doc, mention.start):
                entity.cls = PARTY  # no one joins a person: "se afilió a Renovación Cívica"
            continue
        headless = gz.head_class(name_tokens(entity.label)) is None
        if _framed_as_party(doc, mention.start, headless):
            entity.cls = PARTY
    owned_parties_retyped(parsed)


def _joined(doc, start: int) -> bool:
    i = start - 1
    return i >= 1 and doc[i].lower_ in ("a", "al", "en") and doc[i - 1].lemma_ in _JOINING


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
