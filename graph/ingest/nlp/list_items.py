"""The items of a list read along the tokens, up to the end of its clause. The small model
cuts lists of names into appositions, flat names and loose adjectives, so the items are read on
the tokens, with the parse's morphology for the clause's limits: an item is a name whose own
phrase (a determiner, titles, demonyms) is not governed by a preposition ("presidente del
Vlaams Belang", ", de Vox" describe the item before)."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.bracket_asides import past_bracket
from graph.ingest.nlp.parsed import DEMONYM, METONYM, End, Parsed
from graph.ingest.nlp.words import RELATIVES, folded_lemma
from graph.ingest.reading import fold

_RELATIVES = {"que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "donde", "cuando"}
_STOPS = {"mientras", "pero", "aunque", "sino", "segun", "porque"}
_CONNECTORS = {"ademas", "tambien", "asi", "como", "asimismo", "incluso", "junto", "y", "e"}
# Nouns through which an organization takes part: "participaron delegaciones de Fidesz".
_DELEGATIONS = {"delegacion", "delegaciones", "representante", "representantes", "delegado",
                "delegados", "enviado", "enviados"}
_PREPOSITIONS = {"de": {"de", "del"}, "por": {"por"}, "a": {"a", "al"}, "con": {"con"}}

def listed(parsed: Parsed, start: int, prep: str | None = None,
           references: bool = False) -> list[End]:
    """The agents a list from token `start` names, up to the end of its clause. `prep` is the
    preposition the list repeats before its items ("de A, de B y de C"); `references`: "el
    partido", "la fundación" stand for the organization of that kind named last."""
    doc = parsed.doc
    end = doc[start].sent.end if start < len(doc) else start
    allowed = _PREPOSITIONS.get(prep, set())
    found: list[End] = []
    inside = False  # the last name read was a complement: "por A y B" keeps B in the phrase
    i = start
    while i < end:
        token = doc[i]
        word = fold(token.lower_)
        if past_bracket(doc, i) > i:
            i = past_bracket(doc, i)  # "la vicepresidenta del RN (RN) francés, X": an aside
            continue
        if token.text in (".", ":", "(") or word in _STOPS or (
                i > start and token.pos_ in ("VERB", "AUX") and
                token.morph.get("VerbForm") == ["Fin"]):
            break
        if token.text == "," and i + 1 < end and _opens_relative(doc, i + 1):
            resumed = _after_relative(doc, i + 1, end, allowed)
            if resumed is None or _foreign_phrase(doc, resumed, end, allowed):
                break  # "organizada por X, que sentó a A y de B, C": B is the clause's
            i = resumed
            continue
        if token.text == ";" and _clause_follows(doc, i + 1, end):
            break  # "confirmó su presencia X; Kaiser, en cambio, declinó": a new clause
        mention = parsed.mention(token)
        if mention is None and references and not _complement(parsed, start, i, allowed):
            found += [e for e in _organization_reference(parsed, token)
                      if all(e.key != f.key for f in found)]
        if mention is None or mention.kind in (METONYM, DEMONYM):
            i += 1
            continue
        if parsed.is_agent(mention.key):
            inside = _complement(parsed, start, i, allowed) and not (
                references and _of_organ(token)) or inside and _joined(parsed, i) \
                or _party_tag(parsed, found, i)
            if not inside and not junior(doc, mention.end) and \
                    all(e.key != mention.key for e in found):
                found.append(End.of(mention))
                if i > 0 and fold(doc[i - 1].lower_) in ("de", "del"):
                    allowed = allowed | _PREPOSITIONS["de"]  # "delegaciones de A, de B y de C"
        i = max(mention.end, i + 1)
    return found


def _party_tag(parsed: Parsed, found: list[End], index: int) -> bool:
    """"del eurodiputado Jorge Buxadé, de Vox": a group behind ", de" after a list of persons
    is the last one's party, not an item."""
    doc = parsed.doc
    return bool(found) and index >= 2 and all(parsed.is_person(e.key) for e in found) and \
        not parsed.is_person(parsed.mention(doc[index]).key) and \
        fold(doc[index - 1].lower_) in ("de", "del") and doc[index - 2].text == "," and \
        found[-1].last == index - 3


def _opens_relative(doc, i: int) -> bool:
    """Whether a relative clause opens at token `i`: "que", "quien", "cuyo", also behind a
    preposition and an article ("con quien", "en la que", "a los cuales")."""
    words = [fold(t.lower_) for t in doc[i:i + 3]]
    if words and words[0] in _RELATIVES:
        return True
    if len(words) < 2 or doc[i].pos_ != "ADP" and words[0] not in ("al", "del"):
        return False
    rest = words[1:] if words[1] not in ("el", "la", "los", "las", "lo") else words[2:]
    return bool(rest) and rest[0] in _RELATIVES | {"cual", "cuales"}


def _after_relative(doc, start: int, end: int, allowed: set[str]) -> int | None:
    """Where a list goes on after an item's relative clause ("A, que preside la Fundación
    X; B; C", "A, que vendrá por primera vez, y B", "a A, con quien hablo a menudo, a B y a
    C"): at the next semicolon, ", y" or a comma before the preposition the list repeats."""
    for i in range(start, end - 1):
        if doc[i].text == ";":
            return i
        if doc[i].text == "," and (fold(doc[i + 1].lower_) in ("y", "e") or
                                   i > start + 1 and fold(doc[i + 1].lower_) in allowed):
            return i + 1
    return None


def _foreign_phrase(doc, resumed: int, end: int, allowed: set[str]) -> bool:
    """Whether the words after the ", y" a relative clause was left at open a phrase of
    another preposition than the one the list repeats (", y de la Comunidad Valenciana, X"
    goes on inside the relative clause)."""
    after = resumed + 1 if fold(doc[resumed].lower_) in ("y", "e") else resumed
    return after < end and (doc[after].pos_ == "ADP" or fold(doc[after].lower_) in
                            ("al", "del")) and fold(doc[after].lower_) not in allowed


_ORGANIZATION_NOUNS = {"partido", "formacion", "fundacion", "instituto", "asociacion",
                       "plataforma", "organizacion", "think"}


def _organization_reference(parsed: Parsed, noun) -> list[End]:
    """"organizado por el partido portugués", "coorganizado por la fundación": a definite
    noun of an organization, with no name after it, is the last one of its kind named before
    (a party for "partido" and "formación", else one whose name starts with the noun)."""
    word = folded_lemma(noun)
    doc = parsed.doc
    if noun.pos_ != "NOUN" or word not in _ORGANIZATION_NOUNS or not any(
            c.dep_ == "det" and fold(c.lower_) in ("el", "la") for c in noun.children) or \
            noun.i + 1 < len(doc) and parsed.mention(doc[noun.i + 1]) is not None:
        return []
    for mention in sorted(parsed.linked.mentions, key=lambda m: -m.start):
        if mention.start >= noun.i or mention.kind in (METONYM, DEMONYM):
            continue
        if word in ("partido", "formacion"):
            fits = parsed.kb.is_a(mention.key, PARTY)
        else:
            label = fold(parsed.kb.label(mention.key).lower())
            fits = label.startswith(word) and not parsed.is_person(mention.key)
        if fits:
            return [End(mention.key, noun.i, noun.i, reference=True, distance=1)]
    return []


# Bodies that act for the organization they are of: "organizado por la dirección de la
# Fundación X", "por la ejecutiva provincial de Vox".
_ORGANS = {"direccion", "ejecutiva", "cupula", "comite", "junta", "directiva", "comision",
           "mesa", "consejo", "gestora", "federacion", "agrupacion"}


def _of_organ(noun) -> bool:
    """Whether the name is the "de Vox", "de la Fundación X" of an organ of its
    organization."""
    doc = noun.doc
    if noun.i < 2 or fold(doc[noun.i - 1].lower_) not in ("del", "la", "de"):
        return False
    j = noun.i - 1
    if fold(doc[j].lower_) == "la":
        j -= 1
        if fold(doc[j].lower_) != "de":
            return False
    j -= 1
    while j > noun.sent.start and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j -= 1  # "la dirección nacional del partido"
    return folded_lemma(doc[j]) in _ORGANS and doc[j].is_lower


def junior(doc, after: int) -> bool:
    """"Donald Trump Jr.": a name followed by "Jr." is a relative's, not the person's."""
    return any(0 <= i < len(doc) and doc[i].text.rstrip(".") in ("Jr", "Junior", "hijo")
               for i in (after - 1, after))


def _joined(parsed: Parsed, index: int) -> bool:
    """Whether a bare "y" (no comma before it) joins the name at `index`, its determiner and
    titles passed over, to the phrase before."""
    doc = parsed.doc
    j = index - 1
    while j > 0 and doc[j].pos_ in ("DET", "ADJ", "NOUN") and doc[j].is_lower:
        j -= 1
    return fold(doc[j].lower_) in ("y", "e") and j > 0 and doc[j - 1].text not in (",", ";")


def _clause_follows(doc, start: int, end: int) -> bool:
    """Whether a finite verb comes before the next semicolon or the end of the sentence,
    outside a relative clause."""
    for i in range(start, end):
        t = doc[i]
        if t.text == ";":
            return False
        if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"] and \
                t.dep_ not in ("acl", "acl:relcl") and not _relative_verb(t):
            return True
    return False


def _relative_verb(verb) -> bool:
    """"..., que encabezó la lista y que no oculta su aspiración": a verb whose subject is a
    relative pronoun goes on a relative clause, however the small model hangs it."""
    return any(c.dep_ in ("nsubj", "mark") and c.i < verb.i and folded_lemma(c) in RELATIVES
               for c in verb.children) or \
        verb.dep_ == "conj" and verb.head.dep_ in ("acl", "acl:relcl")


def _complement(parsed: Parsed, start: int, index: int, allowed: set[str]) -> bool:
    """Whether the name at `index` sits in a prepositional phrase of the item before it: its
    phrase's determiner, titles and demonyms passed over, the word before is a preposition not
    repeated by the list."""
    doc = parsed.doc
    j = index - 1
    while j >= start:
        t = doc[j]
        mention = parsed.mention(t)
        if t.pos_ == "DET":
            j -= 1
            break
        if (t.pos_ in ("ADJ", "NOUN", "NUM") and t.is_lower) or \
                mention is not None and mention.kind == DEMONYM:
            j -= 1
            continue
        break
    if j < start - 1 or j < 0:
        return False
    before = doc[j]
    word = fold(before.lower_)
    if before.pos_ != "ADP" and word not in ("del", "al"):
        return False
    previous = doc[j - 1] if j - 1 >= start else None
    if previous is not None and (fold(previous.lower_) in _CONNECTORS | _DELEGATIONS or
                                 folded_lemma(previous) in _DELEGATIONS):
        return False  # "además de Vox", "junto a X", "delegaciones de Fidesz"
    if word in allowed:
        return not (j <= start or previous is not None and (
            previous.text in (",", ";") or fold(previous.lower_) in ("y", "e", "o") or
            fold(previous.lower_) in _CONNECTORS))
    return True
