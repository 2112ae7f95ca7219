"""An alliance told by how long it lasted: "el PP pone fin a tres años de coalición con Vox",
"celebran una década de alianza con Fidesz", "tras dos legislaturas de pacto con el PSOE". The
small model hangs the alliance's noun on the span of time and its "con" phrase anywhere: the
verb's subject is allied with those "con" names. Ending it ("pone fin a", "rompe") leaves it
former, as it leaves any alliance a noun tells ("rompió su pacto con el PP")."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_ALLIANCES = {"alianza", "coalicion", "pacto", "cogobierno", "colaboracion", "sociedad",
              "entendimiento", "acuerdo", "gobierno"}
_SPANS = {"ano", "mes", "decada", "lustro", "legislatura", "mandato", "semana", "etapa",
          "periodo", "siglo", "dia"}
# Verbs that end what they are said of: "pone fin a", "rompe", "termina con", "liquida"
_ENDING = {"romper", "terminar", "acabar", "liquidar", "enterrar", "finiquitar", "concluir",
           "finalizar", "clausurar", "cerrar", "dinamitar"}


def lasting_alliance_claims(parsed: Parsed, noun) -> list[Found]:
    if noun.pos_ != "NOUN" or folded_lemma(noun) not in _ALLIANCES or \
            preposition(noun) != "de" or noun.dep_ != "nmod":
        return []
    span = noun.head
    if folded_lemma(span) not in _SPANS or not any(
            c.dep_ == "nummod" or c.dep_ == "det" and folded_lemma(c) in ("uno", "varios")
            for c in span.children):
        return []  # "tres años de coalición", "una década de alianza": a span that is counted
    if folded_lemma(noun) == "gobierno" and not _shared(noun):
        return []  # "cuatro años de gobierno" alone is no alliance
    verb = span.head
    if verb.pos_ not in ("VERB", "AUX") or span.dep_ not in ("obj", "obl", "nmod", "nsubj"):
        return []
    partners = [e for holder in (noun, span, verb) for c in holder.children
                if c.i > noun.i and preposition(c) == "con" and c.dep_ in ("nmod", "obl")
                for e in phrase_ends(parsed, c) if parsed.is_agent(e.key)]
    ended = folded_lemma(verb) in _ENDING or folded_lemma(verb) == "poner" and any(
        folded_lemma(c) == "fin" for c in verb.children)
    qualifiers = {"former": True} if ended else {}
    return [Found("allied", s, o, 0.65, f"nominal:{folded_lemma(noun)}", noun.i,
                  dict(qualifiers))
            for s in subject_ends(parsed, verb) for o in partners
            if s.key != o.key and parsed.is_agent(s.key) and
            parsed.kb.fits("allied", s.key, o.key)]


def ended_alliances(parsed: Parsed, found: list[Found]) -> list[Found]:
    """Alliances told by a noun that their clause's verb ends ("rompió su alianza con X", "puso
    fin al pacto con Y", "terminó con la coalición"): over; one it denies ending ("no rompió
    su alianza con X") holds."""
    for claim in found:
        if claim.relation != "allied" or not claim.cue.startswith("nominal:"):
            continue
        noun = parsed.doc[claim.trigger]
        if not _ended(noun):
            continue
        if any(c.dep_ == "advmod" and fold(c.lower_) in ("no", "nunca", "jamas")
               for c in noun.head.children):
            claim.negated = False  # "no rompió su alianza con X": it holds
        elif not claim.negated:
            claim.qualifiers["former"] = True
    return found


def _ended(noun) -> bool:
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = folded_lemma(verb)
    if noun.dep_ == "obj" and lemma in _ENDING:
        return True  # "rompió su alianza con X"
    if preposition(noun) in ("a", "al") and lemma == "poner" and any(
            folded_lemma(c) == "fin" for c in verb.children):
        return True  # "puso fin a su pacto con X"
    return preposition(noun) == "con" and lemma in ("terminar", "acabar")


def _shared(noun) -> bool:
    """"años de gobierno compartido", "de gobierno conjunto", "de gobierno de coalición"."""
    return any(folded_lemma(t) in ("compartido", "conjunto", "coalicion", "comun")
               for t in noun.subtree if t.i > noun.i)
