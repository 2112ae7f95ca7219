"""Parties at a gathering through the people they send, and the body that invites to it.
"El SDS ha invitado a dirigentes de Vox y del FPÖ, que no han viajado": the SDS, inviting to
its own gathering, organizes it; Vox and the FPÖ are invited, and did not come. A delegation
stands for its party only when the phrase names no person ("a una delegación de X encabezada
por Y" names Y besides)."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, ORGANIZATION, PERSON, PLACE
from graph.ingest.nlp.audience_lists import in_the_audience
from graph.ingest.nlp.clauses import is_passive, phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_INVITING = {"invitar", "convidar", "convocar"}
# Nouns of the people a body sends: "dirigentes de Vox", "una delegación del Fidesz".
_ENVOYS = {"dirigente", "representante", "delegacion", "delegado", "delegada", "miembro",
           "cargo", "emisario", "portavoz", "responsable", "comitiva", "representacion",
           "cuadro", "militante", "diputado", "diputada", "parlamentario", "parlamentaria",
           "eurodiputado", "eurodiputada", "senador", "senadora", "lider"}
_COLLECTIVE = {"delegacion", "representacion", "comitiva"}
_ATTENDING = {"asistir", "acudir", "viajar", "venir", "ir", "llegar", "participar", "estar",
              "presentar", "aparecer"}


def delegation_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ in ("VERB", "AUX") and verb_lemma(verb) == "haber":
        return _envoys_there(parsed, verb)
    if fold(verb.lower_).startswith("representad"):
        return _represented(parsed, verb)
    if verb.pos_ != "VERB":
        return []
    lemma = verb_lemma(verb)
    if lemma not in _INVITING or is_passive(verb):
        return []
    events = _event(parsed, verb)
    if not events:
        return []
    found = []
    guests = [c for c in verb.children if c.dep_ in ("obj", "obl", "iobj") and
              preposition(c) in ("a", "") and folded_lemma(c) in _ENVOYS]
    for envoy in guests:
        for body in _bodies(parsed, envoy):
            found += [Found("invitedTo", body, e, 0.6, "verb:" + lemma, verb.i)
                      for e in events if parsed.kb.fits("invitedTo", body.key, e.key)]
            found += _stayed(parsed, envoy, body, events)
    if lemma != "convocar" and not modality(verb).negated and (
            guests or _named_guests(parsed, verb)):
        # the body that invites to a gathering holds it ("convocar" is read as organizing)
        hosts = [e for e in subject_ends(parsed, verb) if not e.reference and
                 parsed.kb.is_a(e.key, ORGANIZATION) and not parsed.kb.is_a(e.key, PLACE)]
        found += [Found("organizedBy", e, h, 0.6, "verb:" + lemma, verb.i) for h in hosts
                  for e in events if parsed.kb.fits("organizedBy", e.key, h.key)]
    return found


def _event(parsed: Parsed, verb) -> list[End]:
    named = [e for c in verb.children if preposition(c) in ("a", "al", "para") and
             c.dep_ in ("obl", "obj", "iobj") for e in phrase_ends(parsed, c)
             if parsed.kb.is_a(e.key, EVENT)]
    if named:
        return named
    if any(preposition(c) in ("a", "al", "para") and c.dep_ == "obl" and c.pos_ == "VERB"
           for c in verb.children):
        return []  # "los invitó a cenar": an invitation of its own
    topic = parsed.topic_end(verb.i)
    if topic is None or topic.distance > 2:
        return []
    return [topic]


def _named_guests(parsed: Parsed, verb) -> list[End]:
    return [e for c in verb.children if c.dep_ in ("obj", "obl", "iobj") and preposition(c) in (
        "a", "") for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, PERSON)]


def _bodies(parsed: Parsed, envoy) -> list[End]:
    """The organizations "de" names on an envoy noun and its coordinated ones ("a dirigentes
    de Vox y del FPÖ"); none when a person is named too ("a la delegación de X, Y")."""
    if any(c.dep_ in ("appos", "flat") for c in envoy.children) or any(
            parsed.is_person(e.key) for e in parsed.ends(envoy)):
        return []
    if envoy.morph.get("Number") != ["Plur"] and folded_lemma(envoy) not in _COLLECTIVE:
        return []  # "al eurodiputado de la CDU": one person, whom the text may name
    bodies = []
    for phrase in (c for c in envoy.children if c.dep_ == "nmod" and
                   preposition(c) in ("de", "del")):
        bodies += [e for e in phrase_ends(parsed, phrase) if not e.reference and
                   parsed.kb.is_a(e.key, ORGANIZATION)]
    return list({b.key: b for b in bodies}.values())


def _envoys_there(parsed: Parsed, verb) -> list[Found]:
    """"No hubo ningún representante del PSOE en el acto", "Del PP, no hubo ningún
    representante": a body is at the gathering (or not) through the people it sends."""
    envoy = next((c for c in verb.children if c.dep_ in ("obj", "nsubj") and
                  folded_lemma(c) in _ENVOYS and c.pos_ == "NOUN"), None)
    if envoy is None:
        return []
    none = any(c.dep_ == "det" and fold(c.lower_) in ("ningun", "ninguna", "ninguno")
               for c in envoy.children)
    bodies = _bodies(parsed, envoy) if envoy.morph.get("Number") == ["Plur"] or none or \
        folded_lemma(envoy) in _COLLECTIVE else []
    if not bodies and none:  # "Del PP, no hubo ningún representante": fronted
        bodies = [e for c in verb.children if c.i < envoy.i and c.pos_ == "PROPN" and
                  preposition(c) in ("de", "del") for e in phrase_ends(parsed, c)
                  if not e.reference and parsed.kb.is_a(e.key, ORGANIZATION)]
        bodies += [e for c in envoy.children if c.dep_ == "nmod" and
                   preposition(c) in ("de", "del") for e in phrase_ends(parsed, c)
                   if not e.reference and parsed.kb.is_a(e.key, ORGANIZATION)]
    if not bodies:
        return []
    events = [e for c in verb.children if c.dep_ == "obl" and preposition(c) == "en"
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events and in_the_audience(verb):
        # "Entre el público había una delegación de X": at the gathering the text reports
        events = [e for e in [parsed.topic_end(verb.i)] if e is not None]
    if not events:
        return []
    negated = none or modality(verb).negated
    return [Found("participatedIn", b, e, 0.55, "verb:haber", verb.i, negated=negated)
            for b in bodies for e in events if parsed.kb.fits("participatedIn", b.key, e.key)]


def _stayed(parsed: Parsed, envoy, body: End, events: list[End]) -> list[Found]:
    """"a dirigentes de X, que no han viajado": the body sent no one."""
    out = []
    # the small model may hang the relative on the last party named
    for clause in (c for c in envoy.subtree if c.dep_ in ("acl", "acl:relcl") and
                   verb_lemma(c) in _ATTENDING and any(
                       s.dep_.startswith("nsubj") and fold(s.lower_) == "que"
                       for s in c.children)):
        mood = modality(clause)
        if mood.asserted and mood.negated:
            out += [Found("participatedIn", body, e, 0.55, "verb:" + verb_lemma(clause),
                          clause.i, negated=True)
                    for e in events if parsed.kb.fits("participatedIn", body.key, e.key)]
    return out


def _represented(parsed: Parsed, participle) -> list[Found]:
    """"El PRO sí estuvo representado por su presidenta, X", "Vox no estuvo representado en
    el acto": a body at the gathering (or not) through whoever stood for it there."""
    being = next((c for c in participle.children if c.dep_ in ("cop", "aux", "aux:pass") and
                  folded_lemma(c) == "estar"), None)
    if being is None or "Fut" in being.morph.get("Tense") or \
            {"Cnd", "Sub"} & set(being.morph.get("Mood")):
        return []  # "estará representado por X": announced, not told
    bodies = [e for c in participle.children if c.dep_ in ("nsubj", "nsubj:pass")
              for e in phrase_ends(parsed, c) if not e.reference or e.distance == 0
              if parsed.kb.is_a(e.key, ORGANIZATION) and not parsed.kb.is_a(e.key, PLACE)]
    events = [e for c in participle.children if preposition(c) == "en"
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events and not any(preposition(c) == "en" for c in participle.children):
        events = [e for e in [parsed.topic_end(participle.i)] if e is not None]
    mood = modality(participle)
    return [Found("participatedIn", b, e, 0.55, "verb:representar", participle.i,
                  negated=mood.negated) for b in bodies for e in events
            if parsed.kb.fits("participatedIn", b.key, e.key)]
