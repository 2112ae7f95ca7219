"""A clause set in another year than the article's: "Kickl, Orbán y Babiš firmaron en 2024 en
esta misma ciudad el manifiesto" tells of a past occasion, not of the event the text is about,
so the event the text is about cannot be the one the clause leaves unnamed."""

from __future__ import annotations


def dated_elsewhere(parsed, verb) -> bool:
    """Whether a year other than the article's hangs on the verb ("firmó en 2024")."""
    anchor = parsed.document.anchor
    today = anchor.day or (anchor.date.start if anchor.date else None)
    if today is None:
        return False
    return any(t.like_num and len(t.text) == 4 and t.text.startswith(("19", "20")) and
               t.text != str(today.year) and verb in (t.head, t.head.head)
               for c in verb.children if c.dep_ in ("obl", "nmod", "advmod")
               for t in c.subtree)
