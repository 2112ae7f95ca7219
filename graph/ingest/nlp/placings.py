"""A candidacy told by the place one took in a count: "quedó tercera", "terminó en segundo
lugar", "se ubicó cuarto", "ocupó el quinto puesto", "el tercer puesto fue para X", "fue el
más votado", "obtuvo el 28 % de los votos", "sumó 120.000 votos". Only a candidate is
counted, so whoever placed ran in the race the clause names, else in the one the text spoke of
just before. A poll's ranking ("segundo en la encuesta", "en intención de voto") is no count,
and a place in a party's own vote or in an earlier year is another race."""

from __future__ import annotations

from graph.ingest.knowledge import ROUND, name_tokens
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.contest_scope import race_in_scope
from graph.ingest.nlp.election_kinds import FIRST_ROUND_OF, RUNOFF_OF
from graph.ingest.nlp.election_nouns import heads_election, is_election_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.runoffs import ahead
from graph.ingest.nlp.share_lists import share_list_claims
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_ORDINALS = {"primero", "primera", "primer", "segundo", "segunda", "tercero", "tercera",
             "tercer", "cuarto", "cuarta", "quinto", "quinta", "sexto", "sexta", "septimo",
             "septima", "octavo", "octava", "noveno", "novena", "decimo", "decima", "ultimo",
             "ultima", "penultimo", "penultima"}
_PLACES = {"lugar", "puesto", "posicion", "plaza"}
# Verbs that end someone in a place of the count: with a bare ordinal ("quedó tercera") or a
# place noun ("terminó en segundo lugar").
_ENDING = {"quedar", "terminar", "acabar", "finalizar", "resultar", "ubicar", "situar",
           "colocar", "clasificar", "concluir"}
# Verbs of moving that place someone only with a place noun: "llegó primero" may be to a hall.
_ARRIVING = {"llegar", "salir", "entrar"}
# Verbs whose object is the place held: "ocupó el tercer lugar", "logró la segunda plaza".
_HOLDING = {"ocupar", "obtener", "conseguir", "lograr", "alcanzar", "conquistar", "asegurar"}
# Verbs whose object is a share of the vote.
_POLLING = {"obtener", "sumar", "lograr", "cosechar", "conseguir", "alcanzar", "recibir",
            "reunir", "conquistar", "rozar", "rondar", "arrancar", "captar", "acumular"}
_VOTES = {"voto", "votos", "sufragio", "sufragios", "papeleta", "papeletas"}
# Words of a survey rather than a count: its ranking is no race run.
_SURVEYS = {"encuesta", "encuestas", "sondeo", "sondeos", "intencion", "preferencia",
            "preferencias", "estudio", "medicion", "proyeccion", "simulacion", "ranking",
            "valoracion", "popularidad", "aprobacion", "eventual", "hipotetico", "hipotetica",
            "encuestadora", "barometro"}
# Who placed beside the one placed ran too: "quedó segundo por detrás de X".
_BESIDE = {"por detras de", "detras de", "tras", "por delante de", "delante de", "por encima de",
           "por debajo de"}
# Verbs whose participle tells an outcome at the polls: "derrotada en", "eliminado en",
# "reelegido en" (the small model may give the participle itself as the lemma).
_OUTCOME_PARTICIPLES = {"derrotar", "vencer", "batir", "eliminar", "elegir", "reelegir",
                        "noquear", "apear", "derrotado", "vencido", "batido", "elegido"}
_NEGATORS = {"no", "nunca", "jamas", "tampoco"}
_VOTED = {"votado", "votada", "votados", "votadas"}
_CANDIDATES = {"candidato", "candidata", "aspirante", "postulante"}


def placing_claims(parsed: Parsed, token) -> list[Found]:
    lemma = folded_lemma(token)
    if token.pos_ in ("VERB", "AUX") and (
            (lemma in _ENDING and (_ordinal_child(token) or _place_phrase(token))) or
            (lemma in _ARRIVING and _place_phrase(token)) or
            (lemma in _HOLDING and _held_place(token)) or
            (lemma in _POLLING and _share(token))):
        ranked = not (lemma in _POLLING and _share(token))
        found = _placed(parsed, token, subject_ends(parsed, token), f"verb:{lemma}", ranked)
        if not ranked:
            found += _listed_shares(parsed, token, found)
        return found
    if fold(token.lower_) in _PLACES and _ordinal_child(token) and token.dep_ == "nsubj":
        # "el tercer puesto fue para X", "el segundo lugar correspondió a Y"
        head = token.head
        if preposition(head) == "para" and any(c.dep_ == "cop" for c in head.children):
            return _placed(parsed, head, phrase_ends(parsed, head), "copula")
        winners = [c for c in head.children if c.dep_ in ("obl", "obj") and
                   preposition(c) in ("para", "a")]
        if head.pos_ == "VERB" and folded_lemma(head) in ("ser", "corresponder", "ir") and winners:
            return _placed(parsed, head, phrase_ends(parsed, winners[0]), "copula")
    if fold(token.lower_) in _VOTED and any(fold(c.lower_) == "mas" and c.dep_ == "advmod"
                                            for c in token.children):
        # "fue el más votado", "fue la candidata más votada"
        predicate = token if token.dep_ not in ("amod", "acl") else token.head
        if any(c.dep_ == "cop" for c in predicate.children):
            return _placed(parsed, predicate, subject_ends(parsed, predicate), "copula")
    return _beaten_in(parsed, token)


def _listed_shares(parsed: Parsed, verb, found: list[Found]) -> list[Found]:
    """"X obtiene el 51 %; Y, el 38 %; y Z, el 6 %": the names the count goes on with ran in
    the race X's share was counted in, or, that unsaid, the one X's title places X in ("el
    candidato de la ANR, X, obtiene ...")."""
    share = next(c for c in verb.children if c.dep_ == "obj")
    race = found[0].object.key if found else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if race is None and subject is not None and fold(subject.lower_) in _CANDIDATES:
        races = parsed.elections.of_year(subject)
        race = races[0].key if races else None
    return share_list_claims(parsed, verb, share, race)


def _beaten_in(parsed: Parsed, token) -> list[Found]:
    """"X, derrotada en la primera vuelta", "fue eliminado en las primarias", "reelegido en
    las legislativas": one beaten, knocked out or elected in a race ran in it; the race must
    be named in the participle's own phrase."""
    lemma = folded_lemma(token)
    if lemma not in _OUTCOME_PARTICIPLES and lemma[:-2] + "r" not in _OUTCOME_PARTICIPLES or \
            "Part" not in token.morph.get(
            "VerbForm") or not any(c.dep_ == "obl" and preposition(c) == "en" and
                                   is_election_noun(c) for c in token.children):
        return []
    if token.dep_ in ("acl", "amod", "appos") and token.head != token:
        holder = token.head
        if holder.dep_ == "nmod" and not any(parsed.is_person(e.key)
                                             for e in parsed.ends(holder, conj=False)):
            holder = holder.head  # "X, del Centro Democrático, derrotada en": X's party
        people = parsed.ends(holder, conj=False)  # not the names coordinated with it
    else:
        people = subject_ends(parsed, token)
    return _placed(parsed, token, people, "passive", ranked=False)


def _placed(parsed: Parsed, word, people: list[End], cue: str,
            ranked: bool = True) -> list[Found]:
    if word.dep_ in ("acl", "acl:relcl") and word.head.dep_ == "appos":
        # "X, el empresario que quedó tercero": the name the description stands beside
        people = phrase_ends(parsed, word.head.head) or people
    people = [p for p in people if parsed.is_person(p.key)]
    if not people or _surveyed(word) or any(
            c.dep_ == "advmod" and fold(c.lower_) in _NEGATORS for c in word.children):
        return []  # "no quedó tercera" denies the place, not the candidacy
    named = [t for t in word.children if t.dep_ in ("obl", "nmod") and is_election_noun(t)] or \
        _counted_in(word)
    if named:
        race = parsed.elections.named(named[0])
    elif any(t.dep_ == "obl" and preposition(t) == "en" and t.pos_ == "NOUN" and
             fold(t.lower_) not in _PLACES for t in word.children):
        return []  # "quedó tercera en el concurso": a place in something else
    else:
        race = parsed.elections.before(word.i)
    if race is None or not race_in_scope(parsed, word, parsed.kb.label(race)):
        return []
    if not ranked and not named and parsed.kb.is_a(race, ROUND):
        return []  # "X obtiene el 64 %" after a first round was told: which round is not said
    placed = list(people)
    people += [e for c in word.children if c.dep_ in ("obl", "advmod") and preposition(c) in
               _BESIDE for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    far = _far_behind(parsed, word) if ranked else []
    if ranked and parsed.kb.label(race).startswith(RUNOFF_OF):
        race = _counted_round(parsed, word, race)
    return [Found("candidateIn", person, End(race, word.i, word.i), 0.6, cue, word.i)
            for person in people] + [
        Found("opponentOf", p, f, 0.6, cue, word.i) for p in placed for f in far
        if p.key != f.key and parsed.kb.fits("opponentOf", p.key, f.key)]


def _counted_in(word) -> list:
    """"obtiene el 21,4 % de los votos válidos en la primera vuelta": the race a share or a
    place was counted in, which the small model may hang inside the object."""
    return [t for c in word.children if c.dep_ == "obj" for t in c.subtree
            if t.dep_ in ("obl", "nmod") and preposition(t) == "en" and is_election_noun(t)]


def _far_behind(parsed: Parsed, word) -> list[End]:
    """"quedó segundo, lejos de X": the one a placed candidate ended far from ran against
    them (a place in the count is needed: "se quedó en Madrid, lejos de X" is no race)."""
    phrases = [g for c in word.children for g in [c, *c.children]
               if g.dep_ in ("obl", "nmod") and preposition(g) == "lejos de"]
    return [e for g in phrases for e in phrase_ends(parsed, g) if parsed.is_person(e.key)]


def _counted_round(parsed: Parsed, word, race: str) -> str:
    """A place by rank is taken in a count of many, not in a runoff of two: the first round
    when the text named it, or when it told the runoff as still to come ("irán a segunda
    vuelta", "apoyará a X en la segunda vuelta"), else the whole race ("evitó un balotaje; X
    quedó segundo"). A governor's rounds as a president's."""
    first = FIRST_ROUND_OF + parsed.kb.label(race)[len(RUNOFF_OF):]
    to_come = False
    for token in word.doc[:word.sent.end]:
        if heads_election(token):
            key = parsed.elections.named(token)
            if key and token.i < word.i and parsed.kb.label(key) == first:
                return key
            to_come = to_come or key == race and ahead(token.head)
    if not to_come:
        return parsed.elections.whole(race, word)
    hits = [i for i in parsed.kb.index.get(name_tokens(first), ()) if parsed.kb.is_a(i, ROUND)]
    return hits[0] if hits else parsed.elections._propose(first, ROUND, word)


def _ordinal_child(token) -> bool:
    return any(fold(c.lower_) in _ORDINALS and c.dep_ in ("obj", "xcomp", "advmod", "amod",
                                                          "obl", "nmod", "acomp")
               for c in token.children)


def _place_phrase(verb) -> bool:
    """"en segundo lugar", "en la tercera posición"."""
    return any(c.dep_ in ("obl", "obj", "nmod") and fold(c.lower_) in _PLACES and
               preposition(c) == "en" and _ordinal_child(c) for c in verb.children)


def _held_place(verb) -> bool:
    return any(c.dep_ == "obj" and fold(c.lower_) in _PLACES and _ordinal_child(c)
               for c in verb.children)


def _share(verb) -> bool:
    """An object that is a share of the vote: "el 28 %", "120.000 votos", "el 11 % de los
    sufragios"."""
    for obj in (c for c in verb.children if c.dep_ == "obj"):
        words = {fold(t.lower_) for t in obj.subtree}
        if obj.like_num and ("%" in words or "por" in words and "ciento" in words):
            return True
        if fold(obj.lower_) in _VOTES and any(c.like_num for c in obj.children):
            return True
        if obj.text == "%" and any(c.like_num for c in obj.children):
            return True
    return False


def _surveyed(word) -> bool:
    return any(fold(t.lower_) in _SURVEYS for t in word.sent)
