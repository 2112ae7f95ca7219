"""Whether a common noun the graph knows as one country's body ("la oposición", "el
oficialismo") is that country's where the text uses it: not when its own adjective or
complement names another country ("la oposición salvadoreña", "el oficialismo de Perú"), nor,
bare, in a text about another country."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.bodies import body_ends
from graph.ingest.nlp.placed_camps import placed_camp


def own_country(token) -> str | None:
    """The country (its gazetteer name) the noun's own adjective or "de" complement names."""
    for child in token.children:
        if child.dep_ == "amod" and child.pos_ == "ADJ":
            country = gz.demonym(child.text)
            place = gz.place(country) if country else None
            if place is not None and place.kind == "country":
                return place.name
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("de", "del")
                                        for c in child.children):
            place = gz.place(" ".join(t.text for t in child.subtree
                                      if t.dep_ not in ("case", "det")))
            if place is not None and place.kind == "country":
                return place.name
    return None


def of_its_country(kb, country: str, token, about: str | None) -> bool:
    """Whether the noun at `token` may be the body of `country` (the graph's entity), in a
    text `about` a country (its name, None when unknown): a bare "la oposición" is of the
    country the text is about."""
    own = own_country(token) or about
    return own is None or gz.place_name(own) == gz.place_name(kb.label(country))


def common_body(parsed, token, words) -> str | None:
    """The organization a common noun of a title's complement names ("líder de la oposición
    chilena"): the graph's body of that name unless the noun's own adjective or complement
    names another country, then the camp the adjective names ("de la oposición venezolana"
    is no "Oposición chilena"; a bare "del oficialismo" is left to the graph's)."""
    key = parsed.events.common(token.text, words)
    placed = placed_camp(parsed, token) if key is not None else None
    if placed is not None:
        return placed  # "la oposición en la Knéset": the camp there, not the graph's
    country = parsed.kb.country(key) if key is not None else None
    # a bare "la oposición" in a text about another country, which never names the body's,
    # is not the graph's body
    named = any(m.key == country for m in parsed.linked.mentions)
    if country is None or of_its_country(parsed.kb, country, token, None if named else
                                         parsed.elections.document_country()):
        return key
    camps = body_ends(parsed, token)
    return camps[0].key if camps else None
