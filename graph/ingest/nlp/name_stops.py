"""The full stop after a mixed-case acronym ("la AfD.", "el PiS.", "de FdI.") closes the
sentence, as it does after "PP." or "Vox.": the tokenizer splits a stop off a word that ends in
a small letter or in two capitals, but keeps it on one that ends in a small letter and a capital,
so a name at a paragraph's end took the stop into its label ("Mitin de la AfD.")."""

from __future__ import annotations

# a capital after a small letter, after a capital: "AfD", "PiS", "FdI", "CiU"
_MIXED_ACRONYM_STOP = r"(?<=[A-ZÁÉÍÓÚÑÖÜ][a-záéíóúñöü][A-ZÁÉÍÓÚÑÖÜ])\."


def split_acronym_stops(nlp) -> None:
    """Makes `nlp`'s tokenizer split the stop that follows a mixed-case acronym, besides the
    suffixes it splits already."""
    import re

    pattern = nlp.tokenizer.suffix_search.__self__.pattern
    if _MIXED_ACRONYM_STOP not in pattern:
        nlp.tokenizer.suffix_search = re.compile(f"{pattern}|{_MIXED_ACRONYM_STOP}$").search
