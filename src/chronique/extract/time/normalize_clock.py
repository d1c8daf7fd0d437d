"""TIMEX3 values of times of day: clock times ("à 14 h 30", told from a duration by the words
around them), noon and midnight, parts of the day ("ce soir", "en soirée", "la nuit de lundi")."""

from __future__ import annotations

import re
from datetime import date

from .dates import day_str, daypart_code, daypart_mod, squeeze, weekday_date, weekday_num
from .normalize_anchor import PUBLISHED, Prev, Value, _anchor_of, _day_of
from .patterns import Candidate

DURATION_BEFORE = re.compile(r"(?:\ben|pendant|durant|dans|plus\s+de|moins\s+de|près\s+de|les|des|ces|"
                             r"toutes\s+les|\bd['’]|sous|pour|de\s+plus\s+de|environ|au\s+moins|quelque)\s*$")
# Modifiers inside a clock time's span that make it a time of day ("vers 18 heures"), unlike "environ".
CLOCK_MODS = ("vers", "aux alentours", "autour")
# What follows the hours of a duration ("dix heures de négociations"), not of a time ("du matin", "de
# la place", "d'ici vendredi") nor a programme ("le 20 Heures de France 2").
DURATION_OF = re.compile(r"\s*(?:de\s+(?!l['’]|la\s|manière|façon)|d['’](?!après|ici))(?=[a-zà-ÿ])")
# ... and the words before that make any hour a time of day ("à 14 heures de la place", "entre 20 et 24 heures").
CLOCK_WORD_BEFORE = re.compile(r"(?:\bà|\bvers|dès|jusqu['’]à|avant|entre|\bet|partir\s+de)\s*$")
CLOCK_BEFORE = re.compile(r"(?:\bà|\bvers|dès|jusqu['’]à|avant|après|depuis|\bde|entre|et|ce\s+\w+|"
                          r"aux\s+alentours\s+de|autour\s+de|\bdu|\bau|partir\s+de|le\s+\w+)\s*$")


def normalize_night_of(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    wd = weekday_num(g["wd"])
    if ref is None:
        return "TIME", f"XXXX-WXX-{wd}TNI", None, None
    return "TIME", f"{day_str(weekday_date(ref, wd, tense, None))}TNI", None, PUBLISHED


def normalize_this_daypart(c: Candidate, text: str, ref: date | None, tense: str | None,
                           prev: Prev | None) -> Value | None:
    g = c.groups
    if ref is None:
        return "TIME", f"XXXX-XX-XXT{daypart_code(g['dp'])}", None, None
    return "TIME", f"{day_str(ref)}T{daypart_code(g['dp'])}", None, PUBLISHED


def normalize_daypart_phrase(c: Candidate, text: str, ref: date | None, tense: str | None,
                             prev: Prev | None) -> Value | None:
    g = c.groups
    day = _day_of(prev, ref)
    code = daypart_code(g["t"]) or "DT"
    return "TIME", f"{day}T{code}", daypart_mod(g["t"]), _anchor_of(prev, ref)


def normalize_clock(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    k = c.kind
    h, m = int(g["h"]), int(g.get("m") or 0)
    before = text[max(0, c.start - 25):c.start].lower()
    after = text[c.end:c.end + 12]
    spelled = "heure" in squeeze(g["t"])
    if k == "clock" and not g.get("m") and not squeeze(g.get("mod") or "").startswith(CLOCK_MODS) \
            and _is_duration_context(before, after, h, spelled):
        return "DURATION", f"PT{h}H", None, None
    if h > 24 or (h == 24 and m):
        return None
    mod = "APPROX" if g.get("mod") else None
    day = _day_of(prev, ref)
    return "TIME", f"{day}T{h:02d}:{m:02d}", mod, _anchor_of(prev, ref)


def normalize_noon(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    day = _day_of(prev, ref)
    code = "12:00" if squeeze(g["t"]) == "midi" else "24:00"
    return "TIME", f"{day}T{code}", None, _anchor_of(prev, ref)


def _is_duration_context(before: str, after: str, h: int, spelled: bool) -> bool:
    """``before`` lowercased, ``after`` as written."""
    if CLOCK_WORD_BEFORE.search(before):
        return False
    if h == 24 or DURATION_OF.match(after):
        return True  # "depuis 24h", "après dix heures de négociations"
    if CLOCK_BEFORE.search(before):
        return False
    after = after.lower()
    if DURATION_BEFORE.search(before) or h >= 24 or re.match(r"\s*(?:de\s|d['’]|plus\s+tard|après|sur\s+24)", after):
        return True
    return spelled
