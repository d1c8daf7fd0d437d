"""Detection of French time expressions with compiled regular expressions over the text.

Each ``Rule`` is one regex (built once at import from the tables of ``lexicon.py``) with a
``kind`` telling the normaliser how to read its named groups. ``find_candidates`` runs every
rule (through ``token_scan``, which tries a rule only where its matches can begin, with the
matches of ``finditer``), drops candidates inside names (``NOT_TIME_NAMES``) and keeps the
longest non-overlapping matches. Context checks that need the parse (ages, numbers modifying a noun,
metaphors) are done by the stage on the few candidates, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...lang.fr.numbers import APPROX_NUMBER_NOUNS, NUMBER_WORDS_TO_THOUSAND
from .lexicon import (
    DAY_PARTS, DEICTIC_DAYS, DURATION_MODS, DURATION_NOUNS, HOLIDAYS, MONTHS, NOT_TIME_NAMES, SEASONS,
    SET_WORDS, UNITS, VAGUE_QUANTITIES, VAGUE_REFS, WEEKDAYS,
)
from .token_scan import TokenScanner

FLAGS = re.IGNORECASE | re.UNICODE
AP = "['’]"  # apostrophes as written in news copy (straight and typographic)


def _alt(words) -> str:
    """Alternation of ``words``, longest first, apostrophes and spaces made flexible."""
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        p = re.escape(w).replace("'", AP).replace(r"\ ", r"\s+").replace("\\-", "[-‑]")
        parts.append(p)
    return "(?:" + "|".join(parts) + ")"


W = r"(?<![\w\-])"      # left word boundary that also refuses a hyphen ("Covid-19")
E = r"(?![\w])"         # right word boundary (works after a final dot)
MONTH = _alt(MONTHS)
WEEKDAY = _alt(WEEKDAYS) + r"s?"
NUMW = _alt(NUMBER_WORDS_TO_THOUSAND)
NUM = (rf"(?:\d+(?:[,.]\d+)?|{NUMW}(?:[-\s](?:et[-\s])?{NUMW})*)"
       rf"(?:\s+ou\s+(?:\d+|{NUMW}(?:[-\s]{NUMW})*))?")
UNIT = _alt(UNITS)
DAY = r"(?:1er|1ᵉʳ|premier|3[01]|[12]\d|0?[1-9])(?!\d)"
YEAR4 = r"(?:1[6-9]\d\d|20\d\d)(?![\d])"
YEAR = rf"(?:{YEAR4}|{AP}?\d\d(?![\d,.]\d)(?!\s*(?:%|h\b|ans?\b|euros?\b|€|km\b|kg\b|m\b)))"
REL = _alt(["dernier", "dernière", "prochain", "prochaine", "passé", "passée"])
PART = _alt(["début", "fin", "courant", "mi-", "à la mi-", "au début de", "à la fin de",
             "en début de", "en fin de", "dès le début de", "la fin de", "le début de", "milieu de",
             "au milieu de", "début de", "fin de", "vers la fin de"])
DAYPART = _alt(DAY_PARTS)
QUANT = rf"(?:{NUM}|{_alt(VAGUE_QUANTITIES)}|(?:une|la)\s+(?P<approx>{_alt(APPROX_NUMBER_NOUNS)})\s+d{AP}?e?)"
DMOD = _alt(DURATION_MODS)
SEASON = _alt(SEASONS)
SEASON_DET = _alt(["cet", "ce", "l'", "en", "au", "à l'", "le", "du", "de l'", "cette"])
DAYPART_PHRASE = _alt([
    "en soirée", "en matinée", "en fin de journée", "en fin de soirée", "en fin de matinée",
    "en début de soirée", "en début de matinée", "en début d'après-midi", "en fin d'après-midi",
    "en milieu de journée", "en milieu d'après-midi", "dans l'après-midi", "en début de journée",
    "au petit matin",
])
CLOCK = r"(?P<h>[01]?\d|2[0-4])\s*(?:h|H|heures?)\s*(?P<m>[0-5]\d)?"


@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    groups: dict = field(default_factory=dict)
    priority: int = 0

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Rule:
    kind: str
    regex: re.Pattern
    priority: int = 0  # breaks ties between equally long overlapping matches
    # lower-case substrings one of which the text must contain for the rule to run at all: a
    # C-speed `in` test that spares most texts most regex scans (the stage's main cost)
    triggers: tuple[str, ...] = ()


def _r(kind: str, pattern: str, priority: int = 0, triggers: tuple[str, ...] = ()) -> Rule:
    return Rule(kind, re.compile(pattern, FLAGS), priority, triggers)


MONTH_WORDS = tuple(sorted({m.rstrip(".") for m in MONTHS}))
WEEKDAY_WORDS = tuple(WEEKDAYS)
REL_WORDS = ("dernier", "derniè", "prochain", "passé", "précédent", "suivant", "venir")


RULES: tuple[Rule, ...] = (
    # "du 12 au 14 juin 2023", "entre le 3 et le 5 mai"
    _r("day_range", rf"{W}(?P<t>(?:du|entre\s+le|entre)\s+(?P<d1>{DAY})\s+(?:au|et\s+le|et)\s+"
                    rf"(?P<d2>{DAY})\s+(?P<month>{MONTH}){E}(?:\s+(?P<year>{YEAR4}))?)", 5, MONTH_WORDS),
    # "ce lundi 6 avril 2020", "le 1er mars", "12 avril 2023 dernier", "jeudi soir 14 mars"
    _r("date", rf"{W}(?P<t>(?:(?P<pre>ce|le|cette)\s+)?(?:(?P<wd>{WEEKDAY})\s+(?:(?P<dp>{DAYPART})\s+)?)?(?P<day>{DAY})(?:\s+|[-‑](?=[A-ZÉ]))"
               rf"(?P<month>{MONTH}){E}(?:\s+(?P<year>{YEAR}))?(?:\s+(?P<rel>{REL}){E})?)", 4, MONTH_WORDS),
    # "1/10/2022", "01.10.22"
    _r("numeric_date", rf"(?<![\d/.])(?P<t>(?P<day>[0-3]?\d)[/.](?P<mon>[01]?\d)[/.](?P<year>\d{{4}}|\d\d))(?![\d/])", 4),
    # "fin 2022", "début mai 2019", "mai 2019", "en juillet", "octobre dernier", "mi-avril"
    _r("month", rf"{W}(?P<t>(?:(?P<part>{PART})\s*)?(?P<mdet>(?:le\s+|au\s+|du\s+)?mois\s+(?:de\s+|d{AP}))?"
                rf"(?P<month>{MONTH}){E}(?:\s+(?P<year>{YEAR}))?(?:\s+(?P<rel>{REL}){E})?)", 3, MONTH_WORDS),
    # "1991-95", "(1914-18)": one span of years, since the second half cannot stand alone; with
    # both years written out ("1982-1990") each is a timex of its own, as French TimeBank has it
    _r("year_range", rf"{W}(?P<t>(?P<y1>{YEAR4})\s*[-–]\s*(?P<y2>\d\d)(?![\d\w-]))", 3),
    _r("year", rf"(?<=(?<![\w\-])(?:1[6-9]|20)\d\d[-–])(?P<t>(?P<year>{YEAR4}))(?![\w-])", 2),
    _r("year", rf"{W}(?P<t>(?:(?P<part>{PART})\s*)?(?:(?P<ydet>l{AP}année|l{AP}an)\s+)?(?P<year>{YEAR4})(?:\s+(?P<rel>{REL}))?)", 2),
    _r("decade", rf"{W}(?P<t>(?:(?P<part>{PART})\s*)?(?:(?:les|des|aux)\s+)?années\s+(?P<dec>\d{{4}}|\d0){E})", 3, ("années",)),
    _r("century", rf"{W}(?P<t>(?:(?P<part>{PART})\s*)?(?:(?:le|du|au)\s+)?(?P<roman>[XVI]{{1,5}})e\s+siècle){E}", 3, ("siècle",)),
    # seasons: "cet été", "l'automne dernier", "au printemps 2021"
    _r("season", rf"{W}(?P<t>(?:(?P<part>{PART})\s*)?(?P<det>{SEASON_DET})\s*(?P<season>{SEASON}){E}"
                 rf"(?:\s+(?P<year>{YEAR4}))?(?:\s+(?P<rel>{REL}){E})?)", 2, ("printemps", "été", "automne", "hiver")),
    _r("rentree", rf"{W}(?P<t>(?:la\s+|cette\s+)?rentrée\s+(?:(?P<year>{YEAR4})|(?P<rel>{REL}))){E}", 2, ("rentrée",)),
    # weekdays: "mercredi", "lundi dernier", "samedi soir", "ce vendredi"
    _r("weekday", rf"{W}(?P<t>(?:(?P<pre>ce|le|un)\s+)?(?P<wd>{WEEKDAY}){E}(?:\s+(?P<dp>{DAYPART}){E})?"
                  rf"(?:\s+(?P<rel>{REL}){E})?(?:\s+(?P<dp2>{DAYPART}){E})?)", 1, WEEKDAY_WORDS),
    # "la nuit de samedi à dimanche": the night that starts on the first day
    _r("night_of", rf"{W}(?P<t>la\s+nuit\s+(?:de|du)\s+(?P<wd>{_alt(WEEKDAYS)})\s+(?:à|au)\s+{_alt(WEEKDAYS)}){E}", 3, ("nuit",)),
    # "fin de l'année", "en début de semaine", "à la fin du mois", "en milieu de journée"
    _r("part_of_period", rf"{W}(?P<t>(?:(?:la|le)\s+)?"
                         rf"(?P<part>début|fin|milieu)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|de\s+|d['’])(?P<p>année|an|semaine|mois|journée|matinée|soirée|après-midi)(?:\s+(?P<rel>{REL}){E})?){E}", 2, ("début", "fin", "milieu")),
    # holidays: "à Noël", "la Toussaint", "le 14-Juillet" is a date above
    _r("holiday", rf"(?:(?<=\bà\s)|(?<=\bde\s)|(?<=\bla\s)|(?<=\ble\s)|(?<=\bdepuis\s)|(?<=\bpour\s)|(?<=\bavant\s)|"
                  rf"(?<=\baprès\s)|(?<=\bdu\s)|(?<=\bd['’])|(?<=\bau\s))(?P<t>(?P<h>{_alt(HOLIDAYS)})(?:\s+(?P<year>{YEAR4}))?)(?!\s+[A-ZÉ])(?![\w-])", 2, ("noël", "toussaint", "saint-", "nouvel an", "jour de l", "fête", "réveillon", "assomption")),
    # "aujourd'hui", "hier soir", "demain matin", "avant-hier", "aujourd'hui vendredi"
    _r("deictic", rf"{W}(?P<t>(?P<w>{_alt(DEICTIC_DAYS)})(?:\s+(?P<dp>{DAYPART}|{DAYPART_PHRASE}){E})?"
                  rf"(?:\s+(?P<wd>{WEEKDAY}){E})?)", 2, ("hier", "demain", "aujourd")),
    # "vers 15 h 30, hier"
    _r("deictic", rf"(?<![\w,.])(?P<t>(?:(?:vers|à)\s+)?{CLOCK},?\s+(?P<w>hier|aujourd{AP}hui|avant-hier|demain)){E}", 3, ("hier", "demain", "aujourd")),
    _r("this_daypart", rf"{W}(?P<t>(?:ce|cet|cette)\s+(?P<dp>matin|après-midi|apres-midi|soir|nuit|midi)){E}", 2, ("matin", "midi", "soir", "nuit")),
    _r("daypart_phrase", rf"{W}(?P<t>{DAYPART_PHRASE}){E}", 1, ("soirée", "matinée", "journée", "après-midi", "matin", "nuit")),
    # "dans la nuit", "au cours de la soirée": the preposition is left out of the span
    _r("daypart_phrase", rf"{W}(?:dans|pendant|durant|au\s+cours\s+de|tard\s+dans)\s+(?P<t>la\s+(?:nuit|soirée|matinée|journée)){E}(?!\s+d[eu']\s)", 1, ("soirée", "matinée", "journée", "après-midi", "matin", "nuit")),
    # "cette semaine", "la semaine dernière", "le mois prochain", "l'an dernier", "ce mois-ci"
    _r("this_period", rf"{W}(?P<t>(?:ce|cet|cette)\s+(?P<p>semaine|mois|année|an|week-end|weekend|trimestre|semestre|siècle|décennie)(?:-ci)?){E}", 2),
    _r("rel_period", rf"{W}(?P<t>(?:l{AP}|la\s+|le\s+)(?P<p>semaine|mois|année|an|week-end|weekend|trimestre|semestre|siècle|décennie)\s+"
                     rf"(?P<rel>{REL}|précédent|précédente|suivant|suivante|à\s+venir)){E}", 2, REL_WORDS),
    _r("rel_period_pre", rf"{W}(?P<t>(?:les?|la|ces)\s+(?P<rel>derniers?|dernières?|prochains?|prochaines?)\s+(?:(?P<q>{NUM})\s+)?"
                         rf"(?P<p>semaines?|mois|années?|ans|jours|heures|décennies|siècles|minutes)){E}", 2, ("dernier", "derniè", "prochain")),
    # anaphoric: "la veille", "le lendemain", "le même jour", "ce jour-là", "le même mois"
    _r("anaphoric", rf"{W}(?P<t>(?P<w>la\s+veille|l{AP}avant[-‑]veille|le\s+lendemain|le\s+surlendemain|"
                    rf"(?:le|ce)\s+même\s+jour|ce\s+jour[-‑]là|le\s+jour\s+même|la\s+même\s+journée|"
                    rf"le\s+(?P<dpm>matin|soir)\s+même|(?:à\s+)?ce\s+moment[-‑\s]là))(?:\s+(?P<dp>{DAYPART}){E}|{E})", 2, ("veille", "lendemain", "même", "là")),
    _r("same_period", rf"{W}(?P<t>(?:le|ce|la|cette)\s+même\s+(?P<p>mois|année|semaine|an)|(?:ce|cette)\s+(?P<p2>mois|année|semaine)[-‑]là){E}", 2, ("même", "là")),
    # "il y a deux ans", "dans quinze jours", "d'ici deux ans", "trois jours plus tard"
    _r("ago", rf"{W}(?P<t>il\s+y\s+a\s+(?:(?P<mod>{DMOD})\s+)?(?P<q>{QUANT})\s*(?P<u>{UNIT})){E}", 3, ("il y a",)),
    _r("in", rf"{W}(?P<t>(?:dans|d{AP}ici)\s+(?:(?P<mod>{DMOD})\s+)?(?P<q>{NUM}|une\s+(?P<approx>{_alt(APPROX_NUMBER_NOUNS)})\s+d{AP}?e?)\s*(?P<u>{UNIT})){E}", 3, ("dans", "ici")),
    _r("later", rf"{W}(?P<t>(?P<q>{NUM})\s+(?P<u>{UNIT})\s+(?P<dir>plus\s+tard|plus\s+tôt|auparavant)){E}", 3, ("plus tard", "plus tôt", "auparavant")),
    # clock times: "21 h 45", "14h", "18:30", "à midi"
    _r("clock", rf"(?<![\w,.])(?P<t>(?:(?P<mod>vers|aux\s+alentours\s+de|autour\s+de|environ)\s+)?(?P<h>[01]?\d|2[0-4])\s*(?:h|H|heures?)\s*(?P<m>[0-5]\d)?(?:\s*(?:min|minutes))?){E}", 2),
    _r("clock_colon", rf"(?<![\w,.:])(?P<t>(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d))(?![\d:])", 2, (":",)),
    _r("noon", rf"(?:(?<=à\s)|(?<=vers\s)|(?<=après\s)|(?<=avant\s)|(?<=dès\s)|(?<=de\s)|(?<=ce\s)|(?<=jusqu'à\s)|(?<=jusqu’à\s))(?P<t>midi|minuit){E}", 2, ("midi", "minuit")),
    # durations: "environ dix minutes", "deux ans", "quelques jours", "une quinzaine de jours"
    _r("duration", rf"{W}(?P<t>(?:(?P<mod>{DMOD})\s+)?(?P<q>{QUANT})\s*(?P<u>{UNIT})(?P<half>\s+et\s+demie?)?){E}", 1),
    _r("duration_noun", rf"{W}(?P<t>(?:(?:un|une)\s+)?(?:(?P<mod>{DMOD})\s+)?(?P<n>{_alt(DURATION_NOUNS)})){E}", 1, ("septennat", "quinquennat", "demi-", "quart d")),
    _r("duration", rf"{W}(?:depuis|pendant|durant|pour|après)\s+(?P<t>(?P<q>des)\s+(?P<u>années|mois|semaines|jours|heures|décennies|siècles|minutes)){E}", 1),
    _r("longtemps", rf"{W}(?P<t>longtemps){E}", 1, ("longtemps",)),
    # sets: "chaque année", "tous les lundis", "quotidiennement", "tous les deux ans"
    _r("set_every", rf"{W}(?P<t>(?:tous|toutes)\s+les\s+(?:(?P<q>{NUM})\s+)?(?P<u>{UNIT}|{WEEKDAY})|chaque\s+(?P<wd>{_alt(WEEKDAYS)})){E}", 3, ("tous les", "toutes les", "chaque")),
    _r("set_word", rf"{W}(?P<t>{_alt(SET_WORDS)}){E}", 1),
    # vague references
    _r("vague", rf"{W}(?P<t>{_alt(VAGUE_REFS)}){E}", 1),
)

NOT_TIME = re.compile("|".join(NOT_TIME_NAMES), FLAGS)
# "la semaine de 35 heures", "les 35 heures": a working-time regime, not a duration of an event
NOT_TIME_CONTEXT = re.compile(rf"(?:semaine\s+de|les|aux|des)\s+35\s+heures|\d+\s*h\s*/\s*24|24\s*h\s*/\s*24|7\s*j\s*/\s*7", FLAGS)
# Every rule and NOT_TIME (last), each tried only where its matches can begin (``token_scan``):
# some 130 regex calls per article instead of some forty scans of all of it, same matches.
SCANNER = TokenScanner([rule.regex for rule in RULES] + [NOT_TIME])
TRIGGERS = frozenset(t for rule in RULES for t in rule.triggers)  # each looked for once per text


# Longest span written as "1991-95" (wars, mandates, seasons); a larger gap is rather a year
# followed by another number ("2020-10") than one period.
MAX_YEAR_RANGE = 30


def year_range_end(y1: str, y2: str) -> int | None:
    """Last year of "1991-95" (1995), "1998-02" (2002); None when it is no range ("2020-10")."""
    start = int(y1)
    end = int(y2) if len(y2) == 4 else start // 100 * 100 + int(y2)
    if len(y2) == 2 and end < start:
        end += 100  # the century turns
    return end if start < end <= start + MAX_YEAR_RANGE else None


def find_candidates(text: str) -> list[Candidate]:
    """Longest non-overlapping candidate time expressions in ``text``, in text order."""
    low = text.lower()
    present = {t for t in TRIGGERS if t in low}
    wanted = [not rule.triggers or not present.isdisjoint(rule.triggers) for rule in RULES]
    starts = SCANNER.start_positions(text)
    blocked = [(m.start(), m.end()) for m in SCANNER.finditer(len(RULES), text, starts)]
    if "/" in text or "35" in text:  # every alternative of NOT_TIME_CONTEXT holds one of them
        blocked += [(m.start(), m.end()) for m in NOT_TIME_CONTEXT.finditer(text)]
    found: list[Candidate] = []
    for index, rule in enumerate(RULES):
        if not wanted[index]:
            continue
        for m in SCANNER.finditer(index, text, starts):
            start, end = m.span("t")
            if end <= start:
                continue
            if any(s < end and start < e for s, e in blocked):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            if rule.kind == "year_range" and year_range_end(groups["y1"], groups["y2"]) is None:
                continue  # "2020-10" is no span of years: the year alone stays a candidate
            found.append(Candidate(start, end, rule.kind, groups, rule.priority))
    found.sort(key=lambda c: (-c.length, -c.priority, c.start))
    kept: list[Candidate] = []
    for cand in found:
        if all(cand.end <= k.start or k.end <= cand.start for k in kept):
            kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept
