"""End to end: a hostile article through `kg build --html`, opened in headless Chromium, runs no script."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app
from test_viz_browser import Loaded, browser  # noqa: F401  (the shared Chromium fixture)

HOSTILE = ('Huawei will partner with <img src=x onerror="window.__xss=1"> Sberbank on AI. '
           'Zentrix <script>window.__xss=1</script> Dynamics signed an agreement with Sberbank.')


def test_hostile_article_builds_a_page_that_runs_no_script(browser, tmp_path: Path) -> None:  # noqa: F811
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"doc_id": "hostile", "text": HOSTILE, "title": "<b>x</b>"}) + "\n",
                        encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(articles), "-o", str(tmp_path / "g.ttl"),
                                      "--html", str(tmp_path / "g.html"), "-q"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<script>window.__xss" not in html and '<img src=x onerror="window.__xss' not in html
    loaded = Loaded(browser, tmp_path / "g.html")
    page = loaded.page
    n_edges = page.evaluate("() => window.kgData.edges.length")
    assert n_edges >= 1  # the relation with the hostile sentence as evidence is drawn
    page.evaluate("""() => { const ids = window.kgData.edges.getIds();
                             window.kgNetwork.selectEdges(ids);
                             window.kgNetwork.emit('click', {nodes: [], edges: [ids[0]]}); }""")
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__xss") is None
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert all(u.startswith(("file://", "data:", "about:")) for u in loaded.requests)
    assert loaded.errors == []
