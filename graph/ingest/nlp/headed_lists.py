"""A party's list with its head given by a participle: "la lista de Fidesz, encabezada por el
primer ministro X", "la candidatura del PP, liderada por Y". Its head stands for the party and
runs in the race the sentence names, else the one the text is about."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.candidacy import LISTS
from graph.ingest.nlp.clauses import phrase_ends, preposition
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_heads import candidate_list, text_race
from graph.ingest.nlp.parsed import End
from graph.ingest.nlp.words import folded_lemma, of_complements, role_kind
from graph.ingest.reading import fold

# Participles that put someone at the head of a list, by their folded stems
_HEADED = ("encabezad", "liderad", "comandad", "capitanead")


def headed_list_claims(parsed, token) -> list[Found]:
    if "Part" not in token.morph.get("VerbForm") or token.dep_ not in ("amod", "acl") or \
            not fold(token.lower_).startswith(_HEADED):
        return []
    noun = token.head
    if folded_lemma(noun) not in LISTS or not candidate_list(noun):
        return []
    agents = [c for c in token.children if preposition(c) == "por"]
    heads = [e for c in agents for e in phrase_ends(parsed, c) if parsed.is_person(e.key)]
    parties = [e for c in of_complements(noun) for e in phrase_ends(parsed, c)
               if parsed.kb.is_a(e.key, PARTY)]
    if not heads or not parties:
        return []
    found = [Found("represents", head, party, 0.6, "passive", token.i)
             for head in heads for party in parties
             if parsed.kb.fits("represents", head.key, party.key)]
    if any(role_kind(fold(c.lower_)) == "candidate" for c in agents):
        return found  # "encabezada por su candidato a la alcaldía, X": the title's own race
    races = parsed.elections.in_sentence(noun.i)
    race = races[0].key if races else text_race(parsed, noun, None)
    if race:
        found += [Found("candidateIn", head, End(race, noun.i, noun.i), 0.55, "passive", token.i)
                  for head in heads if parsed.kb.fits("candidateIn", head.key, race)]
    return found
