"""Who speaks a quotation that no verb of saying introduces: "Trump, en su red social: «Tiene mi
total apoyo»", "Abascal fue explícito: «Kast tiene todo nuestro apoyo»". The quotation opens
after a colon, and the one who speaks is the person the clause before the colon is about."""

from __future__ import annotations

from graph.ingest.nlp.doc_texts import doc_text
from graph.ingest.nlp.ends import End, preposition_of
from graph.ingest.nlp.words import base_role

_OPENING = "“«\""
_CLOSING = "”»\""


def _opening_quote(text: str, at: int) -> int:
    """The position of the quotation mark that opens the quotation `at` is in, within its
    paragraph, or -1."""
    start = text.rfind("\n", 0, at) + 1
    inside, opened = False, -1
    for i in range(start, at):
        mark = text[i]
        if mark in _OPENING and (not inside or mark != '"'):
            if not inside:
                inside, opened = True, i
            continue
        if inside and mark in _CLOSING:
            inside = False
    return opened if inside else -1


def colon_speaker(parsed, token) -> list[End]:
    """The person subject of the clause before the colon that opens the quotation `token` is
    in, else nothing."""
    text = doc_text(parsed.doc)
    opened = _opening_quote(text, token.idx)
    if opened < 0 or not text[:opened].rstrip().endswith(":"):
        return []
    colon = parsed.doc.char_span(len(text[:opened].rstrip()) - 1, len(text[:opened].rstrip()),
                                 alignment_mode="expand")
    if colon is None:
        return []
    sentence = colon[0].sent
    for word in sentence:
        if word.i >= colon[0].i:
            break
        if not word.dep_.startswith("nsubj") or word.head.i > colon[0].i:
            continue
        mention = parsed.mention(word)
        if mention is not None and parsed.is_person(mention.key):
            return [End.of(mention)]
        # "El líder de Vox fue explícito: «...»": the person a title subject stands for
        from graph.ingest.nlp.clauses import subject_ends

        found = [e for e in subject_ends(parsed, word.head) if parsed.is_person(e.key)][:1]
        if found:
            return found
        # "Cuando llegó su turno, el presidente de Vox fue más allá: «...»": a clause before
        # the speaker's may open the sentence with a subject of its own
    return []


def titled_speaker(parsed, subject) -> list[End]:
    """"…", dijo la diputada: the person the title stands for, when the text gave that title
    to no other person (two deputies named before leave it open)."""
    if not subject.dep_.startswith("nsubj") or subject.pos_ != "NOUN" or \
            parsed.mention(subject) is not None:
        return []
    word = base_role(subject)[0]
    if word and len(parsed.titled.get(word, ())) > 1:
        return []
    named = [e for e in parsed.ends(subject, conj=False) if parsed.is_person(e.key)]
    return named if len(named) == 1 else []


def dropped_speaker(parsed, saying, opened: int) -> list[End]:
    """"Milei llegó a Madrid. «Con Vox tenemos una alianza», dijo.": a verb of saying in the
    third person singular whose subject is dropped has the person the text is talking about
    say it, the one acting last before the quotation opens (at character `opened`)."""
    if any(c.dep_.startswith("nsubj") for c in saying.children) or \
            saying.morph.get("Person") != ["3"] or saying.morph.get("Number") != ["Sing"] or \
            saying.morph.get("Mood") not in (["Ind"], []) or \
            saying.dep_ not in ("ROOT", "parataxis", "conj"):
        return []
    # (not in a clause coordinated after it: "«…», escribió, y cargó contra X")
    joined = {t.i for c in saying.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              for t in c.subtree}
    if any(parsed.mention(t) is not None and parsed.is_person(parsed.mention(t).key)
           for t in saying.subtree if t.i > saying.i and t.i not in joined):
        return []  # "«…», repitió el lunes X": a subject the small model read as something else
    quote = parsed.doc.char_span(opened, opened + 1, alignment_mode="expand")
    if quote is None:
        return []
    key = parsed.focus(parsed.sentence_of(quote[0].idx), before=quote[0].i)
    if key is None or not parsed.is_person(key):
        return []
    return [End(key, saying.i, saying.i, reference=True, distance=1)]


def plural_acting(parsed, verb, focus: str | None = None) -> list[End]:
    """Who a plural verb with a dropped subject has for subject when the text is talking about
    persons: two or more acting before it in its sentence, else in the one before; none when
    only one person acts there (the plural is then impersonal: "me votan por lo que hice"),
    unless they acted with one other person ("Con X mantuvo una relación cordial:
    coincidieron en Temuco"); else the one the text is about (`focus`) and such a companion."""
    here = parsed.sentence_of(verb.idx)
    # (a plural acting on someone is likelier impersonal: "me votan", "la apoyan")
    together = not any(c.dep_ in ("obj", "iobj") for c in verb.children)
    for sentence, before in ((here, verb.i), (here - 1, None)):
        keys = list(dict.fromkeys(k for i, k in parsed.subjects.get(sentence, [])
                                  if (before is None or i < before) and parsed.is_agent(k)))
        if len(keys) == 1 and together:
            # "Con Ana Ruiz mantuvo una relación cordial: coincidieron en Soria": the one
            # acting and the one person they did it with
            keys += _companion(parsed, sentence, keys[0], before) or (
                _companion(parsed, here, keys[0], verb.i) if sentence != here else [])
        if len(keys) >= 2:
            return [End(k, verb.i, verb.i, reference=True, distance=1) for k in keys]
        if keys:
            return []
    if focus is not None and together:
        # the one acting unnamed in the sentence before, and their companion there
        keys = [focus] + (_companion(parsed, here, focus, verb.i) or _companion(
            parsed, here - 1, focus, None)) if parsed.is_person(focus) else []
        if len(keys) == 2:
            return [End(k, verb.i, verb.i, reference=True, distance=1) for k in keys]
    return []


def _companion(parsed, sentence: int, actor: str, before: int | None) -> list[str]:
    """The one person of a "con" phrase in the sentence before `before`, other than `actor`."""
    if sentence < 0:
        return []
    start = parsed.starts[sentence]
    first = next((t for t in parsed.doc if t.idx >= start), None)
    if first is None:
        return []
    found = {m.key for m in parsed.linked.mentions if m.start >= first.i and
             (before is None and m.start < first.sent.end or before is not None and
              m.start < before) and parsed.is_person(m.key) and m.key != actor and
             preposition_of(parsed.doc[m.start].head if parsed.doc[m.start].dep_ == "flat"
                            else parsed.doc[m.start]) == "con"}
    return list(found) if len(found) == 1 else []


def plural_under_singular(verb, host) -> bool:
    """Whether `verb` is a finite third person plural and `host` a finite singular."""
    return verb.morph.get("Number") == ["Plur"] and host.morph.get("Number") == ["Sing"] and \
        verb.morph.get("VerbForm") == host.morph.get("VerbForm") == ["Fin"] and \
        verb.morph.get("Person") == ["3"]
