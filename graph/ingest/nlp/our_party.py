"""Whether a party a speaker names in a quote in the first person plural is the speaker's own.
"Nosotros cumplimos nuestra palabra, el Partido X es un partido de palabra" speaks as the
party; "Vox es nuestro aliado", "el PP será nuestro socio" name another party as something of
ours, and "Para nosotros, Vox es un aliado natural" as an ally; "nuestro adversario es la
izquierda, no los republicanos" sets one apart; and "Vox viene y se va; nosotros llevamos aquí
toda la legislatura" speaks against it, in a clause of its own."""

from __future__ import annotations

import re

from graph.ingest.rules.cues import WE

# a copula making the party something of ours ("es nuestro aliado", "será nuestra socia")
_OURS = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:es|son|fue|era|sera|sigue\s+siendo|seria)\s+"
                   r"(?:\w+\s+)?nuestr[oa]s?\b")
# a copula making the party an ally or a partner ("Vox es un aliado natural", "será socio"):
# another party, whoever says "nosotros" around it
_ALLY = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:es|son|fue|era|sera|sigue\s+siendo|seria)\s+"
                   r"(?:\w+\s+){0,2}?(?:aliad|soci)[oa]s?\b")
# a party set apart by a negation right before it ("no los republicanos", "ni Vox")
_APART = re.compile(r"\b(?:no|ni)\s+(?:(?:el|la|los|las)\s+)?$")
# a break between clauses that speak of different subjects
_BREAK = re.compile(r"[;:]|\bpero\b|\bmientras\b|\bsino\b|\ben cambio\b")


def speaks_as_the_party(folded: str, quote: tuple[int, int], party: tuple[int, int]) -> bool:
    """Whether the speaker of the quote spanning `quote` in the folded text speaks as the
    party named at `party`: a first-person word in the party's own clause, the party neither
    made something of ours nor set apart."""
    a, b = quote
    start, end = party
    if _OURS.match(folded[end:b]) or _ALLY.match(folded[end:b]) or \
            _APART.search(folded[a:start]):
        return False
    left = [m.end() for m in _BREAK.finditer(folded, a, start)]
    right = [m.start() for m in _BREAK.finditer(folded, end, b)]
    clause = folded[max(left, default=a):min(right, default=b)]
    return bool(WE.search(clause))
