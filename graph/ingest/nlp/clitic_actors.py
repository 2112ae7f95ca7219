"""Who acts on an object clitic cannot be the one it stands for: "Abascal lo ha citado en dos
mítines, y Buxadé lo recibió en la sede. Buxadé le dio entonces su respaldo". Abascal, the
subject of "lo ha citado", is not whom "lo recibió" or "le dio" take up (he would be "se"):
all three clitics stand for the man the profile is about. A clitic's referent is sought among
the persons named before it, these subjects left out."""

from __future__ import annotations

from graph.ingest.nlp.clauses import subject_ends

# Third-person object and dative clitics (not "se", which is the subject's own).
_THIRD = {"lo", "la", "le", "los", "las", "les"}


def clitic_actors(parsed, clitic, back: int) -> set[str]:
    """The persons who are the subjects of other verbs that carry a third-person clitic, before
    `clitic` in its sentence and the `back` sentences before it."""
    if _busy:
        return set()  # a subject sought through another clitic: no chain of chains
    floor = parsed.starts[max(parsed.sentence_of(clitic.idx) - back, 0)]
    own = clitic.head.i if hasattr(clitic, "head") else clitic.i  # an enclitic is its verb
    verbs = {t.head for t in parsed.doc[:clitic.i]
             if t.idx >= floor and t.lower_ in _THIRD and t.pos_ == "PRON" and
             t.dep_ in ("obj", "iobj") and t.i < t.head.i and t.head.i != own and
             t.head.pos_ in ("VERB", "AUX")}
    _busy.append(True)
    try:
        return {e.key for verb in verbs for e in subject_ends(parsed, verb)
                if parsed.is_person(e.key)}
    finally:
        _busy.pop()


_busy: list[bool] = []
