"""Whether a title without a name may stand for the person the text named before, and whether
the office it names is that person's: "el exalcalde limeño" is the Peruvian named before, "el
presidente de Brasil" a person the text gave Brazil or no country in an article on Brazil;
"el hijo del presidente" is not the president, and "el ministro húngaro de Exteriores,
Péter Szijjártó" is the name after it."""

from __future__ import annotations

from graph.ingest.nlp.gazetteer import regional_demonym
from graph.ingest.nlp.references import country_of
from graph.ingest.nlp.words import KIN, folded_lemma
from graph.ingest.reading import fold


def elsewhere(parsed, token) -> bool:
    """Whether the title is not one a reference bears: a relative's ("el hijo del
    presidente"), a name's beside it, or a copula's predicate ("quiero ser el presidente de
    los portugueses", said of the copula's subject, with its mood); one given with "también"
    is read by `also_titles`."""
    if any(c.dep_ == "cop" or fold(c.lower_) == "tambien" and c.i < token.i
           for c in token.children):
        return True
    return token.dep_ == "nmod" and folded_lemma(token.head) in KIN or any(
        c.dep_ in ("appos", "flat") and c.i > token.i and parsed.mention(c) and
        parsed.is_person(parsed.mention(c).key) for c in token.children)


def in_its_country(parsed, title, person: str) -> bool:
    """The title's place is the person's country, by the graph, else by the text (a person it
    gave no country is of the country the article is about)."""
    if not title.countries:
        return False
    places = set(title.countries) | {country_of(c) for c in title.countries}
    own = parsed.kb.country(person)
    if own is not None:
        return parsed.kb.label(own) in places
    if person in parsed.nationality:
        return parsed.nationality[person] in places
    return parsed.elections.document_country() in places


# Heads of state a bare title names in an article on their country ("el mandatario" names no
# office for sure: a president or a prime minister)
_NATIONAL = {"presidente", "presidenta"}


def place_bare_title(parsed, title):
    """"La presidenta nunca me ha recibido", "acompañar al primer ministro" in an article on
    Mexico or Hungary: a head of state or government named by the bare title is that
    country's."""
    national = title.word in _NATIONAL or title.word in ("ministro", "ministra") and any(
        fold(m) in ("primer", "primera") for m in title.modifiers)
    token = parsed.doc[title.token]
    following = fold(parsed.doc[title.token + 1:title.token + 3].text.lower())
    # "el presidente andaluz" heads a region, not the country
    regional = any(t.pos_ == "ADJ" and regional_demonym(t.text)
                   for t in parsed.doc[title.token + 1:title.last + 1])
    predicate = any(c.dep_ in ("cop", "acl", "acl:relcl") for c in token.subtree
                    if c.i != token.i)
    if national and not (title.targets or title.countries or title.complement or regional or
                         predicate) and following != "en funciones":
        # a predicate ("será la presidenta que Colombia necesita") is no reference; "el
        # presidente en funciones" is often a region's
        country = parsed.elections.document_country()
        if country:
            title.countries.append(country)
    return title
