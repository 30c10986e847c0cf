"""Write ``gold.jsonl`` next to this file from the documents in ``docs_a.py`` and ``docs_b.py``.

Example:
    $ python3 benchmarks/published3/make_gold.py   # writes benchmarks/published2/gold.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docs_a import DOCS_A  # noqa: E402
from docs_b import DOCS_B  # noqa: E402


def main() -> None:
    """Write one JSON line per document (doc_id, topic, source, text, entities, relations, negatives)."""
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for d in DOCS_A + DOCS_B:
            row = {"doc_id": d["doc_id"], "topic": d["topic"], "source": "written for kg (see README.md)",
                   "text": d["text"], "entities": d["entities"], "relations": d["relations"],
                   "negatives": d["negatives"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
