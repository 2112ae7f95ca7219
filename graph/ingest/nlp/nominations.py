"""Choosing someone for a candidacy or a post, or making the choice public, backs them:
"Abascal la eligió como candidata", "presentó a X como candidata del partido", "fue quien la
propuso para el puesto", "lo designó su sucesor", "fue elegida candidata por Y". The person
who chooses endorses the one chosen. A party's choice of its own candidate ("el partido
escogió a X como su aspirante") is the candidacy, not a backing; nor are a choice with no
candidacy or post ("eligió a X para la foto"), the voters' choice ("los votantes la
eligieron") and an appointment to an office ("nombró ministra a X")."""

from __future__ import annotations

from graph.ingest.nlp.clause_objects import agent_ends, clitic_object, patient_ends
from graph.ingest.nlp.clauses import subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# making the choice public: "presentó a X como candidata del partido", "proclama a Y como su
# aspirante", "confirmó a Z como su sucesor"
_MAKING_PUBLIC = {"presentar", "proclamar", "anunciar", "confirmar", "oficializar", "ratificar"}
_CHOOSING = {"elegir", "escoger", "designar", "nominar", "proponer", "postular", "seleccionar",
             "ungir", "nombrar", "apadrinar", "promocionar"} | _MAKING_PUBLIC
# What one is chosen as: a candidacy or a succession ("como candidata", "su sucesor", "para
# encabezar la lista"); a bare post ("para el puesto") only when proposed, since "nombrar" or
# "elegir" someone to a post is appointing or electing them.
_RUNNING_AS = {"candidato", "candidata", "aspirante", "sucesor", "sucesora", "delfin",
               "delfina", "heredero", "heredera", "relevo", "cabeza", "numero", "abanderado",
               "abanderada", "candidatura", "precandidato", "precandidata", "presidenciable"}
_POSTS = {"puesto", "cargo", "plaza", "escano", "lista", "encabezar", "liderar", "presidir",
          "dirigir", "sustituir", "suceder", "relevar", "ocupar"}
_PROPOSING = {"proponer", "postular"}
_MARKS = {"como", "para"}
_VOTERS = {"votante", "elector", "ciudadano", "urna", "militante", "afiliado", "bases",
           "ciudadania", "pueblo", "electorado"}


def nominee_claims(parsed: Parsed, verb) -> list[Found]:
    lemma = verb_lemma(verb)
    if verb.pos_ != "VERB" or lemma not in _CHOOSING or not _as_running(verb, lemma):
        return []
    if any(c.lower_ == "se" for c in verb.children):
        return []  # "la forma en que se eligió al candidato": nobody named chose
    passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children) or (
        "Part" in verb.morph.get("VerbForm") and any(
            c.dep_ in ("aux", "cop") and folded_lemma(c) == "ser" for c in verb.children))
    if passive:
        # "fue elegida candidata por Abascal"
        choosers = agent_ends(parsed, verb)
        chosen = [e for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")
                  for e in parsed.ends(c)]
    else:
        choosers, chosen = _choosers(parsed, verb)
    if any(folded_lemma(c) in _VOTERS for c in verb.children if c.dep_ == "nsubj"):
        return []
    # a party that chooses or presents its own candidate states the candidacy (see
    # candidacy), not a backing
    choosers = [e for e in choosers if parsed.is_person(e.key)]
    chosen = [e for e in chosen if parsed.is_person(e.key)]
    return [Found("endorsed", a, b, 0.7, f"verb:{lemma}", verb.i)
            for a in choosers for b in chosen if a.key != b.key]


def _as_running(verb, lemma: str) -> bool:
    """Whether the choice is of a candidate or a successor ("como candidata", "su sucesor",
    "para encabezar la lista"), or, for a proposal, for a post ("para el puesto"). One's own
    candidacy ("presentó su candidatura") is no choice of another; a description ("lo
    presentó como «el candidato más votado»") is none either, and a choice made public names
    what the candidacy is of ("como candidata del partido", "como su aspirante")."""
    wanted = _RUNNING_AS | (_POSTS if lemma in _PROPOSING else set())
    # someone else chosen: named or a clitic, or the subject of a passive
    others = [c for c in verb.children if c.dep_ in ("obj", "iobj") and
              c.pos_ in ("PROPN", "PRON")] or "Part" in verb.morph.get("VerbForm")
    for child in verb.children:
        if child.dep_ in ("nsubj", "obj") and child.pos_ == "PROPN":
            continue
        word = fold(child.lemma_.lower())
        marked = any(fold(m.lower_) in _MARKS for m in child.children)
        if word not in wanted or _described(child):
            continue
        if lemma in _MAKING_PUBLIC and not _of_something(child):
            continue
        if marked or child.dep_ == "xcomp" or others and child.dep_ in ("obj", "nsubj", "obl"):
            return True
    return False


def _described(noun) -> bool:
    """"el candidato más votado", "la aspirante mejor situada": a degree says what one is like."""
    return any(t.dep_ == "advmod" and fold(t.lower_) in ("mas", "menos", "mejor", "peor")
               for a in noun.children if a.dep_ == "amod" for t in a.children)


def _of_something(noun) -> bool:
    """"candidata del partido", "su aspirante", "candidato a la alcaldía"."""
    return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") or c.dep_ == "nmod"
               for c in noun.children)


def _choosers(parsed: Parsed, verb) -> tuple[list, list]:
    """Who chooses and who is chosen: the clause's subject and object; in a cleft ("X fue
    quien la propuso") the one the copula is said of; and, when the small model takes the
    name before a clitic for a second object ("Abascal la eligió"), that name and the one the
    clitic stands for."""
    clitic = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "PRON"
                   and c.i < verb.i), None)
    fronted = [c for c in verb.children if clitic is not None and c.dep_ == "obj" and
               c.pos_ == "PROPN" and c.i < clitic.i]
    if fronted:
        choosers = [e for c in fronted for e in parsed.ends(c)]
        return choosers, clitic_object(parsed, verb, besides=frozenset(e.key for e in choosers))
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    chosen = patient_ends(parsed, verb)
    if any(fold(c.lower_) in ("quien", "quienes") for c in subjects) and \
            verb.head.lemma_ == "ser":
        return subject_ends(parsed, verb.head), chosen
    if any(fold(c.lemma_.lower()) in _RUNNING_AS for c in subjects):
        return [], chosen  # "como candidata" taken for the subject
    return [e for e in subject_ends(parsed, verb) if parsed.is_agent(e.key)], chosen
