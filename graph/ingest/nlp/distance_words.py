"""Words that put an act at a distance: a call, a video link, something written or broadcast.
Each reader asks its own question of them, so each takes the subsets it needs: a call is a
contact and no meeting ("habló por teléfono con X"), while by video one still takes part in an
event ("intervino por videoconferencia") and a letter or a message is no meeting either
("le envió una carta"). Words are folded (no accents, lower case)."""

from __future__ import annotations

# The phone itself, the word a clause carries: "por teléfono", "telefónicamente", "al móvil"
PHONE = frozenset({"telefono", "telefonicamente"})
HANDSETS = frozenset({"movil", "celular"})
# A call named as such: "en una llamada", "una conversación telefónica"
CALL = frozenset({"llamada", "telefonico", "telefonica"})
# A call with a picture: a call for a talk between two, a video link for an event
VIDEO_CALL = frozenset({"videollamada", "videoconferencia"})
VIDEO = frozenset({"video", "videoconferencia", "videollamada", "telematica", "virtual",
                   "virtualmente", "remota", "pantalla"})
WRITTEN = frozenset({"carta", "mensaje", "correo", "redes"})
# Broadcast and other links at a distance: "en una entrevista en la radio", "por WhatsApp"
BROADCAST = frozenset({"radio", "television", "programa", "emisora", "entrevista", "whatsapp",
                       "virtual", "virtualmente", "remoto", "remota"})
