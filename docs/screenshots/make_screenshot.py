"""Make docs/screenshots/seed-graph.png: the seed article's page with the evidence panel of one relation open.

    python docs/screenshots/make_screenshot.py        # needs the model, Playwright and Chromium at /usr/bin/chromium
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "seed.html"
        kg = str(Path(sys.executable).with_name("kg"))
        subprocess.run([kg, "build", str(ROOT / "data" / "articles" / "seed.jsonl"), "-o", f"{tmp}/seed.ttl", "-q"],
                       check=True)
        subprocess.run([kg, "view", f"{tmp}/seed.ttl", "-o", str(page_path), "--title", "kg: seed articles"],
                       check=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            page.goto(page_path.resolve().as_uri())
            page.wait_for_function("() => document.body.dataset.ready === '1'")
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
            page.screenshot(path=str(ROOT / "docs" / "screenshots" / "seed-graph.png"))
            browser.close()


if __name__ == "__main__":
    main()
