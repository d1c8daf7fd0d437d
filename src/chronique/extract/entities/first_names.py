"""Common given names in French news, with grammatical gender (M, F or X for both).

Used to recognise "Prénom Nom" patterns the model cuts ("Marine" + "Le Pen"), to type a bare
first name, and to tell two people sharing a family name apart by the honorific (M./Mme).
Keys are folded (lowercase, no accents): see ``tables.fold``.
"""

from __future__ import annotations

from .tables import fold

_MALE = """
adam adrien alain alban albert alexandre alexis alfred ali alphonse amaury ambroise andré
anthony antoine antonin apollinaire aristide armand arnaud arthur augustin aurélien axel
baptiste barack bart basile bastien benjamin benoît benoit bernard bertrand bill boris
boualem brice bruno carlos cédric charles christian christophe claude clément constantin
corentin cyril cyrille damien daniel david denis didier dimitri dominique donald edgar
edmond édouard edouard elie élie emile émile emmanuel enzo éric eric erwan étienne etienne
eugène fabien fabrice félix fernand florent florian francis franck françois frank frédéric
gabriel gaël gaspard gaston georges gérald gérard germain gilbert gilles grégoire grégory
guillaume gustave guy hamid harry hector henri henry hervé hubert hugo hugues igor jack
jacques james jean jean-baptiste jean-charles jean-christophe jean-claude jean-françois
jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-noël jean-paul
jean-pierre jean-yves jeremy jérémy jérôme jimmy joe joël john johnny jordan josé joseph
jules julien justin karim kevin kévin lionel loïc louis luc lucas ludovic luis manuel marc
marcel marius martin mathias mathieu matthieu maurice max maxime michaël michael michel
mickaël mike mohamed mohammed nabil nathan nicolas noël norbert olaf olivier omar oscar
pascal patrice patrick paul philippe pierre pierre-yves quentin rachid raphaël raymond
régis rémi rémy renaud rené richard robert rodolphe roger roland romain ronan sacha
salvador samuel sébastien serge simon stanislas stéphane steve sylvain thibault thibaut
thierry thomas tim timothée tony tristan ulysse valentin valéry victor vincent vladimir
william xavier yann yannick yves yvon zinedine ousmane mamadou moussa abdel abdelkader
ahmed recep xi kim joe boris viktor mario matteo giuseppe angelo jens josep pedro sergueï
serguei dmitri alexeï alexei volodymyr jair narendra benyamin benjamin ehud ismaël ismael
kylian antoine-marie aymeric cyprien florestan gonzague hadrien lilian maël mael marwan
morgan nordine roberto romuald sofiane tanguy wilfried yannis younès younes
bachar hafez saddam mouammar hosni hassan hassane hussein ayman oussama abdallah abdullah
salmane yasser ibrahim moustafa mustafa hamad tamim khalifa mahmoud ismaïl ismail
"""

_FEMALE = """
adèle adeline agathe agnès alexandra alice aline amandine amélie anaïs andrea andrée angela
angélique anna anne anne-marie anne-sophie annick annie arlette audrey aurélie aurore
barbara béatrice bérénice bernadette brigitte camille carla carole caroline catherine
cécile céline chantal charlotte chloé christelle christiane christine claire clara
claudine clémence clémentine colette coralie corinne danièle danielle delphine denise
diane dominique édith elisabeth élisabeth élise elodie élodie eloïse emilie émilie emma
emmanuelle estelle eva éva évelyne fabienne fanny florence françoise frédérique gaëlle
geneviève géraldine ghislaine gisèle hélène henriette hillary hortense ingrid irène
isabelle jacqueline jeanne jennifer jessica joëlle josiane judith julia julie juliette
justine karine kamala laetitia laëtitia laura laure laurence léa léonie lise louise lucie
lucienne lydie madeleine maëlle magali manon marguerite maria marianne marie marie-claire
marie-france marie-hélène marie-noëlle marie-pierre marielle marina marine marion marlène
marthe martine mathilde maud mélanie michèle micheline mireille monique muriel myriam
nadia nadine nathalie nicole noémie océane odile olga olivia pascale patricia paulette
pauline pénélope rachida rachel raphaëlle rebecca roselyne rose sabine sabrina sandra
sandrine sarah ségolène séverine sibeth simone sofia solène sonia sophie stéphanie
suzanne sylvie thérèse ursula valérie vanessa véronique virginie viviane yaël yasmina
yvette yvonne zoé agnès-marie amélie-marie anne-claire annabelle apolline axelle bérengère
capucine constance édwige elisa élisa ella eléonore éléonore hanna inès jade jenny
kristalina laurène léna léonore lou lucile margaux marie-laure marie-christine nora
rima roxana salomé sarah-jane tatiana theresa valentine victoire
"""

_BOTH = """
camille dominique claude andrea sacha alix charlie maxime
"""


def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for gender, block in (("M", _MALE), ("F", _FEMALE)):
        for name in block.split():
            key = fold(name)
            out[key] = "X" if out.get(key, gender) != gender else gender
    for name in _BOTH.split():
        out[fold(name)] = "X"
    return out


FIRST_NAMES: dict[str, str] = _table()


def first_name_gender(word: str) -> str | None:
    """``M``, ``F``, ``X`` (both) for a known given name, None otherwise."""
    return FIRST_NAMES.get(fold(word))
