"""Whether a title without a name may stand for the person the text named before, and whether
the office it names is that person's: "el exalcalde limeño" is the Peruvian named before, "el
presidente de Brasil" a person the text gave Brazil or no country in an article on Brazil;
"el hijo del presidente" is not the president, and "el ministro húngaro de Exteriores,
Péter Szijjártó" is the name after it."""

from __future__ import annotations

from graph.ingest.nlp.continued_subjects import country_of
from graph.ingest.nlp.ends import End, gender_of
from graph.ingest.nlp.gazetteer import place, regional_demonym
from graph.ingest.nlp.gazetteer_regions import shared_countries
from graph.ingest.nlp.party_seats import of_one_body
from graph.ingest.nlp.person_countries import person_country
from graph.ingest.nlp.triggers import SAYING
from graph.ingest.nlp.words import KIN, folded_lemma, is_role_noun, role_kind
from graph.ingest.reading import fold


def elsewhere(parsed, token) -> bool:
    """Whether the title is not one a reference bears: a relative's or another title's ("el
    hijo del presidente", "el asesor del presidente"), a name's beside it, a predicate after
    "como", or a copula's predicate ("quiero ser el presidente de
    los portugueses", said of the copula's subject, with its mood); one given with "también"
    is read by `also_titles`."""
    if any(c.dep_ == "cop" or fold(c.lower_) == "tambien" and c.i < token.i
           for c in token.children):
        return True
    if any(c.dep_ in ("case", "mark") and c.lower_ == "como" and c.i < token.i
           for c in token.children):
        return True  # "se comporta como el verdadero líder de la oposición": a predicate
    # "el director político del primer ministro": the complement's holder is another person
    # than the one the head title is said of, and the text does not name them here
    of_another = token.dep_ == "nmod" and token.head.i < token.i and (
        folded_lemma(token.head) in KIN or is_role_noun(token.head))
    # "Tino Chrupalla, el otro copresidente de la AfD": another holder than one named before,
    # the name it is the apposition of
    named = parsed.mention(token.head) if token.dep_ == "appos" and token.head.i < token.i \
        else None
    if named is not None and parsed.is_person(named.key) and any(
            fold(t.lower_) in ("otro", "otra") for t in token.subtree if t.i < token.i):
        return True
    return of_another or any(
        c.dep_ in ("appos", "flat") and c.i > token.i and parsed.mention(c) and
        parsed.is_person(parsed.mention(c).key) for c in token.children)


# A title that is a clause's own argument after a fronted name ("Para Ana Gil, el alcalde
# no tiene razón") or one of a list ("X, el alcalde y el concejal") is someone else.
_ITS_OWN = {"nsubj", "nsubj:pass", "obj", "iobj", "conj"}


def name_before(parsed, token, end: int):
    """"Enfrente está X, el alcalde de Recife, que ...": the person (an end over the title's
    tokens to `end`) whose name a title set off by a comma right after it is said of, however
    the parse hangs it, not whoever else a reference would find ("con el apoyo del presidente
    Y"); None if there is none."""
    first = min([token.i] + [c.i for c in token.children if c.dep_ == "det"])
    if first < 2 or token.doc[first - 1].text != "," or token.dep_ in _ITS_OWN:
        return None
    before = parsed.mention(token.doc[first - 2])
    if before is None or not parsed.is_person(before.key):
        return None
    return End(before.key, token.i, end, reference=True, distance=0)


def in_its_country(parsed, title, person: str, said: bool = False) -> bool:
    """The title's place is the person's country, by the graph, else by the text (a person it
    gave no country is of the country the article is about, unless the title says its
    country: "el presidente salvadoreño" resolved to a person of no known country, and of no
    other, is that country's)."""
    if not title.countries:
        # "la diputada": a seat of no country said; "el ministro" alone (see bare_office)
        return role_kind(title.word) == "seat" or bare_office(parsed.doc, "office", title)
    if all(place(c) is None for c in title.countries):
        # "la exalcaldesa de Providencia": a town the gazetteer does not place says no
        # country to check the person's against
        return True
    places = set(title.countries) | {country_of(c) for c in title.countries} | {
        s for c in title.countries for s in shared_countries(c)}
    own = person_country(parsed, person, title.countries)
    if own is not None:
        return own in places
    if said and _alone(parsed, title.token, person, places):
        return True
    return parsed.elections.document_country() in places


def _alone(parsed, index: int, person: str, places: set[str]) -> bool:
    """Whether `person` is the only one named in the sentence of token `index` or the one
    before whom the title's country may fit ("Urquiza y Salinas llegaron. El presidente
    paraguayo..." is either)."""
    fitting = set()
    for _, key in parsed.persons_before(index, back=1):
        country = person_country(parsed, key, places)
        if country is None or country in places:
            fitting.add(key)
    return fitting == {person}


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
    if (national and not title.complement or _of_government(title)) and not (
            title.targets or title.countries or regional or predicate) and \
            following != "en funciones":
        # a predicate ("será la presidenta que Colombia necesita") is no reference; "el
        # presidente en funciones" is often a region's
        country = parsed.elections.document_country()
        if country:
            title.countries.append(country)
    return title


# The state's own executive: "el vicepresidente del Gobierno", "la jefa del Ejecutivo"
_GOVERNMENT = {"de gobierno", "del gobierno", "del ejecutivo", "del consejo de ministros"}


def _of_government(title) -> bool:
    """"el vicepresidente del Gobierno", "el ministro de Infraestructuras": an office of the
    state's executive whose country the title leaves unsaid (a minister's portfolio is a
    capitalized complement)."""
    complement = fold(title.complement.lower())
    portfolio = title.word in ("ministro", "ministra") and title.complement[3:4].isupper()
    return complement in _GOVERNMENT or portfolio and complement.startswith(("de ", "del "))


def lead(token):
    """The title whose determiner a coordinated one shares: "el vicepresidente del Gobierno y
    ministro de X" are two titles of one person, the second with no article of its own."""
    head = token.head
    if token.dep_ == "conj" and head.pos_ == "NOUN" and head.i < token.i and \
            is_role_noun(head) and not any(c.dep_ == "det" for c in token.children) and \
            not any(t.is_punct for t in token.doc[head.i + 1:token.i]):
        return head
    return token


_LAWMAKERS = {"legislador", "legisladora", "parlamentario", "parlamentaria"}


def refers(doc, kind: str, title, reference_kind: bool) -> bool:
    """Whether a title without a name may be read as a reference: one of a party's or an
    organization's roles ("el líder republicano"), or an office of a country, said or the
    article's ("el exalcalde limeño", "el vicepresidente del Gobierno")."""
    office = kind in ("head", "office", "deputy")
    if fold(title.word) in _LAWMAKERS and not (title.targets or title.countries or
                                               title.complement):
        return False  # "la legisladora" says no chamber: an office of nothing in particular
    if kind == "seat":
        # "…", dijo la diputada: the one who speaks, named by a bare seat, which needs no
        # country ("Diputado"); one with more words is read with what is beside it
        token = doc[title.token]
        if seat_subject(token, title):
            return True
        return not (title.targets or title.countries or title.complement) and \
            title.last == title.token and token.head.i < token.i and \
            folded_lemma(token.head) in SAYING and not any(
                c.dep_ in ("acl", "acl:relcl", "appos", "amod") for c in token.children)
    if bare_office(doc, kind, title):
        return True
    return (reference_kind or office and title.countries) and bool(
        title.targets or title.countries and office)


def bare_office(doc, kind: str, title) -> bool:
    """"El ministro es, desde hace dos años, …", "La secretaria general de la Presidencia pasó
    doce horas en la provincia": an office of no country said, the subject of its clause,
    stands for the one person of its gender just named (see `sole_person`); its office is
    named without a country ("Ministra o ministro")."""
    if kind != "office" or title.countries or title.targets:
        return False
    token = doc[title.token]
    after = doc[title.last + 1] if title.last + 1 < len(doc) else None
    closed = after is None or after.is_punct or after.pos_ in ("VERB", "AUX") or \
        fold(after.lower_) in ("se", "lo", "la", "le", "les", "ya", "no", "nunca", "tambien")
    return token.dep_ in ("nsubj", "nsubj:pass") and closed and \
        not (token.head.i < token.i and folded_lemma(token.head) in SAYING)


def seat_subject(token, title) -> bool:
    """"El diputado, que fue candidato en 2021, …", "el eurodiputado francés viajó": a seat
    that is the subject of its clause, of no party or body said or of one only ("el
    eurodiputado de Vox"), is the seat of the one the clause is about (when `sole_person`
    finds them)."""
    doc = token.doc
    after = doc[title.last + 1] if title.last + 1 < len(doc) else None
    # "el diputado en el Congreso por Valencia Ignacio Gil" goes on to its holder's name
    closed = after is None or after.is_punct or after.pos_ in ("VERB", "AUX") or \
        after.lower_ in ("que", "ya", "no", "también", "tambien")
    return token.dep_ in ("nsubj", "nsubj:pass") and closed and not title.complement and \
        (not title.targets or of_one_body(title)) and \
        not (token.head.i < token.i and folded_lemma(token.head) in SAYING)


def sole_person(parsed, token, person: str) -> bool:
    """Whether `person` is the only one of the title's gender named in the sentence before
    `token` and in the one before it ("Urquiza y Salinas hablaron. El diputado …" is
    either; "Urquiza recibió a Beltrán. La senadora …" is not read by the name's gender)."""
    gender = gender_of(token)
    fitting = {key for _, key in parsed.persons_before(token.i, back=1)
               if not gender or parsed.gender_fits(key, gender)}
    # the feminine is marked: "la eurodiputada" is a woman the text showed as one
    shown = gender != "Fem" or parsed.gender.get(person) == "Fem" or \
        parsed.named_gender.get(person) == "Fem"
    return fitting == {person} and shown


def portfolio_end(parsed, token, word: str, end: int) -> int:
    """The end of a title whose complement names an executive the linker does not hold ("el
    vicepresidente del Gobierno", "el ministro de Asuntos Exteriores"), else `end`."""
    doc = token.doc
    if end + 2 >= len(doc) or doc[end + 1].lower_ not in ("de", "del"):
        return end
    last, i = end, end + 2
    while i < len(doc):
        if doc[i].text[:1].isupper() and doc[i].pos_ in ("PROPN", "NOUN") and \
                parsed.mention(doc[i]) is None:
            last = i
        elif not (doc[i].lower_ in ("y", "e", "de", "del") and i + 1 < len(doc) and
                  doc[i + 1].text[:1].isupper()):
            break
        i += 1
    named = fold(doc[end + 1:last + 1].text.lower())
    minister = word in ("ministro", "ministra")
    return last if last > end and (named in _GOVERNMENT or minister) else end
