"""Where a relative clause's names end: "El organizador del foro, que reunió a A y B, contó que
asistió a X": A and B are what the relative clause is about, not who the verbs after it speak
of."""

from __future__ import annotations


def in_other_relative(token, verb) -> bool:
    """Whether `token` lies in a relative clause that does not hold `verb`: the names a
    relative clause governs are its own, not the subjects of the verbs after it."""
    for ancestor in token.ancestors:
        if ancestor.dep_ in ("acl", "acl:relcl") and ancestor.pos_ in ("VERB", "AUX") and \
                verb not in ancestor.subtree:
            return True
    return False
