"""A chronicle's lead restates the gathering its headline or deck told of: "El líder de Vox
protagoniza un mitin ante 900 personas" and then "Abascal arropó ayer a Nolasco en un mitin
celebrado en el Palacio de Exposiciones". The second indefinite noun of the same kind, a few
sentences on, is the same gathering, the one the article reports; one farther on, or after
another gathering of that kind, may be another ("el domingo dio un mitin en Huesca")."""

from __future__ import annotations

from graph.ingest.nlp.ends import End

# How many sentences after the first mention the lead may restate it
_REACH = 3


def restated_event(parsed, token, kind: str, described: dict[int, str], kind_of) -> End | None:
    """The reported gathering an indefinite noun of its kind restates, or None."""
    earlier = [(i, key) for i, key in described.items()
               if i < token.i and kind_of(parsed.doc[i]) == kind]
    if len(earlier) != 1:
        return None
    i, key = earlier[0]
    if parsed.named_events.get(key) != i:
        return None  # only the gathering the article reports is restated
    distance = parsed.sentence_of(token) - parsed.sentence_of(parsed.doc[i])
    if not 0 < distance <= _REACH:
        return None
    return End(key, token.i, token.i, reference=True, distance=distance)
