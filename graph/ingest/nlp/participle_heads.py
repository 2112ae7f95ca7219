"""The noun a participle describes when the small model hangs it on a nearer one it does not
agree with: in "la gran conferencia anual del conservadurismo, organizada por X" the
feminine participle is the conference's, not "conservadurismo"'s."""

from __future__ import annotations


def agreeing_head(participle):
    """The nearest noun up the participle's heads that agrees with it in gender and number;
    its own head when that agrees or when nothing does."""
    head = participle.head
    gender, number = participle.morph.get("Gender"), participle.morph.get("Number")
    if not gender or agrees(head, gender, number):
        return head
    noun = head
    for _ in range(4):
        if noun.head == noun:
            break
        noun = noun.head
        if noun.pos_ in ("NOUN", "PROPN") and agrees(noun, gender, number) and \
                noun.morph.get("Gender"):
            return noun
        if noun.pos_ in ("VERB", "AUX"):
            break
    return head


def agrees(noun, gender, number) -> bool:
    """Whether the noun's gender and number (the model's morphology lists) are those given;
    what either side leaves unsaid agrees."""
    own, count = noun.morph.get("Gender"), noun.morph.get("Number")
    return (not gender or not own or own == gender) and (not number or not count or
                                                         count == number)
