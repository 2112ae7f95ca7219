"""A gathering still to come that someone has already been invited to: "asistirá a la ceremonia
de cambio de mando, a la que ha sido invitado por Kast", "celebrará su cierre de campaña, al
que ha sido invitado el líder de Vox". The invitation is told as done, so the gathering is one
the text reports (and names), not only one it announces. So is one whose organizer a relative
clause names: "anunció una jornada sobre el agua que Vox organiza el sábado"."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_INVITING = {"invitar", "convidar"}
_TO = {"a", "al"}
_ORGANIZING = {"organizar", "convocar", "promover", "impulsar", "patrocinar", "preparar",
               "montar", "coorganizar"}


def invited_to_it(noun, parsed=None) -> bool:
    """Whether a relative clause on the event noun tells a done invitation to it, or (with the
    parse's mentions) who organizes it."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "acl:relcl")]
    # "una jornada sobre el agua que Vox organiza": the model hangs it on the topic
    clauses += [c for t in noun.children if t.dep_ == "nmod" and t.i > noun.i
                for c in t.children if c.dep_ in ("acl", "acl:relcl")]
    return any(_done_invitation(c) for c in clauses) or parsed is not None and any(
        _organized_by_name(parsed, c) for c in clauses)


def _organized_by_name(parsed, verb) -> bool:
    if verb_lemma(verb) not in _ORGANIZING or not any(
            folded_lemma(c) == "que" and c.dep_ == "obj" and c.i < verb.i for c in verb.children):
        return False
    # "el mitin que organizará Vox": still to come, as the gathering is
    return not _to_come(verb) and any(c.dep_ == "nsubj" and parsed.mention(c) is not None and
                                      parsed.is_agent(parsed.mention(c).key)
                                      for c in verb.children)


def _to_come(verb) -> bool:
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    return any("Fut" in t.morph.get("Tense") or {"Cnd", "Sub"} & set(t.morph.get("Mood"))
               for t in forms)


def _done_invitation(verb) -> bool:
    if verb_lemma(verb) not in _INVITING:
        return False
    relative = next((c for c in verb.children if c.lower_ in ("que", "cual") and any(
        fold(k.lower_) in _TO for k in c.children if k.dep_ == "case")), None)
    if relative is None:
        return False
    return not _to_come(verb)  # "a la que será invitado", "al que invitaría": still to come
