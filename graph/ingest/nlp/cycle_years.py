"""The year of a race held on a fixed cycle when its phrase gives none: the European
Parliament's (every five years) and a governor's in the countries that elect all or most of
their governors on one day every four years (Argentina's provinces and Colombia's departments
in 2023 and 2027, Brazil's states in 2022 and 2026). "Candidato a gobernador" in an Argentine
story of 2026 runs in 2027; told in the past, in the race held last."""

from __future__ import annotations

from graph.ingest.nlp.election_kinds import EUROPEAN, GOVERNOR
from graph.ingest.nlp.race_tense import european_year, told_as
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# Provinces, states and departments by the remainder of their governor's election year
# divided by four. Argentina's Corrientes and Santiago del Estero keep cycles of their own.
_CYCLES = {
    3: """Buenos Aires;Córdoba;Santa Fe;Mendoza;Salta;Tucumán;Entre Ríos;Misiones;Chaco;Jujuy;
Neuquén;Río Negro;Chubut;Santa Cruz;Tierra del Fuego;San Juan;San Luis;La Pampa;Catamarca;
Formosa;La Rioja;Antioquia;Valle del Cauca;Cundinamarca;Atlántico;Bolívar;Magdalena;Nariño""",
    2: """São Paulo;Río de Janeiro;Rio de Janeiro;Minas Gerais;Bahía;Rio Grande do Sul;
Pernambuco;Goiás;Santa Catarina;Ceará;Pará;Amazonas;Espírito Santo;Paraná""",
}
_REMAINDER = {name.strip(): remainder for remainder, names in _CYCLES.items()
              for name in names.replace("\n", "").split(";") if name.strip()}


def cycle_year(kind: str, race: str, year: int, token) -> int:
    """The year of `race` (a label less its year) of `kind`, `year` the one read so far."""
    if kind == EUROPEAN:
        return european_year(year, token)
    if not race.startswith(GOVERNOR + " de "):
        return year
    remainder = _REMAINDER.get(race[len(GOVERNOR) + 4:])
    if remainder is None or year % 4 == remainder:
        return year
    words = {fold(t.lower_) for t in token.subtree}
    if told_as(token, "Past") and not _named_for(token) or \
            words & {"ultimas", "pasadas", "anteriores"}:
        return year - (year - remainder) % 4
    return year + (remainder - year) % 4


# Acts that make someone a candidate: told in the past, the race they name is still ahead
# ("fue proclamado ayer candidato a gobernador", "lo convirtió en el precandidato").
_NAMING = {"proclamar", "nominar", "designar", "ungir", "lanzar", "presentar", "anunciar",
           "oficializar", "inscribir", "confirmar", "bendecir", "convertir", "postular",
           "ratificar", "consagrar", "registrar", "formalizar"}


def _named_for(token) -> bool:
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and folded_lemma(verb) in _NAMING
