"""Two parties named as a pair: "Chega y Vox firmaron un acuerdo. Ambos partidos forman parte
de Patriotas por Europa", "las dos formaciones". The pair is the two parties coordinated last in
the sentence or the one before, else the only two parties those sentences name; with three or
more and none coordinated, nobody. Said after two of their people ("Ambos partidos forman
parte de Patriotas" after "Ventura y Abascal"), a claim read on the pair goes to the party each
of the two was given in the text; with none given, it is dropped rather than said of the
person."""

from __future__ import annotations

from dataclasses import replace

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.words import PAIR_WORDS, folded_lemma
from graph.ingest.reading import fold

# Nouns a writer uses for parties as a kind ("ambos partidos", "las dos fuerzas").
PARTY_PAIR_NOUNS = {"partido", "formacion", "fuerza", "colectividad", "agrupacion"}


def is_party_pair(token) -> bool:
    return folded_lemma(token) in PARTY_PAIR_NOUNS


def party_pair(parsed, token) -> list[End]:
    """The two parties "ambos partidos" stands for, or none when that is not clear."""
    here = parsed.sentence_of(token.idx)
    floor = parsed.starts[max(here - 1, 0)]
    named = [m for m in parsed.linked.mentions
             if m.start < token.i and parsed.doc[m.start].idx >= floor and
             parsed.kb.is_a(m.key, PARTY) and not _inside(token, m.start)]
    coordinated = _coordinated(parsed, named)
    if coordinated is None:
        return []  # "Vox, el PP y la Liga … ambos partidos": which two is not said
    keys = coordinated or list(dict.fromkeys(m.key for m in reversed(named)))
    if len(keys) != 2:
        return []
    return [End(k, token.i, token.i, reference=True, distance=1) for k in keys]


def _inside(token, index: int) -> bool:
    """A party named inside the pair's own phrase is not one of the pair referred to."""
    return any(t.i == index for t in token.subtree)


def _coordinated(parsed, named) -> list[str] | None:
    """The last two parties "A y B" the mentions make, joined by their heads; None when the
    last coordination joins more than two ("Vox, el PP y la Liga")."""
    def owner(index: int):
        return next((m for m in named if m.start <= index < m.end), None)

    joined: dict[int, set[int]] = {}
    for mention in named:
        head = parsed.doc[mention.start]
        while mention.start <= head.head.i < mention.end and head.head != head:
            head = head.head
        other = owner(head.head.i) if head.dep_ in ("conj", "flat", "appos") else None
        if other is not None and other.key != mention.key:
            joined.setdefault(other.start, {other.start}).add(mention.start)
            joined[mention.start] = joined[other.start]
    if any(_listed(parsed.doc[m.start]) > 2 for m in named):
        return None  # a list of three, one of them not known as a party
    if not joined:
        return []
    last = joined[max(joined)]
    keys = list(dict.fromkeys(owner(i).key for i in sorted(last)))
    return keys if len(keys) == 2 else None


def _listed(token) -> int:
    """How many conjuncts the coordination holding `token` has."""
    root = token
    while root.dep_ in ("conj", "flat") and root.head != root:
        root = root.head
    return 1 + sum(1 for c in root.children if c.dep_ == "conj") if any(
        c.dep_ == "conj" for c in root.children) else 1


# Nouns of a party or a group of them, said of two people's.
_GROUP_NOUNS = {"partido", "formacion", "fuerza", "organizacion", "agrupacion", "movimiento",
                "coalicion", "colectividad", "siglas", "delegacion"}
_TIES = ("leaderOf", "memberOf", "represents")


def parties_for_pairs(parsed, found: list) -> list:
    party_of: dict[str, list] = {}
    for f in found:
        if f.relation in _TIES and not f.negated and not f.qualifiers.get("former") and \
                parsed.kb.is_a(f.object.key, PARTY):
            party_of.setdefault(f.subject.key, []).append(f.object)
    out, seen = [], set()
    for f in found:
        ends = {}
        for side in ("subject", "object"):
            end = getattr(f, side)
            if end.reference and parsed.is_person(end.key) and _party_pair(parsed.doc, end):
                # "Ambos partidos son aliados" after "Van Grieken ... Le Pen, de RN": each
                # end of the pair is the party of its person, the object as much as the subject
                parties = list({e.key: e for e in party_of.get(end.key, [])}.values())
                if len(parties) != 1:
                    break  # no party, or more than one, to put in the person's place
                ends[side] = replace(parties[0], first=end.first, last=end.last,
                                     reference=True)
        else:
            if ends:
                subject, obj = ends.get("subject", f.subject), ends.get("object", f.object)
                key = (f.relation, subject.key, obj.key)
                if key in seen or subject.key == obj.key or not parsed.kb.fits(
                        f.relation, subject.key, obj.key):
                    continue
                seen.add(key)
                f = replace(f, subject=subject, object=obj)
            out.append(f)
    return out


def _party_pair(doc, end) -> bool:
    """Whether the reference is "ambos partidos", "las dos formaciones"."""
    for token in doc[end.first:end.last + 1]:
        words = [token, token.head, *token.children]
        # "ambos invitados por la organización": a noun behind a preposition is no pair's
        nouns = [t for t in words if not any(c.dep_ == "case" for c in t.children)]
        if any(fold(t.lower_) in PAIR_WORDS | {"dos"} for t in words) and any(
                folded_lemma(t) in _GROUP_NOUNS for t in nouns):
            return True
    return False
