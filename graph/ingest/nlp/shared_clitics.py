"""An object clitic repeated in coordinated clauses stands for one person: in "Milei lo recibió
en la Casa Rosada y Bukele lo recibió en San Salvador" each received the man named before, not
each other. Read alone, the first clitic may take up the subject of the second (Bukele, named
just before it); the second clitic, whose clause rules out both subjects, tells whom both take
up."""

from __future__ import annotations

from graph.ingest.nlp.ends import End


def coordinated_clitic(parsed, clitic, verb, subjects: set[str]) -> list[End]:
    """The one person the same clitic of a verb coordinated with `verb` takes up, when it is
    none of `subjects` (the subjects of `verb`)."""
    from graph.ingest.nlp.clause_objects import clitic_object  # it reads this module

    keys: set[str] = set()
    for other in _coordinated(clitic, verb):
        # the other clause is read alone: no chain back to this one
        keys |= {e.key for e in clitic_object(parsed, other, chained=False, coordinated=False,
                                              besides=frozenset(subjects))}
    keys -= subjects
    if len(keys) != 1:
        return []
    return [End(keys.pop(), clitic.i, clitic.i, reference=True, distance=1)]


def coordinated_subjects(parsed, clitic, verb) -> set[str]:
    """The subjects of the verbs coordinated with `verb` that carry the same clitic: none of
    them is whom the clitic takes up ("A lo recibió y B lo recibió": B received him)."""
    from graph.ingest.nlp.clauses import subject_ends  # it reads the parse's modules

    return {e.key for other in _coordinated(clitic, verb) for e in subject_ends(parsed, other)}


def _coordinated(clitic, verb) -> list:
    others = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        others.append(verb.head)
    return [v for v in others if v.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.lower_ == clitic.lower_ and
        c.i < v.i for c in v.children)]
