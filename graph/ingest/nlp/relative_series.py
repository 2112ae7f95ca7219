"""A relative clause that goes on as a series of verbs: in "cedió la palabra a X, que nació en
Durango, militó en el PP y se afilió a Vox en 2023" the small model hangs "militó" on the main
verb, and X's career becomes the speaker's. A finite verb with no subject of its own that
follows the relative clause right after its comma, with no conjunction before it, continues
the relative's series when the relative's antecedent stands after the main verb: it is
coordinated with the relative verb, whose subject it shares. A relative right after a name
given something ("cedió la palabra a X, que ...") is first hung on the name."""

from __future__ import annotations

_RELATIVES = {"que", "quien", "quienes"}
_MISREAD = {"advcl", "conj", "parataxis", "ccomp", "obj", "dep"}


def relative_series(doc):
    _relatives_on_datives(doc)
    for pronoun in doc:
        relative = pronoun.head
        if pronoun.lower_ not in _RELATIVES or pronoun.dep_ != "nsubj" or \
                relative.dep_ not in ("acl", "acl:relcl") or relative.i < pronoun.i:
            continue
        antecedent = relative.head
        if antecedent.i > pronoun.i:
            continue
        follower = _next_in_series(doc, relative)
        if follower is None:
            continue
        main = follower.head
        if main.i >= antecedent.i or not main.is_ancestor(antecedent) or \
                follower.is_ancestor(antecedent):
            continue
        # "..., militó en el PSE y se afilió a Vox": the series' last verb may be hung on
        # the main verb too
        rest = [c for c in main.children if c.dep_ == "conj" and c.i > follower.i and
                _subjectless(c, relative)]
        follower.head, follower.dep_ = relative, "conj"
        for verb in rest:
            verb.head = relative
    return doc


def _next_in_series(doc, relative):
    """The verb right after the comma that closes the relative clause, if it continues it."""
    last = max(t.i for t in relative.subtree)
    after = last + 1 if doc[last].text == "," else last + 2
    if after >= len(doc) or doc[after - 1].text != ",":
        return None
    verb = doc[after]
    if verb.dep_ == "obj" and verb.lower_ in ("se", "le", "les", "lo", "la") and \
            after + 1 < len(doc):
        verb = doc[after + 1]  # "..., se afilió a Vox"
        if doc[after].head != verb:
            return None
    if verb.dep_ not in _MISREAD or verb.head == verb or not _subjectless(verb, relative):
        return None
    return verb


def _subjectless(verb, relative) -> bool:
    """A finite verb with no subject of its own, in the relative verb's person and number."""
    return verb.pos_ in ("VERB", "AUX") and "Fin" in verb.morph.get("VerbForm") and \
        not any(c.dep_.startswith("nsubj") for c in verb.children) and \
        verb.morph.get("Number") == relative.morph.get("Number") and \
        verb.morph.get("Person") == relative.morph.get("Person")


def _relatives_on_datives(doc):
    """"cedió la palabra a X, que nació en Durango": the small model hangs the relative on
    "palabra"; a relative right after a name given something ("a X") is about the name."""
    for pronoun in doc:
        relative = pronoun.head
        i = pronoun.i
        if pronoun.lower_ not in _RELATIVES or pronoun.dep_ != "nsubj" or i < 3 or \
                relative.dep_ not in ("acl", "acl:relcl") or doc[i - 1].text != "," or \
                doc[i - 2].pos_ != "PROPN":
            continue
        name = doc[i - 2]
        while name.dep_ == "flat" and name.head.i < name.i and name.head.pos_ == "PROPN":
            name = name.head
        if name == relative.head or relative.head.pos_ != "NOUN" or \
                not relative.head.is_ancestor(name) or \
                not any(c.dep_ == "case" and c.lower_ == "a" for c in name.children) or \
                any(c.dep_ == "det" for c in name.children):  # "a la Presidencia": no one
            continue
        relative.head = name
