"""The class of a name: from what the graph and the lists know, the head noun, spaCy's entity
label and the name's shape, in that order of trust."""

from __future__ import annotations

import re

from graph.ingest.knowledge import (
    COUNTRY,
    EVENT,
    MEDIA,
    NETWORK,
    OFFICE,
    ORGANIZATION,
    PARTY,
    PERSON,
    PLACE,
    Knowledge,
)
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.common_words import common_word
from graph.ingest.nlp.words import PROFESSIONS
from graph.model.terms import KG

ENTITY = KG + "Entity"  # what nothing says more about: not worth proposing on its own

# an edition's number: "IV", "3ª", or a word ("la séptima Cumbre Transatlántica")
_ORDINAL = re.compile(r"^(?:[ivxl]+|\d+(?:[aoªº°]|er|ra|ro|do|da|to|ta|vo|va|mo|ma|no|na)?|"
                      r"(?:primer|segund|tercer|cuart|quint|sext|"
                      r"septim|octav|noven|decim)[oa]?)$")
_ACRONYM = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ]\.?){2,8}$|^[A-Z][A-Za-z]?[A-Z]{1,6}$|"
                      r"^[A-Z]{2,6}-[A-Z]{1,6}$|"  # "PSOE-M", "PSPV-PSOE": a federation's
                      r"^[A-Z]{2,4}de?[A-Z]{1,2}$")  # "PSdeG": its region after a "de"

# Acronyms on a P that name no party: a figure, a programme, an agency, a company, a club
_NOT_PARTIES = {"PIB", "PNUD", "PDVSA", "PGR", "PNP", "PYME", "PYMES", "PSG", "PCR", "PMA",
                "PFA", "PEMEX", "PETROBRAS", "PISA", "PAC", "PGE", "PERTE"}

# Nouns that, governing a name in apposition ("el diario Clarín", "el partido Chega"),
# say its class.
GOVERNORS = {
    "partido": PARTY, "formacion": PARTY, "fuerza": PARTY, "colectividad": PARTY,
    "coalicion": KG + "Coalition", "alianza": KG + "Coalition", "bloque": KG + "Coalition",
    "red": NETWORK, "plataforma": ORGANIZATION, "grupo": ORGANIZATION,
    "fundacion": ORGANIZATION, "instituto": ORGANIZATION, "organizacion": ORGANIZATION,
    "asociacion": ORGANIZATION, "tank": ORGANIZATION, "entidad": ORGANIZATION,
    "ong": ORGANIZATION, "movimiento": ORGANIZATION, "sindicato": ORGANIZATION,
    "federacion": ORGANIZATION, "confederacion": ORGANIZATION, "gremio": ORGANIZATION,
    # firms and their associations: "la patronal Frutas del Sur", "la empresa Hidro Norte"
    "patronal": ORGANIZATION, "empresa": ORGANIZATION, "compania": ORGANIZATION,
    "consultora": ORGANIZATION, "cooperativa": ORGANIZATION, "colectivo": ORGANIZATION,
    "agrupacion": PARTY,
    # a party's faction or internal current: "la facción Honor Colorado", "la corriente X"
    "faccion": ORGANIZATION, "corriente": ORGANIZATION,
    "observatorio": ORGANIZATION, "laboratorio": ORGANIZATION,
    "diario": MEDIA, "periodico": MEDIA, "medio": MEDIA, "revista": MEDIA, "agencia": MEDIA,
    "canal": MEDIA, "cadena": MEDIA, "emisora": MEDIA, "radio": MEDIA, "semanario": MEDIA,
    "portal": MEDIA, "television": MEDIA, "red social": MEDIA,
    "pais": COUNTRY, "nacion": COUNTRY, "ciudad": PLACE, "capital": PLACE, "localidad": PLACE,
    "provincia": PLACE, "region": PLACE, "estado": PLACE, "comuna": PLACE, "municipio": PLACE,
    "hotel": PLACE, "palacio": PLACE, "recinto": PLACE, "estadio": PLACE, "teatro": PLACE,
    # parts of a city: "el ensanche Naco", "la colonia Roma", "el barrio Palermo"
    **dict.fromkeys(("barrio", "ensanche", "colonia", "reparto", "urbanizacion",
                     "fraccionamiento", "vecindario", "corregimiento", "parroquia", "caserio",
                     "aldea", "comarca", "distrito", "avenida", "calle", "plaza", "paseo",
                     # Brazil's and Chile's: "el sector Bueno", "la población La Victoria"
                     "sector", "poblacion", "barriada", "vereda"),
                    PLACE),
    "cumbre": gz.MEETING, "evento": EVENT, "encuentro": gz.MEETING, "foro": gz.MEETING,
    "conferencia": gz.MEETING, "congreso": EVENT, "convencion": EVENT, "jornada": EVENT,
    "jornadas": EVENT, "festival": EVENT, "gira": EVENT, "acto": EVENT,
}


_OTHER_BODIES = (KG + "Coalition", ORGANIZATION, NETWORK)


def entity_class(text: str, *, ner_label: str | None = None, head: str | None = None,
                 knowledge: Knowledge | None = None) -> str:
    """The class IRI of the entity `text` names. `head` is the noun governing the name in
    apposition, when there is one; `ner_label` spaCy's label (PER, ORG, LOC, MISC). Returns
    ENTITY when the text names no entity worth proposing (a title, a demonym, a lone word
    without a label)."""
    key = gz.strip_article(gz.fold_key(text))
    if not key:
        return ENTITY
    if knowledge is not None:
        iris = {i for i in knowledge.index.get(key, ()) if i in knowledge.entities}
        if len(iris) == 1:
            classes = knowledge.classes(next(iter(iris)))
            if classes:
                return max(sorted(classes), key=lambda c: len(knowledge.ancestors.get(c, ())))
    found = gz.place(key)
    if found is not None:
        return found.cls
    if len(key) > 1 and key[-1].isdigit() and entity_class(
            " ".join(text.split()[:-1])) in (gz.SERIES, gz.SUMMIT, EVENT):
        return gz.SUMMIT  # "Europa Viva 26": one edition of a series
    known = gz.known_class(key) or gz.known_class(gz.fold_key(text))
    if known is not None:
        return known
    if len(key) == 2 and key[0] in gz.SURNAME_PARTICLES and _capitalized(text):
        return PERSON  # "Le Pen", "Van Grieken"
    if gz.title(key) is not None:
        return OFFICE  # a title names a post, never the person holding it
    if len(key) == 1 and gz.demonym(key[0]) and not head:
        return ENTITY
    by_head = gz.head_class(key)
    # "12.º Foro" folds to "12 o foro": the ordinal's mark is a word of its own
    numbered = 2 if len(key) > 3 and key[0].isdigit() and key[1] in ("o", "a") else 1
    if by_head is None and len(key) > numbered + 1 and _ORDINAL.match(key[0]) and \
            gz.CLASSES.get(gz.HEADS.get(key[numbered:numbered + 1])) in (gz.SUMMIT, EVENT):
        # "IV Convención Nacional de Chega", "el VII Congreso Nacional": an edition of a
        # gathering (a chamber has no ordinal)
        by_head = gz.HEADS[key[numbered:numbered + 1]]
    governor = GOVERNORS.get(" ".join(gz.fold_key(head))) if head else None
    if by_head == "PoliticalParty" and governor in _OTHER_BODIES and \
            key[0] not in ("partido", "party"):
        # "la coalición Alianza por el Cambio", "la plataforma Alianza Cívica": the noun the
        # text gives it says more than the word its name opens on
        return governor
    if by_head is not None:
        return gz.CLASSES.get(by_head, ENTITY)  # a law, a plan, a war: no entity to propose
    opener = gz.known_class(key[:1])
    if opener is not None and len(key) > 2 and key[1] in ("de", "del") and \
            gz.place(key[2:]) is None and \
            all(common_word(w) for w in _after_of(text) if w.lower() not in gz.PARTICLES):
        # "la Liga de Gobernantes Anticorrupción": a party's name, then words of the language,
        # is a body of that kind; "el Fidesz de Orbán" is the party and its owner
        return opener
    if head:
        governed = GOVERNORS.get(" ".join(gz.fold_key(head)))
        if governed is not None:
            return KG + "Summit" if governed == gz.MEETING else governed
        if gz.title(head) is not None:
            return PERSON  # "el presidente Orbán"
        if (_demonym_head(head) or _profession_head(head)) and 2 <= len(key) <= 4 and \
                _capitalized(text):
            # "la peruana Rosangella Barbarán", "el empresario X": a demonym or a trade
            # titles a person
            return PERSON
    words = text.split()
    if len(words) == 1 and _ACRONYM.match(words[0].strip(".,;:")):
        # "PSUV", "PSIB", "PSPV-PSOE": an acronym that opens on the P of partido, partito,
        # parti, party or partij names a party, the way most such acronyms in the press do
        acronym = words[0].strip(".,;:")
        return PARTY if acronym[0] == "P" and acronym not in _NOT_PARTIES else ORGANIZATION
    if _person_shaped(text, key) and ner_label in (None, "PER", "MISC", "LOC", "ORG"):
        if ner_label != "ORG" or gz.is_given_name(key[0]):
            return PERSON
    if ner_label in ("PER", "LOC") and _named_for_country(text, key):
        return ORGANIZATION  # "Viva México", "União Brasil": a movement's call, no one, nowhere
    if ner_label == "PER":
        return PERSON if _capitalized(text) else ENTITY
    if ner_label == "LOC":
        return PLACE
    if ner_label == "ORG":
        return ORGANIZATION
    return ENTITY  # spaCy's MISC alone: slogans, laws, works ("Agenda 2030"), not entities


# words that make a country's part, not a body called after it ("Sur Chile" is rare, but "Gran
# Bretaña", "Alto Perú" are places)
_PART_WORDS = {"norte", "sur", "este", "oeste", "centro", "gran", "alto", "bajo", "nueva",
               "nuevo", "baja", "alta"}


def _named_for_country(text: str, key: tuple[str, ...]) -> bool:
    """A name of two or three capitalized words ending on a country's, which no list holds as
    a place nor opens on a given name: "Viva México", "Somos Perú", "União Brasil"."""
    if not 2 <= len(key) <= 3 or not _capitalized(text) or gz.is_given_name(key[0]) or \
            set(key) & (gz.PARTICLES | _PART_WORDS) or gz.place(key) is not None:
        return False
    return gz.is_country(key[-1:])


def _after_of(text: str) -> list[str]:
    words = text.split()
    first = next((i for i, w in enumerate(words) if w.lower() in ("de", "del")), len(words))
    return words[first + 1:]


def _demonym_head(head: str) -> bool:
    words = gz.fold_key(head)
    return len(words) == 1 and bool(gz.demonym(words[0]))


def _profession_head(head: str) -> bool:
    words = gz.fold_key(head)
    return len(words) == 1 and words[0] in PROFESSIONS


def _capitalized(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in gz.PARTICLES]
    return bool(words) and all(w[:1].isupper() for w in words)


def _person_shaped(text: str, key: tuple[str, ...]) -> bool:
    """A given name and one to four more capitalized words or particles: "Marine Le Pen",
    "Ursula von der Leyen", "Luiz Inácio Lula da Silva"."""
    if not (2 <= len(key) <= 6) or not gz.is_given_name(key[0]):
        return False
    if " " not in text.strip() and text.isupper():
        return False  # "J-CPAC": one word in capitals is an acronym, not an initial and a name
    if not _capitalized(text) or any(ch.isdigit() for ch in text):
        return False
    rest = gz.place(key[1:])
    return key[-1] not in gz.PARTICLES and (rest is None or rest.kind == "city")


def acceptable_alias(alias: str, full_name: str) -> bool:
    """Whether `alias` may name the entity called `full_name` on its own: never a particle
    ("Le", "Pen" cut from "Le Pen"), a country or demonym, a title, a lone given name or a
    function word; a surname is fine."""
    key = gz.fold_key(alias)
    full = gz.fold_key(full_name)
    if not key or key == full:
        return bool(key)
    if all(w in gz.PARTICLES for w in key) or key[0] in gz.PARTICLES and len(key) == 1:
        return False
    if len(key) == 1 and len(key[0]) < 2:
        return False
    found = gz.place(key)
    if found is not None and found.kind in ("country", "region") or (
            len(key) == 1 and gz.demonym(key[0])):
        return False  # a city may be a surname ("Daniel Lagos"); a country is not
    if gz.title(key) is not None:
        return False
    if len(key) == 1 and gz.is_given_name(key[0]):
        return False
    if full and key == full[-1:] and len(full) >= 2 and full[-2] in gz.PARTICLES \
            and full[-2] not in ("de", "del", "y"):
        return False  # "Pen" alone from "Le Pen"; "Leyen" from "von der Leyen"
    return True
