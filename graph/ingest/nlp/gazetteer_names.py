"""People's and organizations' names: given names, the particles inside surnames, media
outlets and well-known organizations of the field, as `;`-separated tables."""

from __future__ import annotations

# Lower-case words that sit inside a name ("Marine Le Pen", "Ursula von der Leyen",
# "Luiz Inácio Lula da Silva") and never make a name on their own.
PARTICLES = {
    "de", "del", "la", "las", "los", "le", "les", "van", "von", "der", "den", "ter", "da", "das",
    "do", "dos", "di", "du", "della", "dello", "degli", "y", "i", "e", "zu", "af", "al", "el",
    "bin", "ben", "ap", "st", "mac", "san", "santa",  # ("ap": Welsh, "Rhun ap Iorwerth")
}

# Given names across the languages the articles quote. A name made of a given name and a
# capitalized word is a person's; a given name alone is never a good alias.
GIVEN_NAMES = """
Javier;José;Antonio;Juan;Manuel;Francisco;Luis;Carlos;Jesús;Miguel;Pedro;Ángel;Alejandro;David;
Daniel;Rafael;Fernando;Pablo;Sergio;Jorge;Alberto;Diego;Andrés;Ramón;Enrique;Vicente;Álvaro;
Adrián;Raúl;Iván;Rubén;Óscar;Santiago;Mario;Gabriel;Felipe;Eduardo;Ignacio;Joaquín;Gonzalo;
Ricardo;Emilio;Tomás;Julio;Roberto;Agustín;Martín;Marcos;Nicolás;Hugo;Lucas;Mateo;Sebastián;
Matías;Rodrigo;Cristóbal;Cristian;Christian;Esteban;Hernán;Germán;Gustavo;Guillermo;Horacio;
Jaime;Leonardo;Lorenzo;Marcelo;Mauricio;Maximiliano;Patricio;Ernesto;Federico;Fabián;Facundo;
Franco;Gerardo;Gilberto;Héctor;Hugo;Ismael;Jacobo;Jerónimo;Julián;León;Lisandro;Octavio;Omar;
Orlando;Osvaldo;Rodolfo;Rogelio;Salvador;Samuel;Saúl;Teodoro;Valentín;Víctor;Xavier;Camilo;
Benjamín;Bruno;Claudio;Cristián;Darío;Elías;Emiliano;Esteban;Fabio;Gastón;Ezequiel;Nahuel;
Santino;Bautista;Thiago;Axel;Kevin;Álex;Alex;Borja;Íñigo;Iñaki;Josu;Jon;Aitor;Unai;Xabier;
Pere;Jordi;Josep;Joan;Oriol;Xavi;Marc;Albert;Arnau;Pau;Quim;Carles;Ximo;Xosé;
María;Carmen;Ana;Isabel;Laura;Cristina;Marta;Lucía;Elena;Pilar;Paula;Sara;Rosa;Raquel;Beatriz;
Mercedes;Teresa;Patricia;Silvia;Andrea;Sofía;Irene;Julia;Alicia;Nuria;Rocío;Eva;Sonia;Inés;
Alba;Clara;Claudia;Lorena;Natalia;Miriam;Montserrat;Esther;Verónica;Gloria;Victoria;Susana;
Yolanda;Ángela;Adriana;Carolina;Catalina;Valentina;Camila;Constanza;Daniela;Fernanda;Francisca;
Gabriela;Javiera;Josefina;Macarena;Magdalena;Martina;Paola;Renata;Romina;Soledad;Ximena;
Jimena;Antonia;Agustina;Belén;Florencia;Guadalupe;Karina;Karin;Lorena;Luciana;Mariana;Micaela;
Milagros;Noelia;Olga;Paz;Rebeca;Rosario;Silvana;Tamara;Valeria;Vanesa;Virginia;Evelyn;Jeannette;
Michelle;Marcela;Mónica;Margarita;Leticia;Lidia;Liliana;Luz;Lourdes;Maite;Marisol;Nieves;
Cayetana;Macarena;Rocío;Begoña;Amaia;Ainhoa;Itziar;Ione;Idoia;Isabel;Inmaculada;Emilia;Estela;
Patricia;Bettina;Gisela;Graciela;Mirtha;Norma;Susana;Delfina;Juliana;Milena;Pía;Loreto;
João;Luiz;Luís;Paulo;Flávio;Eduardo;Jair;Tarcísio;Ciro;Fernando;Geraldo;Sérgio;Rogério;Rui;
Nuno;André;António;Pedro;Marcelo;Marco;Aníbal;Augusto;Gonçalo;Vasco;Tiago;Damares;Michelle;
Carla;Gleisi;Dilma;Marina;Simone;Tereza;Conceição;Graça;Fátima;Joana;Inês;Leonor;Mafalda;
Rita;Catarina;Margarida;Filipa;Duarte;Afonso;Diogo;Lurdes;Amparo;Nerea;Lilia;Pepa;
Giorgia;Matteo;Silvio;Giuseppe;Giovanni;Giacomo;Mario;Sergio;Antonio;Luca;Marco;Paolo;Massimo;
Alessandro;Andrea;Francesco;Roberto;Stefano;Lorenzo;Carlo;Enrico;Guido;Ignazio;Elly;Elisabetta;
Daniela;Francesca;Chiara;Giulia;Arianna;Alessandra;Roberta;Federica;Beppe;Romano;Gianfranco;
Emmanuel;Marine;Marion;Jean;Jean-Marie;Jean-Luc;Éric;Eric;Jordan;Nicolas;François;Jacques;
Édouard;Gabriel;Gérald;Bruno;Laurent;Michel;Philippe;Pierre;Louis;Valérie;Ségolène;Christiane;
Sarah;Anne;Marie;Sophie;Nathalie;Brigitte;Élisabeth;Raphaël;Thierry;Yves;Olivier;Florian;
Donald;Joe;Joseph;Barack;Hillary;Kamala;Mike;Michael;Ron;Ted;Marco;Steve;Stephen;Steven;
Elon;Tucker;Ben;Benjamin;Nikki;Kari;Kristi;Marjorie;Matt;Matthew;Mark;John;James;Robert;
William;Richard;Charles;Thomas;Christopher;George;Paul;Peter;Andrew;Edward;Henry;Jack;Tony;
Boris;Theresa;Liz;Rishi;Keir;Nigel;Margaret;Winston;Jeremy;Gordon;David;Ronald;Bill;Jim;Tim;
Jennifer;Elizabeth;Mary;Susan;Karen;Nancy;Sarah;Emily;Jessica;Ashley;Amanda;Rebecca;Laura;
Ivanka;Melania;Eric;Lara;Vivek;Pete;JD;J.D.;Kash;Kevin;Mitch;Chuck;Newt;Rudy;Sean;Tulsi;
Hermann;Herman;Gunnar;Lars;Anders;Nils;Henrik;Jens;Erik;Åsa;Ebba;Jimmie;Mattias;Pia;Kristian;
Søren;Morten;Rasmus;Jonas;Sanna;Timo;Pekka;Jyrki;Tom;Filip;Wouter;Caroline;Pieter;Hendrik;Jan;
Joost;Rob;Dilan;Frederik;Johannes;Reinhard;Rudolf;Fritz;Günther;Horst;Uwe;Matthias;Kai;Joachim;
Charlie;Charles;Chris;Danny;Dan;Greg;Gregory;Jason;Jeff;Jeffrey;Josh;Joshua;Justin;Brian;Brett;
Bob;Bobby;Randy;Rand;Lindsey;Jim;Jimmy;Kristin;Kayleigh;Sarah;Sanae;Nicola;Jared;Donald Jr.;Don;
Eric;Erika;Candace;Laura;Megyn;Glenn;Rush;Sean;Tony;Roger;Newt;Ross;Scott;Todd;Tom;Wayne;Walter;
Anthony;Arthur;Albert;Alfred;Ann;Anna;Barbara;Betty;Carol;Catherine;Cynthia;Deborah;Diana;Donna;
Dorothy;Emma;Frances;Grace;Hannah;Helen;Janet;Jean;Joan;Judith;Julie;Kathleen;Kelly;Linda;Lisa;
Madeleine;Margaret;Maria;Marie;Martha;Melissa;Nicole;Olivia;Pamela;Rachel;Ruth;Sharon;Stephanie;
Alejandra;Andrés Manuel;Beatriz;Blanca;Carmen;Consuelo;Dolores;Elvira;Encarnación;Fabiola;
Graciela;Herminia;Ingrid;Irma;Isidora;Jacqueline;Karla;Lía;Lilian;Maite;Marisa;Matilde;Myriam;
Nayeli;Ofelia;Pamela;Perla;Ramona;Regina;Rosalía;Sandra;Tatiana;Trinidad;Úrsula;Yasna;Zulema;
Aníbal;Arturo;Bernardo;Braulio;César;Cristobal;Demetrio;Edgardo;Efraín;Eliseo;Eugenio;Fidel;
Florencio;Gregorio;Heriberto;Hernando;Isaac;Jesús María;Lautaro;Leandro;Luciano;Marcial;Mariano;
Máximo;Milton;Moisés;Nelson;Néstor;Norberto;Pascual;Percy;Porfirio;Ramiro;Reinaldo;Renato;
Rolando;Rubén;Silvio;Simón;Tadeo;Ulises;Vladimiro;Waldo;Wilson;Yamil;Zacarías;Álvaro;Alfonso;
Alfredo;Amadeo;Baltasar;Carlos Alberto;Clemente;Cristóbal;Domingo;Elías;Felix;Félix;Florián;
Alexandre;Alexandra;Rodrigo;Tarcísio;Damaris;Nikolas;Flávio;Renan;Arthur;
Paloma;Rick;Vanessa;Karim;Elisa;Nayib;Yamil;Ibrahim;Mohamed;Ahmed;Ali;Hassan;Fatima;Aisha;
Liliana;Cinthia;Jessica;Karen;Kelly;Leslie;Mayra;Nancy;Sandra;Wendy;Xiomara;Yeni;Zoila;Irene;
Delfina;Eugenia;Florencia;Guadalupe;Inés;Jazmín;Lola;Malena;Manuela;Nora;Olivia;Pilar;Priscila;
Raquel;Rocío;Sol;Sofía;Sonia;Valeria;Verónica;Viviana;Ximena;Yanina;Alexis;Ariel;Brian;Carlos;
Damián;Emanuel;Federico;Gonzalo;Hernán;Iván;Joaquín;Leandro;Marcos;Nahuel;Pablo;Ramiro;Tobías;
Gian;Gianluca;Gianni;Pier;Piero;Pierluigi;Nasry;Juan Orlando;Salvador;Xiomara;Rixi;
Alice;Olaf;Friedrich;Angela;Annalena;Björn;Beatrix;Tino;Alexander;Frauke;Maximilian;Markus;
Wolfgang;Helmut;Gerhard;Hans;Karl;Klaus;Jürgen;Ursula;Manfred;Sebastian;Herbert;Norbert;
Heinz;Dieter;Christian;Sahra;Gudrun;Sven;Jörg;Heinz-Christian;Harald;Kurt;Karl-Heinz;Ulrich;
Viktor;Péter;Katalin;Judit;Balázs;Gergely;Zoltán;László;Gábor;Tamás;Ferenc;István;Attila;Lőrinc;
Andrzej;Jarosław;Mateusz;Donald;Lech;Krzysztof;Sławomir;Karol;Beata;Agata;Piotr;Tomasz;Rafał;
Janusz;Grzegorz;Marek;Paweł;Robert;Zbigniew;Małgorzata;Magdalena;Krzysztof;Witold;
René;Renée;Éric;François;Jean-Luc;Jean-Marie;Marion;Gilles;
Geert;Thierry;Mark;Dick;Frans;Jimmie;Ulf;Magdalena;Mette;Sanna;Riikka;Jussi;Petteri;
Vladimir;Vladímir;Dmitri;Dmitry;Serguéi;Sergei;Alexéi;Alexei;Volodímir;Volodymyr;Yulia;
Aleksandar;Aleksandr;Aleksander;Milorad;Janez;Robert;Andrej;Igor;Nikola;Milos;Miloš;Ivan;
Recep;Benjamín;Benjamin;Naftali;Yair;Itamar;Bezalel;Ayelet;Narendra;Xi;Shinzo;Fumio;Yoon;
Nayib;Jimmy;Daniel;Gustavo;Nicolás;Diosdado;Delcy;Evo;Rafael;Lenín;Guillermo;Daniel;Dina;
Pedro;Keiko;Rafael;Ollanta;Alan;Alberto;Cristina;Mauricio;Sergio;Patricia;Victoria;Axel;
Eduardo;Luis;Alejandro;Claudia;Andrés;Xóchitl;Lilly;María Corina;Edmundo;Leopoldo;
Abelardo;Adolfo;Agapito;Alcides;Alonso;Ambrosio;Amílcar;Anselmo;Apolinar;Arturo;Atilio;
Aurelio;Baltasar;Bartolomé;Basilio;Benito;Bernabé;Bernardino;Braulio;Camilo;Casimiro;
Ceferino;Celestino;Cipriano;Crisanto;Cristóbal;Demetrio;Dionisio;Edgar;Édgar;Efraín;
Eladio;Eleuterio;Eliseo;Eloy;Elías;Emiliano;Epifanio;Erasmo;Ernesto;Esteban;Eugenio;Eusebio;
Evaristo;Ezequiel;Facundo;Fausto;Federico;Feliciano;Fermín;Fidel;Florencio;
Gaspar;Genaro;Gerardo;Germán;Gilberto;Gregorio;Gumersindo;Heriberto;Hilario;Homero;Horacio;
Humberto;Ignacio;Isidro;Jacinto;Jenaro;Jerónimo;Joaquín;Julián;Ladislao;Leandro;
Leoncio;Leonel;Lisandro;Lorenzo;Lucas;Lucio;Macario;Marcos;Martín;Matías;Maximiliano;
Melchor;Moisés;Nazario;Néstor;Nicanor;Octavio;Orlando;Osvaldo;Óscar;Pascual;Patricio;
Porfirio;Raimundo;Ramiro;Reinaldo;Remigio;Renato;Roque;Rubén;Rufino;
Saturnino;Severino;Simón;Teófilo;Tobías;Ulises;Valentín;Venancio;Vicente;
Víctor;Wenceslao;Wilfredo;Wilson;Yamil;Zacarías;Gualberto;Hipólito;Isaías;Nemesio;Rigoberto;
Adela;Adelaida;Alicia;Amalia;Araceli;Ascensión;Azucena;Bárbara;Brenda;Celia;Cecilia;
Cristina;Débora;Elena;Elisa;Eloísa;Emma;Eugenia;Eulalia;Eva;Felisa;Gema;Genoveva;Hebe;
Hortensia;Irene;Itziar;Jacinta;Jesusa;Julia;Leonor;Lucía;Manuela;Marta;Maribel;Mabel;Noemí;
Nuria;Ofelia;Olivia;Raquel;Ramona;Rosalía;Sara;Sonia;Teresa;
Úrsula;Yasmina;Zoraida;Zulema;Gisela;Norma;Edith;Elsa;Estefanía;Griselda;Haydée;
Carmela;Concetta;Assunta;Salvo;Salvatore;Vincenzo;Gaetano;Raffaele;Domenico;Pasquale;Rocco;
Nicola;Vittorio;Emanuele;Fabrizio;Maurizio;Claudio;Luigi;Gianni;Gianluca;Pierluigi;Piero;
Ettore;Ugo;Umberto;Tiziana;Rosalba;Loredana;Donatella;Ornella;Patrizia;Serena;Valeria;
Gianna;Lucia;Teresa;Letizia;Ludovica;Marcello;Riccardo;Tommaso;Filippo;Leonardo;Ludovico;
Reinhold;Elke;Wolfgang;Jürgen;Dieter;Klaus;Manfred;Helmut;Gerhard;Werner;Heinz;Otto;Karl;
Stefan;Markus;Tobias;Florian;Björn;Tino;Götz;Beatrix;Alice;Frauke;Sahra;Annalena;Heidi;
Ursula;Sabine;Monika;Andrea;Brigitte;Gudrun;Ingrid;Birgit;Karin;Susanne;Christine;
Norbert;Sebastian;Alexander;Herbert;Harald;Gernot;Manuel;Dominik;Christoph;Mario;
Petr;Jiří;Jiri;Ondřej;Ondrej;Bohuslav;Karel;Tomio;Václav;Vaclav;Miloš;Milos;Zdeněk;Pavel;
Tomáš;Tomas;Radek;Marek;Lukáš;Jakub;Vít;Martin;Jana;Alena;Markéta;Lenka;Věra;Kateřina;
Martina;Šárka;Robert;Igor;Ľuboš;Peter;Michal;Zuzana;Viktor;Péter;Gergely;Zoltán;Balázs;
Gábor;László;Sándor;István;Katalin;Judit;Krisztina;Márton;Mateusz;Jarosław;Jaroslaw;
Donald;Andrzej;Krzysztof;Karol;Sławomir;Slawomir;Przemysław;Zbigniew;Beata;Agnieszka;Janusz;
Grzegorz;Tadeusz;Witold;Anže;Anze;Janez;Žiga;Matjaž;Aleš;Borut;Tanja;Mojca;Nataša;Andrej;
Kolinda;Zoran;Tomislav;Ivo;Davor;Goran;Dragan;Aleksandar;Milorad;Nebojša;Boyko;Rumen;
Kostadin;Georgi;Kiril;Călin;George;Klaus;Nicolae;Marcel;Mircea;Viorica;Traian;Victor;
Ioana;Ion;Ioan;Andrei;Mihai;Mihail;Gheorghe;Vasile;Alexandru;Florin;Sorin;Bogdan;Radu;Ilie;
Ludovic;Crin;Dacian;Emil;Dragoș;Cătălin;Ionuț;Marius;Liviu;Lucian;Ovidiu;Răzvan;Dorin;Iulian;
Ciprian;Cosmin;Petru;Horia;Nicușor;Anca;Oana;Raluca;Simona;Mihaela;Alina;Roxana;Irina;Adina;
Hunor;Csaba;Levente;Zsolt;Kinga;Eszter;
Kyriakos;Alexis;Konstantinos;Nikos;Giorgos;Antonis;Dimitris;Evangelos;Geert;Frans;Dilan;
Caroline;Pieter;Tom;Bart;Filip;Gerolf;Dries;Mikael;Jussi;Riikka;Ville;Petteri;Jimmie;Ulf;
Magdalena;Sylvi;Siv;Morten;Martin;Inger;Kristoffer;Kristian;Jessica;Pernille;Jean-Philippe;
Jean-Claude;Jean-Pierre;Jean-Yves;Marie-Caroline;Guillaume;Julien;Sébastien;Stéphane;Xavier;
Jérôme;Aurélien;Damien;Antoine;Mathieu;Matthieu;Vincent;Benoît;Gilbert;Edwige;Hélène;
Laurence;Isabelle;Sandrine;Céline;Aurore;Mathilde;Véronique;Francine;Éric;Maximilien;
Tarcísio;Flávio;Carlos;Eduardo;Ciro;Jair;Michelle;Damares;Ricardo;Rodrigo;Romeu;Ronaldo;
Marcos;Márcio;Otávio;Cláudio;Wellington;Nikolas;Carla;
Janaína;Joice;Tábata;Simone;Gleisi;Benedita;Sâmia;Talíria;Marília;Heloísa;
Anderson;Jefferson;Cleiton;Cleber;Glauber;Marcelo;Guilherme;Gustavo;Arthur;Fábio;Júlio;
"""


def given_names() -> list[str]:
    return [n.strip() for n in GIVEN_NAMES.replace("\n", "").split(";")
            if n.strip() and not n.strip().endswith("?")]


# Newspapers, agencies, broadcasters and platforms, by the names articles cite them with.
OUTLETS = """
El País;El Mundo;ABC;La Razón;La Vanguardia;El Periódico;El Confidencial;eldiario.es;elDiario.es;
OKDiario;Libertad Digital;El Español;El Debate;La Gaceta;Vozpópuli;The Objective;
Europa Press;EFE;Agencia EFE;RTVE;TVE;Antena 3;Telecinco;laSexta;La Sexta;Cadena SER;
COPE;Onda Cero;esRadio;Intereconomía;13TV;Clarín;La Nación;Página/12;Pagina 12;Infobae;
Perfil;Ámbito;Ámbito Financiero;El Cronista;TN;Todo Noticias;C5N;A24;LN+;Télam;El Mercurio;
La Tercera;Emol;BioBioChile;Radio Bío-Bío;Cooperativa;Radio Cooperativa;CNN Chile;T13;
Chilevisión;CHV;TVN;Canal 13;El Mostrador;Ex-Ante;Ciper;The Clinic;La Segunda;El Líbero;
El Comercio;La República;RPP;El Tiempo;El Espectador;Caracol;RCN;
El Universal;Reforma;Milenio;Excélsior;La Jornada;Televisa;TV Azteca;El Universo;
Primicias;El Nacional;El Observador;El País de Uruguay;ABC Color;Última Hora;
La Prensa;El Faro;La Prensa Gráfica;El Diario de Hoy;Folha de S.Paulo;Folha;O Globo;Globo;
Estadão;O Estado de S. Paulo;Veja;Jovem Pan;Brasil de Fato;CNN;CNN en Español;Fox News;
MSNBC;NBC;ABC News;CBS;NPR;PBS;Univision;Telemundo;The New York Times;New York Times;
The Washington Post;Washington Post;The Wall Street Journal;Wall Street Journal;Politico;Axios;
Bloomberg;Reuters;Associated Press;AP;AFP;Agence France-Presse;ANSA;DPA;Breitbart;
Newsmax;The Atlantic;The New Yorker;Newsweek;The Guardian;Financial Times;The Economist;
The Times;The Telegraph;Daily Mail;BBC;BBC Mundo;Sky News;GB News;Le Monde;Le Figaro;
Libération;Le Point;L'Express;Mediapart;France 24;RFI;TF1;CNews;BFMTV;Corriere della Sera;
La Repubblica;La Stampa;Il Giornale;Il Foglio;Il Fatto Quotidiano;RAI;Mediaset;Der Spiegel;
Spiegel;Die Zeit;Süddeutsche Zeitung;Frankfurter Allgemeine;FAZ;Die Welt;Bild;Deutsche Welle;
DW;Magyar Nemzet;Hír TV;Rzeczpospolita;Gazeta Wyborcza;RT;Russia Today;Sputnik;Al Jazeera;
Xinhua;Haaretz;The Jerusalem Post;El Faro;Diario Andino;Rebel News;The Daily Wire;Daily Wire;
Voz de América;VOA
"""

# Platforms are outlets too, of a kind the ontology names.
PLATFORMS = """
X;Twitter;Facebook;Instagram;YouTube;TikTok;Telegram;WhatsApp;Truth Social;Threads;Rumble;
Gettr;Parler;Gab;Spotify;Twitch;LinkedIn;Bluesky;Substack
"""

# Organizations of the field whose names carry no telling head noun. Class local name | names.
KNOWN_ORGANIZATIONS = """
PoliticalParty|Vox;Chega;Fidesz;Fidesz-KDNP;Rassemblement National;Reagrupamiento Nacional;
PoliticalParty|Agrupación Nacional;Frente Nacional;Fratelli d'Italia;Hermanos de Italia;Lega;
PoliticalParty|Liga;Forza Italia;AfD;Alternativa para Alemania;Alternative für Deutschland;
PoliticalParty|PiS;Ley y Justicia;Prawo i Sprawiedliwość;Konfederacja;FPÖ;PVV;Reconquista;
PoliticalParty|Demócratas de Suecia;Sverigedemokraterna;Verdaderos Finlandeses;Finns;Likud;
PoliticalParty|La Libertad Avanza;LLA;PRO;Propuesta Republicana;UCR;Unión Cívica Radical;
PoliticalParty|Republicanos;UDI;Renovación Nacional;RN;Evópoli;Nuevas Ideas;ARENA;
PoliticalParty|PSOE;PP;Partido Popular;Sumar;Podemos;Ciudadanos;Junts;ERC;PNV;Bildu;
PoliticalParty|Morena;PAN;PRI;PT;PSL;Republicanos de Brasil;Fuerza Popular;Renovación Popular;
PoliticalParty|Avanza País;Cabildo Abierto;Centro Democrático;
PoliticalParty|Reform UK;Brexit Party;UKIP;Tories;Conservadores británicos;Laboristas;
PoliticalParty|Partido Republicano de Estados Unidos;GOP;Grand Old Party;Demócratas;
PoliticalParty|Vlaams Belang;Sme Rodina;SNS;SDS;Mi Hazánk;Jobbik;Golden Dawn;Amanecer Dorado;
PoliticalParty|Se Acabó La Fiesta;SALF;Alianza Catalana;Libertarios;Compromís;Los Finlandeses
PoliticalParty|BNG;Bloque Nacionalista Galego;EH Bildu;Más Madrid;Izquierda Unida;IU;UPN;
PoliticalParty|Unión del Pueblo Navarro;Coalición Canaria;CUP;PSC;Teruel Existe;
PoliticalParty|Partit dels Socialistes de Catalunya
Network|Patriots for Europe;Patriotas por Europa;ECR;Conservadores y Reformistas Europeos;
Network|Identidad y Democracia;Foro de São Paulo;Foro de Sao Paulo
Network|Political Network for Values;Red Política por los Valores;Atlas Network;Red Atlas;
Network|Red Atlas;Internacional Progresista;Grupo de Puebla;Patriots
Organization|Heritage Foundation;The Heritage Foundation;Fundación Heritage;Cato Institute;
Organization|Fundación Disenso;Disenso;Edmund Burke Foundation;CitizenGO;HazteOír;Hazte Oír;
Organization|American Conservative Union;ACU;CPAC Foundation;Fundación Libertad;Fundación Faro;
Organization|Fundación para el Progreso;FPP;Instituto Res Publica;Danube Institute;
Organization|Mathias Corvinus Collegium;MCC;Ordo Iuris;Center for Fundamental Rights;
Organization|Alapjogokért Központ;Turning Point USA;Turning Point;Federalist Society;
Organization|Tradición y Propiedad;Yunque;El Yunque;Opus Dei;Mont Pelerin Society;
Organization|ONU;Naciones Unidas;OEA;OTAN;NATO;Mercosur;FMI;Banco Mundial;BID;OMS;Unesco;
Organization|Comisión Europea;Parlamento Europeo;Consejo Europeo;Eurocámara;Bundestag;
Organization|Congreso de los Diputados;Senado;Cámara de Diputados;Cámara de Representantes;
Organization|Asamblea Nacional;Knéset;Knesset;Sejm;Duma;Congreso Nacional;Congreso de la Nación;
Organization|Corte Suprema;Tribunal Supremo;Tribunal Constitucional;Casa de los Comunes
Organization|Les Corts;Corts Valencianes
Organization|Generalitat;Xunta;Departamento de Estado;Servel;Cadem;Criteria;Pulso Ciudadano
Organization|Panel Ciudadano;CEP
Organization|Ipsos;Datafolha;Quaest;AtlasIntel;Atlas Intel;Poliarquía;Zuban Córdoba;CIS;Gallup;
Organization|Pew Research Center;YouGov;Cifra;Opinaia;Invymark;GAD3;Sigma Dos;40dB
EventSeries|CPAC;Conservative Political Action Conference
EventSeries|Conferencia de Acción Política Conservadora;Viva;Europa Viva;Viva 24;Viva 25
EventSeries|Madrid Summit;Foro Madrid;Foro de Madrid
Coalition|Pacto Histórico;Chile Vamos;Unidad por Chile;Juntos por el Cambio;Unión por la Patria
Coalition|Nuevo Frente Popular;Frente Amplio;Concertación;Nueva Mayoría;Apruebo Dignidad
PoliticalParty|CDU;CSU;SPD;FDP;Die Linke;BSW;ÖVP;SPÖ;NEOS;Los Republicanos;LFI;La Francia Insumisa
PoliticalParty|Renacimiento;Movimiento 5 Estrellas;M5S;Partido Democrático;Democracia Cristiana
PoliticalParty|PPD;PRSD;Identidad-Libertades;Defensores de la Patria;Libertad y Refundación
PoliticalParty|Partido Liberal;Partido Nacional;Colorado;Partido Colorado;Frente Renovador
PoliticalParty|PSPV;PSC;PRD;PJ;PSDB;MDB;PLRA;ANR;FMLN;PLN;ODS;Partido Justicialista
Organization|Unión Conservadora Americana;Unión Europea;UE;European Union;Cámara;Congreso;
Organization|Senado;Parlamento;Cámara Baja;Cámara Alta;Cancillería;Casa Real;Corona
Organization|Unión Conservadora Estadounidense;Conservative Political Action Coalition;
Organization|Japan Conservative Union;Unión Conservadora de Japón;JCU;Alianza Atlántica;
Organization|Alianza del Pacífico;Alianza Bolivariana;ALBA
PoliticalParty|ANO;Horizontes;Horizons
PoliticalParty|Confederación de la Corona Polaca;SNSD;HDZ;HDZ BiH;AUR
Summit|G7;G20;G-20;G-7;Cumbre de las Américas;Foro de Davos;Foro Económico Mundial
"""


def known_organizations() -> list[tuple[str, str]]:
    """(class local name, name) pairs, from the table's continued rows."""
    out = []
    for line in KNOWN_ORGANIZATIONS.strip().splitlines():
        cls, _, names = line.partition("|")
        out += [(cls, n.strip()) for n in names.split(";")
                if n.strip() and not n.strip().endswith("?")]
    return out


def listed(text: str) -> list[str]:
    return [n.strip() for n in text.replace("\n", "").split(";") if n.strip()]
