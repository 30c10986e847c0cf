"""Web pages into documents and graphs, offline: saved CMS pages through trafilatura and the cleaner, the same wire
story on three outlets, a feed followed into a store twice, and a WARC file against the same pages as files."""

from __future__ import annotations

import csv
import gc
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter
from werkzeug import Response

from kg.analysis import to_networkx
from kg.cli import app
from kg.ingest import iter_documents
from kg.ingest.web import web_session
from kg.scale.warc import warc_paths
from kg.store import open_graph
from web_pages import ROBOTS, conditional, rss, saved_pages, wire_copies

PAGES = saved_pages()
COPIES = wire_copies()


def lines_of(text: str) -> list[str]:
    return text.split("\n")


@pytest.mark.parametrize("page", PAGES + COPIES, ids=lambda p: p.name)
def test_saved_page_loses_no_paragraph_and_lets_no_boilerplate_through(tmp_path, page):
    path = tmp_path / f"{page.name}.html"
    path.write_text(page.html, encoding="utf-8")
    [doc] = iter_documents([str(path)])
    lines = lines_of(doc.text)
    assert [p for p in page.paragraphs if p not in lines] == []  # no article paragraph lost
    assert [line for line in lines if line not in page.paragraphs] in ([], [page.title])  # only the headline added
    assert [b for b in page.boilerplate if b in doc.text] == []  # no boilerplate line through
    assert (doc.title, doc.published, doc.author, doc.source, doc.url) == (
        page.title, page.published, page.author, page.site, page.canonical)


def test_wire_copies_are_one_story(tmp_path):
    paths = []
    for page in COPIES:
        paths.append(tmp_path / f"{page.name}.html")
        paths[-1].write_text(page.html, encoding="utf-8")
    docs = list(iter_documents([str(p) for p in paths]))
    assert len({d.doc_id for d in docs}) == 3
    assert [d.story for d in docs] == [None, docs[0].doc_id, docs[0].doc_id]


@pytest.fixture
def news_site(httpserver):
    """A site with robots.txt, three CMS pages, three wire copies, a disallowed page, a 500 and a PDF, and a
    feed of them all that answers 304 to its ETag."""
    server = httpserver
    server.expect_request("/robots.txt").respond_with_data(ROBOTS, content_type="text/plain")
    paths = []
    for page in PAGES + COPIES:
        path = f"/{page.name}.html"
        server.expect_request(path).respond_with_handler(conditional(page.html, f'"{page.name}"',
                                                                     "text/html; charset=utf-8"))
        paths.append(path)
    server.expect_request("/private/leak.html").respond_with_data("<p>secret</p>", content_type="text/html")
    server.expect_request("/broken.html").respond_with_response(
        Response("down", status=500, headers={"Retry-After": "0"}))
    server.expect_request("/report.pdf").respond_with_data(b"%PDF-1.7", content_type="application/pdf")
    paths += ["/private/leak.html", "/broken.html", "/report.pdf"]
    base = server.url_for("")[:-1]
    server.feed = {"etag": '"feed-1"', "paths": paths}  # a test may publish a new version of the feed

    def feed(request):
        current = server.feed
        return conditional(rss(base, current["paths"]), current["etag"], "application/rss+xml")(request)

    server.expect_request("/feed.xml").respond_with_handler(feed)
    return server


def test_kg_add_follows_a_feed_twice(tmp_path, news_site):
    runner = CliRunner()
    kb = tmp_path / "kb"
    seed = tmp_path / "seed.txt"
    seed.write_text("Kazakhstan and Uzbekistan discussed water sharing in Tashkent.\n", encoding="utf-8")
    assert runner.invoke(app, ["build", str(seed), "--store", str(kb), "-q"]).exit_code == 0
    feed = news_site.url_for("/feed.xml")

    first = runner.invoke(app, ["add", str(kb), "--feed", feed, "--delay", "0", "-q"])
    assert first.exit_code == 1  # three entries could not be read
    assert "6 documents processed (6 new, 0 changed)" in first.stderr
    warnings = [line for line in first.stderr.splitlines() if line.startswith("Warning:")]
    assert sorted(warnings) == sorted([
        f"Warning: skipped {news_site.url_for('/private/leak.html')}: disallowed by robots.txt",
        f"Warning: skipped {news_site.url_for('/broken.html')}: HTTP 500 INTERNAL SERVER ERROR after 4 attempts",
        f"Warning: skipped {news_site.url_for('/report.pdf')}: not a page kg reads (content type application/pdf)",
    ])
    assert "Web: fetched 6 pages" in first.stderr
    del first  # its exit exception holds the frames that hold the store open
    gc.collect()

    news_site.clear_log()
    second = runner.invoke(app, ["add", str(kb), "--feed", feed, "--delay", "0", "-q"])
    assert second.exit_code == 0, second.output
    assert "0 documents processed (0 new, 0 changed)" in second.stderr
    requests = [(request.path, request.headers.get("If-None-Match"), response.status_code)
                for request, response in news_site.log if request.path != "/robots.txt"]
    assert requests == [("/feed.xml", '"feed-1"', 304)]  # only the feed, conditionally
    del second
    gc.collect()

    news_site.clear_log()  # the feed changes: only the entry that failed for a passing reason is tried again
    news_site.feed = {"etag": '"feed-2"', "paths": news_site.feed["paths"]}
    third = runner.invoke(app, ["add", str(kb), "--feed", feed, "--delay", "0", "-q"])
    assert third.exit_code == 1 and "broken.html: HTTP 500" in third.stderr and not third.stdout
    assert sorted({request.path for request, _ in news_site.log}) == ["/broken.html", "/feed.xml", "/robots.txt"]
    del third
    gc.collect()

    graph = open_graph(kb)
    rows = graph.query("""SELECT ?title ?date ?site ?final ?url WHERE { ?d a kg:Document ; dcterms:title ?title ;
        dcterms:issued ?date ; kg:sourceName ?site ; kg:finalUrl ?final ; dcterms:source ?url }""")
    found = {str(r[3]): (str(r[0]), str(r[1]), str(r[2]), str(r[4])) for r in rows}
    for page in PAGES + COPIES:
        assert found[news_site.url_for(f"/{page.name}.html")] == (page.title, page.published, page.site,
                                                                  page.canonical)
    G = to_networkx(graph)
    edge = G.edges["https://w3id.org/kg-geotech/id/china", "https://w3id.org/kg-geotech/id/russia", "agreementWith"]
    assert (edge["sources"], edge["outlets"]) == (1, 3)  # one wire story, three outlets
    sources = runner.invoke(app, ["query", str(kb), "-f", "data/queries/sources-by-actor.rq",
                                  "--param", "type=Country", "--format", "csv"])
    counts = {row["label"]: (int(row["stories"]), int(row["documents"]))
              for row in csv.DictReader(io.StringIO(sources.stdout))}
    assert counts["Russia"] == (1, 3)


def warc_of(pages, path: Path) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for page in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(page.canonical, "response", payload=io.BytesIO(page.html.encode()),
                                               http_headers=headers)
            writer.write_record(record)
        request = writer.create_warc_record("https://x.example/", "request",
                                            payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(request)


def test_kg_build_of_a_warc_file_is_the_build_of_the_same_pages_as_files(tmp_path):
    pages = sorted(PAGES + COPIES, key=lambda page: page.name)  # the order the folder is read in: the first copy
    folder = tmp_path / "pages"                                  # of a story read is its story
    folder.mkdir()
    for page in pages:
        (folder / f"{page.name}.html").write_text(page.html, encoding="utf-8")
    warc_of(pages, tmp_path / "pages.warc.gz")
    runner = CliRunner()
    for source, out in ((folder, "files.nq"), (tmp_path / "pages.warc.gz", "warc.nq")):
        result = runner.invoke(app, ["build", str(source), "-o", str(tmp_path / out), "-q"])
        assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "files.nq").read_text(encoding="utf-8").splitlines())
    warc = sorted((tmp_path / "warc.nq").read_text(encoding="utf-8").splitlines())
    assert len(files) > 100 and files == warc
    assert "kg-geotech/ontology#story" in "".join(files)


def test_a_file_of_urls_reads_each_and_reports_a_failing_one_in_one_line(tmp_path, news_site):
    urls = tmp_path / "reading.urls"
    urls.write_text(f"# today\n{news_site.url_for('/wordpress.html')}\n\nnot a url\n"
                    f"{news_site.url_for('/missing.html')}\n{news_site.url_for('/react.html')}\n", encoding="utf-8")
    errors = []
    with web_session():
        docs = list(iter_documents([str(urls)], on_error=errors.append))
    assert [d.title for d in docs] == [PAGES[0].title, PAGES[2].title]
    assert [str(e) for e in errors] == [
        f"{urls}:4: not an http(s) URL: not a url",
        f"{news_site.url_for('/missing.html')}: HTTP 500 INTERNAL SERVER ERROR after 4 attempts"]


def test_fetched_pages_in_windows_1251_and_gb2312_keep_their_letters(httpserver):
    from web_pages import CHINESE_PAGE, CYRILLIC_PAGE

    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/ru.html").respond_with_data(CYRILLIC_PAGE.encode("windows-1251"),
                                                            content_type="text/html; charset=windows-1251")
    httpserver.expect_request("/zh.html").respond_with_data(CHINESE_PAGE.encode("gb2312"), content_type="text/html")
    with web_session():
        ru, zh = iter_documents([httpserver.url_for("/ru.html"), httpserver.url_for("/zh.html")])
    assert "Sberbank (Сбербанк) and Huawei agreed" in ru.text and ru.title == "Сбербанк и Huawei"
    assert "Xu Zhijun (徐直军)" in zh.text and zh.final_url == httpserver.url_for("/zh.html")


def test_a_folder_of_warc_files_is_read(tmp_path):
    (tmp_path / "crawl").mkdir()
    warc_of(PAGES, tmp_path / "crawl" / "a.warc.gz")
    docs = list(iter_documents([str(tmp_path / "crawl")]))
    assert [(d.url, d.final_url, d.path) for d in docs] == [
        (page.canonical, page.canonical, f"{tmp_path / 'crawl' / 'a.warc.gz'}#{n}")
        for n, page in zip((1, 2, 3), PAGES)]
    assert all(d.retrieved for d in docs)


def test_fetched_pages_kept_in_an_archive_build_the_same_graph(tmp_path, news_site):
    runner = CliRunner()
    urls = [news_site.url_for(f"/{page.name}.html") for page in (PAGES[0], *COPIES)]
    fetched = runner.invoke(app, ["build", *urls, "-o", str(tmp_path / "web.nq"), "--archive", str(tmp_path / "arc"),
                                  "--delay", "0", "-q"])
    assert fetched.exit_code == 0, fetched.output
    [warc] = (tmp_path / "arc").glob("kg-*.warc.gz")
    assert f"kept in {warc}" in fetched.stderr
    again = runner.invoke(app, ["build", str(warc), "-o", str(tmp_path / "warc.nq"), "-q"])
    assert again.exit_code == 0, again.output
    web = sorted((tmp_path / "web.nq").read_text(encoding="utf-8").splitlines())
    assert web == sorted((tmp_path / "warc.nq").read_text(encoding="utf-8").splitlines())
    assert any("ontology#finalUrl" in line and urls[1] in line for line in web)
    extracted = runner.invoke(app, ["extract", urls[0], "-o", "-", "--delay", "0", "-q"])
    record = json.loads(extracted.stdout)
    assert (record["title"], record["source"], record["final_url"]) == (PAGES[0].title, PAGES[0].site, urls[0])


def test_a_folder_of_warc_files_on_a_local_dask_cluster_builds_the_same_graph(tmp_path):
    pytest.importorskip("distributed")
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    warc_of(PAGES, crawl / "a.warc.gz")
    warc_of(COPIES, crawl / "b.warc.gz")
    assert warc_paths([str(crawl)]) == [str(crawl / "a.warc.gz"), str(crawl / "b.warc.gz")]  # read on the cluster
    runner = CliRunner()
    for extra, out in (([], "local.nq"), (["--dask", "local", "--jobs", "2"], "dask.nq")):
        result = runner.invoke(app, ["build", str(crawl), "-o", str(tmp_path / out), "-q", *extra])
        assert result.exit_code == 0, result.output
    local = sorted((tmp_path / "local.nq").read_text(encoding="utf-8").splitlines())
    assert local == sorted((tmp_path / "dask.nq").read_text(encoding="utf-8").splitlines())
    assert sum("ontology#story" in line for line in local) == 2  # two copies point to the first


IN_BODY = ["Advertisement", "Read more: Russia bets on AI", "Share this article", "Comments are closed.",
           "© 2024 TASS", "By Namita Bajpai", "Telegram | VK | WhatsApp", "মন্তব্যসমূহ বন্ধ করা হয়."]


def test_boilerplate_lines_inside_the_article_body_which_trafilatura_keeps_are_dropped_by_the_cleaner():
    from kg.ingest.html_text import extract_html
    from kg.ingest.pages import page_document

    paragraphs = [f"Paragraph {n} says that the two ministries discussed chip supplies at length on Tuesday."
                  for n in range(len(IN_BODY))]
    body = "".join(f"<p>{p}</p><p>{line}</p>" for p, line in zip(paragraphs, IN_BODY))
    page = f"<html><body><article><h1>Chip talks</h1>{body}</article></body></html>"
    assert set(IN_BODY) <= set(extract_html(page).text.split("\n"))  # trafilatura keeps them: they are <p>s
    doc = page_document(page, path="a.html")
    assert doc.text.split("\n") == ["Chip talks", *paragraphs]


def test_kg_add_of_a_file_of_urls_twice_adds_nothing_the_second_time(tmp_path, news_site):
    runner = CliRunner()
    kb, urls = tmp_path / "kb", tmp_path / "reading.urls"
    urls.write_text(f"{news_site.url_for('/drupal.html')}\n{news_site.url_for('/react.html')}\n", encoding="utf-8")
    first = runner.invoke(app, ["build", str(urls), "--store", str(kb), "--delay", "0", "-q"])
    assert first.exit_code == 0 and "2 documents processed (2 new, 0 changed)" in first.stderr, first.output
    del first
    gc.collect()
    second = runner.invoke(app, ["add", str(kb), str(urls), "--delay", "0", "-q"])
    assert second.exit_code == 0, second.output
    assert "0 documents processed" in second.stderr and "2 not modified" in second.stderr
