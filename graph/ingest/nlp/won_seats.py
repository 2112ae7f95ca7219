"""A seat won names the office held: "obtuvo un escaño de diputada federal", "consiguió el acta
de concejal", "ganó una banca de senadora", "ocupa la curul de representante". The title after
the seat noun is said of the verb's subject as a copula's is (a seat lost, or only sought, is
read by the caller's modality: "no logró el escaño de diputado" gives none)."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role, verb_lemma
from graph.ingest.reading import fold

# Winning, keeping or holding a seat
_WINNING = {"obtener", "conseguir", "lograr", "ganar", "conquistar", "revalidar", "retener",
            "renovar", "sacar", "arrebatar", "asegurar", "recuperar", "ocupar", "estrenar",
            "alcanzar"}
# The seat: in a chamber, on a council
_SEATS = {"escano", "acta", "banca", "curul", "asiento", "silla", "sillon"}


def won_seats(verbs) -> list[tuple[object, object]]:
    """(role noun, verb) for each title named after a seat the verbs among `verbs` win."""
    found = []
    # "se afilió al PL y obtuvo un escaño de ...": a verb joined to the subject's own
    joined = [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(g.dep_.startswith("nsubj") for g in c.children)]
    for verb in list(verbs) + joined:
        if verb_lemma(verb) not in _WINNING:
            continue
        for seat in verb.children:
            if seat.dep_ != "obj" or fold(seat.lower_).rstrip("s") not in _SEATS and \
                    fold(seat.lower_) not in _SEATS:
                continue
            for role in seat.children:
                # a bare title ("de diputada"), not someone's ("de la diputada X")
                if role.dep_ == "nmod" and role.pos_ == "NOUN" and base_role(role)[0] and \
                        any(c.dep_ == "case" and c.lower_ == "de" for c in role.children) and \
                        not any(c.dep_ in ("det", "appos", "flat") for c in role.children):
                    found.append((role, verb))
    return found
