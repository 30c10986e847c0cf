"""The brief in headless Chromium: it opens offline (no request leaves it), shows the evidence sentence and the
source link of a listed relation, and hostile article text stays inert.

Skipped when Playwright or Chromium is missing, unless ``CI`` is set: there a missing browser fails.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kg.cli import app
from test_viz_browser import browser  # noqa: F401  (the shared Chromium fixture)

ROOT = Path(__file__).resolve().parents[1]
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_SCRIPT = "<script>window.__xss=2</script>"
#: an article written for this test: hostile markup in its title, address and text, around two real relations
HOSTILE = {
    "doc_id": "hostile-note", "published": "2024-11-05", "source": "Evil Wire",
    "title": f"{XSS_SCRIPT}Hostile <b>title</b>", "url": "javascript:window.__xss=3",
    "text": f"Hostile note\n\nRussia and Venezuela signed an agreement on satellite navigation {XSS_IMG} on Tuesday. "
            f"{XSS_SCRIPT} Brazil and Argentina agreed to cooperate on semiconductors.",
}


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kg report`` on a store of the sample articles plus the hostile one."""
    tmp = tmp_path_factory.mktemp("brief")
    articles = tmp / "articles"
    shutil.copytree(ROOT / "data" / "articles", articles)
    (articles / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(articles), "--store", str(tmp / "kb"), "-q"])
    assert built.exit_code == 0, built.output
    out = tmp / "brief.html"
    result = runner.invoke(app, ["report", str(tmp / "kb"), "-o", str(out), "--since", "2024-01-01"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def page(browser: Any, brief: Path) -> Iterator[dict[str, Any]]:
    requests: list[str] = []
    errors: list[str] = []
    tab = browser.new_page(viewport={"width": 1200, "height": 900})
    tab.on("request", lambda r: requests.append(r.url))
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(brief.resolve().as_uri())
    tab.wait_for_load_state("load")
    yield {"page": tab, "requests": requests, "errors": errors}
    tab.close()


def test_brief_opens_offline_without_errors(page: dict[str, Any], brief: Path) -> None:
    tab = page["page"]
    assert page["requests"] == [brief.resolve().as_uri()]  # the page itself, nothing else
    assert page["errors"] == []
    assert tab.locator("h1").text_content() == "kg brief"
    assert tab.locator("svg").count() == 2 and tab.locator("svg").first.bounding_box()["width"] > 300


def test_listed_relation_has_its_evidence_and_source_link(page: dict[str, Any]) -> None:
    tab = page["page"]
    row = tab.locator("tr.relation", has_text="Russian Direct Investment Fund").filter(has_text="agreementWith")
    assert row.count() == 1
    evidence = row.locator("blockquote.evidence").all_text_contents()
    assert any("signed an agreement with the Russian Direct Investment Fund" in s for s in evidence)
    link = row.locator("a.source-link").first
    assert link.get_attribute("href") == "https://example.org/gulf-tech-wire/mubadala-rdif-ai"
    assert link.text_content() == "Mubadala and RDIF sign AI investment deal"
    assert row.locator("td.num").first.text_content() == "1"  # one independent source


def test_hostile_article_text_stays_inert(page: dict[str, Any]) -> None:
    tab = page["page"]
    assert tab.evaluate("() => window.__xss") is None
    assert tab.locator("script").count() == 0 and tab.locator("img").count() == 0 and tab.locator("b").count() == 0
    row = tab.locator("tr.relation", has_text="Venezuela")
    assert row.count() == 1
    sentence = row.locator("blockquote.evidence").first.text_content()
    assert XSS_IMG in sentence  # shown as text, exactly as the article wrote it
    source = row.locator("p.source").first
    assert f"{XSS_SCRIPT}Hostile <b>title</b>" in source.text_content()
    assert source.locator("a").count() == 0  # a javascript: address is not a link
    assert tab.locator("a[href^='javascript' i]").count() == 0
