"""A gathering still to come that someone has already been invited to: "asistirá a la ceremonia
de cambio de mando, a la que ha sido invitado por Kast", "celebrará su cierre de campaña, al
que ha sido invitado el líder de Vox". The invitation is told as done, so the gathering is one
the text reports (and names), not only one it announces."""

from __future__ import annotations

from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

_INVITING = {"invitar", "convidar"}
_TO = {"a", "al"}


def invited_to_it(noun) -> bool:
    """Whether a relative clause on the event noun tells a done invitation to it."""
    return any(_done_invitation(c) for c in noun.children if c.dep_ in ("acl", "acl:relcl"))


def _done_invitation(verb) -> bool:
    if verb_lemma(verb) not in _INVITING:
        return False
    relative = next((c for c in verb.children if c.lower_ in ("que", "cual") and any(
        fold(k.lower_) in _TO for k in c.children if k.dep_ == "case")), None)
    if relative is None:
        return False
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    # "a la que será invitado", "al que invitaría": still to come
    return not any("Fut" in t.morph.get("Tense") or {"Cnd", "Sub"} & set(t.morph.get("Mood"))
                   for t in forms)
