"""Presiding over a state's body is holding an office, not leading an organization as one leads
a party: "Meloni, que preside el Consejo de Ministros italiano" holds the office of Presidente
del Consejo de Ministros de Italia; "preside el Senado de Chile", Presidente del Senado de
Chile."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, MEDIA, NETWORK, ORGANIZATION, PARTY
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.institutions import INSTITUTION_NOUNS
from graph.ingest.nlp.offices import Title
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import demonym_label
from graph.ingest.reading import fold

# a government's councils and commissions are state bodies too
_BODY_NOUNS = INSTITUTION_NOUNS | {"consejo", "comision"}
_NOT_STATE = (PARTY, COALITION, NETWORK, MEDIA)


def presided_offices(roles, found: list[Found]) -> list[Found]:
    """The claims, a person's presiding over a state's body ("verb:presidir") made the office
    of its president."""
    return [_office_claim(roles, c) or c if c.relation == "leaderOf" and
            c.cue == "verb:presidir" else c for c in found]


def _office_claim(roles, claim: Found) -> Found | None:
    kb, doc = roles.kb, roles.doc
    body = claim.object
    words = fold(kb.label(body.key)).split()
    if not kb.is_a(body.key, ORGANIZATION) or any(kb.is_a(body.key, c) for c in _NOT_STATE) or \
            not words or words[0] not in _BODY_NOUNS or body.reference:
        return None
    name = doc[body.first:body.last + 1].text
    title = Title("presidente", body.first, False, body.first, body.last)
    article = doc[body.first - 1].lower_ if body.first else ""
    title.complement = {"el": "del ", "la": "de la ", "los": "de los ", "las": "de las "}.get(
        article, "de ") + name
    after = doc[body.last + 1] if body.last + 1 < len(doc) else None
    country = demonym_label(after) if after is not None and after.pos_ == "ADJ" else None
    if country:
        title.countries.append(country)  # "el Consejo de Ministros italiano"
        title.last = after.i
    office = roles._office(title, claim.subject.key)
    if office is None or not kb.fits("holdsOffice", claim.subject.key, office):
        return None
    return Found("holdsOffice", claim.subject, End(office, title.first, title.last),
                 claim.confidence, claim.cue, claim.trigger, dict(claim.qualifiers),
                 claim.negated, dated=False, attributed=claim.attributed)
