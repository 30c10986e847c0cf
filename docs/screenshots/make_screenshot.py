"""Make the README's screenshots of the graph page, from the articles in data/articles:

- ``docs/screenshots/sample-graph.png``: the quick start's page (``kg build data/articles ... --html``) as it opens;
- ``docs/screenshots/sample-communities.png``: the same page coloured by community;
- ``docs/screenshots/seed-graph.png``: the seed article's page with the evidence panel of one relation open.

    python docs/screenshots/make_screenshot.py        # needs the model, Playwright and Chromium at /usr/bin/chromium

(``sample-graph-before.png`` is the quick start's page before issue 16, kept for comparison; it is not remade.)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
VIEWPORT = {"width": 1400, "height": 860}


def _kg(*args: str) -> None:
    subprocess.run([str(Path(sys.executable).with_name("kg")), *args], check=True)


def _open(browser: object, page_path: Path) -> object:
    page = browser.new_page(viewport=VIEWPORT)  # type: ignore[attr-defined]
    page.goto(page_path.resolve().as_uri())
    page.wait_for_function("() => document.body.dataset.ready === '1'")
    page.wait_for_timeout(300)
    return page


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        _kg("build", str(ROOT / "data" / "articles"), "-o", f"{tmp}/sample.ttl", "--html", f"{tmp}/sample.html", "-q")
        _kg("build", str(ROOT / "data" / "articles" / "seed.jsonl"), "-o", f"{tmp}/seed.ttl", "-q")
        _kg("view", f"{tmp}/seed.ttl", "-o", f"{tmp}/seed.html", "--title", "kg: seed articles")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
            page = _open(browser, Path(tmp) / "sample.html")
            page.screenshot(path=str(OUT / "sample-graph.png"))
            page.select_option("#kg-colour", "community")
            page.wait_for_timeout(300)
            page.screenshot(path=str(OUT / "sample-communities.png"))
            page.close()

            page = _open(browser, Path(tmp) / "seed.html")
            # open the evidence of the AI Alliance Network's focus, as an analyst clicking that edge would
            point = page.evaluate("""() => {
                const e = kgData.edges.get({filter: e => e.label === 'focusesOn'
                    && kgData.nodes.get(e.from).label === 'AI Alliance Network'})[0];
                const a = kgNetwork.getPosition(e.from), b = kgNetwork.getPosition(e.to);
                return kgNetwork.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
            }""")
            box = page.locator("#kg-network").bounding_box()
            page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
            page.wait_for_function("() => !document.getElementById('kg-panel').hidden")
            page.screenshot(path=str(OUT / "seed-graph.png"))
            browser.close()


if __name__ == "__main__":
    main()
