"""Entity benchmark: the statistical model alone against kg's pipeline, per type, on ../shared/eval.

    python benchmarks/entities.py

The baseline keeps what en_core_web_sm's NER finds and maps its labels to the six types (GPE -> Country,
ORG -> Organization, PERSON -> Person, NORP -> Country); kg adds the gazetteer, the linker and its repairs.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from kg.evaluate import evaluate  # noqa: E402
from kg.nlp.gazetteer import load_kb  # noqa: E402
from kg.resources import DEFAULT_MODEL, read_gold  # noqa: E402
from kg.vocab import ENTITY_TYPES  # noqa: E402
from kg.workflow import extract_gold  # noqa: E402

#: doc_id prefixes of the train clusters the entity rules were developed on: the first round on s r g w c a d, the
#: second on i k m; l n p only check them
DEVELOP = tuple("srgwcad")
DEVELOP_2 = tuple("ikm")
BASELINE_TYPES = {"GPE": "Country", "ORG": "Organization", "PERSON": "Person", "NORP": "Country"}


def baseline(gold: list[dict]) -> list[dict]:
    """System records from the model's NER alone."""
    nlp = spacy.load(DEFAULT_MODEL)
    out = []
    for g in gold:
        doc = nlp(g["text"])
        ents = {(e.text, BASELINE_TYPES[e.label_]) for e in doc.ents if e.label_ in BASELINE_TYPES}
        out.append({"doc_id": g["doc_id"], "relations": [],
                    "entities": [{"id": str(i), "label": t, "type": ty} for i, (t, ty) in enumerate(sorted(ents))]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()
    sets = [(name, read_gold(args.eval_dir / f"{name}.jsonl")) for name in ("seed", "dev")]
    if (args.eval_dir / "train.jsonl").exists():
        # train's topic clusters in two halves: rules were developed on the first and checked on the second
        train = read_gold(args.eval_dir / "train.jsonl")
        sets += [("train (clusters s r g w c a d)", [g for g in train if g["doc_id"].startswith(DEVELOP)]),
                 ("train (clusters i k m)", [g for g in train if g["doc_id"].startswith(DEVELOP_2)]),
                 ("train (clusters l n p)", [g for g in train if not g["doc_id"].startswith(DEVELOP + DEVELOP_2)])]
    for name, gold in sets:
        before, after = evaluate(gold, baseline(gold)), evaluate(gold, extract_gold(gold))
        print(f"## {name}: entity F1 (P / R), model alone -> kg")
        for key in ("entities_typed", "entities_untyped"):
            b, a = before[key], after[key]
            print(f"{key:28s} {b['f1']:.3f} ({b['p']:.2f} / {b['r']:.2f}) -> {a['f1']:.3f} ({a['p']:.2f} / {a['r']:.2f})")
        for t in ENTITY_TYPES:
            b, a = before["per_type"].get(t), after["per_type"].get(t)
            if a or b:
                fb = f"{b['f1']:.3f}" if b else "  -  "
                fa = f"{a['f1']:.3f}" if a else "  -  "
                print(f"  {t:26s} {fb} -> {fa}")
        print()
    counts = Counter((e.type, e.subtype) for e in load_kb().entries.values())
    print("## gazetteer entries")
    for (t, sub), n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        print(f"  {t:26s} {sub or '':20s} {n}")


if __name__ == "__main__":
    main()
