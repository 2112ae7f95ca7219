"""A friend named with no one's "de" in what someone says is the speaker's ally: "«Abascal es
un aliado y un amigo», dijo Kast", an interview's answer "Santiago Abascal es un amigo leal"
(a friend alone, in a sentence that makes the tie nothing political, is not: see
political_friends).
Only in speech: in the narrator's voice "X es un aliado" says whose ally it is elsewhere or not
at all. A party called "un partido hermano" by a person is their party's ally, which the person
alone does not tell."""

from __future__ import annotations

from graph.ingest.nlp.allied_bodies import party_noun
from graph.ingest.nlp.clauses import first_person_speaker
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.political_friends import political_friend
from graph.ingest.nlp.words import role_kind
from graph.ingest.reading import fold

# A friend is one's own; an ally alone may be the speaker's organization's ("«Meloni es una
# aliada», dijo el presidente de la red"), unless it is a friend as well
_FRIENDS = {"amigo", "amiga"}
# What leaves the title someone else's: "su aliado", "un aliado de Vox", "aliado del Gobierno"
_OWNING = {"su", "sus", "tu", "tus", "vuestro", "vuestra", "vuestros", "vuestras"}


def speaker_as_owner(parsed, role, title, verb) -> list[End]:
    """The speaker owning an ally title `role` that the copula `verb` states in the third
    person with no owner of its own, else nothing."""
    if role_kind(title.word) != "ally" or not _friendly(role) or title.targets or \
            party_noun(role) or not political_friend(role) or \
            verb.morph.get("Person") not in (["3"], []):
        return []
    if any(fold(c.lower_) in _OWNING or c.dep_ == "case" and fold(c.lower_) in ("de", "del")
           for c in role.children) or any(
            c.dep_ == "nmod" and c.i > role.i and any(
                g.dep_ == "case" and fold(g.lower_) in ("de", "del") for g in c.children)
            for c in role.children):
        return []
    return first_person_speaker(parsed, verb)


def _friendly(role) -> bool:
    """Whether `role` is a friend, or an ally joined to one ("un amigo y un aliado")."""
    joined = [role, role.head] + [c for c in role.children if c.dep_ == "conj"] \
        if role.dep_ == "conj" else [role] + [c for c in role.children if c.dep_ == "conj"]
    return any(fold(t.lower_) in _FRIENDS for t in joined)
