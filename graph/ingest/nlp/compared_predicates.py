"""A comparison put between the copula and its predicate: "X era, como ella, una militante de
Alianza Nacional", "X fue, como su padre, concejala de Soria". The small model takes the
compared one for the predicate (or for an oblique of a bare "era") and hangs the real title on
it as an apposition, so the title is never read as said of the subject. The title is put back
at the head, the comparison becomes its adverbial."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role, folded_lemma


def _compared(token) -> bool:
    """"como ella", set off by a comma before it."""
    return any(c.dep_ in ("mark", "case") and c.lower_ == "como" and c.i < token.i and
               c.i > 0 and token.doc[c.i - 1].text == "," for c in token.children)


def _title(compared):
    """The title after the comparison's closing comma, hung on it as an apposition."""
    # (or as a second member of a list, joined by the comma alone)
    return next((c for c in compared.children if (c.dep_ == "appos" or c.dep_ == "conj" and
                                                   not any(d.dep_ == "cc" for d in c.children))
                 and c.i > compared.i and
                 c.pos_ in ("NOUN", "ADJ", "VERB") and base_role(c)[0] and
                 compared.doc[min(t.i for t in c.subtree if not t.is_punct) - 1].text == ","), None)


def predicates_after_comparisons(doc):
    for compared in doc:
        if not _compared(compared):
            continue
        title = _title(compared)
        if title is None:
            continue
        cop = next((c for c in compared.children if c.dep_ == "cop" and c.i < compared.i and
                    folded_lemma(c) == "ser"), None)
        if cop is not None:  # the compared one read as the predicate
            old = compared
            moved = [c for c in compared.children if c.i < cop.i or c == cop or
                     c.dep_ in ("punct",) and c.i > title.i]
        elif compared.head.lemma_ == "ser" and compared.head.pos_ == "AUX" and \
                compared.head.dep_ != "cop" and compared.head.i < compared.i:
            old = compared.head  # a bare "era" left the clause's head
            moved = [c for c in old.children if c != compared]
            cop = old
        else:
            continue
        title.head = title if old.head == old else old.head
        title.dep_, title.pos_ = old.dep_, "NOUN"
        if old is not compared:
            old.head, old.dep_ = title, "cop"
        compared.head, compared.dep_ = title, "obl"
        cop.head, cop.dep_ = title, "cop"
        for child in moved:
            child.head = title
    return doc
