"""The class a text gives a new name by describing it right after it: "Creemos, el partido que
lidera Camacho", "Libre, la coalición del expresidente", "Foro Madrid, la red iberoamericana
impulsada por Vox". The describing noun says what the name is, over its shape or the lists'
usual class for it. And a new name taken for an organization that only a party has members,
candidates or benches of ("abanderada del movimiento Construye", "la bancada de Tisza",
"militante de Horizontes") is a party."""

from __future__ import annotations

from graph.ingest.knowledge import (
    COALITION,
    COUNTRY,
    MEDIA,
    NETWORK,
    ORGANIZATION,
    PARTY,
    PERSON,
    PLACE,
)
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.called_parties import parties_called_so
from graph.ingest.nlp.entity_types import GOVERNORS
from graph.ingest.nlp.governing_nouns import classes_of_governed_names
from graph.ingest.nlp.party_contexts import parties_by_context
from graph.ingest.reading import fold

# Nouns of a body whose class they give the name they describe: those that, governing a name,
# say its class, but for nouns that name coalitions, networks, events and groups alike
# ("alianza", "frente", "plataforma", "bloque", "grupo", "movimiento") or another thing than a
# body ("fuerza", "medio", "agencia", "entidad")
_BODIES = {PARTY, COALITION, NETWORK, ORGANIZATION, MEDIA}
_ALIKE = {"alianza", "frente", "plataforma", "bloque", "grupo", "movimiento", "fuerza", "medio",
          "agencia", "entidad"}
_KINDS = {noun: cls for noun, cls in GOVERNORS.items() if cls in _BODIES and
          noun not in _ALIKE and " " not in noun} | {"think": ORGANIZATION}
# Nouns whose "de" complement is a party: its candidates, members, benches and votes
_OF_PARTIES = {"abanderado", "abanderada", "abanderados", "militante", "militantes",
               "afiliado", "afiliada", "afiliados", "afiliadas", "bancada", "fraccion",
               "candidato", "candidata", "candidatos", "candidatas", "precandidato",
               "precandidata", "escanos", "diputados", "votantes", "electores", "electorado",
               "listas", "papeleta"}
_MEMBERS = {"militante", "militantes", "afiliado", "afiliada", "afiliados", "afiliadas",
            "bancada", "fraccion", "abanderado", "abanderada"}
# Nouns that may stand between such a noun and the name ("del movimiento Construye")
_GENERIC = {"movimiento", "agrupacion", "organizacion", "formacion", "plataforma"}
_ARTICLES = {"el", "la", "los", "las", "un", "una", "su", "sus", "otro", "otra"}
# Classes a description does not correct: a place is not described this way, but for a name
# no list knows as a place (and a person never is: one the shape of a name made a person may
# be corrected)
_KEPT = {PLACE, COUNTRY}


def _subject_of(name, predicate) -> bool:
    """Whether the name is the copula's subject: not in "Lo que tiene Flávio es una red",
    where the subject is the clause the name sits in."""
    return any(t.dep_ == "nsubj" and t.head == predicate for t in name)


def described_kind(doc, start: int, end: int, guessed_place: bool = False) -> str | None:
    """The class the description after the name from token `start` to `end` gives it: ", el
    partido ...", ", la nueva red ...", ", un pequeño partido ...", the noun in apposition to
    it or the one a copula makes it ("X es un partido"). A front is no place: a name only
    guessed one ("Chaco Puede, el frente que lidera X", after a province) is a coalition."""
    if end + 2 >= len(doc) or fold(doc[end + 1].lower_) not in _ARTICLES or not (
            doc[end].text == "," or doc[end].lemma_ == "ser" and doc[end].head.i > end and
            _subject_of(doc[start:end], doc[end].head)):
        return None  # (a copula: "Niki es un partido ortodoxo")
    i = end + 2
    while i < len(doc) and i < end + 4 and doc[i].pos_ == "ADJ":
        i += 1  # "la nueva formación", "un pequeño partido"
    if i >= len(doc) or doc[i].pos_ != "NOUN":
        return None
    if i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].pos_ == "PROPN":
        return None  # "Sin nombrar a Pereyra, su partido, Comunidad Neuquina, recordó": the
        # description is of the name after it
    return _KINDS.get(fold(doc[i].lower_)) or _KINDS.get(fold(doc[i].lemma_.lower())) or (
        COALITION if guessed_place and fold(doc[i].lower_) == "frente" else None)


def classes_of_descriptions(linker) -> None:
    doc = linker.doc
    for mention in linker.linked.mentions:
        if not mention.key.startswith(NEW) or mention.cls in _KEPT and (
                mention.cls == COUNTRY or gz.place(mention.text) is not None):
            continue  # (a name no list knows as a place was only guessed one: "Sanseito")
        first = doc[mention.start]
        if first.dep_ == "conj" or mention.start and doc[mention.start - 1].lower_ in (
                "y", "e") or doc[mention.start - 2:mention.start].text.lower() in (
                "y el", "y la", "e el"):
            continue  # "LLA y el PRO, el frente libertario": said of both
        kind = described_kind(doc, mention.start, mention.end, mention.cls == PLACE)
        if kind is None or kind == mention.cls:
            continue
        linker.linked.entities[mention.key].cls = kind
        for other in linker.linked.mentions:
            if other.key == mention.key:
                other.cls = kind
    classes_of_governed_names(linker)
    parties_called_so(linker)


def parties_by_complement(linker) -> None:
    doc = linker.doc
    for mention in linker.linked.mentions:
        # a name the shape of a person's may be a party's ("Horizonte Cívico") when no given
        # name opens it and only a party has members or benches ("el candidato de Milei" is
        # the one he backs)
        person = mention.cls == PERSON and not gz.is_given_name(fold(doc[mention.start].lower_))
        if not mention.key.startswith(NEW) or mention.cls != ORGANIZATION and not person:
            continue
        i = mention.start - 1
        if i >= 1 and fold(doc[i].lower_) in _GENERIC:
            i -= 1
        while i >= 1 and doc[i].lower_ in ("la", "el", "los", "las"):
            i -= 1
        if i < 1 or doc[i].lower_ not in ("de", "del") or \
                fold(doc[i - 1].lower_) not in (_MEMBERS if person else _OF_PARTIES):
            continue
        linker.linked.entities[mention.key].cls = PARTY
        for other in linker.linked.mentions:
            if other.key == mention.key:
                other.cls = PARTY
    parties_by_context(linker)  # the titles and people only a party has, further off
