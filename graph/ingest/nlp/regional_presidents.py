"""The president a Spanish regional story names by the title alone: "la presidenta Prohens"
in a programme on the Balearic Parliament, "el expresidente Revilla" in a profile set in
Cantabria. Spain is a kingdom, so a bare "presidente" there heads no state; read in a story
about one region it heads that region's government, as its readers know."""

from __future__ import annotations

from graph.ingest.nlp.document_places import region_counts

# Titles a region's government gives one person
_HEADS = {"presidente"}


def story_region(doc) -> str | None:
    """The Spanish region the text names more often than any other, if it names one twice."""
    ranked = region_counts(doc).most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def sole_region(doc) -> str | None:
    """The one Spanish region the text names, even once: "el presidente regional" says a
    region's head, and a text naming a single region leaves no other it could be."""
    regions = region_counts(doc)
    return next(iter(regions)) if len(regions) == 1 else None


def regional_head(parsed, word: str, person: str) -> str | None:
    """The office "Presidente de <region>" a bare title `word` names in a story set in a
    Spanish region, for a person the text gives no other country; None otherwise."""
    if word not in _HEADS or parsed.elections.document_country() not in (None, "España"):
        return None
    if parsed.nationality.get(person) not in (None, "España"):
        return None  # "el presidente Bukele", a visitor the text calls Salvadoran
    region = story_region(parsed.doc)
    return f"{word.capitalize()} de {region}" if region else None
