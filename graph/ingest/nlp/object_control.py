"""Verbs whose object, not their subject, does what their infinitive says: "acusó a X de
gobernar", "felicitó a Y por haber ganado", "al que acusó de mentir pese a haber sido
investido": the one accused, congratulated or thanked is the infinitive's subject."""

from __future__ import annotations

# accusing, blaming, praising or thanking someone for what they did
OBJECT_CONTROL = {"acusar", "culpar", "responsabilizar", "criticar", "reprochar", "felicitar",
                  "agradecer", "elogiar", "alabar", "aplaudir", "censurar", "recriminar",
                  "condenar", "denunciar", "tachar", "premiar", "homenajear", "castigar"}
_MARKS = {"de", "por"}
# forcing someone to do something, which they then do: "obligó a la alcaldesa a convocar a X"
_FORCING = {"obligar", "forzar"}


def controller(verb, host, lemma: str, origin=None):
    """The object of `host` that controls `verb`, its infinitive complement ("de gobernar",
    "por haber ganado"), or None; `origin`, the clause whose subject is sought through
    `verb`, must be non-finite too ("criticó a X por mentir y recibió el apoyo de Y": Y
    supports the critic)."""
    if origin is not None and origin.morph.get("VerbForm") not in (["Inf"], ["Part"], ["Ger"]):
        return None
    if lemma not in OBJECT_CONTROL | _FORCING or verb.dep_ not in ("xcomp", "advcl") or \
            "Inf" not in verb.morph.get("VerbForm") and not any(
                c.morph.get("VerbForm") == ["Inf"] for c in verb.children if c.dep_ == "aux"):
        return None
    marks = {"a"} if lemma in _FORCING else _MARKS
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children):
        return None
    return next((c for c in host.children if c.dep_ in ("obj", "iobj") and c.i < verb.i), None)
