""""El titular de la entidad", "la titular de la patronal", "el titular de la Federación
Agraria": "titular" heads the organization its "de" names, as "presidente" does. Alone or
before a portfolio ("la titular de Economía") it is a minister's post, and elsewhere a
headline or a starter, so it is a role word only before an organization's noun."""

from __future__ import annotations

from graph.ingest.reading import fold

_TITULAR = {"titular", "titulares"}
# Nouns of an organization that "titular de" heads ("la titular de la asociación")
_BODIES = {"entidad", "institucion", "organismo", "organizacion", "asociacion", "fundacion",
           "federacion", "confederacion", "patronal", "sindicato", "gremio", "gremial",
           "corporacion", "colectivo", "plataforma", "cooperativa", "camara", "union",
           "central", "sociedad", "agrupacion", "liga", "red", "consejo"}
_LINKS = {"de", "del"}
_ARTICLES = {"la", "el", "las", "los"}


def titular_head(token) -> bool:
    """Whether `token` is "titular" before "de" and an organization's noun, written in lower
    case ("de la entidad") or opening its name ("de la Unión Industrial de Tucumán"), or its
    acronym ("del PRO")."""
    if fold(token.lower_) not in _TITULAR:
        return False
    doc = token.doc
    i = token.i + 1
    if i >= len(doc) or doc[i].lower_ not in _LINKS:
        return False
    i += 1
    if i < len(doc) and doc[i - 1].lower_ == "de" and doc[i].lower_ in _ARTICLES:
        i += 1
    # (or an organization's acronym: "el titular del PRO santafesino")
    return i < len(doc) and (fold(doc[i].lower_) in _BODIES or
                             len(doc[i].text) >= 2 and doc[i].text.isupper())
