"""Whose general secretary leads the party. In socialist, social-democratic, labour and
communist parties (the PSOE and its federations, Portugal's and Chile's Partido Socialista,
Italy's Partido Democrático, the communist parties) the secretary general, or in Italy the
"secretario" alone, is the party's leader; in most others ("el secretario general de Vox")
it is an officer under a president, a member."""

from __future__ import annotations

from graph.ingest.knowledge import COALITION, NETWORK, ORGANIZATION, PARTY
from graph.ingest.nlp.institutions import is_institution
from graph.ingest.nlp.referred_bodies import KIND_NOUNS
from graph.ingest.reading import fold

# Words of the names of parties led by their secretary general
_LED_BY_SECRETARY = {"socialista", "socialistas", "obrero", "laborista", "socialdemocrata",
                     "socialdemocratico", "comunista"}
# Their acronyms: the PSOE and its federations (PSPV, PSdeG, PSIB), the PCE
_ACRONYM_PREFIXES = ("psoe", "pspv", "psdeg", "psib", "pce")
_ACRONYMS = {"ps", "pd", "pcch", "pcp", "pcf"}
_SECRETARIES = {"secretario", "secretaria", "exsecretario", "exsecretaria"}
_LINKS = {"de", "del", "el", "la"}


def led_by_its_secretary(kb, title, target_key: str) -> bool:
    """Whether the title ("la secretaria general del PSPV", "el exsecretario general del
    Partido Socialista") names the leader of the party it is of; not a secretary of a
    portfolio ("secretario de Organización del PSOE") nor a deputy ("vicesecretario")."""
    if fold(title.word) not in _SECRETARIES or title.complement or \
            not kb.is_a(target_key, PARTY):
        return False
    names = [kb.label(target_key)]
    info = kb.entities.get(target_key)
    if info is not None:
        names += info.names
    for name in names:
        words = fold(name.lower()).replace("-", " ").split()
        if set(words) & _LED_BY_SECRETARY or words[:2] == ["partido", "democratico"]:
            return True
        # (its acronym opens the name of a federation: "PSOE de Murcia", "PSOE-M")
        if words and (words[0] in _ACRONYMS or words[0].startswith(_ACRONYM_PREFIXES)) and \
                (len(words) == 1 or name.split()[0].replace("-", "").isupper()):
            return True
    return False



def secretary_heads_body(parsed, title, target_key: str) -> bool:
    """Whether "el secretario general del sindicato X", "su secretario general, Y" names the
    head of a body that is no party: a trade union, a federation or an international body is
    led by its secretary general, unless the text names another as its leader ("El presidente
    de la patronal, X, no asistió y envió a su secretario general": an officer under him)."""
    kb = parsed.kb
    # (the kind noun that governs the body's name is no portfolio: "del sindicato policial X")
    kinds = [w for w in fold(title.complement.lower()).split() if w not in _LINKS]
    if fold(title.word) not in _SECRETARIES or any(w not in KIND_NOUNS for w in kinds) or \
            title.former or \
            "general" not in title.modifiers or not kb.is_a(target_key, ORGANIZATION) or \
            any(kb.is_a(target_key, c) for c in (PARTY, COALITION, NETWORK)) or \
            is_institution(kb, target_key):
        return False
    return parsed.leaders.get(target_key) is None
