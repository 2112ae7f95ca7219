"""A new name the linker could only take for an organization (an acronym, spaCy's ORG label)
that the text treats as a party: it has leaders, officers or legislators ("el líder de Yesh
Atid", "antiguo dirigente de Democracia Ourensana", "un eurodiputado de Horizontes"), its
people are named by their ideology ("los nacionalistas del BNG", "los socialistas del PSC"), or
a person is tagged with it after a comma ("Sandra Torres, de la Unidad Nacional"), the way the
press tags a politician with their party. So is a name of two capitalized words read as a
person's ("el líder de Kadima Hadasha") when no given name opens it and the text only ever
names it after such a title and "de"; and a party's name joined to a place's ("el PP de la
Región de Murcia", "el PSOE de Jaén"), the party's branch there. A name whose own head noun or
a noun before it says its class ("la Fundación Faro", "la plataforma X") keeps that class; one
spaCy took for a place but bearing an acronym ("Nueva Eslovenia (NSi)") is a body."""

from __future__ import annotations

import re

from graph.ingest.knowledge import ORGANIZATION, PARTY, PERSON, PLACE
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.entity_types import GOVERNORS, entity_class
from graph.ingest.nlp.foreign_names import whole_foreign_names
from graph.ingest.reading import fold

# Titles and posts held in a party (its leaders, officers and elected members), the forms of
# each; "presidente", "secretario general", "director" and "portavoz" are left out:
# foundations, unions, alliances and companies have them too.
_STEMS = ("lider", "dirigente", "diputad", "eurodiputad",
          "senador", "concejal", "parlamentari", "legislador", "congresista", "regidor", "edil",
          "asambleista", "procurador", "militante", "afiliad", "cofundador")
_ENDINGS = ("", "a", "o", "es", "as", "os", "s", "esa", "esas")
_OFFICERS = {stem + ending for stem in _STEMS for ending in _ENDINGS} | {"cargos", "bases"}
# Nouns of a party's people by the ideology it stands for ("los nacionalistas del BNG")
_IDEOLOGIES = {"nacionalista", "socialista", "popular", "conservador", "liberal", "comunista",
               "ecologista", "verde", "centrista", "independentista", "soberanista",
               "libertario", "republicano", "ultraderechista", "izquierdista", "derechista",
               "peronista", "radical", "democristiano", "socialdemocrata", "laborista",
               "regionalista", "progresista", "populista", "ultra"}
_ARTICLES = {"el", "la", "los", "las"}
_EITHER_NOUNS = {"movimiento"}
_ACTIVISTS = {"activista", "activistas"}
_GROUP_OFFICERS = {"portavoz", "portavoces", "presidente", "presidenta", "jefe", "jefa",
                   "coordinador", "coordinadora", "vocero", "vocera", "voceros"}
_CHAMBERS = {"parlamento", "congreso", "senado", "asamblea", "cortes", "camara", "eurocamara",
             "ayuntamiento", "cabildo", "concejo", "legislatura", "legislativo", "diputacion",
             "corts", "parlament", "pleno", "consejo", "junta", "knesset", "kneset",
             "bundestag", "folketing", "sejm", "riksdag", "storting", "eduskunta"}
_ACRONYM = re.compile(r"^[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]{0,3}[A-ZÁÉÍÓÚÑ][A-Za-z]{0,3}$")


def _plural(word: str) -> set[str]:
    return {word + "s", word + "es", word[:-1] + "as" if word.endswith("o") else word + "s"}


_PEOPLE = {form for word in _IDEOLOGIES for form in _plural(word)} | {
    word[:-1] + "a" for word in _IDEOLOGIES if word.endswith("o")} | _IDEOLOGIES


def parties_by_context(linker) -> None:
    doc = linker.doc
    whole_foreign_names(linker)
    _bodies_with_acronyms(linker)
    for key, entity in linker.linked.entities.items():
        if key.startswith(NEW) and entity.cls == ORGANIZATION and branch_name(entity.label):
            _retype(linker, key)
            continue
        if not key.startswith(NEW) or entity.cls not in (ORGANIZATION, PERSON) or \
                gz.has_head(gz.fold_key(entity.label)) and not _movement(entity.label):
            continue
        mentions = [m for m in linker.linked.mentions if m.key == key]
        if not mentions or any(_governed(doc, m.start) for m in mentions):
            continue
        if entity.cls == PERSON and (gz.is_given_name(fold(doc[mentions[0].start].lower_)) or
                                     any(_before_de(doc, m.start) is None for m in mentions)):
            continue  # two capitalized words read as a person's name, only ever "de" a title
        if not any(_officer_of(doc, m.start) or _tagged_person(linker, m.start) or
                   _chamber_officer(doc, m.start, m.end) for m in mentions):
            continue
        if any(_activist_before(doc, m.start) for m in mentions):
            continue  # "la activista X, del movimiento Y": activists lead and join movements
        _retype(linker, key)


def _retype(linker, key: str, cls: str = PARTY) -> None:
    linker.linked.entities[key].cls = cls
    for mention in linker.linked.mentions:
        if mention.key == key:
            mention.cls = cls


def _bodies_with_acronyms(linker) -> None:
    """"Nueva Eslovenia (NSi)": a name spaCy took for a place, that no list knows as one, with
    an acronym in brackets after it, names a body (places go without acronyms)."""
    doc = linker.doc
    for key, entity in list(linker.linked.entities.items()):
        if not key.startswith(NEW) or entity.cls != PLACE or \
                gz.place(gz.strip_article(gz.fold_key(entity.label))) is not None:
            continue
        bracketed = [m for m in linker.linked.mentions if m.key == key and _acronym_after(doc, m)]
        if not bracketed:
            continue
        _retype(linker, key, ORGANIZATION)
        acronym = linker.linked.at(bracketed[0].end + 1)
        if acronym is not None and acronym.key != key and acronym.key in linker.linked.entities:
            # the acronym, left a name of its own beside a place, is another name of the body
            entity.aliases.append(acronym.text)
            linker.fold(linker.linked.entities[acronym.key], key)


def _acronym_after(doc, mention) -> bool:
    """"Nueva Eslovenia (NSi)": brackets after the name holding an acronym that opens on its
    first letter; not the last of coordinated names ("de la Sagra y La Mancha (UASM)"), whose
    acronym is the whole name's."""
    i = mention.end
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")" or \
            not _ACRONYM.match(doc[i + 1].text) or \
            mention.start and doc[mention.start - 1].lower_ in ("y", "e"):
        return False
    words = [w for w in doc[mention.start:mention.end].text.split() if w[:1].isupper()]
    return bool(words) and words[0][0] == doc[i + 1].text[0]


# Where a party has branches named after the place: a country's name after a party's is the
# party itself ("Vox España"), a building's is where it meets.
BRANCH_PLACES = frozenset({"region", "state", "city"})


def branch_name(label: str) -> bool:
    """"PP de la Región de Murcia", "PSOE de Jaén", "Vox Galicia": a party's name, then a
    place's (after "de" or right after it); or a party's acronym and a letter of its branch
    ("PSOE-M", "PSOE-A")."""
    head, dash, tail = label.partition("-")
    if dash and head.isupper() and tail.isupper() and len(tail) <= 3 and " " not in label:
        return entity_class(head) == PARTY
    words = label.split()
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in ("de", "del"):
            place = gz.strip_article(gz.fold_key(" ".join(words[i + 1:])))
            return entity_class(" ".join(words[:i])) == PARTY and bool(place) and \
                gz.place(place) is not None
    # "Vox Galicia", "Vox Asturias": the region or city right after the party's name
    for i in range(1, len(words)):
        found = gz.place(" ".join(words[i:]))
        if found is not None and found.kind in BRANCH_PLACES:
            return entity_class(" ".join(words[:i])) == PARTY
    return False


def _movement(label: str) -> bool:
    """"Movimiento Semilla", "Unión Andina": a head that opens parties and other bodies alike,
    with no political word after it to say which; what the text says of it decides."""
    key = gz.strip_article(gz.fold_key(label))
    return gz.HEADS.get(key[:1]) == "Movement" and \
        gz.head_class(key) == "Organization" and not gz.known_class(key)


def _before_de(doc, start: int, either: bool = False) -> int | None:
    """The index of the "de"/"del" before a name, past an article ("de la X"), and if
    `either` past a noun that may name a party or another body ("del movimiento X")."""
    i = start - 1
    if either and i >= 1 and fold(doc[i].lower_) in _EITHER_NOUNS:
        i -= 1
    if i >= 1 and doc[i].lower_ in _ARTICLES:
        i -= 1
    return i if i >= 1 and doc[i].lower_ in ("de", "del") else None


def _officer_of(doc, start: int) -> bool:
    """"el líder de X", "la secretaria general de X", "los nacionalistas del X"."""
    i = _before_de(doc, start)
    if i is None:
        return False
    j = i - 1
    if fold(doc[j].lower_) in ("general", "generales", "nacional", "nacionales",
                               "autonomico", "autonomica", "provincial", "regional") and j >= 1:
        j -= 1  # "la secretaria general de", "el diputado autonómico de"
    word = fold(doc[j].lower_)
    if word in _OFFICERS:
        return True
    # an ideology names people only as a plural noun after an article: "los nacionalistas"
    return word in _PEOPLE and j >= 1 and doc[j - 1].lower_ in ("los", "las") and \
        doc[j].pos_ in ("NOUN", "ADJ", "PROPN")


def _chamber_officer(doc, start: int, end: int) -> bool:
    """"la portavoz de X en el Parlamento Vasco", "el jefe de X en el Senado": who speaks for
    or leads a body in a chamber speaks for or leads its group there, a party's."""
    i = _before_de(doc, start)
    if i is None or fold(doc[i - 1].lower_) not in _GROUP_OFFICERS or end + 2 >= len(doc) or \
            doc[end].lower_ != "en":
        return False
    j = end + 1 if doc[end + 1].lower_ not in _ARTICLES else end + 2
    return fold(doc[j].lower_) in _CHAMBERS


def _tagged_person(linker, start: int) -> bool:
    """"Sandra Torres, de la Unidad Nacional", "Edgar Ruiz, del movimiento X": a person's
    name, a comma and "de" before it."""
    i = _before_de(linker.doc, start, either=True)
    if i is None or i < 2 or linker.doc[i - 1].text != ",":
        return False
    before = linker.linked.at(i - 2)
    return before is not None and before.cls == PERSON and before.end == i - 1


def _activist_before(doc, start: int) -> bool:
    """"el actor y activista X, líder del Movimiento Y", "la activista X, de Y": the person the
    body is tied to by a title or a comma is called an activist in the same stretch of text."""
    for i in range(start - 1, max(start - 10, -1), -1):
        if doc[i].text in (".", ";", ":"):
            return False
        if fold(doc[i].lower_) in _ACTIVISTS:
            return True
        if doc[i].is_sent_start:
            return False
    return False


def _governed(doc, start: int) -> bool:
    """A noun before the name that says its class: "la plataforma ciudadana X"; not
    "movimiento", which the press gives parties and other bodies alike."""
    for i in range(start - 1, max(start - 3, -1), -1):
        word = fold(doc[i].lower_)
        if word in _EITHER_NOUNS:
            return False
        if word in GOVERNORS:
            return True
        if doc[i].pos_ != "ADJ":
            return False
    return False
