"""A passive participle that describes a named body through a common noun: "Niki, un partido
liderado por X", "Niki es un partido ortodoxo fundado en Tesalónica y presidido por X", "la
Fundación Y, una organización dirigida por Z". The noun ("partido", "formación", "red") only
says what the name is; the participle is said of the name it stands in apposition to or the
copula gives it."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.reading import fold

# Nouns that say what kind of body a name is
BODY_NOUNS = {"partido", "formacion", "colectividad", "coalicion", "alianza", "movimiento",
              "agrupacion", "organizacion", "fundacion", "asociacion", "plataforma", "red",
              "instituto", "think", "tank", "entidad", "ong", "sindicato", "federacion",
              "confederacion", "gremio", "grupo", "bloque", "frente", "laboratorio",
              "observatorio", "centro"}


def described_body(parsed: Parsed, noun) -> list[End]:
    """The body a kind noun describes: the name it is in apposition to ("Niki, un partido
    ...") or the subject of the copula it is the predicate of ("Niki es un partido ...")."""
    if noun.pos_ != "NOUN" or fold(noun.lemma_.lower()) not in BODY_NOUNS:
        return []
    if noun.dep_ == "appos" and noun.head != noun:
        named = noun.head
    elif any(c.dep_ == "cop" for c in noun.children):
        named = next((c for c in noun.children if c.dep_ == "nsubj"), None)
    else:
        return []
    if named is None or parsed.mention(named) is None:
        return []
    return [e for e in parsed.ends(named, conj=False)
            if parsed.kb.is_a(e.key, ORGANIZATION) and not parsed.is_person(e.key)]
