"""A count told as a list with its verb said once: "X obtiene el 51,3 % de los votos; Y, de la
Alianza, el 38,9 %; y el independiente Z, el 6,2 %". Each later name has its own share with the
verb left out (a gapped clause), so each ran in the race the first one's share was counted in.
The small model hangs such names anywhere; they are read by the order of the words: after the
verb's share, a stretch up to ";" (or ", y") that holds one person and ends in a share of its
own."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.reading import fold

_BREAKS = {";"}
_VOTES = {"votos", "sufragios", "papeletas"}


def gapped_shares(parsed: Parsed, verb, share) -> list[End]:
    """The persons of the gapped clauses after the share `share` of the polling verb `verb`,
    each with a share of its own at the end of its stretch."""
    doc = parsed.doc
    end = verb.sent.end
    start = max(t.i for t in share.subtree) + 1
    people: list[End] = []
    stretch: list = []
    for token in list(doc[start:end]) + [None]:
        if token is None or token.text in _BREAKS or (
                token.lower_ in ("y", "e") and stretch and stretch[-1].text == ","):
            person = _of_stretch(parsed, stretch)
            if person is not None:
                people.append(person)
            stretch = []
            continue
        stretch.append(token)
    return people


def _of_stretch(parsed: Parsed, stretch: list) -> End | None:
    """The one person of a stretch "[y] [el independiente] Z[, de X], el 6,2 %"."""
    words = [t for t in stretch if not (t.is_punct and t.text != "%")]
    while words and words[-1].text != "%" and fold(words[-1].lower_) not in _VOTES:
        if words[-1].is_space:
            words.pop()
            continue
        return None
    if len(words) < 3 or not any(t.like_num for t in words[-3:]):
        return None
    # the share, right after a comma: "Z, el 6,2 %"
    commas = [t for t in stretch if t.text == ","]
    if not commas:
        return None
    last = commas[-1]
    tail = [t for t in stretch if t.i > last.i and not t.is_space and not (
        t.is_punct and t.text != "%")]
    if not tail or not all(t.like_num or t.text == "%" or t.pos_ == "DET" or fold(t.lower_) in
                           _VOTES | {"de", "los", "las"} for t in tail):
        return None
    persons = {}
    for t in stretch:
        mention = parsed.mention(t)
        if mention is not None and t.i < last.i and parsed.is_person(mention.key):
            persons.setdefault(mention.key, End(mention.key, mention.start, mention.end - 1))
    return next(iter(persons.values())) if len(persons) == 1 else None


def share_list_claims(parsed: Parsed, verb, share, race: str | None) -> list[Found]:
    if race is None:
        return []
    return [Found("candidateIn", person, End(race, verb.i, verb.i), 0.6, "list", verb.i)
            for person in gapped_shares(parsed, verb, share)]
