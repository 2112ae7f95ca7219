"""Titles of a party's branch: "el líder de Vox en Andalucía", "la presidenta del PP en la
comunidad", "el jefe de Vox en el Parlamento Europeo", "la presidenta del PP de Madrid", "el
presidente de Vox Asturias" head a regional or parliamentary part of the party, and name no
office of the place. A branch the text names after its place ("el PP de Madrid", "Vox
Asturias", "el PSOE de la Región de Murcia") is a party of its own that they lead; one only
placed ("Vox en Andalucía", "el PP en la comunidad") makes them members of the party."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY, PARTY, PLACE
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.branch_levels import branch_level
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.institutions import INSTITUTION_NOUNS, is_institution
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.party_portfolios import portfolio_roles
from graph.ingest.nlp.proposals import known_or_proposed
from graph.ingest.reading import fold

# Nouns of a part of a country or of a chamber a party's branch works in.
_AREAS = {"comunidad", "region", "provincia", "autonomia", "ciudad", "municipio", "capital",
          "comarca", "isla", "islas", "estado", "departamento", "territorio", "concejo",
          "pleno"}
_TITLE_CUES = ("apposition", "title", "copula")


def branch_roles(parsed: Parsed, claims: list[Found]) -> list[Found]:
    """The claims of titles, those of a branch's head made a membership of the party."""
    claims = portfolio_roles(parsed, claims)  # "el vicepresidente de Acción Política de Vox"
    branches = {c.trigger for c in claims if c.relation == "leaderOf" and
                c.cue in _TITLE_CUES and (_branch(parsed, c.object) or
                                          branch_level(parsed, c.trigger, c.object) or
                                          _placed_title(parsed, c.trigger, c.object))}
    if not branches:
        return claims
    kept = []
    for claim in claims:
        if claim.trigger in branches and claim.relation == "holdsOffice":
            continue  # "el presidente del PP en Andalucía" presides over no region
        if claim.trigger in branches and claim.relation == "leaderOf":
            # the head of a branch is not the one "el líder de Vox" later stands for
            parsed.branch_heads.add((claim.object.key, claim.subject.key))
            named = _named_branch(parsed, claim.object)
            if named is not None:
                claim.object = named
            else:
                claim.relation = "memberOf"
            claim.confidence = round(claim.confidence - 0.05, 2)
        kept.append(claim)
    return kept


def _branch(parsed: Parsed, party: End) -> bool:
    """Whether the party's name is followed by "en" and a region, a place or a chamber, or by
    a place, after "de" or not (not a country: "el líder de Vox en España" heads the party)."""
    doc, kb = parsed.doc, parsed.kb
    i = party.last + 1
    if not kb.is_a(party.key, PARTY) or i + 1 >= len(doc):
        return False
    if _regional(doc[i]):
        return True
    link = doc[i].lower_
    if link in ("en", "de", "del"):
        i += 1
    while i < len(doc) - 1 and doc[i].pos_ == "DET":
        i += 1
    other = parsed.mention(doc[i])
    if other is not None:
        # "el PP de Madrid", "Vox Asturias": a region's branch, named after it
        return not kb.is_a(other.key, COUNTRY) and (
            kb.is_a(other.key, PLACE) or link == "en" and is_institution(kb, other.key))
    return link == "en" and fold(doc[i].lower_) in _AREAS | INSTITUTION_NOUNS


def _placed_title(parsed: Parsed, title: int, party: End) -> bool:
    """Whether the title itself is placed ("su presidente en Albacete, X", "su portavoz en la
    comunidad"): the party's officer there, its branch's head, whatever the party is named by."""
    doc, kb = parsed.doc, parsed.kb
    i = title + 1
    if not kb.is_a(party.key, PARTY) or i + 1 >= len(doc) or doc[i].lower_ != "en":
        return False
    i += 1
    while i < len(doc) - 1 and doc[i].pos_ == "DET":
        i += 1
    place = parsed.mention(doc[i])
    if place is not None:
        return kb.is_a(place.key, PLACE) and not kb.is_a(place.key, COUNTRY)
    return fold(doc[i].lower_) in _AREAS


def _named_branch(parsed: Parsed, party: End) -> End | None:
    """"el PP de Madrid", "Vox Asturias": the branch named after its place, as the text writes
    it, when "de" or nothing joins the party to a place (not "en": "Vox en Andalucía" names
    the party where it works)."""
    doc = parsed.doc
    i = party.last + 1
    if _regional(doc[i]):  # "el PSOE extremeño": its branch, named so
        key = known_or_proposed(parsed, doc[party.first:i + 1].text, PARTY,
                                doc[party.first].sent.text)
        return End(key, party.first, i)
    if doc[i].lower_ in ("de", "del"):
        i += 1
    while i < len(doc) - 1 and doc[i].pos_ == "DET":
        i += 1
    place = parsed.mention(doc[i])
    if place is None or not parsed.kb.is_a(place.key, PLACE) or \
            parsed.kb.is_a(place.key, COUNTRY):
        return None
    name = doc[party.first:place.end].text
    key = known_or_proposed(parsed, name, PARTY, doc[party.first].sent.text)
    return End(key, party.first, place.end - 1)


# The endings of the adjectives of a region or a town ("extremeño", "mendocino", "cántabro"
# are written after the party as its branch's; a country's demonym says where the party is)
_GENTILIC = ("eno", "ena", "ino", "ina", "ense", "abro", "abra", "ego", "ega", "uz", "ano",
             "ana", "eco", "eca")  # (folded: "extremeño" is "extremeno")


def _regional(token) -> bool:
    """Whether `token` is a region's or a town's adjective right after a party's name: "el
    PSOE extremeño", "el PJ mendocino", "el PRO santafesino" (not "el PVV neerlandés", nor an
    idea's adjective: "el PP republicano")."""
    word = fold(token.lower_)
    return token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN", "PROPN") and \
        word.endswith(_GENTILIC) and len(word) > 5 and gz.demonym(token.text) is None and \
        word.rstrip("s") not in _IDEAS


# Adjectives of those endings that are a party's idea, not a place's
_IDEAS = {"republicano", "republicana", "cristiano", "cristiana", "socialcristiano",
          "socialcristiana", "humano", "humana", "soberano", "soberana", "ciudadano",
          "ciudadana", "latino", "latina"}
