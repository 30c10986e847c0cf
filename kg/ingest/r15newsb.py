"""Furniture of published articles that the cleaner missed (branch r15newsb): a credit line with the author's
title and outlet and a date (``Ray Lee, Editorial Director, TelecomTV | 14 October 2025``), and a dateline whose
place is written in title case before an agency's name (``Brussels (AFP) -``, ``Riyadh, 10 February 2026 (SPA)
--``).

Examples
--------
>>> is_dated_credit("By Ana Ruiz, Senior Editor, Chip Daily | March 3, 2025 | 4 min read")
True
>>> match_agency_dateline("Lagos (AFP) - Nigeria signed a deal.")
('Lagos (AFP)', 'Nigeria signed a deal.')
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_ITEM_RE = re.compile(rf"^(?:(?:\w+day,? )?(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}})"
                           r"(?: \d{1,2}:\d{2}(?: ?[AP]M)?(?: \w+)?)?|\d+ min(?:ute)?s? read|\d{4}-\d{2}-\d{2}"
                           r"|\d{1,2}/\d{1,2}/\d{4})$", re.I)  # the last: a trade site's "3/5/2026" (r16pub4)
#: words of a credit's first item: the author's name, title and outlet, capitalised (``By`` before them)
_CREDIT_MAX_WORDS = 12
_SMALL = frozenset({"by", "and", "of", "for", "the", "&", "at", "in"})
#: news agencies and wire services that a dateline names in parentheses
_AGENCIES = (r"AFP|AP|Reuters|dpa|DPA|EFE|ANSA|Xinhua|TASS|RIA Novosti|Interfax|Yonhap|Kyodo|Jiji|ANI|PTI|IANS|UNI"
             r"|Bernama|Antara|WAM|SPA|KUNA|QNA|BNA|ONA|MENA|APS|MAP|IRNA|Anadolu|AA|PAP|CTK|Ukrinform|CNA|VNA"
             r"|BSS|APP|WAFA|KCNA|Sputnik|UNB|NNA|Petra|SABA|Lusa|Belga|Kyodo News|Bloomberg")
_AGENCY_DATELINE_RE = re.compile(
    rf"^(?P<dateline>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?:, (?:{_MONTH} \d{{1,2}}(?:, \d{{4}})?"
    rf"|\d{{1,2}} {_MONTH}(?: \d{{4}})?))? \((?:{_AGENCIES})\))\s*(?:--|—|–|-)\s+(?P<rest>\S.*)$")


def is_dated_credit(line: str) -> bool:
    """Whether ``line`` is a credit: items split by ``|``, one a date or a reading time, the first the author's
    name with his title and outlet in capitalised words, none a sentence.

    >>> is_dated_credit("Ray Lee, Editorial Director, TelecomTV | 14 October 2025")
    True
    >>> is_dated_credit("Nokia wins deal | Reuters"), is_dated_credit("Acme signed a deal with Beta. | May 3, 2024")
    (False, False)
    >>> is_dated_credit("Lena Ortiz and Tomas Berg | June 9, 2025")
    True
    >>> is_dated_credit("Ana Ruiz, Senior Editor | 6/9/2025")
    True
    """
    items = [item.strip() for item in line.split("|")]
    if len(items) < 2 or not any(_DATE_ITEM_RE.match(item) for item in items[1:]):
        return False
    words = items[0].replace(",", " ").split()
    # two authors joined by "and" need no comma (r16pub4)
    return 1 < len(words) <= _CREDIT_MAX_WORDS and ("," in items[0] or " and " in items[0]) and \
        not items[0].endswith((".", "!", "?")) and all(w[:1].isupper() or w.lower() in _SMALL for w in words)


def match_agency_dateline(line: str) -> tuple[str, str] | None:
    """``(dateline, rest)`` of a line opening with a title-case place and a news agency in parentheses
    (``_AGENCIES``), maybe a date between (``Riyadh, 10 February 2026 (SPA) --``), when the rest ends like a
    sentence; else None.

    >>> match_agency_dateline("Riyadh, 10 February 2026 (SPA) -- The ministry signed a deal.")[0]
    'Riyadh, 10 February 2026 (SPA)'
    >>> match_agency_dateline("Nokia (NOK) - Shares rose 3%.") is None, match_agency_dateline("Acme (US) said so.")
    (True, None)
    """
    match = _AGENCY_DATELINE_RE.match(line)
    if not match or not re.search(r"[.!?\"”’)]$", match["rest"].strip()):
        return None
    return match["dateline"], match["rest"].strip()
