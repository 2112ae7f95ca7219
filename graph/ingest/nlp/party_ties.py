"""Whose party "el partido de X" is, when the text has tied X to a party of its own: the
discourse reader's guess (the party the text is about) gives way to that tie. "Salvador
Nasralla, del Partido Liberal ... El partido de Nasralla ha pedido" is the Liberal Party, not
the National one the story follows."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY, PERSON
from graph.ingest.nlp.doc_texts import doc_text
from graph.ingest.nlp.found import Found

_TIES = {"memberOf", "leaderOf", "represents"}


def tied_elsewhere(kb, found: list[Found], person: str, party: str) -> bool:
    """Whether the claims tie `person` to another party than `party`, and not to it."""
    parties = {c.object.key for c in found if c.subject.key == person and
               c.relation in _TIES and not c.negated and kb.is_a(c.object.key, PARTY)}
    return bool(parties) and party not in parties


# Verbs of leaving a party: the party of the person named after them is the one left, which
# the sentence names when it names another party ("militó en UPyD y dejó el partido de Díez").
_LEAVE = {"dejar", "abandonar", "salir", "irse", "marchar", "marcharse", "romper", "renunciar",
          "desafiliar", "desafiliarse", "huir", "escindir", "escindirse", "expulsar"}
_PARTY_NOUNS = {"partido", "formación", "formacion", "filas", "siglas", "carné", "carnet"}


def other_party_beside(parsed, kb, candidate) -> bool:
    """Whether a guessed "el partido de X" claim (X one of the party the text follows) speaks
    of another party: said of what is no person ("Hermanos de Italia, el partido de Meloni"),
    or of the party someone left while the sentence names a party of its own ("militante de
    UPyD, dejó el partido de Rosa Díez")."""
    if not kb.is_a(candidate.subject_key, PERSON):
        return True
    quote = candidate.evidence[0].quote if candidate.evidence else ""
    start = doc_text(parsed.doc).find(quote) if quote else -1
    if start < 0:
        return False
    end = start + len(quote)
    inside = [m for m in parsed.linked.mentions if start <= parsed.doc[m.start].idx < end]
    if not any(m.key != candidate.object_key and (m.cls == PARTY or kb.is_a(m.key, PARTY))
               for m in inside):
        return False
    for mention in inside:
        if mention.key != candidate.subject_key:
            continue
        noun = parsed.doc[mention.start].head
        while noun.dep_ in ("flat", "appos") and noun.head.i != noun.i:
            noun = noun.head
        if noun.lemma_.lower() not in _PARTY_NOUNS and noun.text.lower() not in _PARTY_NOUNS:
            continue
        verb = noun.head
        if verb.lemma_.lower() in _LEAVE:
            return True
    return False
