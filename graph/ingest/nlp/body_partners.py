"""A body called a rival or an ally in apposition: "Vox, principal adversario del PSOE", "Los
Patriotas, principales adversarios de X en la Eurocámara", "Fidesz, el aliado más fiel de Vox".
The roles reader takes the titles after a person's name; a party's, coalition's or group's
partner title is read here, and a plural one holds for each of the names coordinated before it
("Vox y el PP, principales adversarios del PSOE"; "A y B, rivales declarados de C")."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.partner_titles import partner_title
from graph.ingest.nlp.words import base_role, role_kind
from graph.ingest.reading import fold

_RELATIONS = {"rival": "opponentOf", "ally": "allied"}
# Nouns that tell what kind of partner, before whose: "socio de gobierno de X"
_KINDS = {"gobierno", "viaje", "coalicion", "legislatura", "investidura", "pacto", "siempre",
          "referencia", "confianza", "bloque", "bancada"}


def body_partner_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or noun.head.i > noun.i or \
            not partner_title(noun) or _denied(noun):
        return []
    plural = noun.morph.get("Number") == ["Plur"]
    first = noun.head.head if noun.head.dep_ == "conj" and plural else noun.head
    heads = [first] + ([c for c in first.children if c.dep_ == "conj"] if plural else [])
    named = [e for h in heads for e in parsed.ends(h, conj=False)
             if not e.reference and parsed.is_agent(e.key) and e.last < noun.i and
             (plural and len(heads) > 1 or not parsed.is_person(e.key))]
    # the first "de" phrase after the title (the small model may hang it on an adjective:
    # "rivales declarados de X")
    # ("socio de gobierno del PP", "compañero de viaje de Vox": a kind of partner first)
    of = next((t for t in noun.subtree if t.i > noun.i and any(
        g.dep_ == "case" and fold(g.lower_) in ("de", "del") for g in t.children) and not (
        t.pos_ == "NOUN" and fold(t.lower_) in _KINDS and not parsed.mention(t))), None)
    partners = [e for e in (parsed.ends(of) if of is not None else [])
                if not e.reference and parsed.is_agent(e.key)]
    relation = _RELATIONS[role_kind(base_role(noun)[0])]
    return [Found(relation, s, o, 0.6, "apposition", noun.i) for s in named for o in partners
            if s.key != o.key and parsed.kb.fits(relation, s.key, o.key)]


def _denied(noun) -> bool:
    """"Vox, ni aliado ni rival del PP", "X, no precisamente aliado de Y"."""
    return any(fold(t.lower_) in ("ni", "no", "nunca", "jamas")
               for t in noun.doc[noun.head.i + 1:noun.i])
