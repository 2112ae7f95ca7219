"""What the shape of a run of capitalized words says before it is proposed as a new name: a
wire story's dateline or its source, a minister's portfolio, a lone verb or common noun opening
a sentence, a pollster, a name an event noun describes."""

from __future__ import annotations

import re

from graph.ingest.knowledge import PLACE
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.events import EVENT_NOUNS, event_class
from graph.ingest.nlp.party_shaped_names import _slogan as slogan
from graph.ingest.nlp.portfolio_names import portfolio_word
from graph.ingest.nlp.spans import Key, Reader, Span
from graph.ingest.nlp.words import KIN, PERSON_NOUNS, ROLE_WORDS

DETERMINERS = {("el",), ("la",), ("los",), ("las",), ("del",), ("al",), ("un",), ("una",)}
ROMAN = re.compile(r"[IVXLC]{2,}")
# Endings of Spanish verbs and abstract nouns, which a surname alone rarely has.
SPANISH_ENDINGS = ("cion", "sion", "dad", "mente", "aron", "ieron", "eron", "aba", "aban",
                   "ian", "ando", "iendo", "amos", "emos", "imos", "oce", "ece", "ece", "aria",
                   "ario", "ismo", "ista", "encia", "ancia")
PORTFOLIO_TITLES = {"ministro", "ministra", "ministros", "viceministro", "viceministra",
                    "secretario", "secretaria", "subsecretario", "subsecretaria", "consejero",
                    "consejera", "titular", "cartera", "ministerio", "departamento",
                    "vicesecretario", "vicesecretaria"}
POLL_NOUNS = {"encuesta", "sondeo", "encuestadora", "consultora", "medicion", "medición",
              "estudio", "barometro", "barómetro"}


def apposed_event(r: Reader, span: Span, key: Key) -> str | None:
    """"Hungría Primero, un mitin en Székesfehérvár", "Chile Libre 2029, el acto de
    lanzamiento": a name that an event noun describes is the event's. A place by its name or
    its head noun is where the event was held ("en la Casa de Gobierno, un encuentro que")."""
    if gz.place(key) or gz.CLASSES.get(gz.head_class(key)) == PLACE:
        return None
    i = span.end
    if i + 2 >= len(r.keys) or r.texts[i] != "," or r.keys[i + 1] not in DETERMINERS or \
            gz.is_given_name(r.keys[span.start][0]):  # "con Rafael Pérez, una cita que …"
        return None
    if closes_clause(r, span):
        return None  # "organizada por la JCU, que preside Jay Aeba, la conferencia ...": the
        # comma closes the clause whose subject the name is; the noun opens the next one
    noun = r.keys[i + 2][:1]
    return event_class(list(noun)) if noun and noun[0] in EVENT_NOUNS else None


def closes_clause(r: Reader, span: Span) -> bool:
    """"que preside X, la conferencia contó ...", "Convocado por A y por X, el foro reunió ...":
    the name is an argument of a verb or participle before it, and the noun after the comma
    the subject of the clause that follows, no apposition of the name."""
    noun = span.end + 2
    if noun >= len(r.deps) or r.deps[noun] not in ("nsubj", "nsubj:pass") or \
            span.start <= r.heads[noun] < span.end:
        return False
    for k in range(span.start - 1, max(span.start - 8, -1), -1):
        # "Según voceros de la Casa Gris, el encuentro sirvió": the name is the source the
        # opening phrase cites
        if r.texts[k] in (",", ".", ";", ":"):
            break
        if r.texts[k].lower() in ("según", "segun"):
            return True
    root = next((k for k in range(span.start, span.end)
                 if not span.start <= r.heads[k] < span.end), span.start)
    for _ in range(4):
        if r.deps[root] != "conj":
            break
        root = r.heads[root]
    head = r.heads[root]
    return head < span.start and head != root and r.pos[head] in ("VERB", "AUX", "ADJ") or \
        fronted_into(r, root, r.heads[noun], noun)


def fronted_into(r: Reader, token: int, verb: int, noun: int) -> bool:
    """"Según voceros de la Casa Gris, el encuentro sirvió ...": the name is inside a phrase
    fronted before the verb whose subject the noun after the comma is."""
    if verb <= noun:
        return False
    for _ in range(6):
        if r.heads[token] == verb:
            return True
        if r.heads[token] == token or r.pos[r.heads[token]] in ("VERB", "AUX"):
            return False
        token = r.heads[token]
    return False


def apposed_party(r: Reader, span: Span) -> bool:
    """"Identidad Soberana, el partido del abogado X", "Nuevas Ideas, la formación de Y": a
    name that "el partido" describes across a comma is a party's, whatever its words look
    like (two capitalized words read as a person's); so is one that "su partido," opens ("su
    partido, Smer"), and the one word "el líder de" leads ("el líder de Tisza")."""
    i = span.end
    if i + 2 < len(r.texts) and r.texts[i] == "(" and r.texts[i + 2] == ")":
        i += 3  # "Coalición Canaria (CC), el partido que ...": past its acronym
    after = i + 2 < len(r.keys) and r.texts[i] == "," and \
        r.keys[i + 1] in (("el",), ("la",)) and r.keys[i + 2] in _PARTY_WORDS
    # "su partido, Smer, ...", "cuyo partido, Smer": the party named after its noun
    j = span.start
    # (not "el líder de su partido, André Ventura": the leader's name)
    before = j >= 4 and r.texts[j - 1] == "," and r.keys[j - 2] in _PARTY_WORDS and \
        r.keys[j - 3] in _OWNERS and r.keys[j - 4] not in (("de",), ("del",)) and \
        bool(r.keys[j]) and not gz.is_given_name(r.keys[j][0])
    # "el líder de Tisza": one word a party leader's title leads
    led = j >= 2 and span.end - j == 1 and r.keys[j - 1] == ("de",) and \
        r.keys[j - 2] in _PARTY_LEADERS and bool(r.keys[j]) and \
        not gz.is_given_name(r.keys[j][0])
    return after or before or led


_PARTY_WORDS = {("partido",), ("formacion",), ("colectividad",)}
_OWNERS = {("su",), ("cuyo",), ("cuya",), ("nuestro",), ("nuestra",), ("vuestro",)}
_PARTY_LEADERS = {("lider",), ("lideresa",)}


# Endings of the abstract nouns that name a portfolio ("Organización", "Economía", "Igualdad")
_ABSTRACT = ("cion", "sion", "dad", "ia", "ismo", "encia", "ancia", "tud", "aje")


def led_by_title(r: Reader, span: Span) -> bool:
    """"Péter Magyar, el líder de Tisza", "la presidenta de Reconquista": one word after a
    leader's or a member's title and "de" names what they lead or belong to, not a person;
    after a candidate's title, a name of any length ("el candidato de Ahora Nación")."""
    if _whose_head(r, span.end):
        return True
    i = span.start
    # (after "del" a one-word name is an institution's: "el jefe del Consell")
    if i < 2 or not r.keys[i] or r.keys[i - 1] != ("de",) or \
            len(r.keys[i - 2]) != 1 or gz.is_given_name(r.keys[i][0]) or \
            r.keys[i][0].endswith(_ABSTRACT):
        return False  # "el responsable de Organización": a portfolio, a common noun
    kind = ROLE_WORDS.get(r.keys[i - 2][0])
    # "el candidato de Ahora Nación": a candidate's is a party's name of any length
    return kind in ("leader", "head", "member") and (
        span.end - span.start == 1 or _named_body(r, span)) or \
        kind in ("candidate", "representative")


_WHOSE = {("cuyo",), ("cuya",)}


def _whose_head(r: Reader, end: int) -> bool:
    """"Mi Patria, cuyo líder, X": what has a leader or a president is a body, not a person
    (a place that does is one the lists know, and never reaches here)."""
    return end + 2 < len(r.keys) and r.texts[end] == "," and r.keys[end + 1] in _WHOSE and \
        len(r.keys[end + 2]) == 1 and ROLE_WORDS.get(r.keys[end + 2][0]) in ("leader", "head")


def _named_body(r: Reader, span: Span) -> bool:
    """"la presidenta de Aliança Catalana", "el líder de SOS Rumanía": two to four capitalized
    words after a leader's or member's title and "de" name what they lead or belong to, when
    they name no place and open on no portfolio ("el responsable de Relaciones
    Internacionales"); a name built like a slogan ("Aragón Unido") is read where the
    model's tag on it is (party_shaped_names)."""
    key = r.key(span.start, span.end)
    words = [w for w in r.texts[span.start:span.end] if w.lower() not in gz.PARTICLES]
    return 2 <= len(key) <= 4 and all(w[:1].isupper() for w in words) and \
        key[0] not in gz.PARTICLES and gz.place(key) is None and \
        not portfolio_word(key[:1]) and not slogan(r.text(span.start, span.end))


def of_party_body(r: Reader, span: Span) -> bool:
    """"la fracción de Nueva República", "la bancada de Renovación Popular", "las filas de
    Patria Nueva": the name after a party's body and "de" is the party's, not a person's."""
    i = span.start
    return i >= 2 and bool(r.keys[i]) and r.keys[i - 1] == ("de",) and \
        r.keys[i - 2] in _PARTY_BODIES and not gz.is_given_name(r.keys[i][0])


_PARTY_BODIES = {(w,) for w in ("fraccion", "bancada", "bloque", "juventudes", "militancia",
                                "directiva", "cupula", "dirigencia", "filas", "bases")}


def portfolio(r: Reader, span: Span) -> bool:
    """"la ministra de Hacienda", "el secretario del Tesoro": the capitalized words after a
    title and "de" name its portfolio, not an entity."""
    i = span.start
    if i < 2 or r.keys[i - 1] not in (("de",), ("del",)):
        return False
    words = r.keys[i - 2] + (r.keys[i - 3] if i >= 3 else ())
    key = r.key(span.start, span.end)
    # (not "el secretario general del PSOE de Murcia", "del PSOE-M": an acronym names a body)
    first = r.texts[span.start]
    return bool(set(words) & PORTFOLIO_TITLES) and not gz.has_head(key) and \
        gz.place(key) is None and gz.known_class(key) is None and not (
            len(first) > 1 and first.replace("-", "").isupper())


def not_a_name(r: Reader, span: Span, text: str, key: Key) -> bool:
    """A lone capitalized word that is a verb or a common noun opening a sentence
    ("Intervinieron", "Reconoce", "Desregulación"), or a Roman numeral ("XXI")."""
    if ROMAN.fullmatch(text):
        return True
    if not r.initial(span.start) or span.head:
        return False
    if len(key) == 1 and (key[0] in PERSON_NOUNS or key[0] in KIN or key[0] in ROLE_WORDS):
        return True  # "Abogada, militó en la UDI": a description of whom the text is about
    return key[0].endswith(SPANISH_ENDINGS) and key not in r.t.names


def dateline(r: Reader, span: Span) -> bool:
    """"(Lusa).-" after a place: the wire agency a dateline names as the story's source."""
    last = span.end - 1
    tail = r.texts[last][r.core[last][1]:]
    opened = r.cut_before[span.start] or span.start > 0 and r.texts[span.start - 1] == "("
    return opened and tail.startswith(")") and "-" in tail


def dateline_place(r: Reader, span: Span) -> bool:
    """The place that opens a line and a wire story's dateline: a day or a dash follows."""
    last = span.end - 1
    before = r.doc[span.start - 1].text_with_ws if span.start else "\n"
    if "\n" not in before:
        return False
    tail = r.texts[last][r.core[last][1]:]
    after = r.texts[span.end:span.end + 2]
    return tail.startswith((".-", ".–", ".—")) or bool(after) and after[0].startswith(".-") \
        or len(after) == 2 and after[0] == "," and after[1].isdigit()


def of_pollster(r: Reader, span: Span) -> bool:
    """"una encuesta de Cadem": the name after a poll's noun is the pollster's."""
    governor = r.heads[span.start]
    return governor < span.start and r.lemmas[governor] in POLL_NOUNS and \
        r.keys[span.start - 1] in (("de",), ("del",))


def own_demonym(r: Reader, span: Span) -> str | None:
    """"la oposición salvadoreña", "el Gobierno checo": the country (its gazetteer name) the
    adjective right after a common noun gives it."""
    if span.end >= len(r.texts) or r.pos[span.end] != "ADJ":
        return None
    country = gz.demonym(r.texts[span.end])
    place = gz.place(country) if country else None
    return country if place is not None and place.kind == "country" else None


def articled_name(r, span, key) -> bool:
    """"la Revolución Ciudadana", "en la Ribera Alta": a name of several words after an
    article, with no noun before it and no given name opening it, which the press does not
    write of a person."""
    return span.end - span.start > 1 and not span.head and span.start > 0 and \
        r.keys[span.start - 1] in DETERMINERS and not gz.is_given_name(key[0])
