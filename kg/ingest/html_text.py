"""Pull the article text and its metadata (title, date, author, site, url) out of an HTML page, with trafilatura.

trafilatura finds the main text of a page in any of the usual templates (navigation, cookie banners, related
lists, comment threads and bylines are left out) and reads its metadata; this module turns its result into one
block per line and keeps the section headings apart, for :func:`kg.ingest.clean.clean_text` to finish.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from functools import lru_cache
from typing import Any, Callable

from lxml import etree, html as lxml_html

from kg.ingest.dates import normalise_date

_SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _trafilatura() -> tuple[Callable[..., Any], Any]:
    """trafilatura's ``bare_extraction`` and kg's settings for it (imported on the first HTML page: half a second)."""
    from trafilatura import bare_extraction
    from trafilatura.settings import use_config

    config = use_config()
    #: trafilatura drops a main text under 250 characters by default; a short news brief is still an article
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    config.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # its timeout uses signals, which only work in the main thread
    return bare_extraction, config
#: the markup is decoded already: a page's own <meta charset> must not make lxml decode it again
_PARSER = lxml_html.HTMLParser(encoding="utf-8")
_INVISIBLE = ("script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form")
_BLOCKS = frozenset({"p", "head", "item", "quote", "row", "code", "lb"})


class HtmlArticle(NamedTuple):
    """The text of an HTML article (one block per line), its section headings and the metadata of its page."""

    text: str
    headings: list[str]
    title: str | None
    url: str | None
    published: str | None
    source: str | None
    author: str | None = None


def _squash(text: str | None) -> str | None:
    text = _SPACES_RE.sub(" ", text or "").strip()
    return text or None


def _canonical(tree: etree._Element) -> str | None:
    """The page's ``<link rel="canonical">``, which trafilatura ranks below ``og:url``."""
    for href in tree.xpath('//link[@rel="canonical"]/@href'):
        if _squash(href):
            return _squash(href)
    return None


def body_lines(body: etree._Element) -> tuple[list[str], list[str]]:
    """The text blocks of trafilatura's XML body (paragraphs, headings, list items, quotes, table rows), and the
    section headings among them (``h2`` and below; the ``h1`` headline stays text).

    Examples
    --------
    >>> body = etree.fromstring('<body><head rend="h1">Deal</head><p>Signed  <hi>now</hi>.</p>'
    ...     '<head rend="h2">Next</head><list><item>One.</item><item>Two.</item></list></body>')
    >>> body_lines(body)
    (['Deal', 'Signed now.', 'Next', 'One.', 'Two.'], ['Next'])
    """
    lines: list[str] = []
    headings: list[str] = []
    for element in body.iter():
        if element.tag not in _BLOCKS or any(parent.tag in _BLOCKS for parent in element.iterancestors()):
            continue
        if element.tag == "row":
            text = _squash(" ".join(_squash("".join(cell.itertext())) or "" for cell in element))
        else:
            text = _squash("".join(element.itertext()))
        if not text:
            continue
        lines.append(text)
        if element.tag == "head" and element.get("rend", "h2") != "h1":
            headings.append(text)
    return lines, headings


def visible_text(tree: etree._Element) -> str:
    """The text of a page in which trafilatura found no block (bare text): the body without scripts and furniture.

    Examples
    --------
    >>> visible_text(lxml_html.document_fromstring("<body>Chips sold.<script>x()</script><nav>Home</nav></body>"))
    'Chips sold.'
    """
    for element in tree.xpath("|".join(f"//{tag}" for tag in _INVISIBLE)):
        element.drop_tree()
    body = tree.find("body")
    return _squash("".join((body if body is not None else tree).itertext())) or ""


def extract_html(markup: str, *, url: str | None = None) -> HtmlArticle:
    """The article text of an HTML page without page furniture, one block per line, and its metadata.

    ``url`` is where the page came from (it helps trafilatura and is the page's url when it names none).

    Examples
    --------
    >>> page = ('<html><head><title>T</title></head><body><nav>Home</nav><article><p>First  para.</p>'
    ...         '<div class="share-bar">Share</div><p>Second <b>bold</b>.</p></article></body></html>')
    >>> extract_html(page).text
    'First para.\\nSecond bold.'
    >>> extract_html("<article><h1>Deal</h1><p>Signed.</p><h2>What next</h2><p>Talks.</p></article>").headings
    ['What next']
    """
    try:
        tree = lxml_html.document_fromstring(markup.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return HtmlArticle("", [], None, url, None, None)
    canonical = _canonical(tree)
    dated = tree.xpath("//time/@datetime")
    for element in list(tree.iter("time")):
        element.drop_tag()  # trafilatura drops <time> with its text ("Posted March 2." would lose its date)
    bare_extraction, config = _trafilatura()
    found = bare_extraction(tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
                            include_formatting=False, config=config)
    lines, headings = body_lines(found.body) if found is not None and found.body is not None else ([], [])
    if not lines:  # no block found (bare text): the page's visible text
        page = lxml_html.document_fromstring(markup.encode("utf-8"), parser=_PARSER)  # ``tree`` is pruned
        text = visible_text(page)
        lines = [text] if text else []
    if found is None:
        return HtmlArticle("\n".join(lines), [], None, canonical or url, None, None)
    date = found.date or (_squash(dated[0]) if dated else None)
    published = normalise_date(date) if date else None
    return HtmlArticle(text="\n".join(lines), headings=headings, title=_squash(found.title),
                       url=canonical or _squash(found.url) or url, published=published,
                       source=_squash(found.sitename), author=_squash(found.author))
