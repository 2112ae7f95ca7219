"""Where an article is: the country it is about (its dateline's, else the one it names most,
else the one its towns and regions lie in) and the Spanish regions it names. A bare "las
elecciones" or "las autonómicas" is that country's or that region's race."""

from __future__ import annotations

from collections import Counter

from graph.ingest.knowledge import COUNTRY, ORGANIZATION
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp import gazetteer_places as gz_places
from graph.ingest.nlp import gazetteer_towns as gz_towns
from graph.ingest.nlp.country_cues import demonym_weight, named_after, names_an_edition
from graph.ingest.nlp.election_kinds import REGION_WORDS
from graph.ingest.nlp.headlines import headline_end
from graph.ingest.nlp.shared_towns import town_country
from graph.ingest.nlp.words import demonym_label
from graph.ingest.reading import fold

# the towns the gazetteer gives a country, by their folded names
TOWN_NAMES = frozenset(fold(n.lower()) for n, kind, country in gz_towns.ROWS if kind == "city") | \
    frozenset(fold(n.lower()) for row in gz_places.table(gz_places.CITY_COUNTRIES)
              for n in row[0])
_MONTH_PREFIXES = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "set", "oct",
                   "nov", "dic")


def country_of(parsed) -> str | None:
    """The country the article is about: its dateline's, else the one it names most. A
    demonym describing a person ("el presidente argentino") says where that person is from,
    not where the vote is. A text that names no country ("en Rionegro (Antioquia)", "en
    Burgos") is about the one its towns and regions lie in."""
    kb = parsed.kb
    counts = Counter(kb.label(m.key) for m in parsed.linked.mentions
                     if kb.is_a(m.key, COUNTRY) and m.kind != "demonym" and
                     not named_after(parsed.doc, m.start) and
                     not names_an_edition(parsed, m.start))
    for token in parsed.doc:
        label = demonym_label(token) if token.pos_ == "ADJ" else None
        place = gz.place(label) if label else None
        if place is not None and place.kind != "country":
            continue  # "la derecha europea": a continent's, no country's
        if label and parsed.mention(token.head) is None:
            counts[label] += demonym_weight(parsed, token)
    for country in _headline_countries(parsed.doc):
        counts[country] += 3  # "¿Tiene Uruguay su Milei?": what the story is about
    dateline = dateline_country(parsed.doc)
    if dateline == "España" and region_counts(parsed.doc, town_names=False):
        dateline = None  # "MÉRIDA" over a story on Extremadura: its races are the region's
    if dateline:
        counts[dateline] += 3
    if not counts or max(counts.values()) <= 0:
        return None
    aside = _named_in_passing(parsed, counts)
    if aside:
        return aside
    # countries named as often say nothing of where the story is ("¿Y con España?" in an
    # interview in Cali that names Argentina once too): the one its towns and its persons
    # the graph knows are of, when one leads
    setting = _towns(parsed) + _actors(parsed)
    top = max(counts.values())
    settled = _set_elsewhere(counts, setting)
    if settled:
        return settled
    if sum(1 for n in counts.values() if n == top) > 1 and setting:
        ranked = setting.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
    return max(counts, key=lambda country: (counts[country], setting[country]))


def _named_in_passing(parsed, counts: Counter) -> str | None:
    """The country of the towns and regions a column names again and again ("Cuenca", "el
    Azuay") when the one country it names by name is named once in passing ("el discurso que
    Bukele exporta desde El Salvador"); None when a country is named as often as the towns
    are (a dateline or a headline counts thrice) or a Spanish region is named."""
    if region_counts(parsed.doc):
        return None
    towns = _towns(parsed).most_common(1)
    top = max(counts.values())
    if not towns or towns[0][1] < 3 * top or counts.get(towns[0][0], 0) == top:
        return None
    return towns[0][0]


def _set_elsewhere(counts: Counter, setting: Counter) -> str | None:
    """An interview in Arica that turns to Peru's runoff ("Hablemos de Perú ... la soberanía
    peruana"): a country named twice at most is a subject of the story, not where it is, when
    the towns and the persons it names are of another country, several times and twice as
    often as of the named one."""
    top = max(counts.values())
    if top > 2 or not setting:
        return None
    named = max(counts, key=counts.get)
    place, most = setting.most_common(1)[0]
    return place if place != named and most >= 4 and most >= 2 * setting[named] + 2 else None


def _actors(parsed) -> Counter:
    """The countries of the persons the text names whom the graph knows, each once."""
    persons = {m.key for m in parsed.linked.mentions if parsed.is_person(m.key)}
    return Counter(parsed.kb.label(own) for key in persons
                   for own in [parsed.kb.country(key)] if own is not None)


def _headline_countries(doc) -> list[str]:
    """The countries the headline names by name ("Costa Rica", "El Salvador" as one)."""
    end = headline_end(doc)
    found, i = [], 0
    while i < end:
        step = 1
        for size in (3, 2, 1):
            words = doc[i:min(i + size, end)]
            place = gz.place(words.text) if len(words) == size and \
                words[0].text[:1].isupper() else None
            if place is not None and place.kind == "country":
                found.append(place.name)
                step = size
                break
        i += step
    return found


def towns_country(parsed) -> str | None:
    """The country of the towns and regions a text names, for a text that names no country
    ("en Rionegro (Antioquia)"); none for one that names a Spanish region, whose bare races
    are the region's, not a national one."""
    if region_counts(parsed.doc):
        return None
    counts = _towns(parsed)
    return counts.most_common(1)[0][0] if counts else None


def _towns(parsed) -> Counter:
    """The countries of the towns and regions a text names, each once per naming; not a
    person's name ("Santiago Abascal") nor a street or a district named after a town ("el
    barrio Granada")."""
    doc = parsed.doc
    counts: Counter = Counter()
    i = 0
    while i < len(doc):
        found = None
        mention = parsed.mention(doc[i])
        if doc[i].text[:1].isupper() and not named_after(doc, i) and (mention is None or
                                          not parsed.is_person(mention.key) and
                                          not parsed.kb.is_a(mention.key, ORGANIZATION)):
            for size in (3, 2, 1):
                words = doc[i:i + size]
                place = gz.place(words.text) if len(words) == size else None
                country = town_country(doc, words.text) if place is not None and \
                    place.kind in ("city", "region") else None
                if country:
                    found = size, country
                    break
        if found:
            counts[found[1]] += 1
            i += found[0]
        else:
            i += 1
    return counts


def dateline_country(doc) -> str | None:
    """"Lima, 20 may (Reuters).-", "Por la Redacción | Bogotá, 20 de enero de 2026": the
    country of the city that opens the story or dates its byline."""
    start = next((t.i + 1 for t in doc[:40] if t.is_space and "\n" in t.text), 0)
    words = [t for t in doc[start:start + 6] if not t.is_space]
    if words and words[0].lower_ == "por":
        # "Por Mariela Cáceres Huamaní": a byline's surname that is also a town ("Cáceres")
        # dates nothing; a byline's own city stands between separators (`_byline_city`)
        words = []
    for size in (3, 2, 1):
        for first in range(0, min(3, len(words))):
            span = words[first:first + size]
            if len(span) < size or any(t.is_punct for t in span):
                continue
            after = doc[span[-1].i + 1:span[-1].i + 3]
            if len(after) == 2 and after[0].lower_ in ("de", "del") and \
                    after[1].text[:1].isupper():
                continue  # "Santiago de Compostela" is not Santiago
            found = gz.place(" ".join(t.text for t in span))
            if found is not None and found.kind == "city" and \
                    town_country(doc, found.name, True):
                return town_country(doc, found.name, True)
    return _byline_city(doc, start) or _capital_dateline(doc)


_DASHES = ("—", "–", "-", ".—", ".-", ".–")


def _capital_dateline(doc) -> str | None:
    """"PRAGA.— Veronika Hrubá recibe...", "ALMERÍA. Más de mil personas", "Sevilla.- El
    alcalde": the city in capitals (or closed by a dash) that opens one of the story's first
    paragraphs, below a headline and a standfirst."""
    paragraphs = [0] + [t.i + 1 for t in doc[:400] if t.is_space and "\n" in t.text]
    for start in paragraphs[:5]:
        words = doc[start:start + 7]
        for size in (5, 4, 3, 2, 1):  # "SANTA CRUZ DE LA SIERRA."
            if len(words) <= size:
                continue
            span, after = words[:size], words[size]
            text = " ".join(t.text for t in span)
            closed = text.endswith(_DASHES)  # "Sevilla.-" is one token
            name = text.rstrip(".-—– ")
            capitals = name.isupper() and len(name) > 2
            dash = after.text in _DASHES or after.text == "." and after.i + 1 < len(doc) and \
                doc[after.i + 1].text in _DASHES
            if not (closed or capitals and (dash or after.text == ".") or dash and
                    after.text != "-"):
                continue
            found = gz.place(name.title() if capitals else name)
            if found is not None and found.kind == "city" and town_country(doc, found.name, True):
                return town_country(doc, found.name, True)
    return None


def _byline_city(doc, start: int) -> str | None:
    """Where the story was written, by the lines that open it: a city followed by a comma and
    a date ("Bogotá, 20 de enero"), or one standing between the separators of a short byline
    ("Por Ana Ruiz | Enviada especial | BOGOTÁ, domingo", "REDACCIÓN MURCIA | Lunes")."""
    lines: list[list] = [[]]
    for token in doc[start:start + 80]:
        if token.is_space and "\n" in token.text:
            if lines[-1]:
                lines.append([])
            if len(lines) > 3:
                break
        elif not token.is_space:
            lines[-1].append(token)
    for number, words in enumerate(lines):
        for first in range(len(words)):
            for size in (3, 2, 1):
                span = words[first:first + size]
                if len(span) < size or not span[0].text[:1].isupper():
                    continue
                found = gz.place(" ".join(t.text for t in span).title())
                country = town_country(doc, found.name, True) if found is not None and \
                    found.kind == "city" else None
                if not country:
                    continue
                if number < 2 and _dated(doc, span[-1].i + 1) or \
                        len(words) <= 16 and _between_separators(words, first, size):
                    return country
    return None


def _dated(doc, comma: int) -> bool:
    """", 20 de enero", ", 20 ene": a date after the comma at `comma`."""
    if comma + 1 >= len(doc) or doc[comma].text != "," or not doc[comma + 1].like_num:
        return False
    return any(fold(t.lower_).startswith(_MONTH_PREFIXES) for t in doc[comma + 2:comma + 4])


def _between_separators(words: list, first: int, size: int) -> bool:
    before = words[first - 1].text if first else "|"
    after = words[first + size].text if first + size < len(words) else "|"
    return before in ("|", "Redacción", "REDACCIÓN") and after in ("|", ",")


def region_counts(doc, town_names: bool = True) -> Counter:
    """The Spanish regions a text names by their names, "Castilla y León" as one; without
    `town_names`, not by a name that is also its capital's ("Madrid", "Murcia")."""
    counts: Counter = Counter()
    i = 0
    while i < len(doc):
        step = 1
        if doc[i].text[:1].isupper():
            for size in (3, 2, 1):
                words = doc[i:i + size]
                region = REGION_WORDS.get(fold(words.text.lower())) if len(words) == size \
                    else None
                if region and not town_names and fold(words.text.lower()) in TOWN_NAMES:
                    step = size
                    break
                if region:
                    counts[region] += 1
                    step = size
                    break
        i += step
    return counts
