"""Words the small model tags as verbs. Adjectives after a noun: "la fundación anfitriona",
"la Alianza Nacional letona" come out as a VERB hung as "flat" or "amod" on the noun or name
before it (a verb proper heads its own clause: acl, ROOT, conj). And a feminine title read as
a verb's form ("concejala" as if of "concejar"): "fue concejala en el Ayuntamiento de X"
comes out as a verb with "fue" as its auxiliary, where "ser" is the title's copula. And a
chamber named by its seats ("en Diputados") read as the title "diputados"."""

from __future__ import annotations

from graph.ingest.nlp.copula_repair import FORMS
from graph.ingest.reading import fold


def misread_adjective(token) -> bool:
    """Whether `token` is an adjective after a noun or a name that the model tagged a verb."""
    return token.pos_ in ("VERB", "AUX") and token.text.islower() and \
        token.dep_ in ("flat", "amod") and token.head.i < token.i and \
        token.head.pos_ in ("NOUN", "PROPN")


def copula_of(holder):
    """The copula of the predicate `holder`: its "cop" child, or for a title the model tagged
    a verb, a form of "ser" it hung on it as an auxiliary ("que fue concejala")."""
    cop = next((c for c in holder.children if c.dep_ == "cop"), None)
    if cop is not None or holder.pos_ != "VERB":
        return cop
    return next((c for c in holder.children if c.dep_ == "aux" and c.i < holder.i and
                 fold(c.lower_) in FORMS and c.lemma_ in ("ser", "ir")), None)


def chamber_seats(token) -> bool:
    """"en Diputados", "en Senadores": the chamber named by its seats, capitalized after "en"
    (the model tags it a name), where a title is held, not a title itself."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == "en" and token.text[:1].isupper() \
        and token.text.endswith(("dos", "das", "res", "ras")) and not token.text.isupper()
