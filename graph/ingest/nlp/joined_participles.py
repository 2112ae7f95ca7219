"""Membership said by a participle of joining beside a name: "Luis Pardo, afiliado al PP desde
2010,", "Ana Soto, afiliada a Vox y diputada provincial", "X, adscrita al grupo de Vox", "Y,
integrado en la coalición Z", "W, exafiliado del PSOE". The participle is the person's state,
as "militante de" is; a prefix "ex" makes it a former one."""

from __future__ import annotations

from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.state_participles import state_after_name, stem_of
from graph.ingest.reading import fold

# The participle's stem (gender and number follow) and the prepositions of what one joined
_JOINED = {"afiliad": ("a", "al", "de", "del"), "adscrit": ("a", "al"),
           "incorporad": ("a", "al"), "integrad": ("en",), "inscrit": ("en", "a", "al")}


def joined_participle_claims(parsed: Parsed, token) -> list[Found]:
    word = fold(token.lower_)
    former = word.startswith("ex")
    stem = stem_of(word[2:] if former else word, _JOINED)
    state = stem and state_after_name(parsed, token, _JOINED[stem], parsed.is_person)
    if not state:
        return []
    person, bodies = state
    return [Found("memberOf", End.of(person), body, 0.7, "apposition", token.i,
                  {"former": True} if former else {}, dated=False)
            for body in bodies if parsed.kb.fits("memberOf", person.key, body.key)]
