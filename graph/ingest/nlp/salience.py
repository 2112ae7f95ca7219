"""Who a stretch of text is about: Spanish names its topic once and then drops the subject for
sentences on end ("Vanessa Kaiser llegó a la política desde la universidad. Durante años enseñó
filosofía. En 2021 se afilió al Partido Republicano..."). Each sentence whose main verb has no
subject of its own carries the person the sentences before were about, so that a dropped
subject, "su partido" or "él" several sentences on still finds them."""

from __future__ import annotations

from graph.ingest.knowledge import COUNTRY
from graph.ingest.nlp.asides import companion_or_source, heading_person
from graph.ingest.nlp.doc_texts import doc_text
from graph.ingest.nlp.headline_speakers import headline_speaker
from graph.ingest.nlp.headlines import headline_end
from graph.ingest.nlp.parsed import DEMONYM, Parsed, gender_of
from graph.ingest.nlp.words import (
    demonym_label,
    folded_lemma,
    is_role_noun,
    predicative_opener,
    root_in,
)

_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
_DASHES = {"—", "–"}
# Sentences a topic survives without being named or carried: past them, a dropped subject
# is too far from its antecedent to resolve safely.
_REACH = 6


def record_nationalities(parsed: Parsed) -> None:
    """"su homólogo salvadoreño, Nayib Bukele", "el expresidente colombiano Iván Duque": a
    demonym on the noun a person's name is in apposition to gives the person's country, so
    that "el mandatario salvadoreño" later finds them."""
    for mention in parsed.linked.mentions:
        if not parsed.is_person(mention.key) or mention.key in parsed.nationality:
            continue
        token = root_in(parsed.doc[mention.start], mention.start, mention.end)
        noun = token.head
        if token.dep_ == "appos" and noun.i < token.i and noun.pos_ in ("NOUN", "ADJ"):
            countries = [demonym_label(t) for t in [noun, *noun.children]
                         if (t == noun or t.dep_ == "amod") and demonym_label(t)]
            countries += [parsed.kb.label(m.key) for t in noun.children if t.dep_ == "nmod"
                          for m in [parsed.mention(t)] if is_role_noun(noun) and m is not None
                          and parsed.kb.is_a(m.key, COUNTRY)]  # "el presidente de Chile, X"
        elif mention.start > 1 and parsed.doc[mention.start - 1].text == ",":
            # the small model may cut "a su homólogo salvadoreño, Nayib Bukele" in two
            before = parsed.doc[mention.start - 2]
            countries = [demonym_label(before)] if demonym_label(before) and \
                before.pos_ in ("ADJ", "NOUN") else []
        else:
            continue
        if len(set(countries)) == 1:
            parsed.nationality[mention.key] = countries[0]


def carry_topics(parsed: Parsed) -> None:
    """Fill `parsed.carried`: sentence -> the person its dropped subject stands for."""
    since = 0  # sentences since the topic was last named or carried
    subject = _headline_subject(parsed)
    # before anyone acts, the piece speaks of whom its headline is about
    topic: str | None = subject
    for sentence in parsed.doc.sents:
        words = [t for t in sentence if not t.is_space]
        if not words:
            continue
        if subject is not None and (topic != subject or since > _REACH) and \
                _opens_paragraph(words[0]):
            # a profile's paragraph that opens without naming whom it speaks of is about the
            # one the piece is about, not whoever spoke or acted last in the paragraph before,
            # however long ago the piece last named them
            topic, since = subject, 0
        # the small model starts a sentence at the paragraph break before it
        index = parsed.sentence_of(words[0].idx)
        acting = [(i, k) for i, k in parsed.subjects.get(index, [])
                  if sentence.start <= i < sentence.end] or _described(
            parsed, sentence, index) or _pronoun_subject(parsed, sentence, index)
        since += 1
        heading = None if acting else heading_person(parsed, sentence)
        if heading:
            topic, since = heading, 0  # "Discurso de Ventura. Llama a Abascal...": Ventura
            continue
        felt = None if acting else _experiencer(parsed, sentence)
        if felt:
            topic, since = felt, 0
            parsed.carried.setdefault(index, felt)
            continue
        if acting and topic is not None and since <= _REACH and _dropped_singular(
                sentence.root) and not any(_heads_root(parsed, s) for s, _ in acting):
            # "Se incorporó a LLA, donde la recibió Karina Milei": the main verb's dropped
            # subject is still the topic; who acts in a clause under it does not take over
            parsed.carried.setdefault(index, topic)
            since = 0
            continue
        if acting:
            topic, since = _main_subject(parsed, sentence, acting), 0
            continue
        unlike = _unlike_subject(parsed, sentence, topic)
        if unlike is not None:
            # "Sobre Milei y Vox. La dirigente reconoció que ...": she is not the topic
            topic, since = unlike or None, 0
            continue
        if topic is None or since > _REACH:
            topic = None
            continue
        root = sentence.root
        if _names(parsed, sentence, topic):
            since = 0
        if _dropped_singular(root) or _possessed_subject(root):
            parsed.carried.setdefault(index, topic)
            since = 0


def _headline_subject(parsed: Parsed) -> str | None:
    """The person a piece is about: of those its headline names, the one it names most,
    and as often as anyone else."""
    doc = parsed.doc
    end = headline_end(doc)
    speaker = headline_speaker(parsed, end)
    if speaker is not None:
        return speaker
    counts: dict[str, int] = {}
    for mention in parsed.linked.mentions:
        if parsed.is_person(mention.key):
            counts[mention.key] = counts.get(mention.key, 0) + 1
    # "Ventura, reelegido ... con Abascal y Bardella como invitados": those the headline names
    # beside its subject, or as its source, are not whom the piece is about
    named = sorted({m.key for m in parsed.linked.mentions if m.start < end and m.key in counts
                    and not companion_or_source(parsed, m.start)},
                   key=lambda key: -counts[key])
    if not named or counts[named[0]] < max(counts.values()) or \
            len(named) > 1 and counts[named[1]] == counts[named[0]]:
        return None
    return named[0]


def _opens_paragraph(token) -> bool:
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.is_space and before.text.count("\n") >= 2 or \
        token.idx >= 2 and doc_text(token.doc)[token.idx - 2:token.idx] == "\n\n"


# Verbs whose experiencer Spanish puts in a dative "a" phrase: "A Romina le gusta decir...".
_FEELING = {"gustar", "encantar", "interesar", "preocupar", "importar", "molestar",
            "apasionar", "costar", "tocar", "corresponder"}


def _experiencer(parsed: Parsed, sentence) -> str | None:
    """"A Romina Echeverría le gusta decir que...": the one a feeling verb is said of is the
    person the sentence is about, as a subject would be."""
    root = sentence.root
    if folded_lemma(root) not in _FEELING:
        return None
    for child in root.children:
        mention = parsed.mention(child)
        if mention is not None and parsed.is_person(mention.key) and child.i < root.i and \
                any(c.dep_ == "case" and c.lower_ == "a" for c in child.children):
            return mention.key
    return None


def _described(parsed: Parsed, sentence, index: int) -> list[tuple[int, str]]:
    """"El mandatario salvadoreño busca el aplauso...": a subject that describes a person the
    article introduced acts in the sentence as that person."""
    for child in sentence:
        mention = parsed.mention(child)
        if child.dep_ not in _SUBJECTS or mention is not None and mention.kind != DEMONYM or \
                child.pos_ != "NOUN" or not (is_role_noun(child) or demonym_label(child)):
            continue
        found = [e for e in parsed.refer(child, strict=True) if parsed.is_person(e.key)] or \
            _just_named(parsed, child, index)
        if len(found) == 1:
            parsed.subjects.setdefault(index, []).append((child.i, found[0].key))
            return [(child.i, found[0].key)]
    return []


def _pronoun_subject(parsed: Parsed, sentence, index: int) -> list[tuple[int, str]]:
    """"«Me dijo que...», recuerda ella": a personal pronoun that is the main verb's subject
    acts in the sentence as the one person it stands for."""
    for child in sentence.root.children:
        if child.dep_ != "nsubj" or child.pos_ != "PRON" or child.lower_ not in ("él", "ella"):
            continue
        found = [e for e in parsed.ends(child) if parsed.is_person(e.key)]
        if len(found) == 1:
            parsed.subjects.setdefault(index, []).append((child.i, found[0].key))
            return [(child.i, found[0].key)]
    return []


def _unlike_subject(parsed: Parsed, sentence, topic: str | None) -> str | None:
    """A title the main verb has for its subject whose gender the topic does not fit: the
    one person it stands for ("" when none), else None (the topic may still be meant)."""
    for child in sentence.root.children:
        if topic is None or child.dep_ not in _SUBJECTS or child.pos_ != "NOUN" or \
                not is_role_noun(child) or parsed.mention(child) is not None or \
                not gender_of(child) or parsed.gender_fits(topic, gender_of(child)):
            continue
        found = {e.key for e in parsed.refer(child) if parsed.is_person(e.key)}
        return found.pop() if len(found) == 1 else ""
    return None


def _just_named(parsed: Parsed, noun, index: int) -> list:
    """"…que sobrevivirá a Giorgia Meloni. La primera ministra no tiene prisa.": a title that
    fits the one person the sentence before named, and nobody else named since, is that
    person; one whose title names its own organization or place ("el aspirante de Somos
    Perú") is left to the stricter reading."""
    if any(c.dep_ in ("nmod", "appos", "flat") for c in noun.children):
        return []
    found = [e for e in parsed.refer(noun) if parsed.is_person(e.key) and e.distance <= 1]
    if len(found) != 1:
        return []
    named = {m.key for m in parsed.linked.mentions if parsed.is_person(m.key) and
             m.start < noun.i and parsed.sentence_of(parsed.doc[m.start].idx) >= index - 1}
    return found if named == {found[0].key} else []


def _main_subject(parsed: Parsed, sentence, acting: list[tuple[int, str]]) -> str | None:
    """The subject of the sentence's main verb, else the first person acting in it; none
    when the main verb has a subject of its own that none of them is ("el republicano
    participó en las jornadas, en las que intervino X": not X)."""
    root = sentence.root
    for start, key in acting:
        if _heads_root(parsed, start):
            return key
    if any(c.dep_ in _SUBJECTS and c.pos_ != "SPACE" for c in root.children):
        return None
    return acting[0][1]


def _heads_root(parsed: Parsed, start: int) -> bool:
    """Whether the person whose mention starts at `start` is the main verb's subject."""
    token = parsed.doc[start]
    while token.head != token and token.dep_ in ("flat", "appos", "conj"):
        token = token.head
    if token.text in _DASHES and all(t.is_space for t in token.doc[token.sent.start:token.i]):
        return True  # "—Kast dice que...": the small model hangs an answer's subject on its dash
    return token.head == token.sent.root and token.dep_ in _SUBJECTS


def _names(parsed: Parsed, sentence, key: str) -> bool:
    return any(m.key == key for m in parsed.linked.mentions
               if sentence.start <= m.start < sentence.end)


def _possessed_subject(root) -> bool:
    """"Su interlocutor es X": a copula's subject that belongs to someone unnamed, the one the
    text is about."""
    return any(c.dep_ == "cop" for c in root.children) and any(
        c.dep_ in _SUBJECTS and c.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ in ("su", "sus") for d in c.children)
        for c in root.children)


def _dropped_singular(root) -> bool:
    """A main verb (or a copula's predicate) in the third person singular with no subject: the
    one the text keeps talking about. A plural verb ("Participaron") speaks of others."""
    if any(c.dep_ in _SUBJECTS and c.pos_ != "SPACE" and not predicative_opener(c)
           for c in root.children):
        return False
    verb = root
    if root.pos_ not in ("VERB", "AUX"):
        copulas = [c for c in root.children if c.dep_ == "cop"]
        if not copulas or not is_role_noun(root):
            return False  # "Hoy es senadora" is said of someone; "No es la primera vez" is not
        verb = copulas[0]
    finite = [t for t in [verb, *verb.children] if t.pos_ in ("VERB", "AUX") and
              "Fin" in t.morph.get("VerbForm") and (t == verb or t.dep_ in ("aux", "cop"))]
    if not finite:
        return False
    return finite[0].morph.get("Person") in ([], ["3"]) and \
        finite[0].morph.get("Number") == ["Sing"]
