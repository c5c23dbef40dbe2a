"""The one validator of the calendar dates users and records give Rasd: publication dates of
articles (``--published``, a record's ``published``/``date`` field) and date bounds of queries
(``--since 2015-07``, ``/?until=2015``).

Every reader (textio, ingest, the CLI, the web and the API) calls these, so that a date is
accepted or refused the same way everywhere, and a bad one is an error that names where it came
from and the form expected (never a silently empty result: ``2015-13`` is no month).
"""
from __future__ import annotations

import datetime as _dt
import re

from .errors import InputError, QueryError

_DAY_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_BOUND_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# A record's date often carries a time (SaudiNewsNet: "2015-08-03 20:10:32"; ISO "…T10:00Z").
_DAY_PREFIX_RE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:$|[ T])")


def _valid_day(y: str, m: str, d: str) -> bool:
    try:
        _dt.date(int(y), int(m), int(d))
    except ValueError:
        return False
    return True


def check_day(value: str | None, where: str = "--published") -> str | None:
    """A valid ``YYYY-MM-DD`` or None (for None or blank); anything else is an InputError naming
    ``where``."""
    if value is None or not str(value).strip():
        return None
    s = str(value).strip()
    m = _DAY_RE.fullmatch(s)
    if not m or not _valid_day(*m.groups()):
        raise InputError(f"{where}: {s!r} is not a date in the form YYYY-MM-DD")
    return s


def day_prefix(value: object) -> str | None:
    """The valid ``YYYY-MM-DD`` a date-time string starts with ("2015-08-03 20:10:32" ->
    "2015-08-03"), or None when it does not start with a real day (the caller keeps the raw value)."""
    if value is None:
        return None
    m = _DAY_PREFIX_RE.match(str(value))
    if not m:
        return None
    day = m.group(1)
    return day if _valid_day(*day.split("-")) else None


def check_bound(value: str | None, where: str = "--since") -> str | None:
    """A query date bound: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, each part a real calendar
    value; None for None or blank; else a QueryError naming ``where``."""
    if value is None or not str(value).strip():
        return None
    s = str(value).strip()
    m = _BOUND_RE.fullmatch(s)
    ok = bool(m)
    if m and m.group(2):
        ok = 1 <= int(m.group(2)) <= 12
        if ok and m.group(3):
            ok = _valid_day(*m.groups())
    if not ok:
        raise QueryError(f"{where}: {s!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015-07)")
    return s
