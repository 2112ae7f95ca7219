"""Given names whose ending does not tell their bearer's gender: Spanish names in -a are
women's and in -o men's, but "Evelyn", "Isabel", "Inés", "Carmen" or "Marine" are women's
and "José", "Javier", "Luis", "Viktor" or "Jair" men's. Without them "la exministra", said
after "Evelyn Matthei y Johannes Kaiser", fits both; with them only the woman. Names borne by
both sexes across the languages quoted ("Andrea", "Jean", "Simone", "Nicola", "Kari",
"Ariel", "Sasha") are in neither list."""

from __future__ import annotations

from graph.ingest.reading import fold

_WOMEN = """
isabel carmen pilar ines beatriz mercedes belen raquel esther ester miriam myriam ruth
soledad paz luz nieves dolores lourdes milagros consuelo amparo rocio
evelyn jeannette janet jeanette michelle ingrid lilian karin karen
marisol maribel mabel raquel yasmin jazmin abigail noemi noemi rut sol begoña begona
montserrat inmaculada encarnacion concepcion asuncion trinidad purificacion
carmen flor pilar estel ines leonor ines
marine marion christiane valerie segolene sophie nathalie brigitte elisabeth anne marie
beatrix alice ursula katalin judit annalena frauke gudrun sahra mette ebba asa
margaret elizabeth mary susan karen nancy sarah emily rachel ruth sharon helen janet
jennifer hillary kamala nikki kristi marjorie candace megyn kristin kayleigh
ivanka melania ann carol catherine deborah dorothy grace hannah joan judith julie kathleen
madeleine nicole stephanie theresa liz lilly
gleisi damares tereza conceicao graca fatima ines lurdes
xochitl delcy dilma carmen elly
yeni aisha
""".split()

_MEN = """
jose javier juan luis manuel jesus miguel angel david daniel rafael
andres ramon enrique vicente alvaro adrian raul ivan ruben oscar gabriel felipe
joaquin emilio tomas agustin martin marcos nicolas sebastian matias cristobal cristian
christian esteban hernan german guillermo horacio jaime
fabian facundo hector ismael jeronimo julian leon lisandro omar
salvador samuel saul valentin victor xavier benjamin elias ezequiel nahuel gaston alex
axel kevin borja inigo inaki jon aitor unai xabier pere jordi josep oriol xavi
marc albert arnau pau quim carles xose jair luiz luis rui nuno andre anibal goncalo
jair renan jorge duarte dante abel noel joel isaac guillaume antoine etienne
stephane lionel hugues giuseppe giovanni daniele gabriele davide cesare luigi gianni
emmanuel jean-marie jean-luc eric nicolas francois jacques edouard gerald laurent michel
philippe pierre louis raphael thierry yves olivier florian jordan
donald joe joseph barack mike michael ron ted steve stephen steven elon tucker ben
matt matthew mark john james robert william richard charles thomas christopher george
paul peter andrew edward henry jack tony boris rishi keir nigel winston jeremy gordon
ronald bill jim tim vivek pete kash mitch chuck newt rudy sean jared glenn roger ross
scott todd wayne walter anthony arthur alfred greg gregory jason jeff jeffrey josh
justin brian brett bob randy rand
hermann herman gunnar lars anders nils henrik jens erik jimmie mattias kristian soren
morten rasmus jonas filip wouter pieter hendrik jan joost rob frederik johannes reinhard
rudolf fritz gunther horst uwe matthias joachim olaf friedrich bjorn alexander
maximilian markus wolfgang helmut gerhard hans karl klaus jurgen manfred sebastian
herbert norbert heinz dieter sven jorg heinz-christian harald kurt karl-heinz ulrich
viktor peter balazs gergely zoltan laszlo gabor tamas ferenc istvan lorinc
andrzej jaroslaw mateusz lech krzysztof slawomir karol piotr tomasz rafal janusz
grzegorz marek pawel zbigniew witold geert dick frans ulf
vladimir dmitri dmitry serguei sergei alexei volodimir volodymyr aleksandar aleksandr
aleksander milorad janez andrej igor milos ivan recep naftali yair itamar bezalel
narendra shinzo fumio
nayib diosdado evo lenin ollanta alan edmundo leopoldo cesar
efrain eliseo fidel gregorio isaac lautaro marcial maximo milton moises
nelson nestor pascual percy porfirio simon ulises wilson
yamil zacarias clemente felix florian baltasar ibrahim mohamed
ahmed ali hassan karim emanuel damian tobias gian nasry abel
""".split()

_GENDERS = {**{fold(w): "Fem" for w in _WOMEN},
            **{fold(w): "Masc" for w in _MEN}}


def given_name_gender(given: str) -> str | None:
    """"Fem" or "Masc" for a folded given name whose ending says nothing, if listed."""
    return _GENDERS.get(given)
