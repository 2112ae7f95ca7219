"""The gathering a chronicle's lead reports without any noun for it: the party's leader fills a
venue ("Abascal llena el Palacio de Ferias", "la candidata abarrotó la plaza de toros"), takes
its stage ("subió ayer al escenario del pabellón"), or draws a crowd ("reunió a miles de
simpatizantes en el auditorio"). A party's gathering so told is its rally, named as such
events are ("Mitin de Vox"), unless the text later gives it a more precise kind ("la
marcha"); another body's ("el movimiento X reunió a cuatro mil personas") is the act the text
later calls it. With no body to name it by, or in a text that names or describes the
gathering it reports, there is none to add."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT, PARTY, PLACE
from graph.ingest.mentions import slug
from graph.ingest.model import NEW, CandidateEntity
from graph.ingest.nlp.ends import METONYM
from graph.ingest.nlp.events import event_class
from graph.ingest.nlp.lead_holders import named_body, subject_party
from graph.ingest.nlp.lead_sentences import lead_position
from graph.ingest.nlp.retold_kinds import GENERIC, SPECIFIC, later_kind
from graph.ingest.nlp.unnamed_hosts import party_of_body
from graph.ingest.nlp.words import folded_lemma, is_role_noun, verb_lemma

# The headline, its deck and the lead
_LEAD = 3
_FILLING = {"llenar", "abarrotar", "desbordar", "colmar", "atestar", "petar", "copar"}
_CLIMBING = {"subir", "saltar"}
_DRAWING = {"reunir", "congregar", "convocar", "movilizar", "aglutinar", "juntar", "atraer"}
# Places a rally fills
VENUES = {"palacio", "pabellon", "plaza", "auditorio", "teatro", "estadio", "polideportivo",
          "recinto", "sala", "coliseo", "palau", "salon", "arena", "explanada", "campo", "cine",
          "centro", "palacete", "velodromo", "hipodromo", "frontón", "fronton", "nave", "carpa",
          "anfiteatro", "parque", "paseo", "avenida", "calle", "feria", "ifema", "kursaal"}
# What a crowd came for: "para escuchar a X", "para arropar a X"
_CAME_FOR = {"escuchar", "oir", "arropar", "aplaudir", "ver", "vitorear", "recibir",
             "acompanar", "apoyar", "respaldar", "aclamar", "jalear"}
_STAGES = {"escenario", "estrado", "tribuna", "tarima", "atril", "podio"}
# A crowd drawn, with the "a" of persons: "a miles de simpatizantes", "a cuatro mil
# personas", "a miles" (not "reunió miles de firmas")
_PEOPLE = {"persona", "simpatizante", "seguidor", "militante", "asistente", "fiel",
           "afiliado", "votante", "vecino", "joven", "partidario", "incondicional"}
_MANY = {"miles", "mil", "millar", "millares", "centenar", "centenares", "cientos", "decenas"}


def _crowd(noun) -> bool:
    lemma = folded_lemma(noun)
    if lemma in _PEOPLE:
        return True
    of = [g for g in noun.children if g.dep_ == "nmod"]
    return lemma in _MANY and (not of or any(folded_lemma(g) in _PEOPLE for g in of))


def _told_as_done(verb) -> bool:
    """Past or present, stated: not negated, not to come, not wished."""
    if any(c.dep_ == "advmod" and c.lower_ in ("no", "nunca", "jamás") for c in verb.children):
        return False
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "cop")]
    return not any("Fut" in t.morph.get("Tense") or {"Cnd", "Sub", "Imp"} & set(
        t.morph.get("Mood")) or "Inf" in t.morph.get("VerbForm") for t in forms) and \
        not any(verb_lemma(c) in ("ir", "poder", "deber", "querer", "pensar")
                for c in verb.children if c.dep_ == "aux")


def _venue(parsed, token) -> bool:
    if folded_lemma(token) in VENUES:
        return True
    # "llena Vistalegre": a venue the graph knows as a place
    mention = parsed.mention(token)
    return mention is not None and mention.kind != METONYM and \
        parsed.kb.is_a(mention.key, PLACE) and token.pos_ == "PROPN"


def _fills_a_venue(parsed, verb) -> bool:
    lemma = verb_lemma(verb)
    for child in verb.children:
        cases = {k.lower_ for k in child.children if k.dep_ == "case"}
        if lemma in _FILLING and child.dep_ == "obj" and _venue(parsed, child):
            return True
        if lemma in _CLIMBING and child.dep_ in ("obl", "obj") and cases & {"a", "al"} and \
                folded_lemma(child) in _STAGES:
            return True
        if lemma in _DRAWING and child.dep_ == "obj" and "a" in cases and _crowd(child):
            return True
    return False


def holder(verb):
    """Who fills the venue: the verb's subject, or, when a crowd fills it, the one it came to
    hear ("cuatro mil personas llenaron el pabellón para escuchar a Abascal")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _crowd(subject):
        return subject
    return next(iter(heard(verb)), None)


def heard(verb) -> list:
    """The one the crowd came to hear or cheer: "para escuchar a su fundador, X"."""
    return [c for purpose in verb.children
            if purpose.dep_ in ("advcl", "xcomp") and verb_lemma(purpose) in _CAME_FOR
            for c in purpose.children if c.dep_ in ("obj", "obl") and
            c.pos_ in ("PROPN", "NOUN")][:1]


def _holder(parsed, verb):
    subject = holder(verb)
    if subject is None:
        return None
    named = named_body(parsed, subject)
    if named is not None:
        return named
    if is_role_noun(subject):
        for child in subject.children:
            mention = parsed.mention(child)
            if child.dep_ == "nmod" and mention is not None and \
                    mention.kind != METONYM and parsed.kb.is_a(mention.key, PARTY):
                return mention
        return None
    return subject_party(parsed, subject, party_of_body)


def venue_gathering(parsed, kind_of) -> None:
    """Propose the rally the lead tells by its venue, as the event the text reports; `kind_of`
    gives the kind of gathering a noun names."""
    parsed.venue_verbs = {}
    parsed.venue_party = None  # the party whose rally it is
    if not parsed.described_topic or parsed.named_events:
        return
    for verb in parsed.doc:
        if lead_position(parsed, verb) > _LEAD:
            return
        if verb.pos_ != "VERB" or not _fills_a_venue(parsed, verb) or not _told_as_done(verb):
            continue
        party = _holder(parsed, verb)
        if party is None:
            continue
        entity = parsed.linked.entities.get(party.key)
        # a party's crowd is its rally, unless the text later says it was a march or the
        # like; another body's gathering is the act it is later called
        kind = later_kind(parsed.doc, verb.i, kind_of, SPECIFIC) or (
            "mitin" if parsed.kb.is_a(party.key, PARTY) else
            later_kind(parsed.doc, verb.i, kind_of, GENERIC) or "acto")
        label = kind.capitalize() + " de " + (entity.label if entity is not None
                                              else parsed.kb.label(party.key))
        key = NEW + slug(label)
        # the same rally described later by its noun ("El mitin, organizado por Vox, ...")
        # is the one the lead tells by its venue: the text reports it from the lead on
        described_later = key in parsed.proposals
        if not described_later and (key in parsed.linked.entities or
                                    parsed.kb.is_a(key, EVENT)):
            return
        if key not in parsed.proposals:
            candidate = CandidateEntity(key, label, event_class([kind]), example=verb.sent.text)
            parsed.proposals[key] = candidate
            parsed.kb.candidates[key] = candidate
        parsed.named_events.setdefault(key, verb.i)
        parsed.venue_verbs[verb.i] = key
        parsed.venue_party = party.key
        return

