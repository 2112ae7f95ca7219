"""Rivals and allies said of two at once by a predicate other than "ser": "el PSOE y Compromís
actúan como socios", "ambos gobiernan como aliados", "Vox y AfD se consideran «aliados»", "se
declaran rivales". A plural title with "como", or the predicate of a reflexive verb of regard
or declaration, says of each of the verb's subjects that it is the other's; a "de" phrase
names the other end instead ("actúan como socios del PP"), and is read elsewhere."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.mutual_copulas import mutual_relation
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Reflexive verbs that state what their subjects take each other to be ("se consideran
# aliados", "se declaran rivales", "se reconocen socios"): a closed class of regard and
# declaration.
_REGARDING = {"considerar", "declarar", "definir", "reconocer", "proclamar", "sentir", "ver",
              "llamar", "tratar", "mirar", "presentar", "autodefinir", "autoproclamar"}
_AS = {"como"}


def mutual_predicative_claims(parsed: Parsed, noun) -> list[Found]:
    relation = mutual_relation(noun)
    verb = noun.head
    if relation is None or verb == noun or verb.pos_ not in ("VERB", "AUX") or \
            noun.dep_ not in ("obl", "obj", "xcomp", "advcl", "nmod") or \
            verb.morph.get("Number") != ["Plur"] or _other_end(noun):
        return []
    marked = any(c.dep_ in ("mark", "case") and fold(c.lower_) in _AS for c in noun.children)
    reflexive = any(fold(c.lower_) == "se" and c.dep_ in ("obj", "iobj", "expl", "expl:pv")
                    for c in verb.children)
    if not marked and not (reflexive and verb_lemma(verb) in _REGARDING and
                           noun.dep_ in ("obj", "xcomp")):
        return []
    if marked and any(c.dep_ == "obj" and c != noun and fold(c.lower_) != "se"
                      for c in verb.children):
        return []  # "los presentó como socios": said of the object, not of the subjects
    ends = list({e.key: e for e in subject_ends(parsed, verb) if parsed.is_agent(e.key)}.values())
    if len(ends) < 2:
        return []
    return [Found(relation, a, b, 0.6, f"verb:{folded_lemma(verb)}", verb.i)
            for i, a in enumerate(ends) for b in ends[i + 1:]
            if parsed.kb.fits(relation, a.key, b.key)]


def _other_end(noun) -> bool:
    """Whether the title names whose rival or ally it is ("socios del PP", "aliados de X")."""
    return any(c.i > noun.i and preposition(c) in ("de", "del") for c in noun.children)
