"""Write ``gold.jsonl`` of the published-article stand-in from the texts and annotations in ``docs_*.py``.

Usage: ``python benchmarks/published/make_gold.py`` (writes beside this file). See README.md for how it was made.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402

#: doc_id, form, the module, the text's name there (its annotation is NAME_GOLD)
DOCS = [
    ("pub-wire-seoul-memory-curbs", "wire story (Reuters style)", docs_a, "WIRE_SEOUL"),
    ("pub-pr-fluence-agl-storage", "company release (PR Newswire)", docs_a, "PR_FLUENCE"),
    ("pub-bw-rocketlab-iqps", "company release (Business Wire)", docs_a, "BW_ROCKETLAB"),
    ("pub-gov-india-singapore-mou", "ministry release (PIB)", docs_b, "GOV_INDIA"),
    ("pub-trade-nokia-airtel", "trade press (Light Reading style)", docs_b, "TRADE_NOKIA"),
    ("pub-web-kazatomprom-cgn", "web page with navigation, cookie, share and related-article text", docs_b, "WEB_KAZ"),
    ("pub-joint-korea-indonesia", "joint statement of two governments", docs_c, "JOINT_KR_ID"),
    ("pub-ap-eu-drone-sanctions", "wire story (AP style)", docs_c, "AP_EU"),
    ("pub-gov-mofcom-qa", "ministry Q&A release (MOFCOM style)", docs_c, "MOFCOM_QA"),
]


def relation(row: tuple, negative: bool = False) -> dict:
    """One relation record from ``(s, p, o[, status[, topics]])``."""
    rec = {"s": row[0], "p": row[1], "o": row[2]}
    if not negative:
        rec["status"] = row[3] if len(row) > 3 else "asserted"
        if len(row) > 4:
            rec["topics"] = list(row[4])
    return rec


def records() -> list[dict]:
    """The gold documents, in the order of DOCS."""
    out = []
    for doc_id, form, module, name in DOCS:
        gold = getattr(module, name + "_GOLD")
        out.append({"doc_id": doc_id, "topic": form, "source": "written for kg (see README.md)",
                    "text": getattr(module, name),
                    "entities": [{"name": n, "type": t, "aliases": list(a)} for n, t, a in gold["entities"]],
                    "relations": [relation(r) for r in gold["relations"]],
                    "negatives": [relation(r, True) for r in gold["negatives"]]})
    return out


if __name__ == "__main__":
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for rec in records():
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
