"""The one JSON Lines reader behind gold files, data files and article files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import DataError, InputError
from kg.ingest.readers import iter_jsonl
from kg.resources import read_gold, read_jsonl


def test_a_line_separator_inside_a_text_is_not_a_line_end(tmp_path: Path) -> None:
    doc = {"doc_id": "a", "text": "First paragraph.\u2028Second paragraph."}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    assert read_gold(path) == [doc]
    assert [d.text for d in iter_jsonl(path.read_text(encoding="utf-8"), source="gold.jsonl")] == [doc["text"]]


def test_errors_name_the_real_line(tmp_path: Path) -> None:
    data = tmp_path / "x.jsonl"
    data.write_text('// a comment\n{"id": 1}\n\n{"id": 2,}\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"x\.jsonl:4: not valid JSON"):
        list(read_jsonl(data))
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"doc_id": "a"}\n\n["b"]\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"g\.jsonl:3: expected a JSON object with a doc_id"):
        read_gold(gold)
