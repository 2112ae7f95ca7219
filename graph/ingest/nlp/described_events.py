"""Events a text reports without naming them: "una cumbre de líderes convocada por X", "el
debate electoral que Aragón TV organizó", "la toma de posesión de Paz", "la sesión
preparatoria". Each is named by its kind and what sets it apart, as the gold names such events
("Cumbre de líderes", "Debate electoral de Aragón TV", "Toma de posesión de Rodrigo Paz"), and
proposed as a new event; a later bare mention of the same kind ("la sesión", "el mitin") points
back to it. A kind noun alone names nothing; a name the text gives the event wins; an event
only announced, or a meeting of two, is no such event."""

from __future__ import annotations

import re

from graph.ingest.knowledge import AGENT, ELECTION, EVENT, PARTY, PERSON, ROUND
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.apposed_agents import apposed_agent
from graph.ingest.nlp.apposed_events import named_before_comma
from graph.ingest.nlp.attended_gatherings import attended
from graph.ingest.nlp.baptized_gatherings import baptized
from graph.ingest.nlp.book_launches import launch_name
from graph.ingest.nlp.brought_about import brought_about
from graph.ingest.nlp.documents import is_document
from graph.ingest.nlp.earlier_occasions import in_pluperfect
from graph.ingest.nlp.ends import METONYM, End
from graph.ingest.nlp.event_topics import topic_complements
from graph.ingest.nlp.events import QUOTES, event_class, is_event_noun, name_start, phrase_words
from graph.ingest.nlp.gathered_bodies import gathered_body
from graph.ingest.nlp.hosted_gatherings import own_host, relative_host, verb_host
from graph.ingest.nlp.lead_holders import of_holder
from graph.ingest.nlp.lead_sentences import lead_position, retold_in_lead
from graph.ingest.nlp.organizer_acronyms import organizer_name
from graph.ingest.nlp.party_noun_gatherings import party_noun_holder
from graph.ingest.nlp.predicative_gatherings import called_by_verb, what_it_becomes
from graph.ingest.nlp.quoted_events import quoted_before
from graph.ingest.nlp.restated_events import restated_event
from graph.ingest.nlp.retold_descriptions import adjectives_only
from graph.ingest.nlp.retold_kinds import (
    renamed_by_kind,
    retold_kind,
    retold_rally,
    told_again_as_act,
)
from graph.ingest.nlp.sittings import sitting_body, sitting_month
from graph.ingest.nlp.told_invitations import invited_to_it
from graph.ingest.nlp.unnamed_hosts import (
    after_a_name,
    held_in,
    holder_party,
    later_organizer,
    party_of_body,
    said_of,
)
from graph.ingest.nlp.venue_gatherings import venue_gathering
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Gatherings a chronicle reports: people attend, speak at, organize them.
KINDS = {"cumbre", "mitin", "acto", "foro", "convencion", "conferencia", "debate", "sesion",
         "gala", "cena", "almuerzo", "desayuno", "homenaje", "manifestacion", "marcha",
         "concentracion", "vigilia", "jornada", "ceremonia", "asamblea", "congreso", "festival",
         "seminario", "simposio", "coloquio", "encuentro", "caravana", "cabildo", "protesta",
         "recepcion", "velada", "fiesta", "funeral", "misa", "desfile", "concierto", "panel",
         "cabalgata", "romeria", "peregrinacion", "cacerolada", "sentada", "verbena",
         "mesa", "acampada", "movilizacion", "caceroleo", "proclamacion",
         "inauguracion", "clausura", "celebracion", "presentacion", "tributo", "retiro",
         "pleno"}
# Nouns that are a gathering only with their complement: "la toma de posesión", "el cierre de
# campaña", "la mesa redonda", "la noche electoral" (a party's gathering to follow the count).
_BOUND = {"toma": {"posesion", "protesta"}, "cierre": {"campana", "precampana"},
          "inicio": {"campana", "precampana"}, "arranque": {"campana", "precampana"},
          "apertura": {"campana", "precampana"},
          "mesa": {"redondo", "redonda", "debate", "dialogo"}, "jura": {"cargo"},
          "noche": {"electoral"}}
# Complements that say which gathering it is only with their own: "la ceremonia de cambio de
# mando", "el acto de cierre de campaña"; a change of command is a ceremony's, not a gathering.
_HELD_TOGETHER = {**_BOUND, "cambio": {"mando"}, "traspaso": {"mando", "poder"}}
# Adjectives that say nothing of which event it is.
_VAGUE = {"gran", "grande", "primero", "primer", "segundo", "tercero", "ultimo", "nuevo",
          "proximo", "futuro", "breve", "largo", "corto", "multitudinario", "masivo", "anual",
          "habitual", "tradicional", "mismo", "propio", "posterior", "anterior", "siguiente",
          "importante", "pequeno", "enorme", "tenso", "intenso", "emotivo", "unico", "solo",
          "numeroso", "reciente", "pasado", "previo", "dicho", "citado", "mencionado", "otro",
          "cierto", "similar", "distinto", "diverso", "varios", "celebre", "historico"}
# Words after "de" that date or place the event rather than set it apart.
_WHEN = {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "dia",
         "semana", "mes", "ano", "noche", "tarde", "manana", "mediodia", "madrugada", "hora",
         "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre", "ayer", "hoy", "fin", "vispera", "inicio", "final"}
# Determiners of any or no event: "cualquier mitin", "ningún acto", "otro debate".
_ANY = {"cualquier", "cualquiera", "ninguno", "ningun", "ninguna", "otro", "otra", "cada",
        "todo", "toda", "alguno", "algun", "alguna", "mucho", "mucha", "vario", "varios",
        "tanto", "tanta", "demasiado"}
# Parts of a gathering, or gatherings within one: beside an event the text names, they are
# that event's ("la sesión inaugural", "una mesa redonda", "la cena de gala").
_PARTS = {"sesion", "mesa", "panel", "jornada", "debate", "clausura", "inauguracion", "apertura",
          "cena", "almuerzo", "desayuno", "coloquio", "celebracion", "presentacion", "gala",
          "velada", "acto", "encuentro", "recepcion", "ceremonia", "fiesta", "seminario",
          "concierto", "homenaje", "tributo", "retiro", "proclamacion"}
# Kinds a "de" complement gives a subject rather than a name ("el debate de ideas").
_ADJECTIVE_ONLY = {"debate", "mesa", "panel", "coloquio", "presentacion", "celebracion"}
# Ceremonies, named by the act they solemnize, and those acts.
_CEREMONIES = {"ceremonia", "acto", "solemnidad"}
_ACTS = {"transmision", "investidura", "posesion", "juramento", "jura", "traspaso", "entrega",
         "proclamacion", "coronacion", "relevo", "asuncion"}
# A party's own congress or convention is named as one of its series (event_reading) when
# definite; "un congreso de Vox" is described here
_OWN_GATHERINGS = {"congreso", "convencion", "asamblea", "conferencia"}
# An organization's own meetings, one at a time, which event_reading names after it (a
# summit only when definite: "una cumbre de Vox en Toledo" is described here)
_HELD_MEETINGS = {"foro", "seminario", "simposio", "coloquio", "taller", "jornada",
                  "encuentro", "desayuno", "almuerzo", "cena", "retiro", "cumbre"}
# Words for any gathering at all ("un acto del PP" may be a press call or a ceremony)
_GENERIC = {"acto", "evento", "encuentro", "celebracion", "presentacion"}
# Gatherings of a few, which with a person's name are a meeting ("el almuerzo de Trump").
_MEETINGS = {"encuentro", "cena", "almuerzo", "desayuno", "reunion", "retiro"}
# The headline, its deck and the lead: where a chronicle says what it reports.
_LEAD = 3
# How many sentences on a definite gathering noun still names the one "un mitin" told of
_NEXT = 1
_ORGANIZING = {"organizar", "convocar", "promover", "impulsar", "patrocinar", "auspiciar",
               "preparar", "montar"}
_FOR_TWO = {"con", "entre"}
_ORDINAL = re.compile(r"^(?:[IVXL]+|\d+(?:\.?[ªº°]|\.[oa])?)$")


def kind_of(token) -> str | None:
    """The kind a noun gives a gathering, or None: "cumbre"; "toma" only "de posesión"."""
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_lower:
        return None
    lemma = folded_lemma(token)
    if lemma not in KINDS and lemma not in _BOUND and fold(token.lower_) in KINDS:
        lemma = fold(token.lower_)  # a lemma the small model got wrong ("vigilia")
    if lemma in _BOUND:
        following = _complement_nouns(token)
        amods = {folded_lemma(c) for c in token.children if c.dep_ == "amod"}
        return lemma if (following[:1] and folded_lemma(following[0]) in _BOUND[lemma]) or \
            amods & _BOUND[lemma] else None
    return lemma if lemma in KINDS else None


def _complement_nouns(token) -> list:
    return [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and
            c.pos_ == "NOUN" and any(k.dep_ == "case" and k.lower_ in ("de", "del")
                                     for k in c.children)]


def describe_events(parsed) -> dict[int, str]:
    """Propose the text's unnamed events; token index of each kind noun -> its event."""
    described: dict[int, str] = {}
    parsed.same_gathering = {}
    parsed.first_held = set()
    named = _named_kinds(parsed)
    # the event the text is about is the one it names, when it names one it reports
    parsed.described_topic = not any(
        not announced(parsed.doc[m.start]) and not in_pluperfect(parsed.doc[m.start])
        for m in parsed.linked.mentions
        if m.kind != METONYM and parsed.kb.is_a(m.key, EVENT) and
        not _race(parsed, m.key) and not is_document(parsed.kb, m.key)) and not any(
        not announced(parsed.doc[start]) for key, start in parsed.named_events.items()
        if not _race(parsed, key))
    for token in parsed.doc:
        kind = kind_of(token)
        if kind is not None and not is_event_noun(token) and token.i not in parsed._event_at \
                and name_start(token) < len(parsed.doc) and \
                parsed.doc[name_start(token)].text in QUOTES:
            # "la vigilia «Provincia Libre»": the quoted name after any kind of gathering
            quoted = parsed.name_event(token)
            inside = parsed.mention(parsed.doc[min(name_start(token) + 1, len(parsed.doc) - 1)])
            entity = parsed.linked.entities.get(inside.key) if inside is not None else None
            if quoted is None and entity is not None and inside.key.startswith(NEW) and \
                    not parsed.kb.is_a(inside.key, PERSON) and \
                    not parsed.kb.is_a(inside.key, PARTY):
                # a new quoted name the linker took for a place or a body: the gathering's
                entity.cls = event_class([token.text])
                quoted = End.of(inside)
            if quoted is not None:
                parsed._event_at.setdefault(token.i, (quoted.key, (quoted.first, quoted.last)))
                described[token.i] = quoted.key
                continue
        if kind is None or kind in named or token.i in parsed._event_at or \
                parsed.mention(token) is not None or not _one_event_told(parsed, token):
            continue
        words = phrase_words(token)
        if parsed.events.match(words) or parsed.events.common(token.text, words):
            continue  # "la ceremonia de transmisión del mando": an event the graph holds
        launch = launch_name(parsed, token)
        if kind in _PARTS and not parsed.described_topic and launch is None and \
                not own_host(parsed, token, _organizer):
            continue  # "la sesión inaugural" of the forum the text names is that forum
        label, last = launch or _description(parsed, token, kind)
        if label is None or told_again_as_act(parsed, token, label, described, kind_of):
            retold_in_lead(parsed, token, kind, described, kind_of)
            continue
        if launch is None and _definite(token) and adjectives_only(token, last, label) and (
                _named_before(parsed, token.i) or not parsed.described_topic and
                lead_position(parsed, token) <= _LEAD):
            continue  # the event the text names, told again (a deck tells what its lead names)
        key = NEW + slug(label)
        if key not in parsed.proposals:
            if key in parsed.linked.entities or parsed.kb.is_a(key, EVENT):
                continue
            entity = CandidateEntity(key, label, event_class([token.text]),
                                     example=token.sent.text)
            parsed.proposals[key] = entity
            parsed.kb.candidates[key] = entity
        told_again = [k for k, first in parsed.same_gathering.items() if first == token.i]
        # the event the article reports: the first it tells in its lead, or one it comes back
        # to ("un mitin en Valby ... El acto, organizado por DF, ...")
        past_lead = lead_position(parsed, token) > _LEAD and _first_held_by(parsed, token)
        if parsed.described_topic and (lead_position(parsed, token) <= _LEAD or told_again or
                                       token.i in parsed.first_held or past_lead) and \
                not _named_before(parsed, token.i):
            parsed.named_events.setdefault(key, token.i)
            if past_lead and not told_again and token.i not in parsed.first_held:
                parsed.held_past_lead.add(key)
        for index in range(token.i, last + 1):
            parsed._event_at.setdefault(index, (key, (token.i, last)))
        described[token.i] = key
        for later in told_again:
            # "un mitin" in the lead, "El acto, organizado por ..." after: one gathering
            parsed._event_at.setdefault(later, (key, (later, later)))
            described[later] = key
    retold_kind(parsed, described, kind_of, announced)
    renamed_by_kind(parsed, described, kind_of, announced)
    baptized(parsed, described, kind_of)
    venue_gathering(parsed, kind_of)
    retold_rally(parsed, described, kind_of, _organizer)
    return described


def described_event(parsed, token) -> End | None:
    """The unnamed event a kind noun introduces, or that a later definite bare noun of the
    same kind points back to ("la sesión", "del mitin")."""
    described = getattr(parsed, "described", None)
    if not described:
        return None
    if token.i in described:
        key = described[token.i]
        return End(key, token.i, parsed._event_at[token.i][1][1])
    kind = kind_of(token)
    if kind is None or token.morph.get("Number") == ["Plur"] or announced(token):
        return None  # "en el cierre de campaña hablarán A y B": not yet
    if not _definite(token):
        return restated_event(parsed, token, kind, described, kind_of) if any(
            c.dep_ == "det" and fold(c.lower_) in ("un", "una") for c in token.children) and \
            quoted_before(token) is None else None
    earlier = [(i, key) for i, key in described.items()
               if i < token.i and kind_of(parsed.doc[i]) == kind]
    if not earlier:
        return None
    i, key = earlier[-1]
    return End(key, token.i, token.i, reference=True,
               distance=parsed.sentence_of(token) - parsed.sentence_of(parsed.doc[i]))


def _definite(token) -> bool:
    return any((c.dep_ in ("det", "det:poss") and fold(c.lower_) in
                ("el", "la", "este", "esta", "ese", "esa", "dicho", "dicha", "aquel", "aquella"))
               or (c.dep_ == "case" and c.lower_ in ("al", "del")) for c in token.children)


def _one_event_told(parsed, token) -> bool:
    """A single gathering the text reports: not plural, not any or none ("cualquier mitin"),
    not one only announced, not a meeting of two (that is `met`), not the apposition of a
    name the text gives ("«X», el primer gran acto de ...")."""
    if token.morph.get("Number") == ["Plur"] and folded_lemma(token) != "jornada" or \
            what_it_becomes(token):
        return False
    if any(c.dep_ in ("det", "amod") and fold(c.lower_) in _ANY for c in token.children):
        return False
    if any(t.lower_ in _FOR_TWO or fold(t.lower_).startswith(("bilateral", "trilateral"))
           for t in token.subtree if t.i > token.i and t.head.i == token.i or
           t.dep_ == "case" and t.head.head.i == token.i):
        return False
    start = token.left_edge.i
    while start < token.i and token.doc[start].is_punct:
        start += 1
    if start >= 2 and token.doc[start - 1].text == "," and (
            token.doc[start - 2].pos_ == "PROPN" or start - 2 in parsed._event_at or
            named_before_comma(parsed, token)):
        return False  # "la CPAC Hungría, la conferencia conservadora ...", however parsed
    if folded_lemma(token) in _MEETINGS and not _time_frame(token) and any(
            c.dep_ in ("obl", "nmod") and any(k.dep_ == "case" and k.lower_ in _FOR_TWO
                                              for k in c.children)
            for c in token.head.children):
        return False  # "mantuvieron un almuerzo de trabajo con X": they met
    if token.dep_ == "appos" or any(c.dep_ == "appos" and c.pos_ == "PROPN"
                                    for c in token.children) or \
            folded_lemma(token.head) == "edicion":
        return False  # "Atreju, la fiesta anual de ...", "X, tercera edición de la cumbre"
    if announced(token) and not invited_to_it(token, parsed) or quoted_before(token) is not None:
        return False
    head = parsed.mention(token.head) if token.dep_ == "appos" else None
    if head is not None and parsed.kb.is_a(head.key, EVENT) or token.dep_ == "appos" and \
            token.head.i in parsed._event_at:
        return False
    return not any(c.dep_ == "appos" and (c.i in parsed._event_at or parsed.mention(c) and
                                          parsed.kb.is_a(parsed.mention(c).key, EVENT))
                   for c in token.children)


def _time_frame(token) -> bool:
    """"coincidió con X durante una cena": the meal is when they met, a gathering of its own."""
    return any(c.dep_ == "case" and fold(c.lower_) == "durante" for c in token.children)


def announced(token) -> bool:
    """Whether the clause that holds an event's mention tells it as still to come: "celebrarán
    en primavera una segunda cita", "el próximo congreso", "se reunirán en una cumbre"."""
    doc = token.doc
    if any(fold(t.lower_) in ("proximo", "proxima", "futuro", "futura")
           for t in doc[max(token.i - 3, token.sent.start):token.i]):
        return True
    verb = token
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX") and \
            verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "cop")]
    if any("Fut" in t.morph.get("Tense") or {"Cnd", "Sub"} & set(t.morph.get("Mood"))
           for t in forms) and not brought_about(verb):
        return True
    # "va a celebrar", "prepara un mitin", "anunció una cumbre"
    return any(folded_lemma(c) == "ir" and c.dep_ == "aux" for c in verb.children) or \
        verb_lemma(verb) in ("anunciar", "preparar", "planear", "proponer")


def _named_kinds(parsed) -> set[str]:
    """Kinds of the events the text names: "Foro de la Libertad" is a forum, "«X», el acto
    de ..." an act; a description of one of those kinds is most likely the named one."""
    kinds = set()
    keys = set(parsed.named_events) | {m.key for m in parsed.linked.mentions
                                       if m.kind != METONYM and parsed.kb.is_a(m.key, EVENT)}
    for key in keys:
        entity = parsed.linked.entities.get(key) or parsed.proposals.get(key)
        # "VI Cumbre Transatlántica" is a summit; "Centroamérica Segura", written "el foro
        # Centroamérica Segura", a forum by its alias
        for name in [parsed.kb.label(key), *(entity.aliases if entity is not None else ())]:
            words = [w for w in name.split() if not _ORDINAL.match(w)][:1]
            if words:
                kinds.add(fold(words[0].lower()))
    for token in parsed.doc:
        kind = kind_of(token)
        if kind is None:
            continue
        if token.i in parsed._event_at or quoted_before(token) is not None or \
                token.dep_ == "appos" and (token.head.i in parsed._event_at or (
                    parsed.mention(token.head) is not None and
                    parsed.kb.is_a(parsed.mention(token.head).key, EVENT))):
            kinds.add(kind)
    return kinds


def _description(parsed, token, kind: str) -> tuple[str | None, int]:
    """The event's name: its kind noun, the adjectives and the "de" complement that say which
    gathering it is, and, when that is all, who organizes it or whom it is for ("Mitin de
    Vox"); None when nothing sets it apart."""
    words = [token.text]
    last = token.i
    if kind in _CEREMONIES:
        named = _ceremony_of(parsed, token)
        if named is not None:
            return named
    for child in sorted(token.children, key=lambda c: c.i):
        if child.i < token.i:
            continue
        if child.dep_ == "amod" and child.pos_ == "ADJ" and child.i == last + 1 and \
                "Part" not in child.morph.get("VerbForm") and folded_lemma(child) not in _VAGUE:
            words.append(child.text)
            last = child.i
    # "cumbre de líderes", "acto de celebración": a bare noun classifies the gathering; "el
    # acto de la campaña", "un seminario del grupo" only say whose or when it is
    complements = [c for c in _complement_nouns(token) if folded_lemma(c) not in _WHEN and
                   parsed.mention(c) is None and kind not in _ADJECTIVE_ONLY and
                   not any(k.dep_ in ("det", "det:poss") or k.lower_ == "del"
                           for k in c.children)]
    if called_by_verb(token):
        complements = []  # "calificó el mitin de «provocación»": what it is called
    elif not complements and of_holder(parsed, token) is None:
        # "unas jornadas sobre vivienda": what it is about, when no body's name sets it apart
        complements = topic_complements(parsed, token)
    if complements:
        noun = complements[0]
        words += [t.text for t in token.doc[noun.left_edge.i:noun.i + 1]
                  if t.dep_ == "case" or t.dep_ == "det" and "Yes" not in t.morph.get("Poss")
                  or t.i == noun.i]
        last = max(last, noun.i)
        for adjective in noun.children:
            if adjective.dep_ == "amod" and adjective.i == noun.i + 1 and \
                    "Part" not in adjective.morph.get("VerbForm") and \
                    folded_lemma(adjective) not in _VAGUE:
                words.append(adjective.text)
                last = adjective.i
        # "el acto de cierre de campaña": the complement is a gathering only with its own
        bound = [c for c in _complement_nouns(noun)
                 if folded_lemma(c) in _HELD_TOGETHER.get(folded_lemma(noun), ())]
        if bound and last == noun.i:
            words += ["de", bound[0].text]
            last = bound[0].i
    # "el pleno extraordinario de ayer": adjectives say which sitting, not whose; a month
    # tells one sitting from the next
    month = sitting_month(token) if not complements else None
    if month is not None:
        words += month[0]
        last = max(last, month[1])
    sitting = sitting_body(parsed, token) if len(words) == 1 or not complements else None
    if sitting is not None:  # "el pleno de ayer en la Asamblea de Madrid"
        words += sitting[0]
        last = sitting[1]
    agent = of_holder(parsed, token) or (of_holder(parsed, complements[0]) if complements
                                         else None)
    if agent is not None and kind in _MEETINGS:
        return None, token.i  # "el almuerzo de Trump": a meeting
    if agent is not None and parsed.is_person(agent.key):  # "la toma de posesión de Paz"
        words += ["de", _label(parsed, agent.key)]
        last = max(last, agent.end - 1 if agent.start > token.i else last)
    elif agent is not None and len(words) == 1 and (
            kind not in _OWN_GATHERINGS | _GENERIC or kind == "acto" and attended(token) or
            kind in _OWN_GATHERINGS and not _definite(token)) and \
            not (kind in _HELD_MEETINGS and token.morph.get("Number") != ["Plur"] and
                 (kind != "cumbre" or _definite(token))) \
            and agent.start > token.i and not after_a_name(token) and not said_of(token) and all(
                t.dep_ in ("case", "det") or t.lower_ in ("de", "del")
                for t in token.doc[token.i + 1:agent.start]):
        # "un mitin de Vox", "unas jornadas de la Fundación X en Oviedo": the body whose
        # gathering it is, and where, written as the text writes it; the body's name stays
        # its own (it organizes the gathering)
        end = held_in(parsed, token.doc, agent.end)
        words += [t.text for t in token.doc[token.i + 1:(agent.end if end is None else end + 1)]]
    elif agent is not None and kind in _BOUND and agent.start > last and all(
            t.dep_ in ("case", "det") for t in token.doc[last + 1:agent.start]):
        # "el cierre de campaña de La Libertad Avanza en el Domo": whose closing it is
        words += [t.text for t in token.doc[last + 1:agent.end]]
        last = agent.end - 1
    elif not complements and sitting is None and party_noun_holder(parsed, token) is not None:
        # "el primer acto nacional del partido": the party the clause tells holds it names
        # it, as a kind and a party name unnamed gatherings, its adjectives left out
        words = [token.text, "de", _label(parsed, party_noun_holder(parsed, token).key)]
    elif len(words) == 1 and gathered_body(parsed, token) is not None:
        # "reunió a dirigentes de X en una cumbre": X's summit, whoever convenes it
        words += ["de", _label(parsed, gathered_body(parsed, token).key)]
    elif len(words) == 1:
        organizer = _organizer(parsed, token) or relative_host(parsed, token) or \
            verb_host(parsed, token) or _lead_host(parsed, token)
        if organizer is None:
            return None, token.i
        if agent is not None and agent.key != organizer.key and _of_right_after(token, agent):
            # "una cumbre de Patriotas por Europa organizada por su partido": with its
            # organizer named apart, the "de" complement says what the gathering is of
            end = held_in(parsed, token.doc, agent.end)
            words += [t.text for t in token.doc[token.i + 1:(agent.end if end is None
                                                               else end + 1)]]
            last = max(last, agent.end - 1)
        else:
            words += ["de", organizer_name(parsed, organizer, _label(parsed, organizer.key))]
            # "un mitin en Monzón, convocado por X": where it is held sets it apart too
            end = held_in(parsed, token.doc, token.i + 1)
            if end is not None:
                words += [t.text for t in token.doc[token.i + 1:end + 1]]
    if len([w for w in words if fold(w.lower()) not in ("de", "del", "la", "el", "los", "las")
            ]) < 2:
        return None, token.i
    if any(any(ch.isdigit() for ch in w) for w in words):
        return None, token.i  # "la cumbre de 2024": a year, no description
    label = " ".join(words)
    return label[:1].upper() + label[1:], last


def _first_held_by(parsed, noun) -> bool:
    """A profile's first gathering, told past its lead as held by a body ("El domingo, ELAM
    celebró en un pabellón de Limasol un mitin al que acudieron 3.000 personas"): the one the
    sentences after it report ("Entre los oradores estaba X")."""
    return any(c.dep_ == "det" and fold(c.lower_) in ("un", "una") for c in noun.children) \
        and not any(kind_of(t) is not None for t in parsed.doc[:noun.i]) and \
        verb_host(parsed, noun) is not None


def _of_right_after(token, agent) -> bool:
    """"una cumbre de X": the agent's name follows the noun past "de" and an article only."""
    return agent.start > token.i and all(
        t.dep_ in ("case", "det") or t.lower_ in ("de", "del")
        for t in token.doc[token.i + 1:agent.start])


def _ceremony_of(parsed, noun) -> tuple[str, int] | None:
    """"la ceremonia de transmisión del mando", "el acto de investidura de X": a ceremony is
    named by the act it solemnizes ("Transmisión del mando", "Investidura de X")."""
    act = next((c for c in _complement_nouns(noun) if folded_lemma(c) in _ACTS), None)
    if act is None:
        return None
    words, last = [act.text], act.i
    for child in sorted(act.children, key=lambda c: c.i):
        if child.dep_ == "nmod" and child.i > act.i and folded_lemma(child) not in _WHEN and \
                any(k.dep_ == "case" and k.lower_ in ("de", "del") for k in child.children) \
                and not child.like_num:
            mention = parsed.mention(child)
            if mention is not None and not parsed.is_person(mention.key):
                break
            name = _label(parsed, mention.key) if mention is not None else child.text
            article = [t.text for t in child.children if t.dep_ == "det" and
                       "Yes" not in t.morph.get("Poss")]
            case = "del" if any(k.lower_ == "del" for k in child.children) else "de"
            words += [case] + ([] if case == "del" else article) + [name]
            last = child.i if mention is None else mention.end - 1
            break
    if len(words) == 1:
        person = of_holder(parsed, noun)  # "la ceremonia de investidura de X"
        if person is not None and parsed.is_person(person.key):
            words += ["de", _label(parsed, person.key)]
            last = max(last, person.end - 1)
    if len(words) < 3:
        return None  # "la ceremonia de transmisión" alone
    label = " ".join(words)
    return label[:1].upper() + label[1:], last


def _organizer(parsed, noun):
    """"convocada por X", "que X organizó": the one who calls the gathering."""
    for child in list(noun.children) + _past_its_place(parsed, noun):
        # "El mitin, organizado por X, reunió ...": the model often makes it an adjective
        if child.dep_ not in ("acl", "amod") or verb_lemma(child) not in _ORGANIZING:
            continue
        for agent in child.children:
            # "organizado por la dirección provincial de Vox": by the party
            mention = parsed.mention(agent) or party_of_body(parsed, agent) or \
                apposed_agent(parsed, agent, parsed.is_agent)  # "por su asociación, X"
            if mention is None or not parsed.kb.is_a(mention.key, AGENT):
                continue
            by = any(k.dep_ == "case" and k.lower_ == "por" for k in agent.children)
            if by and agent.dep_ in ("obl", "obl:agent", "nmod", "obj") or agent.dep_ == "nsubj":
                return mention
    return None


def _past_its_place(parsed, noun) -> list:
    """"un acto en Teruel organizado por Vox": the small model hangs the participle on the
    place the gathering is held in; agreeing with the noun, it is the gathering's."""
    end = held_in(parsed, noun.doc, noun.i + 1)
    # "el acto del sábado en el Centro Cívico, organizado por ...": on a complement of it
    heads = noun.doc[noun.i + 2:end + 1] if end is not None else [
        c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i]
    gender = noun.morph.get("Gender")
    return [c for t in heads for c in t.children
            if c.dep_ in ("acl", "amod") and c.i > max(end or 0, t.i) and
            c.morph.get("Gender") == gender and c.morph.get("Number") == noun.morph.get("Number")]


def _lead_host(parsed, noun):
    """The party of the unnamed gathering the lead reports (unnamed_hosts); the later noun
    that gave it names the same gathering. A lead introduces the gathering it reports ("un
    mitin"); "el acto más multitudinario de la campaña" is one among others."""
    if not parsed.described_topic or _named_before(parsed, noun.i) or not any(
            c.dep_ == "det" and fold(c.lower_) in ("un", "una") for c in noun.children):
        return None
    in_lead = lead_position(parsed, noun) <= _LEAD
    # a profile may come to the gathering it reports past its lead; the first it tells, when
    # its own party holds it, is that one
    first = not any(kind_of(t) is not None for t in parsed.doc[:noun.i])
    party = holder_party(parsed, noun) if in_lead or first else None
    if party is not None:
        if not in_lead:
            parsed.first_held.add(noun.i)
        return party
    party, later = later_organizer(parsed, noun, kind_of)
    # past the lead, only the definite noun of the next sentence points back to "un mitin"
    if party is None or not in_lead and \
            parsed.sentence_of(later) - parsed.sentence_of(noun) > _NEXT:
        return None
    parsed.same_gathering[later.i] = noun.i
    return party


def _named_before(parsed, index: int) -> bool:
    """Whether the text names an event before token `index` (the first event it tells is
    the one it is about)."""
    return any(m.start < index and m.kind != METONYM and parsed.kb.is_a(m.key, EVENT) and
               not _race(parsed, m.key) for m in parsed.linked.mentions) or any(
        start < index and not _race(parsed, key) for key, start in parsed.named_events.items())


def _race(parsed, key: str) -> bool:
    return parsed.kb.is_a(key, ELECTION) or parsed.kb.is_a(key, ROUND)


def _label(parsed, key: str) -> str:
    entity = parsed.linked.entities.get(key)
    return entity.label if entity is not None else parsed.kb.label(key)


def gathering_behind_time(parsed, noun) -> list[End]:
    """"el debate que la cadena organizó el martes, en el que participaron A y B": the small
    model hangs the second relative on the day the first one names; it is the gathering's."""
    if folded_lemma(noun) not in _WHEN or noun.head.dep_ not in ("acl", "acl:relcl"):
        return []
    gathering = noun.head.head
    if gathering.i not in parsed.described and kind_of(gathering) is None:
        return []
    return [e for e in parsed.ends(gathering) if parsed.kb.is_a(e.key, EVENT)]
