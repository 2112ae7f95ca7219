"""The arguments of a predicate on the parse: its subject (coordinated, inherited by an
infinitive or a second verb, the antecedent of a relative, the person the text is about when
Spanish drops it), its direct object, its obliques by preposition, and the passive's agent."""

from __future__ import annotations

from functools import partial

from graph.ingest.knowledge import EVENT, PLACE
from graph.ingest.nlp.charged_subjects import charged_subject
from graph.ingest.nlp.clitic_titles import titled_referent
from graph.ingest.nlp.datelines import is_dateline, subject_after_dateline
from graph.ingest.nlp.firsts import first_to_act
from graph.ingest.nlp.inanimate_objects import subjects_acted_on
from graph.ingest.nlp.interviews import interviewee
from graph.ingest.nlp.lists import coordinated_subjects, hung_on_oblique
from graph.ingest.nlp.object_control import controller
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.quoted_speakers import colon_speaker, titled_speaker
from graph.ingest.nlp.race_rivals import running_before
from graph.ingest.nlp.relatives import (
    RELATIVES,
    adverbial_host,
    comma_antecedent,
    described_antecedent,
    held_with,
    object_pronoun,
    postverbal_subjects,
    pronominal_participle,
    shares_subject,
    stray_conjuncts,
    subjectless_object_relative,
    where_adverb,
)
from graph.ingest.nlp.reported_clauses import reported_host
from graph.ingest.nlp.triggers import OPENING, POSTVERBAL, SAYING
from graph.ingest.nlp.unnamed_subjects import unnamed_group_subject
from graph.ingest.nlp.words import (
    adverbial_locution,
    case_marker,
    enclitic,
    first_person,
    folded_lemma,
    is_role_noun,
    predicative_opener,
    verb_lemma,
)

_ARGUMENT_DEPS = {"obj", "iobj", "obl", "nmod", "obl:arg", "obl:agent", "nsubj", "appos"}
# The nouns of discourse markers that may open a clause before its subject ("por su parte",
# "del otro lado")
_MARKERS = {"lado", "parte"}
# Discourse markers the small model may fuse with the preposition after them
_MARKER_LOCUTIONS = {("en", "cambio"), ("sin", "embargo"), ("por", "tanto"), ("por", "ende"),
                     ("en", "efecto"), ("de", "hecho"), ("no", "obstante")}
_NORMAL = {"al": "a", "del": "de"}
# Prepositional locutions by their adverb and the prepositions that complete them: "después
# de" is one, "después con" ("se reunió después con Peña") is an adverb and a preposition.
_LOCUTIONS = {"frente": {"a"}, "junto": {"a", "con"}, "respecto": {"a", "de"},
              **{word: {"de"} for word in ("cerca", "ademas", "antes", "despues", "delante",
                                           "detras", "dentro", "fuera", "lejos", "acerca",
                                           "encima", "debajo", "alrededor")}}


def preposition(token) -> str:
    """The preposition that governs a phrase: "con", "junto a", "frente a", or ""."""
    child = case_marker(token)
    if child is None:
        return ""
    words = [_NORMAL.get(child.lower_, folded_lemma(child))]
    # "junto al": the article the preposition contracts is no part of it
    words += [_NORMAL.get(f.lower_, folded_lemma(f)) for f in child.children
              if f.dep_ == "fixed"]
    if words[0] == "a" and len(words) > 1:
        words = words[:1]
    if tuple(words[:2]) in _MARKER_LOCUTIONS and len(words) > 2:
        words = words[2:]  # "recibido en cambio por X": the marker is no preposition
    before = child.doc[child.i - 1] if child.i > 0 else None
    if before is not None and words[0] in _LOCUTIONS.get(folded_lemma(before), ()) \
            and len(words) == 1:
        words.insert(0, folded_lemma(before))  # "frente a", "junto a", "además de"
    return " ".join(words)


def is_passive(verb) -> bool:
    if pronominal_participle(verb):
        return False
    if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
        return True
    participle = "Part" in verb.morph.get("VerbForm") or verb.pos_ == "ADJ"
    auxiliaries = {folded_lemma(c) for c in verb.children if c.dep_ in ("aux", "cop")}
    if "haber" in auxiliaries and "ser" not in auxiliaries:
        return False  # "ha hablado por teléfono": a compound tense, not a passive
    if participle and any(c.dep_ in ("aux", "cop") and folded_lemma(c) == "ser"
                          for c in verb.children):
        return True  # "fue invitado": the small model labels the passive's "ser" aux
    if "Part" in verb.morph.get("VerbForm") and verb.dep_ in ("amod", "acl") and \
            verb.head.pos_ in ("NOUN", "PROPN"):
        return True  # "Marion Maréchal, invitada a la cumbre": a participle on a noun
    return participle and any(preposition(c) == "por" for c in verb.children)


def relative_antecedent(parsed: Parsed, pronoun) -> list[End]:
    """"figuras con las que Kast mantiene contacto": the noun the relative clause hangs on."""
    clause = pronoun.head
    while clause.dep_ not in ("acl", "acl:relcl") and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in ("acl", "acl:relcl"):
        return comma_antecedent(parsed, pronoun)
    noun = clause.head
    held = noun
    while held.dep_ == "nmod" and preposition(held) == "de":
        held = held.head  # "un encuentro de una hora en el que"
    if held_with(held):
        return []  # "un encuentro con X en el que": a meeting, not the text's event
    if noun.pos_ == "SPACE":
        # a paragraph break the small model made the head of the name that opens the
        # paragraph: "\n\nMaréchal, que participó en"
        noun = next((c for c in noun.children if c.dep_ in ("flat", "appos") and
                     c.i < clause.i and parsed.mention(c)), noun)
    if noun.dep_ == "conj" and pronoun.lower_ in ("quienes", "cuales"):
        noun = noun.head  # "acompañado por A y por B, quienes viajaron": both
    found = parsed.ends(noun)
    if not found and noun.dep_ in ("appos", "conj"):
        found = parsed.ends(noun.head)
    if not found:
        found = described_antecedent(parsed, noun)
    if found and preposition(noun) == "de" and not any(parsed.is_person(e.key) for e in found):
        # "Romeu Zema, del partido Novo, que se sumó...": between commas, the "de" phrase
        # describes the person, whom the relative goes on about
        doc = pronoun.doc
        first = next((t.i for t in noun.subtree if not t.is_punct), noun.i)
        owner = parsed.mention(doc[first - 2]) if first > 1 else None
        if owner is not None and parsed.is_person(owner.key) and doc[first - 1].text == "," \
                and doc[pronoun.i - 1].text == ",":
            found = [End.of(owner, reference=True)]
    return [End(e.key, e.first, e.last, True, 0, e.mention) for e in found]


def phrase_ends(parsed: Parsed, token) -> list[End]:
    if token.pos_ == "PRON" and folded_lemma(token) in RELATIVES:
        return relative_antecedent(parsed, token)
    return parsed.ends(token)


def subject_ends(parsed: Parsed, verb, depth: int = 0, origin=None) -> list[End]:
    # The subject nearest the verb first: a dateline ("Santiago, 14 ene (La Tercera).- El
    # presidente de Vox ... se reunió") may also be hung on the verb as a subject.
    subjects = sorted((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "csubj")
                       and c.i != verb.i and c.pos_ != "SPACE" and not c.is_punct and
                       not predicative_opener(c)),
                      key=lambda c: abs(c.i - verb.i))
    if subjects_acted_on(parsed, verb, subjects):
        subjects = []  # "Desde 2020 preside el MCC": the subject is the one dropped
    pronoun = object_pronoun(verb)
    if pronoun is not None:
        # "la fundación, que preside X": the antecedent first, X read as the object too (the
        # relation's ends decide which is which)
        subjects = [pronoun] + [c for c in subjects if c != pronoun]
    if subjects and verb.dep_ == "conj" and verb.head.dep_ in ("acl", "acl:relcl") and \
            all(c.lower_ == "que" for c in subjects) and depth <= 3:
        # "X, que militaba en Ciudadanos y que se unió a Vox": the second relative is X's too
        return subject_ends(parsed, verb.head, depth + 1, origin or verb)
    candidates = [subject_after_dateline(parsed, child) if is_dateline(child) else
                  phrase_ends(parsed, child) for child in subjects]
    after = [found for child, found in zip(subjects, candidates, strict=True)
             if child.i > verb.i and found and not is_dateline(child)]
    if len(after) > 1:
        # "asistieron el primer ministro húngaro, X, el exmandatario brasileño Y y ...": the
        # small model may cut a postverbal list into several subjects
        return list({e.key: e for found in reversed(after) for e in reversed(found)}
                    .values())[::-1]
    coordinated = coordinated_subjects(verb, subjects, candidates,
                                       partial(phrase_ends, parsed))
    if coordinated:
        return coordinated
    for found in candidates:
        if found and not any(parsed.kb.is_a(e.key, PLACE) for e in found):
            return found
    for found in candidates:
        if found:
            return found
    if subjects and all(c.pos_ != "PRON" for c in subjects):
        return []
    for floor in (c for c in verb.children if c.dep_ == "obj" and (
            folded_lemma(c) == "palabra" or verb_lemma(verb) in OPENING and c.i > verb.i)):
        # "tomaron la palabra A y B", "Clausuró la cumbre el presidente X": the small model
        # hangs the speakers on the object
        found = [e for c in floor.children if c.dep_ == "appos" and c.i > floor.i
                 for e in phrase_ends(parsed, c) if parsed.is_agent(e.key)]
        if found:
            return found
    if unnamed_group_subject(parsed, verb):
        return []  # "al que asistieron una decena de diputados": nobody named attended
    if verb_lemma(verb) in POSTVERBAL:
        # "Entre los oradores figuraron X y Y": these verbs put their subject after them
        # "intervinieron la presidenta del instituto, el expresidente X y ...": the small
        # model may cut the subject into several phrases
        found = [e for child in verb.children
                 if child.dep_ in ("obj", "nsubj", "dep") and child.i > verb.i and
                 not preposition(child) for e in phrase_ends(parsed, child)]
        if found:
            return list({e.key: e for e in reversed(found)}.values())[::-1]
        if verb.morph.get("Number") == ["Plur"]:
            found = hung_on_oblique(parsed, verb)
            if found:
                return found
        if not any(c.dep_ in ("obj", "nsubj", "obl") for c in verb.children):
            following = _following_names(parsed, verb)
            if following:
                return following
            # "fue invitado, pero no asistió": nothing follows, the first verb's subject
    charged = charged_subject(verb)  # "fue el encargado de abrir el acto"
    if charged is not None:
        return phrase_ends(parsed, charged)
    if depth > 3:
        return []
    if verb.head.pos_ == "SPACE" and verb.sent.root.i > verb.i and _predicate(verb.sent.root):
        # "\n\nTras reunirse con X, el dirigente ofreció": the small model hangs the clause
        # on the paragraph break; it depends on the sentence's verb
        return subject_ends(parsed, verb.sent.root, depth + 1, origin or verb)
    host = adverbial_host(verb) if verb.dep_ == "advcl" else reported_host(verb) or verb.head
    if (verb.dep_ in ("xcomp", "conj", "advcl") or verb.dep_ == "ccomp" and _infinitive(verb)
            or verb.dep_ == "obj" and verb.pos_ == "ADJ") \
            and host != verb and _predicate(host):
        # "negó haber dado su apoyo": an infinitive complement shares its verb's subject; "estuvo
        # presente X": the small model may make the predicative adjective an object
        if verb.dep_ == "conj" and not shares_subject(verb, host):
            return []
        accused = controller(verb, host, verb_lemma(host), origin)
        if accused is not None:
            return phrase_ends(parsed, accused)  # "acusó a X de gobernar": X governs
        return subject_ends(parsed, host, depth + 1, origin or verb)
    if pronominal_participle(verb):
        return parsed.ends(verb.head, conj=False)  # "Kast, reunido con Abascal"
    if verb.dep_ in ("acl", "acl:relcl") and verb.head != verb and where_relative(verb):
        # "Abascal viajó a Budapest, donde se reunió con Orbán": who went to the place acts
        # there
        main = verb.head
        while main.pos_ not in ("VERB", "AUX") and main.head != main:
            main = main.head
        found = subject_ends(parsed, main, depth + 1) if main.pos_ in ("VERB", "AUX") else []
        if any(parsed.is_agent(e.key) for e in found):
            return found
    if first_to_act(verb):  # "fue la primera en reunirse con X": the first did it
        return subject_ends(parsed, verb.head, depth + 1, origin or verb)
    if verb.dep_ in ("acl", "acl:relcl") and verb.head != verb:
        relatives = [c for c in verb.children if folded_lemma(c) in RELATIVES]
        dropped = subjectless_object_relative(verb)
        if not dropped and (any(c.dep_.startswith("nsubj") for c in relatives) or
                            verb.dep_ == "acl" and not any(preposition(c) for c in relatives)):
            # "Kast, con quien rivalizó": the antecedent is the partner, not the subject
            return parsed.ends(verb.head)
        main = verb.head
        while main.pos_ not in ("VERB", "AUX") and main.head != main or main.dep_ == "xcomp":
            main = main.head
        if (dropped or any(preposition(c) for c in relatives)) and \
                main.pos_ in ("VERB", "AUX") and \
                any(c.dep_.startswith("nsubj") for c in main.children):
            # "el magnate prevé recibir a Milei, con quien habló": the subject of the clause
            # the antecedent is in, whether or not it names someone
            return subject_ends(parsed, main, depth + 1)
    return _dropped_subject(parsed, verb, origin or verb)


def _predicate(token) -> bool:
    """A verb or a copula's predicate, whose subject a dependent clause may share; a noun
    ("No es la primera vez que ...: intervino") has none to give."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children)


def _infinitive(verb) -> bool:
    return any("Inf" in t.morph.get("VerbForm") for t in [verb, *verb.children]
               if t == verb or t.dep_ == "aux")


def in_own_clause(name, title) -> bool:
    """Whether `name` sits in a dependent clause that `title` is outside of: "Tras reunirse
    con X, el dirigente español ofreció..." puts the title in the main clause, not beside X."""
    token = name
    while token.head != token:
        if token.dep_ in ("advcl", "ccomp", "csubj", "xcomp") and \
                title not in token.subtree and title.dep_.startswith("nsubj"):
            return True
        token = token.head
    return False


def where_relative(verb) -> bool:
    """A relative clause of place without a subject of its own: "donde se reunió", "en el
    que habló"."""
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    return any(c.lower_ in ("donde", "adonde") or (
        folded_lemma(c) in RELATIVES and preposition(c) == "en") for c in verb.children)


def _dropped_subject(parsed: Parsed, verb, origin) -> list[End]:
    """Spanish drops the subject the text is talking about: a name before the verb in its
    sentence without a preposition, else the last person acting."""
    # "me he reunido": a compound tense shows its person on the auxiliary
    finite = [verb] + [c for c in verb.children if c.dep_ == "aux" and c.morph.get("Person")]
    person = ["1"] if first_person(verb) else finite[-1].morph.get("Person")
    if person and person != ["3"]:
        return _speaker(parsed, verb) if person == ["1"] else []
    sentence = verb.sent
    for token in reversed(list(sentence[: verb.i - sentence.start])):
        mention = parsed.mention(token)
        if mention is None or token.i != mention.start:
            continue
        head = parsed.doc[mention.start]
        while head.head.i in range(mention.start, mention.end) and head.head != head:
            head = head.head
        phrase = head
        while phrase.dep_ in ("appos", "flat", "nmod", "compound") and phrase.head != phrase \
                and not preposition(phrase):
            phrase = phrase.head
        if preposition(phrase) and head.dep_ == "appos" and folded_lemma(phrase) in _MARKERS:
            phrase = head  # "Del otro lado, Petro, ...": the small model hangs the name on it
        particle = _opening_particle(parsed, mention)
        if (preposition(head) or preposition(phrase)) and not particle or \
                _parenthesized(token) or \
                head.dep_ not in ("nsubj", "ROOT", "appos", "conj", "flat", "obl") or \
                head.dep_ == "obl" and not particle:
            continue
        if parsed.is_agent(mention.key):
            return _with_coordinated(parsed, mention)
    described = [t for t in sentence[: origin.i - sentence.start] if t.dep_ in (
        "nsubj", "nsubj:pass") and t.pos_ == "NOUN" and is_role_noun(t) and
        parsed.mention(t) is None and not predicative_opener(t)]
    if described:
        # "el mandatario salvadoreño busca ...: en febrero intervino": the description before
        # the verb is who acts, whoever the text spoke of before
        return [e for e in parsed.refer(described[-1]) if parsed.is_agent(e.key)]
    here = parsed.sentence_of(verb.idx)
    focus = running_before(parsed, verb) or parsed.focus(here, before=verb.i)
    if focus:
        return [End(focus, verb.i, verb.i, reference=True, distance=1)]
    return []


def _opening_particle(parsed: Parsed, mention) -> bool:
    """"De la Espriella, en cambio, ...": a person's surname particle opening the sentence,
    which the small model reads as a preposition."""
    first = mention.start
    while first > 0 and parsed.doc[first - 1].lower_ in ("de", "del", "la", "las", "los"):
        first -= 1
    token = parsed.doc[first]
    return first < mention.start and token.is_sent_start and token.text in ("De", "Del") \
        and parsed.is_person(mention.key)


def _speaker(parsed: Parsed, verb) -> list[End]:
    """"“Nosotros apoyamos a Kast”, dijo Kaiser": the first person of a quotation is the
    one its sentence says speaks."""
    text = verb.sent.text
    offset = verb.idx - verb.sent.start_char
    opened = max(text.rfind(q, 0, offset) for q in "“«\"")
    if opened < 0:
        return interviewee(parsed, verb) or colon_speaker(parsed, verb)
    for token in verb.sent:
        inside = opened <= token.idx - verb.sent.start_char <= offset or (
            token.i > verb.i and not any(q in verb.sent.text[offset:token.idx -
                                                              verb.sent.start_char]
                                         for q in "”»\""))
        if inside or folded_lemma(token) not in SAYING:
            continue
        for child in token.children:
            mention = parsed.mention(child)
            if child.dep_.startswith("nsubj") and mention and parsed.is_person(mention.key):
                return [End.of(mention)]
            if titled_speaker(parsed, child):
                return titled_speaker(parsed, child)  # "…", dijo la diputada
    return colon_speaker(parsed, verb)


def _following_names(parsed: Parsed, verb) -> list[End]:
    """"Intervinieron, entre otros, el checo Andrej Babiš y el austriaco Herbert Kickl" when
    the small model attached none of it to the verb: the persons named before the next verb."""
    found: list[End] = []
    for token in parsed.doc[verb.i + 1:verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
            break
        mention = parsed.mention(token)
        if mention is not None and token.i == mention.start and parsed.is_person(mention.key):
            found.append(End.of(mention))
    return found


def _with_coordinated(parsed: Parsed, mention) -> list[End]:
    """The name and the names coordinated before it: "Peña y Novák mantuvieron"."""
    doc = parsed.doc
    found = [End.of(mention)]
    start = mention.start
    while start >= 2 and doc[start - 1].lower_ in ("y", "e", ","):
        previous = parsed.mention(doc[start - 2])
        if previous is None or not parsed.is_agent(previous.key):
            break
        lead = doc[max(previous.start - 4, 0):previous.start]
        governed = [t for t in lead if t.pos_ not in ("DET", "NOUN", "ADJ")][-1:]
        if any(folded_lemma(t) == "segun" for t in lead) or (
                governed and governed[0].pos_ == "ADP"):
            break  # "Según el diario ABC Color, Peña y Novák": a source, not a subject
        found.insert(0, End.of(previous))
        start = previous.start
    return found


def _parenthesized(token) -> bool:
    before = token.doc[token.sent.start:token.i]
    # the small model glues a dateline's ")" to its agency: "(PAP).-"
    return sum(t.text.count("(") for t in before) > sum(t.text.count(")") for t in before)


def arguments(parsed: Parsed, verb, prepositions: frozenset[str] | str) -> list[End]:
    """The ends in the verb's phrases governed by one of `prepositions` ("" for none)."""
    wanted = {prepositions} if isinstance(prepositions, str) else set(prepositions)
    found: list[End] = []
    bare: list[End] = []
    for child in verb.children:
        if child.dep_ == "advmod" and child.pos_ == "ADV" and preposition(child) in wanted - {""}:
            # "impulsada también por la Red Atlas": the small model hangs "por" and its
            # phrase on the adverb
            found.extend(e for g in child.children if g.dep_ in ("nmod", "obl")
                         for e in phrase_ends(parsed, g))
            continue
        if child.dep_ == "advmod" and adverbial_locution(child) in wanted - {""}:
            # "perdió frente a X": the locution's adverb heads the phrase, its "a" fixed to it
            found.extend(e for g in child.children if g.dep_ in ("obl", "nmod")
                         for e in phrase_ends(parsed, g))
            continue
        if child.dep_ not in _ARGUMENT_DEPS or child.dep_ == "nsubj":
            continue
        if child.pos_ == "PRON" and child.lower_ in ("se", "me", "te", "nos", "os", "lo", "la",
                                                     "le", "les"):
            continue
        prep = preposition(child)
        if prep in wanted and not _inside_name(parsed, child):
            ends = phrase_ends(parsed, child)
            ends += [e for c in stray_conjuncts(child) for e in parsed.ends(c)]
            (bare if prep == "" and len(wanted) > 1 else found).extend(ends)
    if found or bare:
        # "recibió a Kast, ..., Jeannette Jara": a phrase with the preposition outranks a
        # bare one the small model also hung on the verb
        return found or bare
    # The small model often hangs an oblique on the noun before it: look further down the
    # verb's own phrase, never into another clause.
    for token in verb.subtree:
        event = parsed.event_at(token)
        titled = token.pos_ == "NOUN" and any(c.dep_ == "det" or c.lower_ in ("al", "del")
                                              for c in token.children)
        if token.i <= verb.i or token.head == verb or not (
                parsed.mention(token) or event or is_role_noun(token) or titled):
            continue
        allowed = wanted if event else wanted - {""}
        if preposition(token) not in allowed or _crosses_clause(token, verb) or \
                _inside_name(parsed, token):
            continue
        ends = phrase_ends(parsed, token)
        if not (parsed.mention(token) or event or is_role_noun(token)) and \
                not any(parsed.is_person(e.key) for e in ends):
            continue  # "frente al socialista X" names X; another noun phrase is no partner
        found += ends
        break
    # an oblique only: "donde la recibió X" has no object in "donde"
    where = None if found or "" in wanted else where_adverb(verb, wanted)
    if where is not None:
        return relative_antecedent(parsed, where)  # "la CPAC, donde intervino X"
    return found or _after_colon(parsed, verb, wanted)


def _inside_name(parsed: Parsed, token) -> bool:
    """"la cumbre de Patriotas por Europa": the preposition is a word of a name, not the
    start of a phrase of the verb."""
    mention = parsed.mention(token)
    return mention is not None and any(
        c.dep_ == "case" and mention.start < c.i < mention.end for c in token.children)


def _after_colon(parsed: Parsed, verb, wanted: set[str]) -> list[End]:
    """"solo han coincidido una vez: en la CPAC de 2023": the phrase after the colon says
    where, though the small model hangs it on what follows."""
    doc = parsed.doc
    colon = next((t.i for t in doc[verb.i + 1:min(verb.i + 8, verb.sent.end - 1)]
                  if t.text == ":" or t.pos_ in ("VERB", "AUX")), None)
    if colon is None or doc[colon].text != ":" or doc[colon + 1].pos_ != "ADP":
        return []
    phrase = doc[colon + 1].head
    if phrase.i > colon + 5 or preposition(phrase) not in wanted - {""}:
        return []
    return [e for e in phrase_ends(parsed, phrase) if parsed.kb.is_a(e.key, EVENT)]


def patient_ends(parsed: Parsed, verb) -> list[End]:
    found = arguments(parsed, verb, frozenset({"", "a"}))
    taken = subjects_acted_on(parsed, verb, [c for c in verb.children if c.dep_ == "nsubj"])
    found = [e for c in postverbal_subjects(verb) + taken for e in parsed.ends(c)] + found
    if not any(parsed.is_agent(e.key) for e in found):
        # "lo invitó a la cumbre": the "a" phrase says where to, the clitic whom
        return clitic_object(parsed, verb) or found
    return found


def clitic_object(parsed: Parsed, verb, dative: bool = False) -> list[End]:
    """"Abascal lo recibió", "la felicitó" (`dative`: "le dio su apoyo"): the one person of
    the clitic's gender named in this sentence or the one before who is not the verb's
    subject; none when two could be."""
    # "le invitó": Spanish also says "le" for a man as the direct object
    forms = ("le", "les", "me") if dative else ("lo", "la", "me", "le")
    clitic = next((c for c in verb.children if c.dep_ in ("obj", "iobj") and
                   c.pos_ == "PRON" and c.lower_ in forms and c.i < verb.i), None)
    if clitic is None and enclitic(verb) and enclitic(verb).lower_ in forms:
        clitic = enclitic(verb)  # "para respaldarlo"
    if clitic is None:
        return []
    gender = {"la": "Fem", "lo": "Masc"}.get(clitic.lower_)
    if clitic.lower_ == "me" and verb.morph.get("Number") == ["Plur"] and \
            not any(c.dep_.startswith("nsubj") for c in verb.children):
        return _speaker(parsed, verb)  # "me invitaron a X": whoever invited, the speaker was
    subjects = {e.key for e in subject_ends(parsed, verb)}
    if clitic.lower_ == "me" and subjects:
        # "X me llamó": the one who speaks, in a quotation or an interview's answer
        return [e for e in _speaker(parsed, verb) if e.key not in subjects]
    if not subjects:
        return []
    if clitic.lower_ == "les":
        # "se les unió X": the pair the text was just speaking of
        pair = [e for e in parsed.pair_of(clitic) if e.key not in subjects]
        return pair if len(pair) == 2 else []
    for back in (0, 1):
        # the clitic's own sentence first: "Tras reunirse con X, el dirigente ... le dio su
        # apoyo" is X whoever the sentence before named
        keys: list[str] = []
        for _, key in parsed.persons_before(clitic.i, back=back):
            known = parsed.gender.get(key) or parsed.named_gender.get(key)
            if key in subjects or key in keys or gender and (known not in (gender, None) or (
                    gender == "Fem" and known is None)):
                continue
            keys.append(key)
        if len(keys) == 1:
            return [End(keys[0], clitic.i, clitic.i, reference=True, distance=back)]
        if keys:
            return []
        titled = [] if back else titled_referent(parsed, clitic, subjects, gender)
        if titled:
            return titled  # "Según el equipo del candidato, X lo llamó"
        # "En enero viajó a X, donde fue recibido por Y. Y no le ha dado su respaldo": the
        # person the sentence before spoke of without naming
        carried = parsed.carried.get(parsed.sentence_of(clitic.idx) - back)
        known = parsed.gender.get(carried)
        if carried and carried not in subjects and (not gender or known == gender or (
                known is None and gender == "Masc")):
            return [End(carried, clitic.i, clitic.i, reference=True, distance=back)]
    return []


def agent_ends(parsed: Parsed, verb) -> list[End]:
    return arguments(parsed, verb, frozenset({"por"}))


def _crosses_clause(token, verb) -> bool:
    current = token.head
    while current != verb and current.head != current:
        if current.pos_ in ("VERB", "AUX") or current.dep_ in ("acl", "advcl", "ccomp"):
            return True
        current = current.head
    return False


def semicolon_list(parsed: Parsed, ends: list[End]) -> list[End]:
    """"A, hijo de B; la eurodiputada C, y el chileno D": a list whose items a semicolon
    separates holds one person per item, its first, whatever appositions the items carry."""
    if not ends:
        return ends
    doc = parsed.doc
    # from the first item: the parse may have found the last item and skipped those between
    first = min(e.last for e in ends)
    sentence = doc[first].sent
    rest = doc[first + 1:sentence.end]
    if not any(t.text == ";" for t in rest):
        return ends
    found = list(ends)
    keys = {e.key for e in ends}
    expecting = False
    for i in range(first + 1, sentence.end):
        token = doc[i]
        if token.text == ";" or (token.lower_ in ("y", "e") and doc[i - 1].text == ","):
            expecting = True
            continue
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("ROOT", "conj") and not expecting:
            break
        mention = parsed.mention(token)
        if expecting and mention is not None and parsed.is_person(mention.key):
            if mention.key not in keys and i == mention.start:
                found.append(End.of(mention))
                keys.add(mention.key)
            expecting = False
    return found
