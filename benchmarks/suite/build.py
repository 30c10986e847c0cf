"""Build benchmarks/suite/own.jsonl, fresh.jsonl and fresh2.jsonl (gold format of the shared challenge suite) from
items.py, items2.py, items3.py and catalogue.py.

    python3 benchmarks/suite/build.py            # writes own.jsonl, fresh.jsonl and fresh2.jsonl beside this file
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from catalogue import CATALOGUE  # noqa: E402
from items import ITEMS  # noqa: E402
from items2 import ITEMS as FRESH_ITEMS  # noqa: E402
from items3 import ITEMS as FRESH2_ITEMS  # noqa: E402
from items4 import CATALOGUE16, ITEMS as COOP16_ITEMS  # noqa: E402

SOURCE = "own behavioural item (benchmarks/suite)"


def _named(text: str, catalogue: dict[str, tuple[str, list[str]]] = CATALOGUE) -> set[str]:
    """Catalogue names whose name or alias occurs in ``text``, longest forms first, no overlapping spans.

    >>> sorted(_named("Amazon Web Services and Siemens Energy"))
    ['Amazon Web Services', 'Siemens Energy']
    """
    forms = sorted(((f, n) for n, (_, al) in catalogue.items() for f in [n] + al), key=lambda x: -len(x[0]))
    taken: list[tuple[int, int]] = []
    found = set()
    for form, name in forms:
        for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w])", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            found.add(name)
    return found


def _triple(spec: str) -> tuple[str, str, str, str]:
    planned = spec.endswith(" *")
    s, p, o = (x.strip() for x in spec.rstrip(" *").split("|"))
    return s, p, o, "planned" if planned else "asserted"


def build_item(doc_id: str, text: str, rels: list[str], negs: list[str],
               catalogue: dict[str, tuple[str, list[str]]] = CATALOGUE) -> dict:
    """One gold document: entities found in the text, relations and negatives as written."""
    relations = [_triple(r) for r in rels]
    negatives = [_triple(n) for n in negs]
    needed = {t[0] for t in relations + negatives} | {t[2] for t in relations + negatives}
    found = _named(text, catalogue)
    entities = [{"name": name, "type": etype, "aliases": aliases} for name, (etype, aliases) in catalogue.items()
                if name in needed or name in found]
    missing = needed - {e["name"] for e in entities}
    if missing:
        raise SystemExit(f"{doc_id}: not in the catalogue: {sorted(missing)}")
    pred = doc_id.split("-")[0]
    form = doc_id.split("-")[1] if pred not in ("neg", "distract") else pred
    return {"doc_id": doc_id, "topic": f"own suite: {pred} / {form}", "source": SOURCE, "text": text,
            "entities": entities,
            "relations": [{"s": s, "p": p, "o": o, "status": st} for s, p, o, st in relations],
            "negatives": [{"s": s, "p": p, "o": o} for s, p, o, _ in negatives]}


def main() -> None:
    for name, items in (("own.jsonl", ITEMS), ("fresh.jsonl", FRESH_ITEMS), ("fresh2.jsonl", FRESH2_ITEMS)):
        out = Path(__file__).parent / name
        docs = [build_item(*item) for item in items]
        out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
        print(f"{len(docs)} items -> {out}")
    out = Path(__file__).parent / "coop16.jsonl"
    docs = [build_item(*item, catalogue=CATALOGUE | CATALOGUE16) for item in COOP16_ITEMS]
    out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    print(f"{len(docs)} items -> {out}")


if __name__ == "__main__":
    main()
