"""Relation-extraction benchmark: scores on the annotated sets, per predicate, and the precision of each rule.

    python benchmarks/relations.py                       # seed and dev of ../shared/eval
    python benchmarks/relations.py --write-confidence    # also store per-rule precision as rule confidence
    python benchmarks/relations.py --cv 5                # then 5-fold CV over train + dev + seed (the default)
    python benchmarks/relations.py --cv 0                # no cross-validation

The cross-validation table (``kg evaluate --cv``) scores rules alone, the trained relation model alone and both on
held-out documents, overall, per predicate and per topic cluster, with the calibration error of the confidences.

Rule confidence is each rule's precision on the dev set, smoothed toward 0.5 (Laplace, 2 pseudo-counts) so a
rule seen twice does not claim certainty; rules the dev set never exercised keep the default.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluate import align, evaluate, format_report, relation_key  # noqa: E402
from kg.nlp.kb import normalize  # noqa: E402
from kg.resources import data_dir, read_gold  # noqa: E402
from kg.workflow import extract_gold  # noqa: E402


def cooccurrence_baseline(gold_docs: list[dict]) -> list[dict]:
    """The tutorial-style builder: the model's NER, and every pair of actors in a sentence cooperates."""
    import spacy

    from kg.resources import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    types = {"GPE": "Country", "ORG": "Organization", "PERSON": "Person", "NORP": "Country"}
    out = []
    for g in gold_docs:
        doc = nlp(g["text"])
        ents = sorted({(e.text, types[e.label_]) for e in doc.ents if e.label_ in types})
        ids = {text: str(i) for i, (text, _t) in enumerate(ents)}
        rels = set()
        for sent in doc.sents:
            names = sorted({e.text for e in sent.ents if e.label_ in types})
            rels |= {(ids[a], ids[b]) for i, a in enumerate(names) for b in names[i + 1:]}
        out.append({"doc_id": g["doc_id"],
                    "entities": [{"id": ids[t], "label": t, "type": ty} for t, ty in ents],
                    "relations": [{"subject": a, "predicate": "cooperatesWith", "object": b} for a, b in sorted(rels)]})
    return out


def rule_precision(gold_docs: list[dict], system_docs: list[dict]) -> dict[str, tuple[int, int]]:
    """rule family -> (correct, emitted) over the relations whose evidence names that rule."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    system = {d["doc_id"]: d for d in system_docs}
    for g in gold_docs:
        s = system.get(g["doc_id"], {})
        mapping = align(g.get("entities", []), s.get("entities", []))
        named = {e["id"]: mapping.get(e["id"], "~" + normalize(e["label"])) for e in s.get("entities", [])}
        gold = {relation_key(r["s"], r["p"], r["o"], "strict") for r in g.get("relations", [])}
        for r in s.get("relations", []):
            key = relation_key(named[r["subject"]], r["predicate"], named[r["object"]], "strict")
            rules = {":".join(e["rule"].split(":")[:2]) for e in r.get("evidence_all", [])} or {"unknown"}
            for rule in rules:
                counts[rule][1] += 1
                counts[rule][0] += key in gold
    return {k: (v[0], v[1]) for k, v in sorted(counts.items())}


def modality_agreement(gold_docs: list[dict], system_docs: list[dict]) -> tuple[int, int, int, int]:
    """(status agreeing, relations matched, topics agreeing, relations with topics on either side)."""
    system = {d["doc_id"]: d for d in system_docs}
    status_ok = matched = topics_ok = with_topics = 0
    for g in gold_docs:
        s = system.get(g["doc_id"], {})
        mapping = align(g.get("entities", []), s.get("entities", []))
        named = {e["id"]: mapping.get(e["id"], "~" + normalize(e["label"])) for e in s.get("entities", [])}
        gold = {relation_key(r["s"], r["p"], r["o"], "strict"): r for r in g.get("relations", [])}
        for r in s.get("relations", []):
            gr = gold.get(relation_key(named[r["subject"]], r["predicate"], named[r["object"]], "strict"))
            if gr is None:
                continue
            matched += 1
            status_ok += gr.get("status", "asserted") == r.get("status", "asserted")
            if gr.get("topics") or r.get("topics"):
                with_topics += 1
                topics_ok += set(gr.get("topics", [])) == set(r.get("topics", []))
    return status_ok, matched, topics_ok, with_topics


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--write-confidence", action="store_true")
    ap.add_argument("--cv", type=int, default=5, help="folds of the cross-validation over train+dev+seed (0: none)")
    args = ap.parse_args()
    dev_rules: dict[str, tuple[int, int]] = {}
    for name in ("seed", "dev"):
        gold = read_gold(args.eval_dir / f"{name}.jsonl")
        system = extract_gold(gold)
        before, after = evaluate(gold, cooccurrence_baseline(gold)), evaluate(gold, system)
        print(f"## {name}: co-occurrence baseline -> kg (F1)")
        for key in ("relations_strict", "relations_family", "relations_unlabelled"):
            print(f"{key:24s} {before[key]['f1']:.3f} -> {after[key]['f1']:.3f}   (kg P {after[key]['p']:.3f} R {after[key]['r']:.3f})")
        for pred in sorted(set(before["per_predicate"]) | set(after["per_predicate"])):
            b, a = before["per_predicate"].get(pred), after["per_predicate"].get(pred)
            support = (a or b)["tp"] + (a or b)["fn"]
            print(f"  {pred:22s} {b['f1'] if b else 0:.3f} -> {a['f1'] if a else 0:.3f}   (gold {support})")
        print(f"gold negatives emitted: {after['negatives_emitted']}")
        st_ok, n, tp_ok, n_tp = modality_agreement(gold, system)
        print(f"status agrees with gold on {st_ok}/{n} matched relations; topics on {tp_ok}/{n_tp}\n")
        print(f"### {name}: kg in full\n{format_report(after)}\n")
        if name == "dev":
            dev_rules = rule_precision(gold, system)
    print("## rules on dev (correct / emitted, precision)")
    for rule, (ok, n) in dev_rules.items():
        print(f"{rule:32s} {ok:3d} / {n:3d}  {ok / n:.2f}")
    if args.write_confidence:
        # a rule's own precision where it fired, and its family's (verb, noun, title, …) for rules dev never saw
        families: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for rule, (ok, n) in dev_rules.items():
            families[rule.split(":")[0]][0] += ok
            families[rule.split(":")[0]][1] += n
        table = {fam: round((ok + 1) / (n + 2), 2) for fam, (ok, n) in families.items()}
        table.update({rule: round((ok + 1) / (n + 2), 2) for rule, (ok, n) in dev_rules.items()})
        path = data_dir() / "lexicon" / "rule_confidence.json"
        path.write_text(json.dumps(table, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"\nwrote {path}")
    if args.cv:
        cross_validation(args.eval_dir, args.cv)


def cross_validation(eval_dir: Path, k: int) -> None:
    """The K-fold table over every gold set that is there (train, dev, seed), with the time it took."""
    from kg.learn.api import cross_validate_files
    from kg.learn.cv import format_cv_report

    files = [eval_dir / f"{name}.jsonl" for name in ("train", "dev", "seed") if (eval_dir / f"{name}.jsonl").exists()]
    result = cross_validate_files(files, k)
    print(f"\n## {k}-fold cross-validation over {' + '.join(f.stem for f in files)}")
    print(format_cv_report(result))
    took = result["seconds"]
    print(f"(parsing once: {took['parse']:.0f} s; training and scoring {k} folds: {took['cv']:.0f} s)")


if __name__ == "__main__":
    main()
