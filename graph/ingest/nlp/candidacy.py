"""Candidacies said by their meaning rather than by "candidato a": seeking an office ("buscará
la reelección", "aspira a la alcaldía"), heading a list ("encabezó la lista al Senado", "la
lista la encabeza X"), a candidacy filed or announced ("inscribió la candidatura de X a la
alcaldía", "inscribió su candidatura"), a nomination ("fue proclamado candidato a la
reelección por el PJ", "llevará como candidato a gobernador a X", "ungido abanderado de la
coalición"), the polls one leads ("lidera las encuestas para la primera vuelta"), and an
election won or lost by someone over a rival. The race is read from the phrase (an election
noun, the office it fills), else the one named before in the text."""

from __future__ import annotations

from graph.ingest.knowledge import ELECTION, ORGANIZATION, PERSON, ROUND
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.apposed_relatives import participle_on_name
from graph.ingest.nlp.clause_objects import clitic_object
from graph.ingest.nlp.clauses import (
    is_passive,
    phrase_ends,
    preposition,
    subject_ends,
)
from graph.ingest.nlp.election_nouns import is_election_noun, year_of
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_heads import candidate_list
from graph.ingest.nlp.office_objects import office_object
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.pitted_races import pitted_by
from graph.ingest.nlp.reelection import held_kind, race_of_kind, term_race
from graph.ingest.nlp.rivalless import none_had
from graph.ingest.nlp.words import base_role, demonym_label, folded_lemma, role_kind, verb_lemma
from graph.ingest.reading import fold

# Verbs whose object or "a"/"por" phrase is the office or candidacy sought.
SEEKING = {"buscar", "aspirar", "optar", "pelear", "disputar", "competir", "postular",
           "postularse", "ir", "luchar", "perseguir", "presentar",
           # what is at stake in one's own race: "se juega la reelección", "se juega el escaño"
           "jugar", "jugarse",
           # an office won at the polls was run for: "ganó la presidencia", "conquistó la
           # alcaldía" (one lost may be lost otherwise)
           "ganar", "conquistar"}
# What is sought: the candidacy itself, a further term, an office.
SOUGHT = {"reeleccion", "candidatura", "nominacion", "mandato", "presidencia", "alcaldia",
          "gobernacion", "intendencia", "escano", "banca", "jefatura"}
# A house sought is a seat in it, by the verbs of running alone ("aspira al Senado"; one who
# "va al Senado" or "presenta al Senado" a bill may not run)
_HOUSES_SOUGHT = {"senado", "congreso"}
_ASPIRING = {"aspirar", "optar", "postular", "postularse", "competir", "pelear", "luchar"}
# Lists of candidates and the verbs that put someone at their head or on them.
LISTS = {"lista", "papeleta", "plancha", "nomina", "boleta", "candidatura"}
HEADING = {"encabezar", "liderar", "cerrar", "integrar", "ocupar", "abrir", "figurar", "ir",
           "estar", "completar"}
# Verbs that file, announce or make official a candidacy.
FILING = {"inscribir", "presentar", "registrar", "formalizar", "oficializar", "lanzar",
          "anunciar", "confirmar", "proclamar", "entregar", "radicar"}
CANDIDACIES = {"candidatura", "precandidatura", "postulacion"}
# Verbs that make someone a candidate, the title a predicate of the one named.
NOMINATING = {"proclamar", "nominar", "elegir", "ungir", "designar", "nombrar", "escoger",
              "confirmar", "presentar", "llevar", "tener", "postular", "investir", "erigir",
              "consagrar", "ratificar", "seleccionar", "definir"}
# Running in a race, said of a year alone ("se presentó en 2005").
RUNNING = {"presentar", "postular", "competir", "concurrir"}
# "lidera las encuestas para la primera vuelta": the race one is polled in.
POLLS = {"encuesta", "sondeo", "carrera", "intencion", "preferencia"}
LEADING = {"liderar", "encabezar", "dominar"}
# Being elected in a race.
ELECTED = {"elegir", "reelegir"}
# Winning or losing an election, and prevailing over a rival in one.
DEFEATING = {"derrotar", "vencer", "superar", "batir", "imponer", "imponerse", "ganar",
             "arrollar", "aventajar", "doblegar"}


def candidacy_claims(parsed: Parsed, token) -> list[Found]:
    if is_election_noun(token) and token.pos_ in ("NOUN", "PROPN", "ADJ"):
        return _faced(parsed, token)
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    lemma = verb_lemma(token)
    return [found for lemmas, read in _READERS if lemma in lemmas
            for found in read(parsed, token, lemma)]


def _objects(token):
    """The verb's object and its obliques, each with its preposition."""
    return [(c, preposition(c)) for c in token.children
            if c.dep_ in ("obj", "obl", "obl:arg", "xcomp", "nmod", "nsubj")]


def race(parsed: Parsed, noun) -> str | None:
    """The race a sought office or a list names: an election noun in its phrase, the office
    it fills ("a la alcaldía de Santiago", "al Senado"), else the race named before."""
    elections = parsed.elections
    key = _named_in_phrase(parsed, noun)
    if key:
        return key
    if any(fold(t.lower_) in ("pais", "nacion") and any(c.lower_ == "su" for c in t.children)
           for t in noun.subtree):
        return None  # "aspira a la presidencia de su país": the runner's, not the text's race
    # the office sought follows "a" ("candidatura a la alcaldía", "lista al Senado"); "del
    # senador X" names who runs, not for what
    sought = [noun] + [t for t in noun.subtree if t.i > noun.i and abs(t.i - noun.i) <= 10 and
                       preposition(t) in ("a", "al", "para", "por")]
    if noun.head.pos_ in ("VERB", "AUX"):
        # the small model may hang "a la alcaldía" on the verb rather than on the candidacy
        sought += [c for c in noun.head.children if c.i > noun.i and c.dep_ in ("obl", "nmod")
                   and preposition(c) in ("a", "al", "para")]
    for t in sought:
        key = elections.for_office(t)
        if key:
            return key
    return _clause_race(parsed, noun, whole=folded_lemma(noun) in CANDIDACIES)


def _named_in_phrase(parsed: Parsed, noun) -> str | None:
    for t in noun.subtree:
        if t.i != noun.i and is_election_noun(t) and abs(t.i - noun.i) <= 10:
            key = parsed.elections.named(t)
            if key:
                return key
    return None


def _clause_race(parsed: Parsed, token, whole: bool = False) -> str | None:
    """The election of the clause ("en las elecciones generales de octubre"), else the one
    its sentence or the text named before."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    for child in verb.children:
        if child.i != token.i and preposition(child) in ("en", "a", "para", "de cara a") and \
                is_election_noun(child):
            key = parsed.elections.named(child)
            if key:
                return key
    office = office_object(verb)
    key = parsed.elections.for_office(office) if office is not None else None
    if key:
        return key  # "disputa la alcaldía de Lyon a X"
    named = parsed.elections.in_sentence(token.i)
    if named:
        # a candidacy is for the whole race, not one of its rounds
        return parsed.elections.whole(named[0].key, token) if whole else named[0].key
    return parsed.elections.context(token)


def _candidate(parsed: Parsed, person: End, key: str | None, cue: str, trigger: int,
               confidence: float = 0.65, dated: bool = True) -> list[Found]:
    if key is None or not parsed.kb.fits("candidateIn", person.key, key):
        return []
    parsed.candidates_named.add(person.key)
    return [Found("candidateIn", person, End(key, trigger, trigger), confidence, cue, trigger,
                  dated=dated)]


def _runners(parsed: Parsed, verb) -> list[End]:
    """The persons the verb's subject names; Spanish drops the subject of "confirmó que
    buscará la reelección", the one who says it."""
    found = _persons(parsed, subject_ends(parsed, verb))
    if not found and verb.dep_ == "ccomp" and not any(
            c.dep_.startswith("nsubj") for c in verb.children):
        found = _persons(parsed, subject_ends(parsed, verb.head))
    return found


def _persons(parsed: Parsed, ends: list[End]) -> list[End]:
    return [e for e in ends if parsed.is_person(e.key)]


def _sought(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"buscará la reelección en las elecciones de octubre", "aspira a la alcaldía"."""
    found = []
    for child, prep in _objects(verb):
        seat = parsed.mention(child)
        if seat is not None and seat.kind == METONYM and prep in ("", "a"):
            # "aspira a la Casa de Nariño": the presidency its seat stands for
            place = gz.place(seat.text)
            key = parsed.elections.presidential(child, place.country) if place and \
                place.country and place.stands_for == "presidencia" else None
            for person in _runners(parsed, verb) if key else ():
                found += _candidate(parsed, person, key, f"verb:{lemma}", verb.i)
            continue
        if folded_lemma(child) not in SOUGHT and not (
                fold(child.lower_) in _HOUSES_SOUGHT and lemma in _ASPIRING) or \
                prep not in ("", "a", "por", "para"):
            continue
        if any(c.dep_ == "nmod" and parsed.is_person(e.key) for c in child.children
               for e in phrase_ends(parsed, c)):
            continue  # "apoyar la candidatura de X" is another's
        # "busca un quinto mandato en las legislativas de abril": the race in its phrase
        key = _named_in_phrase(parsed, child) or _clause_race(parsed, child) if folded_lemma(
            child) in ("reeleccion", "candidatura", "nominacion", "mandato") else race(
            parsed, child)
        if folded_lemma(child) == "reeleccion" and key is not None and held_kind(
                parsed, child) and not race_of_kind(parsed.kb.label(key), held_kind(parsed, child)):
            key = None  # a mayor's re-election is not the legislative race named near it
        if folded_lemma(child) in ("reeleccion", "mandato") and key is None:
            key = parsed.elections.for_office(child)
        if folded_lemma(child) == "mandato" and key is None:
            key = term_race(parsed, child)
        runners = _runners(parsed, verb)
        for person in runners:
            found += _candidate(parsed, person, key, f"verb:{lemma}", verb.i)
        if lemma == "disputar":
            found += _disputed_with(parsed, verb, child, key, runners)
    return found


def _disputed_with(parsed: Parsed, verb, office, key: str | None, runners) -> list[Found]:
    """"disputarle la presidencia al alcalde de Varsovia, X": the one the office is disputed
    with runs in the race too, against whoever disputes it."""
    rivals = _persons(parsed, [e for c in verb.children if c.i != office.i and c.dep_ in (
        "obj", "obl", "iobj") and preposition(c) in ("a", "al") for e in phrase_ends(parsed, c)])
    rivals = [r for r in {e.key: e for e in rivals}.values()
              if all(r.key != p.key for p in runners)]
    found = []
    for rival in rivals:
        found += _candidate(parsed, rival, key, "verb:disputar", verb.i, 0.6)
        found += [Found("opponentOf", runner, rival, 0.6, "verb:disputar", verb.i,
                        {"context": key}) for runner in runners
                  if key and parsed.kb.fits("opponentOf", runner.key, rival.key)]
    return found


def _listed(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"encabezó la lista del Centro Democrático al Senado", "la lista la encabeza X"."""
    found = []
    for child, prep in _objects(verb):
        if folded_lemma(child) not in LISTS or child.dep_ == "nsubj" and lemma not in (
                "encabezar", "liderar", "cerrar", "abrir") or not candidate_list(child):
            continue
        if lemma in ("figurar", "ir", "estar") and prep not in ("en", "a"):
            continue
        people = _persons(parsed, subject_ends(parsed, verb) if child.dep_ != "nsubj" else [])
        if child.dep_ == "nsubj" or not people:
            # "La lista ... la encabeza la exministra X": the list fronted, its head after
            people = _persons(parsed, [e for c in verb.children if c.dep_ in ("obj", "nsubj")
                                       and c.i > verb.i and c.i != child.i
                                       for e in phrase_ends(parsed, c)])
        key = race(parsed, child)
        parties = [e for c in child.children if c.dep_ == "nmod" and preposition(c) == "de"
                   for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, ORGANIZATION)]
        for person in people:
            found += _candidate(parsed, person, key, f"verb:{lemma}", verb.i)
            found += [Found("represents", person, party, 0.6, f"verb:{lemma}", verb.i)
                      for party in parties
                      if parsed.kb.fits("represents", person.key, party.key)]
    return found


def _filed(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"inscribió la candidatura del concejal X a la alcaldía de Santiago", "X inscribió su
    candidatura": the one whose candidacy it is runs; a party that files it is represented."""
    found = []
    filers = subject_ends(parsed, verb)
    for child, prep in _objects(verb):
        if folded_lemma(child) not in CANDIDACIES or prep:
            continue
        owners = _persons(parsed, [e for c in child.children if c.dep_ == "nmod" and
                                   preposition(c) == "de" for e in phrase_ends(parsed, c)])
        if not owners and any(c.lower_ in ("su", "sus") for c in child.children) and (
                verb.morph.get("VerbForm") == ["Fin"] or any(
                    c.dep_ == "aux" and c.morph.get("VerbForm") == ["Fin"]
                    for c in verb.children)):
            # "X inscribió su candidatura", "X ya ha anunciado su precandidatura"; in "la
            # acompañó a inscribir su candidatura" the infinitive's subject is not whose it is
            owners = _persons(parsed, filers)
        key = race(parsed, child)
        parties = [e for e in filers if parsed.kb.is_a(e.key, ORGANIZATION)]
        for person in owners:
            found += _candidate(parsed, person, key, f"nominal:{folded_lemma(child)}", verb.i)
            found += [Found("represents", person, party, 0.6, f"nominal:{folded_lemma(child)}",
                            verb.i) for party in parties
                      if parsed.kb.fits("represents", person.key, party.key)]
    return found


def _nominated(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"fue proclamado candidato a la reelección por el PJ", "llevará como candidato a
    gobernador al diputado X", "ungido así abanderado de la coalición": the title is a
    predicate of the one named, the party that names them is the one they stand for."""
    # (a bare predicate the small model may hang as "nmod": "la proclamó candidata a X")
    roles = [c for c in verb.children if base_role(c)[0] and role_kind(base_role(c)[0]) in (
        "candidate", "representative", "rival") and (c.dep_ in (
            "xcomp", "obj", "obl", "advcl", "nsubj") or c.dep_ == "nmod" and not preposition(c))]
    if not roles:
        return []
    # "ungido así abanderado de la coalición": a participle on the name
    passive = is_passive(verb) or verb.dep_ in ("acl", "amod") and \
        verb.morph.get("VerbForm") == ["Part"]
    described = participle_on_name(parsed, verb)  # "a Carrasco, proclamada candidata del PP"
    passive = passive or described is not None
    found = []
    for role in roles:
        if any(c.dep_ == "nmod" and preposition(c) == "de" and parsed.is_person(e.key)
               for c in role.children for e in phrase_ends(parsed, c)):
            continue  # "presentó al candidato de X": a title of someone else
        if described is not None:
            people = [End.of(described)]
        elif passive:
            people = subject_ends(parsed, verb)
            if verb.dep_ in ("acl", "amod") and not people or not is_passive(verb):
                people = parsed.ends(verb.head, conj=False)
        else:
            people = [e for c in verb.children if c.dep_ in ("obj", "obl") and c.i != role.i
                      and not any(r.i == c.i for r in roles) for e in phrase_ends(parsed, c)]
            people += [e for c in role.children if c.dep_ in ("obj", "obl", "nmod", "appos")
                       and preposition(c) in ("a", "al", "") for e in phrase_ends(parsed, c)]
            if not _persons(parsed, people):
                # "el consejo la proclamó candidata a la gobernación": the one the clitic
                # takes up
                people = clitic_object(parsed, verb)
        if not passive and not any(c.lower_ in _SELF for c in verb.children):
            # "Abascal la eligió como candidata": the one who chooses is not the one chosen,
            # even where the small model makes the name before the clitic an object
            people = [e for e in people if e.key not in
                      {s.key for s in subject_ends(parsed, verb)} and not _before_clitic(
                          parsed.doc, e, verb)]
        people = _persons(parsed, people)
        key = race(parsed, role)
        by = [e for c in verb.children if preposition(c) == "por" for e in phrase_ends(parsed, c)
              if parsed.kb.is_a(e.key, ORGANIZATION)] if passive else [
            e for e in subject_ends(parsed, verb) if parsed.kb.is_a(e.key, ORGANIZATION)]
        by += [e for c in role.children if c.dep_ == "nmod" and preposition(c) == "de"
               for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, ORGANIZATION)]
        cue = ("passive:" if passive else "verb:") + lemma
        if role_kind(base_role(role)[0]) == "rival":
            if none_had(verb, role):
                continue  # "No tuvo rival: el único aspirante, X, se retiró"
            # "tendrá como principal contrincante a X": the subject's opponent
            found += [Found("opponentOf", s, p, 0.6, cue, verb.i) for s in _runners(parsed, verb)
                      for p in people if s.key != p.key and not passive and
                      parsed.kb.fits("opponentOf", s.key, p.key)]
            continue
        for person in people:
            if role_kind(base_role(role)[0]) == "candidate":
                # the day a party names its candidate ("lo proclamó ayer") is not the race's
                found += _candidate(parsed, person, key, cue, verb.i, dated=False)
            found += [Found("represents", person, party, 0.6, cue, verb.i) for party in by
                      if parsed.kb.fits("represents", person.key, party.key)]
    return found


def _before_clitic(doc, end: End, verb) -> bool:
    """Whether the name stands before the verb's object clitic ("X la eligió") without the
    "a" of a doubled object ("A María la eligió el partido")."""
    clitics = [c.i for c in verb.children if c.pos_ == "PRON" and c.i < verb.i and
               c.lower_ in ("la", "lo", "las", "los")]
    return bool(clitics) and end.last < min(clitics) and not (
        end.first > 0 and doc[end.first - 1].lower_ in ("a", "al"))


def _polled(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"lidera las encuestas para la primera vuelta": one polled runs in that race."""
    found = []
    for child, prep in _objects(verb):
        if prep or folded_lemma(child) not in POLLS:
            continue
        key = race(parsed, child)
        for person in _runners(parsed, verb):
            found += _candidate(parsed, person, key, f"verb:{lemma}", verb.i, 0.6)
    return found


def _defeated(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"derrotó al aspirante socialista", "se impuso a su rival en la consulta": both ran in
    the race of the clause, else the one the text is about, and were rivals in it."""
    rivals = [e for c in verb.children if c.dep_ in ("obj", "obl") and preposition(c) in (
        "", "a", "frente a", "frente al", "ante", "sobre") and not is_election_noun(c)
              for e in phrase_ends(parsed, c)]
    if any(not e.reference for e in rivals):
        # "se impuso a su rival en la consulta, la exministra X": the one named
        rivals = [e for e in rivals if not e.reference]
    rivals = list({e.key: e for e in _persons(parsed, rivals)}.values())
    winners = _persons(parsed, subject_ends(parsed, verb))
    if not rivals or not winners:
        return []
    # the contest just told of, a round as much as a whole race ("ganó las regionales de X")
    won = next((c for c in verb.children if c.dep_ == "obj" and is_election_noun(c)), None)
    key = parsed.elections.named(won) if won is not None else _clause_race(parsed, verb) if any(
        is_election_noun(c) for c in verb.children) or parsed.elections.in_sentence(verb.i) \
        else parsed.elections.before(verb.i)
    if key is None or not (parsed.kb.is_a(key, ELECTION) or parsed.kb.is_a(key, ROUND)):
        return []
    found = []
    cue = f"verb:{lemma}"
    for winner in winners:
        found += _candidate(parsed, winner, key, cue, verb.i, 0.6)
        for rival in rivals:
            if rival.key == winner.key:
                continue
            found += _candidate(parsed, rival, key, cue, verb.i, 0.6)
            if parsed.kb.fits("opponentOf", winner.key, rival.key) and \
                    parsed.kb.is_a(rival.key, PERSON) and lemma != "superar":
                found.append(Found("opponentOf", winner, rival, 0.65, cue, verb.i,
                                   {"context": key}))
    return found


# Verbs whose clause says a race did not take place for its subject.
_SELF = {"se", "me", "te", "nos", "os"}  # "se presentó como candidato": the subject runs
_AVOIDING = {"evitar", "eludir", "esquivar", "descartar"}


def _faced(parsed: Parsed, noun) -> list[Found]:
    """"se impuso en la segunda vuelta frente a la candidata X", "pidió el voto en la
    segunda vuelta del 7 de junio frente al izquierdista Y": one named against a race ran in
    it, against the clause's subject when it ran too."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb_lemma(verb) in _AVOIDING:
        return []
    found = _contested_by(parsed, noun) + pitted_by(parsed, noun)
    rivals = _persons(parsed, _named_against(parsed, noun))
    if not rivals and noun.head == verb and verb.i < noun.i and noun.dep_ in ("obj", "obl") \
            and preposition(noun) in ("", "en"):
        # "perdió frente a Noboa la segunda vuelta": the rival between the verb and the race
        rivals = _persons(parsed, _named_against(parsed, verb, noun.i))
    if not rivals:
        return found
    key = parsed.elections.named(noun)
    if key is None:
        return found
    runners = [p for p in _runners(parsed, verb) if p.key in parsed.candidates_named]
    for rival in rivals:
        found += _candidate(parsed, rival, key, f"nominal:{folded_lemma(noun)}", noun.i, 0.6)
        found += [Found("opponentOf", runner, rival, 0.6, f"nominal:{folded_lemma(noun)}",
                        noun.i, {"context": key}) for runner in runners
                  if runner.key != rival.key and
                  parsed.kb.fits("opponentOf", runner.key, rival.key)]
    return found


# Verbs of a race that sets its candidates against each other.
_PITTING = {"enfrentar", "medir", "oponer", "cruzar"}


def _contested_by(parsed: Parsed, noun) -> list[Found]:
    """"la segunda vuelta, que enfrenta al socialista X con Y": the race of a relative clause
    that pits two persons against each other; both run in it, and are rivals."""
    found = []
    # "de las presidenciales portuguesas, que enfrentan a ...": the small model may take the
    # demonym for the noun, the election word for its adjective, and hang the clause on it
    host = noun.head if noun.dep_ == "amod" and noun.head.pos_ == "NOUN" and demonym_label(
        noun.head) else noun
    for clause in host.children:
        if clause.dep_ not in ("acl", "acl:relcl") or verb_lemma(clause) not in _PITTING or \
                not any(c.lower_ in ("que", "cual") for c in clause.children):
            continue
        people = _persons(parsed, [e for c in clause.children if c.dep_ in ("obj", "obl")
                                   and preposition(c) in ("", "a", "al", "con")
                                   for e in phrase_ends(parsed, c)])
        people = list({e.key: e for e in people}.values())
        # "la segunda vuelta de las presidenciales, que enfrenta a ...": the round is pitted
        race = host.head if host.dep_ == "nmod" and is_election_noun(host.head) and fold(
            host.head.lower_) in ("vuelta", "balotaje", "ballotage") else noun
        key = parsed.elections.named(race) if len(people) >= 2 else None
        if key is None:
            continue
        cue = f"verb:{verb_lemma(clause)}"
        for person in people:
            found += _candidate(parsed, person, key, cue, clause.i, 0.6)
        found += [Found("opponentOf", people[0], other, 0.6, cue, clause.i, {"context": key})
                  for other in people[1:]
                  if parsed.kb.fits("opponentOf", people[0].key, other.key)]
    return found


def _named_against(parsed: Parsed, noun, stop: int | None = None) -> list[End]:
    """The names after "frente a" or "contra" that follows the race's phrase (or a verb, up
    to the race at `stop`), read on the tokens: the small model hangs the locution anywhere
    ("frente al izquierdista X")."""
    doc = noun.doc
    for i in range(noun.i + 1, min(noun.sent.end - 1, noun.i + 10, stop or len(doc))):
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (";", ":", "."):
            return []
        if fold(doc[i].lower_) == "frente" and doc[i + 1].lower_ in ("a", "al") or \
                doc[i].lower_ == "contra":
            for j in range(i + 1, min(noun.sent.end, i + 6, stop or len(doc))):
                mention = parsed.mention(doc[j])
                if mention is not None and mention.start == j:
                    return [End.of(mention)]
            return []
    return []


def _elected(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"fue reelegido en la segunda vuelta de las presidenciales": one elected in a race ran
    in it."""
    if not is_passive(verb):
        return []
    found = []
    for child, prep in _objects(verb):
        key = parsed.elections.named(child) if prep == "en" and is_election_noun(child) else None
        for person in _runners(parsed, verb) if key else ():
            found += _candidate(parsed, person, key, f"verb:{lemma}", verb.i)
    return found


def _ran_in_year(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"ya se había presentado en 2005 y en 2014", "compitió en 2016": running, in a year
    alone, is running in the race the text is about, held that year."""
    withheld = _withheld(verb) if lemma == "presentar" else False
    if lemma == "presentar" and not any(c.lower_ == "se" for c in verb.children) and \
            not verb.lower_.endswith("se") or any(
            preposition(c) in ("a", "al", "por", "para") or is_election_noun(c)
            for c in verb.children if c.dep_ in ("obj", "obl", "obl:arg") and not (
                # "no pudo presentarse por sus causas judiciales": a cause, not a district
                withheld and preposition(c) == "por" and c.is_lower)):
        return []
    races = parsed.elections.of_year(verb, bare=withheld)
    if withheld:
        # "X, que no pudo presentarse", "esta vez no se presenta": not in the race the text
        # is about, one still ahead or of the article's day
        races = [r for r in races if (year_of(parsed.kb.label(r.key).rsplit(" ", 1)[-1]) or 0)
                 >= (parsed.document.anchor.year or 0)]
    # (the "no" itself is read with the clause's mood, as for every claim)
    return [Found("candidateIn", person, race, 0.6, f"verb:{lemma}", verb.i)
            for person in subject_ends(parsed, verb) if parsed.is_person(person.key)
            for race in races if parsed.kb.fits("candidateIn", person.key, race.key)]


# Verbs of being able to that leave a candidacy unmade when denied: "no pudo presentarse"
_ABLE = {"poder", "lograr", "conseguir"}
# Nouns of the turn at hand: "esta vez", "este año", "en esta ocasión"
_TURNS = {"vez", "ano", "ocasion"}


def _withheld(verb) -> bool:
    """A bare "presentarse" denied for the race at hand: "no pudo presentarse", "esta vez no
    se presenta" (a bare "no se presentó" may be to a meeting)."""
    able = verb.head if verb.dep_ == "xcomp" and folded_lemma(verb.head) in _ABLE else next(
        (c for c in verb.children if c.dep_ == "aux" and folded_lemma(c) in _ABLE), None)
    denied = any(c.dep_ == "advmod" and fold(c.lower_) in ("no", "nunca", "jamas")
                 for w in (verb, able) if w is not None for c in w.children)
    turn = any(fold(c.lower_) in _TURNS and any(fold(d.lower_) in ("esta", "este")
                                                for d in c.children)
               for c in verb.children if c.dep_ in ("obl", "advmod", "obj", "nmod"))
    return denied and (able is not None or turn)


# A seat or a share kept, won or lost in a race: "revalidó el cargo en las autonómicas",
# "obtuvo un escaño en las legislativas", "perdió la mayoría en las municipales".
KEEPING = {"revalidar", "retener", "renovar", "conservar", "ganar", "obtener", "perder",
           "lograr", "conseguir"}
# Keeping an office is winning its race again; gaining or losing one may be a pact's doing
_RETAINING = {"revalidar", "retener"}


def _kept_in(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"revalidó el cargo en las autonómicas de 2023": the race hangs on the object kept."""
    found = []
    for child, prep in _objects(verb):
        if prep or child.dep_ != "obj" or is_election_noun(child):
            continue
        races = [t for t in child.children if preposition(t) == "en" and is_election_noun(t)]
        key = parsed.elections.named(races[0]) if races else None
        if key is None and lemma in _RETAINING:
            # "revalidó la alcaldía": the office kept, run for again (its town the story's)
            key = parsed.elections.for_office(child)
        for person in _runners(parsed, verb) if key else ():
            found += _candidate(parsed, person, key, f"verb:{lemma}", verb.i)
    return found


def _knocked_out(parsed: Parsed, word, lemma: str) -> list[Found]:
    """"el liberal X, eliminado en la primera vuelta", "quedó eliminado en la primera vuelta":
    one knocked out of a round ran in it."""
    if word.pos_ != "ADJ":
        return []  # the verb's own frames read "fue eliminado en"
    races = [c for c in word.children if preposition(c) == "en" and is_election_noun(c)]
    key = parsed.elections.named(races[0]) if races else None
    if key is None:
        return []
    if word.dep_ in ("amod", "acl", "appos"):
        people = parsed.ends(word.head, conj=False)
    elif word.dep_ in ("obj", "xcomp", "ROOT") or word.dep_.startswith("nsubj"):
        people = subject_ends(parsed, word.head if word.dep_ != "ROOT" else word)
    else:
        return []
    return [f for person in _persons(parsed, people)
            for f in _candidate(parsed, person, key, f"verb:{lemma}", word.i)]


# Which reader each kind of verb goes to, in the order their claims are listed.
_READERS = (
    (SEEKING, _sought), (HEADING, _listed), (FILING, _filed), (NOMINATING, _nominated),
    (LEADING, _polled), (DEFEATING, _defeated), (ELECTED, _elected),
    (RUNNING, _ran_in_year), (KEEPING, _kept_in), ({"eliminar"}, _knocked_out),
)
