"""Metadata values from the inputs (JSON ``published``, HTML ``<meta>`` dates) in the schema's form."""

from __future__ import annotations

import datetime as dt
import logging
import re

log = logging.getLogger(__name__)

# ``2023-03-08``, ``2023-03-08T10:15:00Z``, ``2023-03-08 10:15:00+01:00``.
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
# ``08/03/2023`` (day first, the French order).
_FRENCH_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def normalise_published(value: str | None) -> str | None:
    """An ISO date (``YYYY-MM-DD``) or ISO datetime for the schema, or None when ``value`` is not a date.

    A datetime keeps its time (the schema allows it); ``dd/mm/yyyy`` becomes ISO; anything else is
    dropped with a debug message rather than written into ``published``.
    """
    if not value:
        return None
    value = value.strip()
    m = _ISO_PREFIX.match(value)
    if m:
        try:
            dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            log.debug("published %r is not a real date; ignored", value)
            return None
        return value.replace(" ", "T", 1) if m.group(4) else value
    m = _FRENCH_SLASHED.match(value)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            pass
    log.debug("published %r is not an ISO date; ignored", value)
    return None
