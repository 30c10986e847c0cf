"""Write ``gold.jsonl`` next to this file from the documents in ``docs_a.py`` and ``docs_b.py``.

Example:
    $ python3 benchmarks/published7/make_gold.py   # writes benchmarks/published7/gold.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from docs_a import DOCS_A  # noqa: E402
from docs_b import DOCS_B  # noqa: E402
from gold_rows import write_gold  # noqa: E402

if __name__ == "__main__":
    write_gold(HERE, DOCS_A + DOCS_B)
