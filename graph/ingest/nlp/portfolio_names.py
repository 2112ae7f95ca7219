"""Where a minister's portfolio ends and a person's name begins inside one capitalized run:
"la exministra de Inmigración Inger Støjberg", "el consejero de Asuntos Exteriores Jeppe
Kofod". The small model tags the portfolio and a foreign name it does not know as one name (or
the portfolio alone as a place); after a title that takes a portfolio and "de", the words that
name a portfolio open the run, and the two or three capitalized words after them, when no list
knows them as a place or a body, are the person. A given name the lexicon holds is split
elsewhere already; this reads the name from its place after the title, not from its words."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz

# titles that take a portfolio after "de" (span_shapes reads the same titles; it imports the
# span reader, which imports this)
PORTFOLIO_TITLES = {"ministro", "ministra", "viceministro", "viceministra", "secretario",
                    "secretaria", "subsecretario", "subsecretaria", "consejero", "consejera",
                    "titular", "vicesecretario", "vicesecretaria", "conseller", "consellera",
                    "comisario", "comisaria"}
# Titles named after a portfolio ("de Hacienda", "de Estado de Comercio")
PORTFOLIO_HOLDERS = {"secretario", "secretaria", "subsecretario", "subsecretaria", "consejero",
                     "consejera", "exsecretario", "exsecretaria", "exconsejero", "exconsejera"}
# Seats and posts whose "de" names a portfolio the model may take for a body's name
PORTFOLIO_SEATS = PORTFOLIO_TITLES | {"concejal", "concejala", "regidor", "regidora", "edil"}

# the words of portfolios that do not end like an abstract noun ("Hacienda", "Exteriores")
_PORTFOLIO_WORDS = {"hacienda", "defensa", "interior", "justicia", "trabajo", "sanidad",
                    "cultura", "exteriores", "asuntos", "medio", "ambiente", "agricultura",
                    "industria", "vivienda", "fomento", "familia", "salud", "finanzas",
                    "comercio", "transportes", "transporte", "turismo", "deportes",
                    "infraestructuras", "pesca", "ganaderia", "mujer", "mujeres",
                    "juventud", "interiores", "exterior", "empleo", "asilo", "refugiados",
                    "minas", "obras", "publicas", "servicios", "sociales", "bienestar",
                    "territorio", "presupuesto", "presupuestos", "tesoro", "cooperacion",
                    "relaciones", "europeos", "europeas", "digital", "clima", "agua"}
# endings of the abstract nouns that name most portfolios ("Inmigración", "Igualdad",
# "Economía", "Integración")
_ABSTRACT = ("cion", "sion", "dad", "ia", "ismo", "encia", "ancia", "tud", "aje")
_LINKS = {"de", "del"}
_AND = {"y", "e"}


def portfolio_word(key: tuple[str, ...]) -> bool:
    # ("María" ends like "Economía": a given name is the person's)
    return len(key) == 1 and not gz.is_given_name(key[0]) and (
        key[0] in _PORTFOLIO_WORDS or key[0].endswith(_ABSTRACT))


def portfolio_before_person(reader, start: int, end: int) -> int | None:
    """The token where the person's name starts after a portfolio opening the run
    [start, end) right after a title and "de" ("ministra de Inmigración Inger Støjberg"),
    or None."""
    link = start - 1
    if link >= 2 and reader.texts[link].lower() in _AND and \
            portfolio_word(reader.keys[link - 1]) and reader.caps[link - 1]:
        link -= 2  # "la exministra de Asilo y Migración X": the run opens at the second
    if link < 1 or reader.texts[link].lower() not in _LINKS:
        return None
    at = link - 1
    if at >= 1 and reader.pos[at] == "ADJ" and not reader.caps[at]:
        at -= 1  # "el exministro lituano de Agricultura X": a demonym between
    title = gz.fold_key(reader.texts[at])
    word = title[0] if len(title) == 1 else ""
    word = word[2:].lstrip("-") if word.startswith("ex") and word[2:].lstrip("-") in \
        PORTFOLIO_TITLES else word
    if word not in PORTFOLIO_TITLES or not all(reader.caps[start:end]):
        return None
    whole = reader.key(start, end)
    if gz.place(whole) is not None or gz.known_class(whole) is not None:
        return None
    k = start
    while k < end and portfolio_word(reader.keys[k]):
        k += 1
    # (a portfolio of one or two words, then a given name and one or two surnames)
    if not start < k <= start + 2 or end - k not in (2, 3):
        return None
    name = reader.key(k, end)
    if any(portfolio_word(reader.keys[i]) or not reader.keys[i] or
           reader.keys[i][0] in gz.PARTICLES for i in range(k, end)) or \
            gz.place(name) is not None or gz.known_class(name) is not None or \
            gz.has_head(name) or reader.kb.index.get(reader.keys[k]):
        return None
    # the model tagged the run as a place or not at all: the words after the title's
    # portfolio are a person's, whatever tag they had
    reader.ner[k] = "PER"
    return k
