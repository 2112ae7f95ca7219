"""A book launch the text reports without naming it: "la presentación de su libro", "la
presentación del libro de X", "la presentación de las memorias de X". It is named by its kind and
whose work it presents ("Presentación del libro de X"), so that who came, who was invited and
who stayed away can be stated. "su" is the author the piece speaks of: one does not attend or
skip the launch of one's own book, so the possessor is not the one who came or stayed away
unless no one else is in view."""

from __future__ import annotations

from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

# Works a launch presents, written as the text writes them.
WORKS = {"libro", "obra", "novela", "ensayo", "memoria", "memorias", "biografia",
         "autobiografia", "poemario", "documental", "pelicula", "disco", "manifiesto",
         "tesis", "cuaderno", "diario", "cronica", "libreto"}
_POSSESSIVES = {"su", "sus"}
_REACH = 3  # sentences back to the author "su" points to
# "de" and the article a work takes, by its gender and number
_ARTICLES = {("Masc", "Sing"): "del", ("Fem", "Sing"): "de la", ("Masc", "Plur"): "de los",
             ("Fem", "Plur"): "de las"}


def launch_name(parsed, noun) -> tuple[str, int] | None:
    """"la presentación de su libro" -> ("Presentación del libro de X", last token), or None
    when the noun launches no work, or the work's author is not known."""
    if folded_lemma(noun) != "presentacion":
        return None
    work = next((c for c in noun.children if c.dep_ == "nmod" and c.i > noun.i and
                 folded_lemma(c) in WORKS and
                 any(k.dep_ == "case" and k.lower_ in ("de", "del") for k in c.children)),
                None)
    if work is None:
        return None
    author, last = _author(parsed, work)
    if author is None:
        return None
    article = _ARTICLES.get((next(iter(work.morph.get("Gender")), "Masc"),
                             next(iter(work.morph.get("Number")), "Sing")), "del")
    label = f"{noun.text} {article} {work.lower_} de {_label(parsed, author)}"
    return label[:1].upper() + label[1:], last


def _author(parsed, work):
    """The person whose work it is: its own "de X", else the one "su" points to."""
    for child in work.children:
        if child.dep_ in ("nmod", "appos") and child.i > work.i:
            mention = parsed.mention(child)
            if mention is not None and parsed.is_person(mention.key):
                return mention.key, mention.end - 1
    if any(c.dep_ in ("det", "det:poss") and fold(c.lower_) in _POSSESSIVES
           for c in work.children):
        return _possessor(parsed, work), work.i
    return None, work.i


def _possessor(parsed, work):
    # the topic is read when the launch is, after the parse module is loaded
    from graph.ingest.nlp.salience import _headline_subject

    topic = _headline_subject(parsed)
    if topic is not None and parsed.is_person(topic):
        return topic
    # the person the sentences before were about ("X publicó un ensayo. Y no acudió a la
    # presentación de su libro"), else the one who acts in this one ("X presentó su libro")
    index = parsed.sentence_of(work)
    sentences = list(parsed.doc.sents)
    for back in range(index - 1, max(index - 1 - _REACH, -1), -1):
        found = _subject_person(parsed, sentences[back])
        if found is not None:
            return found
    return _subject_person(parsed, work.sent)


def _subject_person(parsed, sentence):
    people = {parsed.mention(t).key for t in sentence if t.dep_ == "nsubj" and
              parsed.mention(t) is not None and parsed.is_person(parsed.mention(t).key)}
    return people.pop() if len(people) == 1 else None


def _label(parsed, key: str) -> str:
    entity = parsed.linked.entities.get(key)
    return entity.label if entity is not None else parsed.kb.label(key)
