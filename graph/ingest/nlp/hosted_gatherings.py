"""A gathering with a host of its own is not a part of another one. In a text that names a
forum, "la cena de gala" or "la sesión inaugural" are that forum's; but "el debate de la Cámara
de Comercio", "la cena que el PPE ofrece esta noche" or "una jornada que Vox organiza el
sábado" are gatherings apart, held by the body the noun's complement or its relative clause
names, and are named after it ("Debate de la Cámara de Comercio", "Cena del PPE")."""

from __future__ import annotations

from graph.ingest.knowledge import AGENT, EVENT
from graph.ingest.nlp.lead_holders import of_holder
from graph.ingest.nlp.unnamed_hosts import after_a_name, said_of
from graph.ingest.nlp.words import folded_lemma, of_complements, verb_lemma
from graph.ingest.reading import fold

# Verbs whose subject holds the gathering its relative clause describes ("el foro que la
# fundación celebra", "la marcha que convocaron los sindicatos").
_HOLDING = {"organizar", "coorganizar", "convocar", "celebrar", "promover", "impulsar",
            "patrocinar", "auspiciar", "montar", "preparar"}
# Meals and receptions are given by their host ("la cena que ofrece el PPE", "el almuerzo
# que dio la embajada"); a rally "que dio Abascal" is a speech, not a host's.
_SERVING = {"ofrecer", "dar", "servir", "brindar"}
_MEALS = {"cena", "almuerzo", "desayuno", "comida", "recepcion", "vino", "coctel", "banquete",
          "agasajo", "brindis", "merienda"}
# A name given to the gathering: "el acto bautizado «X», que Vox montó" is X, already named.
_NAMING = {"bautizar", "llamar", "denominar", "titular", "rotular", "apodar"}
_NAMED_FORMS = tuple(v[:-2] + "ad" for v in _NAMING)  # "bautizad(o|a)", "llamad(o|a)"
_QUOTES = {'"', "«", "»", "“", "”", "'"}
# Verbs that make what follows a wish, a plan or a possibility, not a gathering held.
_MODAL = {"poder", "querer", "deber", "pensar", "planear", "esperar", "intentar", "pretender",
          "aspirar", "proponer", "estudiar", "barajar", "especular", "descartar", "soñar"}


def relative_host(parsed, noun):
    """"la cena que el PPE ofrece", "el foro que celebra la fundación": the body (not a
    person) that the relative clause on a gathering noun makes its subject. None when the
    noun describes a name beside it ("Viva 26, el acto que Vox celebra") or is given one."""
    if after_a_name(noun) or said_of(noun) or not held(noun) or given_a_name(noun):
        return None
    verbs = _HOLDING | (_SERVING if folded_lemma(noun) in _MEALS else set())
    for clause in _relatives(noun):
        if verb_lemma(clause) not in verbs or _negated(clause) or \
                clause.left_edge.i > 0 and noun.doc[clause.left_edge.i - 1].text == ",":
            continue
        for subject in _subjects(clause):
            mention = parsed.mention(subject)
            if mention is not None and parsed.kb.is_a(mention.key, AGENT) and \
                    not parsed.is_person(mention.key):
                return mention
    return None


def verb_host(parsed, noun):
    """"Vox ha convocado para el sábado una concentración", "la fundación organizó un
    seminario": the body (not a person) whose organizing verb takes the gathering noun for
    its object holds it, wherever the text tells it. None when the noun describes a name
    beside it or is given one, or when the verb is denied or only a plan."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ != "VERB" or verb_lemma(verb) not in _HOLDING or \
            _negated(verb) or after_a_name(noun) or said_of(noun) or not held(noun) or \
            given_a_name(noun):
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        # a paragraph's break the small model took for the subject, the name hung on it
        names = [c for c in subject.children if c.dep_ == "flat"] if subject.is_space else \
            [subject]
        for name in names:
            mention = parsed.mention(name)
            if mention is not None and parsed.kb.is_a(mention.key, AGENT) and \
                    not parsed.is_person(mention.key):
                return mention
    return None


def own_host(parsed, noun, organizer) -> bool:
    """Whether a gathering noun names a host of its own: a body in its "de" complement ("el
    debate de la Cámara"), an organizer in a participle ("organizado por X", `organizer`) or
    a body its relative clause makes the subject ("que el PPE ofrece")."""
    if not held(noun) or given_a_name(noun) or _of_event(parsed, noun):
        return False  # "la segunda jornada de la cumbre, organizada por X": the summit's
    holder = of_holder(parsed, noun)
    if holder is not None and not parsed.is_person(holder.key) and holder.start > noun.i:
        return True
    # "El encuentro, que organizó Vox, ...": a clause set off by a comma tells more of a
    # gathering already known (the one named); only one that says which sets it apart
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == ",":
        return False
    return organizer(parsed, noun) is not None or relative_host(parsed, noun) is not None


def _negated(verb) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in ("no", "nunca", "jamás") for c in verb.children)


def given_a_name(noun) -> bool:
    """"el acto bautizado «X»", "un foro llamado X", "la cumbre «X»": the gathering has a
    name of its own, which the text's reader of names gives it."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text in _QUOTES:
        return True
    # ("contra lo que llama «el pacto»": a free relative names what it opposes, not it)
    return any(c.dep_ in ("acl", "amod") and (verb_lemma(c) in _NAMING or fold(
        c.lower_).startswith(_NAMED_FORMS)) and not any(k.lower_ == "lo" for k in c.children)
        for c in noun.children)


def held(noun) -> bool:
    """Whether the clauses above a gathering noun tell it as held or to be held, not as a
    wish, a plan or a possibility ("podría viajar para participar en un acto de Vox")."""
    token = noun
    while token.head.i != token.i:
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        forms = [token] + [c for c in token.children if c.dep_ in ("aux", "cop")]
        if any({"Cnd", "Sub"} & set(t.morph.get("Mood")) or verb_lemma(t) in _MODAL
               for t in forms) or any(c.dep_ == "mark" and fold(c.lower_) in ("para", "si")
                                      for c in token.children):
            return False
    return True


def _of_event(parsed, noun) -> bool:
    """"la jornada de la cumbre": a part of the event its "de" complement names."""
    for child in of_complements(noun):
        mention = parsed.mention(child)
        if child.i in parsed._event_at or mention is not None and \
                parsed.kb.is_a(mention.key, EVENT):
            return True
    return False


def _relatives(noun) -> list:
    """The relative clauses on a gathering noun, and those the small model hangs on its
    complement ("una jornada sobre el agua que Vox organiza": the day's, not the water's)."""
    heads = [noun] + [c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and
                      c.pos_ == "NOUN"]
    return [c for head in heads for c in head.children
            if c.dep_ in ("acl", "acl:relcl") and c.i > head.i and c.pos_ in ("VERB", "AUX")]


def _subjects(clause) -> list:
    """The relative clause's subject; with "que" as its object (the gathering), the small
    model often takes a subject after the verb for a second object ("que celebró la
    fundación")."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if any(c.dep_ == "obj" and c.pos_ == "PRON" and c.i < clause.i for c in clause.children):
        subjects += [c for c in clause.children if c.dep_ == "obj" and c.i > clause.i and
                     not any(k.dep_ == "case" for k in c.children)]
    return subjects
