"""A name the model leaves without a kind (spaCy's MISC: a slogan, a law, a work) that its
clause makes a gathering: "la J-CPAC 2025 reunió a 1.500 personas", "congregó a miles", "asistió
a la Hispanofest", "intervino en la Gala Libertaria", "el acto central de la Fiesta de la
Vendimia". Nothing but an event gathers people, is attended or has acts and a closing, so the
name is proposed as one."""

from __future__ import annotations

from graph.ingest.knowledge import EVENT
from graph.ingest.nlp.events import NAMED_AFTER
from graph.ingest.nlp.spans import Reader, Span
from graph.ingest.reading import fold

# Verbs whose subject gathers people: "X reunió a 1.500 personas", "congregó a miles".
_GATHERING = {"reunir", "congregar", "convocar", "atraer", "concentrar"}
# Verbs whose complement is where one goes to take part: "asistió a X", "participó en X".
_ATTENDED = {"asistir": ("a", "al"), "acudir": ("a", "al"), "participar": ("en",),
             "intervenir": ("en",)}
# Who a gathering gathers; "reunió a los ministros" as well as "a 1.500 personas".
_PEOPLE = {"persona", "asistente", "simpatizante", "militante", "dirigente", "delegado",
           "invitado", "participante", "orador", "lider", "miles", "cientos", "centenar",
           "millar", "mil", "ministro", "diputado", "representante", "seguidor", "conservador"}
# Moments of a gathering whose "de" complement is the gathering: "el acto central de X", "la
# clausura de X" (not "la sesión de X", which may be a chamber's).
_MOMENTS = {"acto", "clausura", "inauguracion", "apertura", "gala", "ceremonia"}


def gathering_name(r: Reader, span: Span) -> str | None:
    """EVENT when the clause makes the unlabelled name a gathering, else None."""
    if span.ner not in (None, "MISC"):
        return None
    root = next((k for k in range(span.start, span.end)
                 if not span.start <= r.heads[k] < span.end), None)
    if root is None:
        return None
    verb = r.heads[root]
    if _moment_of(r, span, root):
        return EVENT
    if verb == root or r.pos[verb] != "VERB":
        return None
    lemma = r.lemmas[verb]
    if r.deps[root] == "nsubj" and lemma in _GATHERING:
        return EVENT if _gathers_people(r, verb) else None
    cases = _ATTENDED.get(lemma)
    if cases and r.deps[root] in ("obl", "obj") and any(
            r.heads[k] == root and r.deps[k] == "case" and r.texts[k].lower() in cases
            for k in range(max(0, span.start - 3), span.start)):
        return EVENT
    return None


def _moment_of(r: Reader, span: Span, root: int) -> bool:
    """"el acto central de la Fiesta de la Vendimia": the name a moment's "de" complement."""
    noun = r.heads[root]
    return r.deps[root] == "nmod" and noun < span.start and r.pos[noun] == "NOUN" and \
        fold(r.lemmas[noun]) in _MOMENTS and any(
            r.heads[k] == root and r.deps[k] == "case" and r.texts[k].lower() in ("de", "del")
            for k in range(max(0, span.start - 2), span.start))


def _gathers_people(r: Reader, verb: int) -> bool:
    """"reunió a 1.500 personas": the object is people, not "reunió las firmas"."""
    for k in range(verb + 1, min(len(r.heads), verb + 12)):
        if r.heads[k] == verb and r.deps[k] == "obj":
            return fold(r.lemmas[k]) in _PEOPLE or fold(r.lemmas[k]).rstrip("s") in _PEOPLE
    return False


def with_year(r: Reader, span: Span, text: str) -> tuple[str, list[str]]:
    """"la J-CPAC 2025": the year after a gathering's name names its edition; the span takes
    it, and the name without it stays an alias (a headline's "la J-CPAC")."""
    k = span.end
    if k < len(r.texts) and len(r.texts[k]) == 4 and r.texts[k].isdigit() and \
            r.texts[k].startswith(("19", "20")) and r.heads[k] in range(span.start, span.end):
        span.end = k + 1
        return f"{text} {r.texts[k]}", [text]
    return text, []


def kind_alias(kind: str, label: str) -> str | None:
    """"el foro Centroamérica Segura": the lower-case kind word before a gathering's name is no
    part of it, yet others write the two as one name ("el Foro Centroamérica Segura")."""
    if not kind.islower() or fold(kind) not in NAMED_AFTER or label.lower().startswith(kind):
        return None
    return kind.capitalize() + " " + label


def kind_before(r: Reader, span: Span) -> str | None:
    """The lower-case event noun right before a name ("el foro X", "las jornadas X")."""
    k = span.start - 1
    return r.texts[k] if k >= 0 and r.texts[k].islower() and r.pos[k] == "NOUN" else None
