"""Who tells is not who acts in what they tell: "Según su jefe de campaña, Osmar Ruiz, el
candidato pidió...", "Según explicó la portavoz, Ana Gil, la ministra no viajará". A title
that is the reported clause's subject stands for someone else than the source the "según"
phrase before it names (the writer would otherwise say "según él")."""

from __future__ import annotations

from graph.ingest.reading import fold


def sources_before(parsed, token) -> list[str]:
    """The persons a "según" phrase names before `token` in its sentence: up to the comma
    that closes it, past the commas that set a name in apposition ("según su portavoz, X,")."""
    doc = parsed.doc
    opener = next((t for t in doc[token.sent.start:token.i] if fold(t.lower_) == "segun"), None)
    if opener is None:
        return []
    starts = {m.start: m for m in parsed.linked.mentions}
    out, i = [], opener.i + 1
    while i < token.i:
        mention = starts.get(i)
        if mention is not None:
            if parsed.is_person(mention.key):
                out.append(mention.key)
            i = max(mention.end, i + 1)
            continue
        if doc[i].text == "," and i + 1 not in starts:
            break  # the phrase ends: what follows is the reported clause
        i += 1
    return out
