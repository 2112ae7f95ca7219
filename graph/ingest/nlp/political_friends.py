"""A friend alone in someone's words ("«Santiago es un amigo»", "«Es un amigo y un valiente»")
is a personal tie, which the press tells apart from a political one; the speaker's friend is
an ally when the sentence makes the tie political: an ally or a partner beside the friend
("un amigo y un aliado", "amigo y socio"), a political friend ("un amigo político"), a sister
party or a shared cause in the same sentence ("es un amigo y Vox es un partido hermano",
"es un amigo con quien compartimos valores"). Friends who say so of each other ("somos amigos",
"son amigos desde 2017") are read elsewhere, as allies."""

from __future__ import annotations

from graph.ingest.reading import fold

# words that make a friendship political in the sentence that tells it
_POLITICAL = {
    "aliado", "aliada", "aliados", "aliadas", "alianza", "alianzas", "socio", "socia",
    "socios", "socias", "coalicion", "pacto", "hermano", "hermana", "hermanos", "hermanas",
    "politico", "politica", "ideologico", "ideologica", "valores", "ideas", "principios",
    "causa", "proyecto", "lucha", "combate", "batalla", "trinchera",
    "correligionario", "correligionaria", "leal", "leales", "fiel", "fieles", "incondicional",
}


def political_friend(role) -> bool:
    """Whether the friend `role` (a noun of friendship) stands in a sentence that makes the
    tie political."""
    return any(fold(t.lower_) in _POLITICAL for t in role.sent if t.i != role.i and
               t.pos_ in ("NOUN", "ADJ", "PROPN"))
