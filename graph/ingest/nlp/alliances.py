"""Alliances said of several at once: "Chega, Vox y la Liga integran el mismo grupo", "PP y
Vox comparten bancada", "Kast y Kaiser son aliados", "ambos se definen como aliados": each pair
of those named is allied; one called an ally ("a quien definió como un aliado"); and a partner
one runs with ("competirá en alianza con LLA")."""

from __future__ import annotations

from graph.ingest.nlp.clause_objects import clitic_object
from graph.ingest.nlp.clauses import phrase_ends, preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.parsed import Parsed
from graph.ingest.nlp.partnerships import partners
from graph.ingest.nlp.past_states import bounded, ended_partnership
from graph.ingest.nlp.praise import ally_of, praised_as_ally
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Verbs of sharing a body, and the bodies that make those in them allies.
_SHARING = {"integrar", "formar", "compartir", "conformar", "componer", "pertenecer", "militar",
            "sentar"}
_BODIES = {"grupo", "bloque", "interbloque", "bancada", "coalicion", "alianza", "frente",
           "familia", "plataforma", "lista", "gobierno", "pacto"}
# A joint list or ticket the pair forms, registers or runs on: "inscribieron una lista
# conjunta", "presentarán una candidatura común", "armaron una lista unitaria".
_FORMING = {"inscribir", "presentar", "registrar", "armar", "formar", "conformar", "sellar",
            "pactar", "acordar", "anunciar", "constituir", "crear", "encabezar", "lanzar",
            "impulsar", "cerrar", "oficializar", "llevar"}
_JOINT_BODIES = {"lista", "candidatura", "papeleta", "plancha", "formula", "boleta", "coalicion",
                 "plataforma", "frente", "bloque", "grupo", "candidato", "candidata", "aspirante"}
_JOINT = {"conjunto", "conjunta", "comun", "unico", "unica", "unitario", "unitaria",
          "conjuntos", "conjuntas", "comunes", "unicos", "unicas", "unitarios", "unitarias"}
# Running together: "PP y Vox concurrirán juntos a las elecciones", "irán en coalición".
_RUNNING = {"concurrir", "ir", "presentar", "competir", "acudir", "postular", "comparecer",
            "presentarse", "postularse"}
_TOGETHER = {"juntos", "juntas"}
# Governing, going on or working together: "gobiernan en coalición", "gobierna Gijón en
# coalición con el PP", "caminan juntos", "cogobiernan juntos", "acordaron trabajar juntos".
_TOGETHER_VERBS = {"gobernar", "cogobernar", "caminar", "marchar", "trabajar"}
_ALLIES = {"socios", "aliados", "aliadas", "socias"}
# Verbs that make those they are said of something: "convierte a ambos en aliados"
_BECOMING = {"convertir", "convertirse", "transformar", "transformarse", "volver", "volverse"}
_ALLY = {"socio", "aliado", "aliada", "socia"}
_SIBLINGS = {"hermano", "hermana", "hermanos", "hermanas"}
_PARTY_WORDS = {"partido", "formacion", "fuerza", "organizacion", "movimiento"}
_OPENING_QUOTES = {"«", '"', "“"}
# Verbs that call someone something: "lo definió como un aliado", "se consideran socios"
_CALLING = {"definir", "considerar", "calificar", "describir", "presentar", "autodefinir",
            "catalogar", "llamar", "tachar", "denominar", "bautizar", "tildar"}


def alliance_claims(parsed: Parsed, token) -> list[Found]:
    if token.pos_ in ("VERB", "AUX") and partners(token):
        # "competirá en alianza con LLA": the subject and the partner
        allies = [e for p in partners(token) for e in phrase_ends(parsed, p)
                  if parsed.is_agent(e.key)]
        return [Found("allied", s, o, 0.65, f"verb:{verb_lemma(token)}", token.i)
                for s in subject_ends(parsed, token) for o in allies
                if s.key != o.key and parsed.kb.fits("allied", s.key, o.key)]
    if token.pos_ in ("VERB", "AUX") and verb_lemma(token) in _SHARING:
        return _shared(parsed, token) or _joint(parsed, token)
    if token.pos_ in ("VERB", "AUX") and verb_lemma(token) in _FORMING | _RUNNING | \
            _TOGETHER_VERBS:
        return _joint(parsed, token)
    if token.pos_ in ("NOUN", "VERB", "ADJ") and fold(token.lower_) in _ALLIES and \
            token.lower_.endswith("s") and any(c.dep_ == "cop" for c in token.children):
        # "Kast y Kaiser son aliados" (the small model may take "aliados" for a participle)
        if any(c.i > token.i and preposition(c) in ("de", "del") for c in token.children):
            return []  # "ambos son aliados de un México libre": allies of another, named
        members = [e for c in token.children if c.dep_ == "nsubj"
                   for e in parsed.ends(c)]
        return _pairs(parsed, members, token, "copula")
    if fold(token.lower_) in _ALLIES and token.pos_ == "NOUN" and any(
            c.dep_ == "case" and c.lower_ == "en" for c in token.children):
        return _become(parsed, token)
    if (fold(token.lower_) in _ALLIES | _ALLY or _brotherly(token)) and token.pos_ == "NOUN":
        return _called(parsed, token)
    return []


def _become(parsed: Parsed, noun) -> list[Found]:
    """"el acuerdo convierte a ambas formaciones en aliadas", "Chega y Vox se convirtieron
    en socios": those made allies, the object of the verb or its reflexive subject."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb_lemma(verb) not in _BECOMING or any(
            c.dep_ == "advmod" and c.lower_ in ("no", "nunca", "jamás") for c in verb.children):
        return []  # "no los convirtió en aliados" says nothing the extractor can state
    if any(c.lower_ == "se" for c in verb.children):
        members = subject_ends(parsed, verb)
    else:
        members = [e for c in verb.children if c.dep_ == "obj" and c != noun
                   for e in phrase_ends(parsed, c)]
    return _pairs(parsed, members, verb, f"verb:{verb_lemma(verb)}")


def _called(parsed: Parsed, noun) -> list[Found]:
    """"Ambos se definen como aliados": those the reflexive verb's subject names; "a quien
    definió como un amigo y un aliado": the caller and the one called."""
    head = noun.head if noun.dep_ == "conj" else noun
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") and parsed.mention(verb) and verb.head.pos_ == "VERB":
        head, verb = verb.head, verb.head  # "tachó a Chega de «partido hermano»" hung on Chega
    between = verb.doc[verb.i + 1:noun.i]
    if praised_as_ally(verb):
        pass  # "elogia a Kast como «el mejor aliado que tiene la Argentina»"
    elif verb_lemma(verb) not in _CALLING or not any(t.lower_ in ("como", "de") for t in between) \
            and not (between and between[-1].text in _OPENING_QUOTES):
        return []  # "lo definió como aliado", "calificó a Vox de partido hermano", "llamó «…»"
    if ally_of(noun):
        # "al que describió como «socio imprescindible del sanchismo»": someone else's ally,
        # most often said in an attack
        return []
    cue = f"verb:{verb_lemma(verb)}"
    if any(c.lower_ in ("se", "nos") and c.pos_ == "PRON" for c in verb.children):
        return _pairs(parsed, subject_ends(parsed, verb), verb, cue) \
            if fold(noun.lower_) in _ALLIES else []
    called = [e for c in verb.children if c.dep_ in ("obj", "iobj", "obl") and c.i < noun.i
              and c != head for e in phrase_ends(parsed, c) if parsed.is_agent(e.key)] or \
        [e for e in clitic_object(parsed, verb) if parsed.is_agent(e.key)]  # "lo llamó «…»"
    return [Found("allied", s, o, 0.6, cue, verb.i) for s in subject_ends(parsed, verb)
            for o in called if s.key != o.key and parsed.kb.fits("allied", s.key, o.key)]


def _brotherly(noun) -> bool:
    """"partido hermano", "formación hermana", "«hermana en la defensa de …»": a party called
    a sibling is an ally."""
    if folded_lemma(noun) in _SIBLINGS or fold(noun.lower_) in _SIBLINGS:
        return True
    return folded_lemma(noun) in _PARTY_WORDS and any(
        c.dep_ in ("amod", "flat", "nmod") and fold(c.lower_) in _SIBLINGS for c in noun.children)


def _shared(parsed: Parsed, verb) -> list[Found]:
    """"integran el mismo grupo", "comparten bancada", "forman parte de la misma coalición"."""
    bodies = [t for t in verb.subtree if folded_lemma(t) in _BODIES and t.pos_ == "NOUN" and
              t.i > verb.i and not _of_things(parsed, t) and (
                  folded_lemma(verb) == "compartir" or any(
                      folded_lemma(w) == "mismo" for w in verb.doc[max(t.i - 2, 0):t.i]))]
    if not bodies:
        return []
    return _pairs(parsed, subject_ends(parsed, verb), verb, f"verb:{verb_lemma(verb)}")


# What a body's "de" may hold and still be a body of people: "la misma lista de candidatos"
_PEOPLE_OF = {"candidato", "candidata", "candidatos", "candidatas", "partido", "partidos",
              "diputado", "diputados", "eurodiputado", "eurodiputados", "concejal", "concejales",
              "senador", "senadores", "unidad", "derecha", "derechas", "izquierda", "izquierdas",
              "oposicion", "patriota", "patriotas", "nacion", "naciones", "gobierno"}


def _of_things(parsed: Parsed, body) -> bool:
    """"comparten lista de prioridades", "el mismo frente de batalla": a body's noun whose "de"
    names things, not people nor a party, is no body they share."""
    return any(c.dep_ == "nmod" and c.i > body.i and c.pos_ == "NOUN" and
               preposition(c) == "de" and parsed.mention(c) is None and
               fold(c.lower_) not in _PEOPLE_OF for c in body.children)


def _joint(parsed: Parsed, verb) -> list[Found]:
    """"A y B inscribieron una lista conjunta", "concurrirán juntos", "irán en coalición": the
    coordinated subjects each ally with the others (one subject alone says nothing of whom)."""
    lemma = verb_lemma(verb)
    bodies = [c for c in verb.children if lemma in _FORMING | _SHARING and
              folded_lemma(c) in _JOINT_BODIES and c.dep_ in ("obj", "obl", "nsubj:pass") and
              any(a.dep_ == "amod" and fold(a.lower_) in _JOINT for a in c.children)]
    together = lemma in _RUNNING | _TOGETHER_VERBS and any(
        fold(c.lower_) in _TOGETHER and not _leads_to_partner(c) or
        folded_lemma(c) == "coalicion" and c.dep_ == "obl" and (
            lemma in _TOGETHER_VERBS or not any(g.dep_ == "nmod" for g in c.children))
        for c in verb.children)
    # "gobierna en coalición con el PP": the partner the coalition is with
    coalitions = [c for c in verb.children if lemma in _TOGETHER_VERBS and c.dep_ == "obl" and
                  folded_lemma(c) == "coalicion"]
    if not (bodies or together):
        return []
    subjects = subject_ends(parsed, verb)
    if any(c.dep_.startswith("nsubj") and folded_lemma(c) in _PARTY_WORDS for c in verb.children):
        # "ambos partidos caminan juntos": the parties, not a leader read for one of them
        subjects = [e for e in subjects if not parsed.is_person(e.key)]
    # "Vox presentó una lista conjunta con el PP": the partner the list is shared with
    withs = [e for h in [verb] + bodies + coalitions for c in h.children
             if c.dep_ in ("obl", "nmod") and
             any(g.dep_ == "case" and g.lower_ == "con" for g in c.children)
             for e in phrase_ends(parsed, c)]
    found = _pairs(parsed, subjects + withs, verb, f"verb:{lemma}")
    if ended_partnership(lemma, verb):
        for claim in found:  # "gobernaron juntos entre 2015 y 2023": a partnership over
            claim.qualifiers["former"] = True
            claim.dated = not bounded(verb)  # ("hasta 2024" ends it, dates nothing)
    if coalitions and not bodies:
        # "gobierna al frente de una coalición con el PP y con Chega": the one governing is
        # allied with each partner; the partners are not said to be allied with each other
        heads = {e.key for e in subjects}
        found = [f for f in found if f.subject.key in heads or f.object.key in heads]
    return found


def _leads_to_partner(word) -> bool:
    """"juntos con Vox": a partner named after it (read by partnerships); the plural before
    "a" leads to where they run ("concurrirán juntos al Senado")."""
    return word.i + 1 < len(word.doc) and word.doc[word.i + 1].lower_ == "con"


def _pairs(parsed: Parsed, members, trigger, cue: str) -> list[Found]:
    members = [m for m in {e.key: e for e in members}.values() if parsed.is_agent(m.key)]
    return [Found("allied", a, b, 0.65, cue, trigger.i)
            for i, a in enumerate(members) for b in members[i + 1:]
            if parsed.kb.fits("allied", a.key, b.key)]
