"""Event dates: the date a sentence gives (``on Dec 11``, ``in May 2019``), resolved against publication."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from spacy.tokens import Span

MONTHS = {m: i for i, names in enumerate([
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec")], 1) for m in names}
_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_MONTH = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\b", re.I)
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = {"today": 0, "yesterday": 1}


def resolve_relative(text: str, published: str | None) -> str | None:
    """``on Wednesday``, ``yesterday``: the day on or before the publication date that the words name.

    >>> resolve_relative("on Wednesday", "2024-12-13"), resolve_relative("yesterday", "2024-12-13")
    ('2024-12-11', '2024-12-12')
    >>> resolve_relative("on Wednesday", None) is None
    True
    """
    if not published or len(published) < 10:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    low = text.lower()
    for word, back in _RELATIVE.items():
        if re.search(rf"\b{word}\b", low):
            return (day - timedelta(days=back)).isoformat()
    for n, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            return (day - timedelta(days=(day.weekday() - n) % 7)).isoformat()
    return None


def resolve_date(text: str, published: str | None = None) -> str | None:
    """An ISO date, year-month or year for a date expression; a missing year, or a weekday, is resolved
    against the publication date ``published``.

    >>> resolve_date("December 15, 2022"), resolve_date("May 2019"), resolve_date("2023")
    ('2022-12-15', '2019-05', '2023')
    >>> resolve_date("Dec 11", "2024-12-20"), resolve_date("Dec 11"), resolve_date("three weeks")
    ('2024-12-11', None, None)
    """
    year_m = _YEAR.search(text)
    month_m = _MONTH.search(text)
    year = year_m.group(1) if year_m else (published[:4] if published and month_m else None)
    if year is None:
        return resolve_relative(text, published)
    if not month_m:
        return year
    month = MONTHS[month_m.group(1).lower()]
    rest = text[month_m.end():] + " " + text[:month_m.start()]
    day_m = next((m for m in _DAY.finditer(rest) if m.group(1) != year and 1 <= int(m.group(1)) <= 31), None)
    if day_m:
        return f"{year}-{month:02d}-{int(day_m.group(1)):02d}"
    return f"{year}-{month:02d}"


def sentence_date(sent: Span, dates: Sequence[Span] | None = None) -> str | None:
    """The text of the first date the model found in a sentence that names a month or a year; ``dates``: the
    document's ``kg_dates`` spans when the caller has read them already (each read makes them anew)."""
    for span in sent.doc.spans.get("kg_dates", []) if dates is None else dates:
        if span.start < sent.start or span.end > sent.end:
            continue  # before reading its text: Span.text joins its tokens
        low = span.text.lower()
        if _YEAR.search(span.text) or _MONTH.search(span.text) or any(w in low for w in WEEKDAYS) \
                or any(w in low for w in _RELATIVE):
            return span.text
    return None
