"""Calling someone one's rival or ally: "considera a X su principal adversario", "al que
considera su gran rival", "lo considera su aliado más fiel", "la describe como su socia", "ve
en X a su principal rival". The one called holds the title; the one who calls owns it. A
rival or ally of someone else ("lo considera un aliado de Putin") is not the caller's, and
one who calls himself so ("se considera su aliado") says it of another owner. One called the
ally of a third ("calificó a X de «socio natural» de Y", "tilda a X de socio preferente del
Gobierno de Y") is that third's ally, whoever calls him so (see called_allies_of)."""

from __future__ import annotations

from graph.ingest.nlp.called_allies_of import allies_of_claims
from graph.ingest.nlp.clause_objects import clitic_object
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.self_declared_allies import self_declared_claims
from graph.ingest.nlp.words import base_role, folded_lemma, role_kind
from graph.ingest.reading import fold

_CALLING = {"considerar", "estimar", "juzgar", "definir", "describir", "calificar",
            "catalogar", "llamar", "reconocer", "ver", "tildar", "tachar",
            "senalar", "etiquetar", "bautizar", "apodar", "proclamar", "retratar", "pintar"}
_RELATIONS = {"rival": "opponentOf", "ally": "allied"}
# The title's own determiner: the caller's ("su", or "mi" in the caller's own words: "llama
# a X «mi hermano político»") or any ("un", "una").
_DETERMINERS = {"su", "sus", "un", "una", "mi", "mis"}
_REFLEXIVE = {"se", "me", "nos", "te", "os"}
_CLITICS = {"lo", "la", "los", "las", "le", "les"}
# A sibling one calls so is no kin ("a quien considera «un hermano de lucha»"): one's own
# brother needs no calling (see kin_partners for the literal one).
_SIBLINGS = {"hermano", "hermana"}


def called_partner_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.pos_ == "PRON" and fold(c.lower_) in _REFLEXIVE for c in verb.children):
        return self_declared_claims(parsed, verb)  # "se declara aliada de X"
    if folded_lemma(verb) not in _CALLING:
        return []
    found = allies_of_claims(parsed, verb, _called)
    for title in verb.children:
        relation = _title(title)
        if relation is None:
            continue
        called = _called(parsed, verb, title)
        callers = subject_ends(parsed, verb)
        if not callers and verb.dep_ in ("advcl", "acl", "acl:relcl", "conj"):
            # "arremetió contra X, al que considera su principal adversario": the relative
            # hung on the main verb shares its subject; hung on a noun ("no comparte nada
            # del modelo de X, al que considera su adversario"), the subject of the verb
            # that noun depends on
            callers = subject_ends(parsed, _governing_verb(verb.head))
        found += [Found(relation, c, o, 0.6, f"verb:{folded_lemma(verb)}", verb.i)
                  for o in called for c in callers
                  if c.key != o.key and parsed.is_agent(c.key) and parsed.is_agent(o.key) and
                  parsed.kb.fits(relation, c.key, o.key)]
    return found


def _title(token) -> str | None:
    """The relation a rival's or an ally's title stands for, when it is the caller's."""
    if token.dep_ not in ("obj", "iobj", "xcomp", "obl", "advcl", "nmod") or token.pos_ != "NOUN":
        return None
    sibling = folded_lemma(token) in _SIBLINGS
    relation = "allied" if sibling else _RELATIONS.get(role_kind(base_role(token)[0] or ""))
    if relation is None:
        return None
    dets = [fold(c.lower_) for c in token.children if c.dep_ == "det"]
    if not dets and preposition(token) in ("de", "como"):
        pass  # "la calificó de «rival político»", "lo definió como rival": a bare title
    elif not dets or dets[0] not in _DETERMINERS:
        return None  # "lo considera el rival de Vox", "nuestro aliado": another owner
    if any(c.i > token.i and c.dep_ != "conj" and preposition(c) in ("de", "del") and
           not (sibling and c.pos_ == "NOUN") for c in token.children):
        # "un aliado de Putin", "su rival de siempre" told of someone else; a brother "de
        # lucha", "de causa" is a cause shared
        return None
    return relation


def _called(parsed: Parsed, verb, title) -> list:
    """Who is called it: the verb's other object ("a X", "al que"), the "en" phrase of "ver
    en X a su rival", else an object clitic."""
    named = [e for c in verb.children if c.i != title.i and c.dep_ in ("obj", "iobj") and
             not (c.pos_ == "PRON" and fold(c.lower_) in _CLITICS) and
             preposition(c) in ("", "a", "al") for e in phrase_ends(parsed, c)]
    if folded_lemma(verb) == "ver":
        named += [e for c in verb.children if c.dep_ == "obl" and preposition(c) == "en"
                  and c.i < title.i for e in phrase_ends(parsed, c)]
    if named:
        return named
    if verb.dep_ in ("acl", "acl:relcl") and any(
            c.dep_ in ("obj", "iobj") and fold(c.lower_) in ("que", "quien", "cual")
            for c in verb.children):
        # "no comparte nada del modelo de X, al que considera su adversario": a model is
        # no one's rival; the one the noun is of is
        named = [e for c in verb.head.children if c.dep_ == "nmod" and c.i < verb.i and
                 preposition(c) in ("de", "del") for e in phrase_ends(parsed, c)
                 if parsed.is_agent(e.key)]
        if named:
            return named
    if folded_lemma(verb) == "ver" and not any(preposition(c) == "como" for c in title.children):
        return []  # "ve su rival en la encuesta": no one called
    return clitic_object(parsed, verb)


def _governing_verb(token):
    """The verb a noun phrase hangs on, through its nouns' own links ("del modelo de X")."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.dep_ not in ("obl", "obj", "nmod") or \
                token.head == token:
            break
        token = token.head
    return token
