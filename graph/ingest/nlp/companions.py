"""Companions at the event a chronicle reports: "Le acompañaron A y B", "La acompañan en el
escenario la ministra X y el alcalde Y", "X estuvo acompañado por A y por B". Those at the
side of someone the scene follows take part in the gathering the scene is at, when the text
has one in view; a text about no gathering ("lo acompañó su esposa") keeps only the meeting
(accompaniment.py). Marching with a protest and a verbless line of who sat where ("En
primera fila, A y B") are the same presence, told without a companion."""

from __future__ import annotations

from graph.ingest.model import NEW
from graph.ingest.nlp.accompaniment import accompaniment_sense, companions_start
from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_runs import listed
from graph.ingest.nlp.triggers import AT_ONES_SIDE
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# A gathering the text names with a word of these kinds; a name a venue may bear ("el Fórum
# X", "el Palacio de Congresos") is no sure gathering
_GATHERINGS = {"cumbre", "congreso", "conferencia", "convencion", "mitin", "manifestacion",
               "marcha", "gala", "jornada", "jornadas", "encuentro", "cena", "almuerzo", "acto",
               "concentracion", "protesta", "asamblea", "festival", "seminario", "simposio",
               "coloquio", "foro", "tractorada", "caravana", "homenaje", "ceremonia", "debate",
               "pleno", "sesion", "mesa", "reunion", "cpac", "fiesta"}


def companion_claims(parsed, verb) -> list[Found]:
    if verb.pos_ == "VERB" and accompaniment_sense(verb, verb_lemma(verb)) == AT_ONES_SIDE:
        people = [e for e in subject_ends(parsed, verb)
                  if e.first > verb.i and not e.reference and parsed.is_person(e.key)]
        start = companions_start(verb)
        if start is not None:
            # "Acompañaban al mandatario la secretaria X; el jefe Y, y Z": the small model may
            # leave items past a semicolon out of the subject, or take a title for a reference
            seen = {e.key for e in people}
            people += [e for e in listed(parsed, start)
                       if e.key not in seen and not e.reference and parsed.is_person(e.key)]
    else:
        people = _with_company(parsed, verb)
    return at_text_event(parsed, people, verb, "list")


def _known(parsed, key: str) -> bool:
    """A gathering of the graph, one the text describes ("una protesta convocada por X"), or
    a new name headed by a gathering's kind or called one beside it."""
    if not key.startswith(NEW) or key in parsed.described.values():
        return True
    label = parsed.kb.label(key) if parsed.linked.entities.get(key) is None else \
        parsed.linked.entities[key].label
    if label and fold(label.split()[0].lower()) in _GATHERINGS:
        return True
    return any(m.key == key and _called_a_gathering(parsed.doc, m) for m in parsed.linked.mentions)


def _called_a_gathering(doc, mention) -> bool:
    """"la cumbre Europa Viva", "en Chile Libre 2029, el acto de lanzamiento": the text calls
    the name a gathering next to it."""
    before = [t for t in doc[max(0, mention.start - 2):mention.start] if not t.is_punct]
    after = [t for t in doc[mention.end:mention.end + 3]]
    return bool(before) and fold(before[-1].lower_) in _GATHERINGS or \
        len(after) == 3 and after[0].text == "," and after[1].pos_ == "DET" and \
        fold(after[2].lower_) in _GATHERINGS


def _with_company(parsed, word) -> list[End]:
    """"X estuvo acompañado por A y por B", "estaba acompañada de su hermana, la diputada A":
    the company of one at the scene (who comes or travels with someone is event_turns')."""
    copula = next((c for c in word.children if c.dep_ == "cop" and folded_lemma(c) == "estar"),
                  None)
    if not fold(word.lower_).startswith("acompanad") or copula is None or \
            "Fut" in copula.morph.get("Tense") or "Cnd" in copula.morph.get("Mood") or \
            any(c.dep_ == "advmod" and fold(c.lower_) in ("no", "nunca") for c in word.children):
        return []  # "estará acompañado por X", "no estuvo acompañado por nadie"
    first = next((c for c in word.children if c.dep_ in ("obj", "obl", "nmod", "obl:agent")
                  and preposition(c) in ("por", "de", "del")), None)
    if first is None:
        return []
    return [e for e in listed(parsed, first.left_edge.i, preposition(first))
            if not e.reference and parsed.is_person(e.key)]


# "caminó junto a los tractores", "marchó con los manifestantes", "desfiló al frente de la
# columna": walking in a march is taking part in it
_MARCHING = {"caminar", "marchar", "desfilar", "andar", "avanzar", "pasear"}
_MARCHERS = {"manifestante", "tractor", "agricultor", "ganadero", "militante", "simpatizante",
             "asistente", "participante", "columna", "cabecera", "pancarta", "comitiva",
             "multitud", "marcha", "manifestacion", "protesta", "caravana", "concentrado",
             "huelguista", "pensionista", "marchista", "tractorista", "transportista"}
_ALONG = {"con", "junto", "entre", "frente", "cabeza", "tras", "detras", "delante"}


def marcher_claims(parsed, verb) -> list[Found]:
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _MARCHING or not any(
            c.dep_ in ("obl", "obj", "nmod") and folded_lemma(c) in _MARCHERS and
            _ALONG & {fold(t.lower_) for t in verb.doc[c.left_edge.i:c.i]}
            for c in verb.children):
        return []
    people = [e for e in subject_ends(parsed, verb)
              if not e.reference and parsed.is_person(e.key)]
    return at_text_event(parsed, people, verb, f"verb:{verb_lemma(verb)}")


# "En primera fila, A y B.", "En el palco de honor, la presidenta X y el alcalde Y.": a
# chronicle's verbless line of who sat where at the gathering
_SEATS = {"fila", "palco", "escenario", "tribuna", "estrado", "grada", "platea", "tarima",
          "podio", "presidencia", "mesa"}


def seated_line_claims(parsed, noun) -> list[Found]:
    if noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or folded_lemma(noun) not in _SEATS or \
            not any(c.dep_ == "case" and fold(c.lower_) == "en" for c in noun.children) or \
            any(t.pos_ in ("VERB", "AUX") and not _in_a_relative(t) for t in noun.sent):
        return []
    comma = next((t for t in noun.doc[noun.i + 1:noun.sent.end] if t.text == ","), None)
    if comma is None:
        return []
    start = comma.i + 1
    while start + 1 < noun.sent.end and noun.doc[start].pos_ == "ADJ" and \
            noun.doc[start + 1].text == ",":
        start += 2  # "En la primera fila, discreto, X": how they sat, set off by commas
    people = [e for e in listed(parsed, start)
              if not e.reference and parsed.is_person(e.key)]
    return at_text_event(parsed, people, noun, "list")


def _in_a_relative(token) -> bool:
    """"el exgobernador X, que hace dos años pedía el voto para Y": a verb of a relative
    clause on a name says nothing of the line's own verb."""
    return any(t.dep_ in ("acl", "acl:relcl") for t in [token, *token.ancestors])


def at_text_event(parsed, people: list[End], trigger, cue: str) -> list[Found]:
    """`people` took part in the event the text is about, when it is a known one."""
    event = parsed.topic_end(trigger.i) if people else None
    if event is None or not _known(parsed, event.key):
        return []
    return [Found("participatedIn", p, event, 0.6, cue, trigger.i, {})
            for p in people if parsed.kb.fits("participatedIn", p.key, event.key)]
