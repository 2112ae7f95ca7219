"""Where a name goes on past lower-case words: particles ("von der Leyen"), an organization's
connectors ("Alternativa para Alemania"), a topic ("Jornadas en Defensa del Campo"), a
complement of two nouns ("Foro de la Familia y la Soberanía"); and where it stops (a party's
event before "de <party>", a seat's constituency). A part of `spans.Reader`."""

from __future__ import annotations

import re

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp import gazetteer as gz
from graph.ingest.nlp.acronym_joins import spelled_by_acronym
from graph.ingest.nlp.coordinated_bodies import two_bodies
from graph.ingest.nlp.governing_nouns import governed
from graph.ingest.nlp.paired_nouns import paired_nouns
from graph.ingest.nlp.party_shaped_names import slogan_joined

_JOINERS = gz.PARTICLES - {"y", "e", "i", "al", "el"}
_ARTICLES = frozenset({"la", "las", "los", "le", "les"})
_ROMAN = re.compile(r"[IVXLC]+")
# Names whose complement may coordinate two nouns, and the words that open the complement.
_COMPLEMENTED = frozenset({"Summit", "Event", "Organization", "Network", "Movement"})
_COMPLEMENT = frozenset({"de", "del", "por", "para"})
# Chambers whose seats are won for a constituency ("senador por Madrid en el Senado").
_CHAMBERS = frozenset({("congreso",), ("senado",), ("parlamento",), ("camara",), ("asamblea",),
                       ("cortes",)})
_ORG_CONNECTORS = frozenset({"por", "para", "contra", "sin", "el", "for", "of", "the", "and"})
# A cause a name stands for may be indefinite ("Conferencia por una Europa Soberana", "Plataforma
# por un Nuevo Chile"): the article is part of the name only right after such a preposition.
_CAUSES = frozenset({"por", "para", "contra"})
_INDEFINITE = frozenset({"un", "una"})
# Prepositions inside an event's or group's name that also open a place or a topic after a name
# ("Jornadas en Defensa del Campo", "Conferencia sobre Seguridad"): a name goes on through them
# only to a word that is no place ("la Cumbre de Patriotas en Madrid" ends before Madrid).
_TOPIC_CONNECTORS = frozenset({"en", "sobre"})


class NameJoins:
    """The reader's steps over the words inside a name (`spans.Reader` holds the tables and
    token attributes they read)."""

    def _connected(self, start: int, j: int, taken: set[int]) -> int | None:
        """Where the name goes on after the lower-case words at `j`, if they join two parts of
        one name: particles ("von der Leyen"), an organization's connectors ("Partido por la
        Libertad", "Alternativa para Alemania") or any words inside one spaCy entity."""
        k = j
        while k < len(self.doc) and k - j < 3 and k not in taken and self.keys[k] \
                and not self.caps[k] and not self.cut(k - 1, k):
            k += 1
        if k < len(self.doc) and self.cut(k - 1, k):
            return None
        if k == j or k >= len(self.doc) or k in taken or not self._namey(k):
            return None
        words = {w for i in range(j, k) for w in self.keys[i]}
        if words <= {"de", "del"} and self._owned_event(start, j, k):
            return None  # "la cumbre Europa Viva de Vox": the party's event, two names
        # a lone article between two names opens the second ("en Budapest la Cumbre de ..."):
        # an article is a particle only after one ("de la Espriella")
        if words <= _JOINERS and not (k - j == 1 and words <= _ARTICLES):
            return k
        if words == {"e"} and k - j == 1 and not self.keys[k][0].startswith(("i", "hi", "y")):
            # Spanish writes "e" for "y" only before an "i" sound: "Gouveia e Melo" is one
            # Portuguese name, "Abascal e Iglesias" two
            return k
        if words <= {"y", "e"} and spelled_by_acronym(self, start, j, k):
            return k  # "Unión de Agricultores de la Sagra y La Mancha (UASM)"
        if words <= {"y", "e"} and self.key(start, k + 1) in gz.LISTED_PREFIXES:
            return k  # "Libertad y Refundación"
        if words <= {"y", "e"} and paired_nouns(self, start, j, k):
            return k  # "el foro Soberanía y Paz"
        if slogan_joined(self, start, j, k):
            return k  # "Hacemos Unidos por Córdoba", "Zaragoza en Común"
        head = gz.head_class(self._headed(start, j), alone=True) or (
            "Organization" if governed(self, start) else None)
        if words == {"por"} and self._headed(start, j)[:1] in _CHAMBERS and \
                gz.place(self.texts[k]) is not None:
            return None  # "diputado en el Congreso por Valencia": the seat's constituency
        if (words <= _ORG_CONNECTORS | _JOINERS or self._cause(j, k)) and \
                head not in (None, "Place") and not gz.is_given_name(self.keys[k][0]):
            return k
        if self._topic(j, k) and head not in (None, "Place", "PoliticalParty"):
            return k
        if two_bodies(self, start, j, k):
            return None  # "la Fundación X y la Cámara de Y": two bodies in one tagged entity
        if self._same_ent(j - 1, k) and words <= _ORG_CONNECTORS | _JOINERS | {"y", "e"} and \
                not (k - j == 1 and words <= _ARTICLES) and \
                all(self.pos[i] in ("ADP", "DET", "CCONJ") for i in range(j, k)):
            return k  # "Trinidad y Tobago" inside one entity; never a verb ("Congreso aprobó")
        if self._coordinated_complement(start, j, k):
            return k
        return None

    def _cause(self, j: int, k: int) -> bool:
        """"por una", "para un": a preposition of cause and an indefinite article."""
        return k - j == 2 and self.keys[j] and self.keys[j][0] in _CAUSES and \
            self.keys[j + 1] and self.keys[j + 1][0] in _INDEFINITE

    def _owned_event(self, start: int, j: int, k: int) -> bool:
        """Whether the words before "de" are an event the graph knows by that name and the
        word after it opens a name the graph knows too ("Europa Viva de Vox")."""
        left = self.key(start, j)
        events = self.t.names.get(left, set())
        if not any(EVENT in self.kb.classes(i) for i in events) and \
                gz.known_class(left) not in (gz.CLASSES["EventSeries"], gz.CLASSES["Summit"],
                                              gz.CLASSES["Event"]):
            return False
        return any(self.key(k, end) in self.t.names or gz.known_class(self.key(k, end))
                   for end in range(k + 1, min(k + 6, len(self.doc)) + 1)
                   if not any(self.punct[m] for m in range(k, end)))

    def _coordinated_complement(self, start: int, j: int, k: int) -> bool:
        """"Foro Europeo de la Familia y la Soberanía", "Cumbre por la Vida y la Libertad": an
        event's or group's complement of two nouns is one name. The second is a lone capitalized
        common word closing the name, neither a place, a given name nor an acronym, so that
        "el Foro de Madrid y Vox" or "la Cumbre de la Familia y Marine Le Pen" stay apart."""
        words = [self.texts[i].lower() for i in range(j, k)]
        if words[0] not in ("y", "e") or len(words) > 2 or \
                (len(words) == 2 and words[1] not in _ARTICLES | {"el"}):
            return False
        key = self._headed(start, j)
        if gz.head_class(key, alone=True) not in _COMPLEMENTED or \
                not (_COMPLEMENT.intersection(key[1:]) or len(key) == 2):
            return False  # "Foro de la Familia y la Soberanía", "Fundación Libertad y Progreso"
        text = self.texts[k]
        closes = k + 1 >= len(self.doc) or not self._namey(k + 1)
        return closes and text[1:].islower() and len(text) > 3 and \
            not gz.is_given_name(self.keys[k][0]) and gz.place(text) is None and \
            gz.place(self.texts[j - 1]) is None

    def _headed(self, start: int, j: int) -> tuple[str, ...]:
        """The name's words from its head on: "III Foro ..." has the edition's ordinal before
        the head."""
        key = self.key(start, j)
        return key[1:] if key and _ROMAN.fullmatch(self.texts[start]) else key

    def _topic(self, j: int, k: int) -> bool:
        """Whether the words from `j` to `k` open a topic: "en Defensa", "sobre el Populismo";
        "en el Palacio de Vistalegre" is a venue, "en Madrid" or "en Loures" a place (by the
        gazetteer or spaCy's reading), "en Javier Milei" a person."""
        words = [self.texts[i].lower() for i in range(j, k)]
        if words[0] not in _TOPIC_CONNECTORS or len(words) > 2 or (
                len(words) == 2 and (words[0] != "sobre" or words[1] not in _ARTICLES | {"el"})):
            return False
        return gz.place(self.texts[k]) is None and not gz.is_given_name(self.keys[k][0]) and \
            self.doc[k].ent_type_ not in ("PER", "LOC")

    def plural_surname(self, i: int, title: gz.Title) -> bool:
        """Whether a capitalized plural title opening a run of names is a surname: "Reyes Villa"
        names one person ("los Reyes Felipe y Letizia" keeps its article)."""
        return title.plural and self.caps[i] and i + 1 < len(self.doc) and self.caps[i + 1] \
            and not (i > 0 and self.keys[i - 1] in (("los",), ("las",)))
