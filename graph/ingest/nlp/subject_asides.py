"""A person named in an aside on a clause's subject ("Verástegui, aliado de Trump, dijo haber
hablado con el presidente") is another than the subject, whom a title in the clause may well
stand for; the subject's own words are not."""

from __future__ import annotations


def in_subject_aside(subject, token) -> bool:
    """Whether `token` sits in an aside set off by a comma after the subject's head word
    ("Verástegui, aliado de Trump, dijo haber hablado con el presidente"): a person named
    there is another than the subject, whom a title in the clause may well stand for."""
    doc = subject.doc
    for aside in subject.children:
        first = next((t.i for t in aside.subtree if not t.is_punct), aside.i)
        if aside.dep_ in ("appos", "acl", "acl:relcl", "nmod") and aside.i > subject.i and \
                first > 0 and doc[first - 1].text == "," and token in aside.subtree:
            return True
    return False
