"""Leading said with a locution: "X, hoy al frente de la plataforma Atenea", "Y está al
frente de la fundación desde 2019", "se puso al frente del partido", "la oposición, con Z a la
cabeza". Whoever is at the front or the head of an organization leads it; one who was
("estuvo al frente de", "exdirigente y antes al frente de") led it."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.words import base_role, folded_lemma
from graph.ingest.reading import fold

# Lower-case nouns that may stand before an organization's name ("de la plataforma Atenea")
_KINDS = {"partido", "formacion", "plataforma", "fundacion", "movimiento", "organizacion",
          "asociacion", "red", "grupo", "bancada", "coalicion", "agrupacion", "instituto",
          "colectividad", "think", "tank", "laboratorio", "centro", "entidad", "sindicato"}
_PAST = {"Past", "Imp"}
_STATES = {"estar", "permanecer", "seguir", "continuar", "mantener"}
_EARLIER = {"antes", "entonces", "anteriormente", "previamente"}
_NOW = {"hoy", "ya", "aun", "todavia", "ahora", "actualmente"}


def front_claims(parsed: Parsed, token) -> list[Found]:
    doc = parsed.doc
    if fold(token.lower_) == "frente" and token.i >= 1 and doc[token.i - 1].lower_ == "al" \
            and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("de", "del"):
        organization = _organization_at(parsed, token.i + 2, doc[token.i + 1].lower_ == "del")
        if organization is None:
            return []
        return _at_front(parsed, token, organization)
    if fold(token.lower_) == "cabeza" and token.i >= 2 and doc[token.i - 1].lower_ == "la" \
            and doc[token.i - 2].lower_ == "a":
        return _at_head(parsed, token)
    return []


def _organization_at(parsed: Parsed, i: int, contracted: bool) -> Mention | None:
    doc = parsed.doc
    if not contracted and i < len(doc) and doc[i].lower_ in ("la", "el", "los", "las"):
        i += 1
    while i < len(doc) and doc[i].is_lower and fold(doc[i].lower_) in _KINDS:
        i += 1
    if i >= len(doc):
        return None
    found = parsed.mention(doc[i])
    if found is None or found.start != i or found.kind == METONYM or \
            not parsed.kb.is_a(found.key, ORGANIZATION) or parsed.is_person(found.key):
        return None
    return found


def _at_front(parsed: Parsed, token, organization: Mention) -> list[Found]:
    doc = parsed.doc
    target = End.of(organization)
    former = fold(doc[token.i - 2].lower_) in _EARLIER if token.i >= 2 else False
    person = _apposed(parsed, token.i - 1)
    trigger = token.i
    if person is None and _stated_before(parsed, token.i - 1) is not None:
        # the small model may hang "está" on the name after it and leave the front word no
        # verb: the state verb right before "al" and the name right before it say it
        person, copula = _stated_before(parsed, token.i - 1)
        trigger = copula.i
        former = former or bool(set(copula.morph.get("Tense")) & _PAST)
    elif person is None:
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        copula = next((c for c in verb.children if c.dep_ == "cop"), None) \
            if verb.pos_ not in ("VERB", "AUX") else verb
        if copula is None or copula.pos_ not in ("VERB", "AUX"):
            return []
        subjects = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key)]
        if not subjects:
            return []
        person, trigger = subjects[0], verb.i  # its negation and mood are the verb's
        # "estuvo al frente de": a state that is over; "se puso al frente de": one begun
        former = former or folded_lemma(copula) in _STATES and bool(
            set(copula.morph.get("Tense")) & _PAST)
    if not parsed.kb.fits("leaderOf", person.key, organization.key):
        return []
    qualifiers = {"former": True} if former else {}
    return [Found("leaderOf", person, target, 0.7, "apposition", trigger, qualifiers,
                  dated=False)]


def _apposed(parsed: Parsed, i: int) -> End | None:
    """The person an apposition ending before token `i` ("al") is said of: "X, hoy al frente
    de", "X, exportavoz de Vox y hoy al frente de": back over its words to the comma after
    the name."""
    doc = parsed.doc
    j = i - 1
    while j >= 0 and i - j < 14:
        token = doc[j]
        if token.text in (".", ";", ":") or token.pos_ in ("VERB", "AUX") and not (
                token.pos_ == "VERB" and token.morph.get("VerbForm") == ["Part"]):
            return None
        if token.text == "," and j >= 1:
            named = parsed.mention(doc[j - 1])
            if named is not None and named.end == j and parsed.is_person(named.key):
                return End.of(named)
            if named is not None:
                return None
        elif parsed.mention(token) is not None and parsed.is_person(
                parsed.mention(token).key):
            return None
        j -= 1
    return None


def _at_head(parsed: Parsed, token) -> list[Found]:
    """"La oposición, con el ex primer ministro X a la cabeza": the person of the "con"
    phrase heads the organization the phrase is set beside."""
    doc = parsed.doc
    named = parsed.mention(doc[token.i - 3]) if token.i >= 3 else None
    if named is None or named.end != token.i - 2 or not parsed.is_person(named.key):
        return []
    i = named.start - 1
    while i >= 0 and (base_role(doc[i])[0] or doc[i].pos_ in ("DET", "ADJ")) and \
            doc[i].lower_ != "con":
        i -= 1
    if i < 2 or doc[i].lower_ != "con" or doc[i - 1].text != ",":
        return []
    organization = parsed.mention(doc[i - 2])
    if organization is None or organization.kind == METONYM or \
            not parsed.kb.is_a(organization.key, ORGANIZATION) or \
            parsed.is_person(organization.key) or \
            not parsed.kb.fits("leaderOf", named.key, organization.key):
        return []
    person = End.of(named)
    target = End.of(organization)
    return [Found("leaderOf", person, target, 0.7, "apposition", token.i, dated=False)]


def _stated_before(parsed: Parsed, i: int):
    """(the person, the verb) of "X está al frente", "X sigue hoy al frente": a form of a
    state verb before token `i` ("al"), past time words, right after a person's name."""
    doc = parsed.doc
    j = i - 1
    while j >= 0 and fold(doc[j].lower_) in _NOW:
        j -= 1
    if j < 1 or doc[j].pos_ not in ("VERB", "AUX") or folded_lemma(doc[j]) not in _STATES:
        return None
    named = parsed.mention(doc[j - 1])
    if named is None or named.end != j or not parsed.is_person(named.key):
        return None
    return End.of(named), doc[j]
