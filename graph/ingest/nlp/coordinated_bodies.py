"""Two named bodies joined by "y": "organizada por la Fundación Raíces y la Cámara de Comercio
de Oporto", "con el apoyo del Instituto Acton y el Círculo de Empresarios". The small model may
tag both as one entity; each is a body of its own when the second opens with the head noun of an
organization ("Cámara", "Fundación", "Partido") and goes on with a name, and the first is a
body too (by its head or by a name the graph or the lists know). A name whose "y" joins words
that open no body stays whole: "Fundación Libertad y Progreso", "Trinidad y Tobago"."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz

# The classes of a head noun that opens a body's name (events and places are other readings).
_BODIES = frozenset({"Organization", "PoliticalParty", "Movement", "Coalition", "Network",
                     "MediaOutlet"})
_JOINING = frozenset({"y", "e"})
_ARTICLES = frozenset({"el", "la", "los", "las"})
_OF = frozenset({"de", "del"})


def two_bodies(reader, start: int, j: int, k: int) -> bool:
    """Whether the lower-case words [j, k) between the name [start, j) and the capitalized word
    at `k` join two named bodies ("y", "y la") rather than two words of one name."""
    words = [w for i in range(j, k) for w in reader.keys[i]]
    if not words or words[0] not in _JOINING or len(words) > 2 or \
            (len(words) == 2 and words[1] not in _ARTICLES):
        return False
    if not _opens_body(reader, k) or not _named_after(reader, k):
        return False
    left = reader.key(start, j)
    return gz.head_class(left, alone=True) in _BODIES and len(left) >= 2 or \
        left in reader.t.names or gz.known_class(left) is not None


def _opens_body(reader, k: int) -> bool:
    head = reader.keys[k]
    return bool(head) and gz.head_class(head, alone=True) in _BODIES


def _named_after(reader, k: int) -> bool:
    """The head at `k` goes on with a name: "Cámara de Industria", "Fundación Raíces"."""
    n = len(reader.doc)
    nxt = k + 1
    if nxt < n and reader._namey(nxt):
        return True
    while nxt < n and reader.keys[nxt] and reader.keys[nxt][0] in _OF | _ARTICLES and \
            not reader.caps[nxt] and nxt - k <= 2:
        nxt += 1
    return nxt > k + 1 and nxt < n and reader._namey(nxt)
