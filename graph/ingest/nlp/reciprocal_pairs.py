"""A pair the text has just named, taken up by a plural verb with no subject of its own:
"—Se habla de la relación de Asfura con Bukele. —Se reunieron en febrero y hablan con
frecuencia", "Cercanos a ambos hermanos confirman que se escriben a diario". A reciprocal
"se" ("se reunieron", "se llaman") or a habit of talking ("hablan a diario", "conversan por
teléfono") says the two met or keep in contact; the pair is the one a plural reference
("ambos") would stand for."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_RELATIONS = {"reunir": "met", "ver": "met", "encontrar": "met", "abrazar": "met",
              "conocer": "met", "cenar": "met", "almorzar": "met", "desayunar": "met",
              "hablar": "contactWith", "conversar": "contactWith", "dialogar": "contactWith",
              "charlar": "contactWith", "escribir": "contactWith", "llamar": "contactWith",
              "telefonear": "contactWith", "comunicar": "contactWith", "escuchar": None}
# Verbs that need the reciprocal "se" to take the pair: "se reunieron", "se escriben"
_WITH_SE = {"reunir", "ver", "encontrar", "abrazar", "conocer", "escribir", "llamar",
            "telefonear", "comunicar"}
# A habit or a channel of talk: "hablan a diario", "conversan por teléfono"
_HABITS = {"diario", "frecuencia", "menudo", "habitualmente", "regularmente",
           "constantemente", "semanalmente", "telefono", "videollamada", "mensaje",
           "whatsapp", "semana", "dia", "mes"}


def reciprocal_claims(parsed, verb) -> list[Found]:
    lemma = verb_lemma(verb) if verb.pos_ == "VERB" else ""
    relation = _RELATIONS.get(lemma)
    if relation is None or not _third_plural(verb) or _has_ends(verb):
        return []
    mutual = any(c.lower_ == "se" and c.i < verb.i for c in verb.children)
    if lemma in _WITH_SE and not mutual or not mutual and not _habitual(verb):
        return []
    if lemma == "conocer" and "Past" not in _finite(verb).morph.get("Tense"):
        return []  # "se conocen desde 2014": knowing each other is no meeting
    pair = _pair(parsed, verb)
    if len(pair) != 2 or pair[0].key == pair[1].key or \
            not all(parsed.is_person(e.key) for e in pair):
        return []
    return [Found(relation, pair[0], pair[1], 0.6, f"verb:{lemma}", verb.i)]


def _pair(parsed, verb) -> list[End]:
    """The pair "ambos" would stand for; but one named in the sentence before the verb is
    one of the two ("Con Abascal mantiene una relación de hermanos: se escriben a diario"),
    the other the one the sentence is about."""
    here = parsed.sentence_of(verb.idx)
    named = list(dict.fromkeys(k for i, k in parsed.persons_before(verb.i, back=0)
                               if parsed.sentence_of(parsed.doc[i].idx) == here))
    if len(named) != 1:
        return parsed.pair_of(verb)
    focus = parsed.focus(here, before=verb.i)
    if focus is None or focus == named[0] or not parsed.is_person(focus):
        return []
    return [End(focus, verb.i, verb.i, reference=True, distance=1),
            End(named[0], verb.i, verb.i, reference=True, distance=0)]


def _finite(verb):
    return next((c for c in verb.children if c.dep_ == "aux" and
                 c.morph.get("VerbForm") == ["Fin"]), verb)


def _third_plural(verb) -> bool:
    finite = _finite(verb)
    return finite.morph.get("Person") == ["3"] and finite.morph.get("Number") == ["Plur"]


def _has_ends(verb) -> bool:
    """A subject of its own, a partner ("con X") or someone named as its object."""
    return any(c.dep_.startswith("nsubj") or preposition(c) in ("con", "a", "al", "entre") and
               c.dep_ in ("obl", "obj", "iobj") and folded_lemma(c) not in _HABITS or
               c.dep_ == "obj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children)


def _habitual(verb) -> bool:
    return any(fold(t.lower_) in _HABITS or folded_lemma(t) in _HABITS
               for c in verb.children if c.dep_ in ("obl", "advmod", "nmod")
               for t in c.subtree)
