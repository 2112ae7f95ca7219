"""The Spanish cue tables: the patterns that signal a relation, on folded text, and the patterns
of negation, attribution, lists and vote shares that the rules read around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each cue: relation, pattern on folded text, base confidence, how its slots are filled.
#   verb:     subject to the left (or the speaker, or the topic), objects to the right
#   reverse:  the agent after the cue is the subject, the one before it the object
#   passive:  "organizados por X": the event before, the agent after
#   contest:  candidacy in the election round named after the cue; rivals when several
#   result:   candidacy in the election the sentence reports on


@dataclass(frozen=True)
class Cue:
    relation: str
    pattern: re.Pattern
    confidence: float
    slots: str = "verb"
    pair_ok: bool = False  # a symmetric relation may hold inside a plural subject
    mode: str | None = None


def _cue(relation, pattern, confidence, slots="verb", pair_ok=False, mode=None) -> Cue:
    return Cue(relation, re.compile(pattern), confidence, slots, pair_ok, mode)


_HAVE = r"(?:ha\s+|han\s+|habia\s+|habian\s+|haya\s+|hayan\s+|habria\s+|hubiera\s+)?"
CUES: list[Cue] = [
    # met
    _cue("met", rf"\bse\s+{_HAVE}(?:reuni\w*|entrevist\w*|encontr\w*\s+con|vieron\s+con|"
                rf"cit\w*\s+con)", 0.85, pair_ok=True),
    _cue("met", r"\breuni(?:o|eron|rse|ran|do|da)\s+con\b", 0.8),
    _cue("met", r"\b(?:reunion|encuentro|cita|reuniones|encuentros)\s+(?:\w+\s+){0,2}?"
                r"(?:con|entre)\b",
         0.7),
    _cue("met", r"\b(?:mantuv|sostuv|celebr|tuv)\w*\s+(?:un|una)\s+(?:\w+\s+)?"
                r"(?:reunion|encuentro)\b",
         0.75, pair_ok=True),
    _cue("met", r"\bcoincid\w*\s+en\s+(?:\w+\s+){0,2}?(?:foros?|encuentros?|cumbres?|actos?|"
                r"eventos?|reuniones|conferencias?|congresos?|convenciones|giras?)\b",
         0.7, pair_ok=True),
    _cue("met", r"\b(?:visit|recibi)\w*\s+a\b", 0.55),
    # contactWith
    _cue("contactWith", r"\b(?:comunicacion|conversacion|llamada|charla|dialogo|contacto)\s+"
                        r"(?:\w+\s+){0,2}?con\b", 0.8),
    _cue("contactWith", r"\b(?:videollamada|videoconferencia)\s+(?:\w+\s+){0,2}?con\b", 0.8,
         mode="VideoCall"),
    _cue("contactWith", r"\b(?:hablo|hablaron|converso|conversaron|dialogo|dialogaron|"
                        r"conversado|hablado)\s+(?:\w+\s+){0,4}?con\b", 0.75),
    _cue("contactWith", r"\b(?:mantiene|mantienen|mantuvo|mantuvieron|mantener|tiene|tienen|"
                        r"tuvo|tener)\s+(?:un\s+|una\s+)?(?:\w+\s+){0,2}?(?:contacto|"
                        r"comunicacion|conversacion|dialogo)\b", 0.75, pair_ok=True),
    # allied
    _cue("allied", r"\baliad[oa]s?\s+(?:\w+\s+){0,3}?(?:de|del)\b", 0.75),
    _cue("allied", r"\b(?:alianza\s+(?:\w+\s+){0,2}?(?:con|entre)|se\s+ali\w*\s+con|"
                   r"aliarse\s+con)\b", 0.8, pair_ok=True),
    _cue("allied", r"\b(?:sell|firm|forj|cerr|pact|concret|anunci)\w*\s+(?:una\s+)?alianza\b",
         0.75, pair_ok=True),
    _cue("allied", r"\brelacion(?:es)?\s+(?:\w+\s+){0,3}?(?:con|entre)\b", 0.65),
    _cue("allied", r"\brelacion(?:es)?\s+(?:politica\s+|personal\s+|muy\s+)?(?:cercana|"
                   r"estrecha|estable|fluida|solida|de amistad|de confianza|privilegiada)\b",
         0.7, pair_ok=True),
    _cue("allied", r"\bvinculos?\s+(?:\w+\s+){0,2}?con\b", 0.65),
    _cue("allied", r"\b(?:socio|socia|socios)\s+(?:politic\w+\s+)?de\b", 0.6),
    # endorsed
    _cue("endorsed", r"(?<!se )\b(?:respald|apoy|endos)(?:a|an|o|aron|aria|arian|ara|aran|e|"
                     r"en|ar|ando|ado|amos|emos|ariamos|ia|ian|ara)\b", 0.8),
    _cue("endorsed", r"\b(?:su|el|un)\s+(?:apoyo|respaldo)\s+(?:\w+\s+)?(?:a|al)\b", 0.75),
    _cue("endorsed", r"\b(?:recibi|cont|sum|obtuv|consigui)\w*\s+(?:el|su|un)\s+(?:\w+\s+)?"
                     r"(?:apoyo|respaldo)\s+(?:\w+\s+)?(?:de|del)\b", 0.7, slots="reverse"),
    _cue("endorsed", r"\b(?:llam\w*\s+a\s+votar|pidi\w*\s+(?:el\s+)?vot\w*|votar\w*|"
                     r"votara|votaran)\s+por\b", 0.75),
    _cue("endorsed", r"\badhi(?:rio|rieron|ere|eren)\s+a\b", 0.65),
    # opponentOf
    _cue("opponentOf", r"\b(?:se\s+)?enfrent\w*\s+(?:\w+\s+)?(?:a|con)\b", 0.8, pair_ok=True),
    _cue("opponentOf", r"\bcompet?i\w*\s+(?:contra|con|frente\s+a)\b", 0.75, pair_ok=True),
    _cue("opponentOf", r"\b(?:rival|rivales|contrincantes?|adversari[oa]s?|contendientes?|"
                       r"oponentes?)\s+(?:\w+\s+)?(?:de|del)\b", 0.7),
    _cue("opponentOf", r"\bduelo\s+entre\b", 0.75, pair_ok=True),
    _cue("opponentOf", r"\bse\s+(?:mediran|medira|miden|midieron)\b", 0.7, pair_ok=True),
    # memberOf
    _cue("memberOf", r"(?<!por )\b(?:miembro|militante|integrante|afiliad[oa]|parte)s?\s+"
                     r"(?:activ\w+\s+|destacad\w+\s+|fundador\w*\s+)?(?:de|del)\b", 0.75),
    _cue("memberOf", r"\bintegr(?:a|an|o|aron|aba|aban|ado|ar)\b", 0.75),
    _cue("memberOf", r"\b(?:milit\w*\s+en|pertenec\w*\s+a|se\s+(?:unio|sumo|afilio|incorporo|"
                     r"unieron|sumaron|afiliaron|incorporaron)\s+a)\b", 0.75),
    # leaderOf
    _cue("leaderOf", r"\b(?:lider(?:es|esa)?|jef[ea]|president[ea]|fundador[a]?|"
                     r"secretari[oa]\s+general)\s+(?:\w+\s+)?(?:de|del)\b", 0.75),
    _cue("leaderOf", r"\b(?:lidera|encabeza|dirige|preside|fundo)\b", 0.7),
    _cue("leaderOf", r"\b(?:liderad|encabezad|dirigid|presidid|fundad)[oa]s?\s+por\b", 0.75,
         slots="reverse"),
    # represents
    _cue("represents", r"\brepresent(?:a|an|o|aron|aba|ara|ante|antes)\s+(?:\w+\s+)?"
                       r"(?:a|al|de|del)\b",
         0.75),
    _cue("represents", r"\b(?:abanderad[oa]|carta|vocer[oa])\s+(?:presidencial\s+)?"
                       r"(?:de|del)\b", 0.7),
    # participatedIn
    _cue("participatedIn", r"\bparticip\w*\s+(?:\w+\s+){0,2}?en\b", 0.8),
    _cue("participatedIn", r"\b(?:asisti\w*|acudi\w*|concurri\w*)\s+(?:\w+\s+){0,3}?a\b", 0.75),
    _cue("participatedIn", r"\b(?:estuvo\s+presente|intervino|expuso|diserto|hablo)\s+en\b", 0.6),
    _cue("participatedIn", r"\bpresencia\s+(?:\w+\s+){0,2}?en\b", 0.55),
    # invitedTo
    _cue("invitedTo", r"\binvitad[oa]s?\s+(?:\w+\s+){0,4}?(?:a|al)\b", 0.8),
    _cue("invitedTo", r"\binvitacion\s+(?:\w+\s+){0,2}?(?:a|al|para)\b", 0.75),
    _cue("invitedTo", r"\binvit(?:o|aron|a|an|ara|aran)\s+a\b", 0.7, slots="invite"),
    # organizedBy
    _cue("organizedBy", r"\b(?:organizad|convocad|auspiciad|patrocinad|promovid|impulsad)"
                        r"[oa]s?\s+por\b", 0.85, slots="passive"),
    _cue("organizedBy", r"\b(?:organiz|convoc|auspici)(?:a|an|o|aron|ara|aran|aba|aban)\b",
         0.7, slots="active_organizer"),
    # candidateIn
    _cue("candidateIn", r"\b(?:disput|compit|iran|ira|van|va|pasan|pasa|pasaron|avanz|llega|"
                        r"clasific|acced|se\s+mediran|se\s+medira)\w*\s+"
                        r"(?:(?:a|hacia|en|por|para)\s+)?(?:el|la|una|un|los|las)?\s*(?=\S)",
         0.8, slots="contest"),
    _cue("candidateIn", r"\b(?:es|sera|fue|era|como|seria)\s+(?:el\s+|la\s+)?candidat[oa]\s+"
                        r"(?:\w+\s+)?(?:a|en|para)\s+(?:la|el)?\s*", 0.8, slots="contest"),
    _cue("candidateIn", r"\b(?:asegur\w*|consigui\w*|obtuv\w*|gan\w*|logr\w*)\s+(?:un|su|el)\s+"
                        r"(?:lugar|cupo|pase|boleto|puesto)\s+(?:en|a|para)\s+(?:la|el|una)?\s*",
         0.75, slots="contest"),
    _cue("candidateIn", r"\b(?:candidat[oa]\s+mas\s+votad[oa]|encabez\w*\s+(?:la|el)\s+"
                        r"(?:eleccion|votacion|comicios|escrutinio|conteo)|gan\w*\s+(?:la|el|los)"
                        r"\s+(?:eleccion|elecciones|comicios)|se\s+impuso\s+en)\b",
         0.75, slots="result"),
]

NEGATION = re.compile(r"\b(?:no|nunca|jamas|tampoco|ni)\s+(?:\w+\s+){0,3}$")
DENIAL = re.compile(r"\b(?:nego|negaron|niega|niegan|desminti\w*|descart\w*)\s+"
                     r"(?:haber(?:se)?|que)\b")
SAYS = re.compile(
    r"\s+(?:senala|senalo|afirma|afirmo|asegura|aseguro|dijo|dice|declaro|sostiene|sostuvo|"
    r"explica|explico|indica|indico|apunta|apunto|advierte|advirtio|denuncia|denuncio|revela|"
    r"revelo|informa|informo|asevera|considera|estima|opina|cree|relata|relato|recuerda|"
    r"recordo|cuenta|conto|subraya|subrayo|destaca|destaco|admite|admitio|reconoce|reconocio)"
    r"\s+que\b")
ACCORDING = re.compile(
    r"\bsegun\s+(?:(?:lo\s+)?(?:informo|informa|publico|publica|reporto|indico|senalo|dijo|"
    r"afirmo|revelo)\s+)?(?:(?:el|la|los|las)\s+)?(?:(?:medio|diario|periodico|agencia|portal|"
    r"revista|cadena|analista|experto|experta|politologo|politologa)\s+)?")
RELATIVE_WITH = re.compile(r"\bcon\s+(?:(?:las|los|la|el)\s+(?:que|cuales?)|quien(?:es)?)\s+$")
WHERE_LIST = re.compile(r",\s*donde\s+(?:destacan|figuran|participan|estan|se\s+encuentran|"
                         r"conviven|militan|aparecen|sobresalen|brillan)\s+")
PARTY_OF = re.compile(r"\bpartido\s+de\s+$")
WE = re.compile(r"\b(?:nosotros|nuestr[oa]s?|somos|vamos\s+a)\b")
PERCENT = re.compile(r"\b(\d{1,2}(?:[.,]\d{1,2})?)\s?%")
NOT_VOTES = re.compile(r"^\s*(?:de\s+(?:las|los)\s+(?:mesas|actas|votos\s+escrutados|"
                        r"locales)|de\s+(?:participacion|abstencion|escrutinio))")
LEADING_CLAUSE = re.compile(r"^(?:cuando|aunque|si|mientras|tras|despues de|antes de|"
                             r"pese a|a pesar de|como)\b[^,]*,")
PHONE = re.compile(r"telefon\w*|llamada")
