"""A title a speaker states of themself in reported speech: "X aseguró que es miembro de Vox",
"X recordó que fue diputada del PP", "X aclaró que no es militante del partido", "el senador
X anunció que será el candidato del PL". The copula of the completive has no subject of its
own and is in the third person: the one who says it is the one it is said of, as Spanish reads
a dropped subject after a verb of saying."""

from __future__ import annotations

from graph.ingest.nlp.triggers import SAYING
from graph.ingest.nlp.words import base_role, folded_lemma, root_in


def said_titles(roles, mention) -> list[tuple[object, object]]:
    """(the title, its copula) of each completive of a verb of saying the name is the subject
    of, whose predicate is a role noun with no subject of its own."""
    doc = roles.doc
    token = root_in(doc[mention.start], mention.start, mention.end)
    # "X aseguró que ...", and "X, que aclaró a este diario que ...": a relative on the name
    # ("el senador X anunció que ...": the name in apposition to the title that is the subject)
    subject = token.head if token.dep_ == "appos" and token.head.i < token.i and \
        token.head.dep_ == "nsubj" and base_role(token.head)[0] else token
    speeches = [subject.head] if subject.dep_ == "nsubj" and subject.head != subject else []
    # the relative may hang on the title the name is in apposition to ("el exdiputado X, que")
    holders = [token, token.head] if token.dep_ == "appos" and token.head.i < token.i else [token]
    speeches += [c for h in holders for c in h.children if c.dep_ in ("acl", "acl:relcl") and
                 c.i > token.i and any(g.dep_ == "nsubj" and folded_lemma(g) in ("que", "quien")
                                       for g in c.children)]
    titles = []
    for clause in (c for speech in speeches if folded_lemma(speech) in SAYING
                   for c in speech.children):
        if clause.dep_ != "ccomp" or clause.i < clause.head.i or clause.pos_ != "NOUN":
            continue
        word, former = base_role(clause)
        verb = next((c for c in clause.children if c.dep_ == "cop"), None)
        # the small model may take the completive's "que" for its subject
        if not word or verb is None or verb.morph.get("Person") not in ([], ["3"]) or any(
                c.dep_.startswith("nsubj") and c.lower_ != "que" for c in clause.children):
            continue  # "dijo que Y es ...", "dijo que soy ...": someone else, or the speaker
        titles.append((roles._phrase(clause.i, roles._phrase_end(clause.i), word, former), verb))
    return titles
