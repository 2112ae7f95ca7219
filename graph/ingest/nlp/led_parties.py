"""The party a verb of leading takes as "el partido" or "la formación": "X, que dirige el
partido desde 2013", "Preside el partido desde 2022"; or the body it takes by its head noun
("presidió la red", "dirige la fundación"). The noun stands for the party the text named last
(alone in its sentence or the two before), or the body named last whose name that noun opens;
"el partido rival", "el partido de X" or "el partido Vox" say which party by themselves and are
read elsewhere."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION, PLACE
from graph.ingest.nlp.ends import METONYM, End
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs whose object is what the subject leads.
_LEADING = {"presidir", "dirigir", "liderar", "encabezar", "conducir", "comandar"}
_PARTY_NOUNS = {"partido", "formacion", "colectividad",
                # a body named by its head noun: "presidió la red", "dirige la fundación"
                "fundacion", "instituto", "red", "asociacion", "movimiento", "coalicion",
                "alianza", "centro"}
# What makes the noun another party than the one named: "el partido rival", "otro partido"
_OTHER = {"rival", "adversario", "contrario", "otro", "nuevo", "propio", "hermano", "aliado",
          "socio", "vecino"}


def led_party(parsed, verb) -> list[End]:
    """The party the object "el partido" of the leading verb `verb` stands for, if any."""
    if verb_lemma(verb) not in _LEADING:
        return []
    noun = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and
                 folded_lemma(c) in _PARTY_NOUNS), None)
    if noun is None:
        return led_by_clitic(parsed, verb)
    if noun.morph.get("Number") == ["Plur"] or not any(
            c.dep_ == "det" and folded_lemma(c) in ("el", "la") for c in noun.children):
        return []
    if any(c.dep_ in ("amod", "appos", "flat", "acl", "acl:relcl") or c.dep_ == "nmod" and
           not _time(c) or folded_lemma(c) in _OTHER for c in noun.children):
        return []  # "el partido rival", "el partido de Abascal": not a bare reference
    key = parsed.organization_before(noun.i, folded_lemma(noun))
    return [End(key, noun.i, noun.i, reference=True, distance=1)] if key else []


def _time(phrase) -> bool:
    """"entre 2022 y 2024", "desde 2020": a time the small model hangs on the noun."""
    return phrase.like_num and any(
        c.dep_ == "case" and c.lower_ in ("entre", "desde", "hasta", "en") for c in phrase.children)


def led_by_clitic(parsed, verb) -> list[End]:
    """"Unión Cívica ganó en Soria. X lo dirige desde 2019": the body a leading verb's clitic
    stands for, the organization named last in its sentence or the one before (a leading
    verb leads no person nor place)."""
    clitic = _clitic(verb)
    if clitic is None:
        return []
    if _fronted(verb, clitic) is not None:
        return _fronted_body(parsed, _fronted(verb, clitic))
    here = parsed.sentence_of(clitic.idx)
    floor = parsed.starts[max(here - 1, 0)]
    for mention in reversed(parsed.linked.mentions):
        if mention.start >= clitic.i:
            continue
        if parsed.doc[mention.start].idx < floor:
            break
        if mention.kind == METONYM or parsed.is_person(mention.key) or \
                parsed.kb.is_a(mention.key, PLACE):
            continue
        if parsed.kb.is_a(mention.key, ORGANIZATION):
            return [End(mention.key, clitic.i, clitic.i, reference=True,
                        distance=here - parsed.sentence_of(parsed.doc[mention.start].idx))]
        return []
    return []


def _clitic(verb):
    return next((c for c in verb.children if c.dep_ == "obj" and c.i < verb.i and
                 c.pos_ == "PRON" and c.lower_ in ("lo", "la")), None)


def _fronted(verb, clitic):
    """The object put first that the clitic takes up, as the dislocation reader left it."""
    return next((c for c in verb.children if c.dep_ == "obj" and c.i < clitic.i and
                 c.pos_ in ("NOUN", "PROPN")), None)


def fronted_led(parsed, verb) -> list[End] | None:
    """What a leading verb leads when its object is put first and taken up by a clitic (None
    when it is not): the fronted noun says it, not the clitic nor an epithet the noun also is
    ("libertario" of Milei). A relative on a name inside a party's body ("la mesa provincial
    de La Libertad Avanza que conduce X") leads the body, which is not the party."""
    if verb_lemma(verb) not in _LEADING:
        return None
    if _in_a_body(verb):
        return []
    clitic = _clitic(verb)
    fronted = _fronted(verb, clitic) if clitic is not None else None
    return _fronted_body(parsed, fronted) if fronted is not None else None


# Bodies within a party, whose "de" names the party they belong to (a chamber's bloc or group
# is named as a body of its own: party_blocs)
_BODIES = {"mesa", "consejo", "comite", "comision", "junta", "direccion", "ejecutiva",
           "seccion", "rama", "juventud", "juventudes"}


def _in_a_body(verb) -> bool:
    """Whether the relative clause `verb` hangs on the name a body's "de" takes."""
    name = verb.head
    if verb.dep_ not in ("acl", "acl:relcl") or name == verb:
        return False
    if name.pos_ == "NOUN":  # (the small model may hang the relative on the body's noun)
        return folded_lemma(name) in _BODIES and not any(
            c.dep_ in ("appos", "flat") for c in name.children) and any(
            c.dep_ == "nmod" and c.pos_ == "PROPN" and _of(c) for c in name.children)
    if name.pos_ != "PROPN" or not _of(name):
        return False
    while name.dep_ == "flat" and name.head != name:
        name = name.head
    return name.dep_ == "nmod" and folded_lemma(name.head) in _BODIES


def _of(name) -> bool:
    return any(c.dep_ == "case" and fold(c.lower_) in ("de", "del") for c in name.children)


# A party's structure, by the nouns the press gives it: "el armado libertario", "la estructura
# del partido", "el aparato socialista"
_STRUCTURES = {"partido", "formacion", "armado", "estructura", "aparato", "espacio"}


def _fronted_body(parsed, noun) -> list[End]:
    """What a clitic takes up when it doubles an object put first ("La presencia
    latinoamericana la encabezó X": the presence, no body; "El armado libertario lo conduce
    Y": the party of the adjective, "Renovación Cívica la preside Z": the name)."""
    mention = parsed.mention(noun)
    if mention is not None:
        body = mention.kind != METONYM and parsed.kb.is_a(mention.key, ORGANIZATION) and \
            not parsed.is_person(mention.key)
        return [End.of(mention)] if body else []
    # (the small model may tag the noun an adjective and the adjective the noun: "armado
    # libertario" as ADJ NOUN)
    words = [noun] + [c for c in noun.children if c.dep_ == "amod"]
    if not any(fold(w.lower_) in _STRUCTURES for w in words):
        return []
    adjectives = parsed.party_adjectives
    party = next((w for w in words if fold(w.lower_) in adjectives), None)
    return [End(adjectives[fold(party.lower_)], party.i, party.i)] if party is not None else []
