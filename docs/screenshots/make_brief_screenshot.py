"""Make docs/screenshots/brief.png: the top of the brief of the sample articles since 2024-01-01.

    python docs/screenshots/make_brief_screenshot.py   # needs the model, Playwright and Chromium at /usr/bin/chromium
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
        kg = str(Path(sys.executable).with_name("kg"))
        brief = Path(tmp) / "brief.html"
        subprocess.run([kg, "build", str(ROOT / "data" / "articles"), "--store", f"{tmp}/kb", "-q"], check=True)
        subprocess.run([kg, "report", f"{tmp}/kb", "-o", str(brief), "--since", "2024-01-01",
                        "--title", "kg brief: sample articles"], check=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
            page = browser.new_page(viewport={"width": 1100, "height": 1250})
            page.goto(brief.resolve().as_uri())
            page.screenshot(path=str(ROOT / "docs" / "screenshots" / "brief.png"))
            browser.close()


if __name__ == "__main__":
    main()
