"""The Spanish words that state a relation on the parse: verb lemmas with the slots of their
arguments, event nouns with the prepositions of their participants, and light verbs.

Slots name where an end sits in the clause: "agent" is the grammatical subject (or the "por"
phrase of a passive), "patient" the direct object (with or without the personal "a"), and a
set of prepositions an oblique ("con", "a", "en"...). Lemmas are folded (no accents)."""

from __future__ import annotations

from dataclasses import dataclass

from graph.ingest.knowledge import EVENT, ORGANIZATION, PARTY, PERSON

AGENT, PATIENT = "agent", "patient"
ELECTORAL = "electoral"  # an election or one of its rounds
CANDIDATE = "candidate"  # a person the text makes or calls a candidate
SEATED_BESIDE = "sentarse junto a"
# readings of "felicitar" (see congratulations): the object is the words said; no support
CONGRATULATED_IN_WORDS, NO_CONGRATULATION = "felicitar de palabra", "felicitar sin apoyo"
CONGRATULATED_BY_PHONE = "felicitar por teléfono"
AT_ONES_SIDE = "acompanar a su lado"  # a reading of "acompañar" (see accompaniment)
PRAISING = {"elogiar", "alabar", "ensalzar", "encomiar", "loar", "enaltecer", "halagar",
            "aplaudir", "ovacionar"}


@dataclass(frozen=True)
class Frame:
    relation: str
    subject: str | frozenset[str]  # AGENT, PATIENT or prepositions
    object: str | frozenset[str]
    confidence: float = 0.8
    mode: str | None = None
    pair_ok: bool = False  # a symmetric relation may hold between coordinated subjects
    only: str | None = None  # the object's class when the verb means this only for it
    topic: bool = False  # without an event in the clause, the event the text is about
    also: bool = False  # read even when an earlier frame of the verb matched
    former: bool = False  # the relation ended: "abandonó el partido"


def _p(*words: str) -> frozenset[str]:
    return frozenset(words)


_WITH = _p("con", "junto a", "junto con")
_MEET = [Frame("met", AGENT, _WITH, 0.85, pair_ok=True)]
# (one who speaks "junto a" another speaks beside them, on a panel or a stage, not to them)
_CONTACT = [Frame("contactWith", AGENT, _p("con"), 0.8, pair_ok=True)]
_PHONE = [Frame("contactWith", AGENT, _p("con", "a", ""), 0.8, mode="PhoneCall", pair_ok=True)]
_ENDORSE = [Frame("endorsed", AGENT, PATIENT, 0.8), Frame("endorsed", AGENT, _p("a", "al"), 0.75)]
_ORGANIZE = [Frame("organizedBy", PATIENT, AGENT, 0.8)]
_ATTEND = [Frame("candidateIn", AGENT, _p("a", "en"), 0.75, only=ELECTORAL),
           Frame("participatedIn", AGENT, _p("a", "en"), 0.8, topic=True)]
_TAKE_PART = [Frame("candidateIn", AGENT, _p("en"), 0.75, only=ELECTORAL),
              Frame("participatedIn", AGENT, _p("en", "de"), 0.8, topic=True)]
_ACCOMPANY = [Frame("participatedIn", AGENT, _p("a", "en"), 0.6),
              Frame("participatedIn", PATIENT, _p("a", "en"), 0.55, also=True)]
_OPEN = [Frame("participatedIn", AGENT, PATIENT, 0.7, only=EVENT, topic=True)]
# A trip to or for a gathering, or back from one, was made to be there (never a race: see
# race_attendance)
_TRAVEL = [Frame("participatedIn", AGENT, _p("a", "al", "para", "hasta"), 0.65, only=EVENT)]
_BACK_FROM = [Frame("participatedIn", AGENT, _p("de", "del", "desde"), 0.65, only=EVENT)]
_OPPOSE = [Frame("opponentOf", AGENT, _p("a", "con", "contra", "frente a", ""), 0.8,
                 pair_ok=True)]
# "se enfrenta en abril a unas elecciones legislativas": a race faced is one run in
_FACE_RACE = [Frame("candidateIn", AGENT, _p("a"), 0.65, only=ELECTORAL, also=True)]
_ATTACK = [Frame("opponentOf", AGENT, PATIENT, 0.6)]
_ATTACK_AGAINST = [Frame("opponentOf", AGENT, _p("contra"), 0.6)]
# "la cumbre congregó a X y a Y": an event gathers those who take part in it
_GATHER = [Frame("participatedIn", PATIENT, AGENT, 0.75, only=EVENT)]
# "X reunió a varios dirigentes en la cumbre": who gathers others at an event is there too
GATHERING_HOST = [Frame("participatedIn", AGENT, _p("en"), 0.65, only=EVENT)]
_JOIN = [Frame("memberOf", AGENT, _p("a", "en"), 0.75)]
# Leaving a party or an organization: one was its member.
_LEAVE = [Frame("memberOf", AGENT, PATIENT, 0.7, only=ORGANIZATION, former=True)]
_LEAVE_FROM = [Frame("memberOf", AGENT, _p("de", "del"), 0.7, only=ORGANIZATION, former=True)]
# "rompió con Reconquista": one who broke with a party was its member; a party or a
# government that breaks with another ends a pact, so the subject must be a person
BROKEN_WITH = [Frame("memberOf", AGENT, _p("con"), 0.65, only=PARTY, former=True)]
_LEAD = [Frame("leaderOf", AGENT, PATIENT, 0.75),
         Frame("candidateIn", AGENT, PATIENT, 0.7, only=ELECTORAL),
         Frame("participatedIn", AGENT, PATIENT, 0.7, only=EVENT)]

# "concurre por el PP", "compite por Vox": the party a candidate stands for ("compite con el
# PP" runs against it)
_STANDING_FOR = Frame("represents", AGENT, _p("por"), 0.65, only=PARTY, also=True)

VERBS: dict[str, list[Frame]] = {
    # met
    "congregar": _GATHER + GATHERING_HOST, "aglutinar": _GATHER,
    "reunir": _MEET, "reunirse": _MEET, "encontrar": _MEET, "encontrarse": _MEET,
    "entrevistar": _MEET, "entrevistarse": _MEET, "citar": _MEET, "citarse": _MEET,
    "recibir": [Frame("met", AGENT, PATIENT, 0.8)],
    "ver": _MEET,  # reflexive only: "se vio con Kast"
    # "visitó Milán para un acto de X": the place is visited, the gathering attended
    "visitar": [Frame("met", AGENT, PATIENT, 0.75, only=PERSON),
                Frame("participatedIn", AGENT, _p("para"), 0.65, only=EVENT)],
    # a meal together is a meeting: "almorzó con Abascal", "cenaron juntos"
    "almorzar": _MEET, "cenar": _MEET, "desayunar": _MEET, "comer": _MEET,
    "departir": _MEET,  # "departió con X durante la cena"
    # an embrace is in person: "Milei abrazó a Kast", "se abrazaron" (not "abrazó la causa")
    "abrazar": [Frame("met", AGENT, PATIENT, 0.7, pair_ok=True, only=PERSON)],
    # a greeting in person: "saludó a Le Pen en la cumbre" (see greetings: not from afar)
    "saludar": [Frame("met", AGENT, PATIENT, 0.65, pair_ok=True, only=PERSON)],
    # a photograph taken together: "se fotografió con X", "posaron juntos"
    "fotografiar": [Frame("met", AGENT, _WITH, 0.7, pair_ok=True, only=PERSON)],
    "posar": [Frame("met", AGENT, _WITH, 0.7, pair_ok=True, only=PERSON)],
    # a seat beside someone: "se sentó junto a Trump" (see verb_senses)
    SEATED_BESIDE: [Frame("met", AGENT, _p("junto a", "junto con", "al lado de"), 0.65,
                          only=PERSON)],
    # appearing before the press beside someone: "comparece junto a X" (two who appear in
    # turn, "ambos comparecieron después", need not have been together)
    "comparecer": [Frame("met", AGENT, _p("junto a", "junto con"), 0.65, only=PERSON)],
    # showing oneself beside someone, going up on a stage or round a place with them: "se
    # mostró junto a X durante la visita", "se suben al escenario con X", "recorrió el
    # mercado con X" (see relations: "mostrar" reflexive only, "subir" to a stage only)
    "mostrar": [Frame("met", AGENT, _p("junto a", "junto con", "al lado de"), 0.65, only=PERSON)],
    "subir": [Frame("met", AGENT, _WITH, 0.65, only=PERSON)],
    "recorrer": [Frame("met", AGENT, _WITH, 0.65, only=PERSON)],
    # "lo conoció en un foro", "se conocieron en 2019", "no conoce en persona a X": a first
    # meeting, or having met (see verb_senses: knowing someone of old is neither)
    "conocer": [Frame("met", AGENT, PATIENT, 0.65, pair_ok=True, only=PERSON)],
    # contactWith
    "hablar": _CONTACT + [Frame("participatedIn", AGENT, _p("en"), 0.6)],
    "conversar": _CONTACT, "dialogar": _CONTACT,
    "comunicar": _CONTACT, "comunicarse": _CONTACT, "charlar": _CONTACT,
    "platicar": _CONTACT, "conferenciar": _CONTACT,
    # "intercambió mensajes con X", "intercambiaron impresiones"
    "intercambiar": [Frame("contactWith", AGENT, _WITH, 0.65, pair_ok=True)],
    "llamar": [Frame("contactWith", AGENT, _p("", "a"), 0.7, mode="PhoneCall")],
    "telefonear": _PHONE,
    # "contactó con X", "la contactó"; "le escribió a X" (a letter, a message)
    "contactar": [Frame("contactWith", AGENT, _p("con", "a", ""), 0.75, pair_ok=True)],
    "escribir": [Frame("contactWith", AGENT, _p("a", "al"), 0.6, only=PERSON)],
    # endorsed
    "apoyar": _ENDORSE, "respaldar": _ENDORSE, "endosar": _ENDORSE, "avalar": _ENDORSE,
    # "secundó a Kast", "apadrina su candidatura"
    "secundar": _ENDORSE, "apadrinar": _ENDORSE,
    # choosing someone in a race: "Vox se decantó por Kast", "se inclinó por X"
    "decantar": [Frame("endorsed", AGENT, _p("por"), 0.7, only=PERSON)],
    "inclinar": [Frame("endorsed", AGENT, _p("por"), 0.65, only=PERSON)],
    # "ungió a Tarcísio como su sucesor", "bendijo la candidatura de X"
    "ungir": _ENDORSE, "bendecir": _ENDORSE,
    # "arropó a X en su mitin": stood by a candidate in public, and both were at the
    # gathering (arropar a host at a summit is being there)
    "arropar": [Frame("endorsed", AGENT, PATIENT, 0.75, only=CANDIDATE),
                Frame("participatedIn", AGENT, _p("en"), 0.6, only=EVENT, also=True),
                Frame("participatedIn", PATIENT, _p("en"), 0.55, only=EVENT, also=True)],
    "adherir": [Frame("endorsed", AGENT, _p("a"), 0.65)],
    # "se volcó con la candidatura de X", "aupó a Y a la presidencia del partido"
    "volcar": [Frame("endorsed", AGENT, _p("con", "en"), 0.65, only=PERSON)],
    "aupar": [Frame("endorsed", AGENT, PATIENT, 0.65, only=PERSON)],
    # "votó por Kast", "votará a Bardella en la segunda vuelta"
    "votar": [Frame("endorsed", AGENT, _p("por"), 0.7),
              Frame("endorsed", AGENT, PATIENT, 0.65, only=PERSON)],
    # holding someone up: "acusa al PP de sostener a Von der Leyen" (not "sostuvo que")
    "sostener": [Frame("endorsed", AGENT, PATIENT, 0.6, only=PERSON)],
    # congratulating someone in public backs them (see congratulations): "felicitó a X",
    # "lo felicita en redes"; "le ha felicitado en X: «Enhorabuena»" names them by the clitic
    "felicitar": [Frame("endorsed", AGENT, _p("", "a"), 0.65, only=PERSON)],
    CONGRATULATED_IN_WORDS: [Frame("endorsed", AGENT, _p("a"), 0.65, only=PERSON)],
    # "Trump lo felicitó por teléfono": the call is the fact, as in "lo llamó para felicitarlo"
    CONGRATULATED_BY_PHONE: [Frame("contactWith", AGENT, _p("", "a"), 0.7, mode="PhoneCall",
                                   only=PERSON)],
    # praise of a person in public: "elogió a Bukele", "dedicó su discurso a ensalzar a X";
    # praise of what someone did ("elogió la valentía de X") is no stance on the person
    **dict.fromkeys(PRAISING, [Frame("endorsed", AGENT, PATIENT, 0.7, only=PERSON)]),
    # betting on a person: "apostó por X como candidato", "el partido apuesta por Y"
    "apostar": [Frame("endorsed", AGENT, _p("por"), 0.65, only=PERSON)],
    # standing up for a person in public: "la ha defendido en X", "salió a defender a Y"
    "defender": [Frame("endorsed", AGENT, PATIENT, 0.65, only=PERSON)],
    # allied
    "aliarse": [Frame("allied", AGENT, _WITH, 0.8, pair_ok=True)],
    # "fue aliado de Libre y de Castro": the small model reads the noun as a passive
    "aliar": [Frame("allied", PATIENT, _p("de", "del"), 0.7),
              Frame("allied", AGENT, _WITH, 0.8, pair_ok=True)],
    "pactar": [Frame("allied", AGENT, _WITH, 0.75, pair_ok=True)],
    # "se coaligó con Chega", "Sumar confluye con Podemos"
    "coaligar": [Frame("allied", AGENT, _WITH, 0.75, pair_ok=True)],
    "coaligarse": [Frame("allied", AGENT, _WITH, 0.75, pair_ok=True)],
    "confluir": [Frame("allied", AGENT, _WITH, 0.65, pair_ok=True, only=PARTY)],
    # governing or working together: "el PP gobierna con Vox", "no colaborará con la AfD"
    "gobernar": [Frame("allied", AGENT, _WITH, 0.65),
                 # "gobernó Polonia por Ley y Justicia": in office for the party, its member
                 Frame("memberOf", AGENT, _p("por"), 0.6, only=PARTY, also=True)],
    "cogobernar": [Frame("allied", AGENT, _WITH, 0.7, pair_ok=True)],
    "colaborar": [Frame("allied", AGENT, _WITH, 0.6, only=PARTY)],
    "cooperar": [Frame("allied", AGENT, _WITH, 0.6, only=PARTY)],
    # invitedTo: the guest is the object, the event an oblique
    "invitar": [Frame("invitedTo", PATIENT, _p("a", "al", "para"), 0.8, topic=True)],
    "convidar": [Frame("invitedTo", PATIENT, _p("a", "al", "para"), 0.8, topic=True)],
    # participatedIn
    "participar": _TAKE_PART, "asistir": _ATTEND, "acudir": _ATTEND,
    "intervenir": [Frame("participatedIn", AGENT, _p("en"), 0.7, topic=True)],
    # "lo acompañó al foro", "estuvo acompañado por X y por Y": who goes with one attends
    "acompanar": _ACCOMPANY,
    # "La acompañan A y B", "Le acompañaron en el escenario X" (see accompaniment): beside
    # the one the text was following, whom the clitic takes up
    AT_ONES_SIDE: _ACCOMPANY + [Frame("met", AGENT, PATIENT, 0.6, also=True, only=PERSON)],
    # "en el palco lo escoltaban X, Y y Z": beside the host in a seat of the event (SEATED)
    "escoltar": [Frame("participatedIn", AGENT, _p("en"), 0.6, topic=True)],
    "flanquear": [Frame("participatedIn", AGENT, _p("en"), 0.6, topic=True)],
    "inaugurar": _OPEN, "clausurar": _OPEN, "cerrar": _OPEN, "abrir": _OPEN,
    "figurar": [Frame("participatedIn", AGENT, _p("en"), 0.7, topic=True)],
    "presente": [Frame("participatedIn", AGENT, _p("en"), 0.7, topic=True)],
    "contar": [Frame("participatedIn", _p("con"), AGENT, 0.7, topic=True)],
    # "coincidió en la CPAC con Kast": both were there (and so met, see relations._coincided)
    "coincidir": [Frame("participatedIn", AGENT, _p("en"), 0.7),
                  # "coincidió con Kast"; not "coincidir la fecha con un Consejo Europeo"
                  Frame("met", AGENT, _p("con"), 0.7, pair_ok=True, only=PERSON),
                  Frame("participatedIn", _p("con"), _p("en"), 0.65, also=True)],
    "disertar": [Frame("participatedIn", AGENT, _p("en"), 0.7)],
    # "donde compartió escenario con X": both take part (see STAGES)
    "compartir": [Frame("participatedIn", AGENT, _p("en"), 0.65, topic=True),
                  # "ambos compartieron el foro de candidatos": both were at it
                  Frame("participatedIn", AGENT, PATIENT, 0.65, only=EVENT, also=True),
                  Frame("participatedIn", _p("con"), _p("en"), 0.65, also=True, topic=True),
                  # "compartió mesa con X": at one table (see verb_senses), they met
                  Frame("met", AGENT, _p("con", "junto a"), 0.6, also=True, pair_ok=True,
                        only=PERSON)],
    # "por la tribuna desfilaron A, B y C": the speakers of the event the text is about
    "desfilar": [Frame("participatedIn", AGENT, _p("en"), 0.7, topic=True)],
    "moderar": [Frame("participatedIn", AGENT, _p("en"), 0.65, topic=True)],
    "exponer": [Frame("participatedIn", AGENT, _p("en"), 0.6)],
    # "en la mesa principal se sentaron A, B y C"; "presenció la ceremonia", "siguieron el
    # acto desde las primeras filas" (see SEATS: "siguió el debate por televisión" is not)
    "sentar": [Frame("participatedIn", AGENT, _p("en"), 0.65, topic=True)],
    "presenciar": [Frame("participatedIn", AGENT, PATIENT, 0.65, only=EVENT, topic=True)],
    "seguir": [Frame("participatedIn", AGENT, PATIENT, 0.6, only=EVENT, topic=True)],
    "enviar": [Frame("participatedIn", PATIENT, _p("a", "en"), 0.6, topic=True)],
    # "viajó a Budapest para la CPAC", "voló a Roma para la cumbre", "volvió de la CPAC"
    **{verb: _TRAVEL for verb in ("viajar", "volar", "desplazar", "trasladar", "venir")},
    **{verb: _BACK_FROM for verb in ("volver", "regresar")},
    # organizedBy: the event is the object, the organizer the subject
    "organizar": _ORGANIZE, "convocar": _ORGANIZE,
    # "impulsó la candidatura de X", "promueve a Y como sucesor": backing a person; an
    # event pushed is organized
    "impulsar": _ORGANIZE + [Frame("endorsed", AGENT, PATIENT, 0.65, only=PERSON)],
    "celebrar": [Frame("organizedBy", PATIENT, AGENT, 0.6)],
    "auspiciar": _ORGANIZE, "patrocinar": _ORGANIZE, "promover": _ORGANIZE + [
        Frame("endorsed", AGENT, PATIENT, 0.65, only=PERSON)],
    "albergar": [], "montar": _ORGANIZE, "copatrocinar": _ORGANIZE,
    # "prepara la tercera edición de la cumbre", "coordina el foro": the event is its work
    "preparar": [Frame("organizedBy", PATIENT, AGENT, 0.65)],
    # "coordina el PL Mulher", "coordinaba la Red X": who coordinates an organization (a
    # party's branch, a network) heads it
    "coordinar": [Frame("leaderOf", AGENT, PATIENT, 0.65, only=ORGANIZATION),
                  Frame("organizedBy", PATIENT, AGENT, 0.65)],
    # "coorganizado con el Centro X": the partner organizes too
    "coorganizar": _ORGANIZE + [Frame("organizedBy", PATIENT, _WITH, 0.7, also=True)],
    # a host that is an agent organizes ("el instituto acoge el foro"); a city only hosts
    "acoger": [Frame("organizedBy", PATIENT, AGENT, 0.6)],
    # opponentOf
    "enfrentar": _OPPOSE + _FACE_RACE, "enfrentarse": _OPPOSE + _FACE_RACE,
    "medir": _OPPOSE, "medirse": _OPPOSE,
    # "afronta en abril unas elecciones legislativas": one who faces a race runs in it
    "afrontar": [Frame("candidateIn", AGENT, PATIENT, 0.65, only=ELECTORAL)],
    "encarar": [Frame("candidateIn", AGENT, PATIENT, 0.65, only=ELECTORAL)],
    "competir": [Frame("opponentOf", AGENT, _p("contra", "con", "frente a"), 0.75, pair_ok=True),
                 Frame("candidateIn", AGENT, _p("en", "por"), 0.75), _STANDING_FOR],
    "rivalizar": _OPPOSE, "derrotar": [Frame("opponentOf", AGENT, PATIENT, 0.7)],
    # beating or trailing a person in a race: "batió a X", "aventaja a Y en los sondeos"
    "batir": [Frame("opponentOf", AGENT, PATIENT, 0.65, only=PERSON)],
    "aventajar": [Frame("opponentOf", AGENT, PATIENT, 0.65, only=PERSON)],
    "desbancar": [Frame("opponentOf", AGENT, PATIENT, 0.65, only=PERSON)],
    "doblegar": [Frame("opponentOf", AGENT, PATIENT, 0.65, only=PERSON)],
    "arrollar": [Frame("opponentOf", AGENT, PATIENT, 0.65, only=PERSON)],
    # "cayó ante X en el balotaje", "sucumbió frente a Y"
    "caer": [Frame("opponentOf", AGENT, _p("ante", "frente a"), 0.65, only=PERSON)],
    "sucumbir": [Frame("opponentOf", AGENT, _p("ante", "frente a"), 0.65, only=PERSON)],
    # "superó a Jara por diez puntos": ahead of a rival in the same race
    "superar": [Frame("opponentOf", AGENT, PATIENT, 0.65, only=PERSON)],
    "vencer": [Frame("opponentOf", AGENT, PATIENT, 0.7),
               Frame("candidateIn", AGENT, _p("en"), 0.7, only=ELECTORAL, also=True)],
    # candidateIn: to go, pass or qualify to an election round
    "disputar": [Frame("candidateIn", AGENT, PATIENT, 0.75, only=ELECTORAL),
                 # "disputa el primer puesto con X": the one it is disputed with
                 Frame("opponentOf", AGENT, _p("frente a", "contra", "ante", "con"), 0.7,
                       also=True, pair_ok=True),  # "A y B se disputan el liderazgo"
                 # "le disputó la alcaldía a X": the one it is contested from
                 Frame("opponentOf", AGENT, _p("a", "al"), 0.65, also=True, only=PERSON)],
    # "le arrebató la alcaldía a X": took the seat from its holder in a race
    "arrebatar": [Frame("opponentOf", AGENT, _p("a", "al"), 0.65, only=PERSON)],
    # "buscará un cuarto mandato frente a X", "pelea con X por el liderazgo", "lucha contra X"
    "buscar": [Frame("opponentOf", AGENT, _p("frente a", "contra"), 0.6, only=PERSON)],
    "pelear": [Frame("opponentOf", AGENT, _p("con", "contra", "frente a"), 0.6, only=PERSON,
                     pair_ok=True)],
    "luchar": [Frame("opponentOf", AGENT, _p("contra", "frente a"), 0.6, only=PERSON)],
    "pugnar": _OPPOSE,
    # attacks on a rival (see attacks): "acusó a X de mentir", "cargó contra Y", "atacó a Z",
    # "lo acusó", "la ha criticado"
    "acusar": [Frame("opponentOf", AGENT, PATIENT, 0.6, only=PERSON)],
    "criticar": [Frame("opponentOf", AGENT, PATIENT, 0.6, only=PERSON)],
    # "le reprochó haber pactado con la izquierda": the one reproached is the indirect object
    "reprochar": [Frame("opponentOf", AGENT, _p("a", "al"), 0.6, only=PERSON)],
    # "lo descalificó como «un aventurero»": name-calling to discredit a rival
    "descalificar": [Frame("opponentOf", AGENT, PATIENT, 0.6, only=PERSON)],
    "atacar": _ATTACK, "despreciar": _ATTACK, "desdenar": _ATTACK,
    "arremeter": _ATTACK_AGAINST, "cargar": _ATTACK_AGAINST,
    # a clash between two people: "Lara y Espinosa chocan por la seguridad", "chocó con X"
    # (two parties that clash over an issue may still govern together)
    "chocar": [Frame("opponentOf", AGENT, _p("con"), 0.6, pair_ok=True, only=PERSON)],
    # "pasó a la segunda vuelta"; "se pasó a Vox desde el PP": a member of one, then the other
    "pasar": [Frame("candidateIn", AGENT, _p("a"), 0.7, only=ELECTORAL),
              Frame("memberOf", AGENT, _p("a", "al"), 0.65, only=PARTY),
              Frame("memberOf", AGENT, _p("desde"), 0.65, only=PARTY, former=True, also=True)],
    "avanzar": [Frame("candidateIn", AGENT, _p("a", "hacia"), 0.7, only=ELECTORAL)],
    "clasificar": [Frame("candidateIn", AGENT, _p("a", "para"), 0.7, only=ELECTORAL)],
    "concurrir": [Frame("candidateIn", AGENT, _p("a"), 0.7, only=ELECTORAL),
                  Frame("participatedIn", AGENT, _p("a", "en"), 0.75), _STANDING_FOR],
    "imponer": [Frame("candidateIn", AGENT, _p("en"), 0.75, only=ELECTORAL),
                # "se impuso a X en la segunda vuelta": the one beaten ran against the subject
                Frame("opponentOf", AGENT, _p("a", "sobre", "frente a"), 0.65, only=PERSON,
                      also=True)],
    # "llegó al PP en 2023 desde Ciudadanos": one arrives at a party by joining it
    "llegar": [Frame("candidateIn", AGENT, _p("a"), 0.65, only=ELECTORAL),
               Frame("memberOf", AGENT, _p("a", "al"), 0.65, only=PARTY),
               Frame("memberOf", AGENT, _p("desde"), 0.65, only=PARTY, former=True,
                     also=True)] + _TRAVEL,
    "ir": [Frame("candidateIn", AGENT, _p("a"), 0.7, only=ELECTORAL)] + _TRAVEL,
    "formar": [Frame("memberOf", AGENT, _p("de"), 0.8)],
    "postular": [Frame("candidateIn", AGENT, _p("a", "en", "para"), 0.7), _STANDING_FOR],
    "presentar": [Frame("candidateIn", AGENT, _p("a", "en", "para"), 0.7, only=ELECTORAL),
                  # "se presenta a las presidenciales con el movimiento X", "por el partido X"
                  Frame("represents", AGENT, _p("con", "por"), 0.65, only=ORGANIZATION,
                        also=True)],
    "perder": [Frame("candidateIn", AGENT, PATIENT, 0.7, only=ELECTORAL),
               Frame("candidateIn", AGENT, _p("en"), 0.7, only=ELECTORAL),
               # "perdió la segunda vuelta frente a X", "cayó ante Y": the winner was a rival
               Frame("opponentOf", AGENT, _p("frente a", "ante", "contra"), 0.65,
                     only=PERSON, also=True)],
    "triunfar": [Frame("candidateIn", AGENT, _p("en"), 0.7, only=ELECTORAL)],
    # "revalidó el cargo en las autonómicas", "retuvo su escaño en las legislativas": the seat
    # kept is won in that race
    "revalidar": [Frame("candidateIn", AGENT, _p("en"), 0.7, only=ELECTORAL)],
    "retener": [Frame("candidateIn", AGENT, _p("en"), 0.7, only=ELECTORAL)],
    # "eliminado en la primera vuelta": one knocked out of a round ran in it
    "eliminar": [Frame("candidateIn", PATIENT, _p("en"), 0.7, only=ELECTORAL)],
    "arrasar": [Frame("candidateIn", AGENT, _p("en"), 0.7, only=ELECTORAL)],
    "ganar": [Frame("candidateIn", AGENT, PATIENT, 0.7, only=ELECTORAL),
              Frame("candidateIn", AGENT, _p("en"), 0.7, only=ELECTORAL),
              # "le ganó a X", "ganó frente a Y": the one beaten
              Frame("opponentOf", AGENT, _p("a", "frente a", "ante"), 0.65, only=PERSON,
                    also=True)],
    "quedar": [Frame("candidateIn", AGENT, _p("en"), 0.65, only=ELECTORAL),
               # "en las que quedó segundo por detrás de X": X ran against the subject
               Frame("opponentOf", AGENT, _p("por detras de", "detras de", "tras",
                                             "por delante de", "delante de"), 0.65,
                     also=True, only=PERSON)],
    "obtener": [Frame("candidateIn", AGENT, _p("en"), 0.65, only=ELECTORAL)],
    "aspirar": [Frame("candidateIn", AGENT, _p("a", "en"), 0.6, only=ELECTORAL)],
    # memberOf
    # "integra la coalición"; "se integró en el grupo europeo"
    "integrar": [Frame("memberOf", AGENT, PATIENT, 0.75),
                 Frame("memberOf", AGENT, _p("en", "a"), 0.7, only=ORGANIZATION)],
    "pertenecer": [Frame("memberOf", AGENT, _p("a", "al"), 0.8)],
    "militar": [Frame("memberOf", AGENT, _p("en"), 0.8)],
    "afiliar": _JOIN, "afiliarse": _JOIN, "unir": [Frame("memberOf", AGENT, _p("a"), 0.65),
                                         # "se unió a los dos presidentes"
                                         Frame("met", AGENT, _p("a"), 0.6, only=PERSON)],
    "sumar": [Frame("memberOf", AGENT, _p("a"), 0.6)],
    "incorporar": [Frame("memberOf", AGENT, _p("a"), 0.65)],
    "ingresar": [Frame("memberOf", AGENT, _p("a", "en"), 0.65)],
    "abandonar": _LEAVE, "dejar": _LEAVE, "romper": BROKEN_WITH,
    "renunciar": [Frame("memberOf", AGENT, _p("a", "al"), 0.65, only=ORGANIZATION, former=True)],
    # "X, procedente del Partido Popular": one came from the party, its member before
    "procedente": _LEAVE_FROM + [Frame("memberOf", AGENT, _p("desde"), 0.65,
                                       only=ORGANIZATION, former=True)],
    "proveniente": _LEAVE_FROM,
    "desafiliar": _LEAVE_FROM, "desafiliarse": _LEAVE_FROM, "salir": _LEAVE_FROM,
    "escindir": _LEAVE_FROM, "escindirse": _LEAVE_FROM,
    # "la UDI expulsó a X", "X fue expulsado del partido": X was its member
    "expulsar": [Frame("memberOf", PATIENT, AGENT, 0.7, only=ORGANIZATION, former=True),
                 Frame("memberOf", PATIENT, _p("de", "del"), 0.7, only=ORGANIZATION,
                       former=True)],
    # leaderOf
    "liderar": _LEAD, "encabezar": _LEAD,
    # "Karina Milei conduce el partido" (the River Plate's word for leading a party; one
    # also "conduce" a programme, an act, a body's branch: a party only)
    "conducir": [Frame("leaderOf", AGENT, PATIENT, 0.7, only=PARTY)],
    # "la cumbre, que dirige X": who directs or chairs an event organizes it
    "dirigir": _LEAD[:2] + [Frame("organizedBy", PATIENT, AGENT, 0.65)] + _LEAD[2:],
    "presidir": _LEAD[:2] + [Frame("organizedBy", PATIENT, AGENT, 0.65)] + _LEAD[2:],
    # founding an organization makes one its member (as "fundador" does), with whoever
    # founded it "junto a" or "con" one
    "fundar": [Frame("memberOf", AGENT, PATIENT, 0.7),
               Frame("memberOf", _p("junto a", "junto con", "con"), PATIENT, 0.65, also=True)],
    "cofundar": [Frame("memberOf", AGENT, PATIENT, 0.7),
                 Frame("memberOf", _p("junto a", "junto con", "con"), PATIENT, 0.65, also=True)],
    # represents
    "representar": [Frame("represents", AGENT, PATIENT, 0.7)],
}

# Verbs that send an invitation to the one their "a" phrase names ("cursó una invitación a
# X"): their subject is the host, not the guest.
SENDING_INVITATIONS = {"cursar", "enviar", "extender", "remitir", "dirigir", "formular",
                       "trasladar", "hacer", "mandar", "girar"}

# What a list's "entre los ..." says of the people in it: (relation, role).
LIST_ROLES = {"invitado": ("invitedTo", "guest"), "orador": ("participatedIn", "speaker"),
              "ponente": ("participatedIn", "speaker"), "conferencista": ("participatedIn",
                                                                        "speaker"),
              "disertante": ("participatedIn", "speaker"), "firmante": ("participatedIn",
                                                                        "signatory"),
              "asistente": ("participatedIn", None), "participante": ("participatedIn", None),
              "publico": ("participatedIn", None), "presente": ("participatedIn", None),
              "signatario": ("participatedIn", "signatory")}


def list_role(word: str, feminine: bool = False) -> tuple[str, str | None] | None:
    """(relation, role) of a role noun of a list ("oradores", "invitados"); `feminine`: its
    feminine forms too ("oradoras", "invitada")."""
    for form in (word, word.rstrip("s"), word[:-2] if word.endswith("es") else word):
        for gendered in (form, form[:-1] + "o", form[:-1]) if feminine and form.endswith(
                "a") else (form,):
            if gendered in LIST_ROLES:
                return LIST_ROLES[gendered]
    return None

# "asumió la presidencia", "su segundo mandato": taking or holding an office.
OFFICE_VERBS = {"asumir", "ejercer", "ocupar", "iniciar", "comenzar", "empezar"}
OFFICE_NOUNS = {"presidencia": "presidente", "mandato": "presidente",
                "vicepresidencia": "vicepresidente", "alcaldia": "alcalde",
                "gobernacion": "gobernador"}

# What one shares with another speaker at an event: "compartió escenario con X".
STAGES = {"escenario", "panel", "mesa", "tribuna", "estrado", "cartel", "atril", "tarima"}

# Verbs of opening or closing an event: "Clausuró la cumbre el presidente X" puts the one
# who does it after the event.
OPENING = {"inaugurar", "clausurar", "cerrar", "abrir"}

# Verbs whose subject Spanish puts after them ("Entre los oradores figuraron X").
POSTVERBAL = {"figurar", "participar", "asistir", "acudir", "intervenir", "estar", "llegar",
              "viajar", "concurrir", "disertar", "hablar", "desfilar", "sentar"}

# Verbs that mean meeting only in their reflexive form ("se reunió con"; "reunió a" gathers),
# and "sentarse" in a seat ("sienta a su mesa a X" seats a guest).
REFLEXIVE = {"reunir", "encontrar", "entrevistar", "citar", "ver", "sentar", "mostrar"}

# Where one sits at an event or follows it from among those there: "en la mesa principal",
# "desde la primera fila", "desde el palco"; and the preposition each verb puts them under.
SEATS = {"fila", "palco", "tribuna", "grada", "platea", "butaca", "escenario", "estrado", "mesa"}
SEATED = {"sentar": "en", "seguir": "desde", "escoltar": "en", "flanquear": "en", "subir": "a"}
# Common nouns of where an event is held: "no acudió a la capital" is about the event there.
PLACE_NOUNS = {"capital", "ciudad", "pais", "localidad", "pueblo", "provincia", "region",
               "recinto", "estadio", "pabellon", "auditorio", "sala", "sede", "polideportivo",
               "teatro", "hotel", "plaza", "salon", "coliseo", "anfiteatro", "explanada",
               "palacio", "arena", "velodromo", "plaza de toros", "centro de convenciones"}

# "cerró filas en torno a X", "detrás de X": rallied behind X (see relations).
RALLYING = [Frame("endorsed", AGENT, _p("con", "en torno a", "detras de", "detras", "junto a"),
                  0.7, only=PERSON)]

# What a photograph shows together; one not taken says nothing of a meeting.
PICTURES = {"verb:fotografiar", "verb:posar", "nominal:foto", "nominal:fotografia"}

# Verbs whose object noun carries the relation: "mantuvo una reunión con", "dio su apoyo a".
LIGHT_VERBS = {"mantener", "sostener", "tener", "celebrar", "realizar", "protagonizar", "dar",
               "brindar", "ofrecer", "expresar", "manifestar", "mostrar", "reiterar", "sellar",
               "firmar", "cerrar", "forjar", "establecer", "concretar", "anunciar", "recibir",
               "obtener", "conseguir", "contar", "sumar", "consolidar", "estrechar", "fortalecer",
               "reforzar", "formalizar", "tejer", "conservar", "hacer", "entablar", "iniciar",
               "retomar", "buscar", "lograr", "acordar", "suscribir", "declarar", "pedir",
               "difundir", "enviar", "grabar", "trasladar", "transmitir", "intercambiar",
               "cosechar", "ganar", "granjear", "merecer"}
# Light verbs whose subject receives what the noun gives ("recibió el apoyo de X"), and
# those of thanking for it ("agradeció el respaldo de X").
RECEIVING = {"recibir", "obtener", "conseguir", "contar", "sumar", "lograr", "agradecer",
             "valorar", "aceptar", "tener", "cosechar", "ganar", "granjear", "merecer"}


@dataclass(frozen=True)
class Nominal:
    relation: str
    agent: frozenset[str]  # prepositions of the noun's agent ("de"), or empty
    partner: frozenset[str]  # prepositions of the other end
    confidence: float = 0.75
    mode: str | None = None


_MEETING = Nominal("met", _p("de"), _p("con", "entre", "junto a"), 0.75)
_CONTACTING = Nominal("contactWith", _p("de"), _p("con", "entre"), 0.75)
_ALLIANCE = Nominal("allied", _p("de"), _p("con", "entre"), 0.75)
_RIVALRY = Nominal("opponentOf", _p("de"), _p("con", "entre", "frente a", "contra"), 0.65)
_CONTEST = Nominal("opponentOf", _p("de"), _p("con", "entre", "frente a"), 0.6)
_SUPPORT = Nominal("endorsed", _p("de"), _p("a", "al", "hacia", "para"), 0.7)
NOUNS: dict[str, Nominal] = {
    "reunion": _MEETING, "encuentro": _MEETING, "cita": _MEETING, "entrevista": _MEETING,
    "cumbre bilateral": _MEETING,
    # a meal together is a meeting, as its verbs are: "mantuvo un almuerzo de trabajo con X"
    "almuerzo": _MEETING, "cena": _MEETING, "desayuno": _MEETING,
    # a handshake: "estrechó la mano de X", "se dieron la mano" (see nominal)
    "mano": Nominal("met", _p(), _p("de", "a", "con"), 0.65),
    # "se hizo fotos con X", "publicó una foto junto a X": they were together
    "foto": Nominal("met", _p("de"), _p("con", "junto a", "junto con"), 0.65),
    "fotografia": Nominal("met", _p("de"), _p("con", "junto a", "junto con"), 0.65),
    "visita": Nominal("met", _p("de"), _p("a", "con"), 0.65),
    "conversacion": _CONTACTING, "contacto": _CONTACTING, "dialogo": _CONTACTING,
    "charla": _CONTACTING, "comunicacion": _CONTACTING,
    # letters kept up: "mantiene correspondencia regular con X"
    "correspondencia": _CONTACTING,
    # a letter one sends someone: "le envió una carta", "una carta a Trump"
    "carta": Nominal("contactWith", _p("de"), _p("a", "al", "para"), 0.65),
    "llamada": Nominal("contactWith", _p("de"), _p("con", "entre", "a"), 0.75, "PhoneCall"),
    "videollamada": Nominal("contactWith", _p("de"), _p("con", "entre"), 0.75, "VideoCall"),
    "videoconferencia": Nominal("contactWith", _p("de"), _p("con", "entre"), 0.75, "VideoCall"),
    "alianza": _ALLIANCE, "pacto": _ALLIANCE, "vinculo": _ALLIANCE, "relacion": _ALLIANCE,
    "coalicion": _ALLIANCE, "acuerdo": _ALLIANCE, "entendimiento": _ALLIANCE,
    # "firmaron un convenio de colaboración": a deal of allies (see ALLYING)
    "convenio": _ALLIANCE,
    # "un memorando de entendimiento con X": the parties' written bond
    "memorando": _ALLIANCE, "memorandum": _ALLIANCE,
    # "A y B firmaron una declaración conjunta": two who sign one text together (see nominal;
    # a summit's declaration signed by many makes no pair of allies)
    "declaracion": _ALLIANCE,
    "sintonia": Nominal("allied", _p("de"), _p("con", "entre"), 0.6),
    "amistad": Nominal("allied", _p("de"), _p("con", "entre"), 0.6),
    # rivals: "la pugna entre A y B", "su rivalidad con X", "una ventaja de cuatro puntos sobre X"
    "rivalidad": _RIVALRY, "pugna": _RIVALRY, "disputa": _RIVALRY, "enfrentamiento": _RIVALRY,
    "duelo": _RIVALRY, "pulso": _RIVALRY,  # "el duelo entre A y B", "su pulso con X"
    # "la enemistad entre A y B", "su choque con X", "una guerra abierta con Y"
    "enemistad": _RIVALRY, "choque": _RIVALRY, "confrontacion": _RIVALRY, "guerra": _RIVALRY,
    # a contest between two: "la pelea entre A y B por el segundo lugar", "su contienda con X",
    # "el careo entre A y B" (a fight "contra" someone is an attack, not a race; "lucha" and
    # "batalla" are mostly a cause fought together)
    "pelea": _CONTEST, "contienda": _CONTEST, "competencia": _CONTEST, "careo": _CONTEST,
    "pulseada": _CONTEST,
    "ventaja": Nominal("opponentOf", _p("de"), _p("sobre"), 0.6),
    # "la victoria de X sobre Y", "su derrota frente a Y": who won and who lost ran against
    # each other
    "victoria": Nominal("opponentOf", _p("de"), _p("sobre", "frente a", "ante", "contra"), 0.6),
    "triunfo": Nominal("opponentOf", _p("de"), _p("sobre", "frente a", "ante", "contra"), 0.6),
    "derrota": Nominal("opponentOf", _p("de"), _p("frente a", "ante", "contra"), 0.6),
    "apoyo": _SUPPORT, "respaldo": _SUPPORT, "voto": _SUPPORT, "aval": _SUPPORT,
    "adhesion": _SUPPORT,
    # "su militancia en Vox"; "dejó la militancia en el PP" (see nominal: former)
    "militancia": Nominal("memberOf", _p("de"), _p("en"), 0.7),
    "espaldarazo": _SUPPORT, "bendicion": _SUPPORT,
    # praise is support: "los elogios de X a Y", "cosechó las felicitaciones de X"
    "elogio": _SUPPORT, "felicitacion": _SUPPORT, "alabanza": _SUPPORT, "halago": _SUPPORT,
    # "hizo campaña por Cepeda", "en campaña a favor de X": campaigning for someone
    "campana": Nominal("endorsed", _p(), _p("por", "a favor de"), 0.65),
    "participacion": Nominal("participatedIn", _p("de"), _p("en"), 0.7),
    "presencia": Nominal("participatedIn", _p("de"), _p("en"), 0.6),
    "asistencia": Nominal("participatedIn", _p("de"), _p("a", "en"), 0.65),
    "intervencion": Nominal("participatedIn", _p("de"), _p("en"), 0.6),
    "discurso": Nominal("participatedIn", _p("de"), _p("en"), 0.6),
    "invitacion": Nominal("invitedTo", _p(), _p("a", "al", "para"), 0.7),
    "candidatura": Nominal("candidateIn", _p("de"), _p("a", "para", "en"), 0.65),
}
# What makes an "acuerdo" one between allies rather than any deal ("acuerdo electoral", "un
# acuerdo de gobierno"); a trade or a peace deal binds no allies.
ALLYING = {"electoral", "gobierno", "coalicion", "politico", "programatico", "investidura",
           "legislatura", "gobernabilidad", "estabilidad", "unidad", "colaboracion",
           "parlamentario", "legislativo", "entendimiento"}
# What makes a "relación" one between rivals ("su relación con X es glacial", "una relación
# hostil"); a strained one ("tensa", "fría", "con altibajos") makes them neither allies nor,
# yet, rivals.
HOSTILE = {"glacial", "gelido", "hostil", "pesimo", "rota", "roto", "inexistente", "nulo",
           "enfrentado", "envenenado", "guerra", "enemistad", "hostilidad"}
STRAINED = {"frio", "tenso", "tirante", "distante", "malo", "mal", "altibajo", "complicado",
            "dificil", "ambiguo", "ambivalente", "irregular", "conflictivo", "tormentoso"}
# Nouns that a "relación" must carry to be an alliance rather than any relation: closeness,
# not how well the dealings go ("una relación fluida", "cordial", "excelente" is no alliance).
WARM = {"cercano", "estrecho", "estable", "solido", "privilegiado", "amistad",
        "confianza", "politico", "personal", "afinidad",
        "hermano", "hermandad", "fraternal", "fraterno", "alianza", "complicidad", "intimo",
        "calido", "carinoso"}

# Verbs that introduce what somebody says: the clause under them is attributed to the speaker.
SAYING = {"decir", "afirmar", "senalar", "asegurar", "declarar", "sostener", "explicar",
          "indicar", "apuntar", "advertir", "denunciar", "revelar", "informar", "aseverar",
          "considerar", "estimar", "opinar", "creer", "relatar", "recordar", "contar",
          "subrayar", "destacar", "admitir", "reconocer", "escribir", "publicar", "anunciar",
          "confirmar", "precisar", "detallar", "agregar", "anadir", "comentar", "reportar",
          "sugerir", "insistir", "manifestar", "expresar", "adelantar", "reiterar", "difundir",
          "aclarar", "plantear", "argumentar", "atribuir", "zanjar", "sentenciar", "replicar",
          "responder", "proclamar", "remarcar", "enfatizar", "exclamar", "repetir"}
# Verbs that deny what their clause states ("negó haberse reunido").
DENYING = {"negar", "desmentir", "descartar", "rechazar"}
# Verbs of intention, ability and planning: what they govern has not happened.
INTENDING = {"poder", "querer", "planear", "pretender", "buscar", "intentar", "esperar",
             "proponer", "desear", "prever", "planificar", "aspirar", "evaluar", "estudiar",
             "considerar", "analizar", "barajar", "deber", "pensar", "proyectar", "ofrecer",
             "pedir", "solicitar", "proponerse", "tratar", "necesitar", "preferir", "procurar",
             "sugerir", "invitar", "llamar", "instar", "exigir", "prometer"}
# Verbs of agreeing to do something ("acordaron verse antes de fin de año"): the act agreed on
# has not happened; what they agree ("acordaron una alianza") has.
AGREEING = {"acordar", "convenir", "comprometer", "comprometerse"}
NEGATORS = {"no", "nunca", "jamas", "tampoco", "ni"}
