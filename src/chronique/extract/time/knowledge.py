"""World knowledge that dates an article: office holders named with their title.

"le ministre de l'Intérieur Christophe Castaner" can only have been written while Castaner
held that office (``offices.tsv``: person, role, term). A title qualified as past or future
("l'ancien Premier ministre", "alors ministre", "futur chancelier") says nothing about the
publication and is skipped. Names and titles are matched without regard to accents or case,
since news copy often drops them ("Edouard Philippe").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

# Titles of each role (regular expressions over accent-folded, case-insensitive text). The
# bare "président" only counts right before a name of the role ("le président Emmanuel Macron").
ROLES: dict[str, tuple[str, ...]] = {
    "fr_president": (r"president(?:e)? de la republique", r"chef de l'etat", r"president(?: francais)?"),
    "fr_pm": (r"premier(?:e)? ministre", r"chef(?:fe)? du gouvernement",
              r"locataire de matignon"),
    "fr_interior": (r"ministre de l'interieur", r"locataire de (?:la place )?beauvau"),
    "fr_economy": (r"ministre de l'economie(?: et des finances)?", r"ministre des finances",
                   r"locataire de bercy"),
    "fr_foreign": (r"ministre (?:francais |de l'europe et )?des affaires etrangeres",
                   r"chef de la diplomatie(?: francaise)?"),
    "fr_justice": (r"ministre de la justice", r"garde des sceaux"),
    "fr_health": (r"ministre (?:des solidarites et )?de la sante",),
    "fr_spokesperson": (r"porte-parole du gouvernement",),
    "fr_labour": (r"ministre du travail",),
    "fr_education": (r"ministre de l'education(?: nationale)?",),
    "fr_defence": (r"ministre des armees", r"ministre de la defense"),
    "fr_ecology": (r"ministre de la transition ecologique(?: et solidaire)?", r"ministre de l'ecologie"),
    "fr_culture": (r"ministre de la culture",),
    "fr_agriculture": (r"ministre de l'agriculture",),
    "fr_budget": (r"ministre (?:de l'action et )?des comptes publics", r"ministre (?:delegue )?(?:charge )?du budget"),
    "fr_assembly": (r"president(?:e)? de l'assemblee(?: nationale)?",),
    "fr_senate": (r"president du senat",),
    "paris_mayor": (r"maire de paris",),
    "us_president": (r"president (?:des etats-unis|americain)", r"locataire de la maison blanche"),
    "de_chancellor": (r"chanceliere?(?: allemande?)?",),
    "uk_pm": (r"premier(?:e)? ministre britannique", r"locataire de downing street"),
    "ru_president": (r"president (?:russe|de la russie)", r"maitre du kremlin"),
    "it_pm": (r"president du conseil(?: italien)?", r"premier(?:e)? ministre italien(?:ne)?",
              r"chef(?:fe)? du gouvernement italien"),
    "es_pm": (r"(?:premier ministre|chef du gouvernement|president du gouvernement) espagnol",),
    "un_sg": (r"secretaire general de l'(?:onu|organisation des nations unies)",),
    "eu_commission": (r"president(?:e)? de la commission europeenne",),
    "ecb_president": (r"president(?:e)? de la (?:banque centrale europeenne|bce)",),
    "imf_director": (r"(?:directeur|directrice) general(?:e)? du (?:fmi|fonds monetaire international)",
                     r"patron(?:ne)? du fmi"),
    "ua_president": (r"president ukrainien", r"president de l'ukraine"),
    "br_president": (r"president bresilien", r"president du bresil"),
    "tr_president": (r"president turc", r"president de la turquie"),
    "il_pm": (r"premier ministre israelien", r"chef du gouvernement israelien"),
    "cn_president": (r"president chinois", r"president de la chine"),
}
# Words that make a title past or future ("l'ancien ministre", "alors Premier ministre").
NOT_CURRENT = r"(?:ancien(?:ne)?s?|ex|futur(?:e)?|alors|ephemere|feu|defunt(?:e)?|candidat(?:e)?)"
NOT_CURRENT_BEFORE = re.compile(r"\b" + NOT_CURRENT + r"[\s-]*$")
# Between a title and the name: an optional adjective of nationality and/or a comma.
TITLE_GAP = r"(?:\s+(?:francais|francaise|americain|allemande?|britannique|russe|italien(?:ne)?|espagnol))?\s*,?\s+"
# After a name: ", [l'actuel|le|la] title".
AFTER_NAME_ARTICLE = r"\s*,\s*(?:(?:l'actuel(?:le)?|le|la|l')\s*)?"
# Days allowed after the end of a term (copy written the day of a hand-over, late corrections).
GRACE_DAYS = 3

_FOLD = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜŸ’",
                      "aaaaaaceeeeiiiinooooouuuuyoaAAAAAACEEEEIIIINOOOOOUUUUY'")


def fold(text: str) -> str:
    """Accents off, curly apostrophes straight, same length (offsets keep their meaning)."""
    return text.translate(_FOLD)


@dataclass(frozen=True)
class Term:
    person: str
    role: str
    start: date
    end: date | None


@dataclass(frozen=True)
class OfficeClue:
    """The publication falls within ``start``–``end`` because ``text`` names a holder by title."""
    text: str
    start: date
    end: date | None


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    raw = resources.files(__package__).joinpath("offices.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in raw.splitlines() if line and not line.startswith("#")),
                          delimiter="\t")
    return tuple(Term(r["person"], r["role"], date.fromisoformat(r["start"]),
                      date.fromisoformat(r["end"]) if r.get("end") else None) for r in rows)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, tuple[re.Pattern, re.Pattern], tuple[Term, ...]], ...]:
    """Per (person, role): the folded surname, and the name with its title before or after it."""
    by_key: dict[tuple[str, str], list[Term]] = {}
    for t in terms():
        by_key.setdefault((t.person, t.role), []).append(t)
    out = []
    for (person, role), ts in by_key.items():
        name = re.escape(fold(person).lower()).replace(r"\ ", r"\s+")
        title = "(?:" + "|".join(ROLES[role]) + ")"
        before = re.compile(r"(?<!\w)(?P<title>" + title + r")" + TITLE_GAP + r"(?:m\.\s+|mme\s+)?" + name + r"(?!\w)")
        after = re.compile(r"(?<!\w)" + name + AFTER_NAME_ARTICLE + r"(?P<title>" + title + r")(?!\w)")
        out.append((fold(person.split()[-1]).lower(), (before, after), tuple(ts)))
    return tuple(out)


def office_clues(text: str) -> list[OfficeClue]:
    """Every office holder named with a current title, as the span of their term(s) in that role
    (several terms give one span from the first start to the last end: a wider, safe bound)."""
    folded = fold(text).lower()
    found: list[OfficeClue] = []
    for surname, patterns, ts in _patterns():
        if surname not in folded:
            continue  # cheap pre-filter: the surname is nowhere
        for m in (m for pat in patterns for m in pat.finditer(folded)):
            if not NOT_CURRENT_BEFORE.search(folded[max(0, m.start("title") - 20):m.start("title")]):
                end = None if any(t.end is None for t in ts) else max(t.end for t in ts)
                found.append(OfficeClue(text[m.start():m.end()], min(t.start for t in ts), end))
                break
    return found
