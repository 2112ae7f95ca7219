"""Which namings of a country say where a story is, and how much: "el escritor argentino
Agustín Laje" says where a person comes from more than where the story is, "el presidente
argentino" says nothing of it; "un hotel de la plaza de Luxemburgo" is a square named after a
country, not the country, and "la CPAC Hungría" one edition of a series held there."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.words import KIN, PERSON_NOUNS, PROFESSIONS, folded_lemma, is_role_noun
from graph.ingest.reading import fold

# Nouns of a person the role lexicons leave out; with them, of whoever is named by a trade
_PEOPLE = {"ensayista", "escritor", "escritora", "autor", "autora", "intelectual", "ideologo",
           "ideologa", "pensador", "pensadora", "filosofo", "filosofa", "historiador",
           "historiadora", "invitado", "invitada", "ciudadano", "ciudadana", "hombre", "joven",
           "exiliado", "exiliada", "opositor", "opositora", "disidente", "compatriota",
           "militante", "afiliado", "afiliada", "simpatizante", "votante", "elector",
           "electora", "lider", "colega", "homologo", "homologa", "visitante", "turista",
           "youtuber", "tuitero", "tuitera", "ganadero", "ganadera", "agricultor", "agricultora",
           "sacerdote", "obispo", "empresario", "empresaria"}
# Nouns of people by their leaning ("los conservadores polacos")
LEANINGS = {"conservador", "conservadora", "conservadores", "liberal", "liberales",
             "socialista", "socialistas", "comunista", "comunistas", "nacionalista",
             "nacionalistas", "populista", "populistas", "progresista", "progresistas",
             "ultraderechista", "ultraderechistas", "ultra", "ultras", "soberanista",
             "soberanistas", "euroesceptico", "euroescepticos", "libertario", "libertarios",
             "derechista", "derechistas", "izquierdista", "izquierdistas", "patriota",
             "patriotas", "republicano", "republicanos", "democrata", "democratas",
             "popular", "populares", "socialdemocrata", "socialdemocratas", "laborista",
             "laboristas", "centrista", "centristas", "ecologista", "ecologistas",
             "democristiano", "democristianos", "peronista", "peronistas", "separatista",
             "separatistas", "independentista", "independentistas", "radical", "radicales"}
# Nouns of a party come from abroad for a while (not of a community settled there)
_VISITORS = {"delegacion", "comitiva", "embajada", "consulado", "legacion", "expedicion",
             "mision", "enviados"}
# Nouns of a way, a square, a building or a park: "la plaza de Luxemburgo", "la avenida de
# Mayo", "el hotel Bolivia" name a place in a city after a country
_STREETS = {"plaza", "placita", "calle", "avenida", "paseo", "glorieta", "rotonda", "bulevar",
            "boulevard", "rambla", "ronda", "travesia", "carretera", "autopista", "puente",
            "parque", "jardin", "jardines", "barrio", "colonia", "estacion", "aeropuerto",
            "hotel", "teatro", "cine", "estadio", "salon", "sala", "edificio", "palacio",
            "colegio", "instituto", "liceo", "escuela", "hospital", "muelle", "puerto", "mercado",
            "galeria", "pasaje", "camino", "via", "distrito", "square", "rue", "place",
            "street", "avenue"}


def names_people(noun) -> bool:
    """Whether the noun names a person by trade or leaning, or a party of visitors: "el
    ensayista", "los conservadores", "la delegación"."""
    words = {folded_lemma(noun), fold(noun.lower_)}
    people = _PEOPLE | LEANINGS | _VISITORS | PERSON_NOUNS | PROFESSIONS | KIN
    return bool(words & people) or any(w.endswith("s") and w[:-1] in people for w in words)


def demonym_weight(parsed, adjective) -> float:
    """How much the adjective of nationality `adjective` tells where the story is: nothing on
    an office ("el presidente argentino": that office's holder may be anywhere), half on a
    person or visitors ("el ensayista argentino", "los conservadores polacos", "la delegación
    argentina", "el dirigente cubano Pedro Soto": where they come from, which a story abroad
    names too), fully on anything else ("las presidenciales polacas")."""
    noun = adjective.head
    if is_role_noun(noun):
        return 0.0
    if noun == adjective:
        return 1.0
    if names_people(noun):
        return 0.5
    doc = parsed.doc
    after = doc[adjective.i + 1] if adjective.i + 1 < len(doc) else None
    mention = parsed.mention(after) if after is not None else None
    if mention is not None and mention.start == after.i and parsed.is_person(mention.key):
        return 0.5
    return 1.0


def named_after(doc, start: int) -> bool:
    """Whether the name at token `start` names a street, a square or a building after a
    country: "la plaza de Luxemburgo", "la avenida Francia", "el hotel Bolivia"."""
    before = [t for t in doc[max(start - 3, 0):start]]
    while before and fold(before[-1].lower_) in ("de", "del", "la", "el", "los", "las"):
        before.pop()
    return bool(before) and before[-1].i >= start - 3 and \
        fold(before[-1].lower_) in _STREETS and before[-1].pos_ in ("NOUN", "PROPN")


def names_an_edition(parsed, start: int) -> bool:
    """Whether the country at token `start` names an edition of a series of events that
    someone went to ("viajó a Budapest para la CPAC Hungría", "acudió a la CPAC Brasil"): a
    trip a story set anywhere recalls, not where the story is (while "prepara la CPAC México,
    que se celebrará en la capital" may well be)."""
    if start == 0:
        return False
    series = parsed.mention(parsed.doc[start - 1])
    if series is None or series.end != start or not parsed.kb.is_a(series.key, EVENT):
        return False
    head = parsed.doc[series.start]
    while head.dep_ in ("flat", "nmod", "appos") and head.head != head:
        head = head.head
    verb = head.head
    return head.dep_ in ("obl", "obj", "obl:arg") and verb.pos_ == "VERB" and \
        folded_lemma(verb) in _GOING


# Verbs of going somewhere or attending something there
_GOING = {"viajar", "ir", "acudir", "asistir", "volar", "desplazar", "trasladar", "llegar",
          "regresar", "volver", "visitar", "venir", "partir"}
