"""One gathering of a series told by a relative clause: "el encuentro que el Foro de Madrid
celebró en Lima", "la cumbre que la CPAC organizó en Roma". Like "un encuentro del Foro
de Madrid en Lima" (event_reading's occurrences), it is an event of its own, named by its kind,
its holder and where it was held ("Encuentro del Foro de Madrid en Lima"); the series is not the
gathering its participants were at."""

from __future__ import annotations

from graph.ingest.knowledge import PLACE, SERIES
from graph.ingest.nlp.ends import METONYM
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# The document's key for the first tokens of the series mentions that hold such a gathering
HOLDERS = "occurrence_holders"
# Verbs of holding a gathering
_HOLDING = {"celebrar", "organizar", "convocar", "realizar", "montar", "acoger"}


def held_occurrence(parsed, token) -> tuple[str, object] | None:
    """The label of the gathering a kind noun's relative clause says a series held, and the
    series' mention; None when the clause says no such thing."""
    for clause in token.children:
        if clause.dep_ not in ("acl", "acl:relcl") or clause.pos_ != "VERB" or \
                verb_lemma(clause) not in _HOLDING or not any(
                    c.dep_ == "obj" and fold(c.lower_) == "que" and c.i < clause.i
                    for c in clause.children):
            continue
        holder = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        mention = parsed.mention(holder) if holder is not None else None
        if mention is None or mention.kind == METONYM or not parsed.kb.is_a(mention.key, SERIES):
            continue
        article = next((fold(c.lower_) for c in holder.children if c.dep_ == "det"), None)
        words = [token.text.capitalize(), {"el": "del", "la": "de la"}.get(article, "de"),
                 parsed.doc[mention.start:mention.end].text]
        places = [parsed.mention(c) for c in clause.children if c.dep_ == "obl" and any(
            k.dep_ == "case" and k.lower_ == "en" for k in c.children)]
        place = next((m for m in places if m is not None and parsed.kb.is_a(m.key, PLACE)), None)
        if place is not None:
            words += ["en", parsed.doc[place.start:place.end].text]
        return " ".join(words), mention
    return None
