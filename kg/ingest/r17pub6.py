"""Furniture of corporate releases and commentaries that the cleaner missed (branch r17pub6): footnote markers in
superscript digits (``financed by a loan.² In Kenya``, a notes block opening ``³ Source: ...``), and a release's
dateline naming several cities with their countries (``SEOUL, South Korea and AUSTIN, Texas, May 4, 2026 --``)
that stands below the headline and deck, whose countries would otherwise read as parties to the first sentence.

Examples
--------
>>> drop_footnote_marks("It was built by Acme.¹ Beta paid.²\\n³ Annual report, 2024.")
'It was built by Acme. Beta paid.\\nAnnual report, 2024.'
>>> later_place_dateline(["Acme and Beta Form Venture", "OSLO, Norway and LIMA, Peru, May 4, 2026 -- Acme agreed."])
('OSLO, Norway and LIMA, Peru, May 4, 2026', ['Acme and Beta Form Venture', 'Acme agreed.'])
>>> is_newsletter_furniture("THE CHIP LETTER -- Issue 12 -- Monday, May 4, 2026")
True
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: superscript digits used as footnote markers
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: a marker at the start of a line (the note itself) with the space after it, or anywhere else in the text
_MARK_AT_START_RE = re.compile(rf"(?m)^[{_SUPERSCRIPTS}]+\s*")
_MARK_RE = re.compile(rf"[{_SUPERSCRIPTS}]+")

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}})"
#: a city in capitals, optionally followed by its country or state in title case (``TOKYO, Japan``)
_CITY = r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?"
#: several cities joined by ``and``, ``&`` or ``/``, then the date and a dash
_MULTI_DATELINE_RE = re.compile(
    rf"^(?P<dateline>{_CITY}(?:\s*(?:,? and|&|/|;)\s*{_CITY})+,? {_DATE})\s*(?:--|—|–|-)\s+(?P<rest>\S.*)$")
#: how many lines from the top such a dateline may stand (headline, deck, a release label)
_REACH = 8


#: a newsletter's masthead (``THE CHIP LETTER -- Issue 12 -- Monday, May 4``) or its unsubscribe footer
_MASTHEAD_RE = re.compile(r"(?:--|—|–|\||·)\s*(?:Issue|No\.|Vol\.|Volume)\s*#?\d+\b", re.I)
#: (a link word: capitalised after a line start, a bar or a sentence end; not "users can unsubscribe from ...")
_UNSUBSCRIBE_RE = re.compile(r"(?:^|\|\s*|[.?!]\s+)(?:Unsubscribe|Manage (?:your )?(?:preferences|subscription))\b")
_MASTHEAD_WORDS = 20


def is_newsletter_furniture(line: str) -> bool:
    """Whether ``line`` is a newsletter's masthead with its issue number, or its footer with the unsubscribe link.

    >>> is_newsletter_furniture("Forwarded this? Subscribe at x.news. Unsubscribe | Manage preferences")
    True
    >>> is_newsletter_furniture("Issue 12 of the treaty was settled by Acme and Beta.")
    False
    >>> is_newsletter_furniture("Users can unsubscribe from the Acme service.")
    False
    """
    return len(line.split()) <= _MASTHEAD_WORDS and bool(_MASTHEAD_RE.search(line) or _UNSUBSCRIBE_RE.search(line))


def drop_footnote_marks(text: str) -> str:
    """``text`` without superscript footnote markers: at the start of a line (a note) with the space after them,
    elsewhere on their own (``loan.²``, ``China,²``), so that no name takes the digit.

    >>> drop_footnote_marks("¹² Notes")
    'Notes'
    """
    if not any(ch in text for ch in _SUPERSCRIPTS):
        return text
    return _MARK_RE.sub("", _MARK_AT_START_RE.sub("", text))


def later_place_dateline(lines: list[str], match: Callable[[str], tuple[str, str] | None] | None = None
                         ) -> tuple[str | None, list[str]]:
    """The first dateline of several cities (``TOKYO, Japan and PUNE, India, March 9, 2026 --``), or one that
    ``match`` finds (``JAKARTA -- Text.``, below a section tag, a headline and a byline), among the top lines before
    a body sentence, taken off its line: ``(dateline, lines)``; ``(None, lines)`` when there is none.

    >>> later_place_dateline(["Tokyo and Pune are far apart, March 9, 2026 -- said one."])
    (None, ['Tokyo and Pune are far apart, March 9, 2026 -- said one.'])
    >>> from kg.ingest.clean import match_dateline
    >>> later_place_dateline(["Acme wins deal", "By Ann Lee -- May 2, 2026", "LIMA -- Acme won."], match_dateline)
    ('LIMA', ['Acme wins deal', 'By Ann Lee -- May 2, 2026', 'Acme won.'])
    >>> later_place_dateline(["News | 2 May 2026", "Acme wins deal", "LIMA, PERU (2 May 2026) — Acme won."],
    ...                      match_dateline)[1]  # a date in brackets (r17pub7)
    ['News | 2 May 2026', 'Acme wins deal', 'Acme won.']
    """
    for index, line in enumerate(lines[:_REACH]):
        found = _MULTI_DATELINE_RE.match(line)
        if found:
            return found["dateline"], lines[:index] + [found["rest"]] + lines[index + 1:]
        single = match(line) if match is not None else None
        if single and single[1] and ("(" not in single[0] or re.search(r"\(\d", single[0])) and \
                re.match(r"\s*(?:--|—|–|-)\s", line[len(single[0]):]):  # "JAKARTA -- ...", not "MOSCOW: ..."
            return single[0], lines[:index] + [single[1]] + lines[index + 1:]
        if line.endswith((".", "!", "?")):
            break  # a sentence of the body: a dateline stands above it
    return None, lines
