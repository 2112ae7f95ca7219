"""Taking part reached through a trip: "visitó Milán en junio para un mitin de Vox", "fue a
Budapest para la CPAC", "se trasladó a Lisboa para la cumbre"; taken there by someone ("lo
llevó a Bruselas para una jornada", "se trajo a X a la convención": the one taken goes);
with companions ("voló a Roma con A y con B para la cumbre", "llegó a la convención junto a
A y a B": they go too); and those met at the place of the gathering ("…para la cumbre, donde
coincidió con A y con B": all of them were there). The gathering must be an event the text
names or describes: "viajó a Roma para reunirse con X", "la llevó a la presidencia" or "llegó
a un acuerdo" say nothing of one. A trip denied or only planned is read by the extractor's
modality check."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clause_objects import clitic_object
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_lemma

# Going somewhere: the goer is the subject
_GOING = {"viajar", "ir", "visitar", "volar", "desplazar", "desplazarse", "trasladar",
          "trasladarse", "venir", "llegar", "acudir", "marchar", "partir", "regresar",
          "volver", "escaparse", "escapar", "peregrinar", "aterrizar", "plantarse", "plantar",
          "presentarse"}
# Taking someone somewhere: the one taken goes
_TAKING = {"llevar", "traer", "llevarse", "traerse"}
# What a trip is for: "para la cumbre"; "a la cumbre" where the verb takes a destination
_FOR = {"para"}
_TO = {"a", "al", "hasta", "para"}
# Going with others: "con A", "junto a B", "en compañía de C"
_WITH = {"con", "junto a", "junto con", "en compania de", "acompanado de", "acompanado por"}
# Arriving, said without where: at the gathering the text is about, with an entourage
_ARRIVING = {"llegar", "aterrizar", "arribar", "venir", "viajar", "volar", "aparecer"}
_ACCOMPANIED = {"acompanado", "acompanar"}
_BESIDE = {"junto a", "junto con", "en compania de", "acompanado de", "acompanado por"}
# How far back the gathering may have been named (sentences): an entourage is news of the
# day the chronicle tells, further on than a bare trip (bare_trips)
_NEAR = 6
# Meeting others at the place of the gathering
_COINCIDING = {"coincidir", "encontrar", "encontrarse", "cruzar", "cruzarse", "saludar",
               "conversar", "charlar", "departir", "compartir", "fotografiarse", "retratarse",
               "posar"}
_WHERE = {"donde", "alli", "ahi", "en el que", "en la que"}


def going_lemma(token) -> str:
    if token.pos_ == "AUX" and folded_lemma(token) == "ser" and _destination(token):
        return "ir"  # "fue a Budapest para la CPAC": "fue" of "ir", read as "ser"
    return verb_lemma(token) if token.pos_ in ("VERB", "AUX") else ""


def _destination(verb) -> bool:
    return any(c.dep_ in ("obl", "obj") and preposition(c) in ("a", "al", "hasta")
               for c in verb.children) and not any(
        c.dep_ in ("cop", "attr", "xcomp") or c.dep_ == "nsubj" and c.pos_ == "NOUN" and
        c.i > verb.i for c in verb.children)


def _events(parsed, verb, prepositions) -> list:
    phrases = [c for c in verb.children if c.dep_ in ("obl", "obj", "nmod")]
    # "voló con A y con B para la cumbre": the small model hangs the purpose on the last
    # companion
    phrases += [n for c in phrases if preposition(c) in _WITH
                for item in [c, *c.conjuncts] for n in item.children
                if n.dep_ == "nmod" and preposition(n) in _FOR]
    return [e for c in phrases if preposition(c) in prepositions
            for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]


def _people(parsed, token) -> list:
    items = [token] + [c for c in token.conjuncts if c.i > token.i]
    # "llegó acompañado de su esposa; X, que ..., lo hizo a mediodía": past a semicolon
    # another clause names its own
    stop = next((t.i for t in token.doc[token.i:token.sent.end] if t.text in (";", ":")),
                token.sent.end)
    return [e for item in items if item.i < stop for e in phrase_ends(parsed, item)
            if not parsed.kb.is_a(e.key, EVENT) and e.first < stop]


def trip_purpose_claims(parsed, verb) -> list[Found]:
    lemma = going_lemma(verb)
    found: list[Found] = []
    if lemma in _GOING:
        # "visitó Milán para X": visiting a place, the gathering is what it was for
        events = _events(parsed, verb, _FOR if lemma == "visitar" else _TO)
        goers = subject_ends(parsed, verb)
        cue = f"verb:{lemma}"
        found += [Found("participatedIn", g, e, 0.65, cue, verb.i)
                  for g in goers for e in events
                  if g.key != e.key and parsed.kb.fits("participatedIn", g.key, e.key)]
        found += _companions(parsed, verb, events, cue)
        if not events:
            found += _arrived_with(parsed, verb, lemma, goers)
    elif lemma in _TAKING and verb.pos_ == "VERB" and not _denied(verb):
        events = _events(parsed, verb, _TO)
        taken = [e for c in verb.children if c.dep_ in ("obj", "iobj") and c.pos_ != "PRON"
                 for e in phrase_ends(parsed, c) if not parsed.kb.is_a(e.key, EVENT)] or \
            clitic_object(parsed, verb)  # "lo llevó a Bruselas para la cumbre"
        cue = f"verb:{lemma}"
        found += [Found("participatedIn", t, e, 0.6, cue, verb.i)
                  for t in taken for e in events
                  if t.key != e.key and parsed.kb.fits("participatedIn", t.key, e.key)]
    if verb.pos_ == "VERB" and verb_lemma(verb) in _COINCIDING and not _denied(verb):
        found += _met_there(parsed, verb)  # not meeting someone there says nothing of them
    return found


def _denied(verb) -> bool:
    # "no la llevó a la cumbre" does not say she stayed away
    return any(c.dep_ in ("advmod", "cc") and folded_lemma(c) in NEGATORS for c in verb.children)


def _companions(parsed, verb, events, cue) -> list[Found]:
    if not events or _denied(verb):
        return []  # "no viajó con A a la cumbre": A may well have gone
    out = []
    for child in verb.children:
        if child.dep_ not in ("obl", "nmod") or preposition(child) not in _WITH:
            continue
        out += [Found("participatedIn", p, e, 0.6, cue, verb.i)
                for p in _people(parsed, child) for e in events
                if parsed.is_person(p.key) and parsed.kb.fits("participatedIn", p.key, e.key)]
    return out


def _arrived_with(parsed, verb, lemma, goers) -> list[Found]:
    """"llegó al mediodía en un vuelo desde Buenos Aires junto al armador del partido, A, y
    al jefe del bloque, B": an arrival with an entourage and no end of its own, in a text
    about a gathering, is the arrival at it, of all of them."""
    if lemma not in _ARRIVING or not _done(verb) or _denied(verb) or any(
            c.dep_ in ("obl", "nmod", "obj", "advcl", "xcomp") and
            preposition(c) in ("a", "al", "hasta", "hacia", "para", "como") or
            c.dep_ == "obj" and c.pos_ != "PRON" and folded_lemma(c) not in _ACCOMPANIED
            for c in verb.children):
        return []
    companions = [p for c in _entourage(verb) for p in _people(parsed, c)
                  if parsed.is_person(p.key)]
    event = parsed.topic_end(verb.i) if companions else None
    if event is None or event.distance > _NEAR:
        return []
    return [Found("participatedIn", p, event, 0.6, f"verb:{lemma}", verb.i)
            for p in [g for g in goers if parsed.is_person(g.key)] + companions
            if parsed.kb.fits("participatedIn", p.key, event.key)]


def _entourage(verb) -> list:
    """"junto a A", "en compañía de A", "acompañado por A": the phrases naming those who
    came along."""
    phrases = []
    # "llegó X, en compañía de A": the small model hangs the phrase on the subject
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    for child in list(verb.children) + [n for s in subjects for n in s.children
                                        if n.dep_ == "nmod" and n.i > s.i and
                                        preposition(n) == "en compania de"]:
        if child.dep_ in ("obl", "nmod") and preposition(child) in _BESIDE:
            phrases.append(child)
        elif child.dep_ in ("obl", "nmod") and folded_lemma(child) == "compania" and \
                preposition(child) == "en":
            phrases += [c for c in child.children if c.dep_ == "nmod" and preposition(c) == "de"]
        elif child.dep_ in ("advcl", "amod", "acl", "xcomp", "obj") and \
                folded_lemma(child) in _ACCOMPANIED:
            phrases += [c for c in child.children if c.dep_ in ("obl", "obj") and
                        preposition(c) in ("por", "de")]
    return phrases


def _done(verb) -> bool:
    return verb.morph.get("VerbForm") == ["Fin"] and verb.morph.get("Mood") == ["Ind"] and \
        "Past" in verb.morph.get("Tense")


def _where(verb) -> bool:
    """"donde coincidió", "en la que coincidió", "allí coincidió"."""
    for child in verb.children:
        if folded_lemma(child) in ("donde", "alli", "ahi") and child.dep_ in ("obl", "advmod"):
            return True
        if child.dep_ == "obl" and folded_lemma(child) in ("que", "cual") and \
                preposition(child) == "en":
            return True
    return False


def _met_there(parsed, verb) -> list[Found]:
    """"…para la cumbre, donde coincidió con A y con B": the gathering "donde" takes up is
    the nearest event above the relative clause."""
    if verb.dep_ not in ("acl", "acl:relcl", "advcl", "conj", "parataxis") or not _where(verb):
        return []
    events, above = [], verb.head
    while not events:
        events = [e for e in phrase_ends(parsed, above) if parsed.kb.is_a(e.key, EVENT)] if \
            above.pos_ in ("NOUN", "PROPN") else _events(parsed, above, _TO | {"en", "de"})
        if above.head.i == above.i or above.pos_ in ("VERB", "AUX"):
            break
        above = above.head
    if len({e.key for e in events}) != 1:
        return []
    event = events[0]
    cue = f"verb:{verb_lemma(verb)}"
    there = subject_ends(parsed, verb)
    if not there:
        main = verb.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
        there = subject_ends(parsed, main) if main.pos_ in ("VERB", "AUX") else []
    for child in verb.children:
        # "donde coincidió con A", "junto a B": they were there; "donde saludó a A" says A
        # was greeted, not that A took part
        if child.dep_ in ("obl", "obj") and preposition(child) in ("con", "junto a"):
            there += [p for p in _people(parsed, child) if parsed.is_person(p.key)]
    return [Found("participatedIn", p, event, 0.6, cue, verb.i) for p in there
            if p.key != event.key and parsed.kb.fits("participatedIn", p.key, event.key)]
