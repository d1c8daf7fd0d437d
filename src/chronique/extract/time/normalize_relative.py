"""TIMEX3 values of relative and deictic expressions: "aujourd'hui", "la semaine dernière",
"il y a trois ans", "deux jours plus tard", and anaphora on the last resolved timex ("la veille",
"le même mois")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import (
    DAY_RE, MONTH_RE, WEEK_RE, YEAR_RE,
    day_str, daypart_code, daypart_mod, duration_value, lookup, parse_day, parse_number,
    part_mod, period_value, rel_direction, shift, squeeze, with_daypart,
)
from .lexicon import COMPARISON_CUES, DEICTIC_DAYS, DURATION_MODS, VAGUE_REFS
from .normalize_anchor import PUBLISHED, Prev, STATE, Value, _anchor_of, _day_of
from .normalize_durations import _quantity
from .patterns import Candidate

COMPARISON_BEFORE = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in COMPARISON_CUES)
    + r")\s*$", re.IGNORECASE)
WRITTEN_YEAR = re.compile(r"(?<![\d\w])(?:1[89]\d\d|20\d\d)(?![\d\w])")


def normalize_vague(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    return "DATE", lookup(VAGUE_REFS, g["t"]) or "PRESENT_REF", None, None


def normalize_part_of_period(c: Candidate, text: str, ref: date | None, tense: str | None,
                             prev: Prev | None) -> Value | None:
    g = c.groups
    p, mod = squeeze(g["p"]), part_mod(g["part"])
    if p in ("journée", "matinée", "soirée", "après-midi"):
        day = _day_of(prev, ref)
        code = "DT" if p == "journée" else daypart_code(p)
        return "TIME", f"{day}T{code}", mod, _anchor_of(prev, ref)
    if ref is None:
        return "DATE", "PRESENT_REF", mod, None
    step = {"last": -1, "next": 1}.get(rel_direction(g.get("rel")) or "", 0)
    return "DATE", period_value(ref, p, step), mod, PUBLISHED


def normalize_deictic(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    off = lookup(DEICTIC_DAYS, g["w"])
    if off is None:
        return None
    if tense == STATE and off == 0 and not g.get("dp") and not g.get("wd") and not g.get("h"):
        return "DATE", "PRESENT_REF", None, None  # "reposent aujourd'hui à Belgrade": nowadays
    if ref is None:
        return "DATE", ("PRESENT_REF" if off == 0 else "XXXX-XX-XX"), None, None
    day = day_str(ref + timedelta(days=off))
    if g.get("h"):
        mod = "APPROX" if squeeze(g["t"]).startswith("vers") else None
        return "TIME", f"{day}T{int(g['h']):02d}:{int(g.get('m') or 0):02d}", mod, PUBLISHED
    typ, value = with_daypart(day, g.get("dp"))
    return typ, value, daypart_mod(g.get("dp")), PUBLISHED


def normalize_this_period(c: Candidate, text: str, ref: date | None, tense: str | None,
                          prev: Prev | None) -> Value | None:
    g = c.groups
    if ref is None:
        return "DATE", "PRESENT_REF", None, None
    p = squeeze(g["p"])
    if p.startswith("week") and ref.isoweekday() < 6 and tense in ("past", "future"):
        # "ce week-end" on a weekday: the one just past, or the coming one
        return "DATE", period_value(ref, p, -1 if tense == "past" else 0), None, PUBLISHED
    return "DATE", period_value(ref, p, 0), None, PUBLISHED


def normalize_rel_period(c: Candidate, text: str, ref: date | None, tense: str | None,
                         prev: Prev | None) -> Value | None:
    g = c.groups
    anchor_pub = PUBLISHED if ref else None
    step = -1 if rel_direction(g["rel"]) == "last" else 1
    relative_to_prev = squeeze(g["rel"]).startswith(("précédent", "suivant"))
    base, anchor = ref, anchor_pub
    if relative_to_prev and prev is not None and parse_day(_pad(prev.value)):
        base, anchor = parse_day(_pad(prev.value)), prev.id
    elif step < 0 and ref is not None and squeeze(g["p"]) in ("année", "an") \
            and COMPARISON_BEFORE.search(text, max(0, c.start - 30), c.start):
        focus = _year_in_focus(text, c.start, prev)
        if focus is not None and focus < ref.year:
            # "hausse de 50 % par rapport à l'année passée" in a report on an earlier year:
            # compared with the year before the one under discussion
            return "DATE", f"{focus - 1:04d}", None, prev.id if prev else None
    if base is None:
        return "DATE", ("PAST_REF" if step < 0 else "FUTURE_REF"), None, None
    return "DATE", period_value(base, g["p"], step), None, anchor


def normalize_rel_period_pre(c: Candidate, text: str, ref: date | None, tense: str | None,
                             prev: Prev | None) -> Value | None:
    g = c.groups
    past = squeeze(g["rel"]).startswith("derni")
    n = parse_number(g["q"]) if g.get("q") else None
    if past:
        return "DURATION", duration_value(n, g["p"]), None, None
    return "DATE", "FUTURE_REF", None, None


def normalize_anaphoric(c: Candidate, text: str, ref: date | None, tense: str | None,
                        prev: Prev | None) -> Value | None:
    g = c.groups
    anchor_pub = PUBLISHED if ref else None
    off = lookup({"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2},
                  g["w"]) or 0
    if "moment" in squeeze(g["w"]):  # "à ce moment-là": exactly the previous time
        if prev is None:
            return None
        return ("TIME" if "T" in prev.value else "DATE"), prev.value, None, prev.id
    base = parse_day(prev.value) if prev else None
    anchor = prev.id if base else None
    if base is None:
        base, anchor = ref, anchor_pub
    if base is None:
        return "DATE", "XXXX-XX-XX", None, None
    typ, value = with_daypart(day_str(base + timedelta(days=off)), g.get("dp") or g.get("dpm"))
    return typ, value, None, anchor


def normalize_same_period(c: Candidate, text: str, ref: date | None, tense: str | None,
                          prev: Prev | None) -> Value | None:
    g = c.groups
    p = squeeze(g.get("p") or g.get("p2") or "")
    if prev is None:
        return None
    v = prev.value
    if p == "mois" and MONTH_RE.match(v):
        return "DATE", v[:7], None, prev.id
    if p in ("année", "an") and YEAR_RE.match(v):
        return "DATE", v[:4], None, prev.id
    if p == "semaine" and parse_day(v):
        iso = parse_day(v).isocalendar()
        return "DATE", f"{iso[0]:04d}-W{iso[1]:02d}", None, prev.id
    return None


def normalize_ago_in(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    k = c.kind
    n = _quantity(g)
    mod = lookup(DURATION_MODS, g["mod"]) if g.get("mod") else None
    if g.get("approx"):
        mod = "APPROX"
    if n is None or ref is None:
        return "DATE", ("PAST_REF" if k == "ago" else "FUTURE_REF"), None, None
    return "DATE", shift(ref, -n if k == "ago" else n, g["u"]), mod, PUBLISHED


def normalize_later(c: Candidate, text: str, ref: date | None, tense: str | None, prev: Prev | None) -> Value | None:
    g = c.groups
    anchor_pub = PUBLISHED if ref else None
    n = parse_number(g["q"])
    sign = 1 if "tard" in squeeze(g["dir"]) else -1
    base, anchor = (parse_day(_pad(prev.value)), prev.id) if prev else (ref, anchor_pub)
    if n is None or base is None:
        return "DATE", ("FUTURE_REF" if sign > 0 else "PAST_REF"), None, None
    return "DATE", shift(base, sign * n, g["u"]), None, anchor


def _year_in_focus(text: str, pos: int, prev: Prev | None) -> int | None:
    """The year the text is reporting on at ``pos``: the last year written out before it, when
    the last resolved time expression lies in that year too (so no other period came between)."""
    last = None
    for last in WRITTEN_YEAR.finditer(text, 0, pos):
        pass
    if last is None or prev is None or not YEAR_RE.match(prev.value):
        return None
    year = int(last.group())
    return year if int(prev.value[:4]) == year else None


def _pad(value: str) -> str:
    """'2020' -> '2020-01-01', '2020-03' -> '2020-03-01', '2020-W02' -> '2020-01-06' (its Monday): a base
    day for relative shifts ("la semaine précédente" after "la semaine passée")."""
    if DAY_RE.match(value):
        return value
    if (week := WEEK_RE.match(value)) and 1 <= int(week[2]) <= date(int(week[1]), 12, 28).isocalendar()[1]:
        return date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
    if MONTH_RE.match(value):
        return value[:7] + "-01"
    if YEAR_RE.match(value):
        return value[:4] + "-01-01"
    return value
