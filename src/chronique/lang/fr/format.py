"""Numbers and amounts written the French way: "1 234", "2,5", "2 milliards $", "12,5 %".

Digits are grouped by three with a narrow no-break space (U+202F, as CLDR's ``fr`` locale) and
the decimal separator is a comma; large amounts read as words ("2 milliards", "1,5 million").
"""

from __future__ import annotations

GROUP = "\u202f"
# (threshold, singular, plural): the largest that fits is used, with up to two decimals.
SCALES = ((1e12, "billion", "billions"), (1e9, "milliard", "milliards"), (1e6, "million", "millions"))
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CNY": "¥", "CHF": "CHF"}
UNIT_WORDS = {"%": "%", "percent": "%"}


def format_number(value: float, decimals: int = 2) -> str:
    """1234 → "1 234"; 2.5 → "2,5"; -0.125 → "-0,13" (at most ``decimals``, trailing zeros dropped)."""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", GROUP).replace(".", ",")


def format_quantity(value: float) -> str:
    """A number, with "million"/"milliard"/"billion" words from a million up: "2 milliards", "1,5 million"."""
    for threshold, one, many in SCALES:
        if abs(value) >= threshold:
            scaled = value / threshold
            return f"{format_number(scaled)} {one if abs(scaled) < 2 else many}"
    return format_number(value)


def format_amount(value: float, unit: str, approx: bool = False) -> str:
    """An amount with its unit: (2e9, "USD") → "2 milliards $"; (12.5, "%") → "12,5 %"; a count's
    unit (its noun) is written after the number."""
    symbol = CURRENCY_SYMBOLS.get(unit) or UNIT_WORDS.get(unit) or unit
    text = f"{format_quantity(value)} {symbol}".strip()
    return f"environ {text}" if approx else text


__all__ = ["format_amount", "format_number", "format_quantity"]
