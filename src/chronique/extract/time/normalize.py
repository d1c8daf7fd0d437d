"""TIMEX3 values for detected candidates, resolved against a reference date and the clause tense.

``normalize(cand, text, ref, tense, prev)`` returns ``(type, value, mod, anchor)`` or ``None``
when the candidate turns out not to be a time expression. ``ref`` is the publication date
(``None``: relative values stay underspecified, e.g. ``XXXX-10-01``); ``prev`` is the last
resolved timex that anaphora lean on ("la veille", "le même mois", "en soirée").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .dates import (  # noqa: F401  (duration_value, parse_number, ... re-exported for callers)
    DAY_RE, MONTH_RE, WEEKDAY_YEAR_SPAN, YEAR_RE, day_str, daypart_code, daypart_mod, duration_value,
    fold, lookup, month_num, parse_day, parse_number, part_mod, period_value, rel_direction,
    resolve_month_day, season_year, shift, weekday_date, weekday_num, with_daypart, year_of,
)
from .lexicon import (
    COMPARISON_CUES, DEICTIC_DAYS, DURATION_MODS, DURATION_NOUNS, HOLIDAYS, PERIOD_QUALIFIERS, SEASONS, SET_WORDS,
    VAGUE_REFS,
)
from .patterns import APPROX_NOUNS, Candidate, year_range_end

PUBLISHED = "published"
# The tense the stage passes for a present-tense stative verb ("reposent", "compte"): see tense.py.
STATE = "state"
COMPARISON_BEFORE = re.compile(
    r"(?:^|\W)(?:" + "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in COMPARISON_CUES)
    + r")\s*$", re.IGNORECASE)
WRITTEN_YEAR = re.compile(r"(?<![\d\w])(?:1[89]\d\d|20\d\d)(?![\d\w])")
# an opening quotation mark ("« record »", '"record"'), not a closing one ('"Je me donne un an",')
QUALIFIER_AFTER = re.compile(r"\s*(?:(?P<q>«|[\"“](?=[^\W\d_]))|(?P<w>[^\W\d_]+)\b)")


@dataclass(frozen=True)
class Prev:
    """The last resolved timex that later anaphora can lean on."""
    id: str
    value: str


def normalize(c: Candidate, text: str, ref: date | None, tense: str | None,
              prev: Prev | None) -> tuple[str, str, str | None, str | None] | None:
    g = c.groups
    k = c.kind
    anchor_pub = PUBLISHED if ref else None

    if k == "vague":
        return "DATE", lookup(VAGUE_REFS, g["t"]) or "PRESENT_REF", None, None

    if k in ("date", "numeric_date"):
        day = 1 if fold(g["day"]) in ("1er", "1ᵉʳ", "premier") else int(g["day"])
        month = int(g["mon"]) if k == "numeric_date" else month_num(g["month"])
        if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        year = year_of(g.get("year"))
        if year is not None:
            try:
                date(year, month, day)
            except ValueError:
                return None
            return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, None
        if ref is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None, None
        rel = rel_direction(g.get("rel"))
        wd = weekday_num(g["wd"]) if g.get("wd") else None
        if wd:  # the weekday fixes the year among the neighbours of ref
            for y in sorted(range(ref.year - WEEKDAY_YEAR_SPAN, ref.year + 2), key=lambda y: abs(y - ref.year)):
                try:
                    if date(y, month, day).isoweekday() == wd:
                        return "DATE", f"{y:04d}-{month:02d}-{day:02d}", None, PUBLISHED
                except ValueError:
                    pass
        y = resolve_month_day(ref, month, day, tense, rel)
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}", None, PUBLISHED

    if k == "day_range":
        month = month_num(g["month"])
        d1 = 1 if fold(g["d1"]) in ("1er", "premier") else int(g["d1"])
        d2 = 1 if fold(g["d2"]) in ("1er", "premier") else int(g["d2"])
        year = year_of(g.get("year"))
        anchor = None
        if year is None:
            if ref is None:
                return "DATE", f"XXXX-{month:02d}-{d1:02d}/XXXX-{month:02d}-{d2:02d}", None, None
            year, anchor = resolve_month_day(ref, month, d2, tense, None), PUBLISHED
        return "DATE", f"{year:04d}-{month:02d}-{d1:02d}/{year:04d}-{month:02d}-{d2:02d}", None, anchor

    if k == "month":
        month = month_num(g["month"])
        if not month:
            return None
        mod = part_mod(g.get("part"))
        year = year_of(g.get("year"))
        if year is not None:
            return "DATE", f"{year:04d}-{month:02d}", mod, None
        if ref is None:
            return "DATE", f"XXXX-{month:02d}", mod, None
        y = resolve_month_day(ref, month, None, tense, rel_direction(g.get("rel")))
        return "DATE", f"{y:04d}-{month:02d}", mod, PUBLISHED

    if k == "year":
        mod = part_mod(g.get("part"))
        return "DATE", g["year"], mod, None

    if k == "year_range":
        end = year_range_end(g["y1"], g["y2"])
        if end is None:
            return None
        return "DATE", f"{int(g['y1']):04d}/{end:04d}", None, None

    if k == "decade":
        d = g["dec"]
        value = d[:3] + "X" if len(d) == 4 else "19" + d[0] + "X"
        return "DATE", value, part_mod(g.get("part")), None

    if k == "century":
        n = _roman(g["roman"])
        if not n or n > 21:
            return None
        return "DATE", f"{n - 1:02d}XX", part_mod(g.get("part")), None

    if k == "season":
        code = SEASONS[fold(g["season"])]
        mod = part_mod(g.get("part"))
        year = year_of(g.get("year"))
        if year is not None:
            return "DATE", f"{year:04d}-{code}", mod, None
        if ref is None:
            return "DATE", f"XXXX-{code}", mod, None
        y = season_year(ref, code, tense, rel_direction(g.get("rel")), g.get("det", ""))
        return "DATE", f"{y:04d}-{code}", mod, PUBLISHED

    if k == "rentree":
        year = year_of(g.get("year"))
        if year is not None:
            return "DATE", f"{year:04d}-09", None, None
        if ref is None:
            return "DATE", "XXXX-09", None, None
        rel = rel_direction(g.get("rel"))
        y = resolve_month_day(ref, 9, None, tense, rel)
        return "DATE", f"{y:04d}-09", None, PUBLISHED

    if k == "weekday":
        wd = weekday_num(g["wd"])
        if not wd:
            return None
        dp = g.get("dp") or g.get("dp2")
        if ref is None:
            typ, value = with_daypart(f"XXXX-WXX-{wd}", dp)
            return typ, value, None, None
        rel = rel_direction(g.get("rel"))
        if fold(g.get("pre") or "") == "le" and tense == "present" and not rel and not dp:
            return "SET", f"XXXX-WXX-{wd}", None, None  # habitual: "le marché a lieu le mercredi"
        d = weekday_date(ref, wd, tense, rel)
        typ, value = with_daypart(day_str(d), dp)
        return typ, value, None, PUBLISHED

    if k == "night_of":
        wd = weekday_num(g["wd"])
        if ref is None:
            return "TIME", f"XXXX-WXX-{wd}TNI", None, None
        return "TIME", f"{day_str(weekday_date(ref, wd, tense, None))}TNI", None, PUBLISHED

    if k == "part_of_period":
        p, mod = fold(g["p"]), part_mod(g["part"])
        if p in ("journée", "matinée", "soirée", "après-midi"):
            day = _day_of(prev, ref)
            code = "DT" if p == "journée" else daypart_code(p)
            return "TIME", f"{day}T{code}", mod, _anchor_of(prev, ref)
        if ref is None:
            return "DATE", "PRESENT_REF", mod, None
        step = {"last": -1, "next": 1}.get(rel_direction(g.get("rel")) or "", 0)
        return "DATE", period_value(ref, p, step), mod, PUBLISHED

    if k == "holiday":
        month, day = HOLIDAYS[fold(g["h"])]
        year = year_of(g.get("year"))
        if year is not None:
            return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, None
        if ref is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None, None
        y = resolve_month_day(ref, month, day, tense, None)
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}", None, PUBLISHED

    if k == "deictic":
        off = lookup(DEICTIC_DAYS, g["w"])
        if off is None:
            return None
        if tense == STATE and off == 0 and not g.get("dp") and not g.get("wd") and not g.get("h"):
            return "DATE", "PRESENT_REF", None, None  # "reposent aujourd'hui à Belgrade": nowadays
        if ref is None:
            return "DATE", ("PRESENT_REF" if off == 0 else "XXXX-XX-XX"), None, None
        day = day_str(ref + timedelta(days=off))
        if g.get("h"):
            mod = "APPROX" if fold(g["t"]).startswith("vers") else None
            return "TIME", f"{day}T{int(g['h']):02d}:{int(g.get('m') or 0):02d}", mod, PUBLISHED
        typ, value = with_daypart(day, g.get("dp"))
        return typ, value, daypart_mod(g.get("dp")), PUBLISHED

    if k == "this_daypart":
        if ref is None:
            return "TIME", f"XXXX-XX-XXT{daypart_code(g['dp'])}", None, None
        return "TIME", f"{day_str(ref)}T{daypart_code(g['dp'])}", None, PUBLISHED

    if k == "daypart_phrase":
        day = _day_of(prev, ref)
        code = daypart_code(g["t"]) or "DT"
        return "TIME", f"{day}T{code}", daypart_mod(g["t"]), _anchor_of(prev, ref)

    if k == "this_period":
        if ref is None:
            return "DATE", "PRESENT_REF", None, None
        p = fold(g["p"])
        if p.startswith("week") and ref.isoweekday() < 6 and tense in ("past", "future"):
            # "ce week-end" on a weekday: the one just past, or the coming one
            return "DATE", period_value(ref, p, -1 if tense == "past" else 0), None, PUBLISHED
        return "DATE", period_value(ref, p, 0), None, PUBLISHED

    if k == "rel_period":
        step = -1 if rel_direction(g["rel"]) == "last" else 1
        relative_to_prev = fold(g["rel"]).startswith(("précédent", "suivant"))
        base, anchor = ref, anchor_pub
        if relative_to_prev and prev is not None and parse_day(_pad(prev.value)):
            base, anchor = parse_day(_pad(prev.value)), prev.id
        elif step < 0 and ref is not None and fold(g["p"]) in ("année", "an") \
                and COMPARISON_BEFORE.search(text, max(0, c.start - 30), c.start):
            focus = _year_in_focus(text, c.start, prev)
            if focus is not None and focus < ref.year:
                # "hausse de 50 % par rapport à l'année passée" in a report on an earlier year:
                # compared with the year before the one under discussion
                return "DATE", f"{focus - 1:04d}", None, prev.id if prev else None
        if base is None:
            return "DATE", ("PAST_REF" if step < 0 else "FUTURE_REF"), None, None
        return "DATE", period_value(base, g["p"], step), None, anchor

    if k == "rel_period_pre":
        past = fold(g["rel"]).startswith("derni")
        n = parse_number(g["q"]) if g.get("q") else None
        if past:
            return "DURATION", duration_value(n, g["p"]), None, None
        return "DATE", "FUTURE_REF", None, None

    if k == "anaphoric":
        off = lookup({"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2},
                      g["w"]) or 0
        if "moment" in fold(g["w"]):  # "à ce moment-là": exactly the previous time
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

    if k == "same_period":
        p = fold(g.get("p") or g.get("p2") or "")
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

    if k in ("ago", "in"):
        n = _quantity(g)
        mod = lookup(DURATION_MODS, g["mod"]) if g.get("mod") else None
        if g.get("approx"):
            mod = "APPROX"
        if n is None or ref is None:
            return "DATE", ("PAST_REF" if k == "ago" else "FUTURE_REF"), None, None
        return "DATE", shift(ref, -n if k == "ago" else n, g["u"]), mod, PUBLISHED

    if k == "later":
        n = parse_number(g["q"])
        sign = 1 if "tard" in fold(g["dir"]) else -1
        base, anchor = (parse_day(_pad(prev.value)), prev.id) if prev else (ref, anchor_pub)
        if n is None or base is None:
            return "DATE", ("FUTURE_REF" if sign > 0 else "PAST_REF"), None, None
        return "DATE", shift(base, sign * n, g["u"]), None, anchor

    if k in ("clock", "clock_colon"):
        h, m = int(g["h"]), int(g.get("m") or 0)
        before = text[max(0, c.start - 25):c.start].lower()
        after = text[c.end:c.end + 12].lower()
        spelled = "heure" in fold(g["t"])
        if k == "clock" and not g.get("m") and _is_duration_context(before, after, h, spelled):
            return "DURATION", f"PT{h}H", None, None
        if h > 24 or (h == 24 and m):
            return None
        mod = "APPROX" if g.get("mod") else None
        day = _day_of(prev, ref)
        return "TIME", f"{day}T{h:02d}:{m:02d}", mod, _anchor_of(prev, ref)

    if k == "noon":
        day = _day_of(prev, ref)
        code = "12:00" if fold(g["t"]) == "midi" else "24:00"
        return "TIME", f"{day}T{code}", None, _anchor_of(prev, ref)

    if k == "duration":
        if _characterises(c, text, g):
            return None
        n = _quantity(g)
        if g.get("half") and n is not None:
            n += 0.5
        mod = lookup(DURATION_MODS, g["mod"]) if g.get("mod") else None
        if g.get("approx"):
            mod = mod or "APPROX"
        return "DURATION", duration_value(n, g["u"]), mod, None

    if k == "duration_noun":
        mod = lookup(DURATION_MODS, g["mod"]) if g.get("mod") else None
        return "DURATION", lookup(DURATION_NOUNS, g["n"]), mod, None

    if k == "longtemps":
        return "DURATION", "PXY", None, None

    if k == "set_every":
        if g.get("wd"):
            return "SET", f"XXXX-WXX-{weekday_num(g['wd'])}", None, None
        wd = weekday_num(g["u"])
        if wd:
            return "SET", f"XXXX-WXX-{wd}", None, None
        n = parse_number(g["q"]) if g.get("q") else 1.0
        return "SET", duration_value(n or 1.0, g["u"]), None, None

    if k == "set_word":
        v = lookup(SET_WORDS, g["t"])
        if v is None:
            return None
        return "SET", (f"XXXX-XX-XX{v}" if v.startswith("T") else v), None, None
    return None


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


def _characterises(c: Candidate, text: str, g: dict) -> bool:
    """'une année « record »', 'une semaine noire': a judged period, not a measured duration."""
    if fold(g.get("q", "")) not in ("un", "une") or g.get("mod") or g.get("approx"):
        return False
    m = QUALIFIER_AFTER.match(text, c.end)
    return bool(m and (m.group("q") or fold(m.group("w")) in PERIOD_QUALIFIERS))


def _pad(value: str) -> str:
    """'2020' -> '2020-01-01', '2020-03' -> '2020-03-01' (a base day for relative shifts)."""
    if DAY_RE.match(value):
        return value
    if MONTH_RE.match(value):
        return value[:7] + "-01"
    if YEAR_RE.match(value):
        return value[:4] + "-01-01"
    return value


def _quantity(g: dict) -> float | None:
    if g.get("approx"):
        return float(APPROX_NOUNS[fold(g["approx"])])
    q = g.get("q", "")
    return parse_number(q)


def _roman(s: str) -> int | None:
    vals = {"I": 1, "V": 5, "X": 10}
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = vals.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


def _day_of(prev: Prev | None, ref: date | None) -> str:
    if prev is not None and DAY_RE.match(prev.value):
        return prev.value[:10]
    if ref is not None:
        return day_str(ref)
    return "XXXX-XX-XX"


def _anchor_of(prev: Prev | None, ref: date | None) -> str | None:
    if prev is not None and DAY_RE.match(prev.value):
        return prev.id
    return PUBLISHED if ref else None


DURATION_BEFORE = re.compile(r"(?:\ben|pendant|durant|dans|plus\s+de|moins\s+de|près\s+de|les|des|ces|"
                             r"toutes\s+les|\bd['’]|sous|pour|de\s+plus\s+de|environ|au\s+moins|quelque)\s*$")
CLOCK_BEFORE = re.compile(r"(?:\bà|\bvers|dès|jusqu['’]à|avant|après|depuis|\bde|entre|et|ce\s+\w+|"
                          r"aux\s+alentours\s+de|autour\s+de|\bdu|\bau|partir\s+de|le\s+\w+)\s*$")


def _is_duration_context(before: str, after: str, h: int, spelled: bool) -> bool:
    if CLOCK_BEFORE.search(before):
        return False
    if DURATION_BEFORE.search(before) or h >= 24 or re.match(r"\s*(?:de\s|d['’]|plus\s+tard|après|sur\s+24)", after):
        return True
    return spelled
