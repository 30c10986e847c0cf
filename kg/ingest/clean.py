"""Clean article text: normalise whitespace, drop page boilerplate, split off the dateline and section headings.

Every rule is a small pure function over one line (or the list of lines); ``clean_text`` runs them in order.
For HTML, trafilatura (:mod:`kg.ingest.html_text`) has already dropped the page furniture by its markup
(navigation, banners, related lists, comments); these rules catch what it cannot tell from the markup: lines inside
the article body that are boilerplate by their words (share and follow lines, teasers, advertisement markers,
copyright and comment-box lines, bylines, lines in another script), and they clean plain-text inputs.
The cleaned text has one paragraph per line and never joins two lines, because later steps treat every
line as a sentence boundary.

Examples
--------
>>> c = clean_text("LUCKNOW: The state signed a deal.\\nWhy now:\\nIt needs chips.\\nComments are closed.")
>>> c.text
'The state signed a deal.\\nIt needs chips.'
>>> c.dateline, c.headings
('LUCKNOW', ['Why now'])
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from typing import NamedTuple

from kg.ingest.r14wire import body_case, split_release_dateline, tidy_published
from kg.ingest.r15newsb import is_dated_credit, match_agency_dateline
from kg.ingest.r16pub4 import later_agency_dateline, strip_transcript_labels
from kg.ingest.r17pub5 import is_agency_credit, is_register_furniture, strip_footnotes
from kg.ingest.r17pub6 import drop_footnote_marks, is_newsletter_furniture, later_place_dateline
from kg.ingest.wire import drop_contact_blocks, is_wire_furniture, sentence_case


class Cleaned(NamedTuple):
    """The cleaned text of an article, and the dateline and section headings taken out of it."""

    text: str
    dateline: str | None
    headings: list[str]


# --- normalisation -------------------------------------------------------------------------------------------

_SPACE_LIKE_RE = re.compile(r"[\t\f\v\u00a0\u2007\u202f\u3000 ]+")
_INVISIBLE_RE = re.compile(r"[\u200b\u2060\ufeff]")
_BLANK_RUN_RE = re.compile(r"\n{3,}")

# --- boilerplate lines ---------------------------------------------------------------------------------------

_COMMENTS_RE = re.compile(
    r"^(?:comments? (?:are|is) (?:now )?closed|comments? (?:have been |are )?(?:disabled|turned off)"
    r"|(?:leave|post|add) a (?:comment|reply)|no comments(?: yet)?|\d+ comments?|(?:view|show|load) comments)\W*$",
    re.I)
_SOCIAL_NAMES = frozenset({
    "facebook", "twitter", "x", "whatsapp", "telegram", "vk", "vkontakte", "ok", "odnoklassniki", "linkedin",
    "instagram", "youtube", "tiktok", "reddit", "pinterest", "tumblr", "threads", "bluesky", "mastodon", "weibo",
    "wechat", "viber", "line", "messenger", "skype", "snapchat", "flipboard", "pocket", "rss", "email", "e-mail",
    "mail", "print", "copy link", "copy", "link", "google news", "google", "news", "dzen", "rutube",
    "вконтакте", "одноклассники", "телеграм",
})
_SOCIAL_SEP_RE = re.compile(r"\s*(?:[|·•,/;]|\band\b)\s*", re.I)
_SHARE_PREFIX_RE = re.compile(
    r"^(?:follow [\w&.'’ -]{1,40}? on|share(?: (?:this|the)(?: article| story| post| page| video)?)?"
    r"(?: on| via| with)?|follow(?: us)?(?: on)?|(?:find|join) us on|connect with us(?: on)?"
    r"|поделиться|partager|teilen|compartir|condividi)"
    r"(?=$|[\s:|·•\-–—])[\s:|·•\-–—]*",
    re.I)
_READ_MORE_RE = re.compile(
    r"^(?:(?:read more|read also|also read|see also|more on this(?: story)?|you may also like|don'?t miss"
    r"|related(?: articles?| stories| news| content| coverage| posts?| reading)?|recommended(?: stories| articles)?)"
    r"\s*(?:[:\-–—|>»]|$)|click here\b|subscribe\b|sign up (?:for|to)\b)",
    re.I)
_ADVERT_RE = re.compile(
    r"^[\W_]*(?:advertisement|advertising|advert|ads?|sponsored(?: content)?|promoted(?: content)?"
    r"|scroll to continue(?: with content)?)[\W_]*$",
    re.I)
_COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))|\ball rights reserved\b", re.I)
_BYLINE_RE = re.compile(r"^(?:By|BY)\s+(?P<names>\S.*)$")
_BYLINE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "our", "from", "in", "of", "for", "with", "&"})
_BYLINE_MAX_WORDS = 6
_SEPARATOR_RE = re.compile(r"^[#*=_~\-–—•·\s]+$")
_TRAILING_HASH_RE = re.compile(r"(?<=[.!?\"”’)\]])\s*#+$")

# --- dateline ------------------------------------------------------------------------------------------------

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_PLACE = r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*"
_DATE = rf"(?:{_MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}"
#        "25th February, 2026 (WAM)": an ordinal day and a comma before the year (r17pub5)
_DATE = _DATE + rf"|\d{{1,2}}(?:st|nd|rd|th) {_MONTH},? \d{{4}})"
_DATELINE_RE = re.compile(
    rf"^(?P<dateline>{_PLACE}(?:\s*[,/]\s*{_PLACE})*(?:,? {_DATE})?(?: ?\((?:{_DATE}|[A-Za-z][\w .&'-]*)\))?)"
    r"\s*(?::|--|—|–|-)(?=\s|$)\s*(?P<rest>.*)$")
#: all-caps labels that open a line like a dateline but name no place
_NOT_PLACES = frozenset({"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "OPINION", "ANALYSIS",
                         "EDITORIAL", "WATCH", "VIDEO", "PHOTOS", "LIVE", "NOTE", "EDITOR'S NOTE"})

# --- section headings ----------------------------------------------------------------------------------------

_HEADING_MAX_WORDS = 8
_SENTENCE_END_RE = re.compile(r"[.!?:;,…\"”’'»)]$")
_INNER_SENTENCE_BREAK_RE = re.compile(r"[.!?] ")
#: a line ending with one of these words and a colon introduces a quote or a list: it is text, not a heading
_LEAD_IN_WORDS = frozenset({"said", "says", "added", "adds", "told", "stated", "states", "read", "reads", "wrote",
                            "writes", "noted", "notes", "explained", "explains", "declared", "announced", "include",
                            "includes", "including", "follows", "following", "are", "is", "was", "were"})
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on",
                                "or", "the", "to", "vs", "vs.", "with", "&", "—", "–", "-"})


def normalise_text(raw: str) -> str:
    """Normalise newlines, Unicode (NFC) and spaces; strip each line; collapse runs of blank lines into one.

    Examples
    --------
    >>> normalise_text("Line  one \\r\\nLine\\u00a0two\\r\\n\\r\\n\\r\\n\\r\\nEnd\\n")
    'Line one\\nLine two\\n\\nEnd'
    """
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SPACE_LIKE_RE.sub(" ", _INVISIBLE_RE.sub("", text))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUN_RE.sub("\n\n", text).strip("\n")


def is_mostly_non_latin(line: str) -> bool:
    """True when more than half of the letters of ``line`` are not Latin (a closing line in another script).

    Examples
    --------
    >>> is_mostly_non_latin("মন্তব্যসমূহ বন্ধ করা হয়.")
    True
    >>> is_mostly_non_latin("Sberbank (Сбербанк) is Russia's biggest bank.")
    False
    """
    letters = [ch for ch in line if ch.isalpha()]
    non_latin = sum(1 for ch in letters if not unicodedata.name(ch, "").startswith("LATIN"))
    return non_latin * 2 > len(letters)


def is_comments_closed(line: str) -> bool:
    """True for comment-box lines such as ``Comments are closed.``.

    Examples
    --------
    >>> is_comments_closed("Comments are closed."), is_comments_closed("Leave a Reply")
    (True, True)
    >>> is_comments_closed("Comments by the minister are expected today.")
    False
    """
    return bool(_COMMENTS_RE.match(line))


def is_social_list(line: str) -> bool:
    """True when ``line`` is only social network names separated by ``| · , /``.

    Examples
    --------
    >>> is_social_list("Telegram | VK | WhatsApp"), is_social_list("Facebook, Twitter")
    (True, True)
    >>> is_social_list("Telegram and VK grew fast")
    False
    """
    parts = [part.strip(" :.-–—").lower() for part in _SOCIAL_SEP_RE.split(line.strip())]
    parts = [part for part in parts if part]
    return bool(parts) and all(
        part in _SOCIAL_NAMES or all(word in _SOCIAL_NAMES for word in part.split()) for part in parts)


def is_share_line(line: str) -> bool:
    """True for share and follow lines: ``Share this article``, ``Follow us on Telegram | VK``, a list of networks.

    Examples
    --------
    >>> is_share_line("Share: WhatsApp · Facebook · X"), is_share_line("Follow us on Telegram | VK | WhatsApp")
    (True, True)
    >>> is_share_line("Share this article"), is_share_line("Share prices fell 3% on Monday.")
    (True, False)
    >>> is_share_line("Поделиться: VK · Telegram · WhatsApp"), is_share_line("Partager : Facebook · X")
    (True, True)
    """
    match = _SHARE_PREFIX_RE.match(line)
    if match and (not line[match.end():].strip() or is_social_list(line[match.end():])):
        return True
    return is_social_list(line)


def is_read_more_line(line: str) -> bool:
    """True for teasers: ``Read more: …``, ``Also read: …``, ``Related: …``, ``Click here``, ``Subscribe``.

    Examples
    --------
    >>> is_read_more_line("Also read: Russia bets on AI"), is_read_more_line("Subscribe to our newsletter")
    (True, True)
    >>> is_read_more_line("Related talks were held in Beijing.")
    False
    """
    return bool(_READ_MORE_RE.match(line))


def is_advertisement(line: str) -> bool:
    """True for advertisement markers such as ``Advertisement`` or ``- Advertisement -``.

    Examples
    --------
    >>> is_advertisement("- Advertisement -"), is_advertisement("Advertising revenue rose.")
    (True, False)
    """
    return bool(_ADVERT_RE.match(line))


def is_copyright(line: str) -> bool:
    """True for copyright lines (``© 2024 …``, ``Copyright 2024 …``, ``… All rights reserved``).

    Examples
    --------
    >>> is_copyright("© 2024 TASS"), is_copyright("Reuters. All rights reserved.")
    (True, True)
    >>> is_copyright("Copyright law was changed in 2021.")
    False
    """
    return bool(_COPYRIGHT_RE.search(line))


def is_byline(line: str) -> bool:
    """True for a short byline (``By Namita Bajpai``): ``By`` and capitalised words, no final period.

    Examples
    --------
    >>> is_byline("By Namita Bajpai"), is_byline("By a Staff Correspondent")
    (True, True)
    >>> is_byline("By partnering with non-Western countries, Russia seeks influence."), is_byline("By the numbers")
    (False, False)
    """
    match = _BYLINE_RE.match(line)
    if not match or line.endswith("."):
        return False
    words = [word.strip(",;|") for word in match["names"].split()]
    return len(words) <= _BYLINE_MAX_WORDS and all(
        not word or word[0].isupper() or word.lower() in _BYLINE_SMALL_WORDS for word in words)


def is_separator_line(line: str) -> bool:
    """True for a lone ``#`` and other decorative lines (``###``, ``***``, ``---``).

    Examples
    --------
    >>> is_separator_line("#"), is_separator_line("* * *"), is_separator_line("# 1")
    (True, True, False)
    """
    return bool(_SEPARATOR_RE.match(line))


_BOILERPLATE_RULES = (is_mostly_non_latin, is_comments_closed, is_share_line, is_read_more_line, is_advertisement,
                      is_copyright, is_byline, is_separator_line, is_wire_furniture, is_dated_credit)


def is_boilerplate(line: str) -> bool:
    """True when any boilerplate rule matches the (non-blank) ``line``.

    Examples
    --------
    >>> is_boilerplate("Advertisement"), is_boilerplate("Russia and China signed a deal.")
    (True, False)
    """
    return bool(line) and any(rule(line) for rule in _BOILERPLATE_RULES)


def strip_trailing_hash(line: str) -> str:
    """Remove a ``#`` end marker glued to the end of the last sentence.

    Examples
    --------
    >>> strip_trailing_hash("... India and Brazil.#")
    '... India and Brazil.'
    >>> strip_trailing_hash("written in C#")
    'written in C#'
    """
    return _TRAILING_HASH_RE.sub("", line)


def match_dateline(line: str) -> tuple[str, str] | None:
    """Split a dateline (``MOSCOW, June 5 —``) off ``line``: ``(dateline, rest of the line)``, or None.

    A dateline followed by text on the same line counts only when that text ends like a sentence, so a
    headline such as ``NASA: Artemis launch delayed`` is not taken for one.

    Examples
    --------
    >>> match_dateline("ABU DHABI, Oct 13 (WAM) -- The UAE signed a deal.")
    ('ABU DHABI, Oct 13 (WAM)', 'The UAE signed a deal.')
    >>> match_dateline("RUSSIA, MOSCOW:"), match_dateline("WASHINGTON (Reuters) -")
    (('RUSSIA, MOSCOW', ''), ('WASHINGTON (Reuters)', ''))
    >>> match_dateline("LIMA, PERU (3 May 2026) — The bank approved a loan.")  # the date in brackets (r17pub7)
    ('LIMA, PERU (3 May 2026)', 'The bank approved a loan.')
    >>> match_dateline("NASA: Artemis launch delayed") is None
    True
    """
    match = _DATELINE_RE.match(line)
    if not match or match["dateline"].split(",")[0] in _NOT_PLACES:
        return match_agency_dateline(line)  # "Brussels (AFP) - …" (r15newsb)
    rest = match["rest"].strip()
    if rest and not re.search(r"[.!?\"”’)]$", rest):
        return None
    return match["dateline"], rest


def split_dateline(lines: list[str]) -> tuple[str | None, list[str]]:
    """Take the dateline from the first line, or from the second when the first is a headline.

    Examples
    --------
    >>> split_dateline(["Putin Backs AI Plan", "MOSCOW, June 5 —", "Putin spoke."])
    ('MOSCOW, June 5', ['Putin Backs AI Plan', 'Putin spoke.'])
    >>> split_dateline(["LUCKNOW: The state signed a deal."])
    ('LUCKNOW', ['The state signed a deal.'])
    """
    for index, line in enumerate(lines[:2]):
        found = match_dateline(line)
        if found:
            dateline, rest = found
            return dateline, lines[:index] + ([rest] if rest else []) + lines[index + 1:]
        if _SENTENCE_END_RE.search(line):
            break
    return split_release_dateline(lines)  # a release's dateline may follow its headline, summary and stamp


def colon_heading(line: str) -> str | None:
    """The heading text of a short line ending with ``:`` (``What happened:`` -> ``What happened``), else None.

    Examples
    --------
    >>> colon_heading("AI Research and Development:"), colon_heading("Why YMTC:")
    ('AI Research and Development', 'Why YMTC')
    >>> colon_heading("The minister said:") is None
    True
    """
    if not line.endswith(":") or _INNER_SENTENCE_BREAK_RE.search(line):
        return None
    words = line[:-1].split()
    if not words or len(words) > _HEADING_MAX_WORDS or words[-1].lower() in _LEAD_IN_WORDS:
        return None
    return line[:-1].strip()


def is_title_case_heading(line: str) -> bool:
    """True for a short title-case line without final punctuation (``Tougher Terms for AI Chips``).

    Examples
    --------
    >>> is_title_case_heading("Joint Ventures and Investments"), is_title_case_heading("Chips were scarce")
    (True, False)
    """
    words = line.split()
    if not words or len(words) > _HEADING_MAX_WORDS or _SENTENCE_END_RE.search(line):
        return False
    if not any(ch.isalpha() for ch in line) or not words[0][0].isupper():
        return False
    return all(word[0].isupper() or word[0].isdigit() or word.lower() in _TITLE_SMALL_WORDS for word in words)


def split_headings(lines: list[str], known: Collection[str] = ()) -> tuple[list[str], list[str]]:
    """Separate section headings from text lines; the first line (the headline) and the last stay text.

    ``known`` are headings marked up as such (HTML ``<h2>``, Markdown ``##``); they count anywhere but on
    the first line.

    Examples
    --------
    >>> split_headings(["China Bets on Chips", "Beijing spends.", "Why YMTC:", "Market Share", "It grows."])
    (['China Bets on Chips', 'Beijing spends.', 'It grows.'], ['Why YMTC', 'Market Share'])
    >>> split_headings(["Beijing spends.", "What next", "It grows."], known={"What next"})
    (['Beijing spends.', 'It grows.'], ['What next'])
    """
    text, headings = [], []
    for index, line in enumerate(lines):
        heading = colon_heading(line)
        if heading is None and 0 < index and (
                line in known or index < len(lines) - 1 and is_title_case_heading(line)):
            heading = line
        if heading is None:
            text.append(line)
        else:
            headings.append(heading)
    return text, headings


def clean_text(raw: str, *, known_headings: Collection[str] = ()) -> Cleaned:
    """Clean an article: normalise, drop boilerplate, take out the dateline and headings; one paragraph per line.

    ``known_headings`` are lines the markup of the source marks as section headings.

    Examples
    --------
    >>> clean_text("By Staff Reporter\\n\\nMOSCOW, June 5 —\\nPutin spoke.\\nShare this article").text
    'Putin spoke.'
    """
    lines = [line for line in drop_contact_blocks(tidy_published(drop_footnote_marks(normalise_text(raw)).split("\n")))
             if line and not is_boilerplate(line) and not is_newsletter_furniture(line) and not is_agency_credit(line)
             and not is_register_furniture(line)]  # "WAM/A B/C D", "15 CFR Part 744" (r17pub5)
    lines = strip_footnotes(lines)  # "... Intel.[52]": the marker glued to a word (r17pub5)
    if lines:
        lines[-1] = strip_trailing_hash(lines[-1])
    dateline, lines = split_dateline(lines)
    if dateline is None:  # "JAKARTA, Feb 18 (Reuters) -" below a headline, bullets and a byline (r16pub4)
        dateline, lines = later_agency_dateline(lines, match_dateline)
    if dateline is None:  # "TOKYO, Japan and PUNE, India, March 9, 2026 --" below a release's headline (r17pub6)
        dateline, lines = later_place_dateline(lines, match_dateline)
    lines = strip_transcript_labels(lines)  # "Reuters: …?", "Mao Ning: …" of a press-conference transcript
    lines, headings = split_headings(lines, {normalise_text(heading) for heading in known_headings})
    if lines:
        lines[0] = body_case(sentence_case(lines[0]), lines[1:])  # a title-case headline read as a sentence
    return Cleaned("\n".join(lines), dateline, headings)
