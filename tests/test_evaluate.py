"""kg evaluate computes the same numbers as the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kg.evaluate import evaluate
from kg.resources import read_gold
from kg.workflow import extract_gold


def test_agrees_with_shared_scorer_on_dev(shared_eval: Path, tmp_path: Path) -> None:
    gold = read_gold(shared_eval / "dev.jsonl")
    system = extract_gold(gold)
    out = tmp_path / "dev.out.jsonl"
    out.write_text("".join(json.dumps(d) + "\n" for d in system), encoding="utf-8")
    theirs = json.loads(subprocess.run([sys.executable, str(shared_eval / "score.py"), "score",
                                        str(shared_eval / "dev.jsonl"), str(out), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    ours = evaluate(gold, system)
    for key in ("entities_typed", "entities_untyped", "relations_strict", "relations_family",
                "relations_unlabelled", "negatives_emitted", "documents", "missing_documents"):
        assert ours[key] == theirs[key], key
    assert ours["per_predicate"] == dict(sorted(theirs["per_predicate"].items()))
    assert ours["per_type"] == dict(sorted(theirs["per_type"].items()))


def test_missing_document_counts_as_all_missed() -> None:
    gold = [{"doc_id": "a", "entities": [{"name": "Russia", "type": "Country"}], "relations": []}]
    result = evaluate(gold, [])
    assert result["missing_documents"] == 1
    assert result["entities_typed"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}


def test_symmetric_relation_matches_either_direction_and_negatives_are_counted() -> None:
    gold = [{"doc_id": "a", "entities": [{"name": "Russia", "type": "Country"}, {"name": "Huawei", "type": "Organization"}],
             "relations": [{"s": "Russia", "p": "cooperatesWith", "o": "Huawei"}],
             "negatives": [{"s": "Huawei", "p": "suppliesTo", "o": "Russia"}]}]
    system = [{"doc_id": "a", "entities": [{"id": "r", "label": "Russia", "type": "Country"},
                                           {"id": "h", "label": "Huawei", "type": "Organization"}],
               "relations": [{"subject": "h", "predicate": "cooperatesWith", "object": "r"},
                             {"subject": "h", "predicate": "suppliesTo", "object": "r"}]}]
    result = evaluate(gold, system)
    assert result["relations_strict"]["tp"] == 1 and result["relations_strict"]["fp"] == 1
    assert result["negatives_emitted"] == "1/1"
