"""Build benchmarks/suite/struct17.jsonl from items_struct17.py (entities: catalogue.py plus the items' EXTRA).

    python3 benchmarks/suite/build_struct17.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build  # noqa: E402
from items_struct17 import EXTRA, ITEMS  # noqa: E402


def main() -> None:
    """Write struct17.jsonl; the catalogue is extended in this process only, so own/fresh/fresh2 are untouched."""
    for name, entry in EXTRA.items():
        build.CATALOGUE.setdefault(name, entry)
    out = Path(__file__).parent / "struct17.jsonl"
    docs = [build.build_item(*item) for item in ITEMS]
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{len(docs)} items -> {out}")


if __name__ == "__main__":
    main()
