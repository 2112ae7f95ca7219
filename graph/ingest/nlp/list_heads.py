"""A candidacy told by a place on a list: "X, cabeza de lista del PP por Huesca", "X fue cabeza
de lista en las europeas de 2019", "la número dos de la lista del PSOE, X", "irá de número uno
por Setúbal", "X, que será la segunda de la lista". Only a candidate stands on a list, so its
holder runs in the race the phrase names, else the one the text spoke of just before."""

from __future__ import annotations

from collections import Counter

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.election_nouns import heads_election
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_LISTS = {"lista", "listas", "papeleta", "plancha", "boleta", "candidatura", "nomina"}
# What a list of no candidates lists: guests, speakers, signatories, tasks, best-sellers.
_OTHER_LISTS = {"invitado", "invitados", "invitadas", "asistente", "asistentes", "orador",
                "oradores", "ponente", "ponentes", "firmante", "firmantes", "participante",
                "participantes", "espera", "prioridades", "tareas", "pendientes", "deseos",
                "libros", "ventas", "exitos", "canciones", "sospechosos", "sancionados",
                "morosos", "premiados", "galardonados", "ganadores", "bajas", "convocados",
                "reservas", "compras", "regalos", "agravios", "reproches", "quejas"}
_RANKS = {"uno", "dos", "tres", "cuatro", "cinco", "1", "2", "3", "4", "5"}
_ORDINALS = {"primero", "primera", "segundo", "segunda", "tercero", "tercera"}
# Verbs that place someone on a list as what they go as: "irá de número uno", "va como
# cabeza de lista"
_GOING = {"ir", "concurrir", "presentarse", "presentar", "figurar", "repetir", "volver"}


def list_head_claims(parsed: Parsed, token) -> list[Found]:
    word = fold(token.lower_)
    if token.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return []
    if word == "cabeza" and _of_list(token):
        pass  # "cabeza de lista"
    elif word in ("numero", "n.º", "nº") and (_ranked(token) and (
            _of_list(token) or _gone_as(token))):
        pass  # "número dos de la lista", "irá de número uno por Setúbal"
    elif word in _ORDINALS and _of_list(token) and any(
            c.dep_ == "cop" for c in token.children):
        pass  # "será la segunda de la lista"
    else:
        return []
    people = _holders(parsed, token)
    people = [p for p in people if parsed.is_person(p.key)]
    verb = token.head if _gone_as(token) else token
    if not people or any(c.dep_ == "advmod" and fold(c.lower_) in ("no", "nunca", "jamas")
                         for c in verb.children):
        return []  # "no será cabeza de lista" denies the place, not that one runs
    race = _race(parsed, token)
    if race is None:
        return []
    return [Found("candidateIn", person, End(race, token.i, token.i), 0.6, "apposition"
                  if token.dep_ == "appos" or any(c.dep_ == "appos" for c in token.children)
                  else "copula", token.i) for person in people]


def candidate_list(noun) -> bool:
    """Whether a list is one of candidates: not "la lista de invitados", "de espera"."""
    return not any(c.dep_ in ("nmod", "amod") and fold(c.lower_) in _OTHER_LISTS
                   for c in noun.children) and not (
        noun.i + 2 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "de" and
        fold(noun.doc[noun.i + 2].lower_) in _OTHER_LISTS)


def _of_list(token) -> bool:
    lists = [c for c in token.children if fold(c.lower_) in _LISTS and
             preposition(c) in ("de", "del") and c.dep_ in ("nmod", "obl", "compound", "flat")]
    if not lists and token.i + 2 < len(token.doc) and token.doc[token.i + 1].lower_ == "de" \
            and fold(token.doc[token.i + 2].lower_) in _LISTS:
        lists = [token.doc[token.i + 2]]
    return bool(lists) and all(candidate_list(noun) for noun in lists)


def _ranked(token) -> bool:
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and fold(following.lower_) in _RANKS


def _gone_as(token) -> bool:
    return token.dep_ in ("obl", "xcomp", "obj") and preposition(token) in ("de", "como") and \
        folded_lemma(token.head) in _GOING


def _holders(parsed: Parsed, token) -> list[End]:
    """The one on the list: the name it is in apposition with, the copula's subject, the
    subject of the verb it goes as."""
    if token.dep_ == "appos":
        return phrase_ends(parsed, token.head)
    named = [e for c in token.children if c.dep_ == "appos" and c.i > token.i
             for e in phrase_ends(parsed, c)]
    if named:
        return named
    if any(c.dep_ == "cop" for c in token.children):
        return subject_ends(parsed, token)
    if _gone_as(token):
        return subject_ends(parsed, token.head)
    if token.dep_ == "nsubj" and token.head.dep_ != "cop":
        # "La cabeza de lista es X": the copula's other side
        return phrase_ends(parsed, token.head) if any(
            c.dep_ == "cop" for c in token.head.children) else []
    return []


def _race(parsed: Parsed, token) -> str | None:
    """The race the phrase names ("cabeza de lista en las europeas de 2019"), looking in the
    title's own words and in its clause's; else the one named before."""
    clause = token if token.dep_ == "appos" else token.head if _gone_as(token) else token
    for t in sorted(clause.subtree, key=lambda t: t.i):
        if heads_election(t) and t.dep_ not in ("acl", "acl:relcl"):
            key = parsed.elections.named(t)
            if key:
                return key
    years = [int(t.text) for t in clause.subtree if len(t.text) == 4 and t.text.isdigit() and
             t.text[:2] in ("19", "20")]
    return text_race(parsed, token, years[0] if years else None)


def text_race(parsed: Parsed, token, year: int | None) -> str | None:
    """The race the text is about (the one it names most), in the year the phrase gives: a
    list is drawn up for the text's race, not for one it recalls in passing."""
    races = Counter(parsed.elections.named(t) for t in token.doc
                    if heads_election(t) and t.i != token.i)
    races.pop(None, None)
    ranked = races.most_common()
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # two races named as often: which one is not said
    key = parsed.elections.whole(ranked[0][0], token)
    return parsed.elections.in_year(key, year, token) if year else key
