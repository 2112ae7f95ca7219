"""Joining a party named by its person: "se unió al partido de López Aliaga", "se afilió a la
formación de Abascal", "pidió el carné del partido de Santiago Abascal". The one who joins is a
member of that person's party: the one party the text tied the person to, else the one party
the passage names (its sentence or the two before)."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_PARTY_NOUNS = {"partido", "formacion", "colectividad"}
# Verbs of joining, with the prepositions of what is joined
_JOINING = {"unir": ("a", "al"), "afiliar": ("a", "al"), "sumar": ("a", "al"),
            "incorporar": ("a", "al"), "ingresar": ("en", "a", "al"), "entrar": ("en", "a", "al"),
            "adherir": ("a", "al"), "militar": ("en",), "pasar": ("a", "al")}
# "pidió el carné del partido": a membership card asked for, taken or held
_CARDS = {"carne", "carnet", "ficha", "afiliacion"}
_CARD_VERBS = {"pedir", "sacar", "solicitar", "obtener", "tramitar", "tener", "recibir"}


def joined_party_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or folded_lemma(noun) not in _PARTY_NOUNS:
        return []
    owner = next((c for c in noun.children if c.dep_ in ("nmod", "obl") and
                  preposition(c) in ("de", "del")), None)
    people = [e for e in parsed.ends(owner, conj=False) if parsed.is_person(e.key)] \
        if owner is not None else []
    if len(people) != 1:
        return []
    verb = _joining_verb(noun)
    if verb is None:
        return []
    party = _party_of(parsed, people[0].key, noun.i)
    if party is None:
        return []
    target = End(party, noun.i, people[0].last, reference=True, distance=1)
    return [Found("memberOf", s, target, 0.65, f"verb:{verb_lemma(verb)}", verb.i)
            for s in subject_ends(parsed, verb) if parsed.is_person(s.key) and
            s.key != people[0].key and parsed.kb.fits("memberOf", s.key, party)]


def _joining_verb(noun):
    head = noun.head
    if head.pos_ in ("VERB", "AUX") and preposition(noun) in _JOINING.get(verb_lemma(head), ()):
        return head  # "se unió al partido de X"
    if preposition(noun) in ("de", "del") and head.pos_ == "NOUN" and \
            folded_lemma(head) in _CARDS and head.dep_ == "obj" and \
            verb_lemma(head.head) in _CARD_VERBS:
        return head.head  # "pidió el carné del partido de X"
    return None


def _party_of(parsed: Parsed, person: str, index: int) -> str | None:
    ties = parsed.tied_parties(person)
    if len(ties) == 1:
        return ties.pop()
    return None if ties else parsed.party_before(index)
