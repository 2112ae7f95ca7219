"""An organizer named by its kind: "Cada otoño, su fundación organiza el Foro X", "la CPAC
México, que su movimiento organiza en agosto", "el acto, que convoca el partido". The noun
stands for the last organization of that kind the text named before it (a foundation whose
name starts "Fundación", a party for "partido"), within a few sentences."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, ORGANIZATION, PARTY
from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.verb_slots import noun_event
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_ORGANIZING = {"organizar", "coorganizar", "convocar", "impulsar", "promover", "montar",
               "preparar", "celebrar"}
# Nouns a body's name starts with ("su fundación": the Fundación X named before).
_KINDS = {"fundacion", "movimiento", "instituto", "asociacion", "plataforma", "red",
          "organizacion", "centro", "academia", "sindicato", "federacion", "union", "camara",
          "colectivo", "observatorio", "foro", "consejo"}
_PARTIES = {"partido", "formacion", "colectividad"}
_DETERMINERS = {"su", "sus", "el", "la", "dicho", "dicha", "este", "esta", "nuestro",
                "nuestra"}
_REACH = 5  # sentences back


def possessed_organizer_claims(parsed: Parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _ORGANIZING:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or parsed.mention(subject) is not None or not any(
            c.dep_ == "det" and fold(c.lower_) in _DETERMINERS for c in subject.children):
        return []
    kind = folded_lemma(subject)
    if kind not in _KINDS | _PARTIES:
        return []
    if any(c.dep_ in ("nmod", "appos", "flat", "amod") for c in subject.children):
        # "la fundación de X", "la fundación, Y": the phrase names its own; "el partido de
        # Abascal" the one party the text ties that person to
        body = _persons_party(parsed, subject) if kind in _PARTIES else None
    else:
        body = _named_before(parsed, subject, kind)
    if body is None:
        return []
    # the object, or a bare name the small model hung lower ("organiza en un hotel de
    # Brickell el Foro X")
    events = [e for c in verb.subtree if c.i > verb.i and (c.dep_ == "obj" and c.head == verb
                                                           or c.dep_ == "nmod") and
              not preposition(c) for e in phrase_ends(parsed, c)
              if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        events = _bare_event_after(parsed, verb)
    relative = next((c for c in verb.children if c.dep_ in ("obj", "mark") and
                     fold(c.lower_) == "que" and c.i < verb.i), None)
    if not events and relative is not None:
        # "la CPAC, que su movimiento organiza": the name before the relative (the small
        # model may hang the clause on the main verb)
        events = [e for e in parsed.ends(verb.head, conj=False)
                  if parsed.kb.is_a(e.key, EVENT)] if verb.dep_ in ("acl", "acl:relcl") \
            else []
        events = events or _named_just_before(parsed, relative)
        if not events and verb.dep_ in ("acl", "acl:relcl"):
            # "Europa Viva, el encuentro que el partido organiza": the name the noun describes
            events = noun_event(parsed, verb.head)
    return [Found("organizedBy", e, body, 0.6, f"verb:{verb_lemma(verb)}", verb.i)
            for e in events if e.key != body.key and
            parsed.kb.fits("organizedBy", e.key, body.key)]


def _persons_party(parsed: Parsed, subject) -> End | None:
    """"el partido de Abascal": the one party the text ties the person named to, else the
    party it named last."""
    for child in subject.children:
        mention = parsed.mention(child)
        if child.dep_ != "nmod" or preposition(child) != "de" or mention is None or \
                not parsed.is_person(mention.key):
            continue
        ties = parsed.tied_parties(mention.key)
        if len(ties) == 1:
            return End(ties.pop(), subject.i, subject.i, reference=True, distance=1)
        # with no tie told, the party the text has just spoken of ("Vox ya ha anunciado ...
        # el encuentro que el partido de Abascal organiza")
        return None if ties else _named_before(parsed, subject, "partido")
    return None


def _bare_event_after(parsed: Parsed, verb) -> list[End]:
    """An event named after the verb with no preposition before its article: the object,
    wherever the small model hung it."""
    for mention in parsed.linked.mentions:
        if not verb.i < mention.start < verb.sent.end or \
                not parsed.kb.is_a(mention.key, EVENT):
            continue
        before = parsed.doc[mention.start - 1]
        if before.pos_ == "DET":
            before = parsed.doc[before.i - 1]
        if before.pos_ != "ADP":
            return [End(mention.key, mention.start, mention.end - 1)]
    return []


def _named_just_before(parsed: Parsed, relative) -> list[End]:
    last = parsed.doc[relative.i - 1]
    if last.text == "," and last.i > 0:
        last = parsed.doc[last.i - 1]
    return [End(m.key, m.start, m.end - 1) for m in parsed.linked.mentions
            if m.end - 1 == last.i and parsed.kb.is_a(m.key, EVENT)]


def _named_before(parsed: Parsed, noun, kind: str) -> End | None:
    here = parsed.sentence_of(noun)
    best = tied = introduced = None
    for mention in parsed.linked.mentions:
        if mention.start >= noun.i:
            break
        if mention.kind == METONYM or here - parsed.sentence_of(
                parsed.doc[mention.start]) > _REACH:
            continue
        if kind in _PARTIES:
            fits = parsed.kb.is_a(mention.key, PARTY)
        else:
            fits = parsed.kb.is_a(mention.key, ORGANIZATION) and any(
                fold(name.split()[0]) == kind for name in _names(parsed, mention))
        if fits and " y " not in mention.text:  # "A y la B" read as one name is two
            best = mention
            if mention.key in parsed.leaders or mention.key in parsed.affiliation:
                tied = mention
            if _introduced_as(parsed, mention, kind):
                introduced = mention
    # "el partido": one the text introduced with that very noun ("el líder del partido
    # nacionalista búlgaro X"); "su fundación": one the text ties to a person ("preside la
    # Fundación X") before the last one named
    best = introduced or tied or best
    return End(best.key, noun.i, noun.i, reference=True, distance=1) if best else None


def _introduced_as(parsed: Parsed, mention, kind: str) -> bool:
    """Whether the kind's noun opens the phrase the name closes: "del partido nacionalista
    búlgaro X", "la formación X"."""
    kinds = _PARTIES if kind in _PARTIES else {kind}
    doc = parsed.doc
    for i in range(mention.start - 1, max(mention.start - 5, -1), -1):
        if folded_lemma(doc[i]) in kinds and doc[i].is_lower:
            return True
        if not doc[i].is_lower or doc[i].pos_ in ("ADP", "CCONJ", "SCONJ", "VERB", "AUX"):
            return False  # (a demonym between them may be tagged anything)
    return False


def _names(parsed: Parsed, mention) -> list[str]:
    names = [mention.text, parsed.kb.label(mention.key)]
    return [n for n in names if n]
