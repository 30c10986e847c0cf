"""Rows of the hand-written stand-in sets' gold files (``benchmarks/<set>/gold.jsonl``), in the guidelines' format:
one entity, relation or negative at a time (``E``, ``R``, ``N``), a whole document from tuples (``doc``), and the
file written from the documents (``print_docs``, ``write_gold``). The sets' build scripts share these.

Example:
    >>> R("Acme", "basedIn", "Japan")["status"], N("A", "suppliesTo", "B")["p"]
    ('asserted', 'suppliesTo')
    >>> doc("d1", "Acme ...", [("Acme", "Organization", [])], [("Acme", "basedIn", "Japan", "planned")], [])["relations"]
    [{'s': 'Acme', 'p': 'basedIn', 'o': 'Japan', 'status': 'planned'}]
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def E(name: str, typ: str, *aliases: str) -> dict[str, Any]:
    """One gold entity: ``E("Japan", "Country", "Japanese")["type"] == "Country"``."""
    return {"name": name, "type": typ, "aliases": list(aliases)}


def R(s: str, p: str, o: str, status: str = "asserted", topics: list[str] | None = None) -> dict[str, Any]:
    """One gold relation: ``R("A", "basedIn", "B")["status"] == "asserted"``."""
    r: dict[str, Any] = {"s": s, "p": p, "o": o, "status": status}
    if topics:
        r["topics"] = topics
    return r


def N(s: str, p: str, o: str) -> dict[str, str]:
    """One gold negative: ``N("A", "suppliesTo", "B")["p"] == "suppliesTo"``."""
    return {"s": s, "p": p, "o": o}


def doc(doc_id: str, text: str, ents: Iterable[tuple], rels: Iterable[tuple], negs: Iterable[tuple]) -> dict[str, Any]:
    """A gold document from tuples: entities ``(name, type, aliases)``, relations ``(s, p, o[, status])`` (asserted
    when no status is given), negatives ``(s, p, o)``."""
    entities = [{"name": n, "type": t, "aliases": a} for n, t, a in ents]
    relations = []
    for r in rels:
        s, p, o = r[:3]
        st = r[3] if len(r) > 3 else "asserted"
        relations.append({"s": s, "p": p, "o": o, "status": st})
    negatives = [{"s": s, "p": p, "o": o} for s, p, o in negs]
    return {"doc_id": doc_id, "text": text, "entities": entities, "relations": relations, "negatives": negatives}


def print_docs(docs: Iterable[dict[str, Any]]) -> None:
    """Print each document as one JSON line (the build scripts' output, redirected to ``gold.jsonl``)."""
    for d in docs:
        print(json.dumps(d, ensure_ascii=False))


def write_gold(folder: Path, docs: Iterable[dict[str, Any]]) -> None:
    """Write ``folder/gold.jsonl``: one line per document (doc_id, topic, source, text, entities, relations,
    negatives)."""
    with open(folder / "gold.jsonl", "w", encoding="utf-8") as f:
        for d in docs:
            row = {"doc_id": d["doc_id"], "topic": d["topic"], "source": "written for kg (see README.md)",
                   "text": d["text"], "entities": d["entities"], "relations": d["relations"],
                   "negatives": d["negatives"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
