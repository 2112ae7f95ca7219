"""Spanish words the rule-based extractor relies on, folded (lower case, no accents)."""

from __future__ import annotations

import re

# Words after which a mention is not a subject: it is governed by a preposition.
PREPOSITIONS = {
    "a", "al", "ante", "con", "contra", "de", "del", "desde", "en", "entre", "hacia", "para",
    "por", "segun", "sobre", "tras", "junto", "frente", "mediante", "sin",
}

# Words that never start or make up a name, even when capitalized at a sentence's start.
FUNCTION_WORDS = {
    "el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "al", "del", "de", "y", "e",
    "o", "u", "ni", "que", "en", "con", "por", "para", "sin", "sobre", "tras", "entre", "hacia",
    "desde", "segun", "su", "sus", "mi", "mis", "tu", "nuestro", "nuestra", "este", "esta",
    "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "ambos", "ambas",
    "cuando", "aunque", "si", "no", "mas", "muy", "ya", "tambien", "tampoco", "pero", "como",
    "donde", "antes", "despues", "asi", "porque", "pues", "mientras", "nosotros", "ellos",
    "ellas", "ella", "yo", "usted", "ustedes", "quien", "quienes", "cual", "cuales",
    "todo", "todos", "toda", "todas", "otro", "otra", "otros", "otras", "hoy", "ayer", "a",
    "ante", "contra", "durante", "consciente", "acabo", "especialistas", "favor",
    "noticias", "fuentes", "medios", "analistas", "expertos",
}

# Connectors allowed inside a multi-word name ("Partido de la Liberación", "Network for Values").
NAME_CONNECTORS = {"de", "del", "la", "las", "los", "el", "for", "of", "the", "and"}

# Names of regions and continents: capitalized, but neither actors nor organizations.
GEOGRAPHY = {
    "america", "latina", "latinoamerica", "europa", "asia", "africa", "oceania", "norte", "sur",
    "centroamerica", "sudamerica", "iberoamerica", "hispanoamerica", "occidente", "oriente",
    "caribe", "atlantico", "pacifico", "mediterraneo", "union europea",
}

MONTH_AND_DAY_NAMES = {
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "setiembre", "octubre", "noviembre", "diciembre", "lunes", "martes", "miercoles", "jueves",
    "viernes", "sabado", "domingo",
}

# Role nouns: how an article names a person without the name ("el candidato republicano").
# Each role word maps to (gender or None, kind); kinds say what the role implies.
_ROLE_STEMS = {
    "candidat": "candidate", "postulant": "candidate", "aspirant": "candidate",
    "abanderad": "representative", "representant": "representative", "vocer": "representative",
    "delegad": "representative",
    "lider": "leader", "lideres": "leader", "lideresa": "leader", "jef": "leader",
    "fundador": "leader", "secretari": "leader",
    "president": "office", "presidenta": "office", "mandatari": "office", "ministr": "office",
    "senador": "office", "diputad": "office", "alcald": "office", "gobernador": "office",
    "canciller": "office", "legislador": "office", "primer ministr": "office",
    "dirigent": "member", "dirigenta": "member", "militant": "member", "miembro": "member",
    "integrant": "member", "activist": "person", "politic": "person", "abogad": "person",
    "economist": "person", "empresari": "person", "periodist": "person", "analist": "person",
    "senor": "person", "senora": "person", "aliad": "ally", "rival": "rival",
    "adversari": "rival", "contrincant": "rival", "oponent": "rival",
}
ROLE_PATTERN = re.compile(
    r"\b(el|la|los|las|al|del|un|una|este|esta|ese|esa|uno de los|una de las)\s+"
    r"(ex-?\s?)?"
    r"(primer ministro|primera ministra|candidat[oa]s?|postulantes?|aspirantes?|abanderad[oa]s?|"
    r"representantes?|vocer[oa]s?|delegad[oa]s?|lider(?:es|esa)?|jef[ea]s?|fundador(?:a|es)?|"
    r"secretari[oa] general|president[ea]s?|mandatari[oa]s?|ministr[oa]s?|senador(?:a|es)?|"
    r"diputad[oa]s?|alcalde(?:sa)?s?|gobernador(?:a|es)?|canciller|legislador(?:a|es)?|"
    r"dirigent[ea]s?|militantes?|miembros?|integrantes?|activistas?|politic[oa]s?|"
    r"abogad[oa]s?|economistas?|empresari[oa]s?|periodistas?|analistas?|senor(?:a)?|"
    r"aliad[oa]s?|rivale?s?|adversari[oa]s?|contrincantes?|oponentes?)\b"
)


def role_kind(word: str) -> str:
    for stem in sorted(_ROLE_STEMS, key=len, reverse=True):
        if word.startswith(stem):
            return _ROLE_STEMS[stem]
    return "person"


def role_gender(determiner: str, word: str) -> str | None:
    if determiner in ("la", "las", "una", "esta", "esa", "una de las"):
        return "f"
    if determiner in ("el", "al", "del", "los", "un", "este", "ese", "uno de los"):
        return "m"
    if word.endswith(("a", "as", "esa")) and not word.endswith(("ista", "istas")):
        return "f"
    return None


# Words after a role noun that still describe it ("el candidato republicano de Chile").
ADJECTIVE_ENDINGS = ("o", "a", "os", "as", "ista", "istas", "al", "ales", "ano", "ana", "ense",
                     "or", "ora", "es", "il", "ico", "ica")
NOT_ADJECTIVES = {
    "que", "quien", "mas", "muy", "ya", "como", "para", "pero", "sino", "esta", "era", "fue",
    "ha", "han", "sera", "seria", "no", "se", "lo", "la", "los", "las", "le", "les", "una",
    "uno", "otra", "otro", "toda", "todo", "ahora", "pronto", "durante", "hacia", "sobre",
    "tambien", "tampoco", "nunca", "casi", "solo", "cada", "entre", "contra", "tras", "desde",
}

# Titles and outlet nouns that make the next capitalized word a name of that kind.
OUTLET_NOUNS = {"diario", "periodico", "medio", "revista", "cadena", "canal", "agencia",
                "emisora", "radio", "portal", "semanario", "television", "rotativo"}

# The first (or last) word of a name that says what kind of organization or event it is.
NAME_HEADS = {
    "partido": "PoliticalParty", "party": "PoliticalParty",
    "coalicion": "Coalition", "alianza": "Coalition", "bloque": "Coalition",
    "frente": "Coalition", "pacto": "Coalition", "concertacion": "Coalition",
    "movimiento": "Organization", "union": "Organization", "fundacion": "Organization",
    "instituto": "Organization", "asociacion": "Organization", "consejo": "Organization",
    "comite": "Organization", "centro": "Organization", "universidad": "Organization",
    "organizacion": "Organization", "sindicato": "Organization", "confederacion": "Organization",
    "camara": "Organization", "gobierno": "Organization", "ministerio": "Organization",
    "tribunal": "Organization", "corte": "Organization", "senado": "Organization",
    "foundation": "Organization", "institute": "Organization", "council": "Organization",
    "red": "Network", "network": "Network", "foro": "Network", "forum": "Network",
    "plataforma": "Network", "internacional": "Network",
    "cumbre": "Summit", "conferencia": "Summit", "conference": "Summit", "summit": "Summit",
    "convencion": "Summit", "congreso": "Summit", "encuentro": "Summit", "festival": "Event",
    "cpac": "EventSeries",
    "diario": "MediaOutlet", "periodico": "MediaOutlet", "revista": "MediaOutlet",
    "radio": "MediaOutlet", "canal": "MediaOutlet", "agencia": "MediaOutlet",
}

# Event nouns: a phrase headed by one of these may name an event of the graph.
EVENT_HEADS = (
    r"cumbres?|encuentros?|foros?|conferencias?|congresos?|convenciones|convencion|"
    r"reuniones|reunion|actos?|eventos?|festivales|festival|elecciones|eleccion|comicios|"
    r"balotaje|segunda vuelta|primera vuelta|primarias|debates?|giras?|marchas?|jornadas?|"
    r"seminarios?|asambleas?"
)

DEMONYMS = {
    "chilen": "Chile", "argentin": "Argentina", "espanol": "España", "peruan": "Perú",
    "bolivian": "Bolivia", "brasilen": "Brasil", "colombian": "Colombia",
    "venezolan": "Venezuela", "ecuatorian": "Ecuador", "uruguay": "Uruguay",
    "paraguay": "Paraguay", "mexican": "México", "salvadoren": "El Salvador",
    "guatemaltec": "Guatemala", "honduren": "Honduras", "nicaraguense": "Nicaragua",
    "costarricense": "Costa Rica", "panamen": "Panamá", "cuban": "Cuba",
    "dominican": "República Dominicana", "estadounidense": "Estados Unidos",
    "norteamerican": "Estados Unidos", "italian": "Italia", "frances": "Francia",
    "aleman": "Alemania", "portugues": "Portugal", "hungar": "Hungría", "polac": "Polonia",
    "britanic": "Reino Unido", "israel": "Israel",
}

# Words too general to stand for a party as an adjective ("el candidato nacional").
GENERIC_PARTY_WORDS = {"nacional", "general", "central", "unido", "unida", "nuevo", "nueva",
                       "amplio", "amplia", "de", "del", "partido", "chile"}

CLAUSE_END = re.compile(
    r"[.;:!?]|,\s*(?:que|porque|pues|donde|aunque|mientras|pero|cuando|quien|quienes|"
    r"segun|lo que|ya que|\w+ndo)\b|\s(?:porque|pues|aunque|mientras|pero|donde|segun)\b"
)
COORDINATION = re.compile(r"^\s*(?:,|y|e|,\s*y|,\s*e|o)?\s*(?:en|a|al|con|de|del)?\s*"
                          r"(?:el|la|los|las|sus|su)?\s*$")
