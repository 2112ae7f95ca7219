"""A title the subject acts under, told by a "como" phrase on any verb: "aspira a la Presidencia
como candidata del Partido Nacional", "viajó a Lima como presidente de Vox", "competirá como
abanderado del pacto". Spanish states the subject's role there as a copula would; a comparison
("habló como un presidente", "lo trató como a un enemigo") and a title given to the object
("proclamó a X como candidato", read in presented_titles) are not the subject's."""

from __future__ import annotations

from graph.ingest.nlp.triggers import INTENDING, NEGATORS
from graph.ingest.nlp.words import base_role, folded_lemma, verb_lemma
from graph.ingest.reading import fold

_PREDICATIVE = ("obl", "obj", "xcomp", "advcl")
# Verbs whose "como" phrase names what they make or take their object for ("presentó como
# aliado a Milei", "lo tiene como sucesor"), unless reflexive ("se postula como candidato").
_NAMING = {"presentar", "definir", "describir", "proclamar", "erigir", "registrar", "inscribir",
           "considerar", "calificar", "catalogar", "nombrar", "designar", "elegir", "escoger",
           "confirmar", "ratificar", "proponer", "postular", "senalar", "ver", "tener",
           "reconocer", "tratar", "mencionar", "citar", "ungir", "investir", "perfilar",
           "anunciar", "mantener", "querer", "preferir", "imaginar", "recordar", "identificar",
           "aceptar", "respaldar", "apoyar", "avalar", "elogiar", "recibir", "saludar"}
# Determiners of a comparison or a hypothesis: "como un líder", "como cualquier candidato".
_LIKENING = {"un", "una", "unos", "unas", "cualquier", "todo", "toda", "otro", "otra"}


def acting_titles(parsed, verb, presenting: bool) -> list:
    """The role nouns a "como" phrase hangs on `verb` for its subject; `presenting`: the verb
    is one of presenting oneself, read by the caller."""
    reflexive = any(c.pos_ == "PRON" and c.lower_ in ("se", "me", "nos") for c in verb.children)
    if verb_lemma(verb) in _NAMING and not reflexive:
        return []
    if presenting or verb.pos_ not in ("VERB", "AUX") or not _asserted(verb) or any(
            c.dep_ == "obj" and (c.pos_ == "PRON" and c.lower_ != "se" or _person(parsed, c))
            for c in verb.children):
        return []  # "proclamó a X como candidato", "lo presentó como ...": the object's title
    roles = []
    for role in _hung(verb):
        word, _former = base_role(role)
        if not word or role.i < verb.i:
            continue
        marks = [c for c in role.children if c.i < role.i]
        if not any(c.dep_ == "mark" and c.lower_ == "como" for c in marks):
            continue
        if any(fold(c.lower_) in _LIKENING or c.lower_ == "a" for c in marks):
            continue  # "como un presidente", "como a un enemigo": a likeness
        if not any(c.dep_ in ("nmod", "amod", "flat", "appos") for c in role.children):
            continue  # a bare "como candidato" says nothing of whose
        roles.append(role)
    return roles


def _person(parsed, token) -> bool:
    mention = parsed.mention(token)
    return mention is not None and parsed.is_person(mention.key)


def _hung(verb) -> list:
    """The verb's predicative phrases, and those the small model hangs on a common noun of the
    clause ("concurre a las elecciones como candidato de Vox"), not on a name's."""
    found, stack = [], [c for c in verb.children if c.dep_ in _PREDICATIVE]
    while stack:
        token = stack.pop()
        found.append(token)
        if token.pos_ == "NOUN" and not base_role(token)[0]:
            stack += [c for c in token.children if c.dep_ == "nmod"]
    return found


def _asserted(verb) -> bool:
    """Not negated, not under a verb of intending ("quiere presentarse como ...")."""
    if any(fold(c.lower_) in NEGATORS for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" and folded_lemma(verb.head) in INTENDING)
