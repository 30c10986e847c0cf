"""The polite fetcher against a local server (pytest-httpserver): robots.txt, retries, timeouts, redirects, size
cap, content types, charsets, conditional GET and the per-host delay. All offline."""

from __future__ import annotations

import pytest
from werkzeug import Response

from kg.ingest.feeds import feed_entries
from kg.ingest.fetch import FetchError, Fetcher, FetchSettings
from web_pages import CHINESE_PAGE, CYRILLIC_PAGE, ROBOTS, atom, conditional, slow


class Waits:
    """Stands in for time.sleep: records the waits instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def site(httpserver):
    httpserver.expect_request("/robots.txt").respond_with_data(ROBOTS, content_type="text/plain")
    return httpserver


def fetcher(**settings) -> tuple[Fetcher, Waits]:
    waits = Waits()
    return Fetcher(FetchSettings(**{"delay": 0.0, "backoff": 0.5, **settings}), sleep=waits), waits


def test_robots_txt_disallows_a_path(site):
    site.expect_request("/private/a.html").respond_with_data("<p>secret</p>", content_type="text/html")
    site.expect_request("/public/a.html").respond_with_data("<p>open</p>", content_type="text/html")
    web, _ = fetcher()
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        web.get(site.url_for("/private/a.html"))
    assert web.get(site.url_for("/public/a.html")).text == "<p>open</p>"
    assert [r.path for r, _ in site.log].count("/robots.txt") == 1  # read once per host
    assert "/private/a.html" not in [r.path for r, _ in site.log]


def test_429_then_200_is_retried_after_the_wait_the_server_asks(site):
    answers = iter([Response("slow down", status=429, headers={"Retry-After": "3"}),
                    Response("<p>ok</p>", content_type="text/html")])
    site.expect_request("/busy").respond_with_handler(lambda request: next(answers))
    web, waits = fetcher()
    assert web.get(site.url_for("/busy")).body == b"<p>ok</p>"
    assert waits.waits == [3.0]


def test_500_is_retried_with_backoff_then_reported(site):
    site.expect_request("/broken").respond_with_data("oops", status=500)
    web, waits = fetcher(retries=2)
    with pytest.raises(FetchError, match=r"HTTP 500 INTERNAL SERVER ERROR after 3 attempts"):
        web.get(site.url_for("/broken"))
    assert waits.waits == [0.5, 1.0]


def test_timeout_is_one_error(site):
    site.expect_request("/slow").respond_with_handler(slow(1.5))
    web, _ = fetcher(timeout=0.3)
    with pytest.raises(FetchError, match=r"timed out after 0.3 s"):
        web.get(site.url_for("/slow"))


def test_redirect_chain_is_followed_and_the_final_url_kept(site):
    for source, target in (("/r1", "/r2"), ("/r2", "/r3"), ("/r3", "/final.html")):
        site.expect_request(source).respond_with_response(Response(status=301, headers={"Location": target}))
    site.expect_request("/final.html").respond_with_data("<p>here</p>", content_type="text/html")
    page = fetcher()[0].get(site.url_for("/r1"))
    assert (page.url, page.final_url) == (site.url_for("/r1"), site.url_for("/final.html"))


def test_a_redirect_to_a_disallowed_path_is_not_followed(site):
    site.expect_request("/go").respond_with_response(Response(status=302, headers={"Location": "/private/x.html"}))
    site.expect_request("/private/x.html").respond_with_data("<p>secret</p>", content_type="text/html")
    with pytest.raises(FetchError, match=r"redirected to .*/private/x.html, which robots.txt disallows"):
        fetcher()[0].get(site.url_for("/go"))
    assert "/private/x.html" not in [r.path for r, _ in site.log]


def test_a_20_mb_page_is_refused(site):
    site.expect_request("/huge.html").respond_with_data(b"<p>" + b"x" * 20_000_000 + b"</p>", content_type="text/html")
    with pytest.raises(FetchError, match=r"page too large \(20,000,007 bytes, the cap is 10,000,000\)"):
        fetcher()[0].get(site.url_for("/huge.html"))


def test_a_pdf_is_refused_by_its_content_type(site):
    site.expect_request("/report.pdf").respond_with_data(b"%PDF-1.7\n...", content_type="application/pdf")
    with pytest.raises(FetchError, match=r"not a page kg reads \(content type application/pdf\)"):
        fetcher()[0].get(site.url_for("/report.pdf"))


def test_windows_1251_from_the_header_and_gb2312_from_the_meta_tag(site):
    site.expect_request("/ru.html").respond_with_data(CYRILLIC_PAGE.encode("windows-1251"),
                                                      content_type="text/html; charset=windows-1251")
    site.expect_request("/zh.html").respond_with_data(CHINESE_PAGE.encode("gb2312"), content_type="text/html")
    web, _ = fetcher()
    assert "Sberbank (Сбербанк)" in web.get(site.url_for("/ru.html")).text
    assert "Xu Zhijun (徐直军)" in web.get(site.url_for("/zh.html")).text


def test_conditional_get_answers_none_when_not_modified(site):
    site.expect_request("/a.html").respond_with_handler(conditional("<p>a</p>", '"v1"', "text/html"))
    web, _ = fetcher()
    page = web.get(site.url_for("/a.html"))
    assert page.validators == {"etag": '"v1"'}
    assert web.get(site.url_for("/a.html"), validators=page.validators) is None
    assert site.log[-1][0].headers["If-None-Match"] == '"v1"' and site.log[-1][1].status_code == 304


def test_per_host_delay_spaces_requests_to_one_host(site):
    site.expect_request("/a.html").respond_with_data("<p>a</p>", content_type="text/html")
    clock = iter(range(0, 100))
    waits = Waits()
    web = Fetcher(FetchSettings(delay=5.0), sleep=waits, clock=lambda: float(next(clock)))
    web.get(site.url_for("/a.html"))
    web.get(site.url_for("/a.html"))
    assert waits.waits and all(0 < wait <= 5.0 for wait in waits.waits)


def test_atom_feed_entries(site):
    base = site.url_for("")[:-1]
    site.expect_request("/atom.xml").respond_with_data(atom(base, ["/a.html", "/b.html"]),
                                                       content_type="application/atom+xml")
    page = fetcher()[0].get(site.url_for("/atom.xml"), accept=("application/atom+xml",))
    entries = feed_entries(page.body, page.final_url)
    assert [(e.entry_id, e.link, e.published, e.author) for e in entries] == [
        ("urn:test:0", base + "/a.html", "2024-09-01", "Desk"), ("urn:test:1", base + "/b.html", "2024-09-02", "Desk")]
