"""Rivals and allies said of two at once: "Camacho y Quiroga fueron rivales en 2020", "Vox y
el PP son socios en Murcia", "A y B, que fueron adversarios en las primarias, ..." (a plural
predicate with no "de" phrase: each of the subjects is the other's), and such a title set
after the names ("los votos de PP y Vox, socios en el ayuntamiento"). "no son aliados" denies
it. Friends in politics are read as allies ("Kast y Abascal son amigos", "ambos son viejos
amigos"), as a friend of one named is ("amigo personal de X")."""

from __future__ import annotations

from graph.ingest.nlp.allied_bodies import allied_body
from graph.ingest.nlp.clauses import first_person_speaker, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_MUTUAL = {"aliado": "allied", "aliada": "allied", "socio": "allied", "socia": "allied",
           "coaligado": "allied", "coaligada": "allied", "amigo": "allied", "amiga": "allied",
           "rival": "opponentOf", "adversario": "opponentOf", "adversaria": "opponentOf",
           "contrincante": "opponentOf", "oponente": "opponentOf", "enemigo": "opponentOf",
           "enemiga": "opponentOf", "competidor": "opponentOf", "competidora": "opponentOf",
           "contendiente": "opponentOf", "antagonista": "opponentOf"}
_PAST = (["Past"], ["Imp"])


def _singular(word: str) -> str | None:
    for form in (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],):
        if form in _MUTUAL:
            return form
    return None


def mutual_relation(noun) -> str | None:
    """The relation a plural title of rivalry or alliance says of each of those it is said of
    ("rivales", "socios", "partidos hermanos"), else None."""
    if noun.pos_ not in ("NOUN", "ADJ", "VERB") or not fold(noun.lower_).endswith("s"):
        return None
    # "Vox y Chega son partidos hermanos": parties called siblings are allies
    word = _singular(fold(noun.lower_)) or ("aliado" if allied_body(noun) else None)
    return None if word is None else _MUTUAL[word]


def mutual_copula_claims(parsed: Parsed, noun) -> list[Found]:
    relation = mutual_relation(noun)
    copulas = [c for c in noun.children if c.dep_ in ("cop", "aux") and folded_lemma(c) == "ser"]
    if relation is None or any(
            c.i > noun.i and preposition(c) in ("de", "del") for c in noun.children):
        return []  # "son aliados de X", "adversarios del socialismo": the other end is named
    if not copulas:
        return _apposed_pair_claims(parsed, noun, relation)
    ends = [e for e in subject_ends(parsed, noun) if parsed.is_agent(e.key)]
    ends = list({e.key: e for e in ends}.values())
    if len(ends) < 2 and "1" in copulas[0].morph.get("Person"):
        ends = _we_two(parsed, noun)  # "«Con X tenemos diferencias, pero no somos enemigos»"
    elif len(ends) < 2 and not any(c.dep_.startswith("nsubj") for c in noun.children):
        ends = _pair_told_before(parsed, noun)  # "Abascal y Kast se conocen. Son amigos."
    qualifiers = {"former": True} if copulas[0].morph.get("Tense") in _PAST else {}
    return [Found(relation, a, b, 0.65, "copula", noun.i, dict(qualifiers))
            for i, a in enumerate(ends) for b in ends[i + 1:]
            if parsed.kb.fits(relation, a.key, b.key)]


def _apposed_pair_claims(parsed: Parsed, noun, relation: str) -> list[Found]:
    """"con los votos de PP y Vox, socios en el gobierno local": the plural title set after a
    comma beside two or more names joined before it, wherever the parse hangs it."""
    doc = noun.doc
    first = min(t.i for t in noun.subtree if not t.is_punct)
    # (the small model may make it the verb's object or oblique: "aprobó las cuentas con los
    # votos de A y B, socios en ...")
    if noun.dep_ not in ("appos", "obj", "obl", "nmod") or first < 2 or \
            doc[first - 1].text != "," or any(c.dep_ == "det" for c in noun.children):
        return []  # ("A y B, los socios de X": a title with its article names whose they are)
    mention = parsed.mention(doc[first - 2])
    if mention is None or mention.end != first - 1:
        return []
    last = doc[first - 2]
    while last.dep_ == "flat" and last.head.i < last.i:
        last = last.head
    if last.dep_ != "conj":
        return []
    ends = [e for e in parsed.ends(last.head) if parsed.is_agent(e.key) and not e.reference]
    ends = list({e.key: e for e in ends}.values())
    return [Found(relation, a, b, 0.6, "apposition", noun.i)
            for i, a in enumerate(ends) for b in ends[i + 1:]
            if parsed.kb.fits(relation, a.key, b.key)]


def _pair_told_before(parsed: Parsed, noun) -> list:
    """The subjects of the sentence before, when the copula drops its own at the opening of
    its sentence and two or more were named there ("A y B coincidieron en Madrid. Son
    amigos.")."""
    doc, sentence = parsed.doc, noun.sent
    if sentence.start == 0 or noun.i - sentence.start > 3:
        return []
    before = doc[sentence.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubj:pass")]
    ends = [e for c in subjects for e in parsed.ends(c) if parsed.is_agent(e.key)]
    ends = list({e.key: e for e in ends}.values())
    return ends if len(ends) >= 2 else []


def _we_two(parsed: Parsed, noun) -> list:
    """The one who speaks and the other "we" holds: the one named "con" in the clause the
    predicate goes on from ("«Con X tenemos diferencias, pero no somos enemigos»"), or beside
    "yo" in its subject ("«X y yo no estamos en el mismo partido, pero no somos rivales»")."""
    clause = noun.head if noun.dep_ == "conj" else noun
    others = [c for c in clause.children if c.dep_ in ("obl", "nsubj") and c.pos_ == "PROPN" and
              (preposition(c) == "con" or c.dep_ == "nsubj" and any(
                  d.dep_ == "conj" and fold(d.lower_) == "yo" for d in c.children))]
    named = [e for c in others for e in parsed.ends(c, conj=False) if parsed.is_agent(e.key)]
    speakers = [e for e in first_person_speaker(parsed, noun) if parsed.is_person(e.key)]
    if len(named) != 1 or not speakers or speakers[0].key == named[0].key:
        return []
    return [speakers[0], named[0]]
