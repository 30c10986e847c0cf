"""Strip Markdown markup lightly, keeping the article text line by line."""

from __future__ import annotations

import re
from typing import NamedTuple

_FRONT_MATTER_RE = re.compile(r"\A---\n.*?\n---[ \t]*(?:\n|\Z)", re.S)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)
_FENCE_RE = re.compile(r"^ {0,3}(?:```|~~~).*$", re.M)
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\](?:\((?:[^()\n]|\([^)\n]*\))*\)|\[[^\]\n]*\])")
_LINK_RE = re.compile(r"\[([^\]\n]+)\]\((?:[^()\n]|\([^)\n]*\))*\)")
_REF_LINK_RE = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_LINK_DEF_RE = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]+\S.*$", re.M)
_TITLE_RE = re.compile(r"^ {0,3}#[ \t]+\S")
_HEADING_RE = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_RULE_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)
_BULLET_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M)
_QUOTE_RE = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M)
_CODE_RE = re.compile(r"`([^`\n]+)`")
_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS_RE = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")


class MarkdownText(NamedTuple):
    """The plain text of a Markdown article, its title and its section headings."""

    text: str
    title: str | None
    headings: list[str]


def strip_markdown(text: str) -> MarkdownText:
    """The plain text of a Markdown article, its title (a first-line ``# Title``) and its other headings.

    Headings keep their text on their own line; emphasis, code, link and image markup, HTML comments,
    list and quote markers and horizontal rules are removed.

    Examples
    --------
    >>> md = strip_markdown("# Chips *Deal*\\n\\n![logo](a.png)**Huawei** signed [a deal](http://x.y).\\n## Why Now\\n")
    >>> md.text
    'Chips Deal\\n\\nHuawei signed a deal.\\nWhy Now'
    >>> md.title, md.headings
    ('Chips Deal', ['Why Now'])
    """
    text = _COMMENT_RE.sub("", _FRONT_MATTER_RE.sub("", text.replace("\r\n", "\n")))
    # every later substitution keeps the lines in place, so heading lines can be found again by number
    lines = text.split("\n")
    first = next((number for number, line in enumerate(lines) if line.strip()), 0)
    has_title = bool(_TITLE_RE.match(lines[first])) if lines else False
    heading_numbers = [number for number, line in enumerate(lines)
                       if _HEADING_RE.fullmatch(line) and not (has_title and number == first)]
    text = _FENCE_RE.sub("", text)
    text = _IMAGE_RE.sub("", text)
    text = _REF_LINK_RE.sub(r"\1", _LINK_RE.sub(r"\1", text))
    text = _LINK_DEF_RE.sub("", text)
    text = _HEADING_RE.sub(r"\1", text)
    text = _RULE_RE.sub("", text)
    text = _QUOTE_RE.sub("", _BULLET_RE.sub("", text))
    text = _CODE_RE.sub(r"\1", text)
    text = _EMPHASIS_RE.sub(r"\2", _STRONG_RE.sub(r"\2", text))
    lines = text.split("\n")
    title = lines[first].strip() or None if has_title else None
    headings = [lines[number].strip() for number in heading_numbers if lines[number].strip()]
    return MarkdownText(text.strip("\n"), title, headings)
