"""Closeness in politics is alliance: "un intendente muy cercano a Kicillof", "X, próxima a
Vox", "es afín al PP", "un dirigente leal a Abascal". The adjective's "a" phrase names the ally
(a person or a party, not a place: "un hotel próximo a la plaza"); the one it describes is the
name it stands beside or the copula's subject."""

from __future__ import annotations

from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.reading import fold

_CLOSE = {"cercano", "proximo", "afin", "leal", "fiel", "allegado"}


def _close(word: str) -> bool:
    word = fold(word.lower())
    stems = (word, word[:-1], word[:-2]) if word.endswith("s") else (word,)
    return any(s in _CLOSE or s.endswith("a") and s[:-1] + "o" in _CLOSE
               or s.endswith("es") and s[:-2] in _CLOSE for s in stems)


def close_ally_claims(parsed: Parsed, adjective) -> list[Found]:
    if adjective.pos_ != "ADJ" or not _close(adjective.text):
        return []
    holder = adjective.head
    if adjective.dep_ == "amod" and holder.dep_ == "nmod" and holder.head.dep_ == "appos" and \
            parsed.mention(holder) is None:
        holder = holder.head  # "un intendente con licencia muy cercano a X": the small model
        # hangs the adjective on the phrase before it
    # the small model hangs "a X" on the adjective or on the noun it describes
    phrases = [c for c in adjective.children if preposition(c) in ("a", "al")]
    if not phrases and adjective.dep_ == "amod":
        phrases = [c for c in holder.children if preposition(c) in ("a", "al") and
                   c.i > adjective.i]
    if not phrases and adjective.i + 1 < len(adjective.doc) and \
            adjective.doc[adjective.i + 1].lower_ in ("a", "al") and \
            adjective.doc[adjective.i + 1].head.i > adjective.i + 1:
        # "…, el think tank cercano a La Libertad Avanza, y …": the small model hangs the
        # name on a verb further up; the preposition right after the adjective still leads to it
        phrases = [adjective.doc[adjective.i + 1].head]
    allies = [e for c in phrases for e in phrase_ends(parsed, c) if parsed.is_agent(e.key)]
    if not allies:
        return []
    if any(c.dep_ == "cop" for c in adjective.children):
        described = subject_ends(parsed, adjective)
    elif adjective.dep_ == "amod" and holder.dep_ == "appos":
        described = parsed.ends(holder.head, conj=False)  # "X, un intendente cercano a Y"
    elif adjective.dep_ in ("amod", "acl") and parsed.mention(holder) is not None:
        described = parsed.ends(holder, conj=False)  # "X, cercana a Vox"
    elif adjective.dep_ == "amod" and _loanword_apposition(holder):
        # "la Fundación X, el think tank cercano a Y": the small model takes the foreign
        # noun for more of the name, so the name it describes is the head of its chain
        name = holder
        while name.dep_ == "flat" and name.head != name:
            name = name.head
        described = parsed.ends(name, conj=False)
    else:
        return []
    return [Found("allied", d, a, 0.6, "apposition", adjective.i) for d in described
            for a in allies if d.key != a.key and parsed.is_agent(d.key) and
            parsed.kb.fits("allied", d.key, a.key)]


def _loanword_apposition(noun) -> bool:
    """Whether `noun` opens an apposition ("…, el think tank", "…, un lobby") that the parse
    joined to the name before it: a comma and an article stand between them."""
    doc = noun.doc
    return noun.dep_ == "flat" and noun.i >= 2 and doc[noun.i - 1].pos_ == "DET" and \
        doc[noun.i - 2].text == ","
