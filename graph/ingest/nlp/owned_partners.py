"""A title of rivalry or alliance whose owner is told by a possessive or a "de" phrase, said of
the one the clause names: "Su rival, la socialista X, cerró la campaña" and "El rival de Y, la
senadora X" (the title as the subject, the name in apposition to it), "Su principal adversaria
es X" and "«Mi adversario es X»" (the title as a copula's subject), "se presentó como su única
adversaria" (the title said of the clause's subject). "Su" is the person named last before
it, in its sentence or the one before; "mi" the one the quotation or the interview is of."""

from __future__ import annotations

from graph.ingest.nlp.clauses import first_person_speaker, phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.possessed_titles import apposed_holders, possessed
from graph.ingest.nlp.words import base_role, role_kind
from graph.ingest.reading import fold

_RELATIONS = {"rival": "opponentOf", "ally": "allied"}
_AS = {"como"}
_OPPOSING = {"opositor", "opositora", "opositores", "opositoras"}


def owned_partner_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN":
        return []
    relation = _RELATIONS.get(role_kind(base_role(noun)[0] or ""))
    if relation is None:
        return []
    noun = _joined_head(noun)
    named, cue = _named(parsed, noun)
    if not named:
        return []
    owners = _owners(parsed, noun, {e.key for e in named})
    # "Lindtman, su principal adversario, la acusó el lunes": the rivalry is not the
    # accusation's, and holds beyond its day
    dated = not (cue == "apposition" and noun.dep_ != "nsubj" and possessed(noun))
    return [Found(relation, e, o, 0.6, cue, noun.i, dated=dated) for e in named for o in owners
            if e.key != o.key and parsed.is_agent(e.key) and parsed.is_agent(o.key)
            and parsed.kb.fits(relation, e.key, o.key)]


def _joined_head(noun):
    """"Su antecesor y mentor, el exgobernador X": a title joined to one before it, with no
    determiner of its own, shares that one's possessive and its apposition."""
    head = noun.head
    if noun.dep_ == "conj" and head.pos_ == "NOUN" and head.i < noun.i and not any(
            c.dep_ == "det" for c in noun.children):
        return head
    return noun


def _named(parsed: Parsed, noun) -> tuple[list[End], str]:
    """Who holds the title: the name in apposition to the subject title, the copula's
    predicate the title is the subject of, or the subject of the clause the title is said of
    with "como"."""
    head = noun.head
    if possessed(noun) and noun.dep_ != "nsubj":
        named = apposed_holders(parsed, noun)
        if named:
            return named, "apposition"
    if noun.dep_ == "nsubj":
        named = [e for c in noun.children if c.dep_ == "appos" and c.i > noun.i
                 for e in parsed.ends(c, conj=False) if not e.reference]
        if named:
            return named, "apposition"
        if head != noun and any(c.dep_ == "cop" for c in head.children) and head.i > noun.i:
            return [e for e in parsed.ends(head, conj=False) if not e.reference], "copula"
        # "el rival más duro de X sigue siendo Y": the copula under a verb of continuing
        held = next((c for c in head.children if c.dep_ == "xcomp" and c.i > noun.i and any(
            g.dep_ == "cop" for g in c.children)), None) if head.pos_ == "VERB" else None
        if held is not None:
            return [e for e in parsed.ends(held, conj=False) if not e.reference], "copula"
        return [], ""
    if noun.dep_ in ("obj", "xcomp", "obl") and head.pos_ == "VERB" and any(
            c.dep_ in ("mark", "case") and fold(c.lower_) in _AS for c in noun.children) and \
            not any(c.dep_ in ("obj", "iobj") and c != noun and fold(c.lower_) != "se"
                    for c in head.children):
        # "se presentó como su rival"; "la daban como rival de X" is said of the object
        return subject_ends(parsed, head), "copula"
    return [], ""


def _owners(parsed: Parsed, noun, named: set[str]) -> list[End]:
    # "opositor a X" names whom one opposes as "de" does
    of = [c for c in noun.children if c.dep_ == "nmod" and (preposition(c) == "de" or (
        preposition(c) in ("a", "al") and fold(noun.lower_) in _OPPOSING))]
    if of:
        return [e for c in of for e in phrase_ends(parsed, c)]
    owner = next((c for c in noun.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")),
                 None)
    if owner is None or owner.morph.get("Number") == ["Plur"] and "Plur" not in \
            noun.morph.get("Number"):
        return []
    if owner.morph.get("Person") == ["1"]:
        if owner.morph.get("Number[psor]") != ["Sing"]:
            return []  # "nuestro rival": the speaker's side, not the speaker
        predicate = noun.head if noun.head != noun else noun
        return [e for e in first_person_speaker(parsed, predicate) if e.key not in named]
    if fold(owner.lower_) not in ("su", "sus"):
        return []
    body = _body_subject(parsed, noun, named)
    if body is not None:
        return [body]
    sentence = parsed.sentence_of(noun.idx)
    acting = [k for i, k in parsed.subjects.get(sentence, []) if i < noun.i and k not in named]
    distance = 0
    if not acting and not [k for _, k in parsed.persons_before(noun.i, back=0) if k not in named]:
        # "Vaitkus se reunió con Gál. El diputado es el candidato en esas municipales, en las
        # que su principal adversario será X": across a sentence, the one the text is about,
        # not the last person named
        focus = parsed.focus(sentence, before=noun.i)
        acting, distance = ([focus] if focus and focus not in named else []), 1
    if acting and parsed.is_person(acting[-1]):
        return [End(acting[-1], noun.i, noun.i, reference=True, distance=distance)]
    for back in (0, 1):
        before = [k for i, k in parsed.persons_before(noun.i, back=back) if k not in named]
        if before:
            return [End(before[0], noun.i, noun.i, reference=True, distance=back)]
    return []


def _body_subject(parsed: Parsed, noun, named: set[str]) -> End | None:
    """A party or an organization the clause that holds the title is about: "La CDU mantiene
    el cortafuegos frente a AfD, su principal rival", where "su" is the subject's, not the
    person a relative clause names ("la CDU, que preside Merz, ...")."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # the verb's own subject, not one the parse lends it from another clause
    ends = [e for c in verb.children if c.dep_ == "nsubj" and c.i < noun.i
            for e in parsed.ends(c, conj=False) if e.key not in named]
    if len(ends) != 1 or not parsed.is_agent(ends[0].key) or parsed.is_person(ends[0].key):
        return None
    return End(ends[0].key, noun.i, noun.i, reference=True)
