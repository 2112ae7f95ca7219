"""Agents of a passive that each repeat "por": "convocada por Patriotas por Europa y por Vox",
"acompañado por A, presidente de X, y por el diputado chileno B", "organizada por el Partido
Azul (PA) y por la fundación húngara Y", "organizada por X, el pequeño partido que fundó hace
dos años y preside Z, y por la fundación Y". The small model hangs the later "por" anywhere, so
the agents are read on the tokens after the first one."""

from __future__ import annotations

from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.reading import fold

_RELATIVES = {"que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "donde"}
_STOPS = {";", ":", ".", "(", "?", "!"}
# Words that open an apposition or a relative clause after the comma: "A, el pequeño partido
# que ..., y por B", "A, que preside Z, y por B"
_APPOSITION_OPENERS = {"el", "la", "los", "las", "un", "una", "su", "sus", "que", "quien",
                       "cuyo", "cuya"}
# How far a plain item and one with an apposition holding a clause may run to the next "por"
_PLAIN_REACH, _CLAUSE_REACH = 12, 30
# Word classes that never stand between "por" and the agent's name ("por la fundación
# neerlandesa X": the model may tag the demonym anything, but not these)
_NOT_TITLES = {"ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PUNCT", "NUM"}


def repeated_por(parsed: Parsed, ends: list[End]) -> list[End]:
    """The agents after `ends` that each open with their own "por"."""
    doc, found = parsed.doc, []
    keys = {e.key for e in ends}
    i = max(e.last for e in ends) + 1
    end = doc[i - 1].sent.end
    while i < end:
        j = _next_por(doc, _past_acronym(doc, i, end), end)
        if j is None:
            break
        i = j + 1
        while i < end and (doc[i].pos_ == "DET" or doc[i].is_lower and doc[i].is_alpha and
                           doc[i].pos_ not in _NOT_TITLES and
                           fold(doc[i].lower_) not in _RELATIVES and i < j + 5):
            i += 1  # "por el senador chileno B": its determiner and titles
        mention = parsed.mention(doc[i]) if i < end else None
        if mention is None or mention.start != i or mention.key in keys:
            break
        found.append(End.of(mention))
        keys.add(mention.key)
        i = mention.end
    return found


def _past_acronym(doc, i: int, end: int) -> int:
    """After a name's bracketed short form: "el Partido Azul (PA) y por B"."""
    if i + 2 < end and doc[i].text == "(" and doc[i + 2].text == ")":
        return i + 3
    return i


def _next_por(doc, start: int, end: int) -> int | None:
    """The "por" of ", y por" / "y por" / ", por" closing the item that ends at `start`, its
    apposition passed over ("A, su hermana, y por B"; "A, el partido que fundó Z, y por B"), or
    None when a clause or another phrase comes first."""
    apposition = start < end - 1 and doc[start].text == "," and \
        fold(doc[start + 1].lower_) in _APPOSITION_OPENERS
    reach = _CLAUSE_REACH if apposition else _PLAIN_REACH
    for i in range(start, min(end, start + reach)):
        t = doc[i]
        if t.lower_ == "por" and i > start and doc[i - 1].lower_ in (",", "y", "e"):
            # inside an apposition, only the "por" after the comma that closes it
            if not apposition or doc[i - 1].text == "," or doc[i - 2].text == ",":
                return i
        if t.text in _STOPS:
            return None
        if apposition:
            # a clause may describe the apposition's noun; another comma must close it
            if t.text == "," and i > start and not (
                    i + 1 < end and (doc[i + 1].lower_ == "por" or
                                     doc[i + 1].lower_ in ("y", "e") and i + 2 < end and
                                     doc[i + 2].lower_ == "por")):
                return None
            continue
        if t.pos_ in ("VERB", "AUX") or fold(t.lower_) in _RELATIVES:
            return None
    return None
