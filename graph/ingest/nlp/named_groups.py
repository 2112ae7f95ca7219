"""A body named by its own name right after its noun: "el presidente del grupo Patriotas por
Europa", "la copresidenta del grupo de los Conservadores y Reformistas Europeos", "el líder de
la bancada Unidos por el Cambio". The title is then of the body itself (its president leads
it), not of a part of something else, as in "el presidente del grupo parlamentario de Vox" or
"la portavoz del grupo de Vox", where the body is the party's."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.governing_nouns import gathered
from graph.ingest.reading import fold

# Nouns of a body that its own name may follow
_BODY_NOUNS = {"grupo", "bancada", "bloque", "interbloque"}
# Words between the noun and the name: "el grupo de los Conservadores"
_ARTICLES = {"de", "del", "los", "las", "la", "el"}
# Nouns of an organization of its own that its name follows, after an adjective or whom it
# gathers: "la presidenta de la fundación lituana X", "el presidente de la asociación de
# regantes X", "la secretaria del sindicato de estibadores X"
_GROUP_NOUNS = {"asociacion", "fundacion", "plataforma", "federacion", "confederacion",
                "sindicato", "patronal", "colectivo", "gremio", "cooperativa", "agrupacion"}


def names_the_body(doc, kb, title_first: int, target) -> bool:
    """Whether the title phrase from `title_first` names the body `target` right after its
    body noun, the target being no party (whose body would be a part of it)."""
    if kb.is_a(target.key, PARTY):
        return False
    i = target.first - 1
    if _introduced(doc, title_first, i):
        return True
    articles = 0
    while i > title_first and fold(doc[i].lower_) in _ARTICLES:
        i -= 1
        articles += 1
    if i <= title_first or fold(doc[i].lower_) not in _BODY_NOUNS or articles > 2:
        return False
    if articles and fold(doc[i + 1].lower_) not in ("de", "del"):
        return False
    return True


def _introduced(doc, title_first: int, last: int) -> bool:
    """Whether the words ending at `last` are a group noun of `_GROUP_NOUNS`, with an adjective
    or a "de" and the people it gathers after it, inside the title phrase."""
    i = last
    while i > title_first and doc[i].pos_ == "ADJ" and doc[i].text.islower():
        i -= 1
    if i > title_first + 2 and gathered(doc[i].text, doc[i].pos_) and doc[i - 1].lower_ == "de":
        i -= 2
    return i > title_first and fold(doc[i].lower_) in _GROUP_NOUNS
