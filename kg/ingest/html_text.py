"""Pull the article text and its metadata (title, date, url, site) out of an HTML page."""

from __future__ import annotations

import re
from typing import NamedTuple

from bs4 import BeautifulSoup, NavigableString, Tag

from kg.ingest.dates import normalise_date

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
              "template", "head", "title")
_BOILERPLATE_ATTR_RE = re.compile(
    r"nav|menu|footer|share|social|cookie|comment|related|subscribe|newsletter|breadcrumb|advert"
    r"|(?:^|[-_\s])ads?(?:$|[-_\s])",
    re.I)
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_BLOCK_TAGS = frozenset({"address", "article", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
                         "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "li", "main", "ol", "p", "pre",
                         "section", "table", "td", "th", "tr", "ul"})
_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
                   "date", "dc.date", "DC.date.issued")
_SECTION_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
_SPACES_RE = re.compile(r"\s+")


class HtmlArticle(NamedTuple):
    """The text of an HTML article (one block per line), its section headings and the metadata of its page."""

    text: str
    headings: list[str]
    title: str | None
    url: str | None
    published: str | None
    source: str | None


def _squash(text: str | None) -> str | None:
    text = _SPACES_RE.sub(" ", text or "").strip()
    return text or None


def _meta(soup: BeautifulSoup, *keys: str) -> str | None:
    """The content of the first ``<meta>`` whose property, name or itemprop is one of ``keys``."""
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            tag = soup.find("meta", attrs={attr: key})
            if isinstance(tag, Tag) and _squash(tag.get("content")):
                return _squash(tag.get("content"))
    return None


def page_metadata(soup: BeautifulSoup) -> dict[str, str | None]:
    """Title, url, published date (ISO when it parses) and site name of a page.

    Examples
    --------
    >>> soup = BeautifulSoup('<title>Deal | News</title><meta property="og:title" content="Deal">'
    ...     '<time datetime="2024-10-13T08:00:00+03:00">Oct 13</time>', "html.parser")
    >>> page_metadata(soup)
    {'title': 'Deal', 'url': None, 'published': '2024-10-13', 'source': None}
    """
    h1 = soup.find("h1")
    title = (_meta(soup, "og:title") or _squash(soup.title.get_text() if soup.title else None)
             or _squash(h1.get_text() if h1 else None))
    canonical = soup.find("link", rel="canonical")
    url = _squash(canonical.get("href") if isinstance(canonical, Tag) else None) or _meta(soup, "og:url")
    published = _meta(soup, *_PUBLISHED_KEYS)
    if published is None:
        time = soup.find("time", datetime=True)
        published = _squash(time.get("datetime")) if isinstance(time, Tag) else None
    return {"title": title, "url": url, "published": normalise_date(published) if published else None,
            "source": _meta(soup, "og:site_name")}


def _is_boilerplate_element(tag: Tag) -> bool:
    names = " ".join([*(tag.get("class") or []), tag.get("id") or ""])
    return bool(_BOILERPLATE_ATTR_RE.search(names)) or tag.get("role") in _BOILERPLATE_ROLES


def article_root(soup: BeautifulSoup) -> Tag:
    """The element that holds the article: the longest ``<article>``, else ``<main>``, else ``<body>``.

    Examples
    --------
    >>> article_root(BeautifulSoup("<body><main><p>x</p></main></body>", "html.parser")).name
    'main'
    """
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda tag: len(tag.get_text()))
    return soup.find("main") or soup.body or soup


def _block_of(node: NavigableString, root: Tag) -> Tag:
    for parent in node.parents:
        if parent is root or parent.name in _BLOCK_TAGS:
            return parent
    return root


def text_blocks(root: Tag) -> list[str]:
    """The text of ``root`` as blocks (paragraph, heading, list item, div text), whitespace collapsed.

    Examples
    --------
    >>> text_blocks(BeautifulSoup("<div>Intro <b>now</b><p>Para  one.</p>tail<br>line</div>", "html.parser"))
    ['Intro now', 'Para one.', 'tail', 'line']
    """
    blocks: list[str] = []
    current: list[str] = []
    owner: Tag | None = None

    def flush() -> None:
        text = _squash("".join(current))
        if text:
            blocks.append(text)
        current.clear()

    for node in root.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                flush()
            continue
        if type(node) is not NavigableString:  # comments, doctypes, CDATA
            continue
        block = _block_of(node, root)
        if block is not owner:
            flush()
            owner = block
        current.append(str(node))
    flush()
    return blocks


def extract_html(markup: str) -> HtmlArticle:
    """The article text of an HTML page without page furniture, one block per line, and its metadata.

    Examples
    --------
    >>> page = ('<html><head><title>T</title></head><body><nav>Home</nav><article><p>First  para.</p>'
    ...         '<div class="share-bar">Share</div><p>Second <b>bold</b>.</p></article></body></html>')
    >>> extract_html(page).text
    'First para.\\nSecond bold.'
    >>> extract_html("<h1>Deal</h1><p>Signed.</p><h2>What next</h2><p>Talks.</p>").headings
    ['What next']
    """
    soup = BeautifulSoup(markup, "html.parser")
    meta = page_metadata(soup)
    for tag in soup.find_all(_DROP_TAGS):
        if not tag.decomposed:
            tag.decompose()
    root = article_root(soup)
    for tag in root.find_all(True):
        if not tag.decomposed and _is_boilerplate_element(tag):
            tag.decompose()
    headings = [_squash(tag.get_text()) for tag in root.find_all(_SECTION_HEADING_TAGS)]
    return HtmlArticle(text="\n".join(text_blocks(root)), headings=[h for h in headings if h], **meta)
