"""A clitic inside a relative clause whose own subject is the relative: "Kast elogió a
Bukele, que lo recibió en 2023", "Reiteró su admiración por Milei y por Bukele, quien le
recibió en San Salvador". The relative's antecedent cannot be the clitic (it is the subject),
and the one who speaks of the antecedent, the main clause's subject (named or dropped), is
whom the clitic takes up, before any other name the main clause's objects hold."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import VERBS
from graph.ingest.nlp.words import RELATIVES, folded_lemma

# What links a relative's antecedent up to the verb that names it
_CLIMBING = {"obj", "iobj", "obl", "nmod", "appos", "conj", "flat", "nsubj"}
# Read for meetings and contacts only ("que lo recibió", "quien la llamó"): whether one who
# congratulates or praises in a relative clause backs anyone is another question
_ENCOUNTERS = {"met", "contactWith"}


def main_subject_referent(parsed: Parsed, clitic, verb, subjects: set[str],
                          gender: str | None) -> list[End]:
    """The main clause's subject the clitic of a relative clause takes up, or none."""
    if not any(f.relation in _ENCOUNTERS for f in VERBS.get(folded_lemma(verb), ())):
        return []
    if verb.dep_ not in ("acl", "acl:relcl") or not any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in verb.children):
        return []
    main = verb.head
    for _ in range(6):
        if main.pos_ in ("VERB", "AUX") or main.dep_ not in _CLIMBING or main.head == main:
            break
        main = main.head
    if main.pos_ not in ("VERB", "AUX") or main.dep_ in ("acl", "acl:relcl"):
        return []
    keys = list(dict.fromkeys(e.key for e in subject_ends(parsed, main)
                              if parsed.is_person(e.key)))
    if len(keys) != 1 or keys[0] in subjects:
        return []
    known = parsed.gender.get(keys[0]) or parsed.named_gender.get(keys[0])
    if gender and known not in (gender, None) or gender == "Fem" and known is None:
        return []
    sentence = parsed.sentence_of(clitic.idx)
    return [End(keys[0], clitic.i, clitic.i, reference=True,
                distance=sentence - parsed.sentence_of(main.idx))]
