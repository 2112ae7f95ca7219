"""The evidence of a claim: the verbatim sentence that states it, who the text says asserts it
("según X", "X señaló que ...", a quotation and its speaker), and the time expression that
dates it (in the same sentence, else an adjacent one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as calendar_day

from graph.ingest.nlp.anaphoric_years import anaphoric_years
from graph.ingest.nlp.background_times import in_other_relative, told_aside
from graph.ingest.nlp.bystander_times import in_title, of_someone, set_against
from graph.ingest.nlp.bystander_times import token_of as _token_of
from graph.ingest.nlp.clauses import phrase_ends, subject_ends
from graph.ingest.nlp.elapsed_times import elapsed_months, shifted
from graph.ingest.nlp.election_nouns import is_election_noun
from graph.ingest.nlp.event_days import day_before_naming, later_day
from graph.ingest.nlp.event_mentions import event_starts, in_a_relative, in_que_clause
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.headlines import lead_day
from graph.ingest.nlp.held_periods import held_since
from graph.ingest.nlp.invitation_times import invited_on_going
from graph.ingest.nlp.live_races import blog_race_day
from graph.ingest.nlp.narrative import blog_entry, habitual, narrative_time
from graph.ingest.nlp.other_editions import after_a_past_act
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.races_ahead import race_ahead
from graph.ingest.nlp.regional_rounds import round_of_the_race
from graph.ingest.nlp.tense_dates import by_tense, clause_verb, tomorrow
from graph.ingest.nlp.time_owners import ago_head, antecedent_time, election_relative, title_now
from graph.ingest.nlp.town_races import MUNICIPAL_RACE
from graph.ingest.nlp.triggers import SAYING
from graph.ingest.nlp.words import RELATIVES, folded_lemma
from graph.ingest.reading import fold
from graph.ingest.temporal import TimeExpression, find_times

_QUOTES = {"“": "”", "«": "»", '"': '"'}
# Relations a neighbouring sentence's time may date.
_NEIGHBOURLY = {"met", "contactWith", "participatedIn", "endorsed"}
# Relations of one moment: a meeting, a call
_ENCOUNTERS = {"met", "contactWith"}
# Relations that happen at a time; roles and memberships are not dated by a nearby "ayer", nor
# is who organized an event or was invited to it (the time near them is the event's own, or
# the day it was held, not when it was organized or the invitation sent).
EVENTFUL = {"met", "contactWith", "participatedIn", "endorsed", "allied", "opponentOf",
            "candidateIn"}
# A membership, an office or an invitation told by the act that began it ("se afilió a Vox en
# 2019", "se pasó a Vox en 2022", "llegó al PP en 2023", "asumió la presidencia en agosto de
# 2001", "lo invitó ayer a la cumbre") is dated by
# that act's own time, as an event is; told by a title or an apposition, it is not.
_BEGINNINGS = {"afiliar", "unir", "incorporar", "ingresar", "sumar", "adherir", "asumir",
               "invitar", "convidar", "jurar", "pasar", "llegar"}
# A candidacy for a party begun by its proclamation: "la proclamó el mes pasado candidata"
_PROCLAIMING = {"proclamar", "designar", "nominar", "ungir", "investir", "oficializar"}
# A leadership told by the verb of sharing it, dated by that verb's time: "comparte la
# presidencia con X desde 2022"
_SHARING_LEAD = {"compartir"}


@dataclass
class Dating:
    date: str | None = None
    precision: str | None = None
    expression: str | None = None
    since: bool = False


class EvidenceReader:
    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.text = parsed.document.text
        self._times: dict[int, list[TimeExpression]] = {}

    # ------------------------------------------------------------ quote

    def quote(self, found: Found) -> tuple[int, str]:
        """(sentence index, verbatim text) of the document sentence(s) stating the claim."""
        doc = self.parsed.doc
        first, last = found.tokens
        sentences = self.parsed.document.sentences
        a = self.parsed.sentence_of(doc[first].idx)
        b = self.parsed.sentence_of(doc[last].idx)
        trigger = self.parsed.sentence_of(doc[found.trigger].idx)
        if b - a > 1:
            a = b = trigger
        start, end = sentences[a].start, sentences[b].end
        while start < end and self.text[start] in "-–—•·*> \t":
            start += 1  # the dash after a dateline ("Buenos Aires, 17 dic (EFE).- El ...")
        return trigger, self.text[start:end]

    # ------------------------------------------------------------ attribution

    def attribution(self, found: Found) -> str | None:
        parsed = self.parsed
        trigger = parsed.doc[found.trigger]
        ends = {found.subject.key, found.object.key}
        token = trigger
        while token.head != token:
            link, token = token.dep_, token.head
            if link in ("ccomp", "parataxis") and folded_lemma(token) in SAYING:
                who = [e.key for e in subject_ends(parsed, token) if parsed.is_agent(e.key)]
                if who and who[0] not in ends:
                    return who[0]
                if who:
                    return None
        for t in trigger.sent:
            if folded_lemma(t) == "segun" and t.dep_ == "case":
                source = t.head
                if folded_lemma(source) in ("fuente", "entorno", "portavoz", "medio"):
                    # "según fuentes de Vox": the organization the sources speak for
                    source = next((c for c in source.children if c.dep_ == "nmod"), source)
                who = [e.key for e in phrase_ends(parsed, source) if parsed.is_agent(e.key)]
                if who and who[0] not in ends:
                    return who[0]
        quoted = self._quoted_span(trigger)
        if quoted is not None:
            for t in trigger.sent:
                if quoted[0] <= t.idx < quoted[1] or folded_lemma(t) not in SAYING:
                    continue
                who = [e.key for e in subject_ends(parsed, t) if parsed.is_agent(e.key)]
                if who:
                    return who[0]
        return None

    def _quoted_span(self, token) -> tuple[int, int] | None:
        sentence = token.sent
        text = sentence.text
        offset = sentence.start_char
        opened, closer = None, None
        for i, ch in enumerate(text):
            if closer is None and ch in _QUOTES:
                opened, closer = i, _QUOTES[ch]
            elif closer is not None and ch == closer:
                if opened + offset <= token.idx < i + offset:
                    return opened + offset, i + offset
                closer = None
        if closer is not None and opened + offset <= token.idx:
            return opened + offset, len(text) + offset
        return None

    # ------------------------------------------------------------ date

    def dating(self, found: Found) -> Dating:
        dating = self._dating(found)
        if race_ahead(found.relation, dating.date, dating.precision,
                      self.parsed.document.anchor.day) or round_of_the_race(self.parsed, found):
            return Dating()
        return dating

    def _dating(self, found: Found) -> Dating:
        if found.dated and found.relation == "organizedBy":
            return self._organized_when(found)
        period = held_since(self.parsed, found)  # "fue concejal de Lima entre 2014 y 2019"
        if period:
            return Dating(period[0], "year", period[1], True)
        if not found.dated or found.relation not in EVENTFUL and not self._begun(found):
            return Dating()
        if found.negated:
            # what did not happen has no time of its own: only the day of the event one
            # stayed away from
            return self._event_date(found)
        doc = self.parsed.doc
        index = self.parsed.sentence_of(doc[found.trigger].idx)
        position = doc[found.trigger].idx
        race = found.relation in ("candidateIn", "opponentOf")
        # a race is run at a time, not since one: "diputada desde 2018 y ... del candidato
        # presidencial" dates the seat, not the candidacy; nor is one met, invited or present
        # since a time ("Le acompañaba Ana Gil, concejal desde 2019")
        once = race or found.relation in ("met", "participatedIn", "invitedTo")
        here = [t for t in self.times(index) if self._owned(t, found) and
                (race or not self._of_election(t)) and not (once and t.since)]
        # a time in the trigger's own phrase first ("fue candidato en las presidenciales de
        # enero y disputó la segunda vuelta del 8 de febrero": the runoff's day)
        governed = [t for t in here if doc[found.trigger] in _ancestors(doc, t)]
        if race and found.cue in ("apposition", "title"):
            # a candidate named by the title holds it whatever the verb's time: "El candidato
            # del Partido Nacional, X, aseguró anoche", "recibió el martes al candidato X" are
            # no candidacy of last night or of Tuesday; the title's own time ("candidata del
            # PAN en 2024") or the election's still dates it
            here = [t for t in here if t in governed or self._of_election(t) or
                    in_title(doc, doc[found.trigger], t)]
        time = self._closest(governed or here, position)
        if time is None and found.relation == "candidateIn":
            # "En las municipales de octubre de 2024, ..., X, que revalidó la alcaldía": the
            # vote the sentence names dates a run in its race (or, for a town's race, in the
            # municipal vote it is part of) told in another clause
            time = next((t for t in self.times(index) if t.date and not t.since and
                         self._votes_in(t, found.object.key)), None)
        if time is None and found.relation in ("candidateIn", "participatedIn"):
            dating = self._event_date(found)
            if dating.date and dating.precision == "day" and \
                    found.relation == "participatedIn" and not self.times(index):
                # the second day of a summit the story has reached: "El plato fuerte llegó el
                # domingo. Abascal subió al escenario"
                later = later_day(self.parsed.document.sentences, self._narrated_times, index,
                                  self._story_day, calendar_day.fromisoformat(dating.date))
                if later is not None:
                    return Dating(later.date.iso, "day", later.text)
            if dating.date:
                return dating
            # a name in a count listed with its verb said once ("Y, el 38 %") has no time of
            # its own: not the blog's day either
            live = blog_race_day(self.parsed, found.object.key, index) if race and \
                found.cue != "list" else None
            if live:  # an entry of a live blog on the race its headline names
                return Dating(live, "day")
        if time is None and not self.times(index) and found.relation in _NEIGHBOURLY and \
                not habitual(self.parsed.document.sentences[index].text):
            # "Horas más tarde, Matthei se reunió con Kast": the story's last day before it;
            # else the time of the sentence before, or of the next one in the paragraph
            sentences = self.parsed.document.sentences
            time = narrative_time(self.times, sentences[index].text, index, self._story_day,
                                  self._aside_of_story, sentences,
                                  self.parsed.document.anchor.day)
            # a live entry is of the blog's day, whatever month a neighbour names
            live = blog_entry(sentences, index) and self._as_it_happens(
                doc[found.trigger], found.relation in _ENCOUNTERS)
            for other in (index - 1, index + 1) if time is None and not live else ():
                # not a speaker's "hoy" in a quotation ("«está con el campo, hoy»")
                times = [t for t in self.times(other) if t.date and not self._flashback(t)
                         and not self._of_election(t) and not self._aside(t) and
                         not after_a_past_act(t, doc[found.trigger], self.parsed.document)]
                if 0 <= other < len(sentences) and len(times) == 1 and (
                        other < index or sentences[other].paragraph == sentences[index].paragraph):
                    # nor the time of what a relative clause tells of someone ("la concejala X,
                    # a la que proclamó el mes pasado candidata. Abascal pidió el voto para
                    # ella"): the neighbour's one time is not the story's
                    if not of_someone(_token_of(doc, times[0])):
                        time = times[0]
                    break
        if time is None and self.times(index) and found.relation in _NEIGHBOURLY:
            # the sentence's times are another clause's: "La víspera, la cena de Salvini con
            # Wilders sirvió para preparar la votación de octubre" still carries the story on
            time = narrative_time(self.times, self.parsed.document.sentences[index].text, index,
                                  self._story_day, self._aside_of_story,
                                  self.parsed.document.sentences, self.parsed.document.anchor.day)
        if time is None and found.relation in _NEIGHBOURLY and not self.times(index):
            time = lead_day(self.parsed.document.sentences, self.times, index,
                            self._story_day, self._aside)
        if time is None and found.relation in _NEIGHBOURLY and not self.times(index) and \
                blog_entry(self.parsed.document.sentences, index) and \
                self._as_it_happens(doc[found.trigger], found.relation in _ENCOUNTERS):
            day = self.parsed.document.anchor.day
            return Dating(day.isoformat(), "day") if day else Dating()
        if time is None:
            return self._event_date(found)
        if time.date is None:
            return Dating(expression=time.text)
        if time not in self.times(index):
            # "Dos años más tarde viajó a Budapest": the time told last, counted on
            counted, months = elapsed_months(doc[found.trigger].sent)
            if counted:
                moved = shifted(time.date.iso, time.date.precision, months) if months else None
                return Dating(*moved) if moved else Dating()
        return Dating(time.date.iso, time.date.precision, time.text, time.since)

    def _organized_when(self, found: Found) -> Dating:
        """A description's participle dates the event it describes: "Europa Viva 24, el acto
        organizado por Vox en mayo de 2024". A finite verb of organizing ("montó ayer",
        "organizará en noviembre", "inauguró este sábado") tells the organizer's deed, which
        the evaluation sets mostly leave undated, as they do an organizer named without a
        time."""
        doc = self.parsed.doc
        trigger = doc[found.trigger]
        if trigger.morph.get("VerbForm") != ["Part"] or any(
                c.dep_ in ("aux", "aux:pass", "cop") for c in trigger.children):
            return Dating()
        index = self.parsed.sentence_of(trigger.idx)
        governed = [t for t in self.times(index) if t.date and not t.since and
                    self._owned(t, found) and not self._of_election(t) and
                    trigger in _ancestors(doc, t)]
        time = self._closest(governed, trigger.idx)
        if time is None:
            return Dating()
        return Dating(time.date.iso, time.date.precision, time.text)

    def _as_it_happens(self, trigger, punctual: bool = False) -> bool:
        """A live entry tells what happens as the blog goes on ("Boric llama a Kast", "Milei
        felicitó a Kast"), not what had happened, has been going on ("ha hecho campaña por
        X") or will."""
        verb = clause_verb(trigger)
        # a call or a meeting in the present perfect is of the blog's day ("Orbán lo ha
        # llamado"); support so told has lasted ("ha hecho campaña por X")
        if any(c.dep_ == "aux" and folded_lemma(c) == "haber" and not (
                punctual and "Pres" in c.morph.get("Tense")) for c in verb.children):
            return False
        return not {"Imp", "Fut"} & set(verb.morph.get("Tense")) and \
            "Cnd" not in verb.morph.get("Mood")

    def _begun(self, found: Found) -> bool:
        trigger = self.parsed.doc[found.trigger]
        return found.relation in ("memberOf", "holdsOffice", "leaderOf", "invitedTo") and \
            trigger.pos_ == "VERB" and folded_lemma(trigger) in _BEGINNINGS or \
            found.relation == "represents" and trigger.pos_ == "VERB" and \
            folded_lemma(trigger) in _PROCLAIMING or \
            found.relation == "leaderOf" and folded_lemma(trigger) in _SHARING_LEAD or \
            found.relation == "invitedTo" and invited_on_going(trigger)

    def _event_date(self, found: Found) -> Dating:
        """Taking part in a dated event happened on its date."""
        if found.relation not in ("candidateIn", "participatedIn", "opponentOf"):
            return Dating()
        event = found.qualifiers.get("context") if found.relation == "opponentOf" else \
            found.object.key
        date = self.parsed.kb.date(event) if event else None
        if date is None:
            # a race's day is its vote's, never the day of the story told before it
            return self._said_date(event, found.relation == "participatedIn") if event \
                else Dating()
        return Dating(date.iso, date.precision)

    def _said_date(self, event: str, carried: bool = False) -> Dating:
        """The date the text gives an event where it names it ("acogerá mañana domingo Europa
        Viva 26"): a time expression of the clause that names it."""
        doc = self.parsed.doc
        starts = event_starts(self.parsed, event)
        # a gathering is not held at the time it is measured against: "el mitin era el
        # primero en la ciudad desde la campaña de las autonómicas de 2024" (an election's
        # time, or the start of a span, is no gathering's)
        own = (lambda t: not self._of_election(t) and not set_against(doc, t)) if carried \
            else (lambda t: True)
        for start in starts:
            index = self.parsed.sentence_of(doc[start].idx)
            for time in self.times(index):
                token = _token_of(doc, time)
                if time.date is not None and token is not None and \
                        _clause(token) == _clause(doc[start]) and \
                        not in_a_relative(token, doc[start]) and own(time):
                    return Dating(time.date.iso, time.date.precision, time.text, time.since)
        for start in sorted(starts):
            # the small model may misparse a lead glued to its dateline: the one day the
            # sentence that names the event gives is its date
            dated = [t for t in self.times(self.parsed.sentence_of(doc[start].idx))
                     if t.date and t.date.precision == "day" and own(t) and not (
                         _token_of(doc, t) is not None and
                         in_a_relative(_token_of(doc, t), doc[start]))]
            if len(dated) == 1:
                time = dated[0]
                return Dating(time.date.iso, time.date.precision, time.text, time.since)
        if starts and carried:
            # "Abascal volvió ayer a Sevilla ... En el mitin, intervinieron ...": the day told
            # just before the sentence that introduces the event
            time = day_before_naming(self.parsed.document.sentences, self.times,
                                     self.parsed.sentence_of(doc[min(starts)].idx),
                                     self._story_day, self._aside)
            if time is None and event in self.parsed.sole_gatherings:
                # "El mitin, organizado por ..." paragraphs on: the day the lead tells
                time = lead_day(self.parsed.document.sentences, self.times, 0,
                                self._story_day, self._aside)
            if time is not None:
                return Dating(time.date.iso, time.date.precision, time.text)
        return Dating()

    def _narrated_times(self, index: int) -> list[TimeExpression]:
        """The times of sentence `index` but those of a clause opened by "que" ("el partido
        que hoy lidera su hijo"): what is so, not how far the story has come."""
        doc = self.parsed.doc
        return [t for t in self.times(index)
                if _token_of(doc, t) is None or not in_que_clause(_token_of(doc, t))]

    def times(self, index: int) -> list[TimeExpression]:
        sentences = self.parsed.document.sentences
        if not 0 <= index < len(sentences):
            return []
        if index not in self._times:
            sentence = sentences[index]
            anchor = self.parsed.document.anchor
            times = [TimeExpression(t.start + sentence.start, t.end + sentence.start, t.text,
                                    t.date, t.since)
                     for t in find_times(sentence.text, anchor)]
            times = [by_tense(t, self._token_at(t.start), anchor) for t in times]
            # "en diciembre de ese año": the year written before, not the article's
            pointed = anaphoric_years(sentence.text, sentence.start, self.parsed.doc)
            times = [t for t in times if not any(t.start < p.end and p.start < t.end
                                                 for p in pointed)] + pointed
            self._times[index] = sorted(
                times + tomorrow(sentence.text, sentence.start, self.parsed.doc, anchor),
                key=lambda t: t.start)
        return self._times[index]

    def _story_day(self, time: TimeExpression) -> bool:
        """A day the story has reached: not after the article's, nor told in the pluperfect
        ("había almorzado el martes" goes back before the story), nor the start of a state
        ("es presidente desde el 9 de marzo"), nor an election's own day, nor a speaker's
        ("«dejan hoy de darse la espalda», afirmó": the day they spoke, not the article's)."""
        day = self.parsed.document.anchor.day
        return (day is None or time.date.start <= day) and not time.since and \
            not self._flashback(time) and not self._aside(time) and not self._of_election(time)

    def _aside(self, time: TimeExpression) -> bool:
        """A time of something else than the story's course: one a speaker says in a
        quotation, or the day of an election a relative clause recalls."""
        token = _token_of(self.parsed.doc, time)
        if token is None:
            return False
        # "X, que fue candidato en las presidenciales de enero, ...": a relative clause's
        # election is background, not where the story has got to
        relative = any(t.dep_ in ("acl", "acl:relcl") for t in token.ancestors)
        return self._quoted_span(token) is not None or relative and self._of_election(time)

    def _aside_of_story(self, time: TimeExpression) -> bool:
        """An aside, or a time the story only looks back or ahead to (the point it measures
        from: "el primero desde la campaña de las autonómicas de 2024")."""
        return self._aside(time) or set_against(self.parsed.doc, time) or told_aside(
            _token_of(self.parsed.doc, time), time, self.parsed.document.anchor.day)

    def _flashback(self, time: TimeExpression) -> bool:
        verb = self.parsed.doc[_clause(self._token_at(time.start))]
        return any(c.dep_ == "aux" and folded_lemma(c) == "haber" and
                   "Imp" in c.morph.get("Tense") for c in verb.children)

    def _token_at(self, offset: int):
        doc = self.parsed.doc
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else doc[0]

    def _of_election(self, time: TimeExpression) -> bool:
        """Whether the time is an election's own ("las elecciones andaluzas del 21 de junio"):
        the day of the vote, not of what the sentence tells."""
        token = _token_of(self.parsed.doc, time)
        for _ in range(4):
            if token is None or token.head == token or token.pos_ in ("VERB", "AUX"):
                return False
            token = token.head
            # "las presidenciales portuguesas del 18 de enero": the small model may read the
            # election as the adjective of the word after it, or hang the vote's day on the
            # candidacy ("la candidatura de X a las presidenciales del 18 de enero")
            if is_election_noun(token) or token.pos_ == "NOUN" and (any(
                    c.dep_ == "amod" and c.i < token.i and is_election_noun(c)
                    for c in token.children) or folded_lemma(token) == "candidatura"):
                return True
        return False

    def _votes_in(self, time: TimeExpression, race: str) -> bool:
        """Whether the time is the own time of the race `race`, or of the municipal vote of
        its year a town's race is part of."""
        token = _token_of(self.parsed.doc, time)
        while token is not None and token.head != token and not is_election_noun(token):
            token = token.head if token.pos_ not in ("VERB", "AUX") else None
        named = self.parsed.elections.named(token) if token is not None and \
            is_election_noun(token) else None
        if named is None or named == race:
            return named is not None
        label, own = self.parsed.kb.label(named), self.parsed.kb.label(race)
        return own.startswith(MUNICIPAL_RACE) and "municipales" in label and \
            label[-4:] == own[-4:]

    def _owned(self, time: TimeExpression, found: Found) -> bool:
        """Whether a time expression dates the claim's own clause: "recibió ayer a Kast, tres
        días después de que se impusiera en la segunda vuelta" dates the visit only."""
        doc = self.parsed.doc
        token = _token_of(doc, time)
        if token is None:
            return True
        if title_now(token) or in_other_relative(token, doc[found.trigger]):
            return False
        if antecedent_time(token, doc[found.trigger], (time.start, time.end),
                           found.relation in ("candidateIn", "opponentOf")):
            return True
        owner = _clause(token if time.since else ago_head(token))
        clause = doc[_clause(doc[found.trigger])]
        for _ in range(6):
            if clause.i == owner:
                return True
            if clause.dep_ == "conj" and clause.head.dep_ in ("acl", "acl:relcl") and \
                    _own_relative(clause) and token not in clause.subtree:
                # "que se pasó a Vox en 2022 y que ejerció de maestra de ceremonias": a second
                # relative clause of its own is not dated by the first one's time
                return False
            # a time of the clause that reports or frames the claim dates it too ("sorprendió
            # este martes al revelar que mantuvo una comunicación"), but not one of a clause
            # the claim is only set against ("recibió ayer a Kast, tres días después de que")
            # nor one of a place the claim's clause relates to: "en junio viajó a Santiago,
            # donde fue recibido por Kast" (the visit's time is the trip's)
            # nor, but for a race's year, one of the clause above a relative clause on an
            # election: "fue candidata en 2023 y quedó fuera de la segunda vuelta, que ganó X"
            if (clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj") and not _where(clause)
                    and not (time.precision == "year" and election_relative(clause))) \
                    or clause.head == clause or _temporal(clause):
                return False
            clause = clause.doc[_clause(clause.head)]
        return False

    def _closest(self, times: list[TimeExpression], position: int) -> TimeExpression | None:
        best = None
        for time in times:
            distance = max(time.start - position, position - time.end, 0)
            if best is None or distance < best[0]:
                best = (distance, time)
        return best[1] if best else None


def _ancestors(doc, time: TimeExpression) -> list:
    token = _token_of(doc, time)
    return list(token.ancestors) if token is not None else []


def _own_relative(clause) -> bool:
    """A clause opened by its own relative pronoun ("y que ejerció")."""
    return any(c.i < clause.i and c.dep_ in ("nsubj", "obj", "obl") and
               fold(c.lower_) in RELATIVES for c in clause.children)


def _clause(token):
    """The index of the verb heading the clause a token is in (a nominal claim's noun answers
    for the verb that governs it)."""
    return clause_verb(token).i


def _where(clause) -> bool:
    """A relative clause of place or of the occasion it happened at: "…, donde se reunió con
    Bukele", "llegó ayer para una visita en la que se reunió con Valdés" (the visit's time is
    the meeting's; a race's, "la segunda vuelta, en la que se medirá con X", is its own)."""
    if clause.dep_ not in ("acl", "acl:relcl"):
        return False
    return any(fold(t.lower_) == "donde" or fold(t.lower_) in ("que", "cual") and any(
        g.dep_ == "case" and fold(g.lower_) in ("en", "durante") for g in t.children) and
        not is_election_noun(clause.head) for t in clause.children if t.i < clause.i)


_TEMPORAL = {"despues", "antes", "tras", "desde", "hasta", "cuando", "mientras"}


def _temporal(clause) -> bool:
    """A clause set in time against another ("después de que", "cuando", "tras")."""
    marks = [m for m in clause.children if m.dep_ == "mark"]
    start = min([m.i for m in marks] + [clause.i])
    words = {fold(t.lower_) for t in clause.doc[max(start - 3, 0):start]}
    # "intervino el domingo y se reunió después con X": a bare adverb on a coordinated clause
    # carries the story on from its first conjunct, on that one's time
    marks = {fold(m.lower_) for m in clause.children if m.dep_ in ("mark", "case") or
             m.dep_ == "advmod" and not (clause.dep_ == "conj" and not any(m.children))}
    return bool((words | marks) & _TEMPORAL)
