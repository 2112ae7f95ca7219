"""A seat said with the one party or body it is held for, as the subject of its clause ("El
eurodiputado de Vox, que comparte grupo con X, asegura…", "la diputada libertaria votó"):
the seat of the person the clause is about, as a bare seat is ("El diputado, que…"), when
that person is the only one of its gender named just before (`sole_person`); what the
title says of the party then holds for them."""

from __future__ import annotations


def of_one_body(title) -> bool:
    """Whether the title names one organization and nothing else of an office's name ("de
    Vox", "libertario"; not "de Economía y de Hacienda")."""
    return len({t.key for t in title.targets}) == 1 and not title.complement
