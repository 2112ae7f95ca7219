"""A partner title quoted apart from whom it is of: 'es «el aliado natural» de Vox', 'la
llamó "la gran rival" de Kast'. Writers quote the words and leave the partner outside."""

from __future__ import annotations

_OPENING = {"«", '"', "“"}
_CLOSING = {"»", '"', "”"}


def quoted_partner(doc, start: int, i: int) -> bool:
    """Whether token `i` closes a quote opened just before the title at `start` and a "de"
    phrase follows it."""
    if doc[i].text not in _CLOSING or i + 1 >= len(doc) or doc[i + 1].lower_ not in ("de", "del"):
        return False
    before = [t.text for t in doc[max(start - 4, 0):start]]
    opened = [k for k, text in enumerate(before) if text in _OPENING]
    # the quote opens right before the title ("«el gran aliado»"), none closing in between
    return bool(opened) and not any(text in _CLOSING - {'"'} for text in before[opened[-1]:])
