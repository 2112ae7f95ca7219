"""A live blog's label opening an entry: "12:30 — Confirmado: X, invitado por Y, declinó
acudir", "Última hora: X no vendrá", "Atención: ...". The small model reads the label as the
entry's predicate and hangs the sentence after it as its complement, losing the subject; the
label is parsed on its own, as the time stamp before it is."""

from __future__ import annotations

import re

from graph.ingest.nlp.turns import STAMP

# Words a label is made of (the first capitalized), ending at its colon
LABEL = re.compile(r"(?:Confirmad[oa]|Oficial|Última hora|Ultima hora|Urgente|Atención|"
                   r"Novedad|Sorpresa|Cambio de planes|Aviso(?: de [^:\n]{1,30})?|"
                   r"Comunicado(?: de [^:\n]{1,30})?|Desmentido)\s*:[ \t]+(?=\S)")


def label_cuts(text: str, start: int) -> list[int]:
    """Where the parse is cut after each entry's label, from `start` on: at the opening of a
    line or right after a time stamp."""
    openings = {m.end() for m in STAMP.finditer(text, start)}
    openings |= {m.end() for m in re.finditer(r"^", text, re.MULTILINE) if m.end() >= start}
    cuts = []
    for at in sorted(openings):
        found = LABEL.match(text, at)
        if found is not None and start < found.end() < len(text):
            cuts.append(found.end())
    return cuts
