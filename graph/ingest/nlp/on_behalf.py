"""Persons acting on an organization's behalf: "Por parte de Vox viajó el eurodiputado X",
"En nombre del PP intervino Y", "en representación de la fundación, Z leyó un mensaje". They
represent it; and one named by a party title that names no organization of its own ("Por
parte de Vox se sentaron el secretario general, A; la portavoz en el Congreso, B") holds that
title in it, so is its member."""

from __future__ import annotations

from graph.ingest.knowledge import ORGANIZATION
from graph.ingest.nlp.behalf_referents import referred_body, sender, sent_persons
from graph.ingest.nlp.clauses import relative_antecedent
from graph.ingest.nlp.first_speakers import speaker
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.institutions import is_institution
from graph.ingest.nlp.parsed import METONYM, End
from graph.ingest.nlp.words import role_kind, verb_lemma
from graph.ingest.reading import fold

# Verbs of acting for a body that a fronted "Por X" names: "Por Vox firmó Y", "Por el PP
# intervino Z", "Por la fundación asistieron A y B"
_ACTING = {"firmar", "suscribir", "rubricar", "intervenir", "hablar", "participar", "asistir",
           "acudir", "comparecer", "votar", "negociar", "viajar", "estar", "tomar", "sentar",
           "sentarse", "presentar", "leer", "defender", "responder", "replicar"}
_OWN = {"su", "sus"}
_PARTY_NOUNS = {"partido", "formacion", "organizacion", "movimiento", "fundacion", "coalicion",
                "grupo", "bancada", "bloque"}


# The noun of the phrase and the prepositions that may open it
_BEHALF = {"parte": ("por", "de"), "nombre": ("en",), "representacion": ("en",)}
# Titles held inside an organization, which the phrase completes ("el secretario general")
_INSIDE = {"leader", "head", "deputy", "member"}
# Clauses inside the verb's, whose names act in them
_CLAUSES = {"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "xcomp"}
# Prepositions that make a name a complement, not one who acts
_COMPLEMENTS = {"de", "del", "a", "al", "con", "contra", "por", "para", "sobre", "ante", "entre"}


def on_behalf_claims(roles, token) -> list[Found]:
    parsed = roles.parsed
    doc = parsed.doc
    word = fold(token.lower_)
    if word == "por":
        return fronted_por(roles, token)
    if word in _BEHALF and word != "parte":
        body = sender(parsed, token, _verb(token))
        if body is not None:  # "Vox envió a X en su representación"
            return _on_behalf(roles, token, word, body, _verb(token))
    if word not in _BEHALF or token.i < 1 or token.i + 2 >= len(doc) or \
            fold(doc[token.i - 1].lower_) not in _BEHALF[word] or \
            doc[token.i + 1].lower_ not in ("de", "del"):
        return []
    start = token.i + 2
    if doc[token.i + 1].lower_ == "de" and own_party_named(doc, start):
        start += 3  # "en nombre de su formación, Valor,": the party the apposition names
    elif doc[token.i + 1].lower_ == "de" and _own_party(doc, start):
        return _for_own_party(roles, token, word, start)
    organization = parsed.party_named(start) if doc[token.i + 1].lower_ == "de" else \
        parsed.mention(doc[start])
    if organization is None and word != "parte":
        organization = referred_body(parsed, start)  # "en representación del partido"
    return _on_behalf(roles, token, word, organization)


def own_party_named(doc, i: int) -> bool:
    """Whether "su formación, X," opens at token `i`: the body is the one the apposition
    names."""
    return i + 3 < len(doc) and doc[i].lower_ in _OWN and \
        fold(doc[i + 1].lower_) in _PARTY_NOUNS and doc[i + 2].text == "," and \
        doc[i + 3].text[:1].isupper()


def _own_party(doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i].lower_ in _OWN and fold(doc[i + 1].lower_) in _PARTY_NOUNS


def _for_own_party(roles, token, word: str, start: int) -> list[Found]:
    """"X firmó en nombre de su formación": the one party the text tied X to."""
    parsed = roles.parsed
    doc = parsed.doc
    verb = _verb(doc[start + 1])
    if verb is None:
        return []
    found = []
    for mention in _acting(parsed, verb, doc[start + 1:start + 2]):
        ties = parsed.tied_parties(mention.key)
        if len(ties) == 1 and parsed.kb.fits("represents", mention.key, next(iter(ties))):
            target = End(next(iter(ties)), token.i - 1, start + 1, reference=True)
            found.append(Found("represents", End.of(mention), target, 0.6, "verb:" + word,
                               verb.i, dated=False))
    return found


def fronted_por(roles, token) -> list[Found]:
    """"Por Nuevas Ideas firmó el presidente de la Asamblea, X": a "por" phrase naming a body
    at the head of its clause, before a verb of acting, names the body its subject acts for."""
    parsed = roles.parsed
    doc = parsed.doc
    before = token.i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1  # (a paragraph's break)
    if before >= 0 and token.i != token.sent.start and not doc[before].is_sent_end and \
            doc[before].text not in (",", ";", ":", "—", ".") or token.i + 2 >= len(doc):
        return []
    organization = parsed.party_named(token.i + 1)
    if organization is None and doc[token.i + 1].lower_ in ("el", "la", "los", "las"):
        organization = parsed.mention(doc[token.i + 2])  # "Por el Partido Verde"
    if organization is None or organization.start > token.i + 3:
        return []
    head = doc[organization.start]
    while head.head != head and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    if verb_lemma(head) not in _ACTING:
        return []
    return _on_behalf(roles, token, "por", organization)


def _on_behalf(roles, token, word: str, organization, verb=None) -> list[Found]:
    parsed = roles.parsed
    doc = parsed.doc
    if organization is None or organization.kind == METONYM or \
            not parsed.kb.is_a(organization.key, ORGANIZATION) or \
            parsed.is_person(organization.key):
        return []
    verb = verb or _verb(doc[organization.start])
    if verb is None:
        return []
    if word == "por" and verb.i < organization.start:
        return []  # "Por Vox": fronted, before the verb of those who acted for it
    target = End(organization.key, max(token.i - 1, 0) if word != "por" else token.i,
                 organization.end - 1, mention=organization)
    found = []
    # "envió a X en representación del partido": the one sent acts for it
    acting = sent_persons(parsed, verb) or _acting(parsed, verb, organization)
    if not acting and word != "por":
        # "Viajé en representación de Vox": the speaker, who drops the subject
        return [Found("represents", e, target, 0.65, "verb:" + word, verb.i, dated=False)
                for e in speaker(parsed, verb) if parsed.is_person(e.key) and
                parsed.kb.fits("represents", e.key, organization.key)]
    for mention in acting:
        title = roles.title_before(mention)
        person = End.of(mention)
        # One named before the verb the phrase follows acts for the body whatever titles
        # describe them ("el eurodiputado de Vox X, que acudió en representación de
        # Patriotas"); a title names another body only among those a fronted phrase lists
        own_act = word != "por" and mention.start < verb.i < token.i
        elsewhere = title is not None and any(
            parsed.kb.is_a(t.key, ORGANIZATION) and not roles.seated_in(t) and
            not (word == "por" and is_institution(parsed.kb, t.key)) for t in title.targets)
        if elsewhere and not own_act:
            continue  # "el líder de Chega, X": an organization of the title's own
        inside = title is not None and not elsewhere and role_kind(title.word) in _INSIDE
        inside = inside and word != "por"  # (a fronted "Por X" is whom one acts for)
        relation = "memberOf" if inside else "represents"
        if parsed.kb.fits(relation, mention.key, organization.key):
            found.append(Found(relation, person, target, 0.65,
                               "apposition" if inside else "verb:" + word, verb.i,
                               dated=False))
    return found


def _verb(token):
    """The verb the phrase is an argument of."""
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head == head:
            return None
        head = head.head
    return None


def _acting(parsed, verb, organization) -> list:
    """The persons the clause of `verb` names as its own, not those inside a complement or a
    relative clause."""
    doc = parsed.doc
    found = []
    for mention in parsed.linked.mentions:
        first = mention.start
        if first == organization.start or mention.kind == METONYM or \
                not parsed.is_person(mention.key) or doc[first].sent != verb.sent:
            continue
        token = doc[first]
        if not any(a == verb for a in token.ancestors):
            continue
        if _complement(token, verb):
            continue
        if any(m.key == mention.key for m in found):
            continue
        found.append(mention)
    return found or _antecedent(parsed, verb)


def _antecedent(parsed, verb) -> list:
    """"X, que acudió en representación de Vox, ...": the person the relative clause of the
    verb hangs on acts in it."""
    if verb.dep_ not in ("acl", "acl:relcl") or not any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("que", "quien", "quienes")
            for c in verb.children):
        return []
    return [m for e in relative_antecedent(parsed, next(
        c for c in verb.children if c.lower_ in ("que", "quien", "quienes")))
        if e.mention is not None and not e.distance and parsed.is_person(e.key)
        for m in [e.mention]]


def _complement(token, verb) -> bool:
    """Whether a preposition governs the phrase between the name and the verb ("se reunió
    con X", "acompañó al diputado X"), or a clause of its own stands between them."""
    node = token
    while node != verb and node.head != node:
        if any(c.dep_ in ("case", "mark") and fold(c.lower_) in _COMPLEMENTS
               for c in node.children) or node.dep_ in _CLAUSES:
            return True  # (a postverbal subject the small model calls an object is kept)
        node = node.head
    return False
