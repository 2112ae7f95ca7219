"""A copula the small model takes for a name or for the subject of its predicate: "Fui
militante del PP", "Fuimos aliados de Vox", "Soy miembro de Vox" open a sentence without a
subject (Spanish drops it, above all in an interview's answers) and the model, finding none,
reads the capitalized "Fui" as a name heading the predicate noun, or hangs it on the noun as
its subject. A finite form of "ser" or "estar" is never a noun phrase, so there it is the
predicate's copula and the subject is the one dropped."""

from __future__ import annotations

from graph.ingest.reading import fold

# Finite forms of "ser" and "estar" (the preterite of "ser" is also that of "ir", but "ir"
# takes no bare noun: "fui militante", never "fui a" read so)
FORMS = {"soy", "eres", "es", "somos", "son", "era", "eras", "eramos", "eran", "fui",
          "fuiste", "fue", "fuimos", "fueron", "estoy", "estamos", "estan", "estaba",
          "estabamos", "estaban", "estuve", "estuvimos", "estuvieron", "estuvo"}
_PREDICATES = ("NOUN", "ADJ")
# The person a form read as a name was left without: the dropped subject is found by it
_FIRST = {"soy": "Sing", "era": "Sing", "fui": "Sing", "estoy": "Sing", "estaba": "Sing",
          "estuve": "Sing", "somos": "Plur", "eramos": "Plur", "fuimos": "Plur",
          "estamos": "Plur", "estabamos": "Plur", "estuvimos": "Plur"}


def _opens(token) -> bool:
    """The first word of its sentence, or of a paragraph or turn."""
    if token.i == token.sent.start:
        return True
    before = token.doc[token.i - 1]
    return before.is_space or before.is_punct and before.text in (".", "—", "–", "-", ":")


def _misread(token) -> bool:
    return token.pos_ in ("PROPN", "NOUN", "ADJ") or token.dep_ in ("nsubj", "amod", "flat",
                                                                     "appos")


def _under(token, ancestor) -> bool:
    return any(a == ancestor for a in token.ancestors)


def copulas_as_subjects(doc):
    for token in doc:
        if token.dep_ == "aux" and token.lemma_ == "ir" and fold(token.lower_) in FORMS and \
                token.head.i == token.i + 1 and token.head.pos_ in _PREDICATES:
            token.dep_, token.lemma_ = "cop", "ser"  # "fui afiliada": "ir" has no adjective
            continue
        if fold(token.lower_) not in FORMS or not _opens(token) or not _misread(token) or \
                token.i + 1 >= len(doc):
            continue
        predicate = doc[token.i + 1]
        if token.head not in (token, predicate) and not token.head.is_punct:
            continue  # "Fui concejal..., conozco": hung on a verb, read by its own frames
        if predicate.pos_ not in _PREDICATES or any(
                c.dep_ in ("cop", "nsubj") and c != token and not (c.is_punct or c.is_space)
                for c in predicate.children):
            continue
        if _under(predicate, token):
            # "Fui" read as a name the noun qualifies: the noun takes its place
            for child in list(token.children):
                if child != predicate and not _under(predicate, child):
                    child.head = predicate
            predicate.dep_ = token.dep_ if token.head != token else "ROOT"
            predicate.head = predicate if token.head == token else token.head
        else:
            for child in list(token.children):
                child.head = predicate
            if predicate.head.is_space and "\n" in predicate.head.text:
                # hung on the paragraph break before it, with the question: its own clause
                predicate.head, predicate.dep_ = predicate, "ROOT"
        token.head, token.dep_, token.pos_ = predicate, "cop", "AUX"
        token.lemma_ = "estar" if fold(token.lower_).startswith("est") else "ser"
        if not token.morph.get("Person"):
            number = _FIRST.get(fold(token.lower_))
            token.set_morph(f"Mood=Ind|Number={number}|Person=1|VerbForm=Fin" if number else
                            "Mood=Ind|Person=3|VerbForm=Fin")
    return doc
