"""Normalise the publication dates found in article metadata to ISO ``YYYY-MM-DD``."""

from __future__ import annotations

from datetime import datetime
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
