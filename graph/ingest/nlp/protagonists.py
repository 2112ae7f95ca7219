"""The person a text is about, for an object clitic with nothing nearer to take up. A column or
a profile names its protagonist often and then says "la recibió en La Moneda", "la ha
defendido en X", "la respalda abiertamente Fratelli d'Italia" sentences after the last time it
named her, with others named in between: the clitic stands for the one person of its gender
the text has named (or carried as a dropped subject) clearly more than anyone else of that
gender. A clitic also goes on with
the one the same clitic of the sentence before took up ("Chivite la ha llamado «la voz de la
ultraderecha». [...] Abascal la eligió como candidata"): the chain keeps its referent whoever
else that sentence named."""

from __future__ import annotations

from collections import Counter

from graph.ingest.nlp.bylines import signed
from graph.ingest.nlp.ends import METONYM, End

# How often the protagonist must have been named before the clitic, and how much more than
# the next person of the clitic's gender: a text that names two people as often is about both.
_LEAST = 3
_LEAD = 2


def protagonist_end(parsed, clitic, gender: str, excluded: set[str]) -> list[End]:
    """The protagonist of `gender` named before `clitic`, unless among `excluded` (the
    clause's subjects)."""
    if _unsure_near(parsed, clitic, excluded):
        return []
    counts: Counter = Counter()
    for mention in parsed.linked.mentions:
        if mention.start >= clitic.i or mention.kind == METONYM or mention.key in excluded or \
                not parsed.is_person(mention.key) or signed(parsed, mention):
            continue  # (the one who acts is never the clitic: that would be "se")
        known = parsed.gender.get(mention.key) or parsed.named_gender.get(mention.key)
        if known == gender or known is None and gender == "Masc":
            counts[mention.key] += 1
    here = parsed.sentence_of(clitic.idx)
    for sentence, key in parsed.carried.items():
        # a sentence whose dropped subject is the person speaks of them as much as a name
        if sentence < here and key in counts:
            counts[key] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _LEAST:
        return []
    if len(ranked) == 2 and ranked[0][1] < _LEAD * ranked[1][1]:
        return []
    return [End(ranked[0][0], clitic.i, clitic.i, reference=True, distance=2)]


def _unsure_near(parsed, clitic, excluded: set[str]) -> bool:
    """Whether the clitic's sentence or the one before names someone the clitic may stand for
    whom the text's reading cannot weigh: a person of unknown gender, or a surname not read as
    a person ("habló con Orbán" where "Orbán" was taken for something else)."""
    floor = parsed.starts[max(parsed.sentence_of(clitic.idx) - 1, 0)]
    for mention in parsed.linked.mentions:
        if mention.start >= clitic.i or parsed.doc[mention.start].idx < floor or \
                mention.key in excluded:
            continue
        if parsed.is_person(mention.key):
            if not (parsed.gender.get(mention.key) or parsed.named_gender.get(mention.key)):
                return True
        elif mention.kind == "surname":
            return True
    return False


def continued_clitic(parsed, clitic, excluded: set[str]) -> list[End]:
    """The one the same object clitic of the sentence before stands for, when that sentence has
    exactly one such clitic and it resolves to one person not among `excluded`."""
    from graph.ingest.nlp.clause_objects import clitic_object  # it reads this module

    here = parsed.sentence_of(clitic.idx)
    if here == 0:
        return []
    start = parsed.starts[here - 1]
    # a dative "le" goes on with whoever "lo" or "la" took up ("lo recibió en la sede. Le dio
    # su respaldo"): the dative says nothing of gender
    forms = {"le", "lo", "la"} if clitic.lower_ == "le" else {clitic.lower_}
    same = [t for t in parsed.doc if start <= t.idx < parsed.starts[here] and
            t.lower_ in forms and t.pos_ == "PRON" and t.dep_ == "obj" and
            t.head.pos_ in ("VERB", "AUX") and t.i < t.head.i]
    if not same or len(same) > 1 and clitic.lower_ != "le":
        return []
    keys = set()
    for other in same:
        ends = clitic_object(parsed, other.head, chained=False)
        if len(ends) != 1:
            return []
        keys.add(ends[0].key)
    if len(keys) != 1 or keys & excluded:
        return []  # several clitics, several people: no chain to follow
    return [End(keys.pop(), clitic.i, clitic.i, reference=True, distance=1)]


def gendered_focus(parsed, pronoun, focus: str) -> list[End]:
    """"Ventura la descubrió en un mitin. «...», recuerda ella": a subject pronoun stands for
    the one acting before it only when the gender fits; "ella" after a man who acted on a woman
    the text is about is that woman, its protagonist."""
    gender = {"él": "Masc", "ella": "Fem"}.get(pronoun.text.lower())
    if gender is None or parsed.gender_fits(focus, gender):
        return [End(focus, pronoun.i, pronoun.i, reference=True, distance=1)]
    return protagonist_end(parsed, pronoun, gender, {focus})
