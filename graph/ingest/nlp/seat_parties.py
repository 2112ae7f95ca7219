"""The party a seat's title names by a name the linker did not take: "la diputada de Vamos
Claudia Ortiz", "el diputado de Valor Rodrigo Samayoa", "la senadora de Nueva Fuerza, Ana
Ruiz". A seat is in a chamber, and its "de" with a capitalized name that is neither a place
nor a chamber nor a body of the state, and that the text calls a party elsewhere ("el partido
Vamos"), names the party the person sits for: the person is of that party, and the office is
the seat itself ("Diputado"), not a seat "of Vamos". (Unknown provinces read the same way,
"el diputado de Ourense X", so the text must say the name is a party's.)"""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.institutions import INSTITUTION_NOUNS
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.party_epithets import named_party
from graph.ingest.nlp.words import role_kind
from graph.ingest.reading import fold

# Capitalized words of an office's own name, a portfolio or a body, never a party's
_NOT_PARTIES = INSTITUTION_NOUNS | {"estado", "nacion", "republica", "distrito", "provincia",
                                   "region", "comunidad", "departamento", "municipio",
                                   "ciudad", "circunscripcion", "legislativa", "nacional"}
_PARTY_NOUNS = {"partido", "formacion", "movimiento", "agrupacion", "coalicion", "bancada",
                "bloque", "colectividad", "frente", "alianza"}
# Seats of a town's council, whose "de" names a portfolio ("el concejal de Hacienda")
_PORTFOLIO_SEATS = {"concejal", "regidor", "edil", "consejero"}


def seat_party(parsed, title) -> None:
    """Moves the party a seat title's complement names into its targets."""
    if role_kind(title.word) != "seat" or fold(title.word) in _PORTFOLIO_SEATS or \
            title.targets or title.countries or not title.complement.startswith("de "):
        return
    doc = parsed.doc
    start = next((i for i in range(title.token + 1, title.last + 1)
                  if doc[i].lower_ == "de"), None)
    if start is None or start + 1 > title.last:
        return
    words = doc[start + 1:title.last + 1]
    if any(not (t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN")) or
           parsed.mention(t) is not None or _place_tag(t, title.last) or
           fold(t.lower_) in _NOT_PARTIES for t in words):
        return
    name = words.text
    if gz.place(gz.fold_key(name)) is not None or gz.known_class(gz.fold_key(name)) is not None \
            or not _party_elsewhere(doc, words):
        return
    party = named_party(parsed, name, doc[start].sent.text)
    title.targets.append(End(party, start + 1, title.last))
    title.complement = ""


def _party_elsewhere(doc, words) -> bool:
    """Whether the text names the same words as a party elsewhere: after a party's noun
    ("el partido Valor", "la formación Vamos") or tagged by the model as an organization."""
    size = len(words)
    texts = [t.text for t in words]
    for i in range(len(doc) - size + 1):
        if i == words.start or [t.text for t in doc[i:i + size]] != texts:
            continue
        if i and fold(doc[i - 1].lower_) in _PARTY_NOUNS or all(
                t.ent_type_ == "ORG" for t in doc[i:i + size]):
            return True
    return False


def _place_tag(token, last: int) -> bool:
    """Tagged as a place by the model, unless the tag runs on into the name that follows
    ("Valor Rodrigo Samayoa" tagged as one place)."""
    if token.ent_type_ != "LOC":
        return False
    end = token.i
    while end + 1 < len(token.doc) and token.doc[end + 1].ent_iob_ == "I":
        end += 1
    return end <= last


def of_said_countries(kb, targets: list, countries: list[str]) -> list:
    """"el diputado libertario argentino": a party an adjective names is of the country the
    title's words say, when they say one (a seat's place, "por Antofagasta", is no country)."""
    said = [c for c in countries if gz.is_country(c)]
    return [t for t in targets if not said or t.mention or not kb.country(t.key) or
            kb.label(kb.country(t.key)) in said]
