"""A person's gender by the given name, when the text shows it no other way: "el líder de Vox"
is not María Fernanda Cabal, whom no title or article before her name made a woman. Spanish
given names ending in -a are women's, in -o men's, but for the exceptions below; other
endings say nothing."""

from __future__ import annotations

from graph.ingest.nlp.given_name_genders import given_name_gender
from graph.ingest.reading import fold

_EXCEPTIONS = {
    # men's names in -a
    "borja": "Masc", "luca": "Masc", "nikola": "Masc", "mustafa": "Masc", "josema": "Masc",
    "juanma": "Masc", "chema": "Masc", "txema": "Masc",
    "bautista": "Masc", "garcia": "Masc", "costa": "Masc", "sasha": None, "andrea": None,
    "joshua": "Masc", "ilia": "Masc", "nikita": "Masc", "akira": None, "jona": "Masc",
    "kiska": None, "elia": None, "nicola": None,
    # women's names in -o
    "rocio": "Fem", "consuelo": "Fem", "amparo": "Fem", "rosario": None, "socorro": "Fem",
    "carmelo": "Masc", "milagro": "Fem", "begono": None,
}


def name_gender(label: str) -> str | None:
    """"Fem", "Masc" or None for the full name `label` (a lone surname says nothing)."""
    words = label.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    given = fold(words[0].lower().split("-")[0])
    if given in _EXCEPTIONS:
        return _EXCEPTIONS[given]
    if given_name_gender(given):
        return given_name_gender(given)
    if len(given) < 3:
        return None
    if given.endswith("ko"):
        return "Fem"  # "Keiko", "Yoko": Japanese names in -ko are women's
    return "Fem" if given.endswith("a") else "Masc" if given.endswith("o") else None
