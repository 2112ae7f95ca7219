"""Angle quotes parsed as straight ones. The small model, trained on text quoted with '"',
takes '«' for a name and hangs the clause on it ("es hoy «la gran rival» de X" parsed with
'«' as its root); the same text with straight quotes parses as the sentence it is. The marks
are swapped one for one, so offsets hold, and the words put back after the parse."""

from __future__ import annotations

from graph.ingest.nlp.entry_lines import entries_as_appositions

_STRAIGHT = str.maketrans({"«": '"', "»": '"'})


def parse_quoted(nlp, texts: list[str]) -> list:
    """Each text parsed with its angle quotes read as straight ones, its own words kept."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
    from spacy.tokens import Doc

    # a fact box's "Name. Title." read as "Name, title" (entry_lines)
    plain = [entries_as_appositions(t.translate(_STRAIGHT)) for t in texts]
    docs = []
    for text, parsed in zip(texts, [nlp(plain[0])] if len(plain) == 1 else nlp.pipe(plain),
                            strict=True):
        if text == parsed.text:
            docs.append(parsed)
            continue
        words = [text[t.idx:t.idx + len(t.text)] for t in parsed]
        doc = Doc(parsed.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed])
        attrs = [POS, TAG, MORPH, LEMMA, HEAD, DEP, SENT_START, ENT_IOB, ENT_TYPE]
        doc.from_array(attrs, parsed.to_array(attrs))
        doc.tensor = parsed.tensor  # joined docs concatenate their tensors
        for token, source in zip(doc, parsed, strict=True):
            if token.text != source.text:
                token.lemma_ = token.text  # the mark itself, as the model lemmatizes marks
        docs.append(doc)
    return docs
