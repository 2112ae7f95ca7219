"""Whether a title word is the title of a name that follows it: "el exministro de
Agricultura Miguel Arias Cañete y la eurodiputada del PP Carmen Crespo" name their holders, so
neither title stands for someone named before nor is the predicate of a dropped subject,
however the small model hangs them."""

from __future__ import annotations


def titles_a_name(roles, token) -> bool:
    parsed = roles.parsed
    for other in parsed.doc[token.i + 1:min(token.i + 10, token.sent.end)]:
        if other.text in (",", ";", ":", "."):
            return False
        mention = parsed.mention(other)
        if mention is not None and mention.start == other.i and parsed.is_person(mention.key):
            title = roles.title_before(mention)
            return title is not None and title.token == token.i
    return False
