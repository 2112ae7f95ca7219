"""A person told by two titles, the name beside the second: "cuenta con el respaldo del
presidente regional del partido, el senador X". The small model hangs the second title on the
first and the name on the second, so the first title's phrase names no one by itself."""

from __future__ import annotations

from graph.ingest.nlp.parsed import DEMONYM, METONYM, End, Parsed
from graph.ingest.nlp.words import is_role_noun


def name_beside_second_title(parsed: Parsed, title) -> list[End]:
    if not is_role_noun(title):
        return []
    for second in title.children:
        if second.dep_ != "appos" or second.i < title.i or second.pos_ != "NOUN" or \
                not is_role_noun(second) or second.left_edge.text != ",":
            continue
        return [End(m.key, title.i, m.end - 1, mention=m) for name in second.children
                if name.dep_ == "appos" and name.i == second.i + 1
                for m in [parsed.mention(name)] if m is not None and m.start == name.i and
                m.kind not in (METONYM, DEMONYM) and parsed.is_person(m.key)]
    return []
