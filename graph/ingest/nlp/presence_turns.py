"""Presence at the event a chronicle reports, told without naming it again: heading a
country's or a party's delegation ("encabezó la delegación argentina", "La presencia
latinoamericana la encabezó X"), sitting beside someone there ("Junto a X se sentó Y", "se
sentó al lado de X"), addressing those present ("se dirigió a los asistentes"), heading
the launch it was ("encabezó el lanzamiento de la candidatura de X"), and presenting a
speaker ("X fue presentado por Y", "Y presentó a X ante el público", "Lo
presentó Y": both)."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clause_objects import clitic_object
from graph.ingest.nlp.clauses import is_passive, phrase_ends, preposition, subject_ends
from graph.ingest.nlp.described_events import kind_of
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_HEADING = {"encabezar", "liderar", "presidir", "dirigir", "capitanear", "comandar"}
# The group a gathering receives from a country or a party, or being there at all
_PARTIES_SENT = {"delegacion", "comitiva", "representacion", "presencia", "expedicion",
                 "embajada", "mision", "contingente"}
# The act a chronicle may report by what it launches or presents
_LAUNCHES = {"lanzamiento", "presentacion", "proclamacion"}
_SITTING = {"sentar", "sentarse", "situar", "ubicar", "acomodar"}
_BESIDE = {"junto a", "junto con"}
# Those present, whom a speaker addresses
_PRESENT = {"asistente", "presente", "publico", "auditorio", "militante", "simpatizante",
            "congregado", "participante", "invitado", "delegado", "congresista"}


def presence_turn(parsed, verb) -> list:
    """Who is at the event the verb speaks of, as `chronicle_turn` reads them, or []."""
    if verb.pos_ != "VERB" or _other_occasion(parsed, verb):
        return []
    lemma = verb_lemma(verb)
    if lemma in _HEADING and any(
            c.dep_ in ("obj", "nsubj:pass") and folded_lemma(c) in _PARTIES_SENT and
            not any(k.dep_ == "det" and k.lower_ in ("un", "una") for k in c.children)
            for c in verb.children):
        # "encabezó la delegación": one delegation, sent to the event the text is about; "una
        # delegación" may be any
        return [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    if lemma in _HEADING and any(
            c.dep_ == "obj" and folded_lemma(c) in _LAUNCHES and any(
                k.dep_ == "det" and k.lower_ in ("el", "la") for k in c.children)
            for c in verb.children):
        # "encabezó ayer en Posadas el lanzamiento de la candidatura de X": the act that
        # launches it, the one the chronicle reports
        return [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    reflexive = any(c.dep_ in ("obj", "iobj", "expl:pv") and c.lower_ == "se"
                    for c in verb.children)
    if lemma == "dirigir" and reflexive and any(
            c.dep_ in ("obj", "obl") and folded_lemma(c) in _PRESENT and preposition(c) == "a"
            for c in verb.children):
        return [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    if lemma == "presentar":
        return _presenting(parsed, verb)
    if lemma in _SITTING and reflexive:
        beside = [e for c in verb.children if c.dep_ in ("obl", "nmod") and
                  preposition(c) in _BESIDE for e in phrase_ends(parsed, c)
                  if parsed.is_person(e.key)] + [
            e for c in verb.children if c.dep_ in ("obl", "nmod") and
            folded_lemma(c) == "lado" and preposition(c) in ("a", "al")
            for d in c.children if d.dep_ == "nmod" and preposition(d) in ("de", "del")
            for e in phrase_ends(parsed, d) if parsed.is_person(e.key)] + [
            # "al lado de X", parsed as one preposition
            e for c in verb.children if c.dep_ in ("obl", "nmod", "obj") and any(
                k.dep_ == "case" and any(f.lower_ == "lado" for f in k.children)
                for k in c.children)
            for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
        if beside:
            # "Junto a Echagüe se sentó X": X is there, and so is the one beside
            return [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    return []


def _presenting(parsed, verb) -> list:
    """"X fue presentado por Y", "Y presentó a X ante los asistentes": the one presented and
    the presenter are both there; presenting a book, a motion or a candidacy is not."""
    if is_passive(verb):
        presenters = [e for c in verb.children if preposition(c) == "por"
                      for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
        presented = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    else:
        presenters = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
        presented = [e for c in verb.children if c.dep_ == "obj" and preposition(c) == "a"
                     for e in phrase_ends(parsed, c) if parsed.is_person(e.key)] or [
            # "Lo presentó el presidente de la fundación": the clitic takes up the speaker
            e for e in clitic_object(parsed, verb) if parsed.is_person(e.key) and
            not _thing_before(verb)]
    if not presenters or not presented or any(
            c.dep_ in ("obl", "nmod", "xcomp", "obj", "iobj", "advcl") and (
                preposition(c) == "como" or any(
                k.dep_ == "mark" and k.lower_ == "como" for k in c.children))
            for c in verb.children):
        return []  # "lo presentó como candidato": a candidacy, told wherever
    return [e for e in presenters + presented if not e.reference]


def _thing_before(verb) -> bool:
    """"Su libro salió en marzo; lo presentó Y": a noun of the clitic's gender earlier in its
    sentence is what the clitic takes up, not the speaker told of before."""
    clitic = next((c for c in verb.children if c.dep_ in ("obj", "iobj") and
                   c.lower_ in ("lo", "la", "los", "las")), None)
    if clitic is None:
        return False
    gender = clitic.morph.get("Gender") or (["Fem"] if clitic.lower_.startswith("la") else
                                            ["Masc"])
    return any(t.pos_ == "NOUN" and t.morph.get("Gender") == gender
               for t in verb.sent if t.i < clitic.i)


def _other_occasion(parsed, verb) -> bool:
    """"tras la ceremonia de posesión, ..., que encabezó la delegación de su país": a sentence
    that tells of a gathering the text does not name speaks of that one, not the text's."""
    for noun in verb.sent:
        if noun.i == verb.i or kind_of(noun) is None:
            continue
        events = [e for e in parsed.ends(noun, conj=False) if parsed.kb.is_a(e.key, EVENT)]
        # "la ceremonia de posesión", told apart by its complement, is not the one referred to
        if not events or all(e.reference for e in events) and any(
                c.dep_ == "nmod" and c.i > noun.i for c in noun.children):
            return True
    return False
