"""A candidacy said against someone: "fue su candidato frente a Ayuso en 2023", "Sotomayor,
candidato de Vox contra el alcalde Ruiz", "la aspirante socialista, que fue candidata contra
Moreno". Both ran in the same race, so they are rivals, and the one faced is a candidate in
it too: the race the candidacy names, else the one the rival's office is filled in, in the
year the phrase gives."""

from __future__ import annotations

from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.office_races import office_races
from graph.ingest.nlp.relative_actors import relative_actor
from graph.ingest.nlp.words import folded_lemma, is_role_noun
from graph.ingest.reading import fold

_CANDIDATE_NOUNS = {"candidato", "candidata", "aspirante", "abanderado", "abanderada",
                    "postulante", "contendiente"}
# Words before the rival: "frente a", "frente al", "contra", "ante"
_AGAINST = {"contra", "ante"}
_NESTED = {"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "conj", "appos"}


def faced_candidacy_claims(parsed, found: list[Found]) -> list[Found]:
    races: dict[tuple[str, int], list[End]] = {}
    for claim in found:
        if claim.relation == "candidateIn" and not claim.negated:
            races.setdefault((claim.subject.key, claim.trigger), []).append(claim.object)
    out: list[Found] = []
    for noun in parsed.doc:
        if fold(noun.lower_) not in _CANDIDATE_NOUNS and folded_lemma(noun) not in \
                _CANDIDATE_NOUNS or noun.pos_ not in ("NOUN", "ADJ"):
            continue
        mood = modality(noun)
        if not mood.asserted or mood.negated:
            continue  # "no fue candidata frente a X", "quiere ser la candidata frente a X"
        rival = _faced(parsed, noun)
        person = _holder(parsed, noun)
        if rival is None or person is None or rival.key == person.key:
            continue
        cue = "copula" if any(c.dep_ == "cop" for c in noun.children) else "apposition"
        out.append(Found("opponentOf", person, rival, 0.6, cue, noun.i))
        told = [race for (key, trigger), ends in races.items() if key == person.key and
                abs(trigger - noun.i) <= 3 for race in ends]
        if not told:
            probe = Found("opponentOf", person, rival, 0.6, cue, noun.i)
            told = office_races(parsed, found, probe)
            out += [Found("candidateIn", person, race, 0.55, cue, noun.i) for race in told]
        out += [Found("candidateIn", rival, race, 0.55, cue, noun.i) for race in told]
    return out


def _faced(parsed, noun) -> End | None:
    """The person the candidacy is against, in the noun's own phrase."""
    todo = [c for c in noun.children if c.dep_ not in _NESTED]
    while todo:
        token = todo.pop()
        # (a title's name in apposition is the titled person: "contra el alcalde, X")
        todo += [c for c in token.children if c.dep_ not in _NESTED or
                 c.dep_ == "appos" and c.pos_ == "PROPN" and is_role_noun(token)]
        mention = parsed.mention(token)
        if mention is None or mention.start != token.i or not parsed.is_person(mention.key):
            continue
        if _after_against(token):
            return End(mention.key, mention.start, mention.end - 1)
    return None


def _after_against(token) -> bool:
    """Whether "frente a", "contra" or "ante" opens the name's phrase, past the words of its
    noun phrase: "frente a la propia X", "contra el alcalde socialista X"."""
    doc = token.doc
    if token.dep_ == "appos" and token.head.i < token.i and is_role_noun(token.head):
        token = token.head  # "frente al presidente, X"
    i = token.i - 1
    while i >= 0 and token.i - i <= 5 and doc[i].pos_ in ("DET", "ADJ", "NOUN") and \
            doc[i].is_lower and fold(doc[i].lower_) not in ("frente",):
        i -= 1
    if i < 0:
        return False
    word = fold(doc[i].lower_)
    return word in _AGAINST or word in ("a", "al") and i > 0 and fold(doc[i - 1].lower_) == \
        "frente"


def _holder(parsed, noun) -> End | None:
    """Who the candidate is: the copula's subject (a relative's noun for "que"), or the
    name the noun stands in apposition to."""
    subjects = [c for c in noun.children if c.dep_.startswith("nsubj")]
    if subjects:
        mention = parsed.mention(subjects[0])
        if mention is not None and parsed.is_person(mention.key):
            return End(mention.key, mention.start, mention.end - 1)
        key = relative_actor(parsed, subjects[0])
        if key is None:
            # "la portavoz socialista X fue candidata": the name beside the subject's title
            return next((e for e in parsed.ends(subjects[0], conj=False)
                         if parsed.is_person(e.key)), None)
        return End(key, subjects[0].i, subjects[0].i, reference=True)
    if noun.dep_ == "appos":
        mention = parsed.mention(noun.head)
        if mention is not None and parsed.is_person(mention.key):
            return End(mention.key, mention.start, mention.end - 1)
    return None
