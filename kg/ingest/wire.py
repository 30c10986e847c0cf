"""Furniture of published articles that is not article text: wire-service photo captions and credits, time
stamps, reporting and editing credits, a service's standards and sign-up lines, and press-release trailers
(contacts, ``SOURCE`` lines, ``View original content``). :func:`is_wire_furniture` is one of the boilerplate
rules of :func:`kg.ingest.clean.clean_text`; like the others it judges one line by its words.

Examples
--------
>>> is_wire_furniture("Reporting by Karen Freifeld; Editing by Chris Reese")
True
>>> is_wire_furniture("Reporting by state media said the plant was closed.")
False
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.r14wire import is_page_furniture
from kg.resources import data_dir

#: a photo caption or credit: a picture service's credit, or a caption's label at the start of the line
_PHOTO_RE = re.compile(
    r"\bGetty Images\W*$|\bPurchase Licensing Rights\b|^(?:FILE PHOTO|PHOTO|Photograph|Image|Picture|Pictured"
    r"|Caption)\s*:|\((?:Photo|Image|Picture)(?: credit)?:[^)]*\)\s*$|^(?:Photo|Image) credit\b", re.I)
#: an agency's photo credit, in capitals (``REUTERS/Dado Ruvic``; a ``Reuters/Ipsos poll`` is text)
_AGENCY_PHOTO_RE = re.compile(r"\b(?:REUTERS|AFP|AP|EPA|XINHUA|TASS|ANADOLU|BLOOMBERG)/[A-Z]")
#: a credit of the people who wrote, reported or edited the story (``Reporting by A in Kyiv; Editing by B``)
_CREDIT_RE = re.compile(
    r"^(?:(?:additional |with |further )?reporting|writing|editing|edited|compiled|reported|written|produced"
    r"|graphics|photos|video|translated|translation) by (?P<names>.+)$", re.I)
_CONTRIBUTED_RE = re.compile(r"contributed (?:to this (?:report|story|article)|reporting|additional reporting)\W*$",
                             re.I)
_CREDIT_SMALL_WORDS = frozenset({"and", "in", "from", "of", "the", "at", "&", "de", "van", "von", "al", "bin"})
#: a service's own lines: its standards, sign-up and reading aids
_SERVICE_RE = re.compile(
    r"^(?:our standards\b|the thomson reuters trust principles|sign up here\W*$|register now\b|get the latest\b"
    r"|listen to (?:this|the) (?:article|story)\b|\d+ min(?:ute)?s? read\W*$|reuters graphics\W*$"
    r"|(?:most read|read next|trending|top stories|more from \w+)\W*$|.*\bopens new tab\W*$)", re.I)
#: press-release trailers: contacts, the distributor's source line, links to the original
_RELEASE_RE = re.compile(
    r"^(?:(?:media|press|investor) (?:contacts?|enquiries|inquiries|relations)\s*:?|contacts?\s*:"
    r"|view original content\b|to view the original version\b|(?:tel|phone|e-?mail|fax)\s*[:.])", re.I)
#: the heading of a release's contact block, alone on its line
_CONTACT_HEAD_RE = re.compile(
    r"^(?:(?:media|press|investor|news) (?:contacts?|enquiries|inquiries|relations)|contacts?|for (?:more|further)"
    r" information(?:,? (?:please )?contact)?|for media (?:enquiries|inquiries)(?:,? (?:please )?contact)?)\s*:?$",
    re.I)
_CONTACT_LINE_WORDS = 8
#: a contact line however long: it gives an e-mail address or a telephone number
_CONTACT_DETAIL_RE = re.compile(r"\S+@\S+\.\w+|\+\d[\d ()./-]{6,}")
_SOURCE_RE = re.compile(r"^SOURCE [A-Z][\w&.,' -]*$")  # a release distributor's trailer, in capitals
_URL_ONLY_RE = re.compile(r"^\W*(?:(?:https?://|www\.)\S+|\S+@\S+\.\w+|\+?[\d ()./-]{7,})\W*$", re.I)
#: the words a time stamp line may hold beside dates, times and numbers
_STAMP_WORDS = frozenset({
    "updated", "update", "published", "posted", "last", "ago", "on", "at", "utc", "gmt", "et", "est", "edt", "pt",
    "pst", "pdt", "bst", "cet", "cest", "msk", "ist", "jst", "hkt", "sgt", "am", "pm", "a.m.", "p.m.", "min", "mins",
    "minute", "minutes", "hour", "hours", "day", "days", "read", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "|", "·", "-", "—", "–", "/"})
_ZONE_OFFSET_RE = re.compile(r"(?<=[a-z])[+\-\u2212]\d{1,2}(?::?\d\d)?$")  # "GMT+7", "UTC-05:00"
#: the words that make such a line a page's stamp rather than the article's date
_STAMP_MARKS = frozenset({"updated", "published", "posted", "ago", "utc", "gmt", "am", "pm", "a.m.", "p.m.", "read"})


def is_photo_caption(line: str) -> bool:
    """True for a photo caption or credit line: ``FILE PHOTO: …``, ``… REUTERS/Dado Ruvic``, ``… via Getty Images``.

    Examples
    --------
    >>> is_photo_caption("FILE PHOTO: A Huawei logo is seen. REUTERS/Dado Ruvic/Illustration")
    True
    >>> is_photo_caption("Reuters reported the deal on Monday."), is_photo_caption("Pictured: the new plant")
    (False, True)
    >>> is_photo_caption("A Reuters/Ipsos poll found support."), is_photo_caption("Getty Images sold its unit.")
    (False, False)
    """
    return bool(_PHOTO_RE.search(line) or _AGENCY_PHOTO_RE.search(line))


def is_credit(line: str) -> bool:
    """True for a credit line: ``Reporting by A and B in Kyiv; Editing by C``, ``X in Beijing contributed to this
    report.`` (each part after ``by`` names people: capitalised words and a few small words).

    Examples
    --------
    >>> is_credit("(Reporting by Joe Cash in Beijing; Editing by Kim Coghill)"), is_credit("Editing by Chris Reese")
    (True, True)
    >>> is_credit("Reporting by state media said the plant was closed.")
    False
    """
    if _CONTRIBUTED_RE.search(line):
        return True
    parts = [part.strip(" ()[].") for part in line.split(";")]
    for part in parts:
        match = _CREDIT_RE.match(part)
        words = match["names"].replace(",", " ").split() if match else []
        if not words or not all(w[0].isupper() or w.lower() in _CREDIT_SMALL_WORDS for w in words):
            return False
    return bool(parts)


def is_time_stamp(line: str) -> bool:
    """True for a page's time stamp: dates and times with a clock or update word (``December 2, 2024 7:05 PM UTC
    Updated ago``, ``5 min read``); a bare date stays, it dates the article.

    Examples
    --------
    >>> is_time_stamp("December 2, 2024 7:05 PM UTC Updated ago"), is_time_stamp("Updated 3 hours ago")
    (True, True)
    >>> is_time_stamp("March 4, 2025 9:12 AM GMT+7")
    True
    >>> is_time_stamp("March 12, 2024"), is_time_stamp("Updated May 5: talks ended")
    (False, False)
    """
    words = [_ZONE_OFFSET_RE.sub("", w.strip(",;:()[]").lower()) for w in line.split()]
    return bool(_STAMP_MARKS.intersection(words)) and all(not w or w in _STAMP_WORDS or not any(ch.isalpha() for ch in w)
                              or re.fullmatch(r"\d+(?:st|nd|rd|th|am|pm|h|m)", w) for w in words)


def is_wire_furniture(line: str) -> bool:
    """True for a line of a published article's furniture (see the module): captions, stamps, credits, trailers.

    Examples
    --------
    >>> is_wire_furniture("Our Standards: The Thomson Reuters Trust Principles., opens new tab")
    True
    >>> is_wire_furniture("SOURCE Nokia Oyj"), is_wire_furniture("Media contact: press@example.com")
    (True, True)
    >>> is_wire_furniture("Nokia said its source of growth was 5G.")
    False
    """
    return bool(is_photo_caption(line) or is_credit(line) or _SERVICE_RE.match(line) or _RELEASE_RE.match(line)
                or _SOURCE_RE.match(line) or _URL_ONLY_RE.match(line) or is_time_stamp(line)
                or is_page_furniture(line))


def drop_contact_blocks(lines: list[str]) -> list[str]:
    """``lines`` without a release's contact blocks: a contact heading and the short lines after it (names, desks,
    numbers), up to a blank line or a sentence.

    Examples
    --------
    >>> drop_contact_blocks(["Nokia signed it.", "Media Inquiries:", "Nokia Communications", "Phone: +358 1", "",
    ...                      "More text."])
    ['Nokia signed it.', '', 'More text.']
    """
    out: list[str] = []
    skipping = False
    for line in lines:
        if _CONTACT_HEAD_RE.match(line):
            skipping = True
            continue
        if skipping and line and (len(line.split()) <= _CONTACT_LINE_WORDS or _CONTACT_DETAIL_RE.search(line)) and \
                not line.endswith((".", "!", "?")):
            continue
        skipping = False
        out.append(line)
    return out


#: words of a title-case line that are lower case in a sentence too: the signal that a line is in title case
_TITLE_CASE_MARKS = frozenset({"To", "In", "With", "Of", "On", "For", "As", "And", "At", "Over", "From", "After",
                               "Into", "Amid", "Against", "By"})
_SMALL_WORDS = frozenset(w.lower() for w in _TITLE_CASE_MARKS) | {"a", "an", "the", "or", "but", "vs", "via", "up"}
_TITLE_CASE_SHARE = 0.8
_TITLE_CASE_WORDS = 4


@lru_cache(maxsize=1)
def headline_words() -> frozenset[str]:
    """The words :func:`sentence_case` lowers (``data/lexicon/headline_words.txt``).

    >>> {"with", "supplies", "bank"} & headline_words() == {"with", "supplies"}
    True
    """
    text = (data_dir() / "lexicon" / "headline_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def sentence_case(line: str) -> str:
    """A title-case headline with its function words and relation words in lower case, so that it reads as a
    sentence; names, acronyms and any other line are left as they are. Same length, same characters but case.

    Examples
    --------
    >>> sentence_case("Nokia Supplies Telkomsel With Radio Equipment")
    'Nokia supplies Telkomsel with Radio Equipment'
    >>> sentence_case("Samsung, SK Hynix get indefinite U.S. waiver for China fabs")
    'Samsung, SK Hynix get indefinite U.S. waiver for China fabs'
    >>> sentence_case("Commerce Adds 80 Entities to Entity List")  # AP style: small words already lower case
    'Commerce adds 80 Entities to Entity List'
    >>> sentence_case("Russian President Vladimir Putin Meets Xi Jinping In Beijing")
    'Russian President Vladimir Putin Meets Xi Jinping in Beijing'
    """
    words = line.split(" ")
    lower = headline_words()
    # content words: AP style keeps short function words in lower case ("Commerce Adds 80 Entities to …")
    alpha = [w for w in words if w[:1].isalpha() and w not in _SMALL_WORDS]
    if len(alpha) < _TITLE_CASE_WORDS or sum(w[0].isupper() for w in alpha) < _TITLE_CASE_SHARE * len(alpha) or \
            not (_TITLE_CASE_MARKS.intersection(words[1:]) or any(
                w[1:].islower() and w.strip(",:;").lower() in lower for w in words[1:] if w[:1].isupper())):
        return line
    return " ".join([words[0]] + [w[0].lower() + w[1:] if w[1:].islower() and w.strip(",:;").lower() in lower
                                  else w for w in words[1:]])
