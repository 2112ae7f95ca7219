"""A title joined after a description that is no title: "Ana Gil, abogada y diputada de Vox",
"X, sobrina de Le Pen y eurodiputada", "Tamm, exoficial del Ejército y antiguo concejal de
Tartu", "Y, abogado, exconcejal y candidato a la alcaldía". The description before "y" says
what the person is without a role the graph knows, so the reader steps over it to the title
that follows, which is the same person's."""

from __future__ import annotations

from graph.ingest.nlp.coordinated_titles import past_interjection
from graph.ingest.nlp.words import base_role
from graph.ingest.reading import fold

_JOINING = {"y", "e"}
# How far a description may run before its "y": "excandidato independiente a la presidencia"
_REACH = 8
# Words that may open the description: a noun or adjective ("abogada", "exoficial"), never a
# verb, an adverb or a subordinator ("mientras Ana y el alcalde ...")
_OPENING = {"NOUN", "ADJ"}
# Words a description's complement may hold besides its nouns: "del Ejército estonio",
# "a Vox desde 2019", "de Le Pen"
_INSIDE = {"NOUN", "ADJ", "PROPN", "ADP", "DET", "NUM"}


def past_description(parsed, start: int) -> int | None:
    """Where the title after a plain description starting at `start` begins (past its "y"),
    or None when `start` opens no such description: the description holds no role word of
    its own, no punctuation and no verb, names no person but as a complement ("sobrina de
    Le Pen"), and the word after "y" (past "ahora", "desde 2023") is a title or an
    adjective before one ("antiguo concejal")."""
    doc = parsed.doc
    if start >= len(doc) or doc[start].pos_ not in _OPENING or base_role(doc[start])[0]:
        return None
    i = start + 1
    while i < len(doc) and i - start <= _REACH:
        token = doc[i]
        if fold(token.lower_) in _JOINING:
            return _title_after(doc, i + 1)
        if token.text == ",":
            # "X, abogado, exconcejal de la ciudad y candidato de Y": a list of what one is,
            # its titles after the description; a title with an article is another person's
            return _title_after(doc, i + 1)
        other = parsed.mention(token)
        if other is not None:
            if parsed.is_person(other.key) and doc[other.start - 1].lower_ not in ("de", "del"):
                return None  # "X, Ana Gil y el diputado Y": a list of persons
            i = other.end  # "de Le Pen", whose article the small model takes for a pronoun
            continue
        if token.pos_ not in _INSIDE or base_role(token)[0]:
            return None
        i += 1
    return None


def _title_after(doc, i: int) -> int | None:
    i = past_interjection(doc, i)
    if i >= len(doc) or doc[i].pos_ == "DET":
        return None  # "X, escritor y el alcalde de Y": another person, with an article
    if base_role(doc[i])[0]:
        return i
    if doc[i].pos_ == "ADJ" and i + 1 < len(doc) and base_role(doc[i + 1])[0]:
        return i  # "y antiguo concejal de Tartu"
    return None


# "desde 2019", "desde marzo", "en 2021": when the title before "y" was taken
_SINCE = {"desde", "en", "hasta"}


def past_dating(doc, i: int) -> int:
    """Past a date that closes a title before "y" ("afiliada a Vox desde 2019 y diputada
    provincial"): where "y" is, else `i` unchanged. A membership's party said with "a"
    ("afiliada a Vox desde 2019 y diputada") is stepped over first: the title ends before it."""
    i = _past_destination(doc, _past_affiliation(doc, i))
    if i + 4 < len(doc) and fold(doc[i].lower_) == "entre" and doc[i + 1].like_num and \
            doc[i + 2].lower_ == "y" and doc[i + 3].like_num:
        return i + 4 if fold(doc[i + 4].lower_) in _JOINING else i  # "entre 2011 y 2019 y …"
    if i >= len(doc) or fold(doc[i].lower_) not in _SINCE:
        return i
    j = i + 1
    while j < len(doc) and j - i <= 3 and (doc[j].like_num or doc[j].lower_ == "de" or
                                           fold(doc[j].lower_) in _MONTHS):
        j += 1
    dated = j > i + 1 and doc[j - 1].lower_ != "de"
    return j if dated and j < len(doc) and fold(doc[j].lower_) in _JOINING else i


_AFFILIATED = {"afiliado", "afiliada", "adscrito", "adscrita"}
_TOWARDS = {"a", "al"}


def _past_destination(doc, i: int) -> int:
    """Past the post a candidate runs for ("candidato del MDB al gobierno de Goiás y heredero
    político de X"), when "y" and a second title follow it: where "y" is, else `i`."""
    if i >= len(doc) or doc[i].lower_ not in _TOWARDS:
        return i
    j = i + 1
    while j < len(doc) and j - i <= _REACH and doc[j].pos_ in _INSIDE and \
            fold(doc[j].lower_) not in _JOINING:
        j += 1
    if j + 1 < len(doc) and fold(doc[j].lower_) in _JOINING and doc[j + 1].pos_ == "NOUN" and \
            base_role(doc[j + 1])[0]:
        return j
    return i


def _past_affiliation(doc, i: int) -> int:
    """Past "a Vox" after "afiliada", where a date or "y" follows it; else `i`."""
    if i + 1 >= len(doc) or doc[i].lower_ != "a" or fold(doc[i - 1].lower_) not in _AFFILIATED:
        return i
    j = i + 1
    while j < len(doc) and j - i <= 5 and doc[j].text[:1].isupper():
        j += 1
    if j == i + 1 or j >= len(doc):
        return i
    return j if fold(doc[j].lower_) in _SINCE | _JOINING else i


_MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "setiembre", "octubre", "noviembre", "diciembre"}



# Adjectives that date the title they open ("antiguo miembro", "actual portavoz")
_DATING = {"antiguo", "antigua", "actual", "veterano", "veterana"}


def steps_over(adjective, titles: list) -> bool:
    """Whether the reader of titles after a name steps over an adjective to the title it
    opens: any before the first title, one that dates it before a joined one ("Péter Gal,
    líder de X y antiguo miembro de Y")."""
    return not titles or fold(adjective.lower_) in _DATING


def bare_title_after(parsed, i: int) -> int | None:
    """Where a second title after a comma begins: "X, el diputado más votado del país,
    militante del PL": a role word with no article right after the comma at `i`, not a
    name's own title ("…, concejal Pedro Ruiz") nor one the linker knows as something else."""
    doc = parsed.doc
    if i + 2 >= len(doc) or doc[i].text != "," or not doc[i + 1].is_lower or \
            not base_role(doc[i + 1])[0] or doc[i + 1].pos_ not in ("NOUN", "ADJ") or \
            parsed.mention(doc[i + 1]) is not None:
        return None
    after = parsed.mention(doc[i + 2])
    if after is not None and parsed.is_person(after.key):
        return None
    return i + 1
