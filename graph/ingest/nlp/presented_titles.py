"""Titles one gives oneself or is given by a verb of presenting: "Milei, que suele presentarse
como «el aliado más fiel de Trump»", "Kast se define como aliado de Milei", "proclamó a Squella
como candidato"; and who says a "mi" title when the small model took the verb of saying for a
noun."""

from __future__ import annotations

from graph.ingest.nlp.acting_titles import acting_titles
from graph.ingest.nlp.appointed_roles import appointed_end, appointed_roles
from graph.ingest.nlp.becoming_roles import becoming_roles
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.offices import Title
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.partner_titles import titled_subject
from graph.ingest.nlp.triggers import SAYING
from graph.ingest.nlp.won_seats import won_seats
from graph.ingest.nlp.words import base_role, folded_lemma, root_in, verb_lemma
from graph.ingest.reading import fold

# How a "como" phrase hangs on the verb whose object it describes.
_PREDICATIVE = ("obl", "obj", "xcomp", "advcl")
_PRESENTING = {"presentar", "definir", "describir", "autodefinir", "proclamar", "erigir",
               "registrar", "inscribir"}


def presented_titles(reader, mention: Mention) -> list[tuple[Title, object]]:
    """"Milei, que suele presentarse como «el aliado más fiel de Trump»", "Kast se define
    como aliado de Milei": a title one gives oneself states it as a copula does."""
    token = root_in(reader.doc[mention.start], mention.start, mention.end)
    if token.head.pos_ == "SPACE" and token.dep_ in ("flat", "appos"):
        token = token.head  # a paragraph's first name hangs on the break, its subject
    token = titled_subject(token)
    verbs = [token.head] if token.dep_ == "nsubj" else []
    verbs += [c for c in token.children if _relative(c)]
    if token.dep_ == "appos" and token.head.i < token.i:
        # "la secretaria general del PSPV, X, que ha sido proclamada ...": the small model may
        # hang the relative right after the name on the title the name is in apposition to
        verbs += [c for c in token.head.children if _relative(c) and any(
            g.i == mention.end + 1 for g in c.children if g.dep_ == "nsubj")]
    # "X, el presidente aragonés, que repite como candidato del PP": or on the title in
    # apposition after the name
    verbs += [c for a in token.children if a.dep_ == "appos" and a.pos_ == "NOUN" and
              base_role(a)[0] for c in a.children if _relative(c)]
    verbs += [x for v in verbs for x in v.children if x.dep_ == "xcomp"]
    titles = []
    thing = token.head if token.dep_ == "appos" else token  # "a su presidente, X, como"
    if thing.dep_ == "obj":
        # "proclamó a Squella como candidato a la elección ...": a "como" phrase after
        # the object predicates of the object
        for role in thing.head.children:
            word, former = base_role(role)
            if word and role.i > token.i and role.dep_ in _PREDICATIVE and any(
                    c.dep_ == "mark" and c.lower_ == "como" for c in role.children):
                titles.append((reader._phrase(role.i, reader._phrase_end(role.i), word,
                                              former), thing.head))
    for verb in verbs:
        reflexive = fold(verb.lower_).endswith(("se", "me", "nos")) or any(
            c.pos_ == "PRON" and c.lower_ in ("se", "me", "nos") for c in verb.children)
        presenting = verb_lemma(verb) in _PRESENTING and reflexive
        # a person's own clause, not one the small model hangs on the party after a title
        # ("X, eurodiputado de Vox, que viajó como ...")
        acting = [] if token.dep_ == "nmod" or not reader.parsed.is_person(mention.key) else \
            acting_titles(reader.parsed, verb, presenting)
        for role in acting:  # "aspira a X como candidata del PP"
            titles.append((reader._phrase(role.i, reader._phrase_end(role.i), *base_role(role)),
                           verb))
        if not presenting:
            continue
        # the small model may hang the title on the verb "presentarse" depends on
        hosts = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        for role in [c for h in hosts for c in h.children]:
            word, former = base_role(role)
            if word and role.dep_ in ("obl", "obj", "xcomp") and any(
                    c.dep_ == "mark" and c.lower_ == "como" for c in role.children):
                titles.append((reader._phrase(role.i, reader._phrase_end(role.i), word,
                                              former), verb))
    for role, verb in becoming_roles(verbs):  # "se erigió en el rival de X"
        titles.append((reader._phrase(role.i, reader._phrase_end(role.i), *base_role(role)), verb))
    for role, verb in won_seats(verbs):  # "obtuvo un escaño de diputada federal"
        titles.append((reader._phrase(role.i, reader._phrase_end(role.i), *base_role(role)), verb))
    for role, verb in appointed_roles(verbs):  # "fue elegida alcaldesa de Y"
        end = appointed_end(reader.doc, role.i, reader._phrase_end(role.i))
        titles.append((reader._phrase(role.i, end, *base_role(role)), verb))
    return titles


def _relative(verb) -> bool:
    """A relative clause's verb whose subject is its "que" or "quien"."""
    return verb.dep_ in ("acl", "acl:relcl") and any(
        g.dep_ == "nsubj" and folded_lemma(g) in ("que", "quien") for g in verb.children)


def said_by(parsed: Parsed, verb) -> list[End]:
    """"«...», zanjó Feijóo" when the small model took the verb of saying for a noun: the
    person named right after a preterite of saying that follows the closing quote."""
    sentence = verb.sent
    closing = next((t.i for t in sentence if t.i > verb.i and t.text in ("”", "»", '"')), None)
    if closing is None:
        return []
    for token in parsed.doc[closing + 1:min(closing + 4, sentence.end - 1)]:
        word = fold(token.lower_)
        stems = [word[:-1] + "ar"] if word.endswith("o") and not word.endswith("io") else \
            [word[:-2] + "er", word[:-2] + "ir"] if word.endswith("io") else []
        if not (set(stems) | {verb_lemma(token)}) & SAYING:
            continue
        mention = parsed.mention(parsed.doc[token.i + 1])
        if mention is not None and parsed.is_person(mention.key):
            return [End.of(mention)]
    return []
