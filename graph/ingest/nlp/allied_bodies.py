""""Chega es un partido hermano de Vox", "Fratelli, una formación aliada de la Liga", "la
fuerza amiga del PP": a party's noun that an adjective of kinship or alliance qualifies is a
title of alliance with the party its "de" names, read as "aliado de" is (its copula, its
apposition, its negation). So is a kin word that "político" makes figurative: "«Es mi hermano
político»", "su padrino político", "la madrina política de X", "heredero político de X"; a mentor
("su mentor, el expresidente X"); and "el compañero de viaje de X"."""

from __future__ import annotations

from graph.ingest.reading import fold

# Nouns of a party or a movement
_BODIES = {"partido", "partidos", "formacion", "formaciones", "fuerza", "fuerzas",
           "organizacion", "organizaciones", "movimiento", "movimientos", "agrupacion",
           "agrupaciones", "grupo", "grupos", "plataforma", "plataformas", "fundacion",
           "fundaciones", "coalicion", "coaliciones", "sigla", "siglas"}
# Adjectives that make such a noun an ally ("partido hermano", "formación aliada", "fuerza
# amiga", "organización socia"); "afín" is only close in ideas, and says no alliance
_ALLIED = {"hermano", "hermana", "hermanos", "hermanas", "aliado", "aliada", "aliados",
           "aliadas", "amigo", "amiga", "amigos", "amigas", "socio", "socia", "socios", "socias",
           "coaligado", "coaligada", "coaligados", "coaligadas"}
# Kin and sponsors that "político" turns into a political tie ("hermano político")
_KIN = {"hermano", "hermana", "hermanos", "hermanas", "padrino", "madrina", "padrinos",
        "madrinas", "heredero", "heredera", "herederos", "herederas"}
# One who made a politician: a tie whoever names it ("delfín" is left out: "a quien muchos ven
# como el delfín de X" is a guess at a succession)
_PATRONS = {"mentor", "mentora", "mentores", "mentoras"}
# "compañero de viaje": a fellow traveller, one who goes along
_FELLOWS = {"companero", "companera", "companeros", "companeras"}
_POLITICAL = {"politico", "politica", "politicos", "politicas"}


def party_noun(token) -> bool:
    """Whether `token` names a party or a movement by a common noun ("partido", "fuerza")."""
    return fold(token.lower_) in _BODIES


def allied_body(token) -> bool:
    """Whether `token` is a party's noun qualified as an ally ("partido hermano"), or kin
    made political ("hermano político")."""
    word = fold(token.lower_)
    if word in _FELLOWS:
        doc = token.doc
        # (with whose fellow it is: "su compañero de viaje" is most often one on a trip)
        return token.i + 3 < len(doc) and doc[token.i + 1].lower_ == "de" and \
            fold(doc[token.i + 2].lower_) == "viaje" and doc[token.i + 3].lower_ in ("de", "del")
    if word in _PATRONS and token.pos_ in ("NOUN", "ADJ"):
        return True
    if word in _KIN and token.pos_ in ("NOUN", "ADJ"):
        return any(c.i == token.i + 1 and fold(c.lower_) in _POLITICAL for c in token.children)
    if word not in _BODIES or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.i == token.i + 1 and c.dep_ in ("amod", "nmod", "flat", "compound") and
               fold(c.lower_) in _ALLIED for c in token.children)
