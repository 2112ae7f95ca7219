"""A leader named by who came before or after another at the head of an organization: "Su
antecesor al frente del partido, Jussi Halla-aho", "la predecesora de Purra en la presidencia de
la formación, X", "su sucesor al frente de Vox, X". The predecessor led it once (former); the
successor leads it."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import METONYM, End, Parsed
from graph.ingest.nlp.words import folded_lemma
from graph.ingest.reading import fold

_BEFORE = {"antecesor", "antecesora", "predecesor", "predecesora"}
_AFTER = {"sucesor", "sucesora", "relevo"}
# Where the head of an organization is: "al frente de", "en la presidencia de", "en la
# jefatura de", "en el liderazgo de", "en la dirección de".
_POSTS = {"frente", "presidencia", "jefatura", "liderazgo", "direccion", "secretaria"}
_ORGANIZATION_WORDS = {"partido", "formacion", "movimiento", "organizacion", "fundacion",
                       "grupo", "red", "colectividad", "agrupacion", "coalicion", "bloque",
                       "bancada", "alianza", "plataforma", "asociacion", "instituto"}


def predecessor_claims(parsed: Parsed, token) -> list[Found]:
    word = fold(token.lower_)
    if word not in _BEFORE | _AFTER or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return []
    doc = parsed.doc
    post = next((t for t in doc[token.i + 1:token.i + 6]
                 if folded_lemma(t) in _POSTS and t.pos_ == "NOUN"), None)
    if post is None:
        return []
    organization = _organization(parsed, post)
    person = _named(parsed, organization[1] if organization else post.i)
    if organization is None or person is None or \
            not parsed.kb.fits("leaderOf", person.key, organization[0]):
        return []
    qualifiers = {"former": True} if word in _BEFORE else {}
    target = End(organization[0], organization[1] - 1, organization[1] - 1,
                 reference=not organization[2])
    return [Found("leaderOf", End.of(person), target, 0.65, "apposition:predecessor", token.i,
                  qualifiers, dated=False)]


def _organization(parsed: Parsed, post):
    """(key, end, named): the organization whose head the post is, named after "de" or
    referred to by its kind ("del partido")."""
    doc = parsed.doc
    i = post.i + 1
    if i >= len(doc) or fold(doc[i].lower_) not in ("de", "del"):
        return None
    i += 1
    if i < len(doc) and fold(doc[i].lower_) in ("la", "el", "los", "las"):
        i += 1
    if i >= len(doc):
        return None
    named = parsed.mention(doc[i])
    if named is not None:
        if named.start != i or named.kind == METONYM or parsed.is_person(named.key) or \
                not parsed.kb.is_a(named.key, ORGANIZATION):
            return None
        return named.key, named.end, True
    noun = folded_lemma(doc[i])
    if noun not in _ORGANIZATION_WORDS:
        return None
    key = parsed.organization_before(i, noun)
    return (key, i + 1, False) if key else None


def _named(parsed: Parsed, i: int):
    """The person set off by a comma right after the phrase: ", Jussi Halla-aho"."""
    doc = parsed.doc
    if i >= len(doc) or doc[i].text != ",":
        return None
    for k in range(i + 1, min(len(doc), i + 5)):
        named = parsed.mention(doc[k])
        if named is not None:
            return named if named.start == k and parsed.is_person(named.key) else None
        if doc[k].pos_ not in ("DET", "ADJ", "NOUN") or doc[k].text[:1].isupper():
            return None
    return None
