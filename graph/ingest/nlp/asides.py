"""Who a sentence follows when it does not say: a person who is the subject only inside an
aside ("Presentó a Aguilera como candidata («Rocío será alcaldesa») y reveló que...") does not
act in the sentence, and a heading with no verb that names one person ("Discurso de Ventura.",
"Turno para la presidenta, Ana Ruiz.") makes them the one the next sentences speak of."""

from __future__ import annotations

from graph.ingest.nlp.words import is_role_noun

_DASHES = {"—", "–"}
# "Según X", "Por X" (a byline), "Foto: X": who tells, writes or took the picture, not whom
# the text follows
_SOURCES = {"según", "segun", "por"}
# "Reunión con Orbán.": the one met, not the one who acts next
_PARTNERED = {"con", "contra", "sin", "ante", "frente", "entre", "junto"}
_CREDITS = {"foto", "fotos", "fotografía", "imagen", "vídeo", "video", "fuente", "texto",
            "crédito", "edición", "redacción"}


def in_aside(token) -> bool:
    """Whether `token` sits inside a parenthesis, or between two dashes, that its sentence
    opened before it and closes after it (a dash that opens a live blog's entry or an
    interview's answer is no aside)."""
    sentence = token.sent
    before = token.doc[sentence.start:token.i]
    if sum(t.text.count("(") for t in before) > sum(t.text.count(")") for t in before):
        return True
    opened = [t for t in before if t.text in _DASHES and not _opens(t)]
    after = [t for t in token.doc[token.i + 1:sentence.end] if t.text in _DASHES]
    return len(opened) % 2 == 1 and bool(after)


def _opens(dash) -> bool:
    """A dash with nothing before it in its sentence but a time or the sentence's start."""
    return all(t.is_space or t.like_num or t.text in (":", ".", "h") or t.is_punct
               for t in dash.doc[dash.sent.start:dash.i])


def heading_person(parsed, sentence) -> str | None:
    """The one person a sentence with no verb names, not as a source ("Según X"): "Discurso
    de Ventura.", "Llegada del presidente, X.", "Turno para X."."""
    if any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return None
    mentions = [m for m in parsed.linked.mentions if sentence.start <= m.start < sentence.end]
    if any(parsed.is_person(m.key) and _introduced_as_partner(parsed, m.start)
           for m in mentions):
        return None
    named = {m.key for m in mentions if parsed.is_person(m.key) and
             not _introduced_as_source(parsed, m.start) and not _titles_body(parsed, m.start)}
    if not mentions:
        named = _surnames_named(parsed, sentence)  # "Discurso de Ventura" left unlinked
    return next(iter(named)) if len(named) == 1 else None


def _surnames_named(parsed, sentence) -> set[str]:
    """The persons the text named before whose last word a name in the sentence is."""
    persons = {m.key for m in parsed.linked.mentions if m.start < sentence.start and
               parsed.is_person(m.key)}
    words = {t.text for t in sentence if t.pos_ == "PROPN" and parsed.mention(t) is None and
             not _introduced_as_source(parsed, t.i)}
    return {key for key in persons if (parsed.kb.label(key) or "").split()[-1:] and
            parsed.kb.label(key).split()[-1] in words}


def _titles_body(parsed, start: int) -> bool:
    """"Presidente del Partido Democrático Esloveno.": a name after a title, not set apart
    from it by a comma, is what the title is of; "Llegada del presidente, X." names the one
    holding it."""
    doc = parsed.doc
    sentence = doc[start].sent
    return start > sentence.start and doc[start - 1].text != "," and \
        any(is_role_noun(t) for t in doc[sentence.start:start])


def _introduced_as_partner(parsed, start: int) -> bool:
    doc = parsed.doc
    lead = doc[max(start - 4, doc[start].sent.start):start]
    return any(t.lower_ in _PARTNERED for t in lead)


def _introduced_as_source(parsed, start: int) -> bool:
    doc = parsed.doc
    sentence = doc[start].sent
    lead = doc[max(start - 3, sentence.start):start]
    return any(t.lower_ in _SOURCES for t in lead) or \
        any(t.lower_ in _CREDITS for t in doc[sentence.start:start])


def companion_or_source(parsed, start: int) -> bool:
    """A name the phrase before it introduces as a partner ("con X", "junto a X") or as who
    tells ("según X")."""
    return _introduced_as_partner(parsed, start) or _introduced_as_source(parsed, start)
