"""The two persons coordinated earlier in a sentence, which a later "ninguno de los dos" or
"ambos" in it stands for: "invitaron a Bukele y a Milei", and the same with each name in
apposition to its title ("invitaron a la presidenta de la Junta, A, y al consejero de
Agricultura, B"), where the parse coordinates the titles, not the names."""

from __future__ import annotations


def coordinated_before(parsed, token) -> list[str]:
    """The last two persons coordinated with each other earlier in the sentence of `token`."""
    pair: list[str] = []
    for mention in parsed.linked.mentions:
        if not token.sent.start <= mention.start < token.i or not parsed.is_person(mention.key):
            continue
        head = _head(parsed, mention)
        item = head.head if head.dep_ == "appos" and head.head.i < head.i else head
        if item.dep_ != "conj":
            continue
        other = parsed.mention(item.head)
        if other is None and item != head:  # the first title's own name, in apposition to it
            other = next((m for c in item.head.children if c.dep_ == "appos" and c.i > item.head.i
                          for m in [parsed.mention(c)] if m is not None), None)
        if other is not None and other.key != mention.key and parsed.is_person(other.key):
            pair = [other.key, mention.key]
    return pair


def _head(parsed, mention):
    head = parsed.doc[mention.start]
    while mention.start <= head.head.i < mention.end and head.head != head:
        head = head.head
    return head
