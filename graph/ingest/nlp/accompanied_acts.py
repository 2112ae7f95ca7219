"""Someone accompanied while doing something where they are: "vota en un colegio de Sopocachi
acompañado por el expresidente X", "recorrió el mercado acompañada de la alcaldesa Y y del
concejal Z". Those at their side during the act met them; family ("acompañado de su esposa")
is no such company. Arriving or travelling with someone
("llegó acompañado por X", "viajó a Roma acompañado de Y") is going somewhere together, and
"estuvo acompañado por X" at an event is the companions' attendance (companions.py): neither
is read here. The small model hangs the participle on the noun before it ("un colegio ...
acompañado"); it agrees with the clause's subject, whose act it describes."""

from __future__ import annotations

from graph.ingest.nlp.clauses import preposition, subject_ends
from graph.ingest.nlp.found import Found
from graph.ingest.nlp.list_runs import listed
from graph.ingest.nlp.triggers import NEGATORS
from graph.ingest.nlp.words import folded_lemma, verb_lemma
from graph.ingest.reading import fold

# Acts done in one place, in company
_ACTS = {"votar", "visitar", "recorrer", "comparecer", "inaugurar", "presidir", "firmar",
         "pasear", "celebrar", "festejar", "posar", "depositar", "inspeccionar", "supervisar",
         "saludar", "caminar", "almorzar", "cenar", "comer", "desayunar", "presentar",
         "anunciar", "ofrecer", "pronunciar", "entregar", "recibir", "encabezar", "asistir",
         "participar", "presenciar", "seguir", "escuchar", "atender", "clausurar", "abrir",
         "cerrar", "homenajear", "rendir", "colocar", "plantar", "descubrir", "estrechar"}

# "votó acompañado de su esposa, X": family at one's side is no political meeting
_KIN = {"esposa", "esposo", "marido", "mujer", "pareja", "hijo", "hija", "hijos", "familia",
        "padre", "madre", "hermano", "hermana", "nieto", "nieta", "nietos", "novia", "novio"}


def accompanied_act_claims(parsed, participle) -> list[Found]:
    word = fold(participle.lower_)
    if participle.pos_ not in ("ADJ", "VERB") or not word.startswith("acompanad"):
        return []
    verb = participle.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        if verb.pos_ == "PROPN" or parsed.mention(verb) is not None:
            return []  # "saludó al alcalde acompañado de X": whose company is unclear
        verb = verb.head
    if verb.pos_ != "VERB" or verb_lemma(verb) not in _ACTS or \
            {"Fut", "Cnd"} & set(verb.morph.get("Tense") + verb.morph.get("Mood")) or \
            any(fold(c.lower_) in NEGATORS for c in verb.children if c.dep_ == "advmod"):
        return []
    first = next((c for c in participle.children if c.dep_ in ("obl", "obj", "nmod",
                                                               "obl:agent")
                  and preposition(c) in ("por", "de", "del")), None)
    if first is None or folded_lemma(first) in _KIN:
        return []
    gender = participle.morph.get("Gender")
    hosts = [e for e in subject_ends(parsed, verb) if parsed.is_person(e.key) and
             (not gender or parsed.gender.get(e.key) in (None, gender[0]))]
    companions = [e for e in listed(parsed, first.left_edge.i, preposition(first))
                  if not e.reference and parsed.is_person(e.key)]
    return [Found("met", host, companion, 0.6, f"verb:{verb_lemma(verb)}", participle.i)
            for host in hosts for companion in companions if companion.key != host.key]
