"""The person an object clitic takes up when its own sentence names them only by a title:
"Según el equipo del candidato, Abascal lo llamó por teléfono" is the candidate, not whoever
the sentence before named."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import is_role_noun


def titled_referent(parsed, clitic, subjects: set[str], gender: str | None) -> list[End]:
    """The one person the unnamed titles before `clitic` in its sentence stand for, if they
    stand for one only and it is not the verb's subject."""
    keys: list[str] = []
    for token in parsed.doc[parsed.doc[clitic.i].sent.start:clitic.i]:
        if token.pos_ != "NOUN" or not is_role_noun(token) or parsed.mention(token) or \
                gender and token.morph.get("Gender") not in ([], [gender]) or \
                token.morph.get("Number") == ["Plur"]:
            continue  # "ambos mandatarios" are two
        keys += [e.key for e in parsed.ends(token, conj=False)
                 if e.reference and parsed.is_person(e.key) and e.key not in subjects]
    if len(set(keys)) != 1:
        return []
    return [End(keys[0], clitic.i, clitic.i, reference=True, distance=0)]
