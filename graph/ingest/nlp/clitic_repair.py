"""An object clitic the small model tags as an article: "La acompañan A y B", "Lo acompaña en
el escenario X", sentence-initial before a finite verb. An article never hangs on a verb, so a
"lo", "la", "le" (and plurals) right before the verb that is its head, or before that verb's
auxiliary, is the verb's object pronoun."""

from __future__ import annotations

_ACCUSATIVE = {"lo", "la", "los", "las"}
_DATIVE = {"le", "les"}
_CLITICS = _ACCUSATIVE | _DATIVE


def preverbal_clitics(doc):
    for token in doc:
        word = token.lower_
        if word not in _CLITICS or token.pos_ == "PRON" and token.dep_ in (
                "obj", "iobj"):
            continue
        verb = token.head
        if verb.i <= token.i or verb.pos_ not in ("VERB", "AUX") or \
                "Fin" not in verb.morph.get("VerbForm"):
            continue
        between = doc[token.i + 1:verb.i]
        if any(t.head != verb or t.dep_ not in ("aux", "expl:pv", "obj", "iobj")
               for t in between):
            continue  # "la cumbre que organiza X": an article of its noun
        token.pos_ = "PRON"
        token.dep_ = "iobj" if word in _DATIVE else "obj"
    return doc
