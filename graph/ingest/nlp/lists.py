"""Lists a colon opens: "La lista de oradores fue larga: A, presidente de X; B; C y D",
"Estuvieron presentes los dirigentes del grupo: el anfitrión, A; B, ...". The clause before the
colon says what the list is (a noun of a list's role, a verb of attending, "presentes"); the
small model parses what follows as loose phrases, so the items are read on the tokens."""

from __future__ import annotations

from graph.ingest.knowledge import PERSON
from graph.ingest.nlp.colon_clauses import said_of_named
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.gathered_lists import gathered_event
from graph.ingest.nlp.pair_antecedents import pair_before
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.triggers import LIST_ROLES, list_role
from graph.ingest.nlp.words import PAIR_WORDS, RELATIVES, folded_lemma
from graph.ingest.reading import fold

# Verbs and words that make the people after the colon attend the event.
_ATTENDING = {"asistir": None, "participar": None, "acudir": None, "figurar": None,
              "intervenir": "speaker", "presente": None, "presencia": None}
_SPEAKING = {"hablar", "intervenir", "disertar", "exponer"}


def _list_kind(head_span) -> tuple[str, str | None] | None:
    """(relation, role) the words before the colon give the list, if they give one."""
    found = _list_word(head_span)
    return found[1] if found else None


def _list_word(head_span):
    """The word before the colon that says what the list is, and its (relation, role)."""
    for token in reversed(list(head_span)):
        word = folded_lemma(token)
        for form in (word, word.rstrip("s"), word[:-2] if word.endswith("es") else word):
            if form in LIST_ROLES:
                return token, LIST_ROLES[form]
            if form in _ATTENDING:
                return token, ("participatedIn", _ATTENDING[form])
    return None


def _main_verbs(head_span, word) -> list:
    """The verbs of the clause before the colon, less those of a relative clause after the
    list's word ("una lista de oradores que hace una década habría sido impensable:"), whose
    mood is not the list's."""
    relative = next((t.i for t in head_span if t.i > word.i and t.pos_ == "PRON" and
                     t.lower_ in RELATIVES), None)
    return [t for t in head_span if t.pos_ in ("VERB", "AUX") and
            (relative is None or t.i < relative)]


def _items(parsed: Parsed, start: int, end: int) -> list[End]:
    """One person per item: the first named in each part a semicolon (or the ", y" that
    closes such a list) separates; without semicolons, every person not a complement ("hijo
    de B")."""
    doc = parsed.doc
    semicolons = any(doc[i].text == ";" for i in range(start, end))
    found: list[End] = []
    expecting = True
    for i in range(start, end):
        token = doc[i]
        if token.text == ";" or (semicolons and token.lower_ in ("y", "e")):
            expecting = True
            continue
        mention = parsed.mention(token)
        if mention is None or i != mention.start or not parsed.is_person(mention.key):
            continue
        if semicolons and not expecting:
            continue
        if not semicolons and i > start and doc[i - 1].lower_ in ("de", "del"):
            continue
        if all(e.key != mention.key for e in found):
            found.append(End.of(mention))
        expecting = False
    return found


def colon_list_claims(parsed: Parsed, token) -> list[Found]:
    """The persons of a list a colon opens, taking part in (or invited to) the event the text
    is about."""
    if token.text != ":":
        return []
    sentence = token.sent
    head_span = parsed.doc[sentence.start:token.i]
    if any(t.text in ('"', "“", "«") for t in head_span):
        return []  # a quotation's colon introduces words, not a list
    found = _list_word(head_span)
    gathered = gathered_event(parsed, head_span)
    if found is None and gathered is None:
        return []
    event = gathered or parsed.topic_end(token.i)
    if event is None:
        return []
    word, (relation, role) = found or (token, ("participatedIn", None))
    if found is not None and said_of_named(parsed, word, token):
        return []
    people = _items(parsed, token.i + 1, sentence.end)
    if len(people) < 2:
        return []
    # the clause before the colon carries its negation and modality
    verbs = _main_verbs(head_span, word)
    trigger = verbs[-1].i if verbs else token.i
    qualifiers = {"role": role} if role else {}
    claims = [Found(relation, p, event, 0.65, "list", trigger, dict(qualifiers))
              for p in people if parsed.kb.fits(relation, p.key, event.key)]
    if gathered is not None and relation != "participatedIn":
        # "reunió a varios invitados: A y B": the guests gathered took part
        claims += [Found("participatedIn", p, event, 0.6, "list", trigger)
                   for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]
    closing = _closing_attendance(parsed, people[-1].last, sentence.end)
    if relation != "participatedIn" and closing is not None:
        verb, role = closing
        claims += [Found("participatedIn", p, event, 0.6, "list", verb.i,
                         {"role": role} if role else {})
                   for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]
    return claims


def _closing_attendance(parsed: Parsed, last: int, end: int):
    """"sus invitados: A; B, y C, que hablaron por este orden": a relative clause closing a
    list of guests, saying that they spoke or attended, makes every guest take part. Gives the
    clause's verb and the role it gives, or None."""
    doc = parsed.doc
    for i in range(last + 1, min(end, last + 4)):
        if doc[i].lower_ in RELATIVES and doc[i].pos_ == "PRON":
            verb = doc[i].head
            lemma = folded_lemma(verb)
            if verb.pos_ == "VERB" and verb.morph.get("Number") == ["Plur"]:
                if lemma in _SPEAKING:
                    return verb, "speaker"
                if lemma in _ATTENDING:
                    return verb, _ATTENDING[lemma]
            return None
    return None


def pair_role_claims(parsed: Parsed, token) -> list[Found]:
    """"Kast y Milei, ambos invitados por Abascal", "los dos oradores": a plural noun of a
    list's role said of the two persons "ambos" stands for."""
    if token.pos_ != "NOUN" or token.morph.get("Number") != ["Plur"] or not any(
            fold(c.lower_) in PAIR_WORDS | {"dos"} for c in token.children
            if c.dep_ in ("det", "nummod", "amod")):
        return []
    # "ambas invitadas": the feminine forms too
    kind = list_role(folded_lemma(token), feminine=True) or _list_kind([token])
    event = parsed.topic_end(token.i) if kind else None
    if event is None:
        return []
    relation, role = kind
    people = pair_before(parsed, token) or [e for e in parsed.ends(token)
                                            if parsed.is_person(e.key)]
    qualifiers = {"role": role} if role else {}
    return [Found(relation, p, event, 0.6, "reference", token.i, dict(qualifiers))
            for p in people if parsed.kb.fits(relation, p.key, event.key)]


def hung_on_oblique(parsed: Parsed, verb) -> list[End]:
    """"Participaron en la sesión inaugural el expresidente X, la diputada Y y el senador Z":
    the small model hangs a plural verb's postverbal subject on the oblique before it. The
    persons after the oblique's noun, titled or not, are the subjects; those inside their own
    "de" or "con" phrase are not."""
    found: list[End] = []
    if folded_lemma(verb) not in _ATTENDING:
        return found  # "hablarán en el cierre A, B y C" would make contacts of a list
    for child in verb.children:
        if child.i < verb.i or not child.dep_.startswith(("obj", "obl")) or \
                not any(c.dep_ == "case" for c in child.children):
            continue
        for token in child.subtree:
            mention = parsed.mention(token)
            if token.i <= child.i or mention is None or token.i != mention.start or \
                    not parsed.is_person(mention.key) or _under_case(token, child):
                continue
            if all(e.key != mention.key for e in found):
                found.append(End.of(mention))
    return found


def _under_case(token, top) -> bool:
    """Whether a preposition governs `token` below `top` ("de Vox", "con Milei")."""
    while token != top and token.head != token:
        if any(c.dep_ == "case" for c in token.children):
            return True
        token = token.head
    return False



def coordinated_subjects(verb, subjects, candidates, ends_of) -> list[End]:
    """"Ni el presidente de Brasil, X, ni el colombiano Y fueron invitados": the small model
    may hang each item of a subject before the verb on the verb (the first ones on a
    paragraph break it makes the subject); each new item after the first opens with its
    conjunction."""
    found = [(child, ends) for child, ends in zip(subjects, candidates, strict=True) if ends]
    if not any(c.dep_ == "cc" and folded_lemma(c) in _AND for child, _ in found
               for c in child.children):
        return []
    found += [(item, ends_of(item)) for space in verb.children
              if space.pos_ == "SPACE" and space.dep_.startswith("nsubj")
              for item in space.children if item.dep_ in ("conj", "appos")]
    found.sort(key=lambda pair: pair[0].i)
    seen: dict[str, End] = {}
    for number, (child, ends) in enumerate(found):
        new = [e for e in ends if e.key not in seen]
        if not new:
            continue
        if number and seen and not any(c.dep_ == "cc" and c.i < child.i and
                                       folded_lemma(c) in _AND for c in child.children):
            return []
        seen.update((e.key, e) for e in new)
    return list(seen.values()) if len(seen) > 1 else []


_AND = {"ni", "y", "e"}


def repeated_preposition(parsed: Parsed, verb, prepositions, ends: list[End]) -> list[End]:
    """"se medirá con X, que aspira a ... y que inscribió ..., y con Y": a later item that
    repeats the preposition after a relative clause on the first, which the small model hangs
    inside that clause."""
    wanted = {prepositions} if isinstance(prepositions, str) else set(prepositions)
    firsts = [parsed.doc[e.first] for e in ends if not e.reference]
    if not firsts:
        return []
    inside = {t.i for first in firsts for t in first.head.subtree if t.i > first.i}
    doc, keys, found = parsed.doc, {e.key for e in ends}, []
    for i in sorted(inside):
        token = doc[i]
        if token.dep_ != "case" or folded_lemma(token) not in wanted - {""} or \
                doc[i - 1].lower_ not in ("y", "e"):
            continue
        for end in parsed.ends(token.head):
            if end.key not in keys and parsed.kb.is_a(end.key, PERSON):
                keys.add(end.key)
                found.append(end)
    return found


def listed_after(parsed: Parsed, ends: list[End]) -> list[End]:
    """"por la senadora A, el senador chileno B y el estadounidense C": the small model hangs
    the later items of a list of titled names anywhere; read the persons that follow, each
    item opened by a comma or "y" and none the complement of a preposition."""
    if not ends:
        return ends
    doc, found = parsed.doc, list(ends)
    keys = {e.key for e in ends}
    opened = False
    first = min(e.last for e in ends)  # the parse may have found a later item already
    for i in range(first + 1, doc[first].sent.end):
        token = doc[i]
        if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":", "(") or \
                token.lower_ in ("que", "quien", "quienes"):
            break
        if token.text == "," or token.lower_ in ("y", "e"):
            opened = True
        elif token.pos_ == "ADP":
            opened = False
        mention = parsed.mention(token)
        if mention is None or i != mention.start or not parsed.is_person(mention.key):
            continue  # "el senador chileno B": a demonym inside the item does not close it
        if opened and mention.key not in keys:
            found.append(End.of(mention))
            keys.add(mention.key)
        opened = False
    return found
