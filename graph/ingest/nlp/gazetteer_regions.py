"""States, provinces, departments and regions a governor or a regional president is named
by: "el exgobernador de Santa Cruz", "la gobernadora de Nuevo León". A name several countries
share ("Santa Cruz", "La Rioja") has no country of its own, but the countries it may be in.
Names that are also common words, given names or surnames ("Misiones", "Corrientes",
"Guerrero", "Hidalgo", "Lara", "Miranda", "Bolívar", "Santander", "Magdalena", "César",
"Loreto", "Cortés", "Bahía") are left out: read as places, they would turn people and
phrases into places.

Written as a table: names | country, or names | | the countries that share them; a line
ending with ";" goes on on the next."""

from __future__ import annotations

from graph.ingest.nlp.gazetteer_places import table
from graph.ingest.reading import fold

SUBDIVISIONS = """
Santa Cruz||Bolivia;Argentina;España
La Rioja||España;Argentina
Provincia de Buenos Aires;Santa Fe;Entre Ríos;Chaco;Formosa;Jujuy;Catamarca;
Santiago del Estero;La Pampa;Neuquén;Río Negro;Chubut;Tierra del Fuego;San Luis|Argentina
Tarija;Chuquisaca;Oruro;Potosí;Beni|Bolivia
Minas Gerais;Río Grande del Sur;Rio Grande do Sul;Santa Catarina;Paraná;Pernambuco;Ceará;
Goiás;Espírito Santo;Mato Grosso;Mato Grosso do Sul|Brasil
Araucanía;La Araucanía;Biobío;Ñuble;Atacama;Coquimbo;Los Lagos;Los Ríos;Aysén;
Tarapacá|Chile
Antioquia;Cundinamarca;Valle del Cauca;Boyacá;Tolima;Huila;Nariño;Risaralda;Quindío;
Norte de Santander;Casanare|Colombia
Pichincha;Guayas;Manabí;Azuay|Ecuador
Nuevo León;Jalisco;Estado de México;Veracruz;Chihuahua;Sonora;Coahuila;Tamaulipas;Yucatán;
Quintana Roo;Oaxaca;Chiapas;Michoacán;Guanajuato;Querétaro;Baja California;Sinaloa;
Zacatecas;Tabasco|México
Piura;Lambayeque;Junín;Puno;Áncash|Perú
Zulia;Carabobo;Anzoátegui;Táchira|Venezuela
Francisco Morazán;Olancho|Honduras
Aragón;Asturias;Baleares;Islas Baleares;Canarias;Cantabria;Castilla-La Mancha;Extremadura;
Navarra;Región de Murcia|España
Véneto;Piamonte;Toscana;Lacio;Campania;Apulia;Calabria;Cerdeña;Emilia-Romaña;Friuli|Italia
Turingia;Brandeburgo;Sajonia-Anhalt;Baja Sajonia;Renania del Norte-Westfalia;Hesse;
Mecklemburgo-Pomerania Occidental;Baden-Wurtemberg|Alemania
Carintia;Estiria;Tirol;Alta Austria;Baja Austria|Austria
"""

ROWS = [(row[0], row[1][0] if row[1:] and row[1] else None, row[2] if row[2:] else [])
        for row in table(SUBDIVISIONS)]
_SHARED = {fold(n.lower()): set(shared) for names, _, shared in ROWS for n in names}


def shared_countries(name: str) -> set[str]:
    """The countries a place name several share may be in ("Santa Cruz": Bolivia, Argentina,
    Spain); none for another."""
    return _SHARED.get(fold(name.lower()), set())


def is_state(name: str) -> bool:
    """Whether `name` is one of the states or provinces above, which a title's complement
    names as its place: "el exgobernador de Santa Cruz"."""
    return fold(name.lower()) in _SHARED
