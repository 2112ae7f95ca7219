"""A first person plural that is the speaker and one other person: "—¿Ha hablado con X? —Hablamos
por teléfono después de la primera vuelta", "Con el presidente tengo una amistad; nos vimos en
marzo", "X vino a Lima en agosto, nos sentamos tres horas y acordamos ir juntos". In an answer
or a quotation, a reciprocal "nos" ("nos vimos", "nos reunimos", "nos conocimos"), a meal
taken ("cenamos juntos") or a talk over a channel ("hablamos por teléfono") with no partner of
its own is between the one who speaks and the one other person the sentence named before the
verb, else the question or sentence just before. "Hablamos de la frontera" says no channel,
and "nosotros hablamos claro" is a party speaking: neither is a contact."""

from __future__ import annotations

from graph.ingest.nlp.clauses import first_person_speaker, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

_RELATIONS = {"ver": "met", "reunir": "met", "encontrar": "met", "conocer": "met",
              "sentar": "met", "juntar": "met", "abrazar": "met", "cenar": "met",
              "almorzar": "met", "desayunar": "met", "comer": "met",
              "hablar": "contactWith", "conversar": "contactWith", "charlar": "contactWith",
              "llamar": "contactWith", "escribir": "contactWith", "telefonear": "contactWith",
              "dialogar": "contactWith"}
# Verbs that take the pair only with the reciprocal "nos": "nos vimos", "nos llamamos"
_WITH_NOS = {"ver", "reunir", "encontrar", "conocer", "sentar", "juntar", "abrazar",
             "llamar", "escribir"}
# Talk is a contact when it goes over a channel: "hablamos por teléfono", "por videollamada"
_TALKING = {"hablar", "conversar", "charlar", "dialogar"}
_CHANNELS = {"telefono", "videollamada", "videoconferencia", "whatsapp", "zoom", "mensaje",
             "mensajes", "correo", "telefonicamente"}
# A seat is a meeting when it is at a table or lasts: "nos sentamos tres horas", "a la mesa"
_SITTING = {"hora", "horas", "minuto", "minutos", "mesa", "tarde", "noche", "rato"}
# A subject of its own that is still the pair: "nosotros", "los dos", "ambos"
_WE = {"nosotros", "nosotras", "dos", "ambos", "ambas"}


def we_met_claims(parsed: Parsed, verb) -> list[Found]:
    lemma = verb_lemma(verb) if verb.pos_ == "VERB" else ""
    relation = _RELATIONS.get(lemma)
    if relation is None or not _first_plural(verb) or _partnered(verb):
        return []
    nos = any(c.lower_ == "nos" for c in verb.children)
    if lemma in _WITH_NOS and not nos:
        return []
    words = {fold(t.lower_) for c in verb.children if c.dep_ in ("obl", "advmod", "obj", "nmod")
             for t in c.subtree}
    if lemma in _TALKING and not words & _CHANNELS:
        return []
    if lemma == "sentar" and not words & _SITTING:
        return []  # "nos sentamos en el Parlamento" is a seat in a chamber
    speakers = [e for e in first_person_speaker(parsed, verb) if parsed.is_person(e.key)]
    if len(speakers) != 1:
        return []
    other = _other(parsed, verb, speakers[0].key)
    if other is None:
        return []
    return [Found(relation, speakers[0], other, 0.6, f"verb:{lemma}", verb.i)]


def _other(parsed: Parsed, verb, speaker: str) -> End | None:
    """The one person besides the speaker named before the verb in its sentence, else in the
    sentence before (the question an answer follows)."""
    here = parsed.sentence_of(verb.idx)
    for back in (0, 1):
        keys = list(dict.fromkeys(
            k for i, k in parsed.persons_before(verb.i, back=back)
            if k != speaker and here - parsed.sentence_of(parsed.doc[i].idx) == back))
        if len(keys) == 1:
            return End(keys[0], verb.i, verb.i, reference=True, distance=back)
        if keys:
            return None
    return None


def _first_plural(verb) -> bool:
    finite = next((c for c in verb.children if c.dep_ == "aux" and
                   c.morph.get("VerbForm") == ["Fin"]), verb)
    return finite.morph.get("Person") == ["1"] and finite.morph.get("Number") == ["Plur"]


def _partnered(verb) -> bool:
    """A subject other than the pair, or a partner of its own ("nos reunimos con X")."""
    return any(c.dep_.startswith("nsubj") and fold(c.lower_) not in _WE and
               not (c.is_space or c.is_punct) or
               preposition(c) in ("con", "entre", "junto a") and c.dep_ in ("obl", "nmod")
               for c in verb.children) or folded_lemma(verb) in ("cenar", "almorzar") and any(
        c.dep_ == "obj" and c.pos_ == "PROPN" for c in verb.children)
