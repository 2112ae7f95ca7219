"""A relative named by kinship: "habló anoche por teléfono con su padre", "cenó con su
hermana", "posó junto a su hijo". Parents, children, siblings and cousins share a surname in
Spanish naming, so "su padre" of Eduardo Bolsonaro is the one other person of the text who
bears his surname (Jair Bolsonaro), when there is exactly one; a spouse need not share it and
is left out. Whose relative it is: the one the sentence is about."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.gazetteer_names import PARTICLES
from graph.ingest.nlp.words import case_marker, folded_lemma
from graph.ingest.reading import fold

# Kin who bear the same surname
_BLOOD = {"padre", "madre", "hermano", "hermana", "hijo", "hija", "primo", "prima", "tio",
          "tia", "abuelo", "abuela", "nieto", "nieta", "sobrino", "sobrina"}
_OWNERS = {"su", "sus"}
# What puts a relative beside the one the sentence is about: "con su padre", "junto a su hija"
_BESIDE = {"con", "junto"}


def kin_partner(parsed, token) -> list:
    """The person "su padre", "su hermana" stands for, or none."""
    if token.pos_ != "NOUN" or folded_lemma(token) not in _BLOOD or \
            token.morph.get("Number") == ["Plur"]:
        return []
    if not any(c.dep_ == "det" and c.lower_ in _OWNERS for c in token.children):
        return []
    marker = case_marker(token)
    if marker is None or fold(marker.lower_) not in _BESIDE:
        return []  # the partner of a meeting or a talk only ("su hijo firmó" is read apart)
    if any(c.dep_ in ("appos", "nmod", "flat", "amod") for c in token.children):
        return []  # "su hermano, X", "su padre político", "su hijo de 20 años": read apart
    owner = parsed.focus(parsed.sentence_of(token.idx), before=token.i)
    if owner is None or not parsed.is_person(owner):
        return []
    own = _surnames(parsed, owner)
    if not own:
        return []
    kin = {m.key for m in parsed.linked.mentions
           if m.key != owner and parsed.is_person(m.key) and own & _surnames(parsed, m.key)}
    if len(kin) != 1:
        return []
    return [End(kin.pop(), token.i, token.i, reference=True, distance=1)]


def _surnames(parsed, key: str) -> set[str]:
    """The words of a person's name after the first, particles and quotation marks left out."""
    try:
        label = parsed.kb.label(key)
    except KeyError:
        return set()
    words = [fold(w.strip('"“”«»')) for w in label.split()]
    return {w for w in words[1:] if w and w not in PARTICLES and len(w) > 2} if \
        len(words) > 1 else set()
