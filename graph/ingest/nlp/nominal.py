"""Relations stated by an event noun: "la reunión entre A y B", "el encuentro de A con B",
"su reunión con B", "la visita de A a B", "mantuvo contactos con", "recibió el apoyo de"."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.asked_topics import asked_about, talked_over
from graph.ingest.nlp.between_parties import closed_between
from graph.ingest.nlp.clause_objects import clitic_object, patient_ends, reported_dative
from graph.ingest.nlp.clauses import (
    first_person_speaker,
    phrase_ends,
    preposition,
    subject_ends,
)
from graph.ingest.nlp.events import is_definite
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.held_support import held_support
from graph.ingest.nlp.one_sided_partners import one_side_only
from graph.ingest.nlp.pair_words import standalone_pair
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.partner_titles import heads_it
from graph.ingest.nlp.passed_measures import backs_a_measure
from graph.ingest.nlp.relation_tone import HOSTILE_RELATION, tone
from graph.ingest.nlp.second_titles import name_beside_second_title
from graph.ingest.nlp.titled_owners import titled_owner
from graph.ingest.nlp.triggers import (
    ALLYING,
    DENYING,
    LIGHT_VERBS,
    NEGATORS,
    NOUNS,
    RECEIVING,
    SENDING_INVITATIONS,
    WARM,
    Nominal,
)
from graph.ingest.nlp.unnamed_hosts import organized_apart
from graph.ingest.nlp.words import KIN, enclitic, folded_lemma, is_role_noun
from graph.ingest.reading import fold

_OWNERS = {"su", "sus"}
_FIRST_PERSON_OWNERS = {"mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras"}
# Phrases that set the scene of a clause with an event its subject had: "Tras el encuentro
# con X, Abascal dijo", "durante la llamada con X".
_SETTINGS = {"tras", "despues de", "durante", "en"}
_SETTING_RELATIONS = {"met", "contactWith"}
_AFTER = {"tras", "despues de"}
_SHARING = {"compartir", "protagonizar"}
_ATTENDING = Nominal("participatedIn", frozenset(), frozenset(), 0.65)
_PARTY_NOUNS = {"partido", "formacion", "fuerza", "organizacion"}
# Verbs that arrange a gathering: "organizaron el encuentro con la fundación X"
_ORGANIZING = {"organizar", "coorganizar", "convocar", "montar", "preparar", "promover",
               "impulsar", "patrocinar", "auspiciar"}
_SHAKING = {"estrechar", "dar", "apretar"}
_LEAVING = {"dejar", "abandonar", "renunciar", "suspender", "congelar", "interrumpir"}
_DENYING_LEAVES = {"renunciar"}
# Verbs that pass on another's support to whom it is for: "le trasladó el apoyo de Vox".
_CONVEYING = {"trasladar", "transmitir", "expresar", "comunicar", "hacer", "llevar", "reiterar",
              "manifestar", "dar", "brindar", "ofrecer", "enviar", "entregar"}


# Praise backs its receiver only when the noun names who gives it ("los elogios de X").
_PRAISE = {"elogio", "felicitacion", "alabanza", "halago"}
# "le valió los elogios de X", "le granjeó las alabanzas de X": the dative earned them
_EARNING = {"valer", "granjear", "reportar", "traer"}
# "le disputó el voto del centro a X", "le arrebató el apoyo de los jubilados": the "a" phrase
# is whom the support is taken from, a rival, not whom it is given to
# Asking for support: "pedir el voto para X" backs X, "pedirle apoyo a X" asks X for it
_ASKING_FOR = {"pedir", "solicitar", "reclamar", "exigir", "buscar", "recabar", "rogar",
               "implorar"}
_TAKING = {"disputar", "arrebatar", "quitar", "restar", "robar", "sustraer", "birlar",
           "pelear", "arrancar", "escamotear"}
# "bajo el auspicio de X": the sponsor organizes the event the clause is about.
_SPONSORING = {"auspicio", "patrocinio", "egida", "amparo"}
# Events that belong to who holds them: "la cumbre de Chega", "el evento anual de Vox" (a
# meeting "de" someone is a participant's, not an organizer's).
_HOSTED = {"cumbre", "foro", "evento", "acto", "conferencia", "convencion", "congreso",
           "festival", "gala", "jornada", "jornadas", "seminario", "mitin", "asamblea",
           "fiesta", "cita", "ceremonia", "premio", "premios", "certamen", "escuela", "noche"}
# "La organización de la cumbre corre a cargo de X", "la clausura estará a cargo de X".
_IN_CHARGE = {"organizacion": "organizedBy", "logistica": "organizedBy",
              "produccion": "organizedBy", "coordinacion": "organizedBy",
              "montaje": "organizedBy", "convocatoria": "organizedBy",
              "clausura": "participatedIn",
              "apertura": "participatedIn", "inauguracion": "participatedIn",
              "cierre": "participatedIn", "conferencia": "participatedIn",
              "ponencia": "participatedIn", "discurso": "participatedIn"}


_NONE = {"ningun", "ninguno", "ninguna"}


def _denied_deal(noun) -> bool:
    """"no hay ningún acuerdo con X", "negó cualquier acuerdo con X": a pact denied, of any
    kind ("sin alcanzar ningún acuerdo" tells a talk, not a pact)."""
    dets = {fold(c.lower_) for c in noun.children if c.dep_ == "det"}
    verb = noun.head
    denied = folded_lemma(verb) in DENYING or any(
        c.dep_ == "advmod" and fold(c.lower_) in ("no", "nunca") for c in verb.children)
    return denied and bool(dets & (_NONE | {"cualquier", "cualquiera"}))


def nominal_claims(parsed: Parsed, noun) -> list[Found]:
    if parsed.mention(noun):
        return []
    lemma = folded_lemma(noun) if noun.pos_ == "NOUN" else ""
    if lemma in _SPONSORING and preposition(noun) == "bajo":
        return _sponsored(parsed, noun)
    if lemma in _HOSTED:
        hosted = _hosted(parsed, noun)
        if hosted:
            return hosted
    if lemma in _IN_CHARGE and noun.dep_ == "nsubj":
        charged = _in_charge(parsed, noun, _IN_CHARGE[lemma])
        if charged:
            return charged
    if noun.pos_ in ("NOUN", "PROPN"):
        lemma = folded_lemma(noun)
    elif noun.pos_ == "ADJ" and fold(noun.lower_).rstrip("s") in NOUNS:
        lemma = fold(noun.lower_)  # "una breve llamada", "recibió llamadas de" as adjectives
    else:
        return []
    spec = NOUNS.get(lemma) or NOUNS.get(lemma.rstrip("s")) or NOUNS.get(
        lemma[:-2] if lemma.endswith("es") else lemma)
    if spec is None:
        return []
    if asked_about(noun, spec.relation):
        return []  # "le preguntó por su relación con X": a question's topic
    if lemma == "relacion" and talked_over(noun) and not _warm_words(noun):
        return []  # "repasó su relación con X, Y y Z": gone over, not said to be close
    if lemma == "relacion" and tone(noun):
        if tone(noun) == "strained":
            return []
        spec = HOSTILE_RELATION
    elif lemma == "relacion" and not _warm(noun) or lemma == "mano" and (
            folded_lemma(noun.head) not in _SHAKING or noun.dep_ != "obj"):
        return []  # "la mano derecha de X" is no handshake
    if lemma == "invitacion" and noun.dep_ == "obj" and \
            folded_lemma(noun.head) in SENDING_INVITATIONS:
        return []  # the host's: the guest is the one it is sent to (see organizers)
    if lemma in ("acuerdo", "entendimiento", "convenio", "memorando", "memorandum") and not {
            folded_lemma(t) for t in noun.subtree if 0 < t.i - noun.i <= 3} & ALLYING and \
            not _denied_deal(noun):
        return []
    if lemma == "declaracion" and not (_joint(noun) or {
            folded_lemma(t) for t in noun.subtree if 0 < t.i - noun.i <= 3} & ALLYING):
        return []  # "la declaración de Madrid", "una declaración ante la prensa"
    if spec.relation == "endorsed" and noun.dep_ == "obj" and \
            folded_lemma(noun.head) in _TAKING:
        return []
    if spec.relation == "endorsed" and noun.dep_ == "obj" and \
            folded_lemma(noun.head) in _ASKING_FOR and not any(
                preposition(c) == "para" for c in [*noun.children, *noun.head.children]):
        return []  # "le pidió apoyo a X": X is asked for it, and backs no one yet
    if spec.relation == "met" and noun.dep_ == "obj" and is_definite(noun) and \
            folded_lemma(noun.head) in _ORGANIZING:
        return []  # "A y B, que organizaron el encuentro con la fundación X": a gathering
        # they arranged with X, not a meeting with X
    agents: list[End] = []
    partners: list[End] = []
    own_partner = False  # "una visita a Arequipa": the noun says where it goes itself
    own_agent = False  # "el apoyo de su padre": someone the text does not name gives it
    for child in _phrases(noun):
        prep = preposition(child)
        if prep in spec.partner:
            partners += phrase_ends(parsed, child)
            own_partner = True
        elif prep in spec.agent:
            agents += phrase_ends(parsed, child) or name_beside_second_title(parsed, child)
            own_agent = own_agent or fold(child.lower_) in KIN
    receiving = False
    named_in_noun = bool(agents)  # "una cena de A y B con C", not the clause's subjects
    if lemma in _PRAISE and not named_in_noun:
        return []  # "dedicó sus elogios a X": praise in a speech, no backing
    if lemma in _PRAISE and noun.dep_ == "obj" and folded_lemma(noun.head) in _EARNING:
        # "una política que le ha valido los elogios de X": the one it earned them for
        partners = _earner(parsed, noun.head, {a.key for a in agents})
    head = noun.head
    relative = _held_in_relative(noun)
    if relative is not None and not agents and not own_agent:
        # "la cita que mantuvieron A y B", "la reunión que A mantuvo con B"
        agents = [e for e in subject_ends(parsed, relative) if e.first != noun.i]
        if not own_partner:
            partners += [e for c in relative.children if c.dep_ in ("obl", "nmod") and
                         preposition(c) in spec.partner - {"de"} for e in phrase_ends(parsed, c)]
    if not agents and not own_agent and noun.dep_ in ("obj", "nsubj", "obl", "nmod") and \
            head != noun:
        verb_lemma = folded_lemma(head)
        if head.pos_ in ("VERB", "AUX") and (verb_lemma in LIGHT_VERBS or noun.dep_ == "obj"):
            receiving = verb_lemma in RECEIVING and spec.relation == "endorsed"
            for child in head.children:
                # the verb's own "con" phrase when the small model hangs it there
                if child.i != noun.i and preposition(child) in spec.partner - {"de"} \
                        and child.dep_ in ("obl", "obj", "nmod") and not own_partner:
                    partners += phrase_ends(parsed, child)
                elif child.lower_ in ("le", "les") and head.dep_ == "conj" and \
                        "a" in spec.partner:
                    # "felicitó a López Aliaga y le expresó su respaldo": "le" is the one the
                    # first verb named
                    partners += patient_ends(parsed, head.head) or (
                        # "anunció que se presentará y X le dio su apoyo": the first verb
                        # names no one; "le" is whom the clause can be addressing
                        clitic_object(parsed, head, dative=True)
                        if child.lower_ == "le" and not own_partner else [])
                elif child.lower_ == "le" and "a" in spec.partner and not partners:
                    # "le dio su apoyo": the one person the clause can be addressing
                    partners += clitic_object(parsed, head, dative=True)
                elif child.lower_ == "me" and child.i < head.i and "a" in spec.partner and \
                        not partners:
                    partners += first_person_speaker(parsed, head)  # "«no me dio su apoyo»"
            if enclitic(head) and "a" in spec.partner and not partners:
                partners += clitic_object(parsed, head, dative=True)  # "para expresarle"
            if noun.dep_ == "obj" or verb_lemma in LIGHT_VERBS:
                # "la cita sirvió para escenificar la alianza entre A y B": an event is no party
                # to it
                agents = [a for a in subject_ends(parsed, head) if parsed.is_agent(a.key) or
                          noun.dep_ != "obj"]
                if any(c.dep_.startswith("nsubj") and folded_lemma(c) in _PARTY_NOUNS
                       for c in head.children):
                    # "ambos partidos sellaron una coalición": parties, whoever leads them
                    agents = [a for a in agents if not parsed.is_person(a.key)]
    if agents and not partners and noun.dep_ == "nsubj" and \
            any(c.dep_ == "cop" for c in head.children):
        # "Con X, la relación de Y es estrecha": the partner fronted onto the predicate
        partners = [e for c in head.children if c.dep_ == "obl" and c.i < noun.i and
                    preposition(c) in spec.partner - {"de"} for e in phrase_ends(parsed, c)]
    if not agents and not own_agent and heads_it(noun) and head.pos_ in ("VERB", "AUX"):
        agents = subject_ends(parsed, head)  # "volvió al poder al frente de una coalición con X"
    if named_in_noun and not any(parsed.is_agent(p.key) for p in partners) and \
            spec.relation == "endorsed" and noun.dep_ == "obj" and folded_lemma(head) in _CONVEYING:
        partners = conveyed_to(parsed, head)  # "le trasladó el apoyo de Vox"
    if receiving and not partners and any(t.lower_ in _FIRST_PERSON_OWNERS
                                          for t in noun.doc[noun.left_edge.i:noun.i]):
        # "«Kast tiene todo mi apoyo»": the one who speaks gives it
        speakers = first_person_speaker(parsed, head)
        if {a.key for a in agents} <= {e.key for e in speakers} and not any(
                c.dep_.startswith("nsubj") for c in head.children):
            # "«X es la única esperanza. Tiene todo mi apoyo», dijo Y": the subject dropped
            # in the quotation is not the speaker the clause hangs on
            agents = held_support(parsed, head, {e.key for e in speakers})
        partners = [e for e in speakers if e.key not in {a.key for a in agents}]
    carrier = noun.head
    if not agents and not own_agent and spec.relation == "endorsed" and noun.dep_ == "nmod" and \
            preposition(noun) == "de" and carrier.dep_ == "obj" and carrier.head.pos_ == "VERB" \
            and not _authored(carrier):
        # "grabó un vídeo de apoyo a X", "publicó un mensaje de respaldo a X": who sends it (the
        # small model may hang "a X" on the message)
        agents = subject_ends(parsed, carrier.head)
        partners = partners or [e for c in carrier.children if c.dep_ == "nmod" and
                                preposition(c) in spec.partner - {"de"}
                                for e in phrase_ends(parsed, c)] or [
            e for c in carrier.head.children if c.i > noun.i and c.dep_ in ("obj", "obl") and
            preposition(c) in spec.partner - {"de"} for e in phrase_ends(parsed, c)] or (
            # "le envió un mensaje de apoyo": the one the dative clitic takes up
            reported_dative(parsed, carrier.head) if "a" in spec.partner else [])
    if agents and not partners and spec.relation in ("endorsed", "contactWith") and \
            noun.dep_ == "obj" and head.pos_ == "VERB" and folded_lemma(head) in RECEIVING:
        # "X recibió el respaldo de Y", "una llamada de Y": Y gives it, the subject receives it
        partners = subject_ends(parsed, head)
    if agents and not partners and spec.relation == "endorsed" and \
            preposition(noun) in ("con", "gracias a") \
            and noun.dep_ in ("obl", "nmod", "obj") and head.pos_ in ("VERB", "AUX") and \
            head.morph.get("VerbForm") != ["Inf"] and not backs_a_measure(head):
        # "ganó con el respaldo explícito de X", "fue elegido gracias al apoyo de X": the
        # person who does it has X's support (the small model may take "con el respaldo" for
        # the verb's object)
        # ("intentar gobernar con el apoyo de X" is only hoped for; a party that organizes
        # something with a foundation's support is not endorsed by it)
        partners = [e for e in subject_ends(parsed, head) if parsed.is_person(e.key)]
    owned = not agents and any(c.dep_ == "det" and c.lower_ in _OWNERS for c in noun.children)
    titled = titled_owner(parsed, noun) if owned else None
    named_subject = _named_subject(parsed, noun) if owned and titled is None else []
    if titled is not None:
        agents = titled  # "La exministra anunció su apoyo": hers, whoever she is
    elif named_subject:
        agents = named_subject  # "Su partido, Chega, mantiene su alianza con X": Chega's
    elif owned and not _thing_subject(parsed, noun):
        focus = parsed.focus(parsed.sentence_of(noun.idx), before=noun.i)
        if focus:
            agents = [End(focus, noun.i, noun.i, reference=True, distance=1)]
    if not agents and partners and noun.dep_ == "obl" and spec.relation in _SETTING_RELATIONS \
            and preposition(noun) in _SETTINGS and head.pos_ in ("VERB", "AUX") and \
            lemma != "entrevista":
        # "Tras el encuentro con Meloni, Abascal habló": the clause's subject had it ("en
        # una entrevista con el diario X" names where one speaks, not whom one meets)
        agents = subject_ends(parsed, head)
    elif agents and not partners and not own_partner and noun.dep_ == "obl" and \
            spec.relation in _SETTING_RELATIONS and preposition(noun) in _AFTER and \
            head.pos_ in ("VERB", "AUX") and lemma != "entrevista":
        # "Tras la llamada de Trump, Milei anunció": the one who answers had it; during
        # someone's meeting another may be anywhere
        partners = subject_ends(parsed, head)
    if spec.relation == "participatedIn" and agents and not partners and not own_partner and \
            not _manner(noun):
        # "Con la presencia de X y de Y arrancó la cumbre": the event of the clause
        partners = event_of(parsed, noun.head, noun, near=True)
    spec, partners = _visited_events(parsed, spec, lemma, agents, partners)
    if lemma == "cita" and folded_lemma(head) == "dar" and not partners and any(
            c.lower_ == "se" for c in head.children):
        # "Kast, Milei y Bukele se dieron cita en Madrid": they gathered at the event the
        # text is about, if it speaks of one
        events = event_of(parsed, head, noun, near=True)
        if events:
            spec, partners = _ATTENDING, events
    if closed_between(parsed, noun, spec.relation, partners):
        agents = []  # "llegó la reunión entre A y B": the two it names are all its parties
    if lemma == "voto" and noun.morph.get("Number") == ["Plur"]:
        # "los votos de Bahía", "los votos de Kast": a place's voters, a candidate's tally;
        # only a party's or a group's votes back someone ("investido con los votos de Vox")
        agents = [a for a in agents if parsed.is_agent(a.key) and not parsed.is_person(a.key)]
    return _pairs(parsed, noun, lemma, spec, agents, partners, receiving, not named_in_noun)


def _earner(parsed: Parsed, verb, givers: set[str]) -> list[End]:
    """Whom "le valió X" earned X: the verb's "a" phrase, else the one person its sentence
    named before the dative clitic (what earns, a policy or a stance, is no one)."""
    named = [e for c in verb.children if c.dep_ in ("obj", "iobj", "obl") and
             preposition(c) == "a" for e in phrase_ends(parsed, c)]
    if named:
        return named
    clitic = next((c for c in verb.children if c.lower_ in ("le", "les") and c.i < verb.i),
                  None)
    if clitic is None:
        return []
    keys = []
    for _, key in parsed.persons_before(clitic.i, back=0):
        if key not in givers and key not in keys:
            keys.append(key)
    return [End(keys[0], clitic.i, clitic.i, reference=True)] if len(keys) == 1 else []


def conveyed_to(parsed: Parsed, verb) -> list[End]:
    """Whom a verb passes something on to: its "a" phrase, else its dative clitic ("le
    trasladó", "visitó a X y le transmitió": X)."""
    named = [e for c in verb.children if c.dep_ in ("obl", "iobj", "obj") and
             preposition(c) in ("a", "al") for e in phrase_ends(parsed, c)
             if parsed.is_person(e.key)]
    if named or not any(c.lower_ in ("le", "les") for c in verb.children):
        return named
    if verb.dep_ == "conj":
        return [e for e in patient_ends(parsed, verb.head) if parsed.is_person(e.key)]
    return clitic_object(parsed, verb, dative=True)


def _held_in_relative(noun):
    """The verb of a relative clause saying who held the event the noun names ("la cita que
    mantuvieron A y B", "el almuerzo que compartieron"): one that has happened."""
    for child in noun.children:
        if child.dep_ in ("acl", "acl:relcl") and child.pos_ in ("VERB", "AUX") and \
                folded_lemma(child) in LIGHT_VERBS | _SHARING and \
                not {"Fut", "Cnd"} & set(child.morph.get("Tense") + child.morph.get("Mood")) and \
                any(c.dep_ == "obj" and c.lower_ == "que" for c in child.children) and \
                not any(fold(c.lower_) in NEGATORS for c in child.children):
            return child
    return None


def _visited_events(parsed: Parsed, spec: Nominal, lemma: str, agents, partners):
    """"su visita a la CPAC": visiting an event is attending it, not meeting it."""
    if lemma != "visita" or not agents:
        return spec, partners
    events = [p for p in partners if parsed.kb.is_a(p.key, EVENT)]
    return (_ATTENDING, events) if events else (spec, partners)


def _named_subject(parsed: Parsed, noun) -> list:
    """The organization its clause's subject names ("Su partido, Chega, ..."), the owner of a
    "su" there when no person is named between."""
    for child in _subjects_around(noun):
        if child.pos_ != "NOUN" or is_role_noun(child) or noun in child.subtree:
            return []
        ends = parsed.ends(child) or [e for c in child.children if c.dep_ == "appos"
                                      for e in parsed.ends(c)]
        if ends and all(parsed.is_agent(e.key) and not parsed.is_person(e.key) for e in ends):
            return [replace(e, reference=True) for e in ends]
        return []
    return []


def _subjects_around(noun):
    verb = noun.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    for clause in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        for child in clause.children:
            if child.dep_.startswith("nsubj"):
                yield child


def _thing_subject(parsed: Parsed, noun) -> bool:
    """"las fuerzas ... expresaron su sintonía con X": "su" is its clause's subject's, here a
    common noun that names no person, not the person the text is about."""
    subject = next(_subjects_around(noun), None)
    if subject is None or noun in subject.subtree:
        return False  # "Su relación con X es estrecha": the noun itself
    return subject.pos_ == "NOUN" and not is_role_noun(subject) and not any(
        parsed.is_person(e.key) for e in parsed.ends(subject))


# What a speech or a greeting is given for: "el discurso de apertura de X".
_OCCASIONS = {"apertura", "clausura", "cierre", "inauguracion", "bienvenida", "despedida"}


def _encounter(noun) -> bool:
    spec = NOUNS.get(folded_lemma(noun))
    return spec is not None and spec.relation in ("met", "contactWith")


def _phrases(noun):
    """The prepositional phrases of the noun's own phrase: its dependents, and theirs when
    the small model hangs "con Milei" on "de Trump" ("el encuentro de Trump con Milei", "una
    ventaja de cuatro puntos sobre X")."""
    for child in noun.children:
        if child.dep_ not in ("nmod", "obl", "appos", "acl", "obj") and not (
                child.dep_ == "nummod" and standalone_pair(child) and _encounter(noun)):
            continue  # ("la reunión entre ambos": the pair hung on the noun as a count)
        yield child
        if child.pos_ == "NOUN" and [c.lower_ for c in child.children if c.dep_ in (
                "case", "det")] == ["de"]:
            # "una llamada de felicitación de X", "la reunión de trabajo de A con B": a bare
            # noun says what kind it is, and the phrases after it are the noun's own
            yield from (g for g in child.children if g.dep_ in ("nmod", "obl") and
                        preposition(g) in ("de", "con", "a", "entre"))
        if preposition(child) in ("de", "entre"):
            for grandchild in child.children:
                # "el respaldo de Abascal a Kast": the small model may take "a Kast" for the
                # rest of the name
                if grandchild.dep_ in ("nmod", "flat") and preposition(grandchild) in (
                        "con", "a", "junto a", "sobre"):
                    yield grandchild
                elif grandchild.dep_ == "nmod" and folded_lemma(child) in _OCCASIONS and \
                        preposition(grandchild) in ("de", "del"):
                    yield grandchild  # "el discurso de apertura del general X": X's


def _warm(noun) -> bool:
    """A close relation ("estrecha", "de amistad"), or one with someone that the text does
    not qualify ("su relación con X"; not "una relación fluida con X")."""
    return _warm_words(noun) or any(preposition(c) in ("con", "entre") for c in noun.children) \
        and not any(c.dep_ == "amod" for c in noun.children)


def _warm_words(noun) -> bool:
    words = {folded_lemma(t) for t in noun.subtree if t.i <= noun.i + 4}
    if noun.dep_ == "nsubj" and any(c.dep_ == "cop" for c in noun.head.children):
        words.add(folded_lemma(noun.head))  # "la relación de X es estrecha"
    return bool(words & WARM)


def _pairs(parsed: Parsed, noun, lemma, spec: Nominal, agents, partners, receiving,
           held: bool = False) -> list[Found]:
    """`held`: the agents are the subjects of the verb that holds the event."""
    relation = spec.relation
    symmetric = parsed.kb.relations.get(relation) and parsed.kb.relations[relation].symmetric
    pairs = []
    if agents and partners:
        pairs = [(a, p) for a in agents for p in partners]
        if relation == "met" and held and not receiving:
            # "A y B mantuvieron una reunión con C": A and B were at it together too
            pairs += [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]]
    elif symmetric and len(partners) >= 2 and not agents and not one_side_only(noun, relation):
        pairs = [(a, b) for i, a in enumerate(partners) for b in partners[i + 1:]]
    elif symmetric and len(agents) >= 2 and not partners and not (
            relation == "opponentOf" and any(preposition(c) == "contra" for c in noun.children)) \
            and not _received(noun):
        # "A y B mantienen una pelea"; not "A y B ganaron la pelea contra X", fought together,
        # nor "recibió llamadas de A y de B", made to someone else
        pairs = [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]]
    found = []
    for subject, obj in pairs:
        if receiving:
            subject, obj = obj, subject
        if subject.key == obj.key or not parsed.kb.fits(relation, subject.key, obj.key):
            continue
        qualifiers = {"mode": spec.mode} if spec.mode else {}
        leaving = folded_lemma(noun.head) if relation == "memberOf" else ""
        if leaving in _LEAVING:
            qualifiers["former"] = True  # "dejó la militancia en el PP"
        # "renunció a su militancia": a verb the clause's mood reads as a denial, undone
        found.append(Found(relation, subject, obj, spec.confidence, f"nominal:{lemma}", noun.i,
                           qualifiers, negated=leaving in _DENYING_LEAVES))
    return found


def _received(noun) -> bool:
    """Whether the verb the noun's phrase hangs on receives it ("ha recibido en la última hora
    llamadas de A y de B": the small model may hang the noun on the phrase before it)."""
    token = noun
    for _ in range(3):
        if token.head == token:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return folded_lemma(token) in RECEIVING
    return False


def _manner(noun) -> bool:
    """"ganó dos escaños con un discurso antiestablishment": a way of speaking, a stance, not
    a speech given at the event the text is about."""
    return preposition(noun) == "con" and any(
        c.dep_ == "det" and fold(c.lower_) in ("un", "una") for c in noun.children)


def event_of(parsed: Parsed, clause, at, near: bool = False) -> list[End]:
    """The event a clause is about: its subject or object when that is one, else the text's
    topic (`near`: only one named in this sentence or the one before)."""
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubj:pass", "obj") and child.i != at.i:
            found = [e for e in phrase_ends(parsed, child) if parsed.kb.is_a(e.key, EVENT)]
            if found:
                return found
    topic = parsed.topic_end(at.i)
    if topic is None or near and topic.distance > 1:
        return []
    return [topic]


def _sponsored(parsed: Parsed, noun) -> list[Found]:
    """"El foro se desarrolla bajo el auspicio del Instituto X": X organizes the forum."""
    sponsors = [e for c in noun.children if c.dep_ == "nmod" and preposition(c) == "de"
                for e in phrase_ends(parsed, c)]
    head = noun.head
    events = [e for e in parsed.ends(head) if parsed.kb.is_a(e.key, EVENT)] \
        if head.pos_ in ("NOUN", "PROPN") else event_of(parsed, head, noun)
    return [Found("organizedBy", event, sponsor, 0.65, f"nominal:{folded_lemma(noun)}", noun.i)
            for event in events for sponsor in sponsors
            if parsed.kb.fits("organizedBy", event.key, sponsor.key)]


def _in_charge(parsed: Parsed, noun, relation: str) -> list[Found]:
    """"La organización de la ceremonia corre a cargo de X": X organizes it; "la clausura
    correrá a cargo de X": X speaks at the event."""
    verb = noun.head
    charged = [c for c in verb.children if preposition(c) == "a" and any(
        folded_lemma(f) == "cargo" for f in c.doc[c.left_edge.i:c.i])]
    people = [e for c in charged for e in phrase_ends(parsed, c)]
    if not people:
        return []
    events = [e for c in noun.children if c.dep_ == "nmod" and preposition(c) == "de"
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    events = events or event_of(parsed, verb, noun)
    cue = f"nominal:{folded_lemma(noun)}"
    if relation == "organizedBy":
        return [Found(relation, e, p, 0.65, cue, noun.i) for e in events for p in people
                if parsed.kb.fits(relation, e.key, p.key)]
    return [Found(relation, p, e, 0.65, cue, noun.i, {"role": "speaker"})
            for e in events for p in people if parsed.kb.fits(relation, p.key, e.key)]


def _hosted(parsed: Parsed, noun) -> list[Found]:
    """"El Foro X, el evento anual de Chega", "la cumbre de Chega": the organization whose
    event it is organizes it (a person's "acto" may be one they only attend)."""
    # "la cumbre Europa Viva de Vox": the small model may hang "de Vox" on the name
    phrases = [c for c in noun.children if c.dep_ == "nmod"] + [
        g for c in noun.children if c.dep_ == "appos" and c.i > noun.i
        for g in c.children if g.dep_ in ("nmod", "flat") and g.i > c.i]
    hosts = [e for c in phrases if preposition(c) == "de" for e in phrase_ends(parsed, c)
             if parsed.is_agent(e.key) and not parsed.is_person(e.key) and
             not organized_apart(parsed, noun, e.key)]
    if not hosts:
        return []
    named = noun.head if noun.dep_ == "appos" else noun
    events = [e for e in parsed.ends(named, conj=False) if parsed.kb.is_a(e.key, EVENT)]
    return [Found("organizedBy", e, h, 0.65, f"nominal:{folded_lemma(noun)}", noun.i)
            for e in events for h in hosts
            if e.key != h.key and parsed.kb.fits("organizedBy", e.key, h.key)]


def _joint(noun) -> bool:
    """"una declaración conjunta": a text its signers put out together."""
    return any(c.dep_ == "amod" and folded_lemma(c) in ("conjunto", "conjunta")
               for c in noun.children)


def _authored(carrier) -> bool:
    """"le entregó una carta de apoyo firmada por los alcaldes": a message whose participle
    names its authors carries their support, not that of the one who hands it over."""
    return any(c.dep_ in ("amod", "acl") and "Part" in c.morph.get("VerbForm") and
               any(preposition(g) == "por" for g in c.children) for c in carrier.children)
