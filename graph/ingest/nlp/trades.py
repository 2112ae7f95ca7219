"""Trades, crafts and callings a journalist names a person by, beyond titles: "el armador
X", "la ganadera de Tineo Y"."""

from __future__ import annotations

from graph.ingest.nlp.words import PROFESSIONS

# Trades, crafts and callings a journalist names a person by (masculine and feminine), beyond
# the professions the text may name a person by alone
TRADES = PROFESSIONS | {
    "armador", "armadora", "naviero", "naviera", "ganadero", "ganadera", "agricultor",
    "agricultora", "comerciante", "industrial", "arquitecto", "arquitecta", "docente",
    "maestro", "maestra", "enfermero", "enfermera", "sacerdote", "empresario", "empresaria",
    "contador", "contadora", "notario", "notaria", "farmaceutico", "farmaceutica",
    "veterinario", "veterinaria", "productor", "productora", "transportista", "camionero",
    "camionera", "pescador", "pescadora", "constructor", "constructora", "inversor",
    "inversora", "financista", "emprendedor", "emprendedora", "exdeportista", "deportista",
    "historiador", "historiadora", "filosofo", "filosofa", "sociologo", "sociologa",
    "comunicadora", "publicista", "ensayista", "novelista", "poeta", "poetisa", "youtuber",
    "streamer", "exmilitar", "excomisario", "comisario", "comisaria", "policia", "coronel",
    "general", "capitan", "teniente", "exjuez", "exjueza", "exfiscal", "fiscal",
}
