"""French stop words for story terms and search: folded forms (``fold``), with the calendar's words."""

from __future__ import annotations

from .calendar import MONTH_NAMES, WEEKDAY_NAMES
from .fold import fold

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
annee annees jour jours mois semaine semaines
selon aussi ainsi dit dire declare explique ajoute estime indique affirme souligne
""".split()) | {fold(w) for w in (*WEEKDAY_NAMES, *MONTH_NAMES)}
