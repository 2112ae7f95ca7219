"""A title one was given by election or appointment, told in the passive: "fue elegida
alcaldesa de Lorca", "ha sido nombrado ministro de Economía", "fue reelegido presidente del
partido", "resultó elegida senadora", "fue investido presidente de la Junta". The predicative
noun is said of the subject as a copula's is. An election or appointment still to come ("será
elegido", "para ser nombrada", "quiere ser elegido") gives none, nor does a candidacy ("fue
elegido candidato", read by the candidacy reader)."""

from __future__ import annotations

from graph.ingest.nlp.words import base_role, folded_lemma, role_kind

_APPOINTING = {"elegir", "reelegir", "nombrar", "renombrar", "designar", "investir",
               "reinvestir", "ratificar", "confirmar", "nominar", "proclamar", "ungir",
               "escoger", "seleccionar"}
# Verbs a participle of electing hangs on: "resultó elegida", "salió elegido".
_RESULTING = {"resultar", "salir", "quedar"}
_PREDICATIVE = ("obj", "xcomp", "obl", "appos", "amod")
_SUBJECTS = ("nsubj", "nsubj:pass", "csubj")


def predicates_of_appointing(doc):
    """"por el que fue elegida alcaldesa de X": the small model may make the bare title after
    a passive of electing its subject; with no article, it is the predicate (its object)."""
    for token in doc:
        host = token.head
        if token.dep_ in _SUBJECTS and token.i > host.i and base_role(token)[0] and \
                not any(c.dep_ == "det" for c in token.children) and _participle(host) and \
                _passive(host):
            token.dep_ = "obj"
    return doc


def _participle(verb) -> bool:
    return folded_lemma(verb) in _APPOINTING or verb.lower_.endswith(
        ("ido", "ida", "idos", "idas", "ado", "ada")) and any(
        verb.lower_.startswith(stem) for stem in ("elegid", "reelegid", "nombrad", "designad",
                                                  "investid", "proclamad", "ungid",
                                                  "escogid"))


def _passive(verb) -> bool:
    """A participle with a finite "ser" that is not future ("fue", "ha sido", "era"), or one
    a verb of resulting takes ("resultó elegida")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop") and
                   folded_lemma(c) == "ser"]
    if auxiliaries:
        finite = [a for a in verb.children if a.dep_ in ("aux", "aux:pass", "cop")
                  and a.morph.get("VerbForm") == ["Fin"]]
        return bool(finite) and not any("Fut" in a.morph.get("Tense") or
                                        "Cnd" in a.morph.get("Mood") or
                                        "Sub" in a.morph.get("Mood") for a in finite)
    return False


def appointed_roles(verbs) -> list[tuple[object, object]]:
    """(role noun, verb) for each title the passive verbs of electing or appointing among
    `verbs` give their subject."""
    found = []
    for verb in verbs:
        hosts = [verb] if _participle(verb) and _passive(verb) else []
        if folded_lemma(verb) in _RESULTING and "Fut" not in verb.morph.get("Tense"):
            hosts += [c for c in verb.children if c.dep_ in ("obj", "xcomp", "advcl", "amod")
                      and _participle(c) and c.i > verb.i]
        for host in hosts:
            for role in host.children:
                word = base_role(role)[0]
                # the small model may tag a feminine title an adjective ("presidenta")
                noun = role.pos_ == "NOUN" or role.pos_ == "ADJ" and role.dep_ in ("obj", "xcomp")
                if role.dep_ not in _PREDICATIVE or role.i < host.i or not noun or \
                        not word or role_kind(word) == "candidate" and not _party_worded(
                            role) or any(
                        c.dep_ == "case" for c in role.children):
                    continue  # "elegido por el pleno", "nombrado en 2019": no title
                found.append((role, verb))
    return found


def _party_worded(role) -> bool:
    """"fue proclamada candidata socialista": a candidacy told with an adjective, which the
    title reader ties to a party as it does after a copula ("es la candidata socialista"); a
    bare "fue elegido candidato" is the candidacy reader's."""
    return any(c.dep_ == "amod" and c.pos_ == "ADJ" and c.i == role.i + 1 for c in role.children)


def appointed_end(doc, start: int, end: int) -> int:
    """Where the title phrase from `start` to `end` ends: before the way one was elected
    ("alcaldesa de Lorca por mayoría absoluta", "por unanimidad"); "senador por Murcia" keeps
    its place."""
    for i in range(start + 1, end + 1):
        if doc[i].lower_ in ("por", "con", "tras", "gracias") and i + 1 < len(doc):
            after = doc[i + 2] if doc[i + 1].pos_ in ("DET", "NUM") and i + 2 < len(doc) \
                else doc[i + 1]
            if after.pos_ != "PROPN" and not after.is_title:
                return i - 1
    return end


def appointed_reference_claims(roles, token) -> list:
    """"En 2017 fue elegida alcaldesa de Lorca", "el partido por el que fue elegida concejala":
    a passive of electing whose subject is dropped gives its title to the person the dropped
    subject stands for, as a copula's would (a named subject is the role reader's)."""
    if token.dep_ not in _PREDICATIVE:
        return []  # asked of every word: the cheap test first
    from graph.ingest.nlp.clauses import subject_ends
    from graph.ingest.nlp.ends import End
    from graph.ingest.nlp.linking import Mention
    from graph.ingest.nlp.modality import modality

    word, former = base_role(token)
    parsed = roles.parsed
    if not word or parsed.mention(token):
        return []
    host = token.head
    verb = host.head if folded_lemma(host.head) in _RESULTING and host.dep_ != "ROOT" else host
    mood = modality(verb)
    if not mood.asserted or mood.negated or not any(
            r == token for r, _v in appointed_roles([verb])) or any(
            c.dep_ in _SUBJECTS for c in verb.children):
        return []
    title = roles._phrase(token.i, appointed_end(roles.doc, token.i, roles._phrase_end(token.i)),
                          word, former)
    found = []
    for person in subject_ends(parsed, verb):
        if not parsed.is_person(person.key):
            continue
        claims = roles._claims(title, Mention(person.first, person.last + 1, "", person.key, ""),
                               "reference")
        for claim in claims:
            if claim.subject.key == person.key:
                claim.subject = End(person.key, person.first, person.last, reference=True,
                                    distance=person.distance)
            claim.confidence = round(claim.confidence * 0.85, 2)
        found += claims
    return found
