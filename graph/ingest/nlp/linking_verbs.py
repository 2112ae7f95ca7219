"""Verbs that say what their subject is, as "ser" does: "sigue siendo la portavoz de Vox", "se
convirtió en presidente del partido", "pasó a ser secretaria general", "terminó siendo su
candidato", "ejerce como secretario
general", "actúa como portavoz", "ocupa el cargo de ministro", "asumió como presidente".

A copula in a clause of time on such a verb ("llegó tras haber sido concejala de X") says
what the verb's subject was before (adverbial_copulas).

Becoming something ("se convirtió en", "pasó a ser", "asumió como") in the past says nothing of
its end; holding it ("ejerció como", "ocupó el cargo de") in the simple past puts it behind."""

from __future__ import annotations

from graph.ingest.nlp.adverbial_copulas import adverbial_titles
from graph.ingest.nlp.words import base_role, folded_lemma, root_in, verb_lemma
from graph.ingest.reading import fold

# verb -> the word that introduces its title ("como", "de", "en", or a copula in "siendo")
_BECOMING = {"convertir": ("en",), "pasar": ("ser",), "asumir": ("como",),
             "llegar": ("ser",), "volver": ("ser",),
             # "terminó siendo su candidato", "acabó siendo la portavoz": what one became
             "terminar": ("ser",), "acabar": ("ser",)}
_HOLDING = {"seguir": ("ser",), "continuar": ("ser",), "ejercer": ("como", "de"),
            "actuar": ("como", "de"), "desempenar": ("como",), "fungir": ("como", "de"),
            "oficiar": ("como", "de"), "servir": ("como",), "ocupar": ("cargo", "puesto"),
            "mantener": ("cargo", "puesto")}
_RELATIVE = ("que", "quien")


def linking_verb_titles(roles, mention) -> list[tuple[object, object]]:
    """(title, verb) for each title such a verb states of the name: the name its subject, or
    the subject of a relative clause on the name ("X, que se convirtió en ...")."""
    doc = roles.doc
    token = root_in(doc[mention.start], mention.start, mention.end)
    verbs = [token.head] if token.dep_ == "nsubj" and token.head != token else []
    # "la diputada X, que se convirtió en ...": the relative may hang on the title before it,
    # or on the one in apposition after it ("X, el presidente aragonés, que repite como ...")
    hosts = [token] + ([token.head] if token.dep_ == "appos" and token.head.i < token.i and
                       base_role(token.head)[0] else []) + [
        c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN" and base_role(c)[0]]
    verbs += [c for h in hosts for c in h.children if c.dep_ in ("acl", "acl:relcl") and any(
        g.dep_ == "nsubj" and folded_lemma(g) in _RELATIVE for g in c.children)]
    titles = []
    for verb in verbs:
        lemma = verb_lemma(verb)
        cues = _BECOMING.get(lemma) or _HOLDING.get(lemma)
        if not cues or verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma == "convertir" and not any(
                folded_lemma(c) in ("se", "el") and c.pos_ == "PRON" for c in verb.children) \
                and not fold(verb.lower_).endswith("se"):
            continue  # "convirtió el partido en ...": the object becomes it, not the subject
        for role in _roles(verb, cues):
            word, former = base_role(role)
            if lemma in _HOLDING and _over(verb):
                former = True
            titles.append((roles._phrase(role.i, roles._phrase_end(role.i), word, former),
                           verb))
    return titles + adverbial_titles(roles, verbs)


def _roles(verb, cues) -> list:
    """The role nouns the verb takes through one of its cues."""
    found = []
    for child in verb.children:
        if child.i < verb.i or child.dep_ not in ("obj", "obl", "xcomp", "advcl"):
            continue
        if child.lemma_.lower() in ("cargo", "puesto") and "cargo" in cues:
            # "ocupa el cargo de ministro de Economía": the post's holder is named in it
            child = next((g for g in child.children if g.dep_ == "nmod" and any(
                c.dep_ == "case" and c.lower_ == "de" for c in g.children)), None)
            if child is not None and base_role(child)[0]:
                found.append(child)
            continue
        marks = {fold(c.lower_) for c in child.children
                 if c.dep_ in ("case", "mark", "cop") and c.i < child.i}
        if "ser" in cues and any(c.dep_ == "cop" and folded_lemma(c) == "ser"
                                 for c in child.children):
            marks.add("ser")
        if marks & set(cues) and base_role(child)[0] and child.pos_ == "NOUN":
            found.append(child)
    return found


def _over(verb) -> bool:
    """"ejerció como portavoz", "ocupaba el cargo de ministro hasta ...": the simple past of a
    verb of holding a post, not a compound tense reaching the present."""
    if verb.morph.get("Mood") != ["Ind"] or any(c.dep_ == "aux" for c in verb.children):
        return False
    return verb.morph.get("Tense") == ["Past"] or verb.morph.get("Tense") == ["Imp"] and any(
        fold(t.lower_) == "hasta" for t in verb.subtree)
