"""Asking others to vote for someone is supporting them: "llamó a votar por X", "instó a sus
seguidores a votar a X", "pidió a los electores que voten por X", "exhortó a respaldar a X".
The one who asks endorses X, whoever is asked (the voters are seldom named, and a named one
asked to vote for X is asked on X's behalf too). The small model often hangs the "por X" phrase
on the verb of asking rather than on "votar"."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs of asking, urging or calling on others.
APPEALING = {"pedir", "solicitar", "llamar", "instar", "exhortar", "animar", "alentar", "urgir",
             "convocar", "invitar", "reclamar", "rogar", "movilizar", "emplazar", "incitar",
             "arengar", "conminar", "implorar", "suplicar"}
# What they ask for: a vote for the one named, or support itself.
_VOTING = {"votar": ("por", "a favor de", "a"), "apoyar": ("a", ""), "respaldar": ("a", ""),
           "elegir": ("a", "")}
# the phrases after "votar" that the small model hangs on the verb of asking ("animó a votar
# a Vox"); those before it name whom it asks ("instó a los votantes a votar")
_SUPPORTED = {"a favor de", "por", "a"}
# What voters themselves do: asked of them in any clause ("que voten por X", "que elijan a Y").
_BALLOTS = {"votar", "elegir"}


def appeal_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ not in ("VERB", "AUX") or verb_lemma(token) not in _VOTING:
        return []
    appeal = token.head
    if token.dep_ == "acl" and appeal.dep_ in ("obj", "iobj", "obl") and \
            "Sub" in token.morph.get("Mood"):
        appeal = appeal.head  # "pidió a los votantes que voten por X"
    elif token.dep_ not in ("xcomp", "ccomp", "advcl"):
        return []
    if appeal == token or verb_lemma(appeal) not in APPEALING or \
            token.dep_ != "xcomp" and verb_lemma(token) not in _BALLOTS:
        return []  # "pidió a Milei que respaldara a X": another's act, read elsewhere
    if any(c.dep_ == "advmod" and fold(c.lower_) in NEGATORS for c in token.children):
        return []  # "llamó a no votar por X" is no support
    supported = _supported(parsed, token, _VOTING[verb_lemma(token)])
    if not supported and verb_lemma(token) == "votar":
        # "llamó a votar por X": "por X" hung on the verb of asking
        supported = [e for c in appeal.children if c.i > token.i and c.dep_ in (
            "obj", "obl", "iobj") and preposition(c) in _SUPPORTED for e in phrase_ends(parsed, c)
            if parsed.is_agent(e.key)]
    askers = subject_ends(parsed, appeal)
    return [Found("endorsed", s, o, 0.7, f"verb:{verb_lemma(token)}", appeal.i)
            for s in askers for o in supported
            if s.key != o.key and parsed.kb.fits("endorsed", s.key, o.key)]


def _supported(parsed: Parsed, verb, prepositions) -> list[End]:
    found: list[End] = []
    for child in verb.children:
        if child.dep_ not in ("obj", "obl", "iobj") or child.i < verb.i or \
                child.pos_ == "PRON":
            continue
        if preposition(child) in prepositions and folded_lemma(child) != "que":
            found += [e for e in phrase_ends(parsed, child) if parsed.is_agent(e.key)]
    return found
