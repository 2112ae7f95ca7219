"""The country of a person a title without a name may stand for: the graph's, else the one
the text gave them ("el presidente argentino, X"), else the one the press knows a listed
public figure by. Without the last, "Bardella y Orbán ... el primer ministro húngaro" would
go to whoever was named last, since neither is in the graph nor given a country by the text."""

from __future__ import annotations

from collections.abc import Iterable

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.public_figures import figure_country


def person_country(parsed, key: str, labels: Iterable[str] = ()) -> str | None:
    """The person's country by the graph or the text; by the table of public figures only
    when weighed against countries (`labels`, all of them countries: "el gobernador de San
    Pablo" names a town whose country the gazetteer may not know, and a figure's country
    would then wrongly set them apart)."""
    known = parsed.kb.country(key)
    if known:
        return parsed.kb.label(known)
    if key in parsed.nationality:
        return parsed.nationality[key]
    labels = list(labels)
    if not labels or not all(gz.is_country(label) for label in labels):
        return None
    label = parsed.kb.label(key)
    country = figure_country(label) if label else None
    if country is None:
        return None
    # the labels' own spelling of the same country ("Chequia" for "República Checa")
    return next((lab for lab in labels if gz.place_name(lab) == gz.place_name(country)), country)


