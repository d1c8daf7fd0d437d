"""Given names common in French news, with their gender.

One table for every stage: the entity stage recognises "Prénom Nom" and types a bare first name
with it, the cast tells two people of one family name apart by it ("M. Martin" is not
"Sophie Martin"), and pronouns agree with it. Keys are folded (``fold``): "Édouard" = "Edouard".
A name given to both men and women ("Camille", "Dominique") is known but has no gender.
"""

from __future__ import annotations

from .fold import fold
from .gender import BOTH, FEM, MASC

_MASCULINE = """
abdallah abdel abdelkader abdullah adam adrien ahmed alain alban albert alexandre alexei alexis
alfred ali alphonse amaury ambroise andré angelo anthony antoine antoine-marie antonin apollinaire
aristide armand arnaud arthur augustin aurélien axel ayman aymeric bachar baptiste barack bart
basile bastien benjamin benoit benyamin bernard bertrand bill boris boualem brice bruno carlos
charles christian christophe clément constantin corentin cyprien cyril cyrille cédric damien daniel
david denis didier dimitri dmitri donald edgar edmond edouard ehud elie emile emmanuel enzo eric
ernest erwan etienne eugène fabien fabrice ferdinand fernand florent florestan florian francis
franck frank françois frédéric félix gabriel gaspard gaston gaël georges germain gilbert gilles
giuseppe gonzague grégoire grégory guillaume gustave guy gérald gérard hadrien hafez hamad hamid
harry hassan hassane hector henri henry hervé hosni hubert hugo hugues hussein ibrahim igor ismael
ismail ivan jack jacky jacques jair james jean jean-baptiste jean-charles jean-christophe jean-
claude jean-françois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-noël
jean-paul jean-pierre jean-yves jens jeremy jimmy joe john johnny jordan josep joseph josé joël
jules julien justin jérôme karim kevin khalifa kim kylian laurent lilian lionel louis loïc luc lucas
ludovic luis léo léon léonard mael mahmoud mamadou manuel marc marcel marcelo mario marius martin
marwan mathias mathieu matteo matthieu maurice max mehdi michael michel mickaël mike mohamed
mohammed morgan mouammar moussa moustafa mustafa nabil narendra nathan nicolas norbert nordine noé
noël octave olaf olivier omar oscar ousmane oussama pablo pascal patrice patrick paul pedro philippe
pierre pierre-yves quentin rachid raoul raphaël raymond recep renaud rené richard robert roberto
robin rodolphe roger roland romain romuald ronan régis rémi rémy saddam salmane salvador sami samuel
serge serguei silvio simon sofiane stanislas steve stéphane sylvain sébastien tamim tanguy teddy
thibault thibaut thierry thomas théo tim timothée tony tristan ugo ulysse valentin valéry victor
viktor vincent vladimir volodymyr wilfried william xavier xi yanis yann yannick yannis yasser yohan
younes youssef yves yvon zinedine
"""

_FEMININE = """
adeline adèle agathe agnès agnès-marie albane alexandra alexia alice aline amandine ambre amélie
amélie-marie anaïs andrée angela angélique anna annabelle anne anne-claire anne-marie anne-sophie
annick annie apolline ariane arlette aude audrey aurore aurélia aurélie axelle barbara bernadette
blandine brigitte béatrice bénédicte bérangère bérengère bérénice capucine carla carole caroline
catherine chantal charlotte chloé christelle christiane christine claire clara clarisse claudine
clotilde clémence clémentine colette constance coralie corinne cécile célia céline danielle danièle
delphine denise diane edith elisa elisabeth ella elodie eloïse elsa eléonore emilie emma emmanuelle
estelle eva fabienne fanny fatima fleur flora florence françoise frédérique gabrielle gaëlle
geneviève ghislaine ginette gisèle géraldine hanna henriette hillary hortense hélène ingrid inès
irina irène isabelle jacqueline jade jeanne jennifer jenny jessica jocelyne josiane joëlle judith
julia julie juliette justine kamala karine kathleen kristalina laetitia laura laure laurence laurène
lise lou louise lucie lucienne lucile lydie léa léna léonie léonore madeleine magali manon margaret
margaux marguerite maria marianne marie marie-christine marie-claire marie-france marie-hélène
marie-laure marie-noëlle marie-pierre marielle marina marine marion marlène marthe martine mathilde
maud maëlle micheline michelle michèle mireille monique muriel myriam mélanie nadia nadine najat
nancy nathalie nicole nora noémie noëlle océane odile olga olivia pascale patricia paulette pauline
priscilla pénélope rachel rachida raphaëlle rebecca rima rose roselyne roxana régine sabine sabrina
salomé sandra sandrine sarah sarah-jane sibeth simone sofia solène sonia sophie stella stéphanie
susan suzanne sylvie ségolène séverine tatiana theresa thérèse ursula valentine valérie vanessa
victoire victoria virginie viviane véronique yasmina yaël yvette yvonne zoé ève édwige éliane élise
évelyne
"""

_BOTH = """
alix andrea camille charlie claude dominique maxime sacha
"""


def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for gender, block in ((MASC, _MASCULINE), (FEM, _FEMININE), (BOTH, _BOTH)):
        for name in block.split():
            key = fold(name)
            out[key] = BOTH if out.get(key, gender) != gender else gender
    return out


FIRST_NAMES: dict[str, str] = _table()


def is_first_name(word: str) -> bool:
    """Is ``word`` a known given name (of either gender)?"""
    return fold(word) in FIRST_NAMES


def first_name_gender(word: str) -> str | None:
    """``MASC`` or ``FEM`` for a known given name of one gender; None when unknown or both."""
    gender = FIRST_NAMES.get(fold(word))
    return None if gender == BOTH else gender


def name_gender(name: str) -> str | None:
    """The gender a full name's first word implies; a hyphenated first name is decided by its
    whole form or else its first part ("Marie-Hélène", "Jean-Baptiste")."""
    words = name.split()
    if not words:
        return None
    first = words[0]
    for candidate in (first, first.split("-")[0]):
        if fold(candidate) in FIRST_NAMES:
            return first_name_gender(candidate)
    return None
