"""Word-level helpers on spaCy tokens: folded lemmas, verb lemmas of participles and reflexive
forms, role nouns and what they imply, pair words and demonyms."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from graph.ingest import lexicon as lx
from graph.ingest.knowledge import COUNTRY, Knowledge, name_tokens
from graph.ingest.nlp import gazetteer
from graph.ingest.nlp.allied_bodies import allied_body
from graph.ingest.nlp.titular_heads import titular_head
from graph.ingest.reading import fold

# The relative pronouns that open a clause on a noun; modules that also take "cuyo", "donde" or
# "cuando" add them to this set.
RELATIVES = frozenset({"que", "quien", "quienes", "cual", "cuales"})

# Role nouns by what they imply of whoever holds the role: "head" leads an organization and
# holds the office of a country; "deputy" is a member of one and holds an office of the other;
# "seat" holds a seat (an office named by the word alone) and is a member of the party.
ROLE_WORDS: dict[str, str] = {
    "lider": "leader", "lideresa": "leader", "jefe": "leader", "jefa": "leader",
    "director": "leader", "directora": "leader",
    "cabeza": "leader", "timonel": "leader",
    # a shared leadership: "la colíder de AfD", "el copresidente del partido"
    "colider": "leader", "colideresa": "leader", "copresidente": "leader",
    "copresidenta": "leader",
    "presidente": "head", "presidenta": "head", "mandatario": "head", "mandataria": "head",
    "president": "head",  # the Catalan and Valencian form: "el president de la Generalitat"
    "vicepresidente": "deputy", "vicepresidenta": "deputy", "secretario": "deputy",
    "secretaria": "deputy", "vicesecretario": "deputy", "vicesecretaria": "deputy",
    "viceportavoz": "member", "vicecoordinador": "member", "vicecoordinadora": "member",
    # a party's second ("el vicelíder del partido") is its member, not its leader
    "vicelider": "member", "vicelideresa": "member",
    # the spokesperson of a group in the Valencian Corts: "el síndic de Vox en Les Corts"
    "sindic": "member", "sindica": "member",
    "ministro": "office", "ministra": "office", "canciller": "office", "gobernador": "office",
    "gobernadora": "office", "alcalde": "office", "alcaldesa": "office", "fiscal": "office",
    "intendente": "office", "intendenta": "office",
    # the second of a province or a foreign ministry: "la vicegobernadora X", "el vicecanciller"
    "vicegobernador": "office", "vicegobernadora": "office", "vicecanciller": "office",
    # a town's second: "el vicealcalde de Debrecen, X"
    "vicealcalde": "office", "vicealcaldesa": "office",
    "premier": "office",
    # the head of a German or Belgian region's government: "el ministro-presidente de Flandes"
    "ministro-presidente": "office", "ministra-presidenta": "office",
    # a country's envoy to another: "el embajador argentino en Brasil", "la exembajadora"
    "embajador": "office", "embajadora": "office",
    # a regional government's or council's member: "consejero de Agricultura de la Junta"
    "consejero": "office", "consejera": "office",
    # a regional minister in Catalan, Valencian and Galician: "la consellera de Interior"
    "conseller": "office", "consellera": "office", "conselleiro": "office",
    "conselleira": "office",
    # the Basque Government's head, named by the word alone: "el lehendakari, X"
    "lehendakari": "seat",
    "senador": "seat", "senadora": "seat", "diputado": "seat", "diputada": "seat",
    "eurodiputado": "seat", "eurodiputada": "seat", "concejal": "seat", "concejala": "seat",
    "legislador": "seat", "legisladora": "seat", "congresista": "seat", "papa": "seat",
    "asambleista": "seat", "regidor": "seat", "regidora": "seat", "edil": "seat",
    # a regional deputy in Castilla y León ("procurador de Vox en las Cortes")
    "procurador": "seat", "procuradora": "seat",
    "miembro": "member", "militante": "member", "integrante": "member", "dirigente": "member",
    "afiliado": "member", "afiliada": "member", "portavoz": "member", "vocero": "member",
    "vocera": "member", "cofundador": "member", "cofundadora": "member",
    "responsable": "member", "coordinador": "member", "coordinadora": "member",
    # who builds a party's structure in a district, in Argentine usage: "la armadora de LLA"
    "armador": "member", "armadora": "member",
    # founding an organization makes one its member, not its leader
    "fundador": "member", "fundadora": "member",
    "tesorero": "member", "tesorera": "member",  # "el tesorero de Vox"
    "parlamentario": "seat", "parlamentaria": "seat", "europarlamentario": "seat",
    "europarlamentaria": "seat",
    "candidato": "candidate", "candidata": "candidate", "postulante": "candidate",
    "aspirante": "candidate", "abanderado": "representative", "abanderada": "representative",
    # one who seeks a party's nomination, or is spoken of for a post
    "precandidato": "candidate", "precandidata": "candidate", "presidenciable": "candidate",
    "alcaldable": "candidate",
    "representante": "representative", "delegado": "representative",
    "delegada": "representative", "subdelegado": "representative",
    "subdelegada": "representative",
    "aliado": "ally", "aliada": "ally", "socio": "ally", "socia": "ally", "rival": "rival",
    "adversario": "rival", "adversaria": "rival", "contrincante": "rival", "oponente": "rival",
    "opositor": "rival", "opositora": "rival", "enemigo": "rival", "enemiga": "rival",
    "competidor": "rival", "competidora": "rival", "contendiente": "rival",
    # "detractora de Y" is a rival ("crítico" folds as "criticó" does); a friend is an ally:
    # "amigo personal de Z"
    "detractor": "rival", "detractora": "rival",
    "antagonista": "rival", "contrincanta": "rival", "oponenta": "rival",
    "amigo": "ally", "amiga": "ally", "coaligado": "ally", "coaligada": "ally",
}
# Role words that describe rather than refer: "el amigo" alone points to nobody the text named.
UNREFERRED = {"amigo", "amiga"}
# The masculine form an office is named by ("Presidente de Argentina", "Diputado").
CANONICAL = {"presidenta": "presidente", "president": "presidente", "mandatario": "presidente",
             "mandataria": "presidente",
             "vicepresidenta": "vicepresidente", "secretaria": "secretario",
             "vicesecretaria": "vicesecretario",
             "ministra": "ministro", "gobernadora": "gobernador", "alcaldesa": "alcalde",
             "senadora": "senador", "diputada": "diputado", "eurodiputada": "eurodiputado",
             "concejala": "concejal", "consejera": "consejero", "legisladora": "legislador",
             # a regional minister in Catalan or Galician keeps the text's word
             "consellera": "conseller", "conselleira": "conselleiro",
             "intendenta": "intendente", "vicegobernadora": "vicegobernador",
             "vicealcaldesa": "vicealcalde", "ministra-presidenta": "ministro-presidente",
             "asambleista": "asambleísta"}  # the written form of an office's name
# Titles that name a person without telling what they hold.
PERSON_NOUNS = {"politico", "politica", "abogado", "abogada", "economista", "empresario",
                "empresaria", "periodista", "analista", "activista", "senor", "senora",
                "dirigente", "ultraderechista", "lider", "mandatario", "mandataria"}
# Professions a text names a person by once it named them ("El presentador, que ya fue
# candidato en 2013")
PROFESSIONS = {"presentador", "presentadora", "magnate", "millonario", "millonaria",
               "multimillonario", "multimillonaria", "banquero", "banquera", "ingeniero",
               "ingeniera", "medico", "medica", "militar", "exmilitar", "escritor", "escritora",
               "actor", "actriz", "cantante", "futbolista", "exfutbolista", "pastor", "pastora",
               "comunicador", "comunicadora", "locutor", "locutora", "jurista", "catedratico",
               "catedratica", "profesor", "profesora", "academico", "academica", "magistrado",
               "magistrada", "juez", "jueza", "sindicalista", "politologo", "politologa",
               "tertuliano", "tertuliana", "influencer", "empresario", "empresaria", "abogado",
               "abogada", "economista", "periodista", "activista"}
# Kin and entourage: "la hija del expresidente X" is not X.
KIN = {"hermano", "hermana", "hijo", "hija", "esposa", "esposo", "mujer", "marido", "padre",
       "madre", "asesor", "asesora", "entorno", "equipo", "sobrino", "sobrina", "primo",
       "prima", "yerno", "nuera", "suegro", "suegra", "viuda", "viudo", "jefe", "jefa"}
PAIR_WORDS = {"ambos", "ambas", "los dos", "las dos"}
DEFINITE_ARTICLES = frozenset({"el", "la", "los", "las"})


def case_marker(token):
    """The preposition that makes `token`'s phrase a prepositional one, or None: its "case"
    child, or a "mark" the small model gives an adposition."""
    return next((c for c in token.children
                 if c.dep_ == "case" or (c.dep_ == "mark" and c.pos_ == "ADP")), None)


def of_complements(noun) -> list:
    """The "de" or "del" phrases hung on `noun` after it ("la clausura de la CPAC", "el
    líder del partido")."""
    return [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and any(
        k.dep_ == "case" and k.lower_ in ("de", "del") for k in c.children)]


def adverbial_locution(adverb) -> str:
    """"frente a", "junto a", "detrás de" when the small model makes the adverb the head of
    the phrase and fixes the preposition to it; else ""."""
    fixed = [c for c in adverb.children if c.dep_ == "fixed" and c.pos_ == "ADP"]
    if adverb.pos_ != "ADV" or len(fixed) != 1 or not any(
            c.dep_ in ("obl", "nmod") for c in adverb.children):
        return ""
    return f"{folded_lemma(adverb)} {folded_lemma(fixed[0])}"


def verb_above(token, links, steps: int):
    """The first verb above `token` reached through dependencies in `links`, at most `steps`
    of them, with the word below it on that path: (verb, child); None when the path leaves
    `links` first."""
    for _ in range(steps):
        if token.dep_ not in links or token.head == token:
            return None
        if token.head.pos_ in ("VERB", "AUX"):
            return token.head, token
        token = token.head
    return None


def root_in(token, start: int, end: int):
    """The word of doc[start:end] that `token` hangs on, up to the one whose head lies outside
    the span: a name's own head word ("la presidenta de Vox" for its "presidenta")."""
    while start <= token.head.i < end and token.head != token:
        token = token.head
    return token


def folded_lemma(token) -> str:
    lemma = token.lemma_.split()[0] if token.lemma_.strip() else token.text
    return _folded_word(lemma)


@lru_cache(maxsize=1 << 16)
def _folded_word(word: str) -> str:
    # asked several hundred thousand times per batch of articles, for a few thousand words
    return fold(word)


def verb_lemma(token) -> str:
    """"reunirse", "reunir él", "organizada" (lemmatized as an adjective) -> the infinitive."""
    return _verb_lemma(folded_lemma(token), token.pos_, token.text)


@lru_cache(maxsize=1 << 16)
def _verb_lemma(lemma: str, pos: str, text: str) -> str:
    if lemma.endswith("se") and lemma[:-2].endswith(("ar", "er", "ir")):
        lemma = lemma[:-2]
    if pos in ("ADJ", "NOUN") or lemma.endswith(("ado", "ada", "ido", "ida")):
        word = fold(text.lower())
        for ending, infinitives in (("ado", ("ar",)), ("ada", ("ar",)), ("ados", ("ar",)),
                                    ("adas", ("ar",)), ("ido", ("ir", "er")),
                                    ("ida", ("ir", "er")), ("idos", ("ir", "er")),
                                    ("idas", ("ir", "er"))):
            if word.endswith(ending):
                stem = word[: -len(ending)]
                return next((stem + i for i in infinitives if (stem + i) in _KNOWN_VERBS),
                            stem + infinitives[0])
    if lemma not in _KNOWN_VERBS and pos in ("VERB", "AUX"):
        # the small model leaves some forms unlemmatized ("apoyamos"): the known verb whose
        # stem the form starts with, by its ending
        word = fold(text.lower())
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[: -len(ending)]
                for base in spellings(stem, ending):
                    for infinitive in ("ar", "er", "ir"):
                        if base + infinitive in _KNOWN_VERBS:
                            return base + infinitive
    return lemma


def spellings(stem: str, ending: str) -> list[str]:
    """The stem, and before an "e" the one spelling keeps its sound with: "almorcé" is
    "almorzar", "busqué" "buscar", "llegué" "llegar"."""
    stems = [stem]
    if ending.startswith("e"):
        if stem.endswith("c"):
            stems.append(stem[:-1] + "z")
        elif stem.endswith("qu"):
            stems.append(stem[:-2] + "c")
        elif stem.endswith("gu"):
            stems.append(stem[:-1])
    return stems


def first_person(token) -> bool:
    """"almorcé", "asistí", "tomaré": the small model may read a first person's accented
    ending as a third person's."""
    word = token.lower_
    return token.morph.get("Person") == ["1"] or (
        token.pos_ in ("VERB", "AUX") and len(word) > 3 and word.endswith(("é", "í")))


_ENDINGS = sorted({"amos", "emos", "imos", "aron", "ieron", "aban", "aba", "abamos", "an", "en",
                   "as", "es", "a", "e", "o", "aste", "iste", "ara", "iera", "aria",
                   "eria", "iria", "aremos", "eremos", "iremos", "era", "ira", "aran",
                   "eran", "iran", "ado", "ido", "ando", "iendo", "io", "i"}, key=len, reverse=True)


_KNOWN_VERBS: set[str] = set()


def register_verbs(lemmas) -> None:
    _KNOWN_VERBS.update(lemmas)
    _verb_lemma.cache_clear()  # what was read before knew fewer verbs


def base_role(token) -> tuple[str | None, bool]:
    """(the role word, whether it is a former one: "exministra", "ex presidente")."""
    word = fold(token.text.lower())
    former = False
    if word.startswith("ex") and word[2:].lstrip("-"):
        rest = word[2:].lstrip("-")  # "exalcalde" as "exministro": the rest is a role word
        if _role_of(rest):
            word, former = rest, True
    if not former and any(fold(c.text.lower()) in ("ex", "ex-") for c in token.lefts):
        former = True
    if titular_head(token):
        return "lider", former  # "el titular de la entidad" heads it
    if allied_body(token):
        return "aliado", former  # "un partido hermano de Vox" is its ally
    if word == "patron" and token.i + 1 < len(token.doc) and \
            fold(token.doc[token.i + 1].lower_) == "mayor":
        return "lider", former  # "el patrón mayor de la cofradía" heads a fishermen's guild
    if _role_of(word) in _BUILDERS and not _of_a_party(token):
        return None, former  # "la asociación de armadores X": shipowners, a trade
    if word == "cabeza" and token.i + 2 < len(token.doc) and \
            fold(token.doc[token.i + 2].lower_) in ("lista", "cartel"):
        return "candidato", former  # "cabeza de lista" heads a list of candidates, no party
    if rank(token):
        # "el número dos del PSUV" ranks inside the party; "número tres de la lista" only on a
        # list, which says no more than the list's own claims
        after = token.doc[token.i + 2: token.i + 5]
        listed = any(fold(t.lower_) in ("lista", "listas", "candidatura", "papeleta")
                     for t in after)
        return (None if listed else "miembro"), former
    return _role_of(word), former


_RANKS = {"uno", "dos", "tres", "cuatro", "cinco", "1", "2", "3", "4", "5"}
# Who builds a party in a district, a title only with the party it is of
_BUILDERS = {"armador", "armadora"}


def _of_a_party(token) -> bool:
    """"el armador nacional del partido", "armadora de LLA": a "de" phrase, past the level's
    adjectives, that opens on a party's noun or a name."""
    doc = token.doc
    i = token.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ":
        i += 1
    return i + 1 < len(doc) and fold(doc[i].lower_) in ("de", "del") and (
        doc[i + 1].pos_ == "PROPN" or fold(doc[i + 1].lower_) in ("partido", "formacion") or
        doc[i + 1].pos_ == "DET" and i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN")


def rank(token) -> bool:
    """"número dos": a place in a party's or a list's order."""
    return fold(token.lower_) == "numero" and token.i + 1 < len(token.doc) and \
        fold(token.doc[token.i + 1].lower_) in _RANKS


def _role_of(word: str) -> str | None:
    for form in (word, word.rstrip("s"), word[:-2] if word.endswith("es") else word):
        if form in ROLE_WORDS:
            return form
    return None


def predicative_opener(token) -> bool:
    """"Abogada, militó en la UDI", "Hija de un comerciante, estudió Derecho": a bare noun
    fronted before a comma describes the dropped subject; the small model takes it for one."""
    after = max([token.i] + [t.i for t in token.subtree if not t.is_punct]) + 1
    word = fold(token.lower_)
    # ("Exalcaldesa de X, …": a former title, which the model may tag a name)
    described = token.pos_ == "NOUN" or word in PERSON_NOUNS or word in KIN or \
        base_role(token)[0]
    # the small model may start the sentence at the paragraph break before it
    opens = all(t.is_space for t in token.doc[token.sent.start:token.i])
    return described and opens and after < len(token.doc) \
        and token.doc[after].text == "," and \
        not any(c.dep_ in ("det", "nummod") for c in token.children)


def is_role_noun(token) -> bool:
    return base_role(token)[0] is not None


def role_kind(word: str) -> str:
    return ROLE_WORDS.get(word, "person")


def demonym_country(kb: Knowledge, token) -> str | None:
    """The country entity an adjective names ("argentino" -> Argentina), if the graph has it."""
    label = demonym_label(token)
    if label is None:
        return None
    hits = [i for i in kb.index.get(name_tokens(label), ()) if kb.is_a(i, COUNTRY)]
    return hits[0] if hits else None


def demonym_label(token) -> str | None:
    """The country's name an adjective says ("húngaro" -> "Hungría")."""
    word = fold(token.text.lower())
    if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None
    for stem, country in DEMONYMS.items():
        if word.startswith(stem) and len(word) - len(stem) <= 3:
            return country
    # every other country's demonyms, in all their forms ("esloveno", "salvadoreñas")
    return gazetteer.demonym(token.text)


# Stems of demonyms beyond the rule extractor's list, by the country's Spanish name.
DEMONYMS = {**lx.DEMONYMS, "hungar": "Hungría", "polac": "Polonia", "frances": "Francia",
            "italian": "Italia", "britanic": "Reino Unido", "portugues": "Portugal",
            "aleman": "Alemania", "brasilen": "Brasil", "limen": "Lima", "madrilen": "Madrid",
            "canadiense": "Canadá", "ruso": "Rusia", "rusa": "Rusia", "ucranian": "Ucrania",
            "holandes": "Países Bajos", "neerlandes": "Países Bajos", "belga": "Bélgica",
            "austriac": "Austria", "sueco": "Suecia", "sueca": "Suecia", "griego": "Grecia",
            "griega": "Grecia", "rumano": "Rumania", "rumana": "Rumania", "checo": "Chequia",
            "checa": "Chequia", "eslovac": "Eslovaquia", "croata": "Croacia",
            "serbi": "Serbia", "israeli": "Israel", "europe": "Europa"}


def contrasted(token) -> bool:
    """"es mi adversario, no mi socio": a second title denied against the first (the small
    model hangs it as a conjunct or an oblique)."""
    return token.dep_ in ("conj", "obl") and any(
        c.lower_ == "no" and c.dep_ == "advmod" and c.i < token.i for c in token.children)


_ENCLITICS = ("les", "los", "las", "nos", "lo", "la", "le", "me")


class Enclitic(NamedTuple):
    lower_: str  # the pronoun's form, as a token's
    i: int  # the verb's position
    idx: int  # and its first character


def enclitic(verb) -> Enclitic | None:
    """The object pronoun written onto an infinitive or a gerund ("para respaldarlo",
    "vino a apoyarme", "expresarle su apoyo"), which the small model keeps in the verb's
    token."""
    word = fold(verb.lower_)
    if verb.pos_ not in ("VERB", "AUX") or "Prs" not in verb.morph.get("PronType") or \
            not set(verb.morph.get("VerbForm")) & {"Inf", "Ger"}:
        return None
    return next((Enclitic(form, verb.i, verb.idx) for form in _ENCLITICS if word.endswith(form) and
                 word[:-len(form)].endswith(("ar", "er", "ir", "ndo"))), None)


_QUOTES = "“«\"'‘"


def names_one(verb) -> bool:
    """"llamó «traidor» a X", "al que llamó “dictador”", "llamó traidor a X", "llamó a X
    «el hombre que México necesita»": the verb gives a name (a quotation or a bare noun or
    adjective right after it or after the one it names), not a call."""
    ends = [verb.i] + [c.right_edge.i for c in verb.children
                       if c.dep_ in ("obj", "iobj", "obl") and c.i > verb.i and
                       fold(c.left_edge.lower_) == "a"]
    return any(_a_name(verb.doc[i + 1]) for i in ends if i + 1 < len(verb.doc)) or \
        _names_its_antecedent(verb)


def _names_its_antecedent(verb) -> bool:
    """"la marcha, que el partido llamó Soria Viva": a relative whose "que" is the object
    and whose second object, without "a", is the name given."""
    return verb.dep_ in ("acl", "acl:relcl") and any(
        c.dep_ == "obj" and fold(c.lower_) == "que" and c.i < verb.i for c in verb.children) \
        and any(c.dep_ == "obj" and c.i > verb.i and fold(c.left_edge.lower_) != "a"
                for c in verb.children)


def _a_name(after) -> bool:
    return after.text in _QUOTES or after.pos_ in ("NOUN", "ADJ") and not any(
        c.dep_ == "det" for c in after.children)
