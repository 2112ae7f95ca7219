"""Copulas whose subject is not a name: "El diputado, que fue rival de Kast en la primera
vuelta", "El líder del partido, que fue alcalde de Lima", "En 2007 fue concejal de Lima",
"Soy opositor a X", "La dirigente francesa es presidenta de X"; and titles set beside a title
without a name ("El dirigente ultraderechista, diputado en X desde 2019,"). The title goes to
the person the reference stands for: the one a title without a name is resolved to, the person
a dropped subject is, or the speaker."""

from __future__ import annotations

from graph.ingest.nlp.adverbial_copulas import clause_host, clause_roles
from graph.ingest.nlp.appositions import named_in_apposition
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.copula_titles import party_of, plural_speaker
from graph.ingest.nlp.ends import End, gender_of
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.name_genders import name_gender
from graph.ingest.nlp.named_titles import titles_a_name
from graph.ingest.nlp.past_states import copula_past
from graph.ingest.nlp.wished_titles import wished_title
from graph.ingest.nlp.words import (
    PERSON_NOUNS,
    PROFESSIONS,
    base_role,
    folded_lemma,
    predicative_opener,
    role_kind,
    verb_lemma,
)

_RELATIVE = ("que", "quien")
# Sentences back a gendered title's dropped subject may be found in
_GENDER_REACH = 6


def referenced_copula_claims(roles, token) -> list[Found]:
    """The claims of the title `token` when it is the predicate of such a copula."""
    word, former = base_role(token)
    parsed = roles.parsed
    if word and token.dep_ == "nsubj" and predicative_opener(token) and \
            not parsed.mention(token):
        return _opener_claims(roles, token, word, former)  # "Militante de X, fue …"
    # "fue concejala en Brno": the small model may read a feminine title as a verb that
    # "fue" is the auxiliary of
    misread = token.pos_ == "VERB" and _copula_as_auxiliary(token)
    host = clause_host(token) if word and not parsed.mention(token) else None
    if host is not None:
        return _after_copula_claims(roles, token, host)
    if not word or token.pos_ not in ("NOUN", "ADJ") and not misread or parsed.mention(token):
        return []
    if token.dep_ in ("appos", "amod"):  # the small model may tag the title an adjective
        return _apposed_claims(roles, token, word, former)
    if _presented_as(token):
        return _claims_of(roles, token, word, former, token.head,
                          subject_ends(parsed, token.head), False)
    if titles_a_name(roles, token):
        return []  # "Estuvieron el exministro X y la eurodiputada del PP Y": their own names
    verb = next((c for c in token.children if c.dep_ == "cop"), None) or _read_as_ir(token) \
        or (_copula_as_auxiliary(token) if misread else None)
    if verb is None or token.morph.get("Number") == ["Plur"]:
        return []
    # "R. Soy militante de X": the small model may make the answer's marker the subject of a
    # first person; "Militante de X, fue diputado" opens on what describes the dropped one; a
    # paragraph's break the model makes the subject of its first copula is none
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass") and not (
        c.pos_ in ("SPACE", "PUNCT") and verb.morph.get("Person") == ["1"]) and
        c.pos_ != "SPACE" and not predicative_opener(c)]
    if any(parsed.mention(t) for s in subjects for t in s.subtree):
        return []  # a named subject: the role reader reads the copula with the name
    if any(c.dep_ in ("appos", "flat") and parsed.mention(c) is not None and
           parsed.is_person(parsed.mention(c).key) for c in token.children):
        # "el primer mandatario al que recibió fue el presidente argentino, Javier Milei":
        # the title is the named one's, and the subject is that one too
        return []
    if named_in_apposition(parsed, roles._phrase_end(token.i)) is not None:
        return []  # "Quien habló fue el intendente de X, Walter Sandoval": hung on the place
    if any(folded_lemma(s) in _RELATIVE for s in subjects):
        antecedent = token.head
        clause = {t.i for t in token.subtree}
        described = base_role(antecedent)[0] or folded_lemma(antecedent) in PROFESSIONS
        if token.dep_ not in ("acl", "acl:relcl") or not described or \
                antecedent.pos_ != "NOUN" or any(
                parsed.mention(t) and parsed.is_person(parsed.mention(t).key)
                for t in antecedent.subtree if t.i not in clause):
            return []  # a relative on a name (or a title beside one) is the role reader's
        persons = parsed.refer(antecedent)
    elif not subjects and (token.dep_ == "ROOT" or _second_copula(token) or verb == token.head or
                           token.dep_ in ("ccomp", "parataxis") and
                           verb.morph.get("Person") == ["1"] or _opening_copula(token, verb) or
                           _oblique_relative(parsed, token)):
        # the finite copula carries the person: "fue concejal" the one the text is about,
        # "soy opositor" the one who speaks
        persons = agreeing_persons(parsed, token, subject_ends(parsed, verb))
    elif len(subjects) == 1 and subjects[0].pos_ == "NOUN" and base_role(subjects[0])[0]:
        # "La dirigente francesa es presidenta de X": the title subject stands for a person
        persons = parsed.refer(subjects[0])
    elif not subjects and _titled_sayer(parsed, token):
        # "La exdiputada confirmó que será la candidata presidencial": the one who says it
        persons = parsed.refer(_titled_sayer(parsed, token))
    else:
        return []
    # "En 2007 fue concejal de Lima": a post the copula puts in the past is over
    past = bool(copula_past(verb)) or verb.lower_ in _FORMS_OF_SER
    return _claims_of(roles, token, word, former, verb, persons, past)


def agreeing_persons(parsed, title, persons: list[End]) -> list[End]:
    """The dropped subject of a feminine title: "Ventura la descubrió. … En 2022 fue
    candidata de Chega" is not Ventura; when the one the text acted on last is a man, the
    nearest woman named in the sentences before. (A masculine title may name a woman too:
    "era concejal".)"""
    if gender_of(title) != "Fem" or not persons or any(
            _gender(parsed, p.key) in ("Fem", None) for p in persons):
        return persons
    return [End(key, title.i, title.i, reference=True, distance=1)
            for _, key in parsed.persons_before(title.i, back=_GENDER_REACH)
            if _gender(parsed, key) == "Fem"][:1]


def _gender(parsed, key: str) -> str | None:
    """What the text made the person, else what the given name says."""
    return parsed.gender.get(key) or name_gender(parsed.kb.label(key) or "")


def _titled_sayer(parsed, token):
    """The subject of the verb a subjectless copula clause `token` completes, when it is a
    title without a name standing for a person ("La exdiputada confirmó que será ...")."""
    if token.dep_ != "ccomp":
        return None
    # not "el senador X anunció que será ...": a title with its name is the role reader's
    return next((c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and
                 base_role(c)[0] and not any(parsed.mention(t) for t in c.subtree)), None)


def _oblique_relative(parsed, token) -> bool:
    """"militó en el CDS, por el que fue concejal en Loulé": a copula in a relative clause
    whose pronoun is oblique ("por el que", "con la cual") on a thing, not a person, has the
    sentence's dropped or named subject for its own."""
    if token.dep_ not in ("acl", "acl:relcl") or parsed.mention(token.head) is not None and \
            parsed.is_person(parsed.mention(token.head).key):
        return False
    return any(c.dep_ == "obl" and folded_lemma(c) in _RELATIVE and c.i < token.i and
               any(g.dep_ == "case" for g in c.children) for c in token.children)


def _opening_copula(token, verb) -> bool:
    """"Fue concejal de X entre 2014 y 2019, perdió la prefectura en 2023 y ...": a finite
    copula opening its sentence heads a clause of its own, its subject the dropped one, though
    the small model makes its title the subject of the verb after the comma."""
    return token.dep_ == "nsubj" and verb.i == token.sent.start and \
        verb.morph.get("VerbForm") == ["Fin"] and verb.i < token.i < token.head.i and \
        any(t.text == "," for t in token.doc[token.i:token.head.i])


def _opener_claims(roles, token, word: str, former: bool) -> list[Found]:
    """"Militante de Fidesz desde su juventud, fue diputado": the fronted title describes
    whoever the sentence's verb is said of."""
    head = token.head
    verb = next((c for c in head.children if c.dep_ == "cop"), None) or head
    if verb.pos_ not in ("VERB", "AUX") or token.morph.get("Number") == ["Plur"]:
        return []
    # "Eurodiputada de X, es una de las personas de confianza de Y": the copula's subject is
    # its predicate's, left unsaid
    persons = subject_ends(roles.parsed, verb) or (
        subject_ends(roles.parsed, head) if head != verb else [])
    found = _claims_of(roles, token, word, former, verb, persons, False)
    # "Eurodiputada de X desde 2024 y vicepresidenta del grupo Y, es ...": each title joined
    # to the first (the small model may hang it on the year)
    for joined in token.subtree:
        more, was = base_role(joined)
        if joined != token and joined.dep_ == "conj" and more and joined.pos_ == "NOUN" and \
                not roles.parsed.mention(joined):
            found += _claims_of(roles, joined, more, was, verb, persons, False)
    return found


def _claims_of(roles, token, word: str, former: bool, verb, persons: list[End],
               past: bool) -> list[Found]:
    """The claims of the title `token` said of `persons` by `verb` (`past`: as over)."""
    parsed = roles.parsed
    mood = modality(verb)
    if not mood.asserted or "Sub" in verb.morph.get("Mood") or wished_title(token):
        return []  # "Es el gobernador que La Paz necesita": backing, no office held
    title = roles._phrase(token.i, roles._phrase_end(token.i), word, former)
    title.former = title.former or past and role_kind(title.word) != "candidate"
    found: list[Found] = []
    if plural_speaker(verb, title):
        # "Somos aliados de los republicanos", said by a party's deputy: the party is
        persons = [End(party_of(parsed, p.key), p.first, p.last, reference=True,
                       distance=p.distance) for p in persons if party_of(parsed, p.key)]
    for person in persons:
        if not parsed.is_agent(person.key):
            continue
        claims = roles._claims(title, Mention(person.first, person.last + 1, "", person.key, ""),
                               "reference")
        for claim in claims:
            if claim.subject.key == person.key:  # not a rival's own candidacy
                claim.subject = End(person.key, person.first, person.last, reference=True,
                                    distance=person.distance)
            claim.negated = mood.negated
            claim.confidence = round(claim.confidence * 0.85, 2)
        found += claims
    return found


def _after_copula_claims(roles, token, host) -> list[Found]:
    """"Elegida en 2022, llegó a Roma después de haber sido concejala de X": the titles of an
    infinitive copula of time are the dropped subject's of the verb it is on, and over (a
    named subject is the role reader's)."""
    parsed = roles.parsed
    if any(parsed.mention(t) for c in host.children if c.dep_ in ("nsubj", "nsubj:pass")
           for t in c.subtree):
        return []
    persons = subject_ends(parsed, host)
    return [claim for role in clause_roles(token)
            for claim in _claims_of(roles, role, base_role(role)[0], True, host, persons, True)]


# Verbs that, reflexive, give oneself a title: "se presenta como el candidato del cambio".
_PRESENTING = {"presentar", "definir", "describir", "autodefinir"}


def _presented_as(token) -> bool:
    """"Fue uno de los nuestros y ahora se presenta como el candidato del cambio": a title one
    gives oneself with the subject dropped (a named one is the role reader's)."""
    verb = token.head
    return token.dep_ in ("obj", "obl", "xcomp") and verb.pos_ == "VERB" and any(
        c.dep_ == "mark" and c.lower_ == "como" for c in token.children) and \
        verb_lemma(verb) in _PRESENTING and any(
            c.lower_ == "se" for c in verb.children) and not any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)


def _second_copula(token) -> bool:
    """"Fue concejal y desde entonces es senadora por X": a copula joined to a first one
    with no subject has the same dropped subject."""
    head = token.head
    return token.dep_ == "conj" and head.dep_ == "ROOT" and not any(
        c.dep_ in ("nsubj", "nsubj:pass") for c in head.children) and any(
        c.dep_ == "cop" for c in head.children)


_FORMS_OF_SER = {"fui", "fue", "fuimos", "fueron", "fuiste"}


def _read_as_ir(token):
    """"Fui concejal de Loures": the small model may read the copula's preterite as "ir"'s
    (or as a noun), the title its object (or apposition); the verb, when it did."""
    head = token.head
    if token.dep_ in ("obj", "appos") and head.lower_ in _FORMS_OF_SER and head.i < token.i and \
            not any(c.dep_ == "case" for c in token.children):
        return head
    return None


def _apposed_claims(roles, token, word: str, former: bool) -> list[Found]:
    """"El dirigente ultraderechista, diputado en la Asamblea desde 2019, insistió": a title
    set beside a title without a name is said of the person that one stands for."""
    parsed, head = roles.parsed, token.head
    if head.i > token.i or head.pos_ != "NOUN" or parsed.mention(head) or \
            parsed.doc[token.i - 1].text != "," or not base_role(head)[0] and \
            folded_lemma(head) not in PERSON_NOUNS or any(
                parsed.mention(t) and parsed.is_person(parsed.mention(t).key)
                for t in head.subtree):
        return []
    persons = [e for e in parsed.ends(head, conj=False) if parsed.is_person(e.key)]
    if len(persons) != 1:
        return []
    person = persons[0]
    title = roles._phrase(token.i, roles._phrase_end(token.i), word, former)
    claims = roles._claims(title, Mention(person.first, person.last + 1, "", person.key, ""),
                           "reference")
    for claim in claims:
        claim.subject = End(person.key, person.first, person.last, reference=True,
                            distance=person.distance)
        claim.confidence = round(claim.confidence * 0.85, 2)
    return claims



def _copula_as_auxiliary(token):
    return next((c for c in token.children if c.dep_ in ("aux", "cop") and
                 folded_lemma(c) == "ser"), None)

