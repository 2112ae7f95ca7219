"""Whose country an office without one takes ("el vicepresidente JD Vance", "el presidente
Gustavo Petro"), when the graph does not know the person: the country the text gives the
person elsewhere ("el colombiano Petro"), else the sentence's or the article's, but not the
article's when the sentence points away from it, nor one whose office of that title the text
already gave someone else ("El presidente de Ecuador, Daniel Noboa" makes "el presidente
Gustavo Petro" in the same report no president of Ecuador)."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, NETWORK, PARTY
from graph.ingest.nlp.country_cues import names_people
from graph.ingest.nlp.public_figures import figure_country
from graph.ingest.nlp.words import (
    CANONICAL,
    PERSON_NOUNS,
    PROFESSIONS,
    base_role,
    demonym_label,
    role_kind,
    verb_lemma,
)
from graph.ingest.reading import fold

# Titles a country gives one person at a time
_ONE_HOLDER = {"presidente", "vicepresidente"}
# The countries with an office called "canciller"
_CHANCELLORIES = {fold(name.lower()) for name in (
    "Alemania", "Austria", "Argentina", "Bolivia", "Brasil", "Chile", "Colombia", "Costa Rica",
    "Cuba", "Ecuador", "El Salvador", "Guatemala", "Honduras", "México", "Nicaragua", "Panamá",
    "Paraguay", "Perú", "República Dominicana", "Uruguay", "Venezuela")}
# Kingdoms, whose head of state is no president
_KINGDOMS = {fold(name.lower()) for name in (
    "España", "Reino Unido", "Países Bajos", "Bélgica", "Suecia", "Noruega", "Dinamarca",
    "Luxemburgo", "Mónaco", "Liechtenstein", "Andorra", "Japón", "Marruecos", "Jordania",
    "Arabia Saudí", "Tailandia", "Canadá", "Australia", "Nueva Zelanda")}
# Countries with no office called prime minister
_NO_PREMIER = {"espana"}
# Verbs of going somewhere: their destination is where the office holder is not
_GOING = {"viajar", "llegar", "volar", "ir", "venir", "regresar", "volver", "trasladar",
          "desplazar", "visitar", "acudir", "aterrizar", "partir"}


def elsewhere(doc, title, place_token) -> bool:
    """"El primer ministro, Donald Tusk, que no viajó a Washington": a city the title's
    holder goes to, and "Washington pretende decidir", a city standing for its government,
    say nothing of where the office is."""
    if place_token.dep_ in ("nsubj", "nsubj:pass"):
        return True
    verb = place_token.head
    if from_afar(place_token, title):
        return True
    if verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) not in _GOING:
        return False
    holder = {title.token, *range(title.first, title.last + 1)}
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    relative = verb.dep_ == "acl" and verb.head.i in holder or \
        verb.dep_ == "acl" and any(t.i in holder for t in verb.head.subtree if t.i < verb.i)
    return subject is not None and (subject.i in holder or subject.head.i in holder) or \
        subject is not None and subject.pos_ == "PRON" and relative


def from_afar(place_token, title) -> bool:
    """"Desde Madrid, Abascal elogió a la primera ministra": where someone else speaks or
    sends a message from is not where the office is."""
    if not any(c.dep_ == "case" and fold(c.lower_) == "desde" for c in place_token.children):
        return False
    verb = place_token.head
    if verb.pos_ not in ("VERB", "AUX"):  # "Desde Madrid," hung on a paragraph break
        verb = next((t for t in place_token.sent if t.i > place_token.i and
                     t.pos_ in ("VERB", "AUX")), verb)
    holder = set(range(title.first, title.last + 1)) | {title.token}
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    return subject is not None and subject.i not in holder and subject.head.i not in holder


def sentence_demonyms(parsed, title) -> set[str]:
    """The countries the title's sentence names by an adjective outside the title itself
    ("algún periódico alemán"), but not on another person."""
    sentence = parsed.doc[title.token].sent
    countries = set()
    for token in sentence:
        if title.first <= token.i <= title.last or token.pos_ != "ADJ":
            continue
        country = demonym_label(token)
        if country and parsed.mention(token) is None and not on_a_person(parsed, token):
            countries.add(country)
    return countries


def on_a_person(parsed, demonym) -> bool:
    """"El presidente Dan no recibió al político polaco": a demonym on another person says
    where that one comes from (a visitor, a counterpart), not where the office is; one on a
    thing or a place ("un periódico alemán"), or on another office ("el presidente polaco"),
    points the sentence abroad."""
    head = demonym.head
    if demonym.dep_ != "amod" or head == demonym:
        return False
    word = base_role(head)[0]
    if word is not None:
        return role_kind(word) not in ("head", "office", "deputy", "seat")
    mention = parsed.mention(head)
    return fold(head.lower_) in PERSON_NOUNS | PROFESSIONS or names_people(head) or \
        mention is not None and parsed.is_person(mention.key)


def held_by_another(parsed, word: str, person: str, country: str) -> bool:
    """Whether the text calls another person by this title of this country."""
    word = CANONICAL.get(word, word)
    if word not in _ONE_HOLDER:
        return False  # "jefe" heads many things; a country has one president
    return any(other != person and parsed.nationality.get(other) == country
               for key, holders in parsed.titled.items() if CANONICAL.get(key, key) == word
               for other in holders)


def context_country(reader, title, person: str, named: set[str]) -> str | None:
    """The country of an office from the sentence (`named`: the countries its names place)
    and the article, for a person the graph does not place; none that has no office of the
    title's name."""
    country = _context_country(reader, title, person, named)
    if country is not None and "primer" in title.modifiers and \
            fold(country.lower()) in _NO_PREMIER:
        return None  # Spain's head of government is its "presidente del Gobierno"
    return country if country is None or titled_there(title.word, country) else None


def titled_there(word: str, country: str) -> bool:
    """"Canciller" is the head of government in Germany and Austria and the foreign minister
    in Latin America; Spain, Portugal or the United States have no office of that name, so
    "el canciller Merz" in a Spanish report is not Spain's. A kingdom has no president of
    its own: "la presidenta en funciones" in a Spanish report heads a region or a
    government, not Spain."""
    word = CANONICAL.get(word, word)
    if word == "presidente":
        return fold(country.lower()) not in _KINGDOMS
    if word != "canciller":
        return True
    return fold(country.lower()) in _CHANCELLORIES


def _context_country(reader, title, person: str, named: set[str]) -> str | None:
    own = reader.parsed.nationality.get(person) or figure_country(reader.kb.label(person))
    if own:
        return own
    demonyms = sentence_demonyms(reader.parsed, title)
    if len(named) == 1:
        country = next(iter(named))
        return None if demonyms - {country} else country
    if named:
        return None
    country = reader.parsed.elections.document_country()
    if country is None or demonyms - {country}:
        return None  # "el vicepresidente Vance" beside "un periódico alemán" in Budapest
    return None if held_by_another(reader.parsed, title.word, person, country) else country


def of_an_organization(parsed, demonym) -> bool:
    """"el vicepresidente de la Liga italiana": a demonym right after a party's name, or on
    it, says where the party is, not whose national office the title is (while "el Congreso
    peruano", a state's body, is that state's)."""
    previous = parsed.mention(demonym.doc[demonym.i - 1]) if demonym.i else None
    owner = parsed.mention(demonym.head) if demonym.head != demonym else None
    return any(m is not None and any(parsed.kb.is_a(m.key, c) for c in (PARTY, COALITION,
                                                                         NETWORK))
               for m in (previous, owner))
