"""TIMEX3 values for detected candidates, resolved against a reference date and the clause tense.

``normalize(cand, text, ref, tense, prev)`` returns ``(type, value, mod, anchor)`` or ``None``
when the candidate turns out not to be a time expression. ``ref`` is the publication date
(``None``: relative values stay underspecified, e.g. ``XXXX-10-01``); ``prev`` is the last
resolved day-, month- or year-precise timex (for "la veille", "le même mois", "en soirée").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from text_to_num import text2num

from .lexicon import (
    DAY_PARTS, DEICTIC_DAYS, DURATION_MODS, DURATION_NOUNS, HOLIDAYS, MONTHS, PART_MODS, SEASONS,
    SEASON_START_MONTH, SET_WORDS, UNITS, VAGUE_REFS, WEEKDAYS,
)
from .patterns import APPROX_NOUNS, Candidate

PUBLISHED = "published"
DAY_RE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
MONTH_RE = re.compile(r"^(\d{4})-(\d\d)")
YEAR_RE = re.compile(r"^(\d{4})")
# Weekday window for present-tense clauses: the nearest occurrence within this many days.
PRESENT_WEEKDAY_WINDOW = 3
# A date written with a weekday whose year is not given takes the nearest year (this far back at
# most) where the weekday is right: "mercredi 11 avril" is 2018 when published in 2020.
WEEKDAY_YEAR_SPAN = 6
# Two-digit years at or above this are 19xx ("octobre 98"), below it 20xx.
TWO_DIGIT_PIVOT = 40


@dataclass(frozen=True)
class Prev:
    """The last resolved timex that later anaphora can lean on."""
    id: str
    value: str


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower().replace("’", "'").replace("‑", "-")).strip()


def _lookup(table: dict, s: str):
    return table.get(_key(s))


def month_num(s: str) -> int | None:
    k = _key(s)
    return MONTHS.get(k) or MONTHS.get(k + ".")


def weekday_num(s: str) -> int | None:
    return WEEKDAYS.get(_key(s).rstrip("s")) or WEEKDAYS.get(_key(s))


def parse_number(s: str) -> float | None:
    """'12' -> 12, '1,5' -> 1.5, 'vingt-cinq' -> 25, 'cinq ou six' -> 5; None for vague words."""
    s = _key(s)
    s = s.split(" ou ")[0].strip()
    if not s:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", s):
        return float(s.replace(",", "."))
    if s in ("un", "une"):
        return 1.0
    try:
        return float(text2num(s.replace(" et ", "-et-").replace(" ", "-"), "fr"))
    except (ValueError, TypeError, AttributeError):
        try:
            return float(text2num(s, "fr"))
        except (ValueError, TypeError, AttributeError):
            return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def day_str(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def parse_day(value: str) -> date | None:
    m = DAY_RE.match(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def weekday_date(ref: date, wd: int, tense: str | None, rel: str | None) -> date:
    """The date of ISO weekday ``wd`` that the tense (or "dernier"/"prochain") points to."""
    back = (ref.isoweekday() - wd) % 7          # 0..6 days back to the last such day
    fwd = (wd - ref.isoweekday()) % 7           # 0..6 days forward to the next one
    if rel in ("past", "last"):
        return ref - timedelta(days=back or 7)
    if rel == "next":
        return ref + timedelta(days=fwd or 7)
    if tense == "past":
        return ref - timedelta(days=back)
    if tense == "future":
        return ref + timedelta(days=fwd)
    if back <= PRESENT_WEEKDAY_WINDOW:
        return ref - timedelta(days=back)
    return ref + timedelta(days=fwd)


def _rel_dir(rel: str | None) -> str | None:
    if not rel:
        return None
    r = _key(rel)
    if r.startswith(("dernier", "dernière", "passé", "précédent")):
        return "last"
    if r.startswith(("prochain", "suivant", "à venir")):
        return "next"
    return None


def resolve_month_day(ref: date, month: int, day: int | None, tense: str | None, rel: str | None) -> int:
    """Year of a month (and day) written without one, so that the clause's tense holds."""
    target = (month, day or 1)
    now = (ref.month, ref.day if day else 1)
    direction = rel or ({"past": "past", "future": "future"}.get(tense or ""))
    if direction in ("last",):
        return ref.year if target < now else ref.year - 1
    if direction == "next":
        return ref.year if target > now else ref.year + 1
    if direction == "past":
        return ref.year if target <= now else ref.year - 1
    if direction == "future":
        return ref.year if target >= now else ref.year + 1
    # present / unknown: the nearest occurrence (within six months)
    diff = (month - ref.month)
    if diff > 6:
        return ref.year - 1
    if diff < -6:
        return ref.year + 1
    return ref.year


def _year(s: str | None) -> int | None:
    if not s:
        return None
    s = s.lstrip("'’")
    y = int(s)
    if len(s) == 2:
        y += 1900 if y >= TWO_DIGIT_PIVOT else 2000
    return y


def _part_mod(part: str | None) -> str | None:
    if not part:
        return None
    k = _key(part).rstrip("-").strip()
    for key, mod in sorted(PART_MODS.items(), key=lambda kv: -len(kv[0])):
        if k == key.rstrip("-").strip():
            return mod
    if k.startswith("mi") or "milieu" in k:
        return "MID"
    if "fin" in k:
        return "END"
    if "début" in k:
        return "START"
    return None


def _dp_code(dp: str | None) -> str | None:
    if not dp:
        return None
    k = _key(dp)
    code = DAY_PARTS.get(k)
    if code:
        return code
    for word, c in DAY_PARTS.items():
        if word in k:
            return c
    if "journée" in k:
        return "DT"
    return None


def _with_daypart(day: str, dp: str | None) -> tuple[str, str]:
    code = _dp_code(dp)
    if not code:
        return "DATE", day
    return "TIME", f"{day}T{code}"


def _dp_mod(dp: str | None) -> str | None:
    if not dp:
        return None
    k = _key(dp)
    if "début" in k:
        return "START"
    if "fin" in k:
        return "END"
    if "milieu" in k:
        return "MID"
    return None


def duration_value(n: float | None, unit: str) -> str:
    letter, is_time = UNITS.get(_key(unit), ("X", False))
    if letter == "DE":
        letter, n = "Y", (n * 10 if n is not None else None)
    elif letter == "CE":
        letter, n = "Y", (n * 100 if n is not None else None)
    elif letter == "Q":
        letter, n = "M", (n * 3 if n is not None else None)
    elif letter == "M6":
        letter, n = "M", (n * 6 if n is not None else None)
    q = "X" if n is None else _fmt_num(n)
    return f"PT{q}{letter}" if is_time else f"P{q}{letter}"


def shift(ref: date, n: float, unit: str) -> str:
    """``ref`` moved by ``n`` units, written at the unit's granularity."""
    letter, is_time = UNITS.get(_key(unit), ("D", False))
    k = int(n)
    if letter in ("Y", "DE", "CE"):
        mult = {"Y": 1, "DE": 10, "CE": 100}[letter]
        return f"{ref.year + k * mult:04d}"
    if letter in ("M", "Q", "M6") and not is_time:
        mult = {"M": 1, "Q": 3, "M6": 6}[letter]
        y, m = add_months(ref.year, ref.month, k * mult)
        return f"{y:04d}-{m:02d}"
    if letter == "W":
        d = ref + timedelta(weeks=k)
        iso = d.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if letter == "D":
        return day_str(ref + timedelta(days=k))
    return day_str(ref)  # hours, minutes: the day is as precise as we can be without a clock


def _period_value(ref: date, p: str, k: int) -> str | None:
    p = _key(p)
    if p.startswith("semaine"):
        iso = (ref + timedelta(weeks=k)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}"
    if p.startswith("week"):
        iso = (ref + timedelta(weeks=k)).isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}-WE"
    if p == "mois":
        y, m = add_months(ref.year, ref.month, k)
        return f"{y:04d}-{m:02d}"
    if p in ("an", "année", "ans", "années"):
        return f"{ref.year + k:04d}"
    if p == "trimestre":
        y, m = add_months(ref.year, ref.month, 3 * k)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if p == "semestre":
        y, m = add_months(ref.year, ref.month, 6 * k)
        return f"{y:04d}-H{(m - 1) // 6 + 1}"
    if p == "siècle":
        return f"{(ref.year // 100) + k:02d}"
    if p == "décennie":
        return f"{(ref.year // 10) + k:03d}"
    return None


def _season_year(ref: date, code: str, tense: str | None, rel: str | None, det: str) -> int:
    start = SEASON_START_MONTH[code]
    # the season running or most recently begun in ref's year
    in_or_after = ref.month >= start or (code == "WI" and ref.month <= 2)
    current_year = ref.year if ref.month >= start else ref.year - (1 if code == "WI" else 0)
    if rel == "last":
        return current_year - 1 if ref.month >= start or code == "WI" else ref.year - 1
    if rel == "next":
        return ref.year + 1 if ref.month >= start else ref.year
    if _key(det) in ("cet", "ce", "cette"):
        return ref.year if code != "WI" or ref.month >= 12 else current_year
    if tense == "past":
        return ref.year if in_or_after and code != "WI" else ref.year - 1
    return ref.year


def normalize(c: Candidate, text: str, ref: date | None, tense: str | None,
              prev: Prev | None) -> tuple[str, str, str | None, str | None] | None:
    g = c.groups
    k = c.kind
    anchor_pub = PUBLISHED if ref else None

    if k == "vague":
        return "DATE", _lookup(VAGUE_REFS, g["t"]) or "PRESENT_REF", None, None

    if k in ("date", "numeric_date"):
        day = 1 if _key(g["day"]) in ("1er", "1ᵉʳ", "premier") else int(g["day"])
        month = int(g["mon"]) if k == "numeric_date" else month_num(g["month"])
        if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        year = _year(g.get("year"))
        if year is not None:
            try:
                date(year, month, day)
            except ValueError:
                return None
            return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, None
        if ref is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None, None
        rel = _rel_dir(g.get("rel"))
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
        d1 = 1 if _key(g["d1"]) in ("1er", "premier") else int(g["d1"])
        d2 = 1 if _key(g["d2"]) in ("1er", "premier") else int(g["d2"])
        year = _year(g.get("year"))
        anchor = None
        if year is None:
            if ref is None:
                return "DATE", f"XXXX-{month:02d}-{d1:02d}/XXXX-{month:02d}-{d2:02d}", None, None
            year, anchor = resolve_month_day(ref, month, d2, tense, None), PUBLISHED
        return "DATE", f"{year:04d}-{month:02d}-{d1:02d}/{year:04d}-{month:02d}-{d2:02d}", None, anchor

    if k == "year_range":
        return "DATE", f"{g['y1']}/{g['y2']}", None, None

    if k == "time_range":
        day = _day_of(prev, ref)
        t1 = f"T{int(g['h1']):02d}:{int(g.get('m1') or 0):02d}"
        t2 = f"T{int(g['h2']):02d}:{int(g.get('m2') or 0):02d}"
        return "TIME", f"{day}{t1}/{day}{t2}", None, _anchor_of(prev, ref)

    if k == "month":
        month = month_num(g["month"])
        if not month:
            return None
        mod = _part_mod(g.get("part"))
        year = _year(g.get("year"))
        if year is not None:
            return "DATE", f"{year:04d}-{month:02d}", mod, None
        if ref is None:
            return "DATE", f"XXXX-{month:02d}", mod, None
        y = resolve_month_day(ref, month, None, tense, _rel_dir(g.get("rel")))
        return "DATE", f"{y:04d}-{month:02d}", mod, PUBLISHED

    if k == "year":
        mod = _part_mod(g.get("part"))
        return "DATE", g["year"], mod, None

    if k == "decade":
        d = g["dec"]
        value = d[:3] + "X" if len(d) == 4 else "19" + d[0] + "X"
        return "DATE", value, _part_mod(g.get("part")), None

    if k == "century":
        n = _roman(g["roman"])
        if not n or n > 21:
            return None
        return "DATE", f"{n - 1:02d}XX", _part_mod(g.get("part")), None

    if k == "season":
        code = SEASONS[_key(g["season"])]
        mod = _part_mod(g.get("part"))
        year = _year(g.get("year"))
        if year is not None:
            return "DATE", f"{year:04d}-{code}", mod, None
        if ref is None:
            return "DATE", f"XXXX-{code}", mod, None
        y = _season_year(ref, code, tense, _rel_dir(g.get("rel")), g.get("det", ""))
        return "DATE", f"{y:04d}-{code}", mod, PUBLISHED

    if k == "rentree":
        year = _year(g.get("year"))
        if year is not None:
            return "DATE", f"{year:04d}-09", None, None
        if ref is None:
            return "DATE", "XXXX-09", None, None
        rel = _rel_dir(g.get("rel"))
        y = resolve_month_day(ref, 9, None, tense, rel)
        return "DATE", f"{y:04d}-09", None, PUBLISHED

    if k == "weekday":
        wd = weekday_num(g["wd"])
        if not wd:
            return None
        dp = g.get("dp") or g.get("dp2")
        if ref is None:
            typ, value = _with_daypart(f"XXXX-WXX-{wd}", dp)
            return typ, value, None, None
        rel = _rel_dir(g.get("rel"))
        if _key(g.get("pre") or "") == "le" and tense == "present" and not rel and not dp:
            return "SET", f"XXXX-WXX-{wd}", None, None  # habitual: "le marché a lieu le mercredi"
        d = weekday_date(ref, wd, tense, rel)
        typ, value = _with_daypart(day_str(d), dp)
        return typ, value, None, PUBLISHED

    if k == "night_of":
        wd = weekday_num(g["wd"])
        if ref is None:
            return "TIME", f"XXXX-WXX-{wd}TNI", None, None
        return "TIME", f"{day_str(weekday_date(ref, wd, tense, None))}TNI", None, PUBLISHED

    if k == "part_of_period":
        p, mod = _key(g["p"]), _part_mod(g["part"])
        if p in ("journée", "matinée", "soirée", "après-midi"):
            day = _day_of(prev, ref)
            code = "DT" if p == "journée" else _dp_code(p)
            return "TIME", f"{day}T{code}", mod, _anchor_of(prev, ref)
        if ref is None:
            return "DATE", "PRESENT_REF", mod, None
        step = {"last": -1, "next": 1}.get(_rel_dir(g.get("rel")) or "", 0)
        return "DATE", _period_value(ref, p, step), mod, PUBLISHED

    if k == "holiday":
        month, day = HOLIDAYS[_key(g["h"])]
        year = _year(g.get("year"))
        if year is not None:
            return "DATE", f"{year:04d}-{month:02d}-{day:02d}", None, None
        if ref is None:
            return "DATE", f"XXXX-{month:02d}-{day:02d}", None, None
        y = resolve_month_day(ref, month, day, tense, None)
        return "DATE", f"{y:04d}-{month:02d}-{day:02d}", None, PUBLISHED

    if k == "deictic":
        off = _lookup(DEICTIC_DAYS, g["w"])
        if off is None:
            return None
        if ref is None:
            return "DATE", ("PRESENT_REF" if off == 0 else "XXXX-XX-XX"), None, None
        day = day_str(ref + timedelta(days=off))
        if g.get("h"):
            mod = "APPROX" if _key(g["t"]).startswith("vers") else None
            return "TIME", f"{day}T{int(g['h']):02d}:{int(g.get('m') or 0):02d}", mod, PUBLISHED
        typ, value = _with_daypart(day, g.get("dp"))
        return typ, value, _dp_mod(g.get("dp")), PUBLISHED

    if k == "this_daypart":
        if ref is None:
            return "TIME", f"XXXX-XX-XXT{_dp_code(g['dp'])}", None, None
        return "TIME", f"{day_str(ref)}T{_dp_code(g['dp'])}", None, PUBLISHED

    if k == "daypart_phrase":
        day = _day_of(prev, ref)
        code = _dp_code(g["t"]) or "DT"
        return "TIME", f"{day}T{code}", _dp_mod(g["t"]), _anchor_of(prev, ref)

    if k == "this_period":
        if ref is None:
            return "DATE", "PRESENT_REF", None, None
        p = _key(g["p"])
        if p.startswith("week") and ref.isoweekday() < 6 and tense in ("past", "future"):
            # "ce week-end" on a weekday: the one just past, or the coming one
            return "DATE", _period_value(ref, p, -1 if tense == "past" else 0), None, PUBLISHED
        return "DATE", _period_value(ref, p, 0), None, PUBLISHED

    if k == "rel_period":
        step = -1 if _rel_dir(g["rel"]) == "last" else 1
        relative_to_prev = _key(g["rel"]).startswith(("précédent", "suivant"))
        base, anchor = ref, anchor_pub
        if relative_to_prev and prev is not None and parse_day(_pad(prev.value)):
            base, anchor = parse_day(_pad(prev.value)), prev.id
        if base is None:
            return "DATE", ("PAST_REF" if step < 0 else "FUTURE_REF"), None, None
        return "DATE", _period_value(base, g["p"], step), None, anchor

    if k == "rel_period_pre":
        past = _key(g["rel"]).startswith("derni")
        n = parse_number(g["q"]) if g.get("q") else None
        if past:
            return "DURATION", duration_value(n, g["p"]), None, None
        return "DATE", "FUTURE_REF", None, None

    if k == "anaphoric":
        off = _lookup({"la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2},
                      g["w"]) or 0
        if "moment" in _key(g["w"]):  # "à ce moment-là": exactly the previous time
            if prev is None:
                return None
            return ("TIME" if "T" in prev.value else "DATE"), prev.value, None, prev.id
        base = parse_day(prev.value) if prev else None
        anchor = prev.id if base else None
        if base is None:
            base, anchor = ref, anchor_pub
        if base is None:
            return "DATE", "XXXX-XX-XX", None, None
        typ, value = _with_daypart(day_str(base + timedelta(days=off)), g.get("dp") or g.get("dpm"))
        return typ, value, None, anchor

    if k == "same_period":
        p = _key(g.get("p") or g.get("p2") or "")
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
        mod = _lookup(DURATION_MODS, g["mod"]) if g.get("mod") else None
        if g.get("approx"):
            mod = "APPROX"
        if n is None or ref is None:
            return "DATE", ("PAST_REF" if k == "ago" else "FUTURE_REF"), None, None
        return "DATE", shift(ref, -n if k == "ago" else n, g["u"]), mod, PUBLISHED

    if k == "later":
        n = parse_number(g["q"])
        sign = 1 if "tard" in _key(g["dir"]) else -1
        base, anchor = (parse_day(_pad(prev.value)), prev.id) if prev else (ref, anchor_pub)
        if n is None or base is None:
            return "DATE", ("FUTURE_REF" if sign > 0 else "PAST_REF"), None, None
        return "DATE", shift(base, sign * n, g["u"]), None, anchor

    if k in ("clock", "clock_colon"):
        h, m = int(g["h"]), int(g.get("m") or 0)
        before = text[max(0, c.start - 25):c.start].lower()
        after = text[c.end:c.end + 12].lower()
        spelled = "heure" in _key(g["t"])
        if k == "clock" and not g.get("m") and _is_duration_context(before, after, h, spelled):
            return "DURATION", f"PT{h}H", None, None
        if h > 24 or (h == 24 and m):
            return None
        mod = "APPROX" if g.get("mod") else None
        day = _day_of(prev, ref)
        return "TIME", f"{day}T{h:02d}:{m:02d}", mod, _anchor_of(prev, ref)

    if k == "noon":
        day = _day_of(prev, ref)
        code = "12:00" if _key(g["t"]) == "midi" else "24:00"
        return "TIME", f"{day}T{code}", None, _anchor_of(prev, ref)

    if k == "duration":
        n = _quantity(g)
        if g.get("half") and n is not None:
            n += 0.5
        mod = _lookup(DURATION_MODS, g["mod"]) if g.get("mod") else None
        if g.get("approx"):
            mod = mod or "APPROX"
        return "DURATION", duration_value(n, g["u"]), mod, None

    if k == "duration_noun":
        mod = _lookup(DURATION_MODS, g["mod"]) if g.get("mod") else None
        return "DURATION", _lookup(DURATION_NOUNS, g["n"]), mod, None

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
        v = _lookup(SET_WORDS, g["t"])
        if v is None:
            return None
        return "SET", (f"XXXX-XX-XX{v}" if v.startswith("T") else v), None, None
    return None


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
        return float(APPROX_NOUNS[_key(g["approx"])])
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
