"""Which state or province a governor named without one governs: "el gobernador X" in a text
about one federal state ("el gobernador Martín Soria" in a report on Córdoba's campaign) is
that state's governor. Only states whose heads are called governors (Argentina's provinces,
Brazil's and Mexico's states, the United States', Colombia's departments); only when the
text names one such state far more than any other, by its name or its demonym."""

from __future__ import annotations

import re
from collections import Counter

from graph.ingest.nlp import gazetteer
from graph.ingest.nlp.doc_texts import doc_text

_GOVERNED = """
Buenos Aires;Córdoba;Santa Fe;Mendoza;Salta;Tucumán;Entre Ríos;Corrientes;Misiones;Chaco;
Jujuy;Neuquén;Río Negro;Chubut;Santa Cruz;Tierra del Fuego;San Juan;San Luis;La Pampa;
Catamarca;Santiago del Estero;Formosa;
São Paulo;Río de Janeiro;Rio de Janeiro;Minas Gerais;Bahía;Paraná;Rio Grande do Sul;
Pernambuco;Goiás;Santa Catarina;Ceará;Pará;Amazonas;Espírito Santo;Distrito Federal;
Estado de México;Nuevo León;Jalisco;Chihuahua;Sonora;Veracruz;Puebla;Guanajuato;Yucatán;
Baja California;Tamaulipas;Coahuila;Michoacán;Oaxaca;Chiapas;Guerrero;
Florida;Texas;California;Nueva York;Ohio;Arizona;Pensilvania;Virginia;Carolina del Sur;
Carolina del Norte;Luisiana;Alabama;Tennessee;Misisipi;Dakota del Sur;Nueva Jersey;
Antioquia;Valle del Cauca;Cundinamarca;Santander;Atlántico;Bolívar;Magdalena;Nariño
"""
_STATES = [name.strip() for name in _GOVERNED.replace("\n", "").split(";") if name.strip()]
_SAME = {"Rio de Janeiro": "Río de Janeiro"}


def governed_state(doc) -> str | None:
    """The one governed state the text names most, by name ("en Córdoba") or demonym ("el
    peronismo cordobés"), at least twice and more than twice as often as the next."""
    counts: Counter = Counter()
    text = doc_text(doc)
    for name in _STATES:
        hits = len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))
        if hits:
            counts[_SAME.get(name, name)] += hits
    for token in doc:
        if token.pos_ == "ADJ":
            region = gazetteer.regional_demonym(token.text)
            if region in _STATES:
                counts[region] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def is_governed(name: str) -> bool:
    """Whether `name` is one of the states or provinces a governor heads."""
    return name in _STATES or name in _SAME
