"""Who acts in the clause of a pronoun after a preposition. "La presidenta dedicó un minuto a
Monasterio, que compitió contra ella": in a relative clause the one acting is the noun it
hangs on (Monasterio), not the subject of the sentence, so "ella" is someone else: the one the
sentence is about (the president), when she fits."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import RELATIVES


def relative_actor(parsed, token) -> str | None:
    """The person a relative clause's own subject stands for, when `token` is in a relative
    clause whose subject is its relative pronoun; else None."""
    verb = token.head
    while verb.dep_ not in ("acl:relcl", "acl", "ROOT") and verb.head.i != verb.i and \
            verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ not in ("acl:relcl", "acl") or not any(
            c.dep_.startswith("nsubj") and c.lower_ in RELATIVES
            for c in verb.children):
        return None
    noun = verb.head
    # "a Monasterio, la antigua líder de Vox, que compitió...": the name the title stands by
    # "el exdiputado Juan Arcos, que...": the name after the title the relative hangs on
    mention = parsed.mention(noun) or (parsed.mention(noun.head) if noun.dep_ == "appos"
                                       else None) or next(
        (parsed.mention(c) for c in noun.children if c.dep_ in ("appos", "flat") and
         c.i > noun.i and parsed.mention(c) is not None), None)
    return mention.key if mention is not None and parsed.is_person(mention.key) else None


def relative_referent(parsed, token, focus: str | None) -> list[End]:
    """"él" or "ella" in a relative clause on someone else: the person the sentence is about."""
    actor = relative_actor(parsed, token)
    gender = "Fem" if token.lower_ == "ella" else "Masc"
    focus = _main_subject(parsed, token) or focus
    if actor is None or focus is None or focus == actor or not parsed.gender_fits(focus, gender):
        return []
    return [End(focus, token.i, token.i, reference=True, distance=0)]


def _main_subject(parsed, token) -> str | None:
    """The person acting in the clause the relative's noun is an object of: "la presidenta"
    of "la presidenta dedicó un minuto a Monasterio, que..."."""
    verb = token.head
    while verb.dep_ not in ("acl:relcl", "acl") and verb.head.i != verb.i:
        verb = verb.head
    noun = verb.head
    while noun.dep_ in ("appos", "flat", "conj") and noun.head.i != noun.i:
        noun = noun.head
    clause = noun.head
    subjects = [c for c in clause.children if c.dep_.startswith("nsubj")]
    if not subjects or clause.i == noun.i:
        return None
    mention = parsed.mention(subjects[0])
    if mention is not None:
        return mention.key if parsed.is_person(mention.key) else None
    persons = [e.key for e in parsed.refer(subjects[0]) if parsed.is_person(e.key)]
    return persons[0] if len(persons) == 1 else None
