"""Data tables for cross-article linking: titles, name particles, stop words for story terms.

Each entry is a folded form (lower case, no accents, see ``names.fold``).
"""

from __future__ import annotations

# Titles that precede a name and say nothing about gender.
TITLE_WORDS = frozenset("""
le la les l du de des president presidente ministre premier premiere chancelier chanceliere
general generale colonel commandant capitaine docteur dr pr professeur maitre me mgr saint sainte
senateur senatrice depute deputee maire secretaire porte parole juge procureur procureure roi reine
prince princesse pape cardinal eveque abbe pere soeur sir lord lady dame
""".split())

MASCULINE_TITLES = frozenset("m monsieur mr messieurs mm".split())
FEMININE_TITLES = frozenset("mme madame mrs ms mlle mademoiselle mmes".split())

# Words that belong to the surname when they precede its last word.
NAME_PARTICLES = frozenset("de du des d la le van von der den di da dos das del della ben bin ibn al el abu mac".split())

# French function words left out of story terms (folded forms).
STOP_WORDS = frozenset("""
a afin ai aie aient ainsi ait alors apres as au aucun aucune aupres auquel aussi autre autres aux auxquels avaient avait
avant avec avez aviez avions avoir avons ayant bien c ca car ce ceci cela celle celles celui cependant certains ces cet
cette ceux chaque chez ci comme comment contre d dans de depuis des deja deux devant doit donc dont du durant elle elles
en encore entre est et etaient etait etant ete etre eu eux fait faire fois font hors ici il ils j je jusqu jusque l la
laquelle le lequel les lesquels leur leurs lors lui m ma mais meme memes mes moi moins mon n ne ni non nos notre nous on
ont or ou par parce parmi pas pendant peu peut plus plusieurs pour pourquoi pourrait qu quand que quel quelle quelles
quels qui quoi s sa sans se selon ses si sien son sont sous sur t ta tandis tant te tel telle tes toi ton tous tout
toute toutes tres trop tu un une unes uns vers via voici voila vos votre vous y
annee annees jour jours mois semaine semaines lundi mardi mercredi jeudi vendredi samedi dimanche
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
selon aussi ainsi dit dire declare explique ajoute estime indique affirme souligne
""".split())
