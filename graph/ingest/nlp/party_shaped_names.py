"""New names the model took for a place or a person that are built the way parties name
themselves, read as parties where a party's people stand before them: "el portavoz de Aragón
Unido", "la concejala de Valencia Avanza", "los diputados de Tierra Nuestra", "la líder de
Patria Libre", "Marta Ruiz (Ciudad Avanza)".

Parties are named with slogans: a place and a verb or an adjective ("Teruel Existe", "Aragón
Unido"), a rallying word ("Más", "Juntos", "Adelante", "Patria", "Voz"). A town the lists do
not know is named with other words ("la concejala de Villanueva del Pardillo"), so a name
holding none of these words keeps its class, and so does one after a mayor's title (a mayor is
of a town).

A name opening with the indefinite article ("Un Nuevo Tiempo", "Una Voz") is only a party's:
a person's or a place's name never opens with "Un"."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY, PERSON, PLACE
from graph.ingest.model import NEW
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.words import DEFINITE_ARTICLES
from graph.ingest.reading import fold

# The words of a party's slogan-name, folded: verbs of rallying, adjectives of union and
# freedom, nouns of the nation and its people.
_SLOGAN_WORDS = {
    "unido", "unida", "unidos", "unidas", "union", "unidad", "juntos", "juntas", "todos",
    "avanza", "avancemos", "adelante", "existe", "primero", "primera", "ya", "ahora", "mas",
    "hacemos", "podemos", "somos", "vamos", "decide", "despierta", "cambiemos", "construye",
    "libre", "libres", "libertad", "comun", "nuestra", "nuestro", "patria", "patriotas",
    "nacion", "voz", "fuerza", "futuro", "cambio", "compromiso", "renovacion", "alternativa",
    "iniciativa", "solidaridad", "progreso", "esperanza", "dignidad", "salvacion", "razon",
    "republica", "soberania", "soberana", "soberano", "identidad", "orgullo", "valores",
    "familia", "vida", "ciudadanos", "ciudadana", "ciudadano", "popular", "democracia",
    "democratico", "democratica", "progresistas", "conservadores", "liberales", "verdes"}
# The posts and standing of a party's people, folded, in all their forms; a mayor's "de"
# names a town.
_STEMS = ("portavoz", "portavoces", "concejal", "concejala", "concejales", "diputad",
          "eurodiputad", "senador", "parlamentari", "legislador", "candidat", "precandidat",
          "lider", "lideres", "lideresa", "dirigente", "dirigentes", "president", "secretari",
          "coordinador", "militante", "militantes", "afiliad", "fundador", "cofundador",
          "edil", "ediles", "miembro", "miembros", "integrante", "integrantes", "cargo",
          "cargos", "representante", "representantes", "numero", "cabeza")
_ENDINGS = ("", "a", "o", "as", "os", "es", "e")
_PARTY_PEOPLE = {stem + ending for stem in _STEMS for ending in _ENDINGS}
# words between the post and "de": "la secretaria general de", "el número dos de"
_POST_ADJUNCTS = {"general", "generales", "nacional", "nacionales", "provincial", "regional",
                  "autonomico", "autonomica", "municipal", "municipales", "local", "locales",
                  "dos", "tres", "uno", "adjunto", "adjunta", "de", "lista"}
_INDEFINITE = {"un", "una"}
# Verbs whose object is a group one leads, founds or joins, with the case they take it with
# ("lidera X", "fundó X", "se sumó a X", "ingresó en X"); a place is neither led nor joined so.
_LEADING = {"liderar", "encabezar", "presidir", "dirigir", "fundar", "cofundar", "refundar"}
_JOINING = {"sumar": ("a", "al"), "incorporar": ("a", "al"), "unir": ("a", "al"),
            "ingresar": ("en",), "afiliar": ("a", "al"), "militar": ("en",)}


def slogan_parties_retyped(parsed) -> None:
    """Make a party of each new name typed a place or a person that is built like a party's
    and that a party's people stand before."""
    doc = parsed.doc
    for mention in parsed.linked.mentions:
        entity = parsed.linked.entities.get(mention.key)
        if entity is None or entity.cls not in (PLACE, PERSON) or \
                not mention.key.startswith(NEW) or gz.place(mention.text) is not None:
            continue
        if entity.cls == PERSON and gz.is_given_name(fold(doc[mention.start].lower_)):
            continue  # "la portavoz de Ana Ruiz": a person named after her given name
        if not (_opens_indefinite(doc, mention) or _slogan(mention.text)):
            continue
        if _after_party_people(doc, mention.start) or _bracket_tag(parsed, mention) or \
                _comma_tag(parsed, mention.start) or _led_or_joined(doc[mention.start]):
            entity.cls = PARTY
            for other in parsed.linked.mentions:
                if other.key == mention.key:
                    other.cls = PARTY


def _slogan(text: str) -> bool:
    words = [fold(w.lower()) for w in text.split()]
    return len(words) >= 2 and any(w in _SLOGAN_WORDS for w in words)


def _opens_indefinite(doc, mention) -> bool:
    return mention.end - mention.start >= 2 and doc[mention.start].lower_ in _INDEFINITE and \
        doc[mention.start].text[:1].isupper()


def _after_party_people(doc, start: int) -> bool:
    """"el portavoz de X", "la secretaria general de la X", "los diputados de X"."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES:
        i -= 1
    if i < 1 or doc[i].lower_ not in ("de", "del"):
        return False
    i -= 1
    while i >= 1 and fold(doc[i].lower_) in _POST_ADJUNCTS and \
            fold(doc[i].lower_) not in _PARTY_PEOPLE:
        i -= 1
    return fold(doc[i].lower_) in _PARTY_PEOPLE


def _led_or_joined(token) -> bool:
    """"Ana Ruiz lidera X", "fundó en 2019 X", "se sumó a X", "ingresó en X"."""
    while token.dep_ == "flat" and token.head.i < token.i:
        token = token.head
    lemma = token.head.lemma_
    if token.dep_ == "obj" and lemma in _LEADING:
        return not any(c.dep_ == "case" for c in token.children)  # "dirigió a X": a person
    cases = _JOINING.get(lemma, ())
    return token.dep_ in ("obl", "obj") and any(
        c.dep_ == "case" and c.lower_ in cases for c in token.children)


def _comma_tag(parsed, start: int) -> bool:
    """"Martín Soto, de Ciudad Avanza, dijo": a person, a comma and "de" before the name, the
    way the press tags a politician with their party."""
    doc, i = parsed.doc, start - 1
    if i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES:
        i -= 1
    if i < 2 or doc[i].lower_ not in ("de", "del") or doc[i - 1].text != ",":
        return False
    before = parsed.linked.at(i - 2)
    return before is not None and before.cls == PERSON and before.end == i - 1


def _bracket_tag(parsed, mention) -> bool:
    """"Marta Ruiz (Ciudad Avanza) votó en contra": a party in brackets after a person."""
    doc, i = parsed.doc, mention.start
    if i < 2 or doc[i - 1].text != "(" or mention.end >= len(doc) or \
            doc[mention.end].text != ")":
        return False
    before = parsed.linked.at(i - 2)
    return before is not None and before.cls == PERSON and before.end == i - 1


def slogan_joined(reader, start: int, j: int, k: int) -> bool:
    """Whether a party's slogan-name goes on through "por" or "en" at `j` to the word at `k`:
    "Hacemos Unidos por Córdoba", "Juntos por Mendoza", "Zaragoza en Común". "por" goes on
    after slogan words to a place or another slogan word; "en" only to a slogan word, for "en"
    and a place after a party name is where it stands ("Unidos en Madrid", "Podemos en
    Madrid")."""
    if k - j != 1 or reader.keys[j] not in (("por",), ("en",)):
        return False
    left = reader.key(start, j)
    if left in reader.t.names or gz.known_class(left) is not None:
        return False  # a name the graph or the lists know ends where they end it
    right = reader.keys[k]
    right_slogan = bool(right) and right[0] in _SLOGAN_WORDS
    if reader.keys[j] == ("en",):
        return right_slogan and gz.place(reader.texts[k]) is None
    return any(w in _SLOGAN_WORDS for w in left) and (
        right_slogan or gz.place(reader.texts[k]) is not None)
