"""A party as the predicate of "ser de": "X es del PP", "Y, que también es de Libre", "Z no es
de Vox", "W no es del espacio libertario" (the party of the adjective). Said of a person in
the present, it says the person belongs to the party (denied under "no"); said of a thing
("la propuesta es de Vox") it says nothing of membership."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PARTY
from graph.ingest.model import NEW
from graph.ingest.nlp.clauses import phrase_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold


def copular_party_claims(parsed, token) -> list[Found]:
    """memberOf for the party headed by `token`, the predicate of a present "ser de"."""
    party = _party(parsed, token)
    if party is None:
        return []
    verb = next((c for c in token.children if c.dep_ == "cop" and folded_lemma(c) == "ser"),
                None)
    if verb is None or "Pres" not in verb.morph.get("Tense") or not any(
            c.dep_ == "case" and c.lower_ in ("de", "del") and c.i < token.i
            for c in token.children):
        return []
    mood = modality(token)
    if not mood.asserted:
        return []
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and folded_lemma(subject) in ("que", "quien") and \
            token.dep_ in ("acl", "acl:relcl") and token.head != token:
        head = token.head
        if head.is_punct:  # "—X, que es de Libre": an answer's dash the small model heads
            head = next((c for c in head.children if c.dep_ == "flat"), head)
        people = parsed.ends(head, conj=False)  # "X, que es de Libre"
    elif subject is not None:
        people = phrase_ends(parsed, subject)
    else:
        return []
    return [Found("memberOf", person, party, 0.6, "copula", token.i, negated=mood.negated,
                  dated=False)
            for person in people if parsed.is_person(person.key) and person.key != party.key]


# Nouns of a political camp that a party's adjective makes that party's: "del espacio
# libertario", "del sector peronista"
_CAMPS = {"espacio", "sector", "partido", "formacion"}


def _party(parsed, token) -> End | None:
    """The party `token` heads: its name, or a camp noun and the party's adjective."""
    mention = parsed.mention(token)
    if mention is not None:
        if not (parsed.kb.is_a(mention.key, PARTY) or _new_organization(parsed, mention.key)) or \
                mention.start <= token.head.i < mention.end and token.head != token:
            return None  # not the head of the party's name
        return End.of(mention)
    if folded_lemma(token) not in _CAMPS:
        return None
    adjective = next((c for c in token.children if c.dep_ == "amod" and
                      fold(c.lower_) in parsed.party_adjectives), None)
    if adjective is None:
        return None
    return End(parsed.party_adjectives[fold(adjective.lower_)], token.i, adjective.i,
               reference=True, distance=0)


def _new_organization(parsed, key: str) -> bool:
    """A name the graph does not know that the text makes an organization ("que es del Frente
    Amplio"): a person who "is of" it belongs to it as to a party."""
    return key.startswith(NEW) and parsed.kb.is_a(key, ORGANIZATION) and not parsed.is_person(key)
