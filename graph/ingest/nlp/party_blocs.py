"""A party's bloc in a chamber, led by its chief: "El bloque de La Libertad Avanza, que preside
el diputado X", "Y, jefe del bloque libertario", "Z, presidenta de la bancada republicana". The
bloc is a body of its own (the party's legislators, at times with allies), not the party: who
presides it leads the bloc, whatever their place in the party. A title that names the party
("jefa del bloque de La Libertad Avanza") still says whose member the person is, and is left so;
an adjective ("del bloque libertario") says only what the bloc is."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import COALITION
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import base_role, folded_lemma, role_kind, root_in

_BLOCS = {"bloque", "bancada", "interbloque"}
_LEADERS = ("leader", "head")


def led_blocs(parsed, found: list) -> list:
    out = []
    for claim in found:
        bloc = _bloc(parsed, claim) if claim.relation in ("leaderOf", "memberOf") and \
            not claim.negated and parsed.is_person(claim.subject.key) else None
        if bloc is not None:
            noun, last, by_adjective = bloc
            if claim.relation == "leaderOf" or by_adjective and _led_by_title(noun):
                key = _entity(parsed, noun, last)
                if parsed.kb.fits("leaderOf", claim.subject.key, key):
                    claim = replace(claim, relation="leaderOf", object=End(key, noun.i, last))
        out.append(claim)
    return out


def _bloc(parsed, claim):
    """(the bloc noun, the last token of its name, whether an adjective names its party) when
    the claim's party hangs on one: "el bloque de X", "la bancada libertaria"."""
    token = parsed.doc[claim.object.first]
    mention = parsed.mention(token)
    last = mention.end - 1 if mention is not None else token.i
    if mention is not None:  # the mention's own head word
        token = root_in(token, mention.start, mention.end)
    head = token.head
    if token.dep_ in ("nmod", "amod") and head.pos_ == "NOUN" and head.i < token.i and \
            folded_lemma(head) in _BLOCS:
        return head, last, token.dep_ == "amod"
    return None


def _led_by_title(bloc) -> bool:
    """"jefe del bloque", "presidenta de la bancada": the title the bloc complements leads it."""
    title = bloc.head
    word, former = base_role(title) if bloc.dep_ == "nmod" else (None, False)
    return bool(word) and not former and role_kind(word) in _LEADERS


def _entity(parsed, bloc, last: int) -> str:
    """The bloc as a new entity named as the text writes it: "Bloque de La Libertad Avanza",
    "Bancada libertaria"."""
    text = parsed.doc[bloc.i:last + 1].text
    name = text[:1].upper() + text[1:]
    key = NEW + slug(name)
    if key not in parsed.kb.candidates:
        entity = CandidateEntity(key, name, COALITION, example="")
        parsed.proposals[key] = entity
        parsed.kb.candidates[key] = entity
    return key
