"""The acronyms of well-known parties and groups and the full names they stand for, in Spanish
and in the party's own language (or in English, for the networks that go by an English name):
a text that writes only "el PP" or only "el Partido Popular" names one party, whichever way a
reader writes it back, and a name the graph holds in another language ("Political Network for
Values") is the graph's entity. Only acronyms that stand for one party across the countries the
news covers (or for parties of the same name in several: "PL" is a "Partido Liberal" in Brazil
as in Colombia); "RN" (Chile's or France's) is left out."""

from __future__ import annotations

from graph.ingest.nlp import gazetteer as gz

# acronym | full names
_TABLE = """
PP|Partido Popular
PSOE|Partido Socialista Obrero Español
PSPV|Partido Socialista del País Valenciano;PSPV-PSOE;Partit Socialista del País Valencià
PSC|Partido de los Socialistas de Cataluña;Partit dels Socialistes de Catalunya
PSdeG|Partido Socialista de Galicia;Partido dos Socialistas de Galicia
PNV|Partido Nacionalista Vasco
ERC|Esquerra Republicana de Catalunya;Esquerra Republicana
PPE|Partido Popular Europeo
PRO|Propuesta Republicana
UCR|Unión Cívica Radical
LLA|La Libertad Avanza
PJ|Partido Justicialista
PAN|Partido Acción Nacional
PRI|Partido Revolucionario Institucional
PRD|Partido de la Revolución Democrática
MORENA|Morena;Movimiento Regeneración Nacional;Movimiento de Regeneración Nacional
PT|Partido de los Trabajadores;Partido dos Trabalhadores
PL|Partido Liberal
PSDB|Partido de la Social Democracia Brasileña;Partido da Social Democracia Brasileira
MDB|Movimiento Democrático Brasileño;Movimento Democrático Brasileiro
PN|Partido Nacional
FA|Frente Amplio
ANR|Asociación Nacional Republicana
PLRA|Partido Liberal Radical Auténtico
UDI|Unión Demócrata Independiente
PNL|Partido Nacional Libertario
PS|Partido Socialista
PC|Partido Comunista
DC|Democracia Cristiana
PLN|Partido Liberación Nacional
PPSO|Pueblo Soberano;Partido Pueblo Soberano
FMLN|Frente Farabundo Martí para la Liberación Nacional
ARENA|Alianza Republicana Nacionalista
CD|Centro Democrático
PSD|Partido Social Demócrata
ODS|Partido Democrático Cívico
SPD|Partido Socialdemócrata de Alemania;Libertad y Democracia Directa
CDU|Unión Demócrata Cristiana
AfD|Alternativa para Alemania;Alternative für Deutschland
FPÖ|Partido de la Libertad de Austria;Freiheitliche Partei Österreichs
ÖVP|Partido Popular Austríaco;Partido Popular de Austria
PiS|Ley y Justicia;Prawo i Sprawiedliwość
PVV|Partido por la Libertad
ECR|Conservadores y Reformistas Europeos;Conservadores y Reformistas
ID|Identidad y Democracia
M5S|Movimiento 5 Estrellas
FdI|Hermanos de Italia;Fratelli d'Italia
PNfV|Political Network for Values;Red Política por los Valores;Red Política de Valores
ENS|Europa de las Naciones Soberanas;Europe of Sovereign Nations
EPP|Partido Popular Europeo;European People's Party
PfE|Patriotas por Europa;Patriots for Europe
ACU|American Conservative Union;Unión Conservadora Estadounidense;Unión Conservadora Americana
MCC|Mathias Corvinus Collegium
"""


def _expansions() -> dict[str, list[str]]:
    """Every name of the table, folded, to the other names of its party."""
    table: dict[str, list[str]] = {}
    for line in _TABLE.strip().splitlines():
        acronym, _, full = line.partition("|")
        names = [acronym, *full.split(";")]
        for name in names:
            table.setdefault(gz.fold_key(name), []).extend(n for n in names if n != name)
    return table


_EXPANSIONS = _expansions()


def other_names(name: str) -> list[str]:
    """"PP" -> ["Partido Popular"], "Partido Popular" -> ["PP"]: the party's other names;
    none for a name the table does not hold."""
    return list(_EXPANSIONS.get(gz.fold_key(name), ()))
