"""Taking part in the event the text reports, said of a delegation or of how the event began:
"La delegación europea la encabezaron A y B", "X encabezó la delegación de su país", "Y
integraba la comitiva"; "La cumbre arrancó con un discurso de X", "el acto se abrió con un
mensaje en vídeo de Y" (the speech or message stands for its speaker, see Parsed.ends)."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.events import is_event_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma, verb_lemma

_DELEGATIONS = {"delegacion", "comitiva", "representacion", "expedicion"}
# Verbs whose subject heads or makes up the delegation.
_HEADING = {"encabezar", "presidir", "liderar", "dirigir", "integrar", "componer", "formar",
            "conformar", "capitanear", "comandar"}
# Verbs that tell how a gathering began or ended, "con" what or whom.
_STARTING = {"arrancar", "comenzar", "empezar", "abrir", "iniciar", "cerrar", "concluir",
             "terminar", "clausurar", "culminar", "finalizar", "inaugurar"}


def gathering_part_claims(parsed, token) -> list[Found]:
    if token.pos_ == "NOUN" and folded_lemma(token) in _DELEGATIONS:
        return _delegation(parsed, token)
    if token.pos_ == "VERB" and verb_lemma(token) in _STARTING:
        return _started_with(parsed, token)
    return []


def _delegation(parsed, noun) -> list[Found]:
    verb = noun.head
    if verb_lemma(verb) not in _HEADING:
        return []
    if noun.dep_ in ("obj", "nsubj:pass"):
        people = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
    elif noun.dep_ == "nsubj" and noun.i < verb.i and _doubled(verb):
        people = _named_after(parsed, verb)  # the model takes the fronted object for subject
    else:
        return []
    events = [e for c in noun.children if preposition(c) in ("a", "al", "en")
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        # "tras la ceremonia de posesión, ..., que encabezó la delegación de su país": the
        # gathering its own sentence names
        nouns = [t for t in verb.sent if t.i != noun.i and t.is_lower and (
            is_event_noun(t) or t.i in parsed.described)]
        events = [e for t in nouns for e in parsed.ends(t)
                  if parsed.kb.is_a(e.key, EVENT) and not e.reference][:1]
        if not events and nouns:
            return []  # a gathering the sentence names but that is not read
    if not events:
        topic = parsed.topic_event(verb.i)
        if topic is None or topic[0] > 3 and _events_told(parsed) != {topic[1]}:
            return []  # far from its name, only when the text tells of no other event
        events = [End(topic[1], noun.i, noun.i, reference=True, distance=topic[0])]
    return [Found("participatedIn", p, e, 0.6, "verb:" + verb_lemma(verb), verb.i, {})
            for p in people for e in events[:1]
            if parsed.kb.fits("participatedIn", p.key, e.key)]


def _started_with(parsed, verb) -> list[Found]:
    # "arrancó el sábado la cumbre": the model may take a subject after the verb for its object
    events = [e for dep in (("nsubj", "nsubj:pass"), ("obj",)) for c in verb.children
              if c.dep_ in dep and preposition(c) != "con"
              for e in parsed.ends(c) if parsed.kb.is_a(e.key, EVENT)][:1]
    if not events and not any(c.dep_ in ("nsubj", "obj") for c in verb.children):
        # "Con X arrancó el sábado, en un hotel de Polanco, la CPAC": the model hangs the
        # postposed subject elsewhere; the event the sentence names
        topic = parsed.topic_event(verb.i)
        events = [End(topic[1], verb.i, verb.i, reference=True)] if topic and \
            topic[0] == 0 else []
    if not events:
        return []
    people = [e for c in verb.children if c.dep_ in ("obl", "obj") and preposition(c) == "con"
              for item in [c, *[k for k in c.children if k.dep_ == "conj"]]
              for e in parsed.ends(item) if parsed.is_agent(e.key)]
    return [Found("participatedIn", p, e, 0.6, "verb:" + verb_lemma(verb), verb.i, {})
            for p in people for e in events[:1]
            if parsed.kb.fits("participatedIn", p.key, e.key)]


def _doubled(verb) -> bool:
    """"La delegación la encabezaron X y Y": a fronted object the clitic doubles."""
    return any(c.dep_ == "obj" and c.pos_ == "PRON" and c.lower_ in ("la", "lo", "las", "los")
               and c.i < verb.i for c in verb.children)


def _named_after(parsed, verb) -> list[End]:
    """The persons the clause names after its verb, up to a relative or a semicolon."""
    people: list[End] = []
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        if token.lower_ in ("que", "quien", "quienes", ";") or token.pos_ == "VERB":
            break
        mention = parsed.mention(token)
        if mention is not None and mention.start == token.i and \
                parsed.is_person(mention.key) and mention.key not in {p.key for p in people}:
            people.append(End.of(mention))
    return people


def _events_told(parsed) -> set[str]:
    return set(parsed.named_events) | {m.key for m in parsed.linked.mentions
                                       if parsed.kb.is_a(m.key, EVENT)}
