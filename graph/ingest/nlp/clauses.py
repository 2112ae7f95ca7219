"""The subject of a predicate on the parse (coordinated, inherited by an infinitive or a
second verb, the antecedent of a relative, the person the text is about when Spanish drops
it, the speaker of a first person), the phrase a preposition heads, and whether a verb is
passive. Its objects and obliques are read in clause_objects."""

from __future__ import annotations

from functools import partial

from graph.ingest.knowledge import PLACE
from graph.ingest.nlp.aside_subjects import names_after_aside
from graph.ingest.nlp.asked_about import asked_about
from graph.ingest.nlp.charged_subjects import charged_subject
from graph.ingest.nlp.datelines import is_dateline, subject_after_dateline
from graph.ingest.nlp.emphatic_pronouns import emphatic_clause
from graph.ingest.nlp.firsts import first_to_act
from graph.ingest.nlp.inanimate_objects import subjects_acted_on
from graph.ingest.nlp.interviews import interviewee
from graph.ingest.nlp.lists import coordinated_subjects, hung_on_oblique
from graph.ingest.nlp.named_antecedents import event_before_comma
from graph.ingest.nlp.object_control import controller
from graph.ingest.nlp.one_of_those import one_of_those
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.party_voices import party_saying_we
from graph.ingest.nlp.quoted_speakers import (
    colon_speaker,
    dropped_speaker,
    plural_acting,
    plural_under_singular,
    titled_speaker,
)
from graph.ingest.nlp.race_rivals import running_before, running_in_race
from graph.ingest.nlp.relatives import (
    RELATIVES,
    adverbial_host,
    apposed_antecedent,
    comma_antecedent,
    described_antecedent,
    held_with,
    object_pronoun,
    pronominal_participle,
    shares_subject,
    subjectless_object_relative,
)
from graph.ingest.nlp.reported_clauses import reported_host
from graph.ingest.nlp.second_objects import (
    fronted_scene_subject,
    second_object,
    subject_after_infinitive,
)
from graph.ingest.nlp.staging_bodies import staging_body
from graph.ingest.nlp.stray_subjects import stray_subject
from graph.ingest.nlp.subject_shapes import in_other_relative, opening_particle, parenthesized
from graph.ingest.nlp.titled_antecedents import titled_person
from graph.ingest.nlp.told_subjects import told_one
from graph.ingest.nlp.triggers import OPENING, POSTVERBAL, SAYING
from graph.ingest.nlp.unnamed_subjects import unnamed_group_subject
from graph.ingest.nlp.words import (
    case_marker,
    first_person,
    folded_lemma,
    is_role_noun,
    predicative_opener,
    verb_lemma,
)

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
    return participle and any(preposition(c) == "por" and not _inside_name(c)
                              for c in verb.children)


def _inside_name(phrase) -> bool:
    """"está integrado en Patriotas por Europa": a "por" between two capitalized words goes on
    a name the model split, no agent of a passive."""
    marker = next((c for c in phrase.children if c.dep_ == "case"), None)
    return marker is not None and marker.i > 0 and phrase.text[:1].isupper() and \
        phrase.doc[marker.i - 1].pos_ == "PROPN" and phrase.doc[marker.i - 1].text[:1].isupper()


_DEVOTING = {"dedicar", "consagrar", "destinar", "emplear", "invertir"}


def _devoted_to(verb):
    """The verb that devotes a noun to the infinitive hung on it ("dedicó buena parte de su
    intervención a criticar a X"), else None."""
    if verb.dep_ != "acl" or verb.morph.get("VerbForm") != ["Inf"] or not any(
            c.dep_ == "mark" and c.lower_ == "a" for c in verb.children):
        return None
    noun = verb.head
    while noun.dep_ == "nmod" and noun.head != noun:
        noun = noun.head  # "parte de su discurso"
    return noun.head if noun.dep_ == "obj" and folded_lemma(noun.head) in _DEVOTING else None


def _complementizer(subject) -> bool:
    """"contó a los periodistas que habla «cada semana» con X": the small model may take the
    conjunction that opens a reported clause for its subject; the subject is the one dropped."""
    return subject.lower_ == "que" and subject.pos_ == "SCONJ" and subject.head.dep_ == "ccomp"


def _plural_que(pronoun, clause, noun) -> bool:
    """"A, de X, y B, líder de Y, que cenaron con Z": a plural verb after a singular last
    item has the whole coordination for antecedent."""
    return pronoun.lower_ == "que" and pronoun.dep_.startswith("nsubj") and \
        clause.morph.get("Number") == ["Plur"] and noun.morph.get("Number") != ["Plur"]


def _titled_quien(parsed: Parsed, noun) -> list[End]:
    """"al ex primer ministro X, presidente del partido de Y, con quien firmó": "quien" is a
    person, so the one the title the relative hangs on describes, not the party in it."""
    for _ in range(5):
        if noun.dep_ not in ("appos", "nmod") or noun.head == noun:
            return []
        noun = noun.head
        people = [e for e in parsed.ends(noun) if parsed.is_person(e.key)]
        if people:
            return people
    return []


def relative_antecedent(parsed: Parsed, pronoun) -> list[End]:
    """"figuras con las que Kast mantiene contacto": the noun the relative clause hangs on."""
    clause = pronoun.head
    while clause.dep_ not in ("acl", "acl:relcl") and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in ("acl", "acl:relcl"):
        return comma_antecedent(parsed, pronoun)
    noun = clause.head
    if _person_before_comma(parsed, noun, pronoun):
        # "es amiga de X, con quien habla": the small model hangs the relative on the
        # copula's predicate; the person named before the comma is what it is about
        return comma_antecedent(parsed, pronoun)
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
    elif _plural_que(pronoun, clause, noun):
        item = noun
        while item.dep_ == "appos" and item.head != item:
            item = item.head  # "y B, líder de Y, que cenaron": the item the title describes
        noun = item.head if item.dep_ == "conj" else noun
    found = parsed.ends(noun)
    apposed = None if found else apposed_antecedent(parsed, noun)  # "A y B, el partido que"
    if apposed == []:
        return []
    found = found or apposed or []
    if not found and noun.dep_ in ("appos", "conj"):
        found = parsed.ends(noun.head)
    if not found:
        found = described_antecedent(parsed, noun) or event_before_comma(parsed, noun, pronoun)
    if not found:  # "la «apuesta personal» de X, que la llamó": a noun naming no one; X
        found = [e for e in comma_antecedent(parsed, pronoun) if parsed.is_person(e.key)]
    if found and not any(parsed.is_person(e.key) for e in found):
        found = titled_person(parsed, noun, pronoun, clause) or found  # "X, exlíder de Y, que"
    if found and pronoun.lower_ in ("quien", "quienes") and \
            not any(parsed.is_person(e.key) for e in found):
        found = _titled_quien(parsed, noun) or found
    if found and preposition(noun) == "de" and not any(parsed.is_person(e.key) for e in found):
        # "Romeu Zema, del partido Novo, que se sumó...": between commas, the "de" phrase
        # describes the person, whom the relative goes on about
        doc = pronoun.doc
        first = next((t.i for t in noun.subtree if not t.is_punct), noun.i)
        owner = parsed.mention(doc[first - 2]) if first > 1 else None
        if owner is not None and parsed.is_person(owner.key) and doc[first - 1].text == "," \
                and doc[pronoun.i - 1].text == ",":
            found = [End.of(owner, reference=True)]
    found = staging_body(parsed, pronoun, clause, found)  # "X, líder de Y, que organiza"
    return [End(e.key, e.first, e.last, True, 0, e.mention) for e in found]


def phrase_ends(parsed: Parsed, token) -> list[End]:
    if token.pos_ == "PRON" and folded_lemma(token) in RELATIVES:
        return relative_antecedent(parsed, token)
    clause = emphatic_clause(token)
    if clause is not None:  # "convocada por él mismo": the clause's subject
        return subject_ends(parsed, clause)
    return parsed.ends(token)


def _opening_name(parsed: Parsed, space):
    """"\n\nWeidel, que fue candidata, intervino": the small model makes the paragraph break
    the subject and hangs the name that opens the paragraph on it; that name is the subject.
    A pair ("\n\nA y B se reunieron", B hung on the break too) is read as before."""
    if any(c.dep_ == "conj" for c in space.children):
        return None
    return next((c for c in space.children if c.dep_ == "flat" and c.i == space.i + 1 and
                 parsed.mention(c)), None)


def subject_ends(parsed: Parsed, verb, depth: int = 0, origin=None) -> list[End]:
    one = one_of_those(verb)
    if one is not None and depth <= 3:  # "es una de las dirigentes que hablan con X"
        return subject_ends(parsed, one, depth + 1, origin or verb)
    # The subject nearest the verb first: a dateline ("Santiago, 14 ene (La Tercera).- El
    # presidente de Vox ... se reunió") may also be hung on the verb as a subject.
    subjects = sorted((_opening_name(parsed, c) if c.pos_ == "SPACE" else c
                       for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "csubj")
                       and c.i != verb.i and not c.is_punct and not predicative_opener(c)
                       and not _complementizer(c)
                       and (c.pos_ != "SPACE" or _opening_name(parsed, c) is not None)),
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
    stray = None if subjects else stray_subject(verb)
    if stray is not None and phrase_ends(parsed, stray):
        return phrase_ends(parsed, stray)  # "anunció X y Karina Milei le dio": the parse's slip
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
    if subjects and all(c.pos_ != "PRON" or c.lower_ == "nadie" for c in subjects):
        return []  # "Tampoco acudió nadie del Gobierno": no one, not the last subject
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
    for late in (second_object(verb), fronted_scene_subject(verb),
                 subject_after_infinitive(verb)):
        if late is not None and any(parsed.is_person(e.key) for e in phrase_ends(parsed, late)):
            return [e for e in phrase_ends(parsed, late) if parsed.is_person(e.key)]
    charged = charged_subject(verb)  # "fue el encargado de abrir el acto"
    if charged is not None:
        return phrase_ends(parsed, charged)
    running = running_in_race(parsed, verb)
    if running:
        return running  # "la candidatura de X para las elecciones, en las que se medirá a Y"
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
        if first_person(verb) and not first_person(host) and host.i < verb.i and any(
                q in t.text for t in verb.doc[host.i:verb.i] for q in "“«\""):
            # "Insiste en que Chega no lo respalda: «Ni lo apoyamos»": a first person hung on
            # a third person's verb is the quotation's speaker, not that verb's subject
            return _dropped_subject(parsed, verb, origin or verb)
        if verb.dep_ == "conj" and not shares_subject(verb, host):
            # "Santiago me invitó y allí conocí a X": the first person is the speaker
            return _dropped_subject(parsed, verb, origin or verb) if first_person(verb) else []
        accused = controller(verb, host, verb_lemma(host), origin)
        if accused is not None:
            return phrase_ends(parsed, accused)  # "acusó a X de gobernar": X governs
        if verb.dep_ == "advcl" and plural_under_singular(verb, host):
            # "Con X mantuvo una relación cordial: coincidieron en Temuco": a plural hung on
            # a singular verb has a subject of its own, dropped: several persons
            several = _dropped_subject(parsed, verb, origin or verb)
            if sum(parsed.is_person(e.key) for e in several) >= 2:
                return several
        found = subject_ends(parsed, host, depth + 1, origin or verb)
        if verb.dep_ == "advcl" and _when_relative(verb) and not any(
                parsed.is_agent(e.key) for e in found):
            # "su carrera cambió en 2021, cuando se reunió con X": a thing changed; the one
            # the text is about met X
            return _dropped_subject(parsed, verb, origin or verb)
        return found
    if pronominal_participle(verb):
        return parsed.ends(verb.head, conj=False)  # "Kast, reunido con Abascal"
    if verb.dep_ in ("acl", "acl:relcl") and verb.head != verb and (
            where_relative(verb) or _when_relative(verb)):
        # "Abascal viajó a Budapest, donde se reunió con Orbán": who went to the place acts
        # there; "llegó a la política en 2020, cuando ganó un escaño": who did it then
        main = verb.head
        while main.pos_ not in ("VERB", "AUX") and main.head != main:
            main = main.head
        found = subject_ends(parsed, main, depth + 1) if main.pos_ in ("VERB", "AUX") else []
        if any(parsed.is_agent(e.key) for e in found):
            return found
        if _when_relative(verb):
            # "Su salto llegó en 2023, cuando conoció a X": a thing arrived; the one the
            # text is about met X
            return _dropped_subject(parsed, verb, origin or verb)
    devoted = _devoted_to(verb)
    if devoted is not None:  # "dedicó su discurso a elogiar a X": the speaker praises
        return subject_ends(parsed, devoted, depth + 1, origin or verb)
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
        if any(preposition(c) and _person_before_comma(parsed, main, c) for c in relatives):
            # "es amiga de X, con quien habla", "su interlocutor es X, con quien habla": the
            # copula's subject, or the one the text is about; not X, whom the relative is about
            return _copula_speaker(parsed, main, verb, depth)
    return _dropped_subject(parsed, verb, origin or verb)


def _person_before_comma(parsed: Parsed, predicate, pronoun) -> bool:
    """A relative hung on a copula's predicate right after a person named before its comma."""
    return any(c.dep_ == "cop" for c in predicate.children) and bool(
        comma_antecedent(parsed, pronoun)) and all(
        parsed.is_person(e.key) for e in comma_antecedent(parsed, pronoun))


def _copula_speaker(parsed: Parsed, predicate, verb, depth: int) -> list[End]:
    named = {e.key for e in parsed.ends(predicate)}
    found = [e for e in subject_ends(parsed, predicate, depth + 1)
             if e.key not in named and parsed.is_agent(e.key)]
    if found:
        return found
    focus = parsed.focus(parsed.sentence_of(verb.idx), before=predicate.sent.start)
    return [End(focus, verb.i, verb.i, reference=True, distance=1)] if focus and \
        focus not in named else []


def _predicate(token) -> bool:
    """A verb or a copula's predicate, whose subject a dependent clause may share; a noun
    ("No es la primera vez que ...: intervino") has none to give."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children)


def _infinitive(verb) -> bool:
    return any("Inf" in t.morph.get("VerbForm") for t in [verb, *verb.children]
               if t == verb or t.dep_ == "aux")


def in_own_clause(name, title) -> bool:
    """Whether `name` sits in a dependent clause that `title` is outside of: "Tras reunirse
    con X, el dirigente español ofreció..." puts the title in the main clause, not beside X;
    so does a title that opens the clause of the verb it is the subject of, no comma between:
    "Del hotel al núcleo duro de X, la dirigente de Faro encarna …"."""
    verb = title.head
    if title.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.i > title.i and \
            name.dep_ != "nsubj" and not any(t.is_punct for t in title.doc[title.i:verb.i]):
        return True
    token = name
    while token.head != token:
        if token.dep_ in ("advcl", "ccomp", "csubj", "xcomp") and \
                title not in token.subtree and title.dep_.startswith("nsubj"):
            return True
        token = token.head
    return False


def _when_relative(verb) -> bool:
    """A relative clause of time without a subject of its own, on the date it happened:
    "en 2023, cuando conoció a X"."""
    return not any(c.dep_.startswith("nsubj") for c in verb.children) and any(
        c.lower_ == "cuando" for c in verb.children)


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
    # "me he reunido", "fui militante": a compound tense or a predicate shows its person on
    # the auxiliary or the copula
    finite = [verb] + [c for c in verb.children if c.dep_ in ("aux", "cop") and
                       c.morph.get("Person")]
    person = ["1"] if first_person(verb) else finite[-1].morph.get("Person")
    if person and person != ["3"]:
        return first_person_speaker(parsed, verb) if person == ["1"] else []
    told = told_one(parsed, verb)
    if told:
        return told  # "X le recordó que se fotografió con Y": the one told did
    sentence = verb.sent
    for token in reversed(list(sentence[: verb.i - sentence.start])):
        mention = parsed.mention(token)
        if mention is None or token.i != mention.start:
            continue
        head = parsed.doc[mention.start]
        while head.head.i in range(mention.start, mention.end) and head.head != head:
            head = head.head
        phrase = head
        if head.dep_ == "conj" and preposition(head.head) and \
                parsed.mention(head.head) is not None and \
                any(c.dep_ == "cc" for c in head.children) and \
                not any(t.text == "," for t in parsed.doc[head.head.i:head.i]):
            continue  # "tras el acuerdo con el PP y Ciudadanos": the preposition is for both
        while phrase.dep_ in ("appos", "flat", "nmod", "compound") and phrase.head != phrase \
                and not preposition(phrase):
            phrase = phrase.head
        if preposition(phrase) and head.dep_ == "appos" and folded_lemma(phrase) in _MARKERS:
            phrase = head  # "Del otro lado, Petro, ...": the small model hangs the name on it
        particle = opening_particle(parsed, mention)
        if (preposition(head) or preposition(phrase)) and not particle or \
                parenthesized(token) or \
                head.dep_ not in ("nsubj", "ROOT", "appos", "conj", "flat", "obl") and \
                not particle or \
                head.dep_ == "obl" and not particle:
            continue
        if in_other_relative(head, verb):
            continue  # "El organizador, que reunió a A y B, contó que asistió": not A nor B
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
    focus = focus and asked_about(parsed, verb, focus) or focus
    if focus and finite[-1].morph.get("Number") == ["Plur"] and parsed.is_person(focus):
        # "A y B llegaron. Respaldaron a X": the several acting just before; "me votan por lo
        # que hice": an impersonal plural, not the one person
        return plural_acting(parsed, verb, focus)
    if focus:
        return [End(focus, verb.i, verb.i, reference=True, distance=1)]
    return []


def first_person_speaker(parsed: Parsed, verb) -> list[End]:
    """"“Nosotros apoyamos a Kast”, dijo Kaiser": the first person of a quotation is the
    one its sentence says speaks."""
    party = party_saying_we(parsed, verb)
    if party:
        return party  # "Chega no respalda al Gobierno: «Ni lo apoyamos»": the party
    sentence = verb.sent
    text, start = sentence.text, sentence.start_char
    offset = verb.idx - start
    opened = max(text.rfind(q, 0, offset) for q in "“«\"")
    if opened < 0:
        return interviewee(parsed, verb) or colon_speaker(parsed, verb)
    for token in sentence:
        inside = opened <= token.idx - start <= offset or (
            token.i > verb.i and not any(q in text[offset:token.idx - start] for q in "”»\""))
        if inside or folded_lemma(token) not in SAYING:
            continue
        for child in token.children:
            mention = parsed.mention(child)
            if child.dep_.startswith("nsubj") and mention and parsed.is_person(mention.key):
                return [End.of(mention)]
            if titled_speaker(parsed, child):
                return titled_speaker(parsed, child)  # "…", dijo la diputada
        dropped = dropped_speaker(parsed, token, start + opened)
        if dropped:
            return dropped  # "«…», dijo.": the one the text is talking about
    return colon_speaker(parsed, verb)


def _following_names(parsed: Parsed, verb) -> list[End]:
    """"Intervinieron, entre otros, el checo Andrej Babiš y el austriaco Herbert Kickl" when
    the small model attached none of it to the verb: the persons named before the next verb,
    or past an aside between commas ("No asistió, pese a haber sido invitado, X")."""
    found: list[End] = []
    for token in parsed.doc[verb.i + 1:verb.sent.end]:
        if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
            break
        mention = parsed.mention(token)
        if mention is not None and token.i == mention.start and parsed.is_person(mention.key):
            found.append(End.of(mention))
    return found or names_after_aside(parsed, verb)


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
