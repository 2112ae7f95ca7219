"""The antecedent of a relative clause after a person's title: "el diputado X, exmilitante de
Ciudadanos, que acudió en nombre de Patriotas", "Y, líder del PP local, que llegó tarde". The
small model hangs the relative on the body the title names; the one who went, spoke or
attended is the person the title describes, named right before the comma that opens it."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import verb_lemma

# Going, attending and speaking: what a person does at a gathering, not a body the title names
_GOING = {"acudir", "asistir", "participar", "intervenir", "viajar", "llegar", "hablar",
          "estar", "ir", "venir", "desplazar", "desplazarse", "presentarse", "comparecer",
          "disertar", "tomar", "subir"}


def titled_person(parsed, noun, pronoun, clause) -> list[End]:
    """The person before "<title> de <body>," when the relative clause on the body tells of
    going, attending or speaking; else nothing."""
    if verb_lemma(clause) not in _GOING or not pronoun.dep_.startswith("nsubj"):
        return []
    doc = pronoun.doc
    title = noun
    while title.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("de", "del")
                                       for c in title.children):
        title = title.head
    # (the small model may tag a title with a prefix an adverb: "exmilitante")
    if title is noun or title.pos_ not in ("NOUN", "ADJ", "ADV") or not title.is_lower or \
            parsed.mention(title) is not None:
        return []
    first = next(t.i for t in title.subtree if not t.is_punct)  # its comma may hang on it
    if first < 2 or doc[first - 1].text != "," or doc[pronoun.i - 1].text != ",":
        return []
    owner = parsed.mention(doc[first - 2])
    if owner is None or not parsed.is_person(owner.key):
        return []
    return [End.of(owner, reference=True)]
