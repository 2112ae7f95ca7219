"""When a race is told: the tense of the clause a race's phrase is an argument of ("fue
candidato en las presidenciales de enero", "aspira ... en las de octubre"), and the year of the
European Parliament's race the text leaves unsaid, from its five-year cycle."""

from __future__ import annotations

from graph.ingest.nlp.words import role_kind
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


# Participles of a vote's outcome, folded and singular: what they tell of has been voted.
_DECIDED = {"elegido", "elegida", "reelegido", "reelegida", "electo", "electa", "derrotado",
            "derrotada", "vencido", "vencida", "votado", "votada"}


# days a candidate's title outlives the race it was for
_TITLE_OUTLIVES = 120
# Prepositions of an infinitive told before its head's act ("tras ganar", "después de ganar")
_AFTER = {"tras", "despues", "luego"}


def told_as(token, tense: str) -> bool:
    """Whether the clause the phrase of `token` is an argument of is in `tense` ("fue el
    candidato en las presidenciales de enero"; not a clause it is hung on from outside)."""
    verb = token
    for _ in range(4):
        if verb != token and fold(verb.lower_).rstrip("s") in _DECIDED and not any(
                c.dep_ in ("aux", "aux:pass", "cop") for c in verb.children):
            # "ocupa un escaño, elegido en las parlamentarias de noviembre": a bare
            # participle of the vote's outcome tells the race as past, whatever its head's
            # tense ("los votos válidos en la primera vuelta" tell nothing of it)
            return tense == "Past"
        if verb.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in verb.children):
            break
        if verb.dep_ == "appos" and verb != token and \
                verb.head.dep_ in ("nsubj", "obj", "nsubj:pass"):
            # "X, candidata en las elecciones de febrero, ganó": a title set beside an
            # argument is told in the tense of that argument's clause
            verb = verb.head.head
            continue
        if verb.dep_ in ("appos", "acl", "conj", "ROOT") or verb.head == verb:
            return False
        verb = verb.head
    else:
        return False
    if verb.dep_ == "advcl" and "Inf" in verb.morph.get("VerbForm") and any(
            c.dep_ == "mark" and fold(c.lower_) in _AFTER for c in verb.children):
        verb = verb.head  # "llegó a la Cámara tras ganar en las de noviembre": told as its head
    tenses = [verb.morph.get("Tense")] + [c.morph.get("Tense") for c in verb.children
                                          if c.dep_ in ("aux", "cop")]
    return any(t and (t[0] == tense or tense == "Past" and t[0] == "Imp") for t in tenses)


# "del próximo año", "del año que viene", "del año pasado": a year told relative to the article's
_NEXT = {("proximo", "ano"), ("ano", "proximo"), ("ano", "que", "viene"), ("ano", "entrante"),
         ("siguiente", "ano"), ("ano", "siguiente")}
_LAST = {("ano", "pasado"), ("pasado", "ano"), ("ano", "anterior")}
_THIS = {("este", "ano"), ("ano", "en", "curso"), ("presente", "ano")}


def relative_year(token, year: int | None, day=None) -> int | None:
    """"las autonómicas del próximo año", in 2026: 2027; the year a "de" phrase right after
    the race's noun gives relative to the article's `year` (or its `day`, for a season)."""
    season = season_year(token, day)
    if season:
        return season
    doc = token.doc
    after = list(doc[token.i + 1:min(token.i + 8, token.sent.end)])
    while after and after[0].pos_ == "ADJ":
        after = after[1:]  # "los comicios presidenciales del año próximo"
    if not year or not after or after[0].lower_ not in ("de", "del"):
        return None
    words = tuple(fold(t.lower_) for t in after[1:] if t.lower_ not in ("el", "la"))
    for size in (3, 2):
        phrase = words[:size]
        if phrase in _NEXT:
            return year + 1
        if phrase in _LAST:
            return year - 1
        if phrase in _THIS:
            return year
        if phrase in _THAT:
            return year_named_before(token)
    return None


# "de ese mismo año", "de aquel año", "del mismo año": the year the text has just named
_THAT = {("ese", "mismo", "ano"), ("aquel", "mismo", "ano"), ("ese", "ano"), ("aquel", "ano"),
         ("mismo", "ano"), ("dicho", "ano")}


def year_named_before(token, reach: int = 1) -> int | None:
    """The last year written before `token` in its sentence or the `reach` ones before it
    ("diputado desde 2021 y candidato en las presidenciales de ese mismo año": 2021)."""
    start = token.sent.start
    for _ in range(reach):
        if start > 0:
            start = token.doc[start - 1].sent.start
    for t in reversed(token.doc[start:token.i]):
        if _year(t):
            return int(t.text)
    return None


_COUNTS = {"un": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6}


def years_ago(token, year: int | None) -> int | None:
    """"asumió la presidencia hace un año tras derrotar en la segunda vuelta a X", in 2026:
    the race of 2025; the year "hace N años" in the race's sentence counts back to."""
    words = [fold(t.lower_) for t in token.sent]
    for i, word in enumerate(words[:-2]):
        if word == "hace" and words[i + 2] in ("ano", "anos") and not of_another_clause(
                token, token.sent[i].idx - token.sent.start_char):
            count = _COUNTS.get(words[i + 1]) or (int(words[i + 1]) if words[i + 1].isdigit()
                                                    and len(words[i + 1]) < 3 else None)
            if count and year:
                return year - count
    return None


def _year(token) -> bool:
    return token.text.isdigit() and len(token.text) == 4 and 1900 < int(token.text) < 2100


# The month each season opens with
_SEASONS = {"primavera": 3, "verano": 6, "otono": 9, "invierno": 12}
_NEXT_WORDS = {"proximo", "proxima", "siguiente", "entrante"}


def season_year(token, day) -> int | None:
    """"las municipales de la próxima primavera", told in November 2026: 2027; the year of the
    season a "de" phrase right after the race's noun gives, the first of its kind after the
    article's `day` ("de esta primavera": the article's own year)."""
    if day is None:
        return None
    doc = token.doc
    after = [t for t in doc[token.i + 1:min(token.i + 6, token.sent.end)]
             if t.lower_ not in ("la", "el")]
    while after and after[0].pos_ == "ADJ" and fold(after[0].lower_) not in _NEXT_WORDS:
        after = after[1:]  # "las elecciones municipales de la próxima primavera"
    if len(after) < 3 or after[0].lower_ not in ("de", "del"):
        return None
    words = [fold(t.lower_) for t in after[1:4]]
    season = next((w for w in words[:2] if w in _SEASONS), None)
    if season is None:
        return None
    if words[0] in ("esta", "este"):
        return day.year
    ahead = words[0] in _NEXT_WORDS or words[1] in _NEXT_WORDS or words[1:3] == ["que", "viene"]
    if not ahead:
        return None
    return day.year if day.month < _SEASONS[season] else day.year + 1



def of_another_clause(token, start: int) -> bool:
    """Whether the time at `start` (a character of the race's sentence) is told in a relative
    clause closed before the race's phrase, which dates what it says of an earlier noun and
    not the race: "un hombre al que nadie conocía hace un año: el coronel X, candidato a
    gobernador" (a clause after it may date the race: "X, que en 2023 compitió")."""
    sentence = token.sent
    time = next((t for t in sentence if t.idx - sentence.start_char >= start), None)
    if time is None:
        return False
    for head in (time, *time.ancestors):
        if head.dep_ in ("acl", "acl:relcl") and head.pos_ in ("VERB", "AUX"):
            return head.right_edge.i < token.i
    return False


def under_standing_title(token, since=None) -> bool:
    """Whether the race's phrase closes a candidate's title set beside a name, no verb nor
    comma between ("brindó su apoyo a Vanaga, candidata de la Alianza Nacional a primera
    ministra en las parlamentarias de octubre", told in March): she is the candidate when the
    act is told, so the race is still ahead of it, whatever the verb's tense. `since`: how
    long ago the month would be if past; a title outlives its race by a few months at most
    ("la candidata en las elecciones de febrero", told in March, is the past February's)."""
    if since is not None and since.days < _TITLE_OUTLIVES:
        return False
    doc = token.doc
    for t in reversed(doc[max(token.sent.start, token.i - 12):token.i]):
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
        if role_kind(fold(t.lower_)) == "candidate":
            return t.dep_ in ("appos", "nmod", "obj", "nsubj") and \
                not any(c.dep_ == "cop" for c in t.children) and not _told_held(t)
    return False


# Verbs of a race's outcome: "X, candidata en las elecciones de febrero, ganó" tells it held
_OUTCOMES = {"ganar", "perder", "vencer", "imponer", "quedar", "obtener", "lograr", "triunfar",
             "caer", "derrotar"}


def _told_held(title) -> bool:
    verb = next((a for a in title.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and fold(verb.lemma_.lower()) in _OUTCOMES
