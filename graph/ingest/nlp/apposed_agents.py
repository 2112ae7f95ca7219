"""A body called by a common noun and named in the apposition after it: "organizada por su
asociación, El Mundo al Revés", "convocado por la plataforma, Toledo Libre", "con el apoyo de
su fundación, Causa Atlántica". The name is the agent the noun stands for."""

from __future__ import annotations

from graph.ingest.nlp.ends import METONYM
from graph.ingest.reading import fold

# Nouns for a body that a name may follow in apposition
BODIES = {"asociacion", "fundacion", "plataforma", "organizacion", "colectivo", "entidad",
           "movimiento", "partido", "formacion", "sindicato", "federacion", "confederacion",
           "instituto", "centro", "red", "think", "laboratorio", "agrupacion", "coalicion",
           "alianza", "club", "circulo", "foro", "grupo", "patronal", "gremio", "camara",
           "consejo", "comite", "union", "liga", "frente", "corriente", "iniciativa", "ong"}


def apposed_agent(parsed, noun, is_agent):
    """The mention of the name in apposition to `noun`, a common noun for a body, when that
    name is an agent (`is_agent(key)`); else None."""
    if noun.pos_ != "NOUN" or fold(noun.lemma_.lower()) not in BODIES or \
            parsed.mention(noun) is not None:
        return None
    for child in noun.children:
        if child.dep_ != "appos" or child.i <= noun.i or \
                not any(t.text == "," for t in noun.doc[noun.i + 1:child.i]):
            continue
        mention = parsed.mention(child)
        last = max(t.i for t in child.subtree if not t.is_punct)
        # the whole apposition is the name: "El Mundo al Revés" is not the paper "El Mundo"
        if mention is not None and mention.kind != METONYM and mention.end > last and \
                is_agent(mention.key):
            return mention
    return None
