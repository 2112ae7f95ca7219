"""Whose is the gathering a chronicle reports without naming it, when its lead says only "un
mitin": the party of the titled person who holds it ("El líder de Vox protagoniza un mitin",
"la candidata del PP cerró la campaña con un acto"), or the party a later sentence says
organized it ("El acto, organizado por la dirección provincial de Vox, ..."). The event is then
named as its kind and that party ("Mitin de Vox"), as such events are named."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY, PLACE
from graph.ingest.nlp.ends import METONYM
from graph.ingest.nlp.lead_holders import subject_party
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.words import folded_lemma, is_role_noun, verb_lemma
from graph.ingest.reading import fold

# A party's own bodies, which act for it: "la dirección provincial de Vox", "las juventudes
# del PP", "la agrupación local de Chega", "la mesa provincial de La Libertad Avanza"
BODY_NOUNS = {"direccion", "ejecutiva", "agrupacion", "juventud", "juventudes", "federacion",
              "comite", "secretaria", "sede", "organizacion", "estructura", "delegacion",
              "gestora", "coordinadora", "seccion", "militancia", "cupula", "junta", "consejo",
              "grupo", "comando", "campana", "equipo", "mesa", "conduccion", "comision",
              "directiva", "rama", "aparato", "dirigencia", "directorio", "armado"}
# Words that stand for a party the text has named ("la dirección regional del partido")
_PARTY_WORDS = {"partido", "formacion"}
# Verbs whose subject holds or heads the gathering its object or oblique names
_HOLDING = {"protagonizar", "celebrar", "encabezar", "presidir", "ofrecer", "dar",
            "cerrar", "abrir", "clausurar", "inaugurar", "arropar", "respaldar", "acompanar",
            "participar", "intervenir", "hablar", "reunir", "congregar", "llenar", "presentar",
            "arrancar", "iniciar", "comenzar", "terminar", "acabar", "concluir", "organizar",
            "convocar"}
_ORGANIZING = {"organizar", "convocar", "promover", "impulsar", "patrocinar", "auspiciar",
               "preparar", "montar", "coorganizar"}


def party_of_body(parsed, noun):
    """"la dirección provincial de Vox": the party whose body the noun is, or None."""
    if fold(noun.lower_) not in BODY_NOUNS and folded_lemma(noun) not in BODY_NOUNS and \
            not any(c.dep_ == "amod" and c.i < noun.i and fold(c.lower_) in BODY_NOUNS
                    for c in noun.children):  # "el armado provincial", parsed as adjectives
        return None
    for child in noun.children:
        if child.dep_ != "nmod" or child.i < noun.i or \
                not any(k.dep_ == "case" and k.lower_ in ("de", "del") for k in child.children):
            continue
        mention = parsed.mention(child)
        if mention is None and folded_lemma(child) in _PARTY_WORDS:
            mention = _party_told_before(parsed, child)
        if mention is not None and mention.kind != METONYM and \
                parsed.kb.is_a(mention.key, PARTY):
            return mention
    return None


def _party_told_before(parsed, noun):
    """"La Libertad Avanza eligió La Pampa ... organizado por el armado provincial del
    partido": the one party named in the sentence or the one before, standing at "partido"."""
    here = parsed.sentence_of(noun)
    parties = {m.key: m for m in parsed.linked.mentions
               if m.start < noun.i and m.kind != METONYM and parsed.kb.is_a(m.key, PARTY) and
               here - parsed.sentence_of(parsed.doc[m.start]) <= 1}
    if len(parties) != 1:
        return None
    mention = next(iter(parties.values()))
    return Mention(noun.i, noun.i + 1, noun.text, mention.key, mention.cls, "reference")


def holder_party(parsed, noun):
    """"El líder de Vox protagoniza un mitin": the party in the title of the subject of the
    verb whose object or oblique the kind noun is."""
    verb = noun.head
    # "En un acto en Santander, la dirección de Vox la proclamó candidata": what the subject
    # does at the gathering, it does at its own
    at = noun.dep_ == "obl" and any(c.dep_ == "case" and c.lower_ == "en"
                                    for c in noun.children)
    if noun.dep_ not in ("obj", "obl") or verb.pos_ != "VERB" or \
            verb_lemma(verb) not in _HOLDING and not at:
        return None
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        if not is_role_noun(subject):
            return subject_party(parsed, subject, party_of_body)
        for child in subject.children:
            mention = parsed.mention(child)
            if child.dep_ == "nmod" and child.i > subject.i and mention is not None and \
                    mention.kind != METONYM and parsed.kb.is_a(mention.key, PARTY):
                return mention
    return None


def later_organizer(parsed, noun, kind_of):
    """"El acto, organizado por la dirección provincial de Vox": the party a later definite
    gathering noun of the text is organized by, read as the organizer of the one the lead
    reports when the text names no other; with that later noun, which names the same."""
    for later in parsed.doc[noun.i + 1:]:
        if kind_of(later) is None or later.morph.get("Number") == ["Plur"] or not any(
                c.dep_ == "det" and fold(c.lower_) in ("el", "la", "este", "esta")
                for c in later.children):
            continue
        for participle in later.children:
            if participle.dep_ not in ("acl", "amod") or \
                    verb_lemma(participle) not in _ORGANIZING:
                continue
            for agent in participle.children:
                if not any(k.dep_ == "case" and k.lower_ == "por" for k in agent.children):
                    continue
                mention = parsed.mention(agent)
                if mention is not None and mention.kind != METONYM and \
                        parsed.kb.is_a(mention.key, PARTY):
                    return mention, later
                party = party_of_body(parsed, agent)
                if party is not None:
                    return party, later
    return None, None


def organized_apart(parsed, noun, owner: str) -> bool:
    """"una cumbre de Patriotas por Europa organizada por su partido": the gathering names an
    organizer other than `owner` by an agent of its own, so its "de" complement is what the
    gathering is of, not its host."""
    for participle in noun.children:
        if participle.dep_ not in ("acl", "amod") or verb_lemma(participle) not in _ORGANIZING:
            continue
        for agent in participle.children:
            if agent.pos_ in ("NOUN", "PROPN") and \
                    any(k.dep_ == "case" and k.lower_ == "por" for k in agent.children):
                # an agent not read as the owner ("por su partido") is another's word for
                # who holds it
                mention = parsed.mention(agent) or party_of_body(parsed, agent)
                if mention is None or mention.key != owner:
                    return True
    return False


def held_in(parsed, doc, i: int) -> int | None:
    """"... en Oviedo", "... en Las Palmas de Gran Canaria" right after the gathering's owner:
    the last token of the place it is held in, or None."""
    if i + 1 >= len(doc) or doc[i].lower_ != "en":
        return None
    mention = parsed.mention(doc[i + 1])
    if mention is None or mention.start != i + 1 or mention.kind == METONYM or \
            not parsed.kb.is_a(mention.key, PLACE):
        return None
    return mention.end - 1


def after_a_name(noun) -> bool:
    """"Viva 22, el festival de Vox": the noun describes the name before its comma."""
    start = noun.left_edge.i
    doc = noun.doc
    while start < noun.i and doc[start].is_punct:
        start += 1  # the small model may hang the comma on the noun
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ in ("PROPN", "NUM")


_QUOTES = {'"', "«", "»", "“", "”"}


def said_of(noun) -> bool:
    """"Pontida es una fiesta de la Liga", "lo calificó de «mitin del PP»": a predicate or a
    quoted epithet says what something is, it tells of no gathering."""
    if any(c.dep_ == "cop" for c in noun.children):
        return True
    before = [t for t in noun.doc[noun.sent.start:noun.i] if t.text in _QUOTES]
    return len(before) % 2 == 1
