"""When a race is told: the tense of the clause a race's phrase is an argument of ("fue
candidato en las presidenciales de enero", "aspira ... en las de octubre"), and the year of the
European Parliament's race the text leaves unsaid, from its five-year cycle."""

from __future__ import annotations

from graph.ingest.reading import fold


def european_year(year: int, token) -> int:
    """"las próximas europeas", "en las últimas europeas": the Union votes every five years
    (2019, 2024, 2029), the race told of being the next one or, in a clause told in the past
    or said to be the last, the one before."""
    if year % 5 == 4:
        return year
    words = {fold(t.lower_) for t in token.subtree}
    if told_as(token, "Past") or words & {"ultimas", "pasadas", "anteriores"}:
        return year - (year + 1) % 5
    return year + (4 - year % 5)


def told_as(token, tense: str) -> bool:
    """Whether the clause the phrase of `token` is an argument of is in `tense` ("fue el
    candidato en las presidenciales de enero"; not a clause it is hung on from outside)."""
    verb = token
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in verb.children):
            break
        if verb.dep_ in ("appos", "acl", "conj", "ROOT") or verb.head == verb:
            return False
        verb = verb.head
    else:
        return False
    tenses = [verb.morph.get("Tense")] + [c.morph.get("Tense") for c in verb.children
                                          if c.dep_ in ("aux", "cop")]
    return any(t and (t[0] == tense or tense == "Past" and t[0] == "Imp") for t in tenses)
