"""A party's officer named by a title that leaves the party unsaid: "el secretario general,
Ignacio Garriga" in a story on Vox, "acompañado de la presidenta de Vox en la región y del
secretario provincial de Valencia, X", "la portavoz en el Congreso, Y". Such titles exist
only inside a party, so their holder is a member of the party the passage speaks of (the one
its sentence names, else the one of the two sentences before, when only one party is named)."""

from __future__ import annotations

from graph.ingest.knowledge import PLACE
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.parsed import End
from graph.ingest.reading import fold

# Titles held inside a party (a president or a spokesperson may be a state's too: only with
# a level that is a party's)
_OFFICERS = {"secretario", "secretaria", "vicesecretario", "vicesecretaria", "tesorero",
             "tesorera", "coordinador", "coordinadora", "vicecoordinador", "vicecoordinadora"}
_LEVELLED = {"presidente", "presidenta", "vicepresidente", "vicepresidenta", "portavoz",
             "lider", "jefe", "jefa", "dirigente"}
# The levels of a party's organization
_LEVELS = {"general", "provincial", "regional", "nacional", "autonomico", "autonomica",
           "local", "comarcal", "insular", "municipal", "adjunto", "adjunta", "federal",
           "territorial", "parlamentario", "parlamentaria"}
_ARTICLES = {"el", "la", "los", "las"}


def party_officer_claims(roles, mention: Mention) -> list[Found]:
    parsed = roles.parsed
    doc = parsed.doc
    if not parsed.is_person(mention.key):
        return []
    title = roles.title_before(mention)
    if title is None or title.former or any(not roles.seated_in(t) for t in title.targets):
        return []
    at, first = title.token, title.first
    if fold(doc[at].lower_) in _LEVELS and at > 0 and \
            fold(doc[at - 1].lower_) in _OFFICERS | _LEVELLED:
        # "la portavoz parlamentaria": the level is a seat's word too, which the title
        # reader takes for the title itself
        at -= 1
        first = min(first, at - 1 if at > 0 and doc[at - 1].lower_ in _ARTICLES else at)
    word = fold(doc[at].lower_)
    levelled = bool(title.targets)  # "la portavoz en el Congreso": the party's group there
    for token in doc[at + 1:title.last + 1]:
        lower = fold(token.lower_)
        if lower in _LEVELS:
            levelled = True
        elif token.pos_ in ("DET", "ADP") or _place(parsed, token) or \
                any(t.first <= token.i <= t.last for t in title.targets):
            continue
        else:
            return []  # "secretaria general de la Presidencia", "el vocero presidencial"
    if word not in _OFFICERS and not (word in _LEVELLED and levelled):
        return []
    if any(fold(doc[i].lower_) in ("su", "sus", "cuyo", "cuya")
           for i in (first - 1, first, title.first) if i >= 0):
        # whose the title is, the possessive says (the phrase may open on it: "envió a su
        # secretario general, X" is the sender's)
        return []
    party = parsed.party_before(first)
    if party is None or not parsed.kb.fits("memberOf", mention.key, party):
        return []
    person = End(mention.key, first, mention.end - 1, mention=mention)
    target = End(party, first, title.last, reference=True, distance=1)
    return [Found("memberOf", person, target, 0.6, "reference", at, dated=False)]


def _place(parsed, token) -> bool:
    other = parsed.mention(token)
    if other is None:  # "secretario provincial de Cartagena": read as a portfolio, unlinked
        return token.pos_ == "PROPN" and gz.place(token.text) is not None
    return parsed.kb.is_a(other.key, PLACE)
