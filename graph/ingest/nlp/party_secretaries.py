"""Whose general secretary leads the party. In socialist, social-democratic, labour and
communist parties (the PSOE and its federations, Portugal's and Chile's Partido Socialista,
Italy's Partido Democrático, the communist parties) the secretary general, or in Italy the
"secretario" alone, is the party's leader; in most others ("el secretario general de Vox")
it is an officer under a president, a member."""

from __future__ import annotations

from graph.ingest.knowledge import PARTY
from graph.ingest.reading import fold

# Words of the names of parties led by their secretary general
_LED_BY_SECRETARY = {"socialista", "socialistas", "obrero", "laborista", "socialdemocrata",
                     "socialdemocratico", "comunista"}
# Their acronyms: the PSOE and its federations (PSPV, PSdeG, PSIB), the PCE
_ACRONYM_PREFIXES = ("psoe", "pspv", "psdeg", "psib", "pce")
_ACRONYMS = {"ps", "pd", "pcch", "pcp", "pcf"}
_SECRETARIES = {"secretario", "secretaria", "exsecretario", "exsecretaria"}


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

