"""A copula in an infinitive clause of time on a verb: "llegó a Roma después de haber sido
concejala de Palermo", "dejó la política tras ser alcalde de Soria". The infinitive has no
subject of its own, so the title is the verb's subject's; and what was before the verb's
event is over by then, so it is a former title ("antes de ser diputada" says what came after,
which other readers take as a title before the name).

The small model hangs "después de ..." on the adverb "después", and after "haber sido" may
read a feminine title as a verb's form ("concejala" of "concejalar") with "sido" as its
auxiliary rather than its copula."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role, folded_lemma, role_kind
from graph.ingest.reading import fold

# What opens a clause of a time before the verb's: "tras", "después de", "luego de"
_AFTER = {"tras"}
_AFTER_ADVERBS = {"despues", "luego"}
# Kinds of title the clause states as held; a past candidacy, alliance or rivalry is read by
# the readers of races and partners
_HELD = {"office", "seat", "deputy", "member", "leader", "head", "representative"}


def adverbial_titles(roles, verbs) -> list[tuple[object, object]]:
    """(title, verb) for each title a copula in such a clause on one of `verbs` states; the
    verb, not the infinitive, carries the mood the claim is read in."""
    titles = []
    for verb in verbs:
        for predicate in _clauses(verb):
            for role in clause_roles(predicate):
                word, _ = _role(role)
                titles.append((roles._phrase(role.i, roles._phrase_end(role.i), word, True), verb))
    return titles


def clause_host(predicate):
    """The verb an infinitive copula clause of time with the title `predicate` is on, if it
    is one."""
    if predicate.dep_ != "advcl" or not _role(predicate) or not _infinitive_copula(predicate):
        return None
    host = predicate.head
    verb = host.head if host.dep_ == "advmod" and fold(host.lower_) in _AFTER_ADVERBS else host
    return verb if predicate in _clauses(verb) else None


def clause_roles(predicate) -> list:
    """The title and the ones joined to it ("después de haber sido concejala de X y diputada
    de Y": the model may hang the second on the first one's complement)."""
    return [predicate] + [t for t in predicate.subtree if t.dep_ == "conj" and
                          t.pos_ == "NOUN" and _role(t) and not any(
                              c.dep_.startswith("nsubj") for c in t.children)]


def _clauses(verb) -> list:
    """The predicates of the infinitive copulas of time hung on `verb` or on an adverb of it."""
    hosts = [verb] + [c for c in verb.children if c.dep_ == "advmod" and
                      fold(c.lower_) in _AFTER_ADVERBS]
    found = []
    for host in hosts:
        for clause in host.children:
            if clause.dep_ != "advcl" or not _role(clause) or not _infinitive_copula(clause):
                continue
            marks = {fold(c.lower_) for c in clause.children if c.dep_ in ("mark", "case")
                     and c.i < clause.i}
            if host is verb and marks & _AFTER or host is not verb and "de" in marks:
                found.append(clause)
    return found


def _infinitive_copula(predicate) -> bool:
    """"ser concejala", "haber sido concejala": "ser" before the predicate in the infinitive,
    or its participle after "haber", whether the model calls it copula or auxiliary."""
    forms = [c for c in predicate.children if c.dep_ in ("cop", "aux") and c.i < predicate.i]
    return any(folded_lemma(c) == "ser" and (
        c.morph.get("VerbForm") == ["Inf"] or fold(c.lower_) == "sido" and any(
            fold(h.lower_) == "haber" for h in forms)) for c in forms)


def _role(token) -> tuple[str, bool] | None:
    """The role word of a predicate (a title tagged a verb included), if it names a post."""
    word, former = base_role(token)
    if not word or role_kind(word) not in _HELD:
        return None
    return word, former
