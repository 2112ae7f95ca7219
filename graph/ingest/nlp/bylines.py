"""Bylines under a headline, which say where the story was written."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz


def byline_country(doc) -> str | None:
    """The country of the city in a byline under the headline: "Por la Redacción | Bogotá, 20
    de enero", "REDACCIÓN MURCIA | Lunes, 14 de septiembre" (a short line whose city stands
    between its separators)."""
    lines, line = [], []
    for token in doc:
        if token.is_space and "\n" in token.text:
            if line:
                lines.append(line)
            line = []
            if len(lines) == 4:
                break
        elif not token.is_space:
            line.append(token)
    for words in lines[1:]:
        if len(words) > 16 or not any(t.text in ("|", ",") for t in words):
            continue
        for first in range(len(words)):
            before = words[first - 1].text if first else "|"
            if before not in ("|", "Redacción", "REDACCIÓN"):
                continue
            for size in (3, 2, 1):
                after = words[first + size].text if first + size < len(words) else "|"
                if first + size > len(words) or after not in ("|", ","):
                    continue
                found = gz.place(" ".join(t.text for t in words[first:first + size]).title())
                if found is not None and found.kind == "city" and found.country:
                    return found.country
    return None
