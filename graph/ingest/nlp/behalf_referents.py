"""Whom one acts for, when the phrase does not name the body: "en representación del partido"
(the party the text named just before, as "del partido" says elsewhere), and the person sent
in someone's name: "El RN envió a X en representación del partido", "Vox mandó a Y en su
representación" (the body that sends is the one represented)."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.ends import End
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.words import verb_lemma
from graph.ingest.reading import fold

# Verbs of sending someone in one's place: their object acts for the body
SENDING = {"enviar", "mandar", "delegar", "designar", "destacar", "comisionar", "desplazar",
           "acreditar"}
_BODY_NOUNS = {"partido", "formacion", "colectividad", "agrupacion", "fundacion",
               "movimiento", "organizacion", "coalicion", "alianza", "grupo", "bancada",
               "bloque", "plataforma", "asociacion", "instituto", "red"}
_OWN = {"su", "sus"}


def referred_body(parsed, start: int) -> Mention | None:
    """"(en representación) del partido", "de la formación": the organization the bare noun
    at `start` (past its article) stands for; none when a name or an adjective of its own
    follows it ("del partido Vox", "del partido socialista")."""
    doc = parsed.doc
    i = start + 1 if start < len(doc) and doc[start].lower_ in ("el", "la") else start
    if i + 1 >= len(doc) or fold(doc[i].lower_) not in _BODY_NOUNS or \
            doc[i].morph.get("Number") == ["Plur"]:
        return None
    following = doc[i + 1]
    if following.text[:1].isupper() or following.pos_ == "ADJ" or following.lower_ == "de":
        return None
    key = parsed.organization_before(i, fold(doc[i].lower_))
    if key is None or not parsed.kb.is_a(key, ORGANIZATION) or parsed.is_person(key):
        return None
    return Mention(i, i + 1, doc[i].text, key, ORGANIZATION, kind="reference")


def sender(parsed, token, verb) -> Mention | None:
    """"Vox envió a X en su representación": the body that sends, for a "su" before the
    phrase's noun."""
    doc = parsed.doc
    if token.i < 2 or doc[token.i - 1].lower_ not in _OWN or doc[token.i - 2].lower_ != "en" or \
            verb is None or verb_lemma(verb) not in SENDING:
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass"):
            mention = parsed.mention(child)
            if mention is not None and parsed.kb.is_a(mention.key, ORGANIZATION) and \
                    not parsed.is_person(mention.key):
                return mention
    return None


def sent_persons(parsed, verb) -> list[Mention]:
    """The persons a verb of sending sends: its object ("envió a X y a Y")."""
    if verb_lemma(verb) not in SENDING:
        return []
    found = []
    for child in verb.children:
        if child.dep_ != "obj":
            continue
        for token in [child] + [c for c in child.children if c.dep_ == "conj"]:
            mention = parsed.mention(token)
            if mention is None:
                named = parsed.ends(token, conj=False)
                mention = named[0].mention if len(named) == 1 else None
            if mention is not None and parsed.is_person(mention.key) and \
                    mention.key not in {m.key for m in found}:
                found.append(mention)
    return found


def represented_body(parsed, verb) -> list[End]:
    """"que representa al movimiento en el Concejo": the body the verb's bare object noun
    stands for, as "en representación del partido" does."""
    for child in verb.children:
        if child.dep_ == "obj" and child.pos_ == "NOUN":
            body = referred_body(parsed, child.i)
            if body is not None:
                return [End(body.key, child.i, child.i, reference=True, distance=1)]
    return []
