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
    clitic = next((c for c in verb.children if c.dep_ == "obj" and c.i < verb.i and
                   c.pos_ == "PRON" and c.lower_ in ("lo", "la")), None)
    if clitic is None:
        return []
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
