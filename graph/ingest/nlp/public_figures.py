"""The country of politicians the Spanish-language press names by a bare title and no
country ("el vicepresidente JD Vance", "el primer ministro Viktor Orbán", "el presidente
Petro"): heads of state and government, their deputies and the best-known leaders of the
Americas and Europe of the last decade. A title the text gives such a person is of their
country, not of the country the article is about. Written as country: names, `;`-separated;
a name in brackets is a surname the press uses alone and no other listed person bears."""

from __future__ import annotations

from graph.ingest.reading import fold

_FIGURES = """
Estados Unidos: Donald Trump; JD Vance; J. D. Vance; [Vance]; Marco Rubio; Joe Biden;
  Kamala Harris; Barack Obama; Mike Pence; Ron DeSantis; [DeSantis]; Elon Musk; Steve Bannon;
  Pete Hegseth; [Hegseth]; Mike Pompeo; Rick Scott; Ted Cruz; Nikki Haley; Pam Bondi;
  Kristi Noem; Tulsi Gabbard; Mike Waltz; Susie Wiles; Scott Bessent; [Bessent]; Hillary Clinton
Argentina: Javier Milei; Karina Milei; Victoria Villarruel; [Villarruel]; Patricia Bullrich;
  [Bullrich]; Mauricio Macri; Cristina Fernández de Kirchner; [Kirchner]; Alberto Fernández;
  Axel Kicillof; [Kicillof]; Sergio Massa; Luis Caputo; Guillermo Francos; Manuel Adorni
Brasil: Luiz Inácio Lula da Silva; [Lula]; Jair Bolsonaro; Eduardo Bolsonaro; Flávio Bolsonaro;
  Carlos Bolsonaro; Michelle Bolsonaro; [Bolsonaro]; Tarcísio de Freitas; Geraldo Alckmin;
  [Alckmin]; Dilma Rousseff; [Rousseff]; Michel Temer; [Temer]; Ronaldo Caiado
Colombia: Gustavo Petro; [Petro]; Iván Duque; Álvaro Uribe; Álvaro Uribe Vélez; [Uribe];
  Francia Márquez; Juan Manuel Santos; Paloma Valencia; María Fernanda Cabal;
  Abelardo de la Espriella; Iván Cepeda
El Salvador: Nayib Bukele; [Bukele]; Félix Ulloa; Alexandra Hill Tinoco
México: Claudia Sheinbaum; [Sheinbaum]; Andrés Manuel López Obrador; [AMLO]; Felipe Calderón;
  Vicente Fox; Xóchitl Gálvez; Eduardo Verástegui; [Verástegui]
Chile: Gabriel Boric; [Boric]; Sebastián Piñera; [Piñera]; Michelle Bachelet; [Bachelet];
  José Antonio Kast; Jeannette Jara; Evelyn Matthei; [Matthei]; Johannes Kaiser
Perú: Dina Boluarte; [Boluarte]; Pedro Castillo; Keiko Fujimori; Alberto Fujimori; [Fujimori];
  Rafael López Aliaga; José Jerí
Ecuador: Daniel Noboa; [Noboa]; Guillermo Lasso; Rafael Correa; [Correa]; Luisa González
Bolivia: Rodrigo Paz; Luis Arce; Evo Morales; Jorge Quiroga; Jeanine Áñez; [Áñez]
Venezuela: Nicolás Maduro; [Maduro]; Hugo Chávez; [Chávez]; María Corina Machado;
  Edmundo González Urrutia; Delcy Rodríguez; Juan Guaidó; [Guaidó]
Paraguay: Santiago Peña; Mario Abdo Benítez; Horacio Cartes; [Cartes]
Uruguay: Yamandú Orsi; [Orsi]; Luis Lacalle Pou; [Lacalle Pou]; Tabaré Vázquez; José Mujica;
  [Mujica]; Álvaro Delgado; Guido Manini Ríos
Honduras: Xiomara Castro; Nasry Asfura; [Asfura]; Salvador Nasralla; [Nasralla];
  Juan Orlando Hernández; Rixi Moncada
Guatemala: Bernardo Arévalo; Alejandro Giammattei; [Giammattei]
Costa Rica: Rodrigo Chaves; Laura Fernández
Panamá: José Raúl Mulino; [Mulino]
República Dominicana: Luis Abinader; [Abinader]
Cuba: Miguel Díaz-Canel; [Díaz-Canel]; Raúl Castro; Fidel Castro
Nicaragua: Daniel Ortega; Rosario Murillo
España: Pedro Sánchez; Alberto Núñez Feijóo; [Feijóo]; Santiago Abascal; [Abascal];
  Isabel Díaz Ayuso; [Ayuso]; Mariano Rajoy; [Rajoy]; José María Aznar; [Aznar];
  Yolanda Díaz; José Manuel Albares; [Albares]; Felipe VI; Jorge Buxadé; [Buxadé];
  Ignacio Garriga; [Garriga]; Hermann Tertsch; [Tertsch]; Rocío Monasterio; [Monasterio];
  Javier Ortega Smith; [Ortega Smith]; Iván Espinosa de los Monteros; Macarena Olona; [Olona];
  Pepa Millán; Cuca Gamarra; [Gamarra]; Miguel Tellado; [Tellado]; Juanma Moreno;
  Carlos Mazón; [Mazón]; Alfonso Fernández Mañueco; [Mañueco]; Fernando López Miras;
  [López Miras]; Jorge Azcón; [Azcón]; Emiliano García-Page; [García-Page];
  Salvador Illa; Carles Puigdemont; [Puigdemont]; Oriol Junqueras; [Junqueras];
  Gabriel Rufián; [Rufián]; Íñigo Errejón; [Errejón]; Ione Belarra; [Belarra]
Portugal: Luís Montenegro; Marcelo Rebelo de Sousa; António Costa; André Ventura;
  António José Seguro; Henrique Gouveia e Melo
Francia: Emmanuel Macron; [Macron]; Marine Le Pen; Jordan Bardella; [Bardella];
  Éric Zemmour; [Zemmour]; Marion Maréchal; François Bayrou; [Bayrou]; Michel Barnier;
  Sébastien Lecornu; [Lecornu]; Gabriel Attal
Italia: Giorgia Meloni; [Meloni]; Matteo Salvini; [Salvini]; Antonio Tajani; [Tajani];
  Sergio Mattarella; [Mattarella]; Elly Schlein; Roberto Vannacci; [Vannacci]; Silvio Berlusconi;
  [Berlusconi]; Mario Draghi; [Draghi]
Alemania: Friedrich Merz; [Merz]; Olaf Scholz; [Scholz]; Angela Merkel; [Merkel]; Alice Weidel;
  [Weidel]; Tino Chrupalla; Frank-Walter Steinmeier; [Steinmeier]; Maximilian Krah
Austria: Herbert Kickl; [Kickl]; Christian Stocker; Karl Nehammer; [Nehammer]; Sebastian Kurz;
  Alexander Van der Bellen
Hungría: Viktor Orbán; Balázs Orbán; [Orbán]; Péter Magyar; Katalin Novák; Tamás Sulyok
Polonia: Donald Tusk; [Tusk]; Karol Nawrocki; [Nawrocki]; Andrzej Duda; Mateusz Morawiecki;
  [Morawiecki]; Jarosław Kaczyński; [Kaczyński]; Sławomir Mentzen; [Mentzen]; Grzegorz Braun;
  Radosław Sikorski; [Sikorski]
República Checa: Andrej Babiš; [Babiš]; Petr Fiala; Petr Pavel; Tomio Okamura; [Okamura]
Eslovaquia: Robert Fico; [Fico]; Peter Pellegrini
Países Bajos: Geert Wilders; [Wilders]; Dick Schoof; [Schoof]; Mark Rutte; [Rutte]
Reino Unido: Keir Starmer; [Starmer]; Boris Johnson; Rishi Sunak; [Sunak]; Nigel Farage;
  [Farage]; Kemi Badenoch
Rumania: Nicușor Dan; George Simion; [Simion]; Călin Georgescu; [Georgescu]; Klaus Iohannis
Ucrania: Volodímir Zelenski; [Zelenski]
Rusia: Vladímir Putin; [Putin]; Serguéi Lavrov; [Lavrov]
Israel: Benjamín Netanyahu; [Netanyahu]
Bélgica: Bart De Wever
Suecia: Ulf Kristersson; Jimmie Åkesson; [Åkesson]
Finlandia: Petteri Orpo; Alexander Stubb
Serbia: Aleksandar Vučić; [Vučić]
"""


def _table() -> dict[str, str]:
    found: dict[str, str] = {}
    for block in _FIGURES.strip().split("\n"):
        if not block.startswith(" "):
            country, _, names = block.partition(":")
        else:
            names = block
        for name in names.split(";"):
            name = name.strip().strip("[]")
            if name:
                found[fold(name.lower())] = country.strip()
    return found


_COUNTRY_OF = _table()


def _surnames() -> dict[str, str]:
    """A bracketed surname -> the one listed full name it ends (none when it ends several)."""
    names = [n.strip() for line in _FIGURES.strip().split("\n")
             for n in line.partition(":")[2 if not line.startswith(" ") else 0].split(";")]
    found: dict[str, str] = {}
    for short in (n.strip("[]") for n in names if n.startswith("[")):
        key = fold(short.lower()).split()
        fuller = {n for n in names if not n.startswith("[") and
                  fold(n.lower()).split()[-len(key):] == key and len(n.split()) > len(key)}
        if len(fuller) == 1:
            found[" ".join(key)] = fuller.pop()
    return found


_FULL_NAMES = _surnames()


def figure_by_surname(surname: str) -> str | None:
    """The full name of the listed politician the press calls by `surname` alone."""
    return _FULL_NAMES.get(fold(surname.lower()).strip())


def figure_country(name: str) -> str | None:
    """The country of a listed politician, by the fullest name the text gives."""
    return _COUNTRY_OF.get(fold(name.lower()).strip())
