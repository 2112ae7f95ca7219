"""The objects of a predicate on the parse: its phrases by preposition ("con X", "a Y"), its
direct object (named, or a clitic standing for someone named before: "lo felicitó"), the
passive's agent, and a list the small model cut at its semicolons."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.clauses import (
    first_person_speaker,
    phrase_ends,
    preposition,
    relative_antecedent,
    subject_ends,
)
from graph.ingest.nlp.clitic_actors import clitic_actors
from graph.ingest.nlp.clitic_titles import titled_referent
from graph.ingest.nlp.dislocations import resumes_a_thing
from graph.ingest.nlp.inanimate_objects import subjects_acted_on
from graph.ingest.nlp.managed_sightings import seen_on_head
from graph.ingest.nlp.parsed import End, Parsed
from graph.ingest.nlp.periphrasis_phrases import governor_phrases
from graph.ingest.nlp.protagonists import continued_clitic, protagonist_end
from graph.ingest.nlp.relative_clitics import main_subject_referent
from graph.ingest.nlp.relatives import (
    postverbal_subjects,
    stray_conjuncts,
    where_adverb,
)
from graph.ingest.nlp.shared_clitics import coordinated_clitic, coordinated_subjects
from graph.ingest.nlp.triggers import DENYING, SAYING
from graph.ingest.nlp.words import (
    adverbial_locution,
    enclitic,
    folded_lemma,
    is_role_noun,
)
from graph.ingest.reading import fold

# Verbs whose "nos" meets the one who speaks along with the rest of the group: one received
# or visited together is met (a "nos" backed or invited may be the speaker's party)
_RECEIVING_US = {"recibir", "visitar"}
_ARGUMENT_DEPS = {"obj", "iobj", "obl", "nmod", "obl:arg", "obl:agent", "nsubj", "appos"}


def arguments(parsed: Parsed, verb, prepositions: frozenset[str] | str) -> list[End]:
    """The ends in the verb's phrases governed by one of `prepositions` ("" for none)."""
    wanted = {prepositions} if isinstance(prepositions, str) else set(prepositions)
    found: list[End] = []
    bare: list[End] = []
    for child in verb.children:
        if child.dep_ == "advmod" and child.pos_ == "ADV" and preposition(child) in wanted - {""}:
            # "impulsada también por la Red Atlas": the small model hangs "por" and its
            # phrase on the adverb
            found.extend(e for g in child.children if g.dep_ in ("nmod", "obl")
                         for e in phrase_ends(parsed, g))
            continue
        if child.dep_ == "advmod" and adverbial_locution(child) in wanted - {""}:
            # "perdió frente a X": the locution's adverb heads the phrase, its "a" fixed to it
            found.extend(e for g in child.children if g.dep_ in ("obl", "nmod")
                         for e in phrase_ends(parsed, g))
            continue
        if child.dep_ not in _ARGUMENT_DEPS or child.dep_ == "nsubj":
            continue
        if child.pos_ == "PRON" and child.lower_ in ("se", "me", "te", "nos", "os", "lo", "la",
                                                     "le", "les") and \
                not _name_opener(parsed, child):
            continue
        prep = preposition(child)
        if prep in wanted and not _inside_name(parsed, child):
            ends = phrase_ends(parsed, child)
            ends += [e for c in stray_conjuncts(child) for e in parsed.ends(c)]
            (bare if prep == "" and len(wanted) > 1 else found).extend(ends)
    if found or bare:
        # "recibió a Kast, ..., Jeannette Jara": a phrase with the preposition outranks a
        # bare one the small model also hung on the verb
        return found or bare
    raised = governor_phrases(parsed, verb, wanted)
    if raised:
        return raised
    said = _said_relative(verb, wanted)
    if said is not None:
        return phrase_ends(parsed, said)
    # The small model often hangs an oblique on the noun before it: look further down the
    # verb's own phrase, never into another clause.
    for token in verb.subtree:
        event = parsed.event_at(token)
        titled = token.pos_ == "NOUN" and any(c.dep_ == "det" or c.lower_ in ("al", "del")
                                              for c in token.children)
        if token.i <= verb.i or token.head == verb or not (
                parsed.mention(token) or event or is_role_noun(token) or titled):
            continue
        allowed = wanted if event else wanted - {""}
        if preposition(token) not in allowed or _crosses_clause(token, verb) or \
                _inside_name(parsed, token):
            continue
        ends = phrase_ends(parsed, token)
        if not (parsed.mention(token) or event or is_role_noun(token)) and \
                not any(parsed.is_person(e.key) for e in ends):
            continue  # "frente al socialista X" names X; another noun phrase is no partner
        found += ends
        break
    # an oblique only: "donde la recibió X" has no object in "donde"
    where = None if found or "" in wanted else where_adverb(verb, wanted)
    if where is not None:
        return relative_antecedent(parsed, where)  # "la CPAC, donde intervino X"
    return found or _after_colon(parsed, verb, wanted)


def _name_opener(parsed: Parsed, pronoun) -> bool:
    """"se reunió con Le Pen": the small model tags the article of a surname as the clitic
    "le", head of the name; a name of several words that starts there is no clitic."""
    mention = parsed.mention(pronoun)
    return mention is not None and mention.start == pronoun.i and mention.end > pronoun.i + 1


def _said_relative(verb, wanted: set[str]):
    """"X, con quien dijo haber hablado por teléfono": the small model hangs the relative's
    "con quien" on the verb of saying (or denying) that governs the verb it belongs to."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or head == verb or \
            folded_lemma(head) not in SAYING | DENYING:
        return None
    return next((c for c in head.children if c.dep_ in ("obl", "obl:arg") and c.i < head.i and
                 fold(c.lower_) in ("quien", "quienes", "cual", "cuales", "que") and
                 preposition(c) in wanted - {""}), None)


def _inside_name(parsed: Parsed, token) -> bool:
    """"la cumbre de Patriotas por Europa": the preposition is a word of a name, not the
    start of a phrase of the verb."""
    mention = parsed.mention(token)
    return mention is not None and any(
        c.dep_ == "case" and mention.start < c.i < mention.end for c in token.children)


def _after_colon(parsed: Parsed, verb, wanted: set[str]) -> list[End]:
    """"solo han coincidido una vez: en la CPAC de 2023": the phrase after the colon says
    where, though the small model hangs it on what follows."""
    doc = parsed.doc
    colon = next((t.i for t in doc[verb.i + 1:min(verb.i + 8, verb.sent.end - 1)]
                  if t.text == ":" or t.pos_ in ("VERB", "AUX")), None)
    if colon is None or doc[colon].text != ":" or doc[colon + 1].pos_ != "ADP":
        return []
    phrase = doc[colon + 1].head
    if phrase.i > colon + 5 or preposition(phrase) not in wanted - {""}:
        return []
    return [e for e in phrase_ends(parsed, phrase) if parsed.kb.is_a(e.key, EVENT)]


def patient_ends(parsed: Parsed, verb) -> list[End]:
    found = arguments(parsed, verb, frozenset({"", "a"})) or seen_on_head(parsed, verb)
    taken = subjects_acted_on(parsed, verb, [c for c in verb.children if c.dep_ == "nsubj"])
    found = [e for c in postverbal_subjects(verb) + taken for e in parsed.ends(c)] + found
    if not any(parsed.is_agent(e.key) for e in found):
        # "lo invitó a la cumbre": the "a" phrase says where to, the clitic whom
        return clitic_object(parsed, verb) or found
    return found


def clitic_object(parsed: Parsed, verb, dative: bool = False,
                  besides: frozenset[str] = frozenset(), chained: bool = True,
                  coordinated: bool = True) -> list[End]:
    """"Abascal lo recibió", "la felicitó" (`dative`: "le dio su apoyo"): the one person of
    the clitic's gender named in this sentence or the one before who is not the verb's
    subject (nor one of `besides`, a subject the parse missed); none when two could be.
    `coordinated`: whether a clause coordinated with this one that repeats the clitic may
    tell whom it takes up (off when that clause is the one asking)."""
    # "le invitó": Spanish also says "le" for a man as the direct object
    forms = ("le", "les", "me") if dative else ("lo", "la", "me", "le")
    if folded_lemma(verb) in _RECEIVING_US:
        forms += ("nos",)  # "nos recibió a los diputados del norte": the speaker among them
    clitic = next((c for c in verb.children if c.dep_ in ("obj", "iobj") and
                   c.pos_ == "PRON" and c.lower_ in forms and c.i < verb.i), None)
    if clitic is None and enclitic(verb) and enclitic(verb).lower_ in forms:
        clitic = enclitic(verb)  # "para respaldarlo"
    if clitic is None:
        return []
    if clitic.lower_ == "lo" and folded_lemma(verb) == "hacer":
        # "X no recibió a Y; lo hizo el consejero": "lo" stands for the act, whose object is
        # the one the clause it repeats acts on
        done = verb.head
        return [e for e in patient_ends(parsed, done) if parsed.is_person(e.key)] if \
            verb.dep_ in ("advcl", "conj", "parataxis") and done.pos_ == "VERB" else []
    if resumes_a_thing(parsed, clitic, verb):
        return []  # "eso lo decidirá el presidente", "el partido lo preside X"
    gender = {"la": "Fem", "lo": "Masc"}.get(clitic.lower_)
    if clitic.lower_ == "me" and verb.morph.get("Number") == ["Plur"] and \
            not any(c.dep_.startswith("nsubj") for c in verb.children):
        # "me invitaron a X": whoever invited, the speaker was
        return first_person_speaker(parsed, verb)
    # (a bare name before the clitic is the clause's subject, however the parse hangs it:
    # "Menem lo llamó «el último señor feudal»" may make "señor" the subject and Menem an
    # object; Menem is no "lo")
    subjects = {e.key for e in subject_ends(parsed, verb)} | besides | {
        m.key for c in verb.children if c.dep_ in ("nsubj", "obj") and c.i < clitic.i and
        c.pos_ == "PROPN" and not any(d.dep_ == "case" for d in c.children)
        for m in [parsed.mention(c)] if m is not None}
    if _speaking_person(verb) and clitic.lower_ != "me" and \
            not any(c.dep_.startswith("nsubj") for c in verb.children):
        # "X no ha venido ni lo hemos invitado": the one who speaks acts, not the subject
        # of the clause the verb is coordinated with, whom the clitic may well take up
        subjects = {e.key for e in first_person_speaker(parsed, verb)} or {""}
    if clitic.lower_ in ("me", "nos") and subjects:
        # "X me llamó": the one who speaks, in a quotation or an interview's answer
        return [e for e in first_person_speaker(parsed, verb) if e.key not in subjects]
    if not subjects and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.is_lower and
                            c.i < verb.i for c in verb.children):
        subjects = {""}  # "la organización lo había invitado": a subject that names no one
    if not subjects:
        return []
    subjects = subjects | coordinated_subjects(parsed, clitic, verb)
    if clitic.lower_ == "les":
        # "se les unió X": the pair the text was just speaking of
        pair = [e for e in parsed.pair_of(clitic) if e.key not in subjects]
        return pair if len(pair) == 2 else []
    owner = main_subject_referent(parsed, clitic, verb, subjects, gender)
    if owner:
        return owner  # "Kast elogió a Bukele, que lo recibió": Kast
    shared = coordinated_clitic(parsed, clitic, verb, subjects) if coordinated else []
    if shared:
        return shared  # "A lo recibió y B lo recibió": one man both received
    for back in (0, 1):
        if back and chained:
            # "Chivite la ha llamado [...]. Abascal la eligió": a clitic goes on with the one
            # the clitic of the sentence before took up
            taken = continued_clitic(parsed, clitic, subjects)
            if taken:
                return taken
        # the clitic's own sentence first: "Tras reunirse con X, el dirigente ... le dio su
        # apoyo" is X whoever the sentence before named
        keys: list[str] = []
        actors = clitic_actors(parsed, clitic, back)
        for _, key in parsed.persons_before(clitic.i, back=back):
            known = parsed.gender.get(key) or parsed.named_gender.get(key)
            if key in subjects or key in keys or key in actors or gender and (
                    known not in (gender, None) or (
                    gender == "Fem" and known is None)):
                continue
            keys.append(key)
        topic = parsed.carried.get(parsed.sentence_of(clitic.idx) - back) if back else None
        if keys and topic and topic not in subjects and topic not in keys and \
                gender and parsed.gender.get(topic) == gender:
            # "En 2023 encabezó la lista [...], la socialista X. Y la eligió": the one a
            # dropped subject carried through the sentence before may be the one meant too
            keys.append(topic)
        if len(keys) == 1:
            return [End(keys[0], clitic.i, clitic.i, reference=True, distance=back)]
        if keys:
            return []
        titled = [] if back else titled_referent(parsed, clitic, subjects, gender)
        if titled:
            return titled  # "Según el equipo del candidato, X lo llamó"
        # "En enero viajó a X, donde fue recibido por Y. Y no le ha dado su respaldo": the
        # person the sentence before spoke of without naming
        carried = parsed.carried.get(parsed.sentence_of(clitic.idx) - back)
        known = parsed.gender.get(carried)
        # (a woman's given name rules out the masculine the generic allows: "Camila" is no "lo")
        if carried and carried not in subjects and (not gender or known == gender or (
                known is None and gender == "Masc" and
                parsed.named_gender.get(carried) != "Fem")):
            return [End(carried, clitic.i, clitic.i, reference=True, distance=back)]
    return protagonist_end(parsed, clitic, gender, subjects) if gender else []


def _speaking_person(verb) -> bool:
    """Whether the verb, or the auxiliary it is conjugated in, is of the first or second
    person ("invitamos", "hemos invitado", "lo invitaste")."""
    return any(t.morph.get("Person") in (["1"], ["2"]) and t.morph.get("VerbForm") == ["Fin"]
               for t in [verb, *(c for c in verb.children if c.dep_ == "aux")])


def agent_ends(parsed: Parsed, verb) -> list[End]:
    return arguments(parsed, verb, frozenset({"por"}))


def _crosses_clause(token, verb) -> bool:
    current = token.head
    while current != verb and current.head != current:
        if current.pos_ in ("VERB", "AUX") or current.dep_ in ("acl", "advcl", "ccomp"):
            return True
        if "Part" in current.morph.get("VerbForm"):
            return True  # "votó acompañada por X": the phrase is the participle's agent
        current = current.head
    return False


def semicolon_list(parsed: Parsed, ends: list[End]) -> list[End]:
    """"A, hijo de B; la eurodiputada C, y el chileno D": a list whose items a semicolon
    separates holds one person per item, its first, whatever appositions the items carry."""
    if not ends:
        return ends
    doc = parsed.doc
    # from the first item: the parse may have found the last item and skipped those between
    first = min(e.last for e in ends)
    sentence = doc[first].sent
    rest = doc[first + 1:sentence.end]
    if not any(t.text == ";" for t in rest):
        return ends
    found = list(ends)
    keys = {e.key for e in ends}
    expecting = False
    for i in range(first + 1, sentence.end):
        token = doc[i]
        if token.text == ";" or (token.lower_ in ("y", "e") and doc[i - 1].text == ","):
            expecting = True
            continue
        if token.pos_ in ("VERB", "AUX") and token.dep_ in ("ROOT", "conj") and not expecting:
            break
        mention = parsed.mention(token)
        if expecting and mention is not None and parsed.is_person(mention.key):
            if mention.key not in keys and i == mention.start:
                found.append(End.of(mention))
                keys.add(mention.key)
            expecting = False
    return found


def reported_dative(parsed: Parsed, verb) -> list[End]:
    """"X contó que se reunió con Bukele y que Milei le grabó un vídeo": the dative clitic of a
    clause someone tells is most often the teller, whoever else the clause names; else the one
    `clitic_object` finds."""
    found = clitic_object(parsed, verb, dative=True)
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or folded_lemma(clause.head) not in SAYING or not any(
            c.lower_ == "le" and c.pos_ == "PRON" and c.i < verb.i for c in verb.children):
        return found
    subjects = {e.key for e in subject_ends(parsed, verb)}
    tellers = [e for e in subject_ends(parsed, clause.head)
               if parsed.is_person(e.key) and e.key not in subjects]
    return tellers[:1] or found
