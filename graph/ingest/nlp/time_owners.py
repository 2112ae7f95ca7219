"""Which clause a time expression belongs to, where the parse hides it: "hace dos semanas" is
read as a clause of its own headed by the verb "hacer" ("se reunieron hace dos semanas": the
meeting's time, not another act's), and a relative clause tells what happened at the time its
antecedent carries ("la segunda vuelta de abril, en la que Noboa derrotó a González", "el mitin
del domingo, donde Abascal abrazó a Milei": the runoff's April, the rally's Sunday)."""

from __future__ import annotations

from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.tense_dates import clause_verb
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_RELATIVE = ("acl", "acl:relcl")


def ago_head(token):
    """The word that stands for a time expression in the parse: the clause "hace dos semanas"
    hangs from answers for it (the small model reads "hace" as a verb of its own)."""
    if fold(token.lower_) in ("hace", "hacia") and folded_lemma(token) == "hacer" and \
            token.dep_ in ("advcl", "obl", "advmod", "ccomp", "xcomp", "conj") and \
            token.head != token:
        return token.head
    return token


def antecedent_time(token, trigger, span: tuple[int, int], race: bool = False) -> bool:
    """Whether the time (its first word `token`) modifies the noun a relative clause holding
    the claim's trigger depends on ("la cumbre de marzo, en la que se reunió con Abascal"), or
    is that noun (`span`: the time's offsets) ("en 2020, cuando ganó su escaño"). A
    relative clause in the future ("la segunda vuelta del 14 de diciembre, en la que se
    medirá con Jara") tells of a race to come, which its own date answers for."""
    clause = clause_verb(trigger)
    if clause.dep_ not in _RELATIVE or clause.head == clause or not _told_past(clause):
        return False
    antecedent = clause.head
    if antecedent.pos_ not in ("NOUN", "PROPN") or token in clause.subtree or token == clause:
        return False
    if span[0] <= antecedent.idx < span[1]:
        return True  # the time is the antecedent: "en 2020, cuando ganó", "el martes, en el que"
    if race and not is_election_noun(antecedent):
        return False  # a race is dated by its vote, not by a debate or a rally of it
    # "de abril", "del 14 de diciembre", "de 2023": a complement within the noun's phrase, not
    # an adverb of a copula's predicate ("es hoy el único socio que ...")
    current, complement = token, False
    for _ in range(4):
        complement = complement or current.dep_ == "nmod"
        if current.head == antecedent:
            return complement
        if current.head == current or current.pos_ in ("VERB", "AUX"):
            return False
        current = current.head
    return False



def _told_past(verb) -> bool:
    tenses = set(verb.morph.get("Tense")) | {
        tense for t in verb.children if t.dep_ in ("aux", "aux:pass", "cop")
        for tense in t.morph.get("Tense")}
    if any(t.dep_ in ("aux", "aux:pass") and folded_lemma(t) == "haber" for t in verb.children):
        tenses.add("Past")
    return bool(tenses & {"Past", "Imp"}) and "Fut" not in tenses


def election_relative(clause) -> bool:
    """A relative clause hanging from an election ("quedó fuera de la segunda vuelta, que ganó
    Arévalo"): it tells of the race the clause above it names, and takes that clause's year."""
    return clause.dep_ in _RELATIVE and clause.head != clause and is_election_noun(clause.head)


_TITLE_WORDS = ("NOUN", "PROPN", "ADJ", "ADV")


def title_now(token) -> bool:
    """"perdió frente a Passerini, hoy intendente", "el hoy ministro": "hoy" qualifies a
    title one holds now, not the clause's act."""
    if fold(token.lower_) not in ("hoy", "actualmente", "ahora"):
        return False
    doc = token.doc
    if token.i + 1 >= len(doc) or token.i == 0:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (before.text == "," or before.pos_ == "DET") and after.pos_ in _TITLE_WORDS and \
        after.is_alpha and after.is_lower and fold(after.lower_) not in _NOT_TITLES


# words after "hoy" that are not a title: "hoy mismo", "hoy todavía"
_NOT_TITLES = {"mismo", "misma", "todavia", "aun", "tambien", "ya", "dia", "en", "por"}
