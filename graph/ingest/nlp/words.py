"""Word-level helpers on spaCy tokens: folded lemmas, verb lemmas of participles and reflexive
forms, role nouns and what they imply, pair words and demonyms."""

from __future__ import annotations

from graph.ingest import lexicon as lx
from graph.ingest.knowledge import COUNTRY, Knowledge, name_tokens
from graph.ingest.reading import fold

# Role nouns by what they imply of whoever holds the role.
ROLE_WORDS: dict[str, str] = {
    "lider": "leader", "lideresa": "leader", "jefe": "leader", "jefa": "leader",
    "fundador": "leader", "fundadora": "leader", "secretario": "leader", "secretaria": "leader",
    "cabeza": "leader", "conductor": "leader", "timonel": "leader",
    "presidente": "president", "presidenta": "president",
    "mandatario": "office", "mandataria": "office", "ministro": "office", "ministra": "office",
    "canciller": "office", "gobernador": "office", "gobernadora": "office",
    "alcalde": "office", "alcaldesa": "office", "vicepresidente": "office",
    "vicepresidenta": "office", "primer": "office", "premier": "office",
    "senador": "seat", "senadora": "seat", "diputado": "seat", "diputada": "seat",
    "eurodiputado": "seat", "eurodiputada": "seat", "concejal": "seat", "concejala": "seat",
    "parlamentario": "seat", "parlamentaria": "seat", "legislador": "seat",
    "legisladora": "seat", "congresista": "seat", "eurodiputados": "seat",
    "miembro": "member", "militante": "member", "integrante": "member", "dirigente": "member",
    "afiliado": "member", "afiliada": "member", "portavoz": "member", "vocero": "member",
    "vocera": "member", "cofundador": "member", "cofundadora": "member", "socio": "member",
    "candidato": "candidate", "candidata": "candidate", "postulante": "candidate",
    "aspirante": "candidate", "abanderado": "candidate", "abanderada": "candidate",
    "representante": "representative", "delegado": "representative",
    "delegada": "representative", "embajador": "representative", "embajadora": "representative",
    "aliado": "ally", "aliada": "ally", "rival": "rival", "adversario": "rival",
    "adversaria": "rival", "contrincante": "rival", "oponente": "rival",
}
# Titles that name a person without telling what they hold.
PERSON_NOUNS = {"politico", "politica", "abogado", "abogada", "economista", "empresario",
                "empresaria", "periodista", "analista", "activista", "senor", "senora",
                "dirigente", "ultraderechista", "lider", "mandatario", "mandataria"}
PAIR_WORDS = {"ambos", "ambas", "los dos", "las dos"}


def folded_lemma(token) -> str:
    lemma = token.lemma_.split()[0] if token.lemma_.strip() else token.text
    return fold(lemma)


def verb_lemma(token) -> str:
    """"reunirse", "reunir él", "organizada" (lemmatized as an adjective) -> the infinitive."""
    lemma = folded_lemma(token)
    if lemma.endswith("se") and lemma[:-2].endswith(("ar", "er", "ir")):
        lemma = lemma[:-2]
    if token.pos_ in ("ADJ", "NOUN") or lemma.endswith(("ado", "ada", "ido", "ida")):
        word = fold(token.text.lower())
        for ending, infinitives in (("ado", ("ar",)), ("ada", ("ar",)), ("ados", ("ar",)),
                                    ("adas", ("ar",)), ("ido", ("ir", "er")),
                                    ("ida", ("ir", "er")), ("idos", ("ir", "er")),
                                    ("idas", ("ir", "er"))):
            if word.endswith(ending):
                stem = word[: -len(ending)]
                return next((stem + i for i in infinitives if (stem + i) in _KNOWN_VERBS),
                            stem + infinitives[0])
    return lemma


_KNOWN_VERBS: set[str] = set()


def register_verbs(lemmas) -> None:
    _KNOWN_VERBS.update(lemmas)


def base_role(token) -> tuple[str | None, bool]:
    """(the role word, whether it is a former one: "exministra", "ex presidente")."""
    word = fold(token.text.lower())
    former = False
    if word.startswith("ex") and word[2:].lstrip("-") and word[2:].lstrip("-")[:1] not in "aeiou":
        rest = word[2:].lstrip("-")
        if _role_of(rest):
            word, former = rest, True
    if not former and any(fold(c.text.lower()) in ("ex", "ex-") for c in token.children
                          if c.i < token.i):
        former = True
    return _role_of(word), former


def _role_of(word: str) -> str | None:
    for form in (word, word.rstrip("s"), word[:-2] if word.endswith("es") else word):
        if form in ROLE_WORDS:
            return form
    return None


def is_role_noun(token) -> bool:
    return base_role(token)[0] is not None


def role_kind(word: str) -> str:
    return ROLE_WORDS.get(word, "person")


def demonym_country(kb: Knowledge, token) -> str | None:
    word = fold(token.text.lower())
    for stem, country in lx.DEMONYMS.items():
        if word.startswith(stem) and len(word) - len(stem) <= 3:
            hits = [i for i in kb.index.get(name_tokens(country), ()) if kb.is_a(i, COUNTRY)]
            return hits[0] if hits else None
    return None
