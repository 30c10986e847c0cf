"""Build benchmarks/suite/curb17.jsonl from items_curb17.py (entities: catalogue.py plus the items' EXTRA).

    python3 benchmarks/suite/build_curb17.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build  # noqa: E402
from items_curb17 import EXTRA, ITEMS  # noqa: E402


def main() -> None:
    """Write curb17.jsonl; the catalogue is extended in this process only, so the other suites are untouched."""
    for name, entry in EXTRA.items():
        build.CATALOGUE.setdefault(name, entry)
    out = Path(__file__).parent / "curb17.jsonl"
    docs = [build.build_item(*item) for item in ITEMS]
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{len(docs)} items -> {out}")


if __name__ == "__main__":
    main()
