"""Lists read along the tokens: the names a verb of attending puts after it ("Al acto asistieron
el húngaro X, la francesa Y y el portugués Z"), the "de" list of "con la presencia de" and the
"por" list of an agentive participle ("organizada conjuntamente por A y B", "convocado por A y
auspiciado por B"). The items themselves are read by list_items."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.events import is_event_noun
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_items import junior, listed
from graph.ingest.nlp.meetings import earlier_meeting
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.relative_agents import outside_relatives
from graph.ingest.nlp.relatives import held_meeting
from graph.ingest.nlp.triggers import LIST_ROLES, NEGATORS
from graph.ingest.nlp.words import folded_lemma, is_role_noun, verb_lemma
from graph.ingest.reading import fold

# Verbs whose subject a list after them names, with the role it gives; None: attending.
_ATTENDING = {"asistir": None, "participar": None, "acudir": None, "figurar": None,
              "desfilar": None, "intervenir": "speaker", "hablar": "speaker",
              "firmar": "signatory", "suscribir": "signatory", "rubricar": "signatory"}
# Verbs that attend with a noun: "pasaron por el escenario", "se dieron cita", "tomaron la
# palabra", "compartieron escenario", "se sumaron a la firma".
_WITH_NOUN = {"pasar": ({"escenario", "tribuna", "atril", "estrado", "podio"}, "speaker"),
              "dar": ({"cita"}, None), "tomar": ({"palabra"}, "speaker"),
              "compartir": ({"escenario", "tribuna", "mesa", "panel", "cartel", "estrado"},
                            "speaker"),
              "sumar": ({"firma", "lista", "cita", "acto", "convocatoria"}, None),
              "encontrar": ({"asistente", "invitado", "participante", "firmante", "orador"},
                            None),
              "estar": ({"asistente", "invitado", "participante", "firmante", "orador",
                         "presente"}, None),
              "incluir": ({"cartel", "programa", "lista", "nomina", "elenco"}, None),
              "confirmar": ({"asistencia", "presencia", "participacion"}, None),
              # "Subieron al escenario X e Y", "La lista de oradores la completaron X e Y",
              # "Se adhirieron a la declaración X e Y"
              "subir": ({"escenario", "tribuna", "atril", "estrado", "podio"}, "speaker"),
              "completar": ({"cartel", "programa", "lista", "nomina", "elenco"}, None),
              "adherir": ({"declaracion", "carta", "manifiesto", "documento", "proclama"},
                          "signatory"),
              "ser": (set(LIST_ROLES), None)}
_PRESENCE = {"participacion", "presencia", "asistencia", "intervencion", "concurso"}
# Participles and nouns of organizing: "organizada por", "con la organización de", "bajo
# el paraguas de", "por iniciativa de".
_ORGANIZING = {"organizar", "coorganizar", "convocar", "impulsar", "auspiciar", "patrocinar",
               "copatrocinar", "promover", "organizado", "convocado", "impulsado",
               "auspiciado", "patrocinado", "promovido", "coorganizado"}
_ORGANIZING_NOUNS = {"organizacion", "paraguas", "paragua", "iniciativa", "patrocinio", "auspicio",
                     "auspicios", "coorganizacion", "convocatoria"}
_SIGNING_PARTICIPLES = {"firmar", "suscribir", "rubricar", "suscrito", "suscrita",
                        "firmado", "rubricado"}
_SIGNED_PAPERS = {"declaracion", "carta", "manifiesto", "documento", "texto", "proclama",
                  "comunicado"}
_ROLE_WORDS = {**{k: v[1] for k, v in LIST_ROLES.items()}, "firma": "signatory"}
# "en colaboración con X", "junto a X", "junto con X" after an organizer: a partner.
_PARTNERING = {("colaboracion", "con"), ("junto", "a"), ("junto", "al"), ("junto", "con"),
               ("coordinacion", "con"), ("alianza", "con")}


def list_run_claims(parsed: Parsed, token) -> list[Found]:
    """Attendance, signing and organizing lists of the token, when it opens one."""
    if parsed.mention(token) is not None:
        return []
    lemma = verb_lemma(token) if token.pos_ in ("VERB", "AUX", "ADJ") else folded_lemma(token)
    participle = _participle(token)
    if participle in _ORGANIZING | _SIGNING_PARTICIPLES:
        return _by_agents(parsed, token, participle)
    if token.pos_ == "NOUN" and lemma in _ORGANIZING_NOUNS | _PRESENCE:
        return _of_noun(parsed, token, lemma)
    if token.pos_ == "NOUN" and lemma in ("firma", "firmas", "rubrica") and any(
            folded_lemma(t) in _SIGNED_PAPERS for t in token.sent if t.i < token.i):
        return _of_noun(parsed, token, lemma)  # "El texto lleva la firma de A, de B y de C"
    if lemma == "mano" and token.i > 1 and \
            [fold(t.lower_) for t in parsed.doc[token.i - 2:token.i]] == ["de", "la"]:
        return _of_noun(parsed, token, lemma)  # "llega a Quito de la mano de X"
    if lemma == "cargo" and token.dep_ == "fixed" and fold(token.head.lower_) == "a":
        return _in_charge_of(parsed, token)
    if token.pos_ == "PRON" and lemma in ("uno", "una", "alguno", "alguna"):
        return _one_of(parsed, token)
    if token.pos_ == "NOUN" and _remote(token):
        return _by_video(parsed, token)
    if token.pos_ in ("VERB", "AUX") and token.morph.get("VerbForm") == ["Fin"]:
        return _after_verb(parsed, token, lemma)
    opening = _opening_verb(token)
    return _after_verb(parsed, token, opening) if opening else []


def _participle(token) -> str | None:
    """The infinitive of a participle, also where the small model took it for a finite verb
    ("Suscrita también por X, la declaración ...")."""
    word = fold(token.lower_)
    if word.rstrip("s") in ("suscrito", "suscrita", "subscrito", "subscrita"):
        return "suscribir"
    opening = token.pos_ == "PROPN" and _opens(token)  # "Organizado por X, el foro ..."
    if (token.pos_ in ("VERB", "ADJ") or opening) and (
            token.morph.get("VerbForm") == ["Part"] or word.endswith(
                ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))):
        return verb_lemma(token)
    return None


def _opens(token) -> bool:
    """Whether the token is the first word of its sentence or paragraph."""
    doc = token.doc
    return token.i == token.sent.start or token.i > 0 and doc[token.i - 1].is_space


def _opening_verb(token) -> str | None:
    """"\n\nIntervinieron ...", "\n\nCompartieron escenario ...": the small model takes a
    verb opening a paragraph for a name. A capitalized first word with a verb's ending and
    the stem of a verb of attending is that verb."""
    if token.pos_ != "PROPN" or not _opens(token):
        return None
    word = fold(token.lower_)
    if not word.endswith(_ENDINGS):
        return None
    for lemma in (*_ATTENDING, *_WITH_NOUN):
        if len(lemma) > 4 and word.startswith(lemma[:max(4, min(6, len(lemma) - 2))]):
            return lemma
    return None


_ENDINGS = ("aron", "ieron", "eron", "aban", "ian", "io", "o", "an", "en")


def _after_verb(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"Intervinieron después el neerlandés X, el austriaco Y y la italiana Z": a postverbal
    subject of a verb of attending."""
    role = _ATTENDING.get(lemma, "")
    start = verb.i + 1
    acting = next((verb_lemma(t) for t in verb.doc[verb.sent.start:verb.i]
                   if t.morph.get("VerbForm") == ["Inf"] and verb_lemma(t) in _ATTENDING), None)
    if lemma == "ser" and acting:
        role = _ATTENDING[acting] or None  # "Los primeros en intervenir fueron X y Y"
    elif role == "" and lemma in _WITH_NOUN:
        nouns, role = _WITH_NOUN[lemma]
        words = {folded_lemma(t).rstrip("s") for t in verb.sent if t.pos_ in ("NOUN", "ADJ")}
        words |= {folded_lemma(t) for t in verb.sent if t.pos_ in ("NOUN", "ADJ")}
        if not words & nouns and not (lemma == "confirmar" and _bare_confirmation(parsed, verb)):
            return []
        noun = next((c for c in verb.children if folded_lemma(c) in nouns), None)
        if noun is None and lemma in ("dar", "tomar"):
            return []
        if noun is not None:
            start = max(start, noun.i + 1)  # "Subieron al escenario X": not the stage's X
    elif role == "":
        return []
    if lemma != "confirmar" and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i and
                                    c.pos_ not in ("PRON", "SPACE") and
                                    not _listy(c) and not _beside(c) for c in verb.children):
        return []  # a subject before the verb: not a postverbal list
    if lemma == "ser" and not acting and not any(t.dep_ in ("nsubj", "ROOT") and _listy(t)
                                    for t in verb.doc[verb.sent.start:verb.i]):
        return []  # "Los invitados serán X y Y", not "El gran ausente será X"
    if verb.i > verb.sent.start and verb.doc[verb.i - 1].lower_ in ("que", "quien", "quienes") \
            and not _oblique_relative(verb):
        return []
    if any(t.lower_ == "no" and not (t.head != verb and t.head.dep_ in ("acl", "acl:relcl"))
           for t in verb.doc[verb.sent.start:verb.i]):
        return []  # a denied list is read by the verb's frames; "Entre los invitados que no
        # acudieron figuran X e Y" denies the coming, not the list
    if held_meeting(verb) is not None or earlier_meeting(parsed, verb):
        return []  # "un encuentro con X en el que estuvo Y": a meeting (see meetings)
    people = listed(parsed, start, "a" if lemma == "incluir" else None)
    if role == "speaker":
        # "habló por videollamada con el presidente X": the one talked with is no speaker
        talked_with = {e.key for t in verb.subtree if t.i > verb.i and preposition(t) == "con"
                       and t.pos_ in ("NOUN", "PROPN") for e in parsed.ends(t, conj=False)}
        people = [e for e in people if e.key not in talked_with]
    if lemma == "confirmar" and not people:
        # "Peña confirmó su asistencia": the subject before the verb
        people = [e for e in subject_ends(parsed, verb) if parsed.is_agent(e.key) and
                  e.last < verb.i and not e.reference]
        return _attend(parsed, people, verb, "participatedIn", None, "verb:confirmar")
    relation, role = _kind(verb, people[0].first if people else verb.i, role)
    if people:
        people += [e for e in _together_before(parsed, verb) if e.key not in
                   {p.key for p in people}]
    return _attend(parsed, people, verb, relation, role, "list")


def _oblique_relative(verb) -> bool:
    """"un encuentro al que asistieron A y B", "la cena en la que participaron A, B y C": a
    relative pronoun behind a preposition is no subject, so the list after the verb is."""
    doc = verb.doc
    words = [fold(t.lower_) for t in doc[max(verb.sent.start, verb.i - 3):verb.i - 1]]
    return bool(words) and (words[-1] in ("al", "del") or len(words) >= 2 and
                            words[-2] in ("a", "en", "de") and
                            words[-1] in ("el", "la", "los", "las"))


def _in_charge_of(parsed: Parsed, cargo) -> list[Found]:
    """"El Foro X, a cargo de la Fundación Y": an event in someone's charge is organized by
    them (not "el discurso de clausura, a cargo de X": see nominal)."""
    phrase = cargo.head.head
    after = parsed.doc[cargo.i + 1] if cargo.i + 1 < len(parsed.doc) else None
    if phrase.i == cargo.i or phrase.dep_ not in ("nmod", "appos") or after is None or \
            fold(after.lower_) not in ("de", "del"):
        return []
    events = [e for e in parsed.ends(phrase.head, conj=False) if parsed.kb.is_a(e.key, EVENT)]
    agents = listed(parsed, cargo.i + 1, "de")
    return [Found("organizedBy", e, a, 0.65, "passive:cargo", cargo.i) for e in events
            for a in agents if e.key != a.key and parsed.kb.fits("organizedBy", e.key, a.key)]


def _one_of(parsed: Parsed, one) -> list[Found]:
    """"Kast fue uno de los oradores de la CPAC, junto a Milei y Bukele": one of the speakers,
    and so are those beside him."""
    role = next((c for c in one.children if c.dep_ == "nmod" and preposition(c) == "de" and
                 folded_lemma(c) in LIST_ROLES), None)
    if role is None or not any(c.dep_ == "cop" for c in one.children) or any(
            fold(t.lower_) in NEGATORS for c in one.children for t in c.subtree
            if c.dep_ in ("cop", "advmod") and t.i < one.i):
        return []
    relation, kind = LIST_ROLES[folded_lemma(role)]
    # a subject named here, not one a reference stands for ("el candidato fue uno de ...")
    people = [e for e in subject_ends(parsed, one) if parsed.is_agent(e.key) and not e.reference]
    beside = next((c for c in one.children if preposition(c) in ("junto a", "junto con")), None)
    if beside is not None:
        people += [e for e in listed(parsed, beside.left_edge.i + 1, "a")
                   if e.key not in {p.key for p in people}]
    return _attend(parsed, people, role, relation, kind, "list")


def _bare_confirmation(parsed: Parsed, verb) -> bool:
    """"Ya confirmaron A, B y C": confirming, with nothing confirmed but the people after the
    verb, is confirming one's attendance (not "según confirmó X", "lo confirmó X")."""
    before = {fold(t.lower_) for t in verb.doc[verb.sent.start:verb.i]}
    if before & {"segun", "como", "lo", "la", "que"}:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "obj") and c.i > verb.i]
    return bool(subjects) and not any(
        c.dep_ in ("ccomp", "xcomp", "csubj") or c.dep_ in ("nsubj", "obj") and c.i < verb.i
        for c in verb.children) and all(
        (c.pos_ == "PROPN" or is_role_noun(c)) and
        any(parsed.is_person(e.key) for e in parsed.ends(c)) for c in subjects)


def _together_before(parsed: Parsed, verb) -> list[End]:
    """"Junto al anfitrión, Viktor Orbán, tomaron la palabra ...": the names of a "junto a"
    phrase opening the clause act with the list."""
    doc, first = parsed.doc, verb.sent.start
    while first < verb.i and doc[first].is_space:
        first += 1
    if fold(doc[first].lower_) != "junto" or first + 1 >= verb.i or \
            fold(doc[first + 1].lower_) not in ("a", "al", "con"):
        return []
    return [e for e in listed(parsed, first + 1, "a") if e.last < verb.i]


def _beside(subject) -> bool:
    """"Junto a X subieron al escenario A y B": the small model takes the name after "junto
    a" for the subject; it is a companion of those the list names."""
    return any(c.dep_ == "case" and fold(c.lower_) == "junto" for c in subject.children)


def _listy(subject) -> bool:
    """"El cartel de oradores incluye", "Los invitados de honor serán": the subject is the
    list itself."""
    word = folded_lemma(subject)
    return word in _WITH_NOUN["incluir"][0] or word in LIST_ROLES or \
        word.rstrip("s") in LIST_ROLES


def _kind(verb, first: int, role: str | None) -> tuple[str, str | None]:
    """The relation and role the clause's words before the list give it ("lista de
    invitados", "Entre los oradores", "A la firma")."""
    for t in verb.sent:
        if t.i >= max(first, verb.i + 1) or t.pos_ not in ("NOUN", "ADJ"):
            continue
        word = folded_lemma(t)
        for form in (word, word.rstrip("s")):
            if form in _ROLE_WORDS:
                if LIST_ROLES.get(form, ("participatedIn",))[0] == "invitedTo":
                    return "invitedTo", "guest"
                return "participatedIn", _ROLE_WORDS[form] or role
    return "participatedIn", role


def _attend(parsed: Parsed, people: list[End], trigger, relation: str, role: str | None,
            cue: str) -> list[Found]:
    if not people:
        return []
    topic = parsed.topic_event(trigger.i)
    if topic is None:
        return []
    event = End(topic[1], trigger.i, trigger.i, reference=topic[0] > 0, distance=topic[0])
    found = []
    for n, person in enumerate(people):
        if not parsed.kb.fits(relation, person.key, event.key):
            continue
        # "la italiana Giorgia Meloni, por videoconferencia,", "intervino, a través de un
        # videomensaje, X": the words between this item and its neighbours
        first = people[n - 1].last + 1 if n else min(trigger.i, person.first)
        last = people[n + 1].first if n + 1 < len(people) else person.last + 6
        remote = relation == "participatedIn" and any(
            _remote(t) for t in parsed.doc[first:min(last, trigger.sent.end)])
        qualifiers = {"role": "by video"} if remote else {"role": role} if role else {}
        found.append(Found(relation, person, event, 0.6, cue, trigger.i, qualifiers))
    return found


def _of_noun(parsed: Parsed, noun, lemma: str) -> list[Found]:
    """"contará con la participación de A, B y C"; "con la organización de X", "bajo el
    paraguas de X", "por iniciativa de X"."""
    doc = parsed.doc
    if noun.i + 1 >= noun.sent.end or fold(doc[noun.i + 1].lower_) not in ("de", "del"):
        return []
    agents = listed(parsed, noun.i + 1, "de")
    if lemma in _PRESENCE:
        return _attend(parsed, agents, noun, "participatedIn", None, "list")
    if lemma in ("firma", "firmas", "rubrica"):
        return _attend(parsed, agents, noun, "participatedIn", "signatory", "list")
    return _organized(parsed, noun, agents, f"nominal:{lemma}")


def _by_agents(parsed: Parsed, participle, lemma: str) -> list[Found]:
    """"organizada conjuntamente por A y B", "fue patrocinada en parte por C", "firmada por
    A; B y C"."""
    doc = parsed.doc
    por = next((i for i in range(participle.i + 1, min(participle.i + 6, participle.sent.end))
                if doc[i].lower_ == "por"), None)
    if por is None or any(doc[i].text in (",", ";") or doc[i].pos_ in ("VERB", "AUX")
                          for i in range(participle.i + 1, por)):
        return []
    agents = outside_relatives(parsed, participle, por, listed(
        parsed, por, "por", references=lemma not in _SIGNING_PARTICIPLES))
    for i in range(por + 1, participle.sent.end - 1):
        # "promovido por X en colaboración con Y": Y organizes with X
        if (folded_lemma(doc[i]), fold(doc[i + 1].lower_)) in _PARTNERING:
            agents += [e for e in listed(parsed, i + 1, "con" if doc[i + 1].lower_ == "con"
                                         else "a") if e.key not in {a.key for a in agents}]
            break
        if doc[i].pos_ in ("VERB", "AUX") and doc[i].morph.get("VerbForm") == ["Fin"]:
            break
    if lemma in _SIGNING_PARTICIPLES:
        return _attend(parsed, agents, participle, "participatedIn", "signatory", "list")
    return _organized(parsed, participle, agents, "passive:" + lemma)


def _organized(parsed: Parsed, trigger, agents: list[End], cue: str) -> list[Found]:
    events = _described_event(parsed, trigger)
    return [Found("organizedBy", e, a, 0.65, cue, trigger.i) for e in events for a in agents
            if e.key != a.key and parsed.kb.fits("organizedBy", e.key, a.key)]


def _described_event(parsed: Parsed, trigger) -> list[End]:
    """The event a participle or noun of organizing describes: the nearest one named before
    it in its clause ("La cumbre X, organizada por"; "el cónclave, convocado por"; "la cita
    costó ... y fue patrocinada por"), or after it when it opens the sentence ("Organizado
    por X, el foro ...")."""
    doc = parsed.doc
    head = trigger.head
    if trigger.dep_ in ("amod", "acl", "nmod") and head.pos_ in ("NOUN", "PROPN") and \
            not (parsed.event_at(head) or is_event_noun(head) or parsed.mention(head)):
        return []  # "el manifiesto impulsado por Vox" describes no event
    for j in range(trigger.i - 1, max(trigger.sent.start, trigger.i - 25) - 1, -1):
        t = doc[j]
        if t.text in (".", ";"):
            break
        mention = parsed.mention(t)
        if parsed.event_at(t) or mention is not None and parsed.kb.is_a(mention.key, EVENT) \
                or is_event_noun(t):
            ends = [e for e in parsed.ends(t, conj=False) if parsed.kb.is_a(e.key, EVENT)]
            if ends:
                return ends
    if any(not t.is_space and not t.is_punct for t in doc[trigger.sent.start:trigger.i]):
        return []
    # "Organizado por X, el Foro de Rosario contó con ...": the clause after the comma
    comma = next((t.i for t in doc[trigger.i:trigger.sent.end] if t.text == ","), None)
    for t in doc[comma + 1:min(comma + 6, trigger.sent.end)] if comma is not None else []:
        mention = parsed.mention(t)
        if parsed.event_at(t) or mention is not None and parsed.kb.is_a(mention.key, EVENT) \
                or is_event_noun(t):
            return [e for e in parsed.ends(t, conj=False) if parsed.kb.is_a(e.key, EVENT)]
    return []


_VIDEO = {"videoconferencia", "videomensaje", "video", "videollamada", "streaming"}


def _remote(noun) -> bool:
    """"por videoconferencia", "en un mensaje grabado", "mediante un vídeo"."""
    lemma = folded_lemma(noun)
    recorded = lemma == "mensaje" and any(folded_lemma(c).startswith("grabad") or
                                          folded_lemma(c) in _VIDEO for c in noun.subtree)
    return (lemma in _VIDEO or recorded) and any(
        c.dep_ == "case" and fold(c.lower_) in ("por", "en", "mediante", "a", "traves")
        for c in noun.children)


def _by_video(parsed: Parsed, noun) -> list[Found]:
    """"X intervino por videoconferencia", "En un mensaje grabado, X agradeció la
    invitación": a person taking part from afar in the event the text is about. A
    conversation with someone or a message to someone ("habló por videoconferencia con Y",
    "envió un mensaje en vídeo a Y") is not."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or any(
            t.dep_ == "case" and fold(t.lower_) in ("a", "al", "con", "para") and
            parsed.mention(t.head) is not None and parsed.is_person(parsed.mention(t.head).key)
            for t in verb.subtree):
        return []  # a message to someone, a call with someone
    # the person named in the clause: a subject carried from before may be someone else's
    people = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key) and
              not e.reference and not junior(parsed.doc, e.last + 1)]
    topic = parsed.topic_event(verb.i)
    if not people or topic is None or topic[0] > 3:
        return []
    event = End(topic[1], verb.i, verb.i, reference=topic[0] > 0, distance=topic[0])
    return [Found("participatedIn", p, event, 0.55, "list", verb.i, {"role": "by video"})
            for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]
