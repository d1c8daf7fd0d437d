"""Metadata values from the inputs (JSON ``published``, HTML ``<meta>`` dates) in the schema's form.

``parse_published`` is the one check of a publication date: an ISO date or datetime (or the
French ``dd/mm/yyyy``) of a day that exists, in [``EARLIEST_PUBLISHED``, tomorrow]; anything else
is a ``ValueError`` whose message says why, for the caller to report with the input's name.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

log = logging.getLogger(__name__)

# No press article of the corpora this reads predates the 19th century; a date before is a typo
# or a placeholder (0001-01-01), and one after tomorrow (3000-01-01, a year typed 2203) is never a
# publication date: either would also drag the inferred dates of the batch's undated articles,
# which take their years from the dated ones. Tomorrow, not today: a dispatch dated in a time
# zone ahead of the reader's.
EARLIEST_PUBLISHED = dt.date(1800, 1, 1)

# ``2023-03-08``, ``2023-03-08T10:15:00Z``, ``2023-03-08 10:15:00+01:00``.
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
# ``08/03/2023`` (day first, the French order).
_FRENCH_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def latest_published(today: dt.date | None = None) -> dt.date:
    """The latest publication date accepted: tomorrow."""
    return (today or dt.date.today()) + dt.timedelta(days=1)


def parse_published(value: str, today: dt.date | None = None) -> str:
    """``value`` as the schema's ISO date (``YYYY-MM-DD``) or datetime; ``ValueError`` (with the
    reason in words) when it is not a date, names a day that does not exist, or is outside
    [``EARLIEST_PUBLISHED``, tomorrow]. A datetime keeps its time; ``dd/mm/yyyy`` becomes ISO."""
    text = value.strip()
    m = _ISO_PREFIX.match(text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        iso = text.replace(" ", "T", 1) if m.group(4) else text
    else:
        m = _FRENCH_SLASHED.match(text)
        if not m:
            raise ValueError(f"published {value!r} is not a date (YYYY-MM-DD)")
        year, month, day = int(m.group(3)), int(m.group(2)), int(m.group(1))
        iso = None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"published {value!r} is not a day of the calendar") from None
    if m.re is _ISO_PREFIX and m.group(4):
        hour, minute, second = int(m.group(4)), int(m.group(5)), int(m.group(6) or 0)
        if hour > 23 or minute > 59 or second > 59:
            raise ValueError(f"published {value!r} is not a time of day")
    latest = latest_published(today)
    if not EARLIEST_PUBLISHED <= date <= latest:
        raise ValueError(f"published {value!r} is outside the accepted range "
                         f"{EARLIEST_PUBLISHED.isoformat()} to {latest.isoformat()} (tomorrow)")
    return iso or date.isoformat()


def normalise_published(value: str | None) -> str | None:
    """``parse_published`` for metadata that may be missing or wrong without the input being
    refused (an HTML page's date): None, with a debug message, instead of the ``ValueError``."""
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError as err:
        log.debug("%s; ignored", err)
        return None
