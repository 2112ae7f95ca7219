"""Praise as support: "elogió a Bukele", "dedicó su discurso a ensalzar a X y a Y". Praise
of a deed ("elogió el discurso de X", "la valentía de Y") and praise that the sentence sets
against support withheld ("lo ha elogiado en público, pero no lo ha apoyado", "la alabó sin
llegar a respaldarla") are no endorsement."""

from __future__ import annotations

from graph.ingest.nlp.triggers import NEGATORS, PRAISING
from graph.ingest.nlp.words import folded_lemma, is_role_noun
from graph.ingest.reading import fold

_ALLY_WORDS = {"aliado", "aliada", "aliados", "aliadas", "socio", "socia", "socios", "socias"}
_SUPPORTING = {"apoyar", "respaldar", "avalar", "endosar", "votar", "secundar", "pedir",
               "llegar"}


def praised_deed(parsed, verb) -> bool:
    """"elogió el discurso de X", "aplaudió la decisión de Y": praise of what someone did or
    said, whose object is a common noun that names nobody (a title, "al presidente", does)."""
    if folded_lemma(verb) not in PRAISING | {"defender"}:
        return False
    if praised_as_ally(verb):
        return True  # "elogió a X como «el mejor aliado»": an alliance (see alliances)
    return any(c.dep_ == "obj" and c.pos_ == "NOUN" and parsed.mention(c) is None and
               not is_role_noun(c) for c in verb.children)


def praised_as_ally(verb) -> bool:
    """"elogia a Kast como «el mejor aliado que tiene»": praise that names the one praised an
    ally says the alliance, not a backing; an ally of a cause ("como «un aliado de la
    libertad»") is praise still."""
    return folded_lemma(verb) in PRAISING and any(
        fold(c.lower_) in _ALLY_WORDS and c.pos_ == "NOUN" and any(
            m.lower_ == "como" for m in c.children) and not ally_of(c)
        for c in verb.children)


def ally_of(noun) -> bool:
    """Whether a title of alliance says whose ally ("socio del sanchismo", "la socia más leal
    de X", the small model hanging the "de" phrase on the adjective, or reading it as an
    oblique: "aliado de Putin")."""
    return any(m.dep_ in ("nmod", "obl") and m.i > t.i and not _bare(m) and
               any(k.dep_ == "case" and fold(k.lower_) in ("de", "del") for k in m.children)
               for t in [noun, *(a for a in noun.children if a.dep_ == "amod")]
               for m in t.children)


def _bare(complement) -> bool:
    """A bare common noun after "de" says what kind of ally, not whose: "hermano de armas",
    "socio de gobierno" (not "socio del sanchismo", "aliado de Putin")."""
    return complement.pos_ == "NOUN" and not any(
        c.dep_ == "det" or c.lower_ == "del" for c in complement.children)


def support_withheld(verb) -> bool:
    """Whether a praising verb is coordinated with a support its sentence denies."""
    if folded_lemma(verb) not in PRAISING:
        return False
    others = [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    if verb.dep_ == "conj":
        others.append(verb.head)
    return any(folded_lemma(o) in _SUPPORTING and denied(o) for o in others)


def denied(verb) -> bool:
    """Whether a negator or "sin" before the verb denies it ("no lo apoyó", "sin respaldarlo")."""
    return any(c.i < verb.i and (c.dep_ in ("advmod", "mark", "case") and
                                 fold(c.lower_) in NEGATORS | {"sin"})
               for c in verb.children)
