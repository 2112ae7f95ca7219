"""What synthetic entities and claims are made of: Spanish words for names, the mix of
classes, the relations with their weights, domains and ranges, and the quote templates."""

# ---------------------------------------------------------------- vocabulary for names

FIRST_NAMES = (
    "Ana", "Andrés", "Antonio", "Beatriz", "Carla", "Carlos", "Carmen", "Cristina", "Daniel",
    "Diego", "Elena", "Emilio", "Esteban", "Eva", "Federico", "Felipe", "Fernanda", "Francisco",
    "Gabriel", "Gabriela", "Gonzalo", "Guillermo", "Héctor", "Ignacio", "Inés", "Isabel",
    "Jaime", "Javier", "Joaquín", "Jorge", "José", "Juan", "Julia", "Laura", "Lucía", "Luis",
    "Manuel", "Marcela", "María", "Mariano", "Marta", "Martín", "Matías", "Mercedes", "Miguel",
    "Natalia", "Nicolás", "Pablo", "Patricia", "Paula", "Pedro", "Rafael", "Ramón", "Raquel",
    "Ricardo", "Roberto", "Rocío", "Rodrigo", "Rosa", "Santiago", "Sebastián", "Sergio",
    "Silvia", "Sofía", "Teresa", "Tomás", "Valentina", "Verónica", "Víctor", "Ximena",
    "Giorgia", "Matteo", "Giulia", "Lorenzo", "Francesca", "Marco", "Chiara", "Alessandro",
    "João", "Tiago", "Beatriz", "Rui", "Inês", "Gonçalo", "Hans", "Klaus", "Johannes", "Ursula",
    "Friedrich", "Marine", "Jordan", "Éric", "Marion", "Viktor", "Katalin", "Mateusz", "Beata",
    "Donald", "Steve", "Nigel", "Ted", "Marjorie", "Eduardo", "Flávio", "Damares", "Nayib",
)
FIRST_NAME_SET = set(FIRST_NAMES)
SURNAMES = (
    "Abascal", "Aguirre", "Alonso", "Álvarez", "Arancibia", "Bravo", "Bustos", "Cabrera",
    "Campos", "Cárdenas", "Castillo", "Castro", "Contreras", "Cortés", "Díaz", "Domínguez",
    "Espinoza", "Fernández", "Figueroa", "Flores", "Fuentes", "Gallardo", "García", "Garrido",
    "Gómez", "González", "Guerrero", "Gutiérrez", "Herrera", "Hernández", "Ibáñez", "Jiménez",
    "Lagos", "López", "Maldonado", "Martínez", "Medina", "Méndez", "Molina", "Morales",
    "Moreno", "Muñoz", "Navarro", "Núñez", "Ortiz", "Pérez", "Pizarro", "Ramírez", "Reyes",
    "Ríos", "Rodríguez", "Rojas", "Romero", "Ruiz", "Saavedra", "Salazar", "Sánchez",
    "Sandoval", "Silva", "Soto", "Suárez", "Tapia", "Torres", "Valdés", "Valenzuela", "Vargas",
    "Vega", "Vera", "Vidal", "Zamora", "Zúñiga", "Rossi", "Bianchi", "Ferrari", "Esposito",
    "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca",
    "Costa", "Ferreira", "Santos", "Oliveira", "Pereira", "Almeida", "Carvalho", "Sousa",
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann",
    "Dubois", "Lefèvre", "Moreau", "Laurent", "Kowalski", "Nowak", "Wiśniewski", "Kovács",
    "Nagy", "Szabó", "Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson",
)
COUNTRIES = (
    "Chile", "Argentina", "España", "Italia", "Brasil", "Estados Unidos", "Hungría", "Polonia",
    "Francia", "Alemania", "Portugal", "México", "Colombia", "Perú", "Uruguay", "Paraguay",
    "Bolivia", "Ecuador", "Venezuela", "El Salvador", "Guatemala", "Honduras", "Costa Rica",
    "Panamá", "República Dominicana", "Países Bajos", "Bélgica", "Austria", "Suecia",
    "Finlandia", "Dinamarca", "Noruega", "Grecia", "Rumania", "Bulgaria", "Chequia",
    "Eslovaquia", "Croacia", "Serbia", "Reino Unido", "Irlanda", "Canadá", "Australia", "Israel",
    "India", "Japón", "Corea del Sur", "Filipinas", "Sudáfrica", "Nigeria", "Kenia", "Marruecos",
)
CITIES = (
    "Santiago", "Valparaíso", "Concepción", "Temuco", "Buenos Aires", "Córdoba", "Rosario",
    "Mendoza", "Madrid", "Barcelona", "Sevilla", "Valencia", "Roma", "Milán", "Nápoles",
    "São Paulo", "Río de Janeiro", "Brasilia", "Budapest", "Varsovia", "Cracovia", "París",
    "Lyon", "Berlín", "Múnich", "Lisboa", "Oporto", "Ciudad de México", "Guadalajara", "Bogotá",
    "Medellín", "Lima", "Arequipa", "Montevideo", "Asunción", "La Paz", "Quito", "Guayaquil",
    "Caracas", "San Salvador", "Washington", "Dallas", "Orlando", "Nueva York", "Viena",
    "Ámsterdam", "Bruselas", "Atenas", "Bucarest", "Praga",
)
PARTY_WORDS = (
    "Republicano", "Nacional", "Libertario", "Conservador", "Patriota", "Popular", "Social",
    "Cristiano", "Soberanista", "Demócrata", "Liberal", "Progresista", "Verde", "Federal",
    "Independiente", "Renovador", "Ciudadano", "Unido", "Comunista", "Socialista", "Humanista",
)
PARTY_HEADS = ("Partido", "Movimiento", "Unión", "Frente", "Acción", "Fuerza", "Alianza")
NETWORK_HEADS = ("Red", "Foro", "Plataforma", "Fundación", "Instituto", "Consejo", "Club")
NETWORK_TOPICS = (
    "por los Valores", "por la Libertad", "de la Familia", "Atlántico", "Iberoamericano",
    "Hispano", "Occidental", "Soberanista", "de Madrid", "de las Naciones", "Patriótico",
    "Conservador", "para la Vida", "de la Tradición", "Libertario", "Europeo", "Americano",
)
OUTLET_HEADS = ("Diario", "Radio", "Revista", "Canal", "Semanario", "Portal", "Televisión")
OUTLET_NAMES = (
    "El Sol", "La Voz", "El Faro", "La Tribuna", "El Observador", "La Nación", "El Heraldo",
    "La Crónica", "El Mercurio", "La Gaceta", "El Independiente", "La Razón", "El Centinela",
    "La Prensa", "El Correo", "La Época", "El Mundo", "La Opinión", "El Universal",
)
PLATFORMS = ("Instagram", "X", "Facebook", "TikTok", "YouTube", "Telegram", "Truth Social",
             "Gab", "Rumble", "WhatsApp", "Threads", "Bluesky")
SUMMIT_HEADS = ("Cumbre", "Foro", "Conferencia", "Encuentro", "Congreso", "Jornada")
SUMMIT_TOPICS = (
    "de las Nuevas Derechas", "por la Libertad", "Conservador", "Patriota", "de la Familia",
    "Iberoamericano", "Transatlántico", "Soberanista", "de Acción Política", "Provida",
)
OFFICE_AREAS = (
    "Interior", "Hacienda", "Defensa", "Relaciones Exteriores", "Justicia", "Educación",
    "Salud", "Economía", "Trabajo", "Seguridad", "Cultura", "Energía", "Agricultura",
)
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")
FILLERS = (
    "La jornada estuvo marcada por la incertidumbre.",
    "Los analistas coinciden en que el escenario sigue abierto.",
    "El encuentro se produjo en un clima de creciente polarización.",
    "Varios dirigentes evitaron hacer declaraciones a la prensa.",
    "La noticia se difundió rápidamente en redes sociales.",
    "Especialistas advierten sobre el avance de las nuevas derechas en la región.",
    "El contexto internacional favorece este tipo de alianzas.",
    "Las encuestas anticipan una competencia reñida.",
    "La oposición criticó duramente el anuncio.",
    "Fuentes cercanas a la campaña confirmaron los detalles.",
    "El debate público se concentró en la seguridad y la economía.",
    "Nada de esto era previsible hace apenas unos años.",
)

# ---------------------------------------------------------------- classes and relations

# class -> share of the entities. Countries are capped by the list of real countries.
CLASS_MIX = (
    ("Person", 0.56), ("PoliticalParty", 0.07), ("Coalition", 0.02), ("Network", 0.03),
    ("MediaOutlet", 0.04), ("SocialMediaPlatform", 0.005), ("Election", 0.03),
    ("ElectionRound", 0.05), ("Summit", 0.03), ("EventSeries", 0.015), ("Meeting", 0.015),
    ("Country", 0.02), ("Place", 0.03), ("Office", 0.06),
)
AGENT = {"Person", "PoliticalParty", "Coalition", "Network", "MediaOutlet",
         "SocialMediaPlatform"}
ORGANIZATION = AGENT - {"Person"}
EVENT = {"Election", "ElectionRound", "Summit", "EventSeries", "Meeting"}
OUTLET = {"MediaOutlet", "SocialMediaPlatform"}
ELECTORAL = {"Election", "ElectionRound"}

# relation -> (weight in the curated graph, domain pool, range pool, symmetric)
RELATIONS = {
    "memberOf": (10, "agent", "organization", False),
    "candidateIn": (7, "person", "electoral", False),
    "contactWith": (5, "agent", "agent", True),
    "met": (3, "agent", "agent", True),
    "allied": (3, "agent", "agent", True),
    "endorsed": (3, "agent", "agent", False),
    "holdsOffice": (3, "person", "office", False),
    "leaderOf": (2, "person", "organization", False),
    "represents": (2, "agent", "organization", False),
    "participatedIn": (2, "agent", "event", False),
    "organizedBy": (2, "event", "agent", False),
    "invitedTo": (1, "agent", "event", False),
    "opponentOf": (1, "agent", "agent", True),
}
POOLS = {
    "person": {"Person"}, "agent": AGENT, "organization": ORGANIZATION, "event": EVENT,
    "electoral": ELECTORAL, "office": {"Office"}, "outlet": OUTLET,
}
# Quote templates; {s} and {o} are labels, {when} a date phrase with its leading space.
QUOTES = {
    "met": ("{s} se reunió con {o}{when}", "{s} y {o} mantuvieron un encuentro{when}",
            "{o} recibió a {s}{when}"),
    "contactWith": ("{s} mantuvo una comunicación con {o}{when}", "{s} conversó con {o}{when}",
                    "{s} y {o} mantienen contacto directo"),
    "allied": ("{s} y {o} conservan una relación cercana", "{s} es un aliado de {o}",
               "{s} selló una alianza con {o}{when}"),
    "opponentOf": ("{s} compitió contra {o}{when}", "{s} y {o} son adversarios declarados"),
    "endorsed": ("{s} respaldó a {o}{when}", "{s} anunció su apoyo a {o}{when}",
                 "{s} pidió apoyar a {o}"),
    "memberOf": ("{s} es miembro de {o}", "{s} milita en {o}", "{s} se sumó a {o}{when}"),
    "leaderOf": ("{s} encabeza {o}", "{s} es la principal figura de {o}",
                 "{s} asumió la conducción de {o}{when}"),
    "represents": ("{s} es la carta de {o}", "{s} representa a {o}"),
    "participatedIn": ("{s} participó en {o}", "{s} asistió a {o}"),
    "invitedTo": ("{s} fue invitado a {o}", "{s} recibió una invitación para {o}"),
    "organizedBy": ("{s} fue organizado por {o}", "{o} convocó {s}"),
    "candidateIn": ("{s} obtuvo {share}% en {o}", "{s} compitió en {o}"),
    "holdsOffice": ("{s} ocupa el cargo de {o}", "{s} ejerce como {o}"),
}
MODES = ("PhoneCall", "InPerson", "VideoCall")
EVENT_RELATIONS = {"candidateIn", "participatedIn", "invitedTo", "organizedBy"}
