"""Normalise the publication dates found in article metadata to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_DATE_FORMATS = ("%Y/%m/%d", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")


def normalise_date(value: str) -> str:
    """The ISO date (``YYYY-MM-DD``) of a date or datetime string; the stripped input when it does not parse.

    Examples
    --------
    >>> normalise_date("2024-10-13T08:30:00Z"), normalise_date("Oct 13, 2024")
    ('2024-10-13', '2024-10-13')
    >>> normalise_date("Sun, 13 Oct 2024 08:30:00 GMT")
    '2024-10-13'
    >>> normalise_date("sometime in 2024")
    'sometime in 2024'
    """
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return text


_ISO_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2}))?")


def checked_date(value: str) -> str | None:
    """The ISO date (``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when only that is known) of ``value``, or ``None``
    when it is not a real date (``2024-13-45``, ``<script>``).

    Examples
    --------
    >>> checked_date("Oct 13, 2024"), checked_date("2024-05"), checked_date("2024")
    ('2024-10-13', '2024-05', '2024')
    >>> checked_date("2024-13-45"), checked_date("2024-02-30"), checked_date("<script>"), checked_date("0000")
    (None, None, None, None)
    """
    text = normalise_date(value)
    try:
        if len(text) == 10 and date.fromisoformat(text).year >= 1:
            return text
    except ValueError:
        return None
    partial = _ISO_PARTIAL.fullmatch(text)
    if partial and int(partial.group(1)) >= 1 and (partial.group(2) is None or 1 <= int(partial.group(2)) <= 12):
        return text
    return None
