"""A party's adjective used alone for a person: "el republicano", "la popular", "al
socialista". Without a tie the text made before, it stands for the one person of its gender
named in its sentence or the one before, tied to no other party; and says that person is
the party's member."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.ends import End, gender_of
from graph.ingest.nlp.events import is_definite, phrase_words
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold


def member_by_salience(parsed, party: str, token) -> str | None:
    gender = gender_of(token)
    fitting = {key for _, key in parsed.persons_before(token.i, back=1)
               if not gender or parsed.gender_fits(key, gender)}
    if not fitting:
        # "El jefe de Estado chileno agradeció… Por la tarde, el republicano participó": the
        # one acting last, named by a title, when no person of its gender was named since
        focus = parsed.focus(parsed.sentence_of(token.idx), before=token.i)
        fitting = {focus} if focus and parsed.is_person(focus) and (
            not gender or parsed.gender_fits(focus, gender)) else set()
    if len(fitting) != 1:
        return None
    person = fitting.pop()
    elsewhere = {org for org, key in parsed.affiliation.items()
                 if key == person and org != party and parsed.kb.is_a(org, PARTY)}
    if elsewhere or gender == "Fem" and "Fem" not in (parsed.gender.get(person),
                                                      parsed.named_gender.get(person)):
        return None  # of another party; "la popular" for a woman the text showed as one
    return person


def _nominalized(token) -> bool:
    """An adjective standing as a noun right after its article ("el republicano", "al
    socialista"), not one after another noun ("el armado libertario")."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.head == token and before.dep_ in ("det", "case")


def party_noun_claims(parsed, token) -> list[Found]:
    """"el republicano participó": the person it stands for is the party's member."""
    if token.pos_ != "NOUN" or not token.is_lower or token.morph.get("Number") != ["Sing"] \
            or not is_definite(token) or folded_lemma(token) in ("partido", "formacion") or \
            parsed.mention(token) is not None:
        return []
    if not _nominalized(token):
        return []  # "El armado libertario": the adjective of a noun the parser made its head
    party = parsed.events.common(token.text, phrase_words(token))
    if party and parsed.kb.is_a(party, PARTY):
        # the text's own party of that adjective before the graph's ("el libertario" beside
        # La Libertad Avanza is its member, not of the graph's Partido Nacional Libertario)
        party = parsed.party_adjectives.get(fold(token.lower_), party)
    if not party or not parsed.kb.is_a(party, PARTY) or not parsed.fits_context(party, token):
        return []
    return [Found("memberOf", person, End(party, token.i, token.i), 0.6, "reference", token.i)
            for person in parsed.ends(token) if parsed.is_person(person.key)]
