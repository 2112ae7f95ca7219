"""Titles a copula states of a name: what the role reader finds ("X es diputada de Vox", "X,
que fue alcalde de Lima"), and a copula joined to a relative clause on the name by "y": "X,
que encabezó la lista en febrero y es hoy la principal rival de Y"."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.nlp.denied_memberships import denied_membership
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.joined_predicates import joined_predicate_titles
from graph.ingest.nlp.linking import Mention
from graph.ingest.nlp.modality import modality
from graph.ingest.nlp.past_states import copula_past
from graph.ingest.nlp.said_copulas import said_titles
from graph.ingest.nlp.wished_titles import wished_title
from graph.ingest.nlp.words import base_role, contrasted, folded_lemma, role_kind, root_in

_RELATIVE = ("que", "quien")


def copula_claims(roles, title, verb, mention: Mention) -> list[Found]:
    """The claims of `title` stated of the name by the copula `verb`: asserted, or in a past
    that makes them former; a title set against another ("es mi adversario, no mi socio")
    denied."""
    mood, past = modality(verb), copula_past(verb)
    if mood.asserted and mood.negated and role_kind(title.word) == "candidate" and (
            verb.morph.get("VerbForm") == ["Inf"] or "Fut" in verb.morph.get("Tense")):
        # "intentó sin éxito registrarse como candidato a la Presidencia": the candidacy
        # attempted and failed did not happen; "no será candidato presidencial": nor will
        # the one ruled out
        claims = [c for c in roles._claims(title, mention, "copula")
                  if c.relation == "candidateIn"]
        for claim in claims:
            claim.negated = True
        return claims
    if mood.asserted and mood.negated and role_kind(title.word) == "ally" and not past:
        return denied_alliance(roles, title, verb, mention)
    if mood.asserted and mood.negated and role_kind(title.word) == "member":
        return denied_membership(roles, title, verb, mention)
    if not (mood.asserted or past) or mood.negated or (
            "Sub" in verb.morph.get("Mood") and past != "literary"):
        return []
    if wished_title(roles.doc[title.token]):
        return []  # "es el gobernador que La Paz necesita": backing, no office held
    title.former = title.former or bool(past) and role_kind(title.word) != "candidate"
    if plural_speaker(verb, title):
        # "X, diputado libertario: «Somos aliados de los republicanos»": X's party is
        party = party_of(roles.parsed, mention.key)
        if party is None:
            return []
        mention = Mention(mention.start, mention.end, mention.text, party, "")
    claims = roles._claims(title, mention, "copula")
    if "Fut" in verb.morph.get("Tense"):
        # "será la presidenta que el país necesita": an office still to be won is not held
        claims = [c for c in claims if c.relation != "holdsOffice"]
    role = roles.doc[title.token]
    if role.dep_ != "ROOT" and contrasted(role):
        for claim in claims:
            claim.negated = True
    return claims


def denied_alliance(roles, title, verb, mention: Mention) -> list[Found]:
    """"AfD no es nuestra aliada", "no somos aliados de X", "X no es socio de Y": an alliance
    the copula denies in so many words (no other title: "no es diputado de X" says nothing of
    what X is)."""
    if plural_speaker(verb, title):
        party = party_of(roles.parsed, mention.key)
        if party is None:
            return []
        mention = Mention(mention.start, mention.end, mention.text, party, "")
    claims = [c for c in roles._claims(title, mention, "copula") if c.relation == "allied"]
    for claim in claims:
        claim.negated = True
    return claims


def joined_copula_claims(roles, mention: Mention) -> list[Found]:
    """"X, que nació en Cali y fue diputada de Vox": the copula joined to a relative clause on
    the name, with no subject of its own, says what the name is; so does one in what the name
    says ("X aseguró que es miembro de Vox")."""
    if not roles.parsed.is_person(mention.key):
        return []
    said = [c for title, verb in said_titles(roles, mention)
            for c in copula_claims(roles, title, verb, mention)]
    doc = roles.doc
    token = root_in(doc[mention.start], mention.start, mention.end)
    found: list[Found] = []
    for clause in token.children:
        if clause.dep_ not in ("acl", "acl:relcl") or base_role(clause)[0] or not any(
                c.dep_ == "nsubj" and folded_lemma(c) in _RELATIVE for c in clause.children):
            continue  # a relative that is itself a copula is the role reader's
        for role in clause.children:
            word, former = base_role(role)
            verb = next((c for c in role.children if c.dep_ == "cop"), None)
            if role.dep_ != "conj" or not word or role.pos_ != "NOUN" or verb is None or any(
                    c.dep_.startswith("nsubj") for c in role.children):
                continue
            title = roles._phrase(role.i, roles._phrase_end(role.i), word, former)
            found += copula_claims(roles, title, verb, mention)
    # "es una de las firmantes del manifiesto y miembro de Vox": joined to no title
    found += [c for title, cop in joined_predicate_titles(roles, token)
              for c in copula_claims(roles, title, cop, mention)]
    return said + found + _coordinated(roles, mention, token)


def _coordinated(roles, mention: Mention, token) -> list[Found]:
    """"X ganó las primarias y será la candidata del partido", "fue reelegida al frente de la
    formación y será, por tanto, su candidata": a copula coordinated with the name's own verb,
    with no subject of its own, shares the name as its subject (the small model may hang it on
    the verb's last noun)."""
    if token.dep_ == "appos" and token.head.dep_.startswith("nsubj"):
        token = token.head  # "La ministra X fue reelegida ... y será su candidata"
    if not token.dep_.startswith("nsubj") or token.head.pos_ not in ("VERB", "AUX"):
        return []
    verb = token.head
    found: list[Found] = []
    for role in [c for c in verb.subtree if c.dep_ == "conj" and c.pos_ == "NOUN" and (
            c.head == verb or c.head.head == verb and c.head.dep_ in ("obl", "obj"))]:
        word, former = base_role(role)
        cop = next((c for c in role.children if c.dep_ == "cop"), None)
        if not word or cop is None or any(c.dep_.startswith("nsubj") and not _when(c)
                                          for c in role.children):
            continue
        link = next((c for c in role.children if c.dep_ == "cc"), None)
        if link is None or any(t.pos_ == "PROPN" for t in roles.doc[link.i + 1:cop.i]):
            continue  # "perdió las primarias y Marta Ruiz será la candidata": hers
        title = roles._phrase(role.i, roles._phrase_end(role.i), word, former)
        found += copula_claims(roles, title, cop, mention)
    return found


# Nouns of a time, which the small model may take for a subject ("y este año será la
# candidata del PL": the year is when, not who)
_TIMES = {"ano", "mes", "semana", "dia", "vez", "legislatura", "temporada", "otono",
          "invierno", "verano", "primavera"}


def _when(token) -> bool:
    return token.morph.get("AdvType") == ["Tim"] or folded_lemma(token) in _TIMES and any(
        c.dep_ == "det" for c in token.children)


def plural_speaker(verb, title) -> bool:
    """Whether a first person plural states a tie between organizations ("somos aliados de",
    "somos miembros de"): the speaker speaks for the party."""
    return verb.morph.get("Person") == ["1"] and verb.morph.get("Number") == ["Plur"] and \
        role_kind(title.word) in ("ally", "rival", "member")


def party_of(parsed, person: str) -> str | None:
    """The one party the text tied the person to."""
    parties = {org for org, key in parsed.affiliation.items()
               if key == person and parsed.kb.is_a(org, PARTY)}
    return parties.pop() if len(parties) == 1 else None
