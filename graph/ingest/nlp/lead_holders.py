"""Who holds the gathering a chronicle's lead reports without naming it, when the one who
holds it is not "the leader of X": the party itself ("Vox celebró un acto"), one of its bodies
("En un acto en Santander, la dirección de Vox la proclamó candidata"), or a person the lead
titles only once, after a party ("Abascal protagonizó un mitin ... El líder de Vox había
elegido Málaga"). The gathering is then that party's ("Mitin de Vox")."""

from __future__ import annotations

from graph.ingest.knowledge import AGENT, PARTY, PERSON
from graph.ingest.nlp.apposed_agents import BODIES
from graph.ingest.nlp.ends import METONYM
from graph.ingest.nlp.words import folded_lemma, is_role_noun, of_complements

# Sentences of the headline, deck and lead, where a bare title still points back to the person
# the chronicle is about
_LEAD = 3


def _party(parsed, token):
    return _named(parsed, token, PARTY)


def _named(parsed, token, kind):
    mention = parsed.mention(token)
    if mention is not None and mention.kind != METONYM and parsed.kb.is_a(mention.key, kind):
        return mention
    return None


def of_holder(parsed, noun, kind=AGENT):
    """"el líder de Vox", "el mitin de Vox", "la toma de posesión de Paz": the one of `kind`
    a noun's "de" complement names."""
    for child in of_complements(noun):
        named = _named(parsed, child, kind)
        if named is not None:
            return named
    return None


def named_body(parsed, noun):
    """"el movimiento Patria Austral", "la fundación Causa Atlántica": the party or other body
    a common noun for a body names right after it."""
    if noun.pos_ != "NOUN" or folded_lemma(noun) not in BODIES:
        return None
    name = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if name is None or name.pos_ != "PROPN" or name.head != noun or \
            name.dep_ not in ("appos", "flat", "nmod") or name.dep_ == "nmod" and any(
                c.dep_ == "case" for c in name.children):
        return None
    mention = parsed.mention(name)
    if mention is None or mention.kind == METONYM or parsed.is_person(mention.key):
        return None
    return mention if parsed.kb.is_a(mention.key, AGENT) else None


def _bare_titles_party(parsed):
    """The one party the lead's bare titles name ("El líder de Vox había elegido ..."): a
    title with no name beside it points back to the person the chronicle is about."""
    parties = set()
    found = None
    for token in parsed.doc:
        if parsed.sentence_of(token) > _LEAD:
            break
        if not is_role_noun(token) or token.dep_ not in ("nsubj", "obj", "obl") or any(
                c.dep_ in ("appos", "flat", "nmod") and parsed.mention(c) is not None and
                parsed.is_person(parsed.mention(c).key) for c in token.children):
            continue
        party = of_holder(parsed, token, PARTY)
        if party is not None:
            parties.add(party.key)
            found = found or party
    return found if len(parties) == 1 else None


def subject_party(parsed, subject, party_of_body):
    """The party that the subject of a holding verb stands for: the party named, one of its
    bodies, or a person the lead's bare titles tie to one party."""
    party = _party(parsed, subject)
    if party is not None:
        return party
    party = party_of_body(parsed, subject)
    if party is not None:
        return party
    mention = parsed.mention(subject)
    if mention is not None and mention.kind != METONYM and \
            parsed.kb.is_a(mention.key, PERSON):
        for title in subject.children:  # "Abascal, líder de Vox, protagonizó ..."
            if title.dep_ == "appos" and is_role_noun(title):
                party = of_holder(parsed, title, PARTY)
                if party is not None:
                    return party
        return _bare_titles_party(parsed)
    return None
