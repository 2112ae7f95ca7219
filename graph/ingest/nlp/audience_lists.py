"""Lists of people a chronicle places at its gathering without a verb of attending:

- in the audience: "Entre el público había caras conocidas, como la abogada X", "En la platea
  se dejaron ver varios dirigentes, entre ellos A y B", "Entre los asistentes estaban A y B";
  among the guests, who are invited too: "Nuestro enviado ve entre los invitados a A y a B";
- seated at the gathering: "En la mesa principal se sentaron A, que ..., y B";
- at the side of the one the scene follows: "La acompañaron en el escenario A y el
  vicepresidente del partido, B", "Lo arropaban sobre el estrado A y B". The small model often
  takes the first name for an apposition of the stage, so the list is read on the tokens after
  the verb (accompaniment.py reads the parse when it found the subject).

Each one named takes part in the gathering the text is about, when it has one in view; a
denied, announced or wished presence ("no había nadie del PP", "lo acompañarán") is not."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.nlp.accompaniment import accompaniment_sense
from graph.ingest.nlp.companions import at_text_event
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_items import listed
from graph.ingest.nlp.triggers import AT_ONES_SIDE, NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Nouns of an audience: "entre el público", "en la platea", "entre los asistentes"
_AUDIENCE = {"publico", "asistente", "asistentes", "presente", "presentes", "auditorio",
             "concurrencia", "platea", "grada", "gradas", "butaca", "butacas", "respetable",
             "graderio", "palco", "palcos", "anfiteatro"}
_GUESTS = {"invitado", "invitada", "invitados", "invitadas"}
# Verbs of taking a seat, and the seats at a gathering: "En la mesa principal se sentaron A,
# que ..., y B", "En primera fila se ubicaron A y B", "Estuvieron en el escenario A y B"
_SEATED = {"sentar", "ubicar", "situar", "acomodar", "instalar", "estar"}
_SEATS = {"fila", "palco", "escenario", "tribuna", "estrado", "tarima", "podio", "presidencia",
          "mesa", "atril"}
# Verbs of being there or being seen there, with the preposition their list repeats
_SEEN = {"haber": None, "estar": None, "encontrar": None, "destacar": None, "sentar": None,
         "ubicar": None, "situar": None, "figurar": None, "asomar": None, "dejar": None,
         "aplaudir": None, "ver": "a", "divisar": "a", "distinguir": "a", "reconocer": "a",
         "observar": "a"}
# Verbs of standing at someone's side on the stage or at the table
_AT_SIDE = {"acompanar", "arropar", "flanquear", "escoltar", "secundar", "rodear", "custodiar"}
_CLITICS = {"lo", "la", "le", "los", "las", "les"}


def audience_claims(parsed, token) -> list[Found]:
    """Participation for each person a clause places in the audience or at the side of the
    one the scene follows."""
    if token.pos_ == "NOUN" and token.dep_ == "ROOT":
        return _verbless_audience(parsed, token)
    if token.pos_ not in ("VERB", "AUX") or "Fin" not in token.morph.get("VerbForm") or \
            unreal(token) or denied(token):
        return []
    lemma = verb_lemma(token)
    phrase = _place_phrase(token, _AUDIENCE | _GUESTS, ("entre", "en", "desde")) \
        if lemma in _SEEN else None
    seated = phrase is None and lemma in _SEATED
    if seated:
        phrase = _place_phrase(token, _SEATS, ("en", "a", "al", "sobre", "desde"))
    if lemma in _AT_SIDE:
        people = _at_side(parsed, token, lemma)
    elif phrase is not None:
        # "Había entre el público A y B": the list after the phrase
        people = listed(parsed, max(token.i, phrase.i) + 1, _SEEN.get(lemma))
    else:
        return []
    people = [e for e in people if not e.reference and parsed.is_person(e.key)]
    if seated and len(people) < 2:
        return []  # one seated person is read by the verb's frame, where it is a gathering's
    found = at_text_event(parsed, people, token, "list")
    if phrase is not None and folded_lemma(phrase) in _GUESTS:
        # "ve entre los invitados a A y a B": guests (present_guests says they came)
        found = [replace(f, relation="invitedTo", qualifiers={"role": "guest"}) for f in found
                 if parsed.kb.fits("invitedTo", f.subject.key, f.object.key)]
    return found


def unreal(verb) -> bool:
    """An announced, conditional or wished presence: "lo acompañarán", "habría"."""
    return "Fut" in verb.morph.get("Tense") or verb.morph.get("Mood") in (["Cnd"], ["Sub"])


def denied(verb) -> bool:
    """A negation in the clause before the verb: "No había nadie del PP", "Tampoco lo
    acompañó X"."""
    for i in range(verb.i - 1, verb.sent.start - 1, -1):
        word = verb.doc[i]
        if word.text in (",", ";", ":"):
            return False
        if fold(word.lower_) in NEGATORS:
            return True
    return False


def in_the_audience(verb) -> bool:
    """"Entre el público había ...", "En la platea estaba ...": the clause is set in the
    audience of a gathering."""
    return _place_phrase(verb, _AUDIENCE, ("entre", "en", "desde")) is not None


def _place_phrase(verb, nouns: set[str], prepositions: tuple[str, ...]):
    """The noun of a phrase of the place the list is at ("entre el público", "en la platea",
    "en la mesa principal") in the verb's clause, near it."""
    for t in verb.sent:
        if not {folded_lemma(t), fold(t.lower_)} & nouns or \
                t.pos_ != "NOUN" or abs(t.i - verb.i) > 8:
            continue
        before = [fold(w.lower_) for w in verb.doc[max(verb.sent.start, t.i - 3):t.i]]
        if any(w in prepositions for w in before) and \
                all(w.text not in (";", ":") for w in verb.doc[min(t.i, verb.i):max(t.i, verb.i)]):
            return t
    return None


def _verbless_audience(parsed, noun) -> list[Found]:
    """"Entre el público, A y B.": a line of who was in the audience, with no verb."""
    if folded_lemma(noun) not in _AUDIENCE or any(t.pos_ in ("VERB", "AUX") for t in noun.sent) \
            or not any(fold(c.lower_) in ("entre", "en") and c.dep_ == "case"
                       for c in noun.children):
        return []
    comma = next((t for t in noun.doc[noun.i + 1:noun.sent.end] if t.text == ","), None)
    if comma is None or comma.i > noun.i + 4:
        return []
    people = [e for e in listed(parsed, comma.i + 1)
              if not e.reference and parsed.is_person(e.key)]
    return at_text_event(parsed, people, noun, "list")


def _at_side(parsed, verb, lemma: str) -> list:
    """"La acompañaron en el escenario A y B", "Arropaban a X sobre el estrado A y B": the one
    the scene follows as a clitic before the verb or a name right after it, no subject before
    the verb, the companions after it."""
    if lemma == "acompanar" and accompaniment_sense(verb, lemma) == AT_ONES_SIDE:
        return []  # the parse found the companions: read by companions
    doc = verb.doc
    before = [t for t in doc[max(verb.sent.start, verb.i - 2):verb.i]]
    start = verb.i + 1
    followed = parsed.mention(doc[start + 1]) if start + 1 < verb.sent.end and \
        fold(doc[start].lower_) in ("a", "al") else None
    if followed is not None and followed.start == start + 1 and parsed.is_person(followed.key):
        start = followed.end  # "Arropaban a Abascal en el escenario A y B"
    elif not any(fold(t.lower_) in _CLITICS and t.pos_ in ("PRON", "DET") for t in before):
        return []
    if any(c.dep_.startswith("nsubj") and c.i < verb.i and c.pos_ != "PRON"
           for c in verb.children):
        return []
    return listed(parsed, _past_place(doc, start))


def _past_place(doc, i: int) -> int:
    """Where the list starts after a place phrase right after the verb ("en el escenario",
    "sobre el estrado principal"), whose noun the list's first name may be apposed to."""
    if i >= len(doc) or doc[i].pos_ != "ADP" and fold(doc[i].lower_) not in ("al", "del"):
        return i
    j = i + 1
    while j < len(doc) and doc[j].pos_ in ("DET", "ADJ") and doc[j].is_lower:
        j += 1
    if j >= len(doc) or doc[j].pos_ != "NOUN" or not doc[j].is_lower:
        return i
    j += 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].is_lower:
        j += 1  # "el escenario principal"
    return j
