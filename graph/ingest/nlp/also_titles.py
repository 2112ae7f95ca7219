"""Titles the press gives with "también": "proclamó el también vicepresidente del Gobierno y
ministro de Infraestructuras", "la también diputada de Vox". The adverb says the title is one
more of the person the text is speaking of, so it is theirs: the one acting in the sentence,
else the one named last before it (of the title's gender); a title coordinated with it ("y
ministro de X") is theirs too."""

from __future__ import annotations

from graph.ingest.nlp.ends import End, gender_of
from graph.ingest.nlp.events import is_definite
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.named_titles import titles_a_name
from graph.ingest.nlp.words import base_role
from graph.ingest.reading import fold


def also_title_claims(roles, token) -> list[Found]:
    parsed = roles.parsed
    word, former = base_role(token)
    dets = [c.i for c in token.children if c.dep_ == "det"]
    # the adverb between the article and the title ("la también diputada"), not before the
    # article ("estuvieron también el exministro X": the verb's)
    if not word or token.pos_ != "NOUN" or parsed.mention(token) or not is_definite(token) or \
            not any(fold(c.lower_) == "tambien" and max(dets, default=-1) < c.i < token.i
                    for c in token.children) or titles_a_name(roles, token):
        return []
    person = _holder(parsed, token)
    if person is None:
        return []
    found: list[Found] = []
    roles_named = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    for role in roles_named:
        word, former = base_role(role)
        if not word:
            continue
        # its own words: "vicepresidente del Gobierno", then "ministro de Infraestructuras"
        other = {t.i for c in role.children if c.dep_ in ("conj", "cc", "punct")
                 for t in c.subtree}
        end = max([roles._phrase_end(role.i)] + [t.i for t in role.subtree if t.i not in other])
        title = roles._phrase(role.i, end, word, former)
        for claim in roles._claims(title, Mention(role.i, role.i + 1, "", person, ""),
                                   "reference"):
            claim.subject = End(person, role.i, role.i, reference=True, distance=1)
            claim.confidence = round(claim.confidence * 0.85, 2)
            found.append(claim)
    return found


def _holder(parsed, token) -> str | None:
    """The person acting in the sentence before the title, or in the one before it, else the
    person named last before it; of the title's gender."""
    gender = gender_of(token)
    here = parsed.sentence_of(token.idx)
    acting = [k for i, k in parsed.subjects.get(here, []) if i < token.i] or [
        k for _, k in parsed.subjects.get(here - 1, [])]
    named = acting[-1:] + [k for _, k in parsed.persons_before(token.i, back=1)]
    # "la también portavoz": a woman the text showed as one before a person of unknown gender
    shown = [k for k in named if gender and
             (parsed.gender.get(k) or parsed.named_gender.get(k)) == gender]
    return next((k for k in shown + named if not gender or parsed.gender_fits(k, gender)), None)
