"""Saved test pages in several CMS styles, with the article paragraphs and the boilerplate lines of each, and the
web site (feeds, robots.txt, failing URLs) the web tests serve from a local pytest-httpserver."""

from __future__ import annotations

import time
from dataclasses import dataclass

from werkzeug import Request, Response

# --- boilerplate shared by the templates (none of it may reach the extractor) ---------------------------------

COOKIE = "We use cookies to improve your experience on our website. By continuing you accept our cookie policy."
NAV = ["Home", "World", "Business", "Technology", "Opinion"]
RELATED = ["Oil prices slip as OPEC weighs output cut", "Ten gadgets to watch this autumn",
           "Election diary: the week in pictures"]
COMMENTS = ["Great article, thanks for sharing this analysis!", "I disagree with the premise entirely, sorry.",
            "Posted by reader42 at 10:14"]
NEWSLETTER = "Sign up for our daily briefing and get the top stories in your inbox."
FOOTER = "Contact us | Privacy policy | Terms of use"
SHARE = "Share on Facebook"


@dataclass
class SavedPage:
    """A page's markup, the paragraphs of its article (each must reach the text) and its boilerplate lines."""

    name: str
    html: str
    paragraphs: list[str]
    boilerplate: list[str]
    title: str
    published: str
    author: str | None
    site: str
    canonical: str


def _wordpress(paragraphs: list[str], title: str, canonical: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    nav = "".join(f'<li class="menu-item"><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    related = "".join(f'<li><a href="/r{i}">{r}</a></li>' for i, r in enumerate(RELATED))
    comments = "".join(f'<li class="comment"><article class="comment-body"><p>{c}</p></article></li>'
                       for c in COMMENTS)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8">
<title>{title} &#8211; Steppe Tech Review</title>
<meta property="og:site_name" content="Steppe Tech Review">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-09-02T07:15:00+00:00">
<meta name="author" content="Aigerim Bekova">
<link rel="canonical" href="{canonical}">
<script>var wpData = {{"ajaxurl": "/wp-admin/admin-ajax.php"}};</script>
</head>
<body class="post-template-default single single-post">
<div id="cookie-notice" role="dialog"><span class="cn-text">{COOKIE}</span><a class="cn-button">Accept</a></div>
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Steppe Tech Review</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-881" class="post-881 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published"
 datetime="2024-09-02T07:15:00+00:00">September 2, 2024</time></span> <span class="byline">by
 <span class="author vcard"><a class="url fn n" href="/author/aigerim/">Aigerim Bekova</a></span></span></div>
</header>
<div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook">{SHARE}</a></li><li><a class="share-twitter">Share on X</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/tech">Technology</a></span></footer>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;{title}&rdquo;</h2>
<ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{related}</ul></section>
<section class="widget"><p>{NEWSLETTER}</p></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">{FOOTER}</div></footer></div>
</body></html>"""


def _drupal(paragraphs: list[str], title: str, canonical: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    nav = "".join(f'<li class="nav-item"><a href="/{n.lower()}" class="nav-link">{n}</a></li>' for n in NAV)
    related = "".join(f'<div class="views-row"><span class="field-content"><a href="/n/{i}">{r}</a></span></div>'
                      for i, r in enumerate(RELATED))
    comments = "".join(f'<article class="comment js-comment"><div class="field--name-comment-body"><p>{c}</p>'
                       f'</div></article>' for c in COMMENTS)
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{title} | Caspian Business Daily</title>
<meta property="og:site_name" content="Caspian Business Daily">
<meta property="og:type" content="article">
<meta name="dcterms.date" content="2024-09-03T09:00:00+04:00">
<link rel="canonical" href="{canonical}">
</head>
<body class="path-node page-node-type-article">
<div class="eu-cookie-compliance-banner"><div class="popup-content"><p>{COOKIE}</p><button>Agree</button></div></div>
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><a href="/" rel="home">Caspian Business Daily</a></div>
<nav role="navigation" class="block-menu"><ul class="nav">{nav}</ul></nav></header>
<main role="main"><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>
<div class="node__meta"><span class="field--name-uid">Rustam Aliyev</span> <span>3 September 2024</span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
{body}
</div>
<div class="field field--name-field-tags"><div class="field__label">Tags</div><div class="field__item"><a href="/t/ai">AI</a></div></div>
</div>
<section class="comments"><h2>Comments</h2>{comments}</section>
</article>
<div class="view view-related-content"><h3>Related stories</h3>{related}</div>
<div class="block-newsletter"><p>{NEWSLETTER}</p></div>
</div></main>
<footer role="contentinfo"><div class="region region-footer"><p>{FOOTER}</p><p>&copy; 2024 Caspian Business Daily</p></div></footer>
</div></div>
</body></html>"""


def _react(paragraphs: list[str], title: str, canonical: str) -> str:
    body = "\n".join(f'<div data-testid="paragraph-{i}" class="article-body__paragraph__2-BtD">{p}</div>'
                     for i, p in enumerate(paragraphs))
    nav = "".join(f'<a data-testid="nav-link" class="nav__link">{n}</a>' for n in NAV)
    related = "".join(f'<li class="related__item"><a href="/s/{i}"><span>{r}</span></a></li>'
                      for i, r in enumerate(RELATED))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Meridian Wire</title>
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:title" content="{title}">
<meta name="article:published_time" content="2024-09-04T12:30:00Z">
<meta name="article:author" content="Li Wei">
<link rel="canonical" href="{canonical}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "{title}", "datePublished": "2024-09-04T12:30:00Z", "author": {{"@type": "Person", "name": "Li Wei"}},
 "publisher": {{"@type": "Organization", "name": "Meridian Wire"}}}}</script>
</head>
<body><div id="__next">
<div class="consent-banner__container" aria-label="Cookie consent"><p class="consent-banner__text">{COOKIE}</p></div>
<div class="site-header__wrapper"><div class="site-header__logo">Meridian Wire</div><div class="site-header__nav">{nav}</div></div>
<main id="main-content"><article class="article__container">
<header class="article-header"><h1 data-testid="Heading" class="text__heading_1">{title}</h1>
<div class="article-header__byline" data-testid="AuthorByline">By <a href="/authors/li-wei">Li Wei</a></div>
<time datetime="2024-09-04T12:30:00Z">September 4, 2024 12:30 PM UTC</time></header>
<div class="article-body__content">
{body}
</div>
<div class="social-share"><button>{SHARE}</button><button>Share on X</button></div>
</article>
<section class="related-coverage" data-testid="RelatedCoverage"><h2>Related Coverage</h2><ul>{related}</ul></section>
<div class="newsletter-signup-module"><p>{NEWSLETTER}</p><input type="email"></div>
</main>
<footer class="site-footer"><nav class="site-footer__links">{FOOTER}</nav></footer>
</div></body></html>"""


_TEMPLATES = {"wordpress": _wordpress, "drupal": _drupal, "react": _react}

CMS_ARTICLES = {
    "wordpress": ("Kazakhstan opens a data centre with Chinese partners", [
        "Kazakhstan opened a national data centre in Astana on Monday, built with equipment from Huawei and "
        "financed in part by a Chinese state bank.",
        "The centre will host government services and a cloud platform for local start-ups, the digital "
        "development ministry said in a statement.",
        "Officials said the facility would cut the country's reliance on servers abroad and bring public "
        "records under national control within two years.",
        "Critics in parliament asked how the government would audit the foreign equipment for security flaws.",
    ]),
    "drupal": ("Azerbaijan and Turkey agree on a drone factory", [
        "Azerbaijan and Turkey signed an agreement to build a drone assembly plant near Baku, the defence "
        "ministries of both countries announced on Tuesday.",
        "Baykar, the Turkish drone maker, will supply the designs and train the engineers who run the plant.",
        "Production is expected to begin in 2026 with an initial run of forty aircraft a year for the "
        "Azerbaijani armed forces.",
    ]),
    "react": ("Indonesia weighs Russian reactor offer", [
        "Indonesia is considering an offer from Rosatom to build a floating nuclear power plant off the coast "
        "of Kalimantan, two officials familiar with the talks said.",
        "The state utility has also held talks with a South Korean consortium about a land-based reactor, one "
        "of the officials added.",
        "A decision is not expected before next year's budget is approved by parliament in Jakarta.",
    ]),
}

AUTHORS = {"wordpress": "Aigerim Bekova", "drupal": None, "react": "Li Wei"}
SITES = {"wordpress": "Steppe Tech Review", "drupal": "Caspian Business Daily", "react": "Meridian Wire"}
DATES = {"wordpress": "2024-09-02", "drupal": "2024-09-03", "react": "2024-09-04"}
BOILERPLATE = [COOKIE, *NAV, *RELATED, *COMMENTS, NEWSLETTER, FOOTER, SHARE, "Leave a Reply", "Related stories",
               "Recent Posts", "Share this", "Tags"]


def saved_pages() -> list[SavedPage]:
    """The three CMS pages."""
    pages = []
    for name, (title, paragraphs) in CMS_ARTICLES.items():
        canonical = f"https://{name}.example/news/{name}-story"
        pages.append(SavedPage(name, _TEMPLATES[name](paragraphs, title, canonical), paragraphs, BOILERPLATE, title,
                               DATES[name], AUTHORS[name], SITES[name], canonical))
    return pages


# --- one wire story on three outlets --------------------------------------------------------------------------

WIRE_TITLE = "Russia and China sign AI research pact"
WIRE = [
    "Russia and China signed an agreement on artificial intelligence research in Moscow on Monday, the two "
    "governments said.",
    "Sberbank will cooperate with Huawei on cloud computing under the deal, according to a statement from the "
    "Kremlin.",
    "The pact also covers joint laboratories at universities in both countries and an exchange of researchers "
    "starting next spring.",
]


def wire_copies() -> list[SavedPage]:
    """The wire story as three outlets publish it (the three templates, each with its own furniture)."""
    return [SavedPage(f"wire-{name}", _TEMPLATES[name](WIRE, WIRE_TITLE, f"https://{name}.example/wire/ai-pact"),
                      WIRE, BOILERPLATE, WIRE_TITLE, DATES[name], AUTHORS[name], SITES[name],
                      f"https://{name}.example/wire/ai-pact")
            for name in _TEMPLATES]


# --- pages in other charsets ----------------------------------------------------------------------------------

CYRILLIC_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Сбербанк и Huawei</title></head><body><article>
<p>Sberbank (Сбербанк) and Huawei agreed to build a data centre in Kazan, the bank said in a statement.</p>
<p>German Gref (Герман Греф) said the project would be finished by the end of next year.</p>
</article></body></html>"""

CHINESE_PAGE = """<html><head><meta charset="gb2312"><title>华为 deal</title></head><body><article>
<p>Huawei (华为) signed a cloud agreement with Sberbank in Shenzhen on Friday, the company said.</p>
<p>The deal was announced by Xu Zhijun (徐直军), the rotating chairman of the company.</p>
</article></body></html>"""


# --- feeds ----------------------------------------------------------------------------------------------------

def rss(base: str, paths: list[str]) -> str:
    items = "".join(f"<item><title>Story {i}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
                    f"<pubDate>Mon, 0{1 + i % 8} Sep 2024 08:00:00 GMT</pubDate></item>"
                    for i, path in enumerate(paths))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test wire</title>'
            f"<link>{base}/</link><description>Test</description>{items}</channel></rss>")


def atom(base: str, paths: list[str]) -> str:
    entries = "".join(f'<entry><title>Story {i}</title><link href="{base}{path}"/><id>urn:test:{i}</id>'
                      f"<updated>2024-09-0{1 + i % 8}T08:00:00Z</updated><author><name>Desk</name></author></entry>"
                      for i, path in enumerate(paths))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test</title>'
            f"<id>urn:test</id><updated>2024-09-05T00:00:00Z</updated>{entries}</feed>")


ROBOTS = "User-agent: *\nDisallow: /private/\n"


def conditional(body: str | bytes, etag: str, content_type: str):
    """A handler that answers 304 to a request that names the current ETag."""

    def handler(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, status=200, headers={"ETag": etag, "Content-Type": content_type})

    return handler


def slow(seconds: float):
    def handler(request: Request) -> Response:
        time.sleep(seconds)
        return Response("<p>late</p>", content_type="text/html")

    return handler
