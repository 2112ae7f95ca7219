"""Relations stated by a verb and its arguments: "Milei recibe a Kast", "Kast y Milei se
reunieron", "la cumbre organizada por Vox", "Kast fue invitado a la CPAC"."""

from __future__ import annotations

from graph.ingest.knowledge import ELECTION, EVENT, ROUND
from graph.ingest.nlp.backing_phrases import not_backers
from graph.ingest.nlp.behalf_referents import represented_body
from graph.ingest.nlp.besides import besides_after
from graph.ingest.nlp.bound_pairs import bound_pair_claims
from graph.ingest.nlp.candidacy import LISTS
from graph.ingest.nlp.candidate_countries import own_race
from graph.ingest.nlp.clause_objects import (
    arguments,
    semicolon_list,
)
from graph.ingest.nlp.clauses import (
    is_passive,
    phrase_ends,
    preposition,
    subject_ends,
)
from graph.ingest.nlp.distance_words import CALL, PHONE, VIDEO
from graph.ingest.nlp.echoed_subjects import echoed_subjects
from graph.ingest.nlp.event_backers import backs_an_event
from graph.ingest.nlp.events import is_event_noun, opened_event
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.meetings import joined_meeting
from graph.ingest.nlp.name_calling import name_calling_claims
from graph.ingest.nlp.parsed import CAMPAIGNS, End, Parsed
from graph.ingest.nlp.partnerships import partners
from graph.ingest.nlp.past_states import bounded, ended, ended_partnership
from graph.ingest.nlp.postverbal_lists import postverbal_items, without_party_tags
from graph.ingest.nlp.praise import praised_deed, support_withheld
from graph.ingest.nlp.relative_occasions import another_occasion
from graph.ingest.nlp.relatives import object_pronoun, own_words, pronominal_participle
from graph.ingest.nlp.remote_closings import from_afar
from graph.ingest.nlp.repeated_agents import repeated_por
from graph.ingest.nlp.signatures import IRREGULAR, SIGNING, signed_claims
from graph.ingest.nlp.supported_against import against_claims
from graph.ingest.nlp.triggers import (
    AGENT,
    BROKEN_WITH,
    CANDIDATE,
    ELECTORAL,
    GATHERING_HOST,
    LIGHT_VERBS,
    NOUNS,
    OPENING,
    PATIENT,
    PLACE_NOUNS,
    RALLYING,
    REFLEXIVE,
    SEATED,
    SEATS,
    STAGES,
    VERBS,
    Frame,
    list_role,
)
from graph.ingest.nlp.verb_senses import own_foundation, seen_together, shared_table
from graph.ingest.nlp.verb_slots import Slots
from graph.ingest.nlp.video_messages import is_recorded_message
from graph.ingest.nlp.withdrawals import WITHDRAWING, withdrawal_claims
from graph.ingest.nlp.words import folded_lemma, names_one, register_verbs, verb_lemma
from graph.ingest.reading import fold

register_verbs(VERBS)

_STAND_IN = {"lugar", "representacion", "nombre"}
_CANDIDATE_TITLES = ("candidato", "candidata", "aspirante", "postulante")
_ATTENDING = {"asistir", "acudir", "participar", "intervenir", "concurrir", "presente"}
# a video call between two is a call; a videoconference may be an event one takes part in
_PHONE_WORDS = PHONE | CALL | {"videollamada"}


def verb_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ not in ("VERB", "AUX", "ADJ") or token.dep_ == "amod" and \
            token.head.pos_ == "PRON" and token.head.i < token.i and \
            "Part" in token.morph.get("VerbForm"):
        return []  # "no hay nada cerrado": a state of nothing named, done by no one
    lemma = verb_lemma(token)
    lemma = seen_together(token, IRREGULAR.get(fold(token.lower_).rstrip("s"), lemma))
    if lemma == "hacer" and token.dep_ in ("advcl", "conj", "parataxis") and any(
            c.dep_ == "obj" and c.lower_ == "lo" for c in token.children) and \
            token.head.pos_ == "VERB":
        lemma = verb_lemma(token.head)  # "intervinieron A y B; por la tarde lo harán C y D"
    if lemma == "tomar" and any(c.dep_ == "obj" and folded_lemma(c) == "palabra"
                                for c in token.children):
        lemma = "intervenir"  # "tomaron la palabra A y B": took the floor
    if lemma == "tener" and _list_role(token):
        return _had_as(parsed, token, _list_role(token))
    frames = VERBS.get(lemma)
    placed = (not frames or lemma == "encontrar") and lemma in _EXISTENTIAL and \
        bool(_list_role(token))
    if placed:
        frames = VERBS["figurar"]  # "Entre los firmantes están X, Y y Z"
    if not frames:
        if lemma in SIGNING:
            return signed_claims(parsed, token, lemma, Slots(parsed, token, is_passive(token)))
        if lemma in WITHDRAWING:
            return withdrawal_claims(parsed, token, Slots(parsed, token, is_passive(token)))
        return []
    if lemma == "cerrar" and any(c.dep_ == "obj" and folded_lemma(c) == "fila"
                                 for c in token.children):
        frames = RALLYING
    if lemma == "llamar" and names_one(token):
        return name_calling_claims(parsed, token)  # "llamó «traidor» a X": a name, no call
    if lemma == "formar" and not any(folded_lemma(c) == "parte" for c in token.children) or \
            lemma in SEATED and not any(preposition(t) == SEATED[lemma] and
                                        folded_lemma(t) in SEATS for t in token.sent):
        # "se sientan en el Parlamento": members;
        # "siguió el debate por televisión"
        return []
    if support_withheld(token) or praised_deed(parsed, token):
        return []  # "lo elogió, pero no lo apoyó", "elogió su discurso"
    if lemma in ("encabezar", "liderar") and (any(
            c.dep_ == "obj" and folded_lemma(c) in LISTS for c in token.children) or
            token.dep_ in ("amod", "acl") and folded_lemma(token.head) in LISTS):
        # "encabezó la lista al Senado", "la lista de Fidesz, encabezada por X": a candidacy
        # (see candidacy, headed_lists), not a lead
        return []
    if lemma in ("procedente", "proveniente") and not (
            parsed.mention(token.head) and parsed.is_person(parsed.mention(token.head).key)):
        return []  # "X, procedente del PP" says it of the name it follows, no one else
    if partners(token):  # "compite en alianza con X": a partner (see partnerships), no rival
        frames = [f for f in frames if not isinstance(f.object, frozenset) or "con" not in f.object]
    if lemma == "presentar" and not _reflexive(token):
        frames = frames[:1]  # "presentó su libro con Vox": standing for a party is "presentarse"
    if lemma == "compartir" and not any(
            folded_lemma(c) in STAGES or c.dep_ == "obj" and _an_event(parsed, c) and
            c.morph.get("Number") != ["Plur"] for c in token.children):
        return []  # "comparten la visión de": no stage, no event ("compartieron el foro";
        # "había compartido actos con X" tells of other gatherings)
    if lemma == "moderar" and token.pos_ != "VERB" and not any(
            preposition(c) == "por" for c in token.children):
        return []  # "con tono moderado": the adjective, not a panel's moderator
    if lemma == "enviar" and not any(folded_lemma(c) in _STAND_IN for c in token.children):
        return _by_video(parsed, token)  # "envió en su lugar a X" sends a stand-in
    if lemma in REFLEXIVE and not _reflexive(token):
        if lemma == "sentar":  # "el sindicato sentó en la mesa a X y a Y": they take part
            frames = [Frame("participatedIn", PATIENT, frozenset({"en"}), 0.6, topic=True)]
        elif lemma != "reunir":
            return []
        else:  # "la cumbre reunió a X y a Y": an event gathers them; "X reunió a Y en ella"
            frames = VERBS["congregar"] + GATHERING_HOST
    if lemma == "unir" and not _reflexive(token):
        return bound_pair_claims(parsed, token)  # "lo que une a Vox y a Chega": allies
    if lemma in _JOINING:
        joined = _joined_campaign(parsed, token, lemma)
        if joined:
            return joined
    if lemma in LIGHT_VERBS and any(
            c.dep_ == "obj" and folded_lemma(c) in NOUNS and not _second_object(c) and
            not opened_event(lemma, c) and
            all(f.relation != NOUNS[folded_lemma(c)].relation for f in frames)
            for c in token.children):
        return []  # "recibió el respaldo de X": the noun states the relation, not the verb
    passive = is_passive(token)
    slots = Slots(parsed, token, passive)
    found: list[Found] = []
    listed = _list_role(token)
    matched = False
    for frame in frames:
        if matched and not frame.also:
            continue
        before = len(found)
        besides: list[End] = []
        subjects = without_party_tags(parsed, slots.fill(frame.subject))
        if placed:  # "Entre los invitados hubo presencia extranjera": no one named, no one
            subjects = [s for s in subjects if not s.reference or s.distance == 0]
        if frame.subject == AGENT and frame.relation in _CO_AGENTS:
            subjects = subjects + arguments(parsed, token, _TOGETHER)
            besides = besides_after(parsed, token, subjects)
            subjects = subjects + besides
        objects = slots.fill(frame.object)
        if not objects and frame.relation == "represents" and frame.object == PATIENT:
            objects = represented_body(parsed, token)  # "representa al partido en el Senado"
        if frame.subject == AGENT and frame.relation in _CO_AGENTS and besides:
            objects = [o for o in objects if o.key not in {b.key for b in besides}]
        if frame.object == AGENT and passive and objects:
            objects = objects + repeated_por(parsed, objects)
        if frame.object == AGENT and frame.relation in _CO_AGENTS:
            # "organizada por Vox junto a la Fundación Disenso": the partner organizes too
            objects = objects + arguments(parsed, token, _TOGETHER)
        if {frame.subject, frame.object} == {AGENT, PATIENT} and _object_relative(token) and (
                _disagrees(token) or (object_pronoun(token) is not None or not _any_fits(
                    parsed, frame.relation, subjects, objects))
                and _any_fits(parsed, frame.relation, objects, subjects)):
            # "la Cancillería, que encabeza el embajador X": Spanish puts the subject after
            # the verb of a relative that is its object
            subjects, objects = objects, subjects
        if frame.subject == AGENT and passive and subjects:
            subjects = subjects + repeated_por(parsed, subjects)  # "acompañado por A y por B"
        if frame.subject == AGENT and subjects and not passive and \
                min(s.first for s in subjects) > token.i:
            subjects = postverbal_items(parsed, subjects)
        spec = parsed.kb.relations.get(frame.relation)
        if spec is not None and spec.range:
            # "invitó a Kast a la cumbre": the personal "a" is not the event's
            objects = [o for o in objects if parsed.kb.is_a(o.key, spec.range)]
        if frame.relation in _CO_AGENTS and not _items_own_participle(token, subjects):
            subjects = semicolon_list(parsed, subjects)
        if not objects and frame.topic and subjects and not (
                frame.object == PATIENT and not passive and any(
                    c.dep_ == "obj" and c.pos_ == "NOUN" and not _part_of_the_event(c) and
                    not _holds_a_subject(c, subjects) for c in token.children)):
            # "cerró el acto" is the event's, and so is "abrió la sesión inaugural" (a part
            # of it); "cerramos la lista de oradores" none
            topic = parsed.topic_end(token.i)
            # an event named in the sentence is the one; one named before, unless the clause
            # names another occasion
            if topic and (topic.distance == 0 or not _says_where(parsed, token, frame)):
                objects = [topic]
        if another_occasion(token):
            # "un acto el próximo sábado, al que ha invitado a X": that act, not the one
            # the text reports (which the relative's pronoun may have been read as)
            objects = [o for o in objects if not o.reference]
        cue = ("passive:" if passive else "verb:") + lemma
        if listed and frame.relation != "invitedTo":
            # "invitado como orador": an invitation to speak, whether or not one came
            frame = Frame(listed[0], frame.subject, frame.object, frame.confidence)
        if frame.relation != "endorsed":  # "compite con el apoyo de X": X backs the run
            subjects, objects = not_backers(token, subjects), not_backers(token, objects)
        pairs = [(s, o) for s in subjects for o in objects if s.key != o.key]
        if (not pairs or frame.relation == "met") and frame.pair_ok and frame.subject == AGENT \
                and len(subjects) >= 2 and not _singular(token) and \
                not _present(lemma, token, subjects) and not _in_turn(lemma, token):
            # "A y B se reunieron", "A y B almorzaron con C" (together); not "A y B, que habló
            # por vídeo": a singular verb has one of them for subject
            pairs += [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1:]]
        for subject, obj in pairs:
            if not parsed.kb.fits(frame.relation, subject.key, obj.key) or \
                    frame.relation == "endorsed" and passive and backs_an_event(parsed, token):
                continue
            if frame.only == ELECTORAL and not _electoral(parsed, obj.key):
                continue
            if frame.relation == "candidateIn":
                obj = own_race(parsed, subject, obj, token)  # a candidate from abroad
            if frame.only == CANDIDATE and obj.key not in parsed.candidates_named | {
                    p for w in _CANDIDATE_TITLES for p in parsed.titled.get(w, ())}:
                continue
            if frame.only not in (None, ELECTORAL, CANDIDATE) and \
                    not parsed.kb.is_a(obj.key, frame.only):
                continue
            if frame in GATHERING_HOST and not parsed.is_person(subject.key):
                continue  # a foundation that gathers people at its forum organizes it
            if frame in BROKEN_WITH and not parsed.is_person(subject.key):
                continue
            qualifiers = _qualifiers(frame, token)
            if listed and listed[1]:
                qualifiers["role"] = listed[1]
            if len(subjects) > 2 and frame.relation in ("participatedIn", "invitedTo"):
                cue = "list"
            found.append(Found(frame.relation, subject, obj, frame.confidence, cue, token.i,
                               qualifiers, dated=not (qualifiers.get("former") and bounded(token))))
        # the first frame that fits the arguments is what the verb means here
        matched = matched or (len(found) > before and not frame.also)
    if listed and listed[0] == "invitedTo" and lemma in _ATTENDING:
        # "asistió como invitado a la cumbre": a guest who came
        found += [Found("participatedIn", f.subject, f.object, f.confidence, f.cue, f.trigger)
                  for f in found if f.relation == "invitedTo"]
    met = joined_meeting(parsed, token, frames, slots)
    if met:  # at a meeting held with someone, not at the event the text is about
        found = [f for f in found if f.relation != "participatedIn" or not f.object.reference]
    found = echoed_subjects(parsed, token, shared_table(token, lemma, own_foundation(
        token, lemma, from_afar(token, lemma, found))))
    return found + _rivals(parsed, found) + _attendance(parsed, token, found) + _contest(
        parsed, token, found) + met + signed_claims(
        parsed, token, lemma, slots) + _coincided(parsed, lemma, found) + against_claims(
        parsed, token, found)


def _present(lemma: str, verb, subjects: list[End]) -> bool:
    """"Entre el público se encontraban A y B": with its subjects after it, "encontrarse"
    says where they were, not that they met."""
    return lemma == "encontrar" and all(s.first > verb.i for s in subjects)


def _in_turn(lemma: str, verb) -> bool:
    """"A y B hablaron por este orden": speaking, unlike meeting, is done to each other only
    over the telephone, to one another ("se hablaron", "entre ellos") or with someone."""
    folded = {fold(w) for w in own_words(verb)}
    return lemma == "hablar" and not folded & (_PHONE_WORDS | VIDEO | {"entre"}) and \
        not _reflexive(verb)


def _second_object(noun) -> bool:
    """"celebra el Foro X, la cita anual del centro": a noun after a comma and another object
    is that object's apposition, hung on the verb by the small model."""
    edge = noun.left_edge.i
    return (noun.doc[edge].text == "," or edge > 0 and noun.doc[edge - 1].text == ",") and any(
        c.dep_ == "obj" and c.i < noun.i for c in noun.head.children)


def _singular(verb) -> bool:
    """Whether the finite verb of the clause (its auxiliary's for "han reunido") is singular."""
    if verb.morph.get("VerbForm") == ["Part"]:
        finite = [c for c in verb.children if c.dep_ == "aux" and c.morph.get("Number")]
        return bool(finite) and finite[-1].morph.get("Number") == ["Sing"]
    return verb.morph.get("Number") == ["Sing"] and verb.morph.get("VerbForm") == ["Fin"]


def _any_fits(parsed: Parsed, relation: str, subjects: list[End], objects: list[End]) -> bool:
    return any(s.key != o.key and parsed.kb.fits(relation, s.key, o.key)
               for s in subjects for o in objects)


def _object_relative(verb) -> bool:
    """A relative clause whose pronoun the small model made the subject, with a noun phrase
    after the verb that may be the real subject."""
    return verb.dep_ in ("acl", "acl:relcl") and any(
        c.dep_ == "nsubj" and c.lower_ == "que" and c.i < verb.i for c in verb.children) and \
        any(c.dep_ == "obj" and c.i > verb.i and not preposition(c) for c in verb.children) \
        or object_pronoun(verb) is not None or _subject_relative(verb)


def _subject_relative(verb) -> bool:
    """"el centro, que organiza el encuentro": the small model may make the pronoun the object
    and the noun phrase after the verb its subject; which is which the ends decide. A plural
    verb on a singular antecedent ("el debate que organizaron A y B") has its subject after it."""
    return verb.dep_ in ("acl", "acl:relcl") and not _disagrees(verb) and any(
        c.dep_ == "obj" and c.lower_ == "que" and c.i < verb.i and not preposition(c)
        for c in verb.children) and any(
        c.dep_ == "nsubj" and c.i > verb.i and c.pos_ == "NOUN" and not preposition(c)
        for c in verb.children)


def _disagrees(verb) -> bool:
    """"la coalición X, que integran A, B y C": a plural verb cannot have the singular
    antecedent of "que" for subject."""
    return verb.morph.get("Number") == ["Plur"] and verb.head.morph.get("Number") != ["Plur"]


def _by_video(parsed: Parsed, verb) -> list[Found]:
    """"enviará un mensaje grabado en vídeo": taking part from afar in the event."""
    message = [c for c in verb.children if c.dep_ == "obj" and is_recorded_message(c, verb)]
    if not message or any(preposition(c) in ("a", "al") for c in verb.children):
        return []  # "envió un mensaje a Kast" writes to a person
    event = parsed.topic_end(verb.i)
    if not event:
        return []
    return [Found("participatedIn", s, event, 0.6, "verb:enviar", verb.i, {"role": "by video"})
            for s in subject_ends(parsed, verb)
            if parsed.kb.fits("participatedIn", s.key, event.key)]


def _had_as(parsed: Parsed, verb, role: tuple[str, str | None]) -> list[Found]:
    """"La cumbre tendrá como invitado de honor al presidente X": the event's guest,
    speaker..."""
    relation, qualifier = role
    people = [e for c in verb.children if c.dep_ == "obj" and not any(
        m.lower_ == "como" for m in c.children) for e in phrase_ends(parsed, c)
        if parsed.is_person(e.key)]
    events = [e for c in verb.children if c.dep_ == "nsubj"
              for e in phrase_ends(parsed, c) if parsed.kb.is_a(e.key, EVENT)]
    if not events:
        events = [e for e in [parsed.topic_end(verb.i)] if e is not None]
    qualifiers = {"role": qualifier} if qualifier else {}
    return [Found(relation, p, e, 0.7, "verb:tener", verb.i, dict(qualifiers))
            for p in people for e in events if parsed.kb.fits(relation, p.key, e.key)]


_JOINING = {"sumar", "unir", "incorporar", "adherir"}


def _joined_campaign(parsed: Parsed, verb, lemma: str) -> list[Found]:
    """"se sumó a la campaña de X", "se unió a la candidatura de X": support for X."""
    found = []
    for child in verb.children:
        if preposition(child) != "a" or folded_lemma(child) not in CAMPAIGNS:
            continue
        owners = phrase_ends(parsed, child)
        found += [Found("endorsed", s, o, 0.7, f"verb:{lemma}", verb.i)
                  for s in subject_ends(parsed, verb) for o in owners
                  if s.key != o.key and parsed.kb.fits("endorsed", s.key, o.key)]
    return found


def _coincided(parsed: Parsed, lemma: str, found: list[Found]) -> list[Found]:
    """"Kast y Bukele coincidieron en la CPAC": those who coincide at a named event meet
    there; at "foros internacionales" they need not have."""
    if lemma != "coincidir":
        return []
    at = [f for f in found if f.relation == "participatedIn" and f.object.mention is not None
          and f.object.mention.kind == "name"]
    out = []
    for i, a in enumerate(at):
        for b in at[i + 1:]:
            if a.object.key == b.object.key and a.subject.key != b.subject.key and \
                    parsed.kb.fits("met", a.subject.key, b.subject.key):
                out.append(Found("met", a.subject, b.subject, 0.65, a.cue, a.trigger))
    return out


# "figura en el cartel": where the names of an event's speakers are listed, no occasion
_BILLS = {"cartel", "programa", "lista", "agenda", "elenco", "nomina", "plantel",
          "lugar", "representacion", "nombre"}  # "en su lugar", "en nombre de"


# Parts of an event: "en esa mesa intervinieron", "en la sesión inaugural participaron" speak
# of the event the text is about, not of another occasion.
# "Abrió el turno de intervenciones X": the turn is the event's too.
_EVENT_PARTS = {"mesa", "panel", "sesion", "jornada", "inauguracion", "clausura", "apertura",
                "cierre", "ceremonia", "velada", "cena", "almuerzo", "turno"}
_HOURS = {"tarde", "noche", "manana"}
_SESSIONS = {"mesa", "panel", "sesion", "coloquio", "debate", "ponencia", "taller"}


def _holds_a_subject(noun, subjects: list[End]) -> bool:
    # "Abrió la tarde la secretaria del partido, X": the small model may take the title
    # after the verb for a second object; it is the subject's, no other occasion
    return any(noun.left_edge.i <= s.first <= noun.right_edge.i for s in subjects)


def _part_of_the_event(noun) -> bool:
    # "en una mesa sobre inmigración", "en un panel": one of the event's own sessions; "abrió
    # la tarde", "cerró la noche": the event's own hours, opened or closed by its speaker
    if noun.dep_ == "obj" and verb_lemma(noun.head) in OPENING and \
            folded_lemma(noun) in _HOURS and not any(c.dep_ == "nmod" for c in noun.children):
        return any(c.dep_ == "det" and fold(c.lower_) == "la" for c in noun.children)
    return folded_lemma(noun) in _EVENT_PARTS and any(
        c.dep_ == "det" and (fold(c.lower_) not in ("un", "una", "otro", "otra") or
                             folded_lemma(noun) in _SESSIONS)
        for c in noun.children)


def _says_where(parsed: Parsed, verb, frame: Frame) -> bool:
    """Whether the clause names another occasion, a common noun that is no event of the
    graph ("no participó en la reunión con Milei"): then it is not about the event the text
    is about. A place ("no acudió a Toledo") or a person ("invitó a Kast") is no occasion."""
    wanted = frame.object if isinstance(frame.object, frozenset) else frozenset()
    if frame.object == PATIENT and any(
            c.dep_ == "obj" and c.pos_ == "NOUN" and not is_event_noun(c) and
            not _part_of_the_event(c) and parsed.mention(c) is None and not parsed.ends(c)
            for c in verb.children):
        return True  # "permitió cerrar los últimos flecos": what is closed is no event
    return any(preposition(c) in wanted - {""} and c.pos_ == "NOUN" and
               folded_lemma(c) not in _BILLS | SEATS | PLACE_NOUNS and not _part_of_the_event(c) and
               parsed.mention(c) is None and not parsed.ends(c) for c in verb.children)


def _contest(parsed: Parsed, verb, found: list[Found]) -> list[Found]:
    """Rivals in an election are its candidates: "Kast se medirá con Jara en la segunda
    vuelta"."""
    rivals = [f for f in found if f.relation == "opponentOf"]
    if not rivals:
        return []
    out = []
    events = arguments(parsed, verb, frozenset({"en", "de"})) + [
        f.object for f in found if f.relation == "candidateIn"]
    for event in events:
        if not _electoral(parsed, event.key):
            continue
        for rival in rivals:
            rival.qualifiers.setdefault("context", event.key)
            for person in (rival.subject, rival.object):
                if parsed.kb.fits("candidateIn", person.key, event.key):
                    out.append(Found("candidateIn", person, event, rival.confidence * 0.9,
                                     rival.cue, verb.i))
    return out


def _attendance(parsed: Parsed, verb, found: list[Found]) -> list[Found]:
    """Meeting at an event is taking part in it: "se reunieron en la cumbre de Madrid"."""
    meetings = [f for f in found if f.relation == "met"]
    if not meetings:
        return []
    events = [e for e in arguments(parsed, verb, frozenset({"en", "durante"}))
              if parsed.kb.is_a(e.key, EVENT) and not e.reference]
    out = []
    for event in events:
        people = {f.subject.key: f.subject for f in meetings} | {
            f.object.key: f.object for f in meetings}
        for person in people.values():
            if parsed.kb.fits("participatedIn", person.key, event.key):
                out.append(Found("participatedIn", person, event, meetings[0].confidence * 0.9,
                                 meetings[0].cue, verb.i))
    return out


# "pertenece a X junto a A y B", "participó junto a A": those beside the subject do the same
_CO_AGENTS = {"participatedIn", "organizedBy", "invitedTo", "memberOf"}


def _items_own_participle(token, subjects: list[End]) -> bool:
    """"llegó A, invitado por X; desde Roma, B; y C": a singular participle after its name is
    that item's own, which the items after the semicolon do not share."""
    return token.morph.get("VerbForm") == ["Part"] and token.morph.get("Number") == ["Sing"] \
        and bool(subjects) and all(s.last < token.i for s in subjects)
_TOGETHER = frozenset({"junto a", "junto con", "ademas de"})  # "Además de X, acudió Y"


# Verbs that only place their subject in a list: "Entre los invitados están/hay X".
# "Entre el público se encontraban X e Y" says who was there, not that they met
_EXISTENTIAL = {"estar", "haber", "destacar", "sobresalir", "aparecer", "encontrar"}


def _list_role(verb) -> tuple[str, str | None] | None:
    """"Entre los invitados figuran ...", "participaron como oradores": what the list is."""
    for child in verb.children:
        if child.dep_ in ("obl", "nmod", "obj", "advcl", "xcomp") and (
                preposition(child) in ("entre", "como") or any(
                c.lower_ == "como" for c in child.children)):
            role = list_role(folded_lemma(child))
            if role:
                return role
    # the small model may hang "Entre los invitados" elsewhere: read the words before the verb
    before = [t for t in verb.doc[max(verb.sent.start, verb.i - 5):verb.i] if not t.is_space]
    opened = next((n for n, t in enumerate(before[:-1]) if t.lower_ == "entre"), None)
    if opened is not None:
        # "Entre los invitados extranjeros estaban": the list's noun, not its adjective
        return next((list_role(w) for t in before[opened + 1:]
                     for w in (folded_lemma(t), fold(t.lower_)) if list_role(w)), None)
    return None


def _reflexive(verb) -> bool:
    word = verb.lower_
    return word.endswith(("se", "nos")) or pronominal_participle(verb) or any(
        c.lower_ in ("se", "nos", "me") and c.pos_ == "PRON" for c in verb.children) or any(
        c.lower_ in ("se", "nos") for c in verb.head.children if verb.dep_ == "xcomp") or any(
        c.dep_ in ("aux", "aux:pass") and c.lower_.endswith("se") for c in verb.children)


def _electoral(parsed: Parsed, key: str) -> bool:
    return parsed.kb.is_a(key, ELECTION) or parsed.kb.is_a(key, ROUND)


def _rivals(parsed: Parsed, found: list[Found]) -> list[Found]:
    """Candidates coordinated in one contest are each other's opponents: "Jara y Kast irán a
    la segunda vuelta"."""
    rivals = []
    contests = [f for f in found if f.relation == "candidateIn"]
    for i, a in enumerate(contests):
        for b in contests[i + 1:]:
            if a.object.key == b.object.key and a.subject.key != b.subject.key:
                rivals.append(Found("opponentOf", a.subject, b.subject, a.confidence * 0.9,
                                    a.cue, a.trigger, {"context": a.object.key}))
    return rivals


def _qualifiers(frame: Frame, verb) -> dict:
    qualifiers = {}
    folded = {fold(w) for w in own_words(verb)}
    if frame.mode:
        qualifiers["mode"] = frame.mode
    elif frame.relation in ("met", "contactWith") and folded & _PHONE_WORDS:
        qualifiers["mode"] = "PhoneCall"
    if frame.former or frame.relation in ("leaderOf", "memberOf") and ended(
            verb_lemma(verb), verb) or frame.relation == "allied" and ended_partnership(
            verb_lemma(verb), verb):
        qualifiers["former"] = True
    if frame.relation == "participatedIn" and folded & VIDEO:
        qualifiers["role"] = "by video"
    return qualifiers


def _an_event(parsed: Parsed, noun) -> bool:
    """Whether the noun names an event: one the graph or the text names, or a gathering."""
    mention = parsed.mention(noun)
    return parsed.event_at(noun) or noun.i in parsed.described or is_event_noun(noun) or \
        mention is not None and parsed.kb.is_a(mention.key, EVENT)
