"""Place names: countries with their Spanish and English names and demonyms, regions, cities,
and the buildings that stand for a government (metonyms) or host events (venues).

Written as compact tables so that one line holds one country; `gazetteer` indexes them."""

from __future__ import annotations

# Canonical Spanish name | other names and spellings | demonyms, masculine singular (the
# feminine and plural forms are derived). The Americas and Europe in full, then the others.
COUNTRIES = """
Argentina|Argentine Republic;República Argentina|argentino
Bolivia|Estado Plurinacional de Bolivia|boliviano
Brasil|Brazil;República Federativa de Brasil|brasileño;brasilero
Chile|República de Chile|chileno
Colombia|República de Colombia|colombiano
Ecuador|República del Ecuador|ecuatoriano
Guyana|Guayana|guyanés
Paraguay|República del Paraguay|paraguayo
Perú|Peru;República del Perú|peruano
Surinam|Suriname|surinamés
Uruguay|República Oriental del Uruguay|uruguayo
Venezuela|República Bolivariana de Venezuela|venezolano
México|Mexico;Méjico;Estados Unidos Mexicanos|mexicano;mejicano
Estados Unidos|EE.UU.;EE. UU.;EEUU;EE UU;EUA;USA;US;U.S.;U.S.A.;United States;
Estados Unidos de América;Norteamérica|estadounidense;norteamericano
Canadá|Canada|canadiense
Guatemala||guatemalteco
Belice|Belize|beliceño
El Salvador||salvadoreño
Honduras||hondureño
Nicaragua||nicaragüense
Costa Rica||costarricense;costarriqueño
Panamá|Panama|panameño
Cuba||cubano
República Dominicana|Dominicana;Dominican Republic|dominicano
Haití|Haiti|haitiano
Jamaica||jamaiquino;jamaicano
Puerto Rico||puertorriqueño;boricua
Trinidad y Tobago|Trinidad and Tobago|trinitense
Bahamas|Las Bahamas|bahameño
Barbados||barbadense
Grenada||
Santa Lucía|Saint Lucia|santalucense
Dominica||dominiqués
Antigua y Barbuda|Antigua and Barbuda|antiguano
San Vicente y las Granadinas|Saint Vincent and the Grenadines|sanvicentino
San Cristóbal y Nieves|Saint Kitts and Nevis|sancristobaleño
España|Spain;Reino de España|español
Portugal|República Portuguesa|portugués;luso
Francia|France;República Francesa|francés
Italia|Italy;República Italiana|italiano
Alemania|Germany;Deutschland;República Federal de Alemania|alemán;germano
Reino Unido|United Kingdom;UK;Gran Bretaña;Great Britain;Britain|británico
Inglaterra|England|inglés
Escocia|Scotland|escocés
Gales|Wales|galés
Irlanda|Ireland;Eire;República de Irlanda|irlandés
Países Bajos|Holanda;Netherlands;Holland|neerlandés;holandés
Bélgica|Belgium|belga
Luxemburgo|Luxembourg|luxemburgués
Suiza|Switzerland;Confederación Suiza|suizo
Austria|Österreich|austriaco;austríaco
Liechtenstein||liechtensteiniano
Mónaco|Monaco|monegasco
Andorra||andorrano
San Marino||sanmarinense
Ciudad del Vaticano|Vatican City|vaticano
Malta||maltés
Dinamarca|Denmark|danés
Noruega|Norway|noruego
Suecia|Sweden|sueco
Finlandia|Finland|finlandés
Islandia|Iceland|islandés
Estonia||estonio
Letonia|Latvia|letón
Lituania|Lithuania|lituano
Polonia|Poland;Polska|polaco
República Checa|Chequia;Czech Republic;Czechia|checo
Eslovaquia|Slovakia|eslovaco
Hungría|Hungary;Magyarország|húngaro;magiar
Rumania|Rumanía;Romania|rumano
Bulgaria||búlgaro
Grecia|Greece;Hellas|griego;heleno
Chipre|Cyprus|chipriota
Eslovenia|Slovenia|esloveno
Croacia|Croatia|croata
Bosnia y Herzegovina|Bosnia;Bosnia and Herzegovina|bosnio
Serbia||serbio
Montenegro||montenegrino
Macedonia del Norte|Macedonia;North Macedonia|macedonio
Albania||albanés
Kosovo||kosovar
Moldavia|Moldova|moldavo
Ucrania|Ukraine|ucraniano;ucranio
Bielorrusia|Belarús;Belarus|bielorruso
Rusia|Russia;Federación Rusa;Federación de Rusia|ruso
Georgia||georgiano
Armenia||armenio
Azerbaiyán|Azerbaijan|azerí;azerbaiyano
Turquía|Turkey;Türkiye|turco
Israel|Estado de Israel|israelí
Palestina|Territorios Palestinos|palestino
Líbano|Lebanon|libanés
Siria|Syria|sirio
Jordania||jordano
Irak|Iraq|iraquí
Irán|Iran|iraní
Arabia Saudita|Arabia Saudí;Saudi Arabia|saudí;saudita
Emiratos Árabes Unidos|Emiratos;EAU;United Arab Emirates;UAE|emiratí
Catar|Qatar|catarí
Egipto|Egypt|egipcio
Marruecos|Morocco|marroquí
Argelia|Algeria|argelino
Túnez|Tunisia|tunecino
Libia|Libya|libio
Sudáfrica|South Africa|sudafricano
Nigeria||nigeriano
Etiopía|Ethiopia|etíope
Kenia|Kenya|keniano;keniata
Guinea Ecuatorial|Equatorial Guinea|ecuatoguineano
Senegal||senegalés
China|República Popular China|chino
Taiwán|Taiwan|taiwanés
Japón|Japan|japonés;nipón
Corea del Sur|South Korea;Corea|surcoreano
Corea del Norte|North Korea|norcoreano
India||indio
Pakistán|Pakistan|pakistaní;paquistaní
Afganistán|Afghanistan|afgano
Bangladés|Bangladesh|bangladesí
Indonesia||indonesio
Filipinas|Philippines|filipino
Vietnam||vietnamita
Tailandia|Thailand|tailandés
Malasia|Malaysia|malasio
Singapur|Singapore|singapurense
Australia||australiano
Nueva Zelanda|New Zealand|neozelandés
Kazajistán|Kazakhstan|kazajo
"""

# Regions, continents and blocs: places, not actors. UE is listed here because news write it
# as where something happens ("en la UE") more often than as the one who acts.
REGIONS = """
América Latina;Latinoamérica;Latin America;Latam;región latinoamericana
Iberoamérica;Hispanoamérica;mundo hispano;Hispanosfera
América;las Américas;continente americano
Sudamérica;Suramérica;América del Sur;South America;Cono Sur
Centroamérica;América Central;Central America
Norteamérica;América del Norte;North America
Caribe;el Caribe;Caribbean
Europa;Europe;Viejo Continente
Europa del Este;Europa Oriental;Eastern Europe;Europa Central;Mitteleuropa
Europa Occidental;Western Europe
Balcanes;los Balcanes
Escandinavia;países nórdicos
Occidente;mundo occidental;the West
Oriente Medio;Medio Oriente;Oriente Próximo;Próximo Oriente;Middle East
Asia;Asia-Pacífico;Sudeste Asiático
África;Africa;Magreb;Sahel
Oceanía;Oceania
Patagonia
Amazonía;Amazonas;Amazonia
Andes;región andina
Península Ibérica
Mediterráneo
Atlántico
Pacífico
Sur Global;Global South
"""

# Capitals and large cities, plus states and provinces that articles name as places.
CITIES = """
Buenos Aires;Córdoba;Rosario;Mendoza;La Plata;Mar del Plata;Tucumán;Salta;Neuquén;Bariloche;
La Paz;Santa Cruz de la Sierra;Sucre;Cochabamba;Brasilia;São Paulo;Sao Paulo;San Pablo;
Río de Janeiro;Rio de Janeiro;Belo Horizonte;Porto Alegre;Salvador de Bahía;Recife;Curitiba;
Santiago;Santiago de Chile;Valparaíso;Viña del Mar;Concepción;Antofagasta;Temuco;Punta Arenas;
Iquique;La Serena;Rancagua;Talca;Arica;Puerto Montt;Bogotá;Medellín;Cali;Barranquilla;
Cartagena de Indias;Quito;Guayaquil;Cuenca;Georgetown;Asunción;Ciudad del Este;Lima;Arequipa;
Cusco;Trujillo;Paramaribo;Montevideo;Punta del Este;Caracas;Maracaibo;Valencia;
Ciudad de México;CDMX;México D.F.;Guadalajara;Monterrey;Puebla;Tijuana;Cancún;Washington;
Washington D.C.;Washington DC;Nueva York;New York;Los Ángeles;Los Angeles;Chicago;Houston;Miami;
Dallas;Orlando;Palm Beach;West Palm Beach;Atlanta;Boston;Filadelfia;Philadelphia;San Francisco;
Las Vegas;Phoenix;Nashville;National Harbor;Florida;Texas;California;Arizona;Georgia;
Ottawa;Toronto;Montreal;Vancouver;Ciudad de Guatemala;Belmopán;San Salvador;Tegucigalpa;
Managua;San José;Ciudad de Panamá;La Habana;Santo Domingo;Puerto Príncipe;Kingston;San Juan;
Madrid;Barcelona;Sevilla;Bilbao;Málaga;Zaragoza;Valladolid;Toledo;Granada;Murcia;Palma;
Cataluña;Andalucía;País Vasco;Galicia;Castilla y León;Comunidad de Madrid;Comunidad Valenciana;
Lisboa;Oporto;París;Paris;Marsella;Lyon;Niza;Estrasburgo;Roma;Milán;Nápoles;Turín;Florencia;
Venecia;Bolonia;Lombardía;Sicilia;Berlín;Múnich;Munich;Hamburgo;Fráncfort;Frankfurt;Colonia;
Dresde;Baviera;Sajonia;Londres;London;Mánchester;Birmingham;Edimburgo;Dublín;Ámsterdam;
La Haya;Róterdam;Bruselas;Brussels;Amberes;Luxemburgo;Berna;Ginebra;Zúrich;Davos;Viena;
Copenhague;Oslo;Estocolmo;Helsinki;Reikiavik;Tallin;Riga;Vilna;Varsovia;Cracovia;Praga;
Bratislava;Budapest;Bucarest;Sofía;Atenas;Nicosia;Liubliana;Zagreb;Sarajevo;Belgrado;Podgorica;
Skopie;Tirana;Pristina;Chisináu;Kiev;Kyiv;Minsk;Moscú;San Petersburgo;Tiflis;Ereván;Bakú;
Ankara;Estambul;Jerusalén;Tel Aviv;Beirut;Damasco;Amán;Bagdad;Teherán;Riad;Doha;Dubái;
Abu Dabi;El Cairo;Rabat;Casablanca;Argel;Túnez;Trípoli;Pretoria;Johannesburgo;Nairobi;Lagos;
Pekín;Beijing;Shanghái;Hong Kong;Taipéi;Tokio;Seúl;Pyongyang;Nueva Delhi;Bombay;Islamabad;
Kabul;Yakarta;Manila;Hanói;Bangkok;Singapur;Sídney;Canberra;Melbourne;Wellington
"""

# Capitals and large cities by country: a wire story's dateline ("Lima, 20 may (EFE).-")
# says which country it reports on. City names | country.
CITY_COUNTRIES = """
Buenos Aires;Córdoba;Rosario;Mendoza;La Plata|Argentina
La Paz;Santa Cruz de la Sierra;Sucre|Bolivia
Brasilia;São Paulo;Sao Paulo;Río de Janeiro;Rio de Janeiro;Belo Horizonte|Brasil
Santiago;Santiago de Chile;Valparaíso;Viña del Mar;Concepción|Chile
Bogotá;Medellín;Cali;Barranquilla;Cartagena de Indias|Colombia
Quito;Guayaquil|Ecuador
Asunción|Paraguay
Lima;Arequipa;Cusco|Perú
Montevideo|Uruguay
Caracas;Maracaibo|Venezuela
Ciudad de México;Guadalajara;Monterrey|México
Washington;Washington D.C.;Nueva York;Miami|Estados Unidos
Ciudad de Guatemala|Guatemala
San Salvador|El Salvador
Tegucigalpa;San Pedro Sula|Honduras
Managua|Nicaragua
San José|Costa Rica
Ciudad de Panamá|Panamá
La Habana|Cuba
Santo Domingo|República Dominicana
Madrid;Barcelona;Sevilla;Valencia;Bilbao;Málaga;Zaragoza;Valladolid;Toledo|España
Lisboa;Oporto|Portugal
París;Marsella;Lyon|Francia
Roma;Milán;Nápoles;Turín|Italia
Berlín;Múnich;Hamburgo|Alemania
Londres|Reino Unido
Ámsterdam;La Haya;Róterdam|Países Bajos
Viena|Austria
Varsovia;Cracovia|Polonia
Praga|Chequia
Bratislava|Eslovaquia
Budapest|Hungría
Bucarest|Rumania
Atenas|Grecia
Belgrado|Serbia
Jerusalén;Tel Aviv|Israel
Tucumán;Salta;Neuquén;Bariloche;Mar del Plata|Argentina
Cochabamba|Bolivia
Porto Alegre;Recife;Curitiba;Salvador de Bahía|Brasil
Antofagasta;Temuco;Punta Arenas;Iquique;La Serena;Rancagua;Talca;Arica;Puerto Montt|Chile
Ciudad del Este|Paraguay
Punta del Este|Uruguay
CDMX;Puebla;Tijuana;Cancún|México
Los Ángeles;Chicago;Houston;Dallas;Orlando;Atlanta;Boston;Filadelfia;San Francisco|Estados Unidos
Ottawa;Toronto;Montreal;Vancouver|Canadá
Palma;Granada;Murcia|España
Florencia;Venecia;Bolonia|Italia
Fráncfort;Dresde|Alemania
Mánchester;Birmingham;Edimburgo|Reino Unido
Dublín|Irlanda
Berna;Zúrich|Suiza
Copenhague|Dinamarca
Oslo|Noruega
Estocolmo|Suecia
Helsinki|Finlandia
Reikiavik|Islandia
Tallin|Estonia
Riga|Letonia
Vilna|Lituania
Sofía|Bulgaria
Nicosia|Chipre
Liubliana|Eslovenia
Zagreb|Croacia
Sarajevo|Bosnia y Herzegovina
Podgorica|Montenegro
Skopie|Macedonia del Norte
Tirana|Albania
Pristina|Kosovo
Chisináu|Moldavia
Kiev;Kyiv|Ucrania
Minsk|Bielorrusia
Moscú;San Petersburgo|Rusia
Ankara;Estambul|Turquía
"""

# Regions, provinces, states and cities by their demonyms (masculine singular), for offices
# named by an adjective: "el presidente andaluz", "el gobernador bonaerense".
# Place | demonyms.
REGIONAL_DEMONYMS = """
Andalucía|andaluz
Aragón|aragonés
Asturias|asturiano
Baleares|balear
Canarias|canario
Cantabria|cántabro
Castilla-La Mancha|castellanomanchego
Castilla y León|castellanoleonés
Cataluña|catalán
Extremadura|extremeño
Galicia|gallego
La Rioja|riojano
Madrid|madrileño
Murcia|murciano
Navarra|navarro
País Vasco|vasco
Comunidad Valenciana|valenciano
Buenos Aires|bonaerense;porteño
Córdoba|cordobés
Mendoza|mendocino
Santa Fe|santafesino
Salta|salteño
Tucumán|tucumano
São Paulo|paulista
Río de Janeiro|fluminense;carioca
Minas Gerais|minero
Antioquia|antioqueño
Bogotá|bogotano
Lima|limeño
Guadalajara|tapatío
Monterrey|regiomontano
Cusco|cusqueño
Arequipa|arequipeño
Quito|quiteño
Guayaquil|guayaquileño
Caracas|caraqueño
Montevideo|montevideano
Asunción|asunceno
Rosario|rosarino
Cali|caleño
La Paz|paceño
Sevilla|sevillano
Málaga|malagueño
Zaragoza|zaragozano
Bilbao|bilbaíno
Alicante|alicantino
Elche|ilicitano
Cádiz|gaditano
Ciudad de México|capitalino
Estado de México|mexiquense
Nuevo León|neoleonés
Jalisco|jalisciense
Florida|floridano
Texas|texano
California|californiano
Nueva York|neoyorquino
Baviera|bávaro
Lombardía|lombardo
Sicilia|siciliano
Flandes|flamenco
Valonia|valón
Escocia|escocés
Gales|galés
Quebec|quebequés
"""

# Seats of power: written as the building, read as the government it houses. Name variants |
# country | what it stands for.
METONYMS = """
Casa Blanca;White House|Estados Unidos|presidencia
Capitolio;Capitol Hill|Estados Unidos|congreso
Pentágono;Pentagon|Estados Unidos|defensa
Casa Rosada|Argentina|presidencia
Quinta de Olivos;Olivos|Argentina|presidencia
La Moneda;Palacio de La Moneda;Palacio de la Moneda|Chile|presidencia
Moncloa;La Moncloa;Palacio de la Moncloa|España|gobierno
Zarzuela;La Zarzuela;Palacio de la Zarzuela|España|monarquía
Kremlin|Rusia|presidencia
Elíseo;Palacio del Elíseo;Élysée|Francia|presidencia
Matignon;Hôtel Matignon|Francia|gobierno
Palacio Chigi;Palazzo Chigi;Chigi|Italia|gobierno
Quirinal;Palacio del Quirinal;Quirinale|Italia|presidencia
Planalto;Palacio del Planalto;Palácio do Planalto|Brasil|presidencia
Itamaraty|Brasil|cancillería
Downing Street;10 Downing Street;Número 10|Reino Unido|gobierno
Westminster|Reino Unido|parlamento
Miraflores;Palacio de Miraflores|Venezuela|presidencia
Casa de Nariño;Palacio de Nariño|Colombia|presidencia
Carondelet;Palacio de Carondelet|Ecuador|presidencia
Palacio Quemado;Casa Grande del Pueblo|Bolivia|presidencia
Mburuvicha Róga;Palacio de López|Paraguay|presidencia
Torre Ejecutiva|Uruguay|presidencia
Palacio de Gobierno del Perú;Palacio Pizarro|Perú|presidencia
Los Pinos;Palacio Nacional de México|México|presidencia
Casa Presidencial de El Salvador|El Salvador|presidencia
Palacio Carmelita;Monasterio Carmelita;Karmelita;Palacio Sándor|Hungría|gobierno
Cancillería Federal;Bundeskanzleramt|Alemania|gobierno
Belvedere;Palacio Belweder;Belweder|Polonia|presidencia
Berlaymont|Unión Europea|comisión
Vaticano;Santa Sede;Vatican|Ciudad del Vaticano|papado
Casa Rosada de Buenos Aires|Argentina|presidencia
São Bento;Palacio de São Bento;Palácio de São Bento;Palacio de San Bento|Portugal|gobierno
Palacio de Belém;Palácio de Belém|Portugal|presidencia
Palacio de Bellevue;Schloss Bellevue|Alemania|presidencia
Hofburg;Palacio de Hofburg|Austria|presidencia
Ballhausplatz|Austria|gobierno
Mansión Maximos;Palacio Maximos;Maximos|Grecia|gobierno
Catshuis|Países Bajos|gobierno
Christiansborg|Dinamarca|parlamento
Rosenbad|Suecia|gobierno
"""

# Where events happen: named places that are neither seats of power nor cities.
VENUES = """
Palacio de Vistalegre;Vistalegre;IFEMA;Palacio de Congresos;Palacio de los Deportes;
Blair House;Mar-a-Lago;Mar a Lago;Trump Tower;Torre Trump;Madison Square Garden;
Gaylord National;Gaylord National Resort;Bedminster;Camp David;Plaza de Mayo;Plaza de Colón;
Puerta del Sol;Plaza de España;Congreso de la Nación;Parque O'Higgins;Movistar Arena;
Estadio Nacional;Luna Park;Teatro Caupolicán;La Rural;Caupolicán;Casa de América;
Hotel Hilton;Hotel Sheraton;Hotel Intercontinental;Centro Cultural Kirchner;
Palacio San Martín;Patio de las Palmeras;Plaza Italia;Alameda;Palacio de Cristal;
Palacio de Congresos de Madrid;WiZink Center;Palau Sant Jordi;Budapest Bálna;Bálna;
Casa de Campo;Teatro Real;CECOT;Centro de Confinamiento del Terrorismo;Espacio Riesco;
Foro Italico;Circo Massimo;Piazza del Popolo;Champ de Mars
"""


def table(text: str) -> list[list[str]]:
    """Rows of `|`-separated fields, each field a list of `;`-separated names; a line ending
    with `;` goes on on the next."""
    lines = text.strip().replace(";\n", ";").splitlines()
    return [[[n.strip() for n in field.split(";") if n.strip()] for field in line.split("|")]
            for line in lines if line.strip()]


def names(text: str) -> list[str]:
    return [n.strip() for n in text.replace("\n", "").split(";") if n.strip()]
