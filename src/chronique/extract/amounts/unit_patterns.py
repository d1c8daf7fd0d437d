"""Regular expressions for what may follow (or precede) a number: scale words ("millions",
"Md"), currencies, percent signs and unit words."""

from __future__ import annotations

import re

from . import lexicon as lx

_SP = r"[ \u00a0\u202f]*"
SCALE_RE = re.compile(rf"{_SP}(mille|millions?|milliards?|billions?)(?![\w\-])", re.IGNORECASE)
ABBR_SCALE_RE = re.compile(rf"{_SP}(Mds?|Mrds?|M|k|md|mds)(?={_SP}(?:€|\$|£|d['’]euros|de dollars))")
_CURRENCY = "|".join(re.escape(c) for c in sorted(lx.CURRENCIES, key=len, reverse=True))
CURRENCY_RE = re.compile(rf"{_SP}(?P<de>(?:de|d['’]){_SP})?(?P<cur>{_CURRENCY})(?![\w])", re.IGNORECASE)
SCALED_CURRENCY_RE = re.compile(
    rf"{_SP}(?:de|d['’]){_SP}(?P<cur>{'|'.join(lx.SCALED_CURRENCIES)})(?![\w])", re.IGNORECASE)
PREFIX_CURRENCY_RE = re.compile(r"(?P<cur>US\$|\$|€|£|¥)[ \u00a0]?$")
# "57 centimes", "89 centimes d'euro": hundredths of the currency (the currency named after it, or the default).
_SUBUNITS = "|".join(re.escape(s).replace("'", "['’]") for s in sorted(lx.SUBUNITS, key=len, reverse=True))
SUBUNIT_RE = re.compile(rf"{_SP}(?P<sub>{_SUBUNITS})(?:{_SP}(?:de|d['’]){_SP}(?P<cur>{_CURRENCY}))?(?![\w])",
                        re.IGNORECASE)
PERCENT_RE = re.compile(rf"{_SP}(?:%|pour[ \u00a0\-]?cents?(?![\w])|pourcents?(?![\w]))", re.IGNORECASE)
UNIT_WORD_RE = re.compile(r"km/h|km²|m²|m2|km2|°C|°|[^\W\d_]+(?:-[^\W\d_]+)*")
