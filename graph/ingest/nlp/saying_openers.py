"""Verbs of saying and reporting that open a sentence with their subject dropped ("Precisa, eso
sí, que nunca se ha reunido con X", "Insiste en que…", "Admite que…"): an interview's or a live
blog's way of going on with the person it follows. Capitalized and alone before a comma or
"que", the small model takes such a verb for a name; the sentence is parsed again with it in
small letters and read as the verb heading the sentence (the small model reads some of them,
"precisa", as adjectives even then), and the dropped subject is left to the readers of the
text's protagonist."""

from __future__ import annotations

from graph.ingest.nlp.doc_splices import reparsed_with
from graph.ingest.reading import fold

# Each verb that reports what someone said, admitted or stressed, with its third persons
# (singular and plural), present and preterite.
_VERBS = """
precisar: precisa precisan precisó precisaron
contar: cuenta cuentan contó contaron
insistir: insiste insisten insistió insistieron
añadir: añade añaden añadió añadieron
agregar: agrega agregan agregó agregaron
recordar: recuerda recuerdan recordó recordaron
explicar: explica explican explicó explicaron
admitir: admite admiten admitió admitieron
reconocer: reconoce reconocen reconoció reconocieron
asegurar: asegura aseguran aseguró aseguraron
afirmar: afirma afirman afirmó afirmaron
sostener: sostiene sostienen sostuvo sostuvieron
subrayar: subraya subrayan subrayó subrayaron
señalar: señala señalan señaló señalaron
apuntar: apunta apuntan apuntó apuntaron
matizar: matiza matizan matizó matizaron
aclarar: aclara aclaran aclaró aclararon
advertir: advierte advierten advirtió advirtieron
confesar: confiesa confiesan confesó confesaron
lamentar: lamenta lamentan lamentó lamentaron
negar: niega niegan negó negaron
reiterar: reitera reiteran reiteró reiteraron
relatar: relata relatan relató relataron
destacar: destaca destacan destacó destacaron
remarcar: remarca remarcan remarcó remarcaron
detallar: detalla detallan detalló detallaron
puntualizar: puntualiza puntualizan puntualizó puntualizaron
enfatizar: enfatiza enfatizan enfatizó enfatizaron
comentar: comenta comentan comentó comentaron
revelar: revela revelan reveló revelaron
confirmar: confirma confirman confirmó confirmaron
decir: dice dicen dijo dijeron
declarar: declara declaran declaró declararon
conceder: concede conceden concedió concedieron
insinuar: insinúa insinúan insinuó insinuaron
avisar: avisa avisan avisó avisaron
opinar: opina opinan opinó opinaron
creer: cree creen creyó creyeron
considerar: considera consideran consideró consideraron
rememorar: rememora rememoran rememoró rememoraron
narrar: narra narran narró narraron
justificar: justifica justifican justificó justificaron
argumentar: argumenta argumentan argumentó argumentaron
presumir: presume presumen presumió presumieron
descartar: descarta descartan descartó descartaron
garantizar: garantiza garantizan garantizó garantizaron
"""
LEMMAS = {fold(form): verb for line in _VERBS.strip().splitlines()
          for verb, forms in [line.split(":")] for form in forms.split()}
# What follows a verb of saying with its subject dropped: an aside, its clause, a colon.
_AFTER = frozenset({",", "que", ":", "en", "además", "también", "luego"})


def saying_opener(token) -> bool:
    """Whether a sentence's capitalized first word is a verb of saying whose subject the text
    drops ("Precisa, eso sí, que…", "Insiste en que…"): never a name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return fold(token.text.lower()) in LEMMAS and following is not None and \
        following.text.lower() in _AFTER


def reparsed_saying(nlp, sentence, word: str):
    """`sentence` (a span opening on a verb of saying) parsed again with `word`, its verb in
    small letters, when the new parse makes the word the sentence's head; the word is then a
    verb whatever part of speech the model gave it."""
    lemma = LEMMAS[fold(word.lower())]
    fixed = reparsed_with(nlp, sentence, 0, word, lambda t: t.dep_ == "ROOT", lemma)
    if fixed is not None and fixed[0].pos_ != "VERB":
        fixed[0].pos_, fixed[0].tag_ = "VERB", "VERB"
    return fixed
