"""Whose campaign "su candidatura" is when the clause before named them: "felicitó a X y
respaldó su candidatura", "recibió a X y apoyó su campaña" support X. One backs another's
candidacy, not one's own: "X votó acompañada por Y, que volvió a respaldar su candidatura",
"X cerró la campaña. Y respaldó su candidatura" back X, the one person named besides the
backer in the sentence (or, with none there, in the one before), or of several in the sentence
the one the text made a candidate."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.interviews import addressee
from graph.ingest.nlp.words import folded_lemma

# Verbs of backing a candidacy: their subject backs somebody else's
_BACKING = {"apoyar", "respaldar", "avalar", "secundar", "bendecir", "apadrinar", "impulsar",
            "promover", "defender", "endosar", "arropar", "aplaudir"}
# Nouns of support that name what they go to with "a": "su apoyo a su candidatura"
_SUPPORT = {"apoyo", "respaldo", "aval", "adhesion"}


def campaign_owner(parsed, noun) -> list[End]:
    """The person the verb coordinated before `noun`'s verb acted on, when `noun` is owned by
    "su"; none when that verb acted on no one person."""
    if not any(c.dep_ == "det" and c.lower_ in ("su", "sus") for c in noun.children):
        return []
    verb = noun.head
    if verb.dep_ != "conj" or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
        return _other_than_backer(parsed, noun, verb)
    owners = {e.key: e for c in verb.head.children if c.dep_ in ("obj", "iobj") and
              c.pos_ != "PRON" for e in parsed.ends(c, conj=False) if parsed.is_person(e.key)}
    if len(owners) != 1:
        return []
    owner = next(iter(owners.values()))
    return [End(owner.key, noun.i, noun.i, reference=True, distance=0)]


def _other_than_backer(parsed, noun, verb) -> list[End]:
    if _support_for(noun):
        verb = verb.head  # "anunció su apoyo a su candidatura": the one who announces it backs
    elif verb.pos_ != "VERB" or folded_lemma(verb) not in _BACKING or noun.dep_ != "obj":
        return []
    from graph.ingest.nlp.clauses import subject_ends  # (the module reads a Parsed)

    backers = {e.key for e in subject_ends(parsed, verb)}
    if not backers:
        return []
    # "X, derrotado por Y, anunció su apoyo a su candidatura": who the backer's own phrase
    # names is told of the backer, not whose candidacy it is
    told = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") for t in c.subtree}
    asked = [e for e in addressee(parsed, noun) if e.key not in backers]
    if asked:
        return asked[:1]  # "—X anunció su apoyo a su candidatura. ¿Lo buscó usted?": usted's
    for back in (0, 1):
        others = list(dict.fromkeys(k for i, k in parsed.persons_before(noun.i, back=back)
                                    if k not in backers and i not in told))
        running = [k for k in others if k in parsed.candidates_named]
        if len(others) > 1 and len(running) == 1 and not back:
            others = running  # "X, que invitó a Y, dice que Vox apoya su candidatura": Y's
        if others:
            return [End(others[0], noun.i, noun.i, reference=True, distance=back)] \
                if len(others) == 1 else []
    return []


def _support_for(noun) -> bool:
    """"anunció su apoyo a su candidatura": the campaign a noun of support, the object of a
    verb, goes to."""
    support = noun.head
    return noun.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ == "a"
                                       for c in noun.children) and \
        folded_lemma(support) in _SUPPORT and support.dep_ == "obj" and \
        support.head.pos_ == "VERB"
