"""A title a speaker states of themself in reported speech: "X aseguró que es miembro de Vox",
"X recordó que fue diputada del PP", "X aclaró que no es militante del partido", "el senador
X anunció que será el candidato del PL". The copula of the completive has no subject of its own
and is in the third person: the one who says it is the one it is said of, as Spanish reads a
dropped subject after a verb of saying; so is the one a verb of denying governs in the
infinitive ("X descartó ser candidato a la presidencia"), denied."""

from __future__ import annotations

from graph.ingest.nlp.apposed_relatives import apposed_relative
from graph.ingest.nlp.partner_titles import titled_subject
from graph.ingest.nlp.triggers import DENYING, SAYING
from graph.ingest.nlp.words import base_role, folded_lemma, root_in

# "descartó una vez más ser candidato a la presidencia", "negó ser militante de Vox": a title a
# verb of denying governs in the infinitive is the subject's own, denied (the small model
# takes the infinitive's predicate for a complement or for the object)
_DENIED = ("xcomp", "obj")


def said_titles(roles, mention) -> list[tuple[object, object]]:
    """(the title, its copula) of each completive of a verb of saying the name is the subject
    of, whose predicate is a role noun with no subject of its own, and of each infinitive
    copula a verb of denying governs."""
    doc = roles.doc
    token = root_in(doc[mention.start], mention.start, mention.end)
    # "X aseguró que ...", and "X, que aclaró a este diario que ...": a relative on the name;
    # "El senador X anunció que ...": the title the name stands beside is the subject
    subject = titled_subject(token)
    speeches = [subject.head] if subject.dep_ == "nsubj" and subject.head != subject else []
    # the relative may hang on the title the name is in apposition to ("el exdiputado X, que")
    holders = [token, token.head] if token.dep_ == "appos" and token.head.i < token.i else [token]
    speeches += [c for h in holders for c in h.children if c.dep_ in ("acl", "acl:relcl") and
                 c.i > token.i and any(g.dep_ == "nsubj" and folded_lemma(g) in ("que", "quien")
                                       for g in c.children)]
    # "X, de Republicanos, que descartó ...": or on an aside after the name
    aside = apposed_relative(roles.parsed, mention, token)
    speeches += [aside] if aside is not None and aside not in speeches else []
    titles = []
    for clause in (c for speech in speeches if folded_lemma(speech) in SAYING | DENYING
                   for c in speech.children):
        if clause.i < clause.head.i or clause.pos_ != "NOUN" or clause.dep_ not in (
                "ccomp", *_DENIED) or (clause.dep_ in _DENIED) != (
                folded_lemma(clause.head) in DENYING - SAYING):
            continue
        word, former = base_role(clause)
        verb = next((c for c in clause.children if c.dep_ == "cop"), None)
        if clause.dep_ in _DENIED and (verb is None or verb.morph.get("VerbForm") != ["Inf"]):
            continue  # "descartó ser candidato": only the infinitive is the speaker's own
        # the small model may take the completive's "que" for its subject
        if not word or verb is None or verb.morph.get("Person") not in ([], ["3"]) or any(
                c.dep_.startswith("nsubj") and c.lower_ != "que" for c in clause.children):
            continue  # "dijo que Y es ...", "dijo que soy ...": someone else, or the speaker
        titles.append((roles._phrase(clause.i, roles._phrase_end(clause.i), word, former), verb))
    return titles
