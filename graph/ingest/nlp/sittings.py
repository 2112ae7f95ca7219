"""A chamber's or a council's sitting, named by the body that sits: "el pleno de ayer en la
Asamblea de Madrid" is the "Pleno de la Asamblea de Madrid", as "el pleno del Ayuntamiento de
Elche" is the "Pleno del Ayuntamiento de Elche". Where it is held ("en la sede de Vallecas")
names no body. A sitting told without its body is that of the council the text has just named
("El Ayuntamiento de Burgos tendrá presupuesto. El pleno extraordinario ...")."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY, PLACE
from graph.ingest.lexicon import MONTH_AND_DAY_NAMES
from graph.ingest.nlp.events import SITTINGS, is_definite
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_OF_OR_IN = {"de", "del", "en"}
# Bodies that sit in plenary: a chamber or a council
_SITTING_BODIES = {"ayuntamiento", "concello", "concejo", "cabildo", "asamblea", "parlamento",
                   "senado", "congreso", "camara", "cortes", "diputacion", "legislatura",
                   "municipalidad", "consistorio"}
_ARTICLES = {"asamblea": "la", "camara": "la", "diputacion": "la", "legislatura": "la",
             "municipalidad": "la", "cortes": "las"}
# How many sentences back the body a bare sitting noun belongs to may have been named
_BACK = 2
# Who presides a town's council: "la alcaldesa de Palencia" sits in its Ayuntamiento
_MAYORS = {"alcalde", "alcaldesa"}
_WEEKDAYS = {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"}
# The words for a town's council, as a text writes it bare ("el Concello")
_COUNCILS = {"Ayuntamiento", "Concello", "Concejo", "Consistorio", "Municipalidad"}


def sitting_body(parsed, noun) -> tuple[list[str], int] | None:
    """The words that name a sitting's body after its kind noun ("de la Asamblea de
    Madrid") and the last token they take, or None when the noun is no sitting or names no
    body."""
    if folded_lemma(noun) not in SITTINGS:
        return None
    own = _own_body(parsed, noun)
    return own if own is not None else _body_told_before(parsed, noun)


def _own_body(parsed, noun) -> tuple[list[str], int] | None:
    for child in sorted(noun.children, key=lambda c: c.i):
        if child.dep_ != "nmod" or child.i < noun.i:
            continue
        case = next((k.lower_ for k in child.children if k.dep_ == "case"), None)
        mention = parsed.mention(child)
        if case not in _OF_OR_IN or mention is None or \
                not parsed.kb.is_a(mention.key, ORGANIZATION) or \
                parsed.kb.is_a(mention.key, PARTY):
            continue
        article = next((k.lower_ for k in child.children if k.dep_ == "det"), None)
        label = parsed.doc[mention.start:mention.end].text
        return _of("el" if case == "del" else article, label), mention.end - 1
    return None


def _of(article: str | None, label: str) -> list[str]:
    """The words after the sitting's noun that name its body: "del Ayuntamiento de Elche",
    "de la Asamblea de Madrid", "de Cortes" (no article written)."""
    return ["del", label] if article == "el" else ["de"] + ([article] if article else []) + [label]


def _body_told_before(parsed, noun) -> tuple[list[str], int] | None:
    """"El Ayuntamiento de Burgos tendrá presupuesto. El pleno extraordinario de ayer aprobó
    las cuentas": a sitting the text names without its body is that of the chamber or council
    it has just named, when it has named one only and told of no sitting before; "más de un
    pleno" is none."""
    if not is_definite(noun):
        return None  # "en más de un pleno": any of them
    if any(folded_lemma(t) in SITTINGS for t in noun.doc[:noun.i]):
        return None  # "no asistió al pleno": the sitting told before
    here = parsed.sentence_of(noun)
    bodies = {}
    for mention in parsed.linked.mentions:
        if mention.start >= noun.i or here - parsed.sentence_of(parsed.doc[mention.start]) > _BACK:
            continue
        first = fold(parsed.doc[mention.start].lower_)
        if first in _SITTING_BODIES and parsed.kb.is_a(mention.key, ORGANIZATION) and \
                not parsed.kb.is_a(mention.key, PARTY) and mention.end - mention.start > 1:
            bodies[mention.key] = mention
    if not bodies:
        return _mayors_council(parsed, noun, here)
    if len(bodies) != 1:
        return None
    mention = next(iter(bodies.values()))
    label = parsed.doc[mention.start:mention.end].text
    return _of(_ARTICLES.get(fold(parsed.doc[mention.start].lower_), "el"), label), noun.i


def _mayors_council(parsed, noun, here: int) -> tuple[list[str], int] | None:
    """"La alcaldesa de Palencia perdió ayer la votación. El pleno ordinario ...": with no
    council named, the sitting is that of the town whose mayor the text names beside it (the
    sentence after too: a deck tells of the sitting before the lead names the mayor)."""
    towns = set()
    for token in noun.doc:
        if folded_lemma(token) not in _MAYORS or \
                not -_BACK <= parsed.sentence_of(token) - here <= 1:
            continue
        for child in token.children:
            mention = parsed.mention(child) if child.dep_ == "nmod" else None
            if mention is not None and parsed.kb.is_a(mention.key, PLACE) and any(
                    k.dep_ == "case" and k.lower_ == "de" for k in child.children):
                towns.add(parsed.doc[mention.start:mention.end].text)
    if len(towns) != 1:
        return None
    # the council by the word the text calls it ("el Concello"), else an Ayuntamiento
    word = next((t.text for t in noun.doc if t.text in _COUNCILS), "Ayuntamiento")
    return _of(_ARTICLES.get(fold(word.lower()), "el"), f"{word} de {towns.pop()}"), noun.i


def sitting_month(noun) -> tuple[list[str], int] | None:
    """"el pleno ordinario de noviembre": the month that tells one sitting from the next."""
    if folded_lemma(noun) not in SITTINGS:
        return None
    for child in noun.children:
        if child.dep_ == "nmod" and child.i > noun.i and \
                fold(child.lower_) in MONTH_AND_DAY_NAMES - _WEEKDAYS and \
                any(k.dep_ == "case" and k.lower_ == "de" for k in child.children):
            return ["de", child.text], child.i
    return None

