"""Towns and first-level divisions by a stated criterion, one block each, with the Spanish
exonyms news use; the hand lists of `gazetteer_places` stay as they are and win where they
overlap. Names that are also common words, given names or surnames of little fame as places
("Posadas", "Salvador", "Fortaleza", "Pará", "Natal", "Meta", "Pasto", "Limón", "Guarda",
"Faro", "Colorado", "Nevada", "Virginia", "Carolina") are left out, as in `gazetteer_regions`:
read as places, they would turn people and phrases into places.

Bruselas and Estrasburgo keep no country: news write them for the European Union's
institutions ("cargó contra Bruselas"), not for Belgium or France.

TOWNS: names | country (kind "city"). DIVISIONS: names | country (kind "state").
SHARED: a town several countries have ("Córdoba", "Valencia"), which says no country by
itself: names | the countries it may be in."""

from __future__ import annotations

from graph.ingest.nlp.gazetteer_places import table

TOWNS = """
A Coruña;La Coruña;Albacete;Alicante;Almería;Ávila;Badajoz;Burgos;Cáceres;Cádiz;Castellón;
Castellón de la Plana;Ciudad Real;Girona;Gerona;Huelva;Huesca;Jaén;Las Palmas;
Las Palmas de Gran Canaria;Lleida;Lérida;Logroño;Lugo;Ourense;Orense;Oviedo;Palencia;
Palma de Mallorca;Pamplona;Iruña;Pontevedra;Salamanca;San Sebastián;Donostia;
Santa Cruz de Tenerife;Santander;Segovia;Soria;Tarragona;Teruel;Vitoria;Vitoria-Gasteiz;
Zamora;Mérida;Santiago de Compostela;Ceuta;Melilla;
Vigo;Gijón;L'Hospitalet;L'Hospitalet de Llobregat;Hospitalet de Llobregat;Elche;Badalona;
Terrassa;Tarrasa;Sabadell;Móstoles;Alcalá de Henares;Fuenlabrada;Leganés;Getafe;Alcorcón;
Jerez de la Frontera;Marbella;Dos Hermanas;Algeciras;Torrejón de Ardoz;Parla;Alcobendas;
Reus;Telde;Barakaldo;Baracaldo;Mataró;Santa Coloma de Gramenet;San Cristóbal de La Laguna;
Torrevieja;Roquetas de Mar|España
San Fernando del Valle de Catamarca;Resistencia;Rawson;Viedma;Ushuaia;Río Gallegos;
San Salvador de Jujuy;San Miguel de Tucumán;Santiago del Estero|Argentina
Oruro;Potosí;Tarija;Cobija|Bolivia
Rio Branco;Maceió;Macapá;Manaos;Manaus;Vitória;Goiânia;São Luís;Cuiabá;Teresina;
Porto Velho;Boa Vista;Florianópolis;Aracaju|Brasil
Copiapó;Chillán;Coyhaique;Valdivia|Chile
Tunja;Manizales;Yopal;Popayán;Quibdó;Neiva;Riohacha;Santa Marta;Cúcuta;Mocoa;Bucaramanga;
Ibagué;Valledupar;Montería;Sincelejo;Villavicencio|Colombia
Guaranda;Azogues;Tulcán;Riobamba;Latacunga;Machala;Portoviejo;Babahoyo;Ambato;Nueva Loja|Ecuador
Mexicali;Campeche;Tuxtla Gutiérrez;Chihuahua;Saltillo;Colima;Durango;Guanajuato;Toluca;
Morelia;Cuernavaca;Tepic;Oaxaca de Juárez;Querétaro;Chetumal;San Luis Potosí;Culiacán;
Hermosillo;Villahermosa;Ciudad Victoria;Tlaxcala;Xalapa;Jalapa;Zacatecas;Aguascalientes;
Ciudad Juárez|México
Caacupé;Villarrica;Coronel Oviedo;Caazapá;Paraguarí;Salto del Guairá;Fuerte Olimpo|Paraguay
Huaraz;Abancay;Ayacucho;Cajamarca;Callao;Huancavelica;Huánuco;Ica;Huancayo;Chiclayo;Iquitos;
Puerto Maldonado;Moquegua;Cerro de Pasco;Moyobamba;Tacna;Tumbes;Pucallpa|Perú
Canelones;Paysandú;Fray Bentos;Tacuarembó;Colonia del Sacramento|Uruguay
Puerto Ayacucho;San Fernando de Apure;Maracay;Barinas;Tucupita;Barquisimeto;Los Teques;
Maturín;Cumaná;Barcelona de Venezuela|Venezuela
Cobán;Salamá;Chimaltenango;Chiquimula;Escuintla;Huehuetenango;Puerto Barrios;Jutiapa;
Quetzaltenango;Retalhuleu;Antigua Guatemala;Sololá;Mazatenango;Totonicapán;Zacapa|Guatemala
Ahuachapán;Chalatenango;Cojutepeque;Santa Tecla;Zacatecoluca;Sonsonate;Usulután|El Salvador
La Ceiba;Choluteca;Comayagua;Santa Rosa de Copán;Roatán;Juticalpa;Ocotepeque|Honduras
Boaco;Jinotepe;Chinandega;Juigalpa;Estelí;Jinotega;Somoto;Masaya;Matagalpa;Ocotal;Bilwi;
Puerto Cabezas;Bluefields|Nicaragua
Alajuela;Cartago;Heredia;Puntarenas|Costa Rica
Penonomé;La Chorrera;Santiago de Veraguas|Panamá
Pinar del Río;Artemisa;Matanzas;Sancti Spíritus;Ciego de Ávila;Camagüey;Las Tunas;Holguín;
Bayamo;Santiago de Cuba;Guantánamo;Nueva Gerona|Cuba
Santiago de los Caballeros;Puerto Plata;La Romana;San Pedro de Macorís;Higüey;
Baní|República Dominicana
Aveiro;Beja;Braga;Bragança;Castelo Branco;Coimbra;Évora;Leiria;Portalegre;Santarém;
Setúbal;Viana do Castelo;Vila Real;Viseu;Ponta Delgada;Funchal|Portugal
Toulouse;Nantes;Montpellier;Burdeos;Lille;Rennes;Reims;Tolón;Toulon;
Saint-Étienne;El Havre;Le Havre;Grenoble;Dijon;Niza|Francia
L'Aquila;Potenza;Catanzaro;Trieste;Génova;Ancona;Campobasso;Bari;Cagliari;Palermo;Trento;
Perusa;Perugia;Aosta|Italia
Stuttgart;Potsdam;Bremen;Wiesbaden;Hannover;Hanóver;Schwerin;Düsseldorf;Maguncia;Mainz;
Saarbrücken;Magdeburgo;Kiel;Erfurt;Colonia|Alemania
Eisenstadt;Klagenfurt;Sankt Pölten;St. Pölten;Linz;Salzburgo;Graz;Innsbruck;Bregenz|Austria
Amberes|Bélgica
Luxemburgo|Luxemburgo
Ginebra|Suiza
Vaduz|Liechtenstein
Andorra la Vella|Andorra
La Valeta;Valeta|Malta
Cardiff;Belfast;Glasgow|Reino Unido
Tiflis|Georgia
Ereván|Armenia
Bakú|Azerbaiyán
"""

DIVISIONS = """
Andalucía;Cataluña;País Vasco;Euskadi;Galicia;Castilla y León;Comunidad de Madrid;
Comunidad Valenciana;Principado de Asturias;Comunidad Foral de Navarra|España
Ciudad Autónoma de Buenos Aires;CABA|Argentina
Pando|Bolivia
Alagoas;Amapá;Maranhão;Marañón;Piauí;Rondônia;Roraima;Sergipe;Rio Grande do Norte;
Río Grande del Norte|Brasil
Arica y Parinacota;Región Metropolitana;Región de Valparaíso;Maule;Región de Antofagasta|Chile
Arauca;Caquetá;Cauca;Chocó;Guainía;Guaviare;La Guajira;Putumayo;Vaupés;Vichada|Colombia
Cañar;Carchi;Chimborazo;Cotopaxi;El Oro;Esmeraldas;Galápagos;Manabí;Morona Santiago;
Pastaza;Sucumbíos;Tungurahua;Zamora Chinchipe|Ecuador
Baja California Sur;Coahuila de Zaragoza;Nayarit|México
Cordillera;Guairá;Caaguazú;Itapúa;Alto Paraná;Ñeembucú;Amambay;Canindeyú;Alto Paraguay|Paraguay
Apurímac;Madre de Dios;Ucayali|Perú
Apure;Aragua;Cojedes;Delta Amacuro;Guárico;Monagas;Nueva Esparta;Yaracuy|Venezuela
Alta Verapaz;Baja Verapaz;Izabal;Petén;Quiché;Sacatepéquez;Suchitepéquez|Guatemala
Cuscatlán|El Salvador
Atlántida;Islas de la Bahía;Copán|Honduras
Chontales;Nueva Segovia;Costa Caribe Norte;Costa Caribe Sur|Nicaragua
Guanacaste|Costa Rica
Bocas del Toro;Coclé;Chiriquí;Veraguas;Panamá Oeste;Darién|Panamá
Mayabeque;Isla de la Juventud|Cuba
Alabama;Alaska;Arkansas;Connecticut;Delaware;Hawái;Hawaii;Idaho;Illinois;Indiana;Iowa;
Kansas;Kentucky;Luisiana;Louisiana;Maine;Maryland;Massachusetts;Míchigan;Michigan;
Minnesota;Misisipi;Mississippi;Misuri;Missouri;Nebraska;Nuevo Hampshire;New Hampshire;
Nueva Jersey;New Jersey;Nuevo México;New Mexico;Carolina del Norte;Carolina del Sur;
Dakota del Norte;Dakota del Sur;Ohio;Oklahoma;Oregón;Pensilvania;Pennsylvania;Rhode Island;
Tennessee;Utah;Vermont;Virginia Occidental;Wisconsin;Wyoming|Estados Unidos
Azores;Madeira|Portugal
Isla de Francia;Île-de-France;Auvernia-Ródano-Alpes;Nueva Aquitania;Occitania;
Altos de Francia;Gran Este;Provenza-Alpes-Costa Azul;Provenza;País del Loira;Bretaña;
Normandía;Borgoña-Franco Condado;Centro-Valle de Loira;Córcega;Bocas del Ródano|Francia
Abruzos;Basilicata;Liguria;Molise;Umbría;Valle de Aosta;Trentino-Alto Adigio;
Friuli-Venecia Julia;Puglia;Lombardía;Sicilia|Italia
Renania-Palatinado;Sarre;Schleswig-Holstein;Baviera;Sajonia|Alemania
Burgenland;Salzburgo;Vorarlberg|Austria
"""

SHARED = """
Córdoba|España;Argentina
Valencia|España;Venezuela
Guadalajara|España;México
Cuenca|España;Ecuador
Mérida|España;México;Venezuela
Trujillo|Perú;España;Venezuela
León|España;México;Nicaragua
Santiago|Chile;España;República Dominicana
San José|Costa Rica;Uruguay
San Juan|Puerto Rico;Argentina
La Paz|Bolivia;México;Honduras
Concepción|Chile;Paraguay
Granada|España;Nicaragua
Cartagena|España;Colombia
Los Ríos|Chile;Ecuador
"""

# (name, kind, country): the rows above, a shared town with no country
ROWS: list[tuple[str, str, str | None]] = \
    [(n, "city", row[1][0]) for row in table(TOWNS) for n in row[0]] + \
    [(n, "state", row[1][0]) for row in table(DIVISIONS) for n in row[0]]
SHARED_ROWS: dict[str, list[str]] = {row[0][0]: row[1] for row in table(SHARED)}


def extend(places: dict, key_of, make, cls: str) -> None:
    """Adds the rows above to `places` (key -> place): a new name as listed; a city the hand
    lists hold with no country gets its country; a shared town loses the one country the
    hand lists gave it ("Córdoba" was Argentina's), so the rest of the text decides."""
    for name, kind, country in ROWS:
        key = key_of(name)
        old = places.get(key)
        if old is None:
            places[key] = make(name, cls, kind, country)
        elif old.kind == "city" and old.country is None:
            places[key] = make(old.name, cls, old.kind, country)
    for name in SHARED_ROWS:
        key = key_of(name)
        old = places.get(key)
        if old is None or old.kind == "city":
            places[key] = make(name, cls, "city", None)
