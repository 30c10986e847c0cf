"""Furniture of published pages and releases that :mod:`kg.ingest.wire` does not catch: site navigation, cookie
banners, newsletter and related-article boxes, release-office stamps, a release's distributor dateline and
legal sections (forward-looking statements), author boxes, and stock tickers inside sentences.

:func:`is_page_furniture` judges one line; :func:`tidy_published` drops whole sections and rewrites lines (tickers)
before the line rules of :func:`kg.ingest.clean.clean_text` run; :func:`split_release_dateline` takes a
distributor's dateline (``ARLINGTON, Va., May 20, 2025 /PRNewswire/ --``) off the line that carries it.

Examples
--------
>>> strip_tickers("Acme Corp. (NYSE: ACME) and Beta Ltd (005930.KS), opens new tab signed a deal.")
'Acme Corp. and Beta Ltd signed a deal.'
>>> is_page_furniture("Home | World | Business | Tech"), is_page_furniture("Oil rose 3% | gold fell.")
(True, False)
"""

from __future__ import annotations

import re

# --- tickers -------------------------------------------------------------------------------------------------

#: an exchange's name or abbreviation before a ticker: ``NASDAQ: FLNC``, ``TSE: 5595``, ``Euronext Paris: AI``
_EXCHANGE = (r"(?:NASDAQ|Nasdaq|NYSE(?: American| Arca)?|AMEX|ASX|TSX(?:-?V)?|TSXV|CSE|LSE|AIM|HKEX|SEHK|HKSE|SGX"
             r"|TSE|TYO|JPX|KRX|KOSPI|KOSDAQ|SSE|SZSE|BSE|NSE|TASE|JSE|B3|BMV|BIT|SIX|OMX|Nasdaq \w+|Euronext(?: \w+)?"
             r"|Xetra|FWB|FRA|ETR|OTC(?:QX|QB)?|OTC Markets|TWSE|TPEx|MOEX|IDX|SET|Bursa|PSE|ADX|DFM|Tadawul"
             r"|LON|NYSEAMERICAN|CBOE)")
_TICKER = r"[A-Z0-9][A-Z0-9.\-]{0,9}"
#: ``(NASDAQ: FLNC)``, ``(ASX: AGL; OTC: AGLXY)``, ``(Nasdaq:RKLB)``
_EXCHANGE_TICKER_RE = re.compile(rf"\s*\((?:{_EXCHANGE})\s*:\s*{_TICKER}(?:\s*[;,/]\s*(?:{_EXCHANGE})\s*:\s*"
                                 rf"{_TICKER})*\)")
#: a wire service's instrument code: ``(005930.KS)``, ``(NVDA.O)``, ``(7203.T)``, and the link label after it
_RIC_RE = re.compile(r"\s*\((?:[A-Z0-9]{1,6}\.[A-Z]{1,2})(?:,\s*[A-Z0-9]{1,6}\.[A-Z]{1,2})*\)(?:,\s*opens new tab)?")
_NEW_TAB_RE = re.compile(r",?\s*opens new tab\b")
#: a US legislator's party and state after the name: ``(R-MI)``, ``(D-CA-17)`` (r15wire3)
_PARTY_TAG_RE = re.compile(r"\s*\((?:R|D|I)-[A-Z]{2}(?:-\d{1,2})?\)")


def strip_tickers(line: str) -> str:
    """``line`` without stock tickers in parentheses and without a link's ``opens new tab`` label.

    Examples
    --------
    >>> strip_tickers("Fluence Energy, Inc. (NASDAQ: FLNC) (\\"Fluence\\") signed with AGL (ASX: AGL).")
    'Fluence Energy, Inc. ("Fluence") signed with AGL.'
    >>> strip_tickers("Toyota (7203.T), opens new tab rose.")
    'Toyota rose.'
    >>> strip_tickers("Senator Ana Ruiz (D-NM) and Rep. Tom Hale (R-OH-4) wrote.")  # party tags (r15wire3)
    'Senator Ana Ruiz and Rep. Tom Hale wrote.'
    >>> strip_tickers("The ministry (MOFCOM) said the 5G (NR) rules stay.")  # an acronym is not a ticker
    'The ministry (MOFCOM) said the 5G (NR) rules stay.'
    """
    if "(" not in line and "opens new tab" not in line:
        return line
    return _NEW_TAB_RE.sub("", _RIC_RE.sub("", _PARTY_TAG_RE.sub("", _EXCHANGE_TICKER_RE.sub("", line))))


# --- honorifics ---------------------------------------------------------------------------------------------

#: courtesy titles of official releases before a name: "H.E." and "Hon'ble" go, "Shri"/"Smt." read as "Mr."/"Ms."
_DROPPED_HONORIFIC_RE = re.compile(r"\b(?:H\. ?E\.|Hon'?ble|Honourable|Honorable)\s+(?=[A-Z])")
_PLAIN_HONORIFICS = {"Shri": "Mr.", "Smt.": "Ms.", "Smt": "Ms.", "Sushri": "Ms."}
_HONORIFIC_RE = re.compile(r"\b(?:Shri|Smt\.?|Sushri)\s+(?=[A-Z][a-z])")


def plain_honorifics(line: str) -> str:
    """``line`` with the courtesy titles of official releases made plain: ``H.E.`` and ``Hon'ble`` dropped before a
    name, ``Shri``/``Smt.`` written ``Mr.``/``Ms.`` (titles the language model knows stand before a person).

    Examples
    --------
    >>> plain_honorifics("Minister of Power Shri Manohar Lal met H.E. Mr. Lars Aagaard.")
    'Minister of Power Mr. Manohar Lal met Mr. Lars Aagaard.'
    >>> plain_honorifics("Hon'ble Prime Minister spoke; Smt. Anita Rao and H.E. Maria Silva listened.")
    'Prime Minister spoke; Ms. Anita Rao and Maria Silva listened.'
    >>> plain_honorifics("Sri Mulyani of Sri Lanka and the Hon. member")  # names, and no name after "Hon."
    'Sri Mulyani of Sri Lanka and the Hon. member'
    """
    if not any(w in line for w in ("H.E", "H. E", "Hon", "Shri", "Smt", "Sushri")):
        return line
    line = _DROPPED_HONORIFIC_RE.sub("", line)
    return _HONORIFIC_RE.sub(lambda m: _PLAIN_HONORIFICS[m.group(0).split()[0]] + " ", line)


# --- title-case headlines ------------------------------------------------------------------------------------

_TITLE_SHARE = 0.8
_TITLE_WORDS = 4
_WORD_RE = re.compile(r"[A-Za-z][\w'-]*")


def body_case(headline: str, body: list[str]) -> str:
    """A title-case ``headline`` with each capitalised word lowered that the ``body`` writes in lower case and never
    capitalised inside a sentence (``Battery Energy Storage System`` when the text says "battery energy storage
    system"; ``Energy`` stays when the text names "Acme Energy"). Any other line is returned as it is.

    Examples
    --------
    >>> body = ["Acme Energy will supply a battery storage system to Volta Grid.", "The battery opens in May."]
    >>> body_case("Acme Energy to Supply Battery Storage System to Volta Grid", body)
    'Acme Energy to supply battery storage system to Volta Grid'
    >>> body_case("Acme signs deal", body)  # not in title case
    'Acme signs deal'
    """
    words = headline.split(" ")
    alpha = [w for w in words if w[:1].isalpha() and len(w) > 3]
    if len(alpha) < _TITLE_WORDS or sum(w[0].isupper() for w in alpha) < _TITLE_SHARE * len(alpha):
        return headline
    lower, capital = set(), set()
    for line in body:
        for match in _WORD_RE.finditer(line):
            word = match.group()
            if word.islower():
                lower.add(word)
            elif word[0].isupper() and match.start() > 0 and line[:match.start()].rstrip()[-1:] not in ".!?\"“:":
                capital.add(word.lower())
    return " ".join(w[0].lower() + w[1:] if w[1:].islower() and w.lower() in lower and w.lower() not in capital
                    and w != words[0] else w for w in words)


# --- release datelines ---------------------------------------------------------------------------------------

_DISTRIBUTOR = (r"PR ?Newswire(?:-[A-Za-z]+)?|Business ?Wire|GLOBE ?NEWSWIRE|Globe ?Newswire|ACCESS ?(?:WIRE|Newswire)"
                r"|CNW|EIN ?Presswire|Newsfile|Marketwired|JCN Newswire|ANTARA/Business Wire|PRWeb|Newswire")
#: ``CITY, State, Month D, YYYY /PRNewswire/ --`` and ``CITY--(BUSINESS WIRE)--``: all before the marker is the
#: dateline, the sentence starts after the dashes
_RELEASE_DATELINE_RE = re.compile(
    rf"^(?P<dateline>[A-Z][^\n]{{0,120}}?)\s*(?:/\s*(?:{_DISTRIBUTOR})\s*/|--\s*\(\s*(?:{_DISTRIBUTOR})\s*\)\s*)"
    r"\s*(?:--|—|–|-)?\s*(?P<rest>\S.*)$", re.I)


def match_release_dateline(line: str) -> tuple[str, str] | None:
    """``(dateline, rest of the line)`` of a line opening with a release distributor's dateline, else None.

    Examples
    --------
    >>> match_release_dateline("OSLO, Norway, June 2, 2025 /PRNewswire/ -- Equinor ASA signed a deal.")
    ('OSLO, Norway, June 2, 2025', 'Equinor ASA signed a deal.')
    >>> match_release_dateline("AUSTIN, Texas--(BUSINESS WIRE)--Acme Inc. today announced a deal.")
    ('AUSTIN, Texas', 'Acme Inc. today announced a deal.')
    >>> match_release_dateline("The firm said PR Newswire carried the news.") is None
    True
    """
    match = _RELEASE_DATELINE_RE.match(line)
    if not match or len(match["dateline"].split()) > 12:
        return None
    return match["dateline"].rstrip(" ,"), match["rest"]


def split_release_dateline(lines: list[str]) -> tuple[str | None, list[str]]:
    """The first release dateline of ``lines`` taken off its line: ``(dateline, lines)``; ``(None, lines)`` if none.

    >>> split_release_dateline(["Acme to Buy Beta", "PARIS, May 2, 2025 /PRNewswire/ -- Acme agreed to buy Beta."])
    ('PARIS, May 2, 2025', ['Acme to Buy Beta', 'Acme agreed to buy Beta.'])
    """
    for index, line in enumerate(lines):
        found = match_release_dateline(line)
        if found:
            return found[0], lines[:index] + [found[1]] + lines[index + 1:]
    return None, lines


# --- furniture lines -----------------------------------------------------------------------------------------

#: lines a page, a release office or a ministry's site adds around the text
_PAGE_LINE_RE = re.compile(
    r"^(?:skip to (?:main )?(?:content|navigation|search)|link copied|copy link|news provided by"
    r"|posted on\s*:.*\bby\b|release (?:time|date)\s*:|font size\s*:|visitor counter|\(release id\s*:"
    r"|read this (?:release|article|story|page) in\s*:|share (?:to|on|via)\s*:|print this (?:page|article)"
    r"|(?:related|read also|also read|see also|read more|recommended|more on this|editor'?s picks?)\s*:"
    r"|we use cookies\b|this (?:web)?site uses cookies\b|by (?:continuing to (?:browse|use)|using) (?:this|our)"
    r" (?:site|website)|(?:accept|reject|allow)(?: all)? cookies\b|(?:manage|cookie) (?:preferences|settings)\b)",
    re.I)
#: an editor's sign-off in initials at the end of an official release (``MSZ/PS``, ``RK/SKS/AK``)
_INITIALS_RE = re.compile(r"^[A-Z]{1,5}(?:/[A-Z]{1,5})+$")
#: a line made only of bracketed controls: ``【Print】【Close】``, ``[Print] [Close]``
_CONTROLS_RE = re.compile(r"^(?:[【\[]\s*[\w ]{1,20}\s*[】\]]\s*)+$")
#: a newsletter or sign-up pitch
_SIGN_UP_RE = re.compile(r"\b(?:in|to) your inbox\b|(?:^|\. )(?:sign up|subscribe)(?: now| here| today)?\W*$", re.I)
#: a pointer to more coverage that ends with its address
_POINTER_RE = re.compile(r"^(?:follow|read|see|for more|more)\b.*(?:https?://|www\.)\S+\W*$", re.I)
#: a forward-looking-statements paragraph of a release, recognised by its legal words
_SAFE_HARBOR_RE = re.compile(r"forward-looking statements?\b.*\b(?:within the meaning|safe harbou?r|Private "
                             r"Securities Litigation Reform Act)|^(?:this|the) (?:press |news )?release (?:contains|"
                             r"may contain|includes) (?:certain )?[\"“]?forward-looking", re.I)
#: an exchange's disclaimer at the head of a listed company's announcement (r15wire3)
_DISCLAIMER_RE = re.compile(r"\btakes? no responsibility for the contents? of this (?:announcement|circular|document)",
                            re.I)
_NAV_ITEM_WORDS = 4
_NAV_MIN_ITEMS = 3


def is_navigation(line: str) -> bool:
    """True for a menu line: three or more short items separated by ``|`` (``Home | News | Energy``), none a
    sentence.

    Examples
    --------
    >>> is_navigation("Privacy Policy | Terms of Use | Cookie Settings | Contact us")
    True
    >>> is_navigation("Nokia wins deal | Reuters"), is_navigation("A rose 3%. | B fell. | C held.")
    (False, False)
    """
    items = [item.strip() for item in line.split("|")]
    return len(items) >= _NAV_MIN_ITEMS and all(
        item and len(item.split()) <= _NAV_ITEM_WORDS and not item.endswith((".", "!", "?")) for item in items)


def is_page_furniture(line: str) -> bool:
    """True for a line of page or release furniture (see the module).

    Examples
    --------
    >>> is_page_furniture("We use cookies to improve your experience."), is_page_furniture("Link copied")
    (True, True)
    >>> is_page_furniture("Posted On: 12 JAN 2025 3:15PM by PIB Delhi"), is_page_furniture("【Print】【Close】")
    (True, True)
    >>> is_page_furniture("Get our Markets Briefing in your inbox every day. Sign up")
    True
    >>> is_page_furniture("Related: Samsung wins 5G order in Canada"), is_page_furniture("MSZ/PS")
    (True, True)
    >>> is_page_furniture("Acme Exchange takes no responsibility for the contents of this announcement.")
    True
    >>> is_page_furniture("The bank said it would sign up more clients."), is_page_furniture("Posted on a wall.")
    (False, False)
    """
    return bool(_PAGE_LINE_RE.match(line) or _CONTROLS_RE.match(line) or _INITIALS_RE.match(line)
                or _SIGN_UP_RE.search(line) or _POINTER_RE.match(line) or _SAFE_HARBOR_RE.search(line)
                or is_navigation(line) or bool(_DISCLAIMER_RE.search(line)))


# --- sections ------------------------------------------------------------------------------------------------

#: headings of a release's legal sections: dropped up to the next heading
_LEGAL_HEAD_RE = re.compile(r"^[\w&.,'’ -]{0,40}?(?:forward-looking statements?|safe harbou?r(?: statement)?"
                            r"|cautionary (?:note|statement)s?\b.*|disclaimer|legal notice)\s*:?$", re.I)
#: headings of an author box: dropped to the end of the text
_AUTHOR_HEAD_RE = re.compile(r"^(?:about the (?:author|authors|writer|reporter|contributor)s?|author bio)\s*:?$", re.I)
#: headings of a box of links to other stories: the headlines after it are dropped
_LINKS_HEAD_RE = re.compile(
    r"^(?:related(?: articles?| stories| news| content| posts| coverage| reading)?|more (?:stories|news|from [\w ]+)"
    r"|most (?:read|popular|viewed)|popular (?:now|stories)|read (?:next|more|also)|see also|further reading"
    r"|you (?:may|might) also like|recommended"
    r"(?: for you)?|trending(?: now)?|latest (?:news|stories)|top stories|newsletter|in other news|what to read next)"
    r"\s*:?$", re.I)
_HEADLINE_MAX_WORDS = 16
_PROVIDER_WORDS = 8
#: a release service's line before the name of the company that sent the release
_PROVIDED_RE = re.compile(r"^(?:news|content|press release) (?:provided|distributed|issued) by\s*:?$", re.I)


def _is_heading(line: str) -> bool:
    """A short line that does not end like a sentence (a section heading or a box's title)."""
    return 0 < len(line.split()) <= 8 and not line.endswith((".", "!", "?", ":", ",", ";", '"', "”"))


def _is_link_headline(line: str) -> bool:
    """A line of a box of story links: a headline, not a sentence of the article."""
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not line.endswith((".", "!", '"', "”"))


def tidy_published(lines: list[str]) -> list[str]:
    """``lines`` (blank lines kept) without legal sections, author boxes and boxes of story links, with tickers
    taken out of the lines that stay and honorifics made plain.

    Examples
    --------
    >>> tidy_published(["Acme (NYSE: ACM) signed it.", "", "Forward-Looking Statements", "", "This release may "
    ...                 "contain risks.", "", "About Acme", "Acme makes chips."])
    ['Acme signed it.', '', '', '', 'About Acme', 'Acme makes chips.']
    >>> tidy_published(["Text.", "Related articles", "", "Beta buys Gamma", "", "Delta rose 4% on Monday."])
    ['Text.', '', '', 'Delta rose 4% on Monday.']
    >>> tidy_published(["Text.", "About the Author", "Jane Roe", "Jane covers energy."])
    ['Text.']
    >>> tidy_published(["Acme to Buy Beta", "News provided by", "Acme Corp.", "May 2, 2025, 08:00 ET"])
    ['Acme to Buy Beta', 'May 2, 2025, 08:00 ET']
    """
    out: list[str] = []
    mode = ""  # "legal": until the next heading; "links": while lines are headlines; "provider": one line
    for line in lines:
        text = line.strip()
        if mode == "provider" and text:
            mode = ""
            if len(text.split()) <= _PROVIDER_WORDS:
                continue  # the name of the company that sent the release
        if _PROVIDED_RE.match(text):
            mode = "provider"
            continue
        if _AUTHOR_HEAD_RE.match(text):
            break
        if _LEGAL_HEAD_RE.match(text):
            mode = "legal"
            continue
        if _LINKS_HEAD_RE.match(text):
            mode = "links"
            continue
        if mode == "legal" and text and _is_heading(text):
            mode = ""
        elif mode == "links" and text and not _is_link_headline(text):
            mode = ""
        if mode and text:
            continue
        out.append(plain_honorifics(strip_tickers(line)))
    return out
