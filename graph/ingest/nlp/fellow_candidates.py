"""The race of a candidate whose title names none, in a text that names the race only through
other candidates' titles: "El candidato de Alianza Popular, X" in an interview with "el
candidato de Y a la Alcaldía de Cochabamba", "el candidato del Pacto Histórico, X" beside "el
candidato presidencial de Z", when the text's own phrases of an election name no race ("las
elecciones del 31 de mayo", "las subnacionales"). Candidates a text sets side by side run in
the one race its titles name; where they name several, which one is not said. A title held
before ("la excandidata", "fue la candidata de X") is of a race gone by, and a text that speaks
of a president's or a governor's rounds may place its candidates in a round only."""

from __future__ import annotations

from graph.ingest.nlp.candidate_parties import CANDIDATE_NOUNS
from graph.ingest.nlp.election_kinds import GOVERNOR, PRESIDENTIAL
from graph.ingest.nlp.election_nouns import ROUND_NOUNS
from graph.ingest.nlp.parsed import End
from graph.ingest.reading import fold

# Races run in rounds, which the graph names apart
_IN_ROUNDS = (PRESIDENTIAL, GOVERNOR)


def fellow_candidates_race(parsed, token, former: bool = False) -> list[End]:
    """The one race the other candidate titles of the text name by their office ("a la
    Alcaldía de X", "presidencial"), for the title at `token` that names none (`former`:
    the title is one held before)."""
    elections, doc = parsed.elections, parsed.doc
    if former or fold(token.lower_) not in CANDIDATE_NOUNS or any(
            c.dep_ == "cop" and "Past" in c.morph.get("Tense") for c in token.children):
        return []
    races = set()
    for other in doc:
        if other.i == token.i or fold(other.lower_) not in CANDIDATE_NOUNS or \
                other.pos_ != "NOUN":
            continue
        race = [e.key for e in elections.office_race(other)]
        # "candidato presidencial": the adjective is the title's
        last = max([other.i] + [c.i for c in other.children if c.dep_ == "amod" and
                                c.i == other.i + 1])
        if not race and elections.presidency_named(other.i, last):
            race = [elections.presidential(other)]
        races.update(k for k in race if k)
    if len(races) != 1:
        return []
    race = races.pop()
    if parsed.kb.label(race).startswith(_IN_ROUNDS) and \
            any(fold(t.lower_) in ROUND_NOUNS for t in doc):
        return []
    return [End(race, token.i, token.i)]
