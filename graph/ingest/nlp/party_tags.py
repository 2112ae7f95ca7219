"""A person's party named in a tag after the name: "la diputada Ana Vela (Vox)", "Mario Ruiz,
también de Vox,", "Luis Roca y Marta Gil, los dos de Vox,", "A, B y C, todos del PSOE". The
tag closes its phrase; what follows it is the sentence going on."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.words import DEFINITE_ARTICLES, PAIR_WORDS, ROLE_WORDS
from graph.ingest.reading import fold

# Tags said of several people named just before, and of one said to share another's party.
_SEVERAL = {tuple(words.split()) for words in PAIR_WORDS} | {
    ("todos",), ("todas",), ("los", "tres"), ("las", "tres")}
_ALSO = {("tambien",)}
# "(Vox):" is one token to the tokenizer, which takes it for an emoticon
_CLOSERS = {",", ".", ";", ":", ")", "):"}


def party_tag_claims(parsed: Parsed, token) -> list[Found]:
    party = parsed.mention(token)
    if party is None or party.start != token.i or party.kind == METONYM or \
            not parsed.kb.is_a(party.key, PARTY):
        return []
    doc = parsed.doc
    if party.end < len(doc) and doc[party.end].text not in _CLOSERS and \
            not doc[party.end].is_space and not _titled_next(doc, party.end):
        return []  # "de Vox en la Asamblea": the party opens a longer phrase
    if token.i >= 1 and doc[token.i - 1].text == "(":
        people = _tagged_by_parentheses(parsed, token.i - 1)
    else:
        people = _tagged_by_apposition(parsed, token.i)
    end = End.of(party)
    return [Found("memberOf", person, end, 0.7, "apposition", token.i, dated=False)
            for person in people
            if parsed.leaders.get(party.key) != person.key and
            parsed.kb.fits("memberOf", person.key, party.key)]


def _titled_next(doc, index: int) -> bool:
    """", también del PP y rival interna de la gobernadora": the tag ends where a second
    description of the person, a role word after "y", begins."""
    if doc[index].lower_ not in ("y", "e") or index + 1 >= len(doc):
        return False
    word = fold(doc[index + 1].lower_)
    return word in ROLE_WORDS or word.startswith("ex") and word[2:] in ROLE_WORDS


def _tagged_by_parentheses(parsed: Parsed, bracket: int) -> list[End]:
    """"Ana Vela (Vox)": the person named just before the bracket."""
    person = _person_ending(parsed, bracket - 1)
    return [person] if person else []


def _tagged_by_apposition(parsed: Parsed, start: int) -> list[End]:
    """", también de Vox", ", los dos de Vox": the people the tag follows."""
    doc = parsed.doc
    i = start - 1
    if i >= 0 and doc[i].lower_ in DEFINITE_ARTICLES:
        i -= 1  # "de la Liga"
    if i < 0 or doc[i].lower_ not in ("de", "del"):
        return []
    words: list[str] = []
    i -= 1
    while i >= 0 and doc[i].text != "," and len(words) < 3:
        words.insert(0, fold(doc[i].lower_))
        i -= 1
    tag = tuple(words)
    if i < 1 or doc[i].text != "," or tag not in _SEVERAL | _ALSO:
        return []
    last = _person_ending(parsed, i - 1)
    if last is None:
        return []
    if tag in _ALSO:
        return [last]
    return _coordinated_before(parsed, last)


def _person_ending(parsed: Parsed, index: int) -> End | None:
    mention = parsed.mention(parsed.doc[index]) if index >= 0 else None
    if mention is None or mention.end - 1 != index or mention.kind == METONYM or \
            not parsed.is_person(mention.key):
        return None
    return End.of(mention)


def _coordinated_before(parsed: Parsed, last: End) -> list[End]:
    """The people of the list that ends with `last`: earlier people of the sentence, back to
    a verb, as long as a "y" joins the last two ("A y B", "los alcaldes de X, A, y de Y, B")."""
    doc = parsed.doc
    sentence = doc[last.first].sent
    people = [last]
    for mention in reversed(parsed.linked.mentions):
        if mention.start >= people[-1].first or mention.kind == METONYM:
            continue
        if mention.start < sentence.start:
            break
        gap = doc[mention.end:people[-1].first]
        if any(t.pos_ in ("VERB", "AUX") for t in gap):
            break
        if parsed.is_person(mention.key):
            people.append(End.of(mention))
    if len(people) < 2 or not any(t.lower_ in ("y", "e") for t in
                                  doc[people[1].last + 1:people[0].first]):
        return []
    return people
