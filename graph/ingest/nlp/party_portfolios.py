"""A title over an area of a party's work: "el vicepresidente de Acción Política del partido",
"la secretaria de Organización de Vox", "el responsable de Acción Exterior del PP". The area
is a portfolio inside the party, not a body of its own: the title's holder is a member of the
party that follows it (named, or "del partido" for the one named last), and leads no area."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY, name_tokens
from graph.ingest.model import NEW
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.reading import fold

_TITLE_CUES = ("apposition", "title", "copula")
_UNKNOWN = End("", 0, 0)  # an area of a party the text leaves unsaid
_PARTY_NOUNS = ("partido", "formacion")
# The first words of the areas a party's officers are over (folded): a youth wing or a
# foundation of the party ("Nuevas Generaciones del PP") is a body of its own.
_AREAS = {"accion", "organizacion", "comunicacion", "relaciones", "politica", "politicas",
          "igualdad", "estrategia", "programa", "programas", "finanzas", "movilizacion",
          "afiliacion", "participacion", "formacion", "coordinacion", "area", "asuntos",
          "ideas", "estudios", "economia", "territorial", "electoral", "campana", "agenda"}


def portfolio_roles(parsed: Parsed, claims: list[Found]) -> list[Found]:
    """The claims of titles, those over a party's area made memberships of the party (none
    when "del partido" stands for no one party the text named)."""
    kept = []
    for claim in claims:
        if claim.relation in ("memberOf", "leaderOf") and claim.cue in _TITLE_CUES:
            party = _party_of_area(parsed, claim)
            if party is _UNKNOWN:
                continue
            if party is not None:
                claim.object, claim.relation = party, "memberOf"
            elif claim.relation == "leaderOf" and _area_title(parsed, claim):
                claim.relation = "memberOf"
        kept.append(claim)
    return kept


# An area said by an adjective of the title: "el director político de Fidesz", "la directora
# técnica del partido", "el jefe electoral de Vox" lead the party's work there, not the party.
_AREA_ADJECTIVES = {stem + ending for stem in ("politic", "tecnic", "juridic", "economic",
                                               "financier", "programatic", "estrategic")
                    for ending in ("o", "a", "os", "as")} | {"electoral", "electorales"}


def _area_title(parsed: Parsed, claim: Found) -> bool:
    """Whether the title before the party is qualified by an area ("director político de")."""
    doc = parsed.doc
    at = claim.trigger
    if not parsed.kb.is_a(claim.object.key, PARTY) or not at + 2 <= claim.object.first:
        return False
    return fold(doc[at + 1].lower_) in _AREA_ADJECTIVES and doc[at + 2].lower_ in ("de", "del")


def _party_of_area(parsed: Parsed, claim: Found) -> End | None:
    """The party whose area the claim's object is, _UNKNOWN for "del partido" unresolved,
    None when the object is no area."""
    doc, kb, area = parsed.doc, parsed.kb, claim.object
    # (an area named with its party may be taken for a party: "Acción Política de Vox")
    if not area.key.startswith(NEW) or area.reference or \
            area.first < 1 or doc[area.first - 1].lower_ != "de" or \
            not claim.trigger < area.first or area.last + 2 >= len(doc):
        return None  # a body the graph knows is no area of a party
    if fold(doc[area.first].lower_) not in _AREAS:
        return None
    for i in range(area.first + 1, area.last):
        # "Acción Política de Vox" read as one name: the party at its end
        if doc[i].lower_ in ("de", "del"):
            rest = doc[i + 1:area.last + 1]
            known = [k for k in kb.index.get(name_tokens(rest.text), ()) if kb.is_a(k, PARTY)]
            if len(known) == 1:
                return End(known[0], rest.start, rest.end - 1)
    i = area.last + 1
    if doc[i].lower_ not in ("de", "del"):
        return None
    i += 1
    while i < len(doc) - 1 and doc[i].pos_ == "DET":
        i += 1
    mention = parsed.mention(doc[i])
    if mention is not None:
        return End.of(mention) if mention.start == i and kb.is_a(mention.key, PARTY) else None
    if fold(doc[i].lower_) not in _PARTY_NOUNS:
        return None
    key = parsed.organization_before(i, fold(doc[i].lower_))
    if key is None or not kb.is_a(key, PARTY):
        return _UNKNOWN
    return End(key, i, i, reference=True, distance=1)
