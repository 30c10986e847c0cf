"""Score kg on a behavioural suite and print strict relation F1 per form and per predicate.

    .venv/bin/python benchmarks/suite/run.py [GOLD ...] [--out DIR] [--kg KG] [--system OUT.jsonl]

GOLD defaults to benchmarks/suite/own.jsonl. Forms and predicates come from the doc_id (<predicate>-<form>-N;
neg-*, distract-* count as their own forms). Uses the shared scorer (../shared/eval/score.py) and `kg extract`.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = HERE.parent.parent.parent / "shared" / "eval" / "score.py"  # ../shared/eval beside the checkout


def form_of(doc_id: str) -> tuple[str, str]:
    """(predicate, form) of a suite doc_id.

    >>> form_of("sanctions-coref-1"), form_of("neg-hypothetical-2"), form_of("neg-partOf-2")
    (('sanctions', 'coref'), ('neg', 'hypothetical'), ('neg', 'neg'))
    """
    parts = doc_id.split("-")
    if parts[0] == "distract":
        return "distract", "distract"
    if parts[0] == "neg" and parts[1] not in ("hypothetical", "speculation"):
        return "neg", "neg"
    return parts[0], parts[1]


def f1(tp: int, fp: int, fn: int) -> float:
    """Strict F1 (1.0 when there is nothing to find and nothing found)."""
    return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)


def tally(gold_path: Path, details: dict) -> tuple[dict, dict]:
    """Counts (tp, fp, fn, negatives emitted) per form and per predicate from score.py --details."""
    gold = {json.loads(x)["doc_id"]: json.loads(x) for x in gold_path.read_text().splitlines() if x.strip()}
    per_form: dict = defaultdict(lambda: [0, 0, 0, 0])
    per_pred: dict = defaultdict(lambda: [0, 0, 0, 0])
    for d in details["documents_detail"]:
        g = gold[d["doc_id"]]
        _, form = form_of(d["doc_id"])
        per_form[form][0] += 0  # every form is shown, also one with nothing to find and nothing found
        missed = {tuple(r) for r in d["missed_relations"]}
        extra = [tuple(r) for r in d["extra_relations"]]
        negs = {(n["s"], n["p"], n["o"]) for n in g.get("negatives", [])}
        for r in g["relations"]:
            t = (r["s"], r["p"], r["o"])
            hit = 0 if t in missed or (t[2], t[1], t[0]) in missed else 1
            per_form[form][0 if hit else 2] += 1
            per_pred[r["p"]][0 if hit else 2] += 1
        for t in extra:
            neg = t in negs or (t[2], t[1], t[0]) in negs
            per_form[form][1] += 1
            per_pred[t[1]][1] += 1
            per_form[form][3] += neg
            per_pred[t[1]][3] += neg
    return per_form, per_pred


def table(title: str, rows: dict) -> str:
    lines = [f"{title:<22} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'neg':>4}"]
    for k in sorted(rows):
        tp, fp, fn, neg = rows[k]
        lines.append(f"{k:<22} {f1(tp, fp, fn):6.3f} {tp:4d} {fp:4d} {fn:4d} {neg:4d}")
    tp, fp, fn, neg = (sum(r[i] for r in rows.values()) for i in range(4))
    lines.append(f"{'all':<22} {f1(tp, fp, fn):6.3f} {tp:4d} {fp:4d} {fn:4d} {neg:4d}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", default=[str(HERE / "own.jsonl")])
    ap.add_argument("--out", default="/tmp/suite", help="folder for the inputs, outputs and details")
    beside = Path(sys.executable).parent / "kg"  # the kg of this interpreter's environment, else kg on PATH
    ap.add_argument("--kg", default=str(beside) if beside.exists() else "kg",
                    help="the kg command (default: the one beside this Python, else kg on PATH)")
    ap.add_argument("--system", help="score this kg output instead of extracting (one GOLD only)")
    ap.add_argument("--score", default=str(SCORE), help="the shared score.py (default: ../shared/eval beside the "
                    "checkout; give it when running from a worktree elsewhere)")
    a = ap.parse_args()
    score = Path(a.score)
    missing = [g for g in a.gold + [str(score)] if not Path(g).is_file()]
    if missing:
        sys.exit(f"Error: no such file: {missing[0]}")
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for gold in map(Path, a.gold):
        stem = gold.stem
        inp, sysout = out / f"{stem}.in.jsonl", out / f"{stem}.out.jsonl"
        if a.system:
            sysout = Path(a.system)
        else:
            inp.write_text(subprocess.run([sys.executable, str(score), "texts", str(gold)], check=True,
                                          capture_output=True, text=True).stdout)
            subprocess.run([a.kg, "extract", str(inp), "-o", str(sysout)], check=True)
        res = json.loads(subprocess.run([sys.executable, str(score), "score", str(gold), str(sysout), "--json",
                                         "--details"], check=True, capture_output=True, text=True).stdout)
        (out / f"{stem}.details.json").write_text(json.dumps(res, indent=1))
        per_form, per_pred = tally(gold, res)
        strict = res["relations_strict"]
        print(f"== {gold}: relations strict P {strict['p']:.3f} R {strict['r']:.3f} "
              f"F1 {strict['f1']:.3f}; entities typed F1 {res['entities_typed']['f1']:.3f}; "
              f"negatives emitted {res['negatives_emitted']}")
        print(table("form", per_form))
        print(table("predicate", per_pred))


if __name__ == "__main__":
    main()
