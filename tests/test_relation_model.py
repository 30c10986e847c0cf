"""The trained relation model: it learns a pattern the rules do not know, saves and loads as plain data, trains
the same twice, and ``kg train`` / ``kg evaluate --cv`` work on a small gold file (errors in one line)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.learn.model import RelationModel, is_model_folder
from kg.nlp import extensions as ext

# an invented verb the trigger lexicon cannot know: only a learned model can read it as sanctions
TRIPLES = [("Germany", "Iran", "Chile"), ("France", "Syria", "Peru"), ("Japan", "North Korea", "Kenya"),
           ("Canada", "Venezuela", "Ghana"), ("Australia", "Myanmar", "Fiji"), ("Italy", "Cuba", "Austria"),
           ("United Kingdom", "Belarus", "Ireland"), ("Spain", "Nicaragua", "Portugal"),
           ("Poland", "Belarus", "Latvia"), ("Sweden", "Iran", "Finland"), ("Norway", "Syria", "Denmark"),
           ("Brazil", "Venezuela", "Uruguay")]


def tiny_gold() -> list[dict]:
    """Twelve documents: ``A glorped B`` states a sanction; the other pairs of countries are unrelated."""
    docs = []
    for n, (a, b, c) in enumerate(TRIPLES):
        text = (f"Officials from {a} and {c} attended a dinner. {a} glorped {b} on Tuesday. "
                f"The weather in {c} was mild, and {b} and {c} played football.")
        docs.append({"doc_id": f"t-{n:02d}", "text": text,
                     "entities": [{"name": x, "type": "Country"} for x in (a, b, c)],
                     "relations": [{"s": a, "p": "sanctions", "o": b}]})
    return docs


@pytest.fixture(scope="module")
def rules_nlp():
    from kg.nlp.pipeline import build_nlp

    return build_nlp(relation_model=False)


@pytest.fixture(scope="module")
def tiny_model(rules_nlp) -> RelationModel:
    from kg.learn.corpus import parse_gold
    from kg.learn.train import train_model

    return train_model(parse_gold(tiny_gold(), rules_nlp), inner_folds=3)


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in tiny_gold()), encoding="utf-8")
    return path


def with_model(nlp, model: RelationModel):
    if "kg_relation_model" not in nlp.pipe_names:
        nlp.add_pipe("kg_relation_model")
    with tempfile.TemporaryDirectory() as folder:
        model.save(Path(folder))
        nlp.get_pipe("kg_relation_model").initialize(nlp=nlp, model=folder)
    return nlp


def test_rules_alone_miss_the_invented_verb(rules_nlp) -> None:
    doc = rules_nlp("Mexico glorped Chile on Friday.")
    assert not [r for r in ext.relations(doc) if r.predicate == "sanctions"]


def test_model_learns_the_pattern_with_direction(rules_nlp, tiny_model: RelationModel) -> None:
    assert "sanctions" in tiny_model.thresholds
    nlp = with_model(rules_nlp, tiny_model)
    try:
        doc = nlp("Mexico glorped Chile on Friday. Officials from Mexico and Egypt attended a dinner.")
        found = [(r.subject, r.predicate, r.object, r.evidence[0].rule) for r in ext.relations(doc)]
        ids = {e.label: eid for eid, e in ext.entities(doc).items()}
        assert (ids["Mexico"], "sanctions", ids["Chile"], "model:sanctions") in found
        assert not any(p == "sanctions" and s == ids["Chile"] for s, p, _o, _r in found)
        assert all(0.0 < r.confidence <= 1.0 for r in ext.relations(doc))
    finally:
        nlp.remove_pipe("kg_relation_model")


def test_model_adds_nothing_to_a_negated_statement(rules_nlp, tiny_model: RelationModel) -> None:
    nlp = with_model(rules_nlp, tiny_model)
    try:
        doc = nlp("Mexico has not glorped Chile.")
        assert not [r for r in ext.relations(doc) if r.predicate == "sanctions"]
    finally:
        nlp.remove_pipe("kg_relation_model")


def test_save_and_load_round_trip(tmp_path: Path, rules_nlp, tiny_model: RelationModel) -> None:
    tiny_model.save(tmp_path / "m")
    assert is_model_folder(tmp_path / "m")
    loaded = RelationModel.load(tmp_path / "m")
    feats = [["ty=Country|Country", "top=glorp", "rule=none"], ["nothing"]]
    assert np.allclose(loaded.scores(feats), tiny_model.scores(feats), atol=1e-5)
    assert loaded.thresholds == tiny_model.thresholds and loaded.classes == tiny_model.classes
    # the component saves and loads with the pipeline's to_disk / from_disk
    nlp = with_model(rules_nlp, tiny_model)
    try:
        nlp.get_pipe("kg_relation_model").to_disk(tmp_path / "c")
        saved = nlp.get_pipe("kg_relation_model").to_bytes()
        nlp.remove_pipe("kg_relation_model")
        text = "Mexico glorped Chile on Friday."
        for load in (lambda comp: comp.from_disk(tmp_path / "c"), lambda comp: comp.from_bytes(saved)):
            comp = nlp.add_pipe("kg_relation_model")
            assert not [r for r in ext.relations(nlp(text)) if r.predicate == "sanctions"]  # no model yet
            load(comp)
            assert [r.evidence[0].rule for r in ext.relations(nlp(text))] == ["model:sanctions"]
            nlp.remove_pipe("kg_relation_model")
        nlp.add_pipe("kg_relation_model")  # removed again by the finally clause
    finally:
        nlp.remove_pipe("kg_relation_model")


def test_training_is_deterministic(tmp_path: Path, rules_nlp) -> None:
    from kg.learn.corpus import parse_gold
    from kg.learn.train import train_model

    docs = parse_gold(tiny_gold(), rules_nlp)
    train_model(docs, inner_folds=3).save(tmp_path / "a")
    train_model(parse_gold(tiny_gold(), rules_nlp), inner_folds=3).save(tmp_path / "b")
    for name in ("relation_model.json", "weights.npz", "rule_confidence.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_shipped_model_loads_in_the_default_pipeline(nlp) -> None:
    assert nlp.pipe_names[-1] == "kg_relation_model"
    assert nlp.get_pipe("kg_relation_model").model is not None


# --- command line ------------------------------------------------------------------------------------------

def one_error(result) -> str:
    assert result.exit_code != 0 and isinstance(result.exception, SystemExit), result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def test_kg_train_then_extract_with_the_model(tmp_path: Path, gold_file: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "model"
    result = runner.invoke(app, ["train", str(gold_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "12 documents" in result.stderr and is_model_folder(out)
    article = tmp_path / "a.txt"
    article.write_text("Mexico glorped Chile on Friday.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "x.jsonl"), "--model", str(out), "-q"])
    assert result.exit_code == 0, result.output
    rels = json.loads((tmp_path / "x.jsonl").read_text(encoding="utf-8"))["relations"]
    assert [(r["predicate"], r["rule"]) for r in rels] == [("sanctions", "model:sanctions")]


def test_kg_evaluate_cv_prints_the_table(gold_file: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate", "--cv", "3", str(gold_file)])
    assert result.exit_code == 0, result.output
    assert "3-fold cross-validation" in result.stdout
    assert "sanctions" in result.stdout and "ECE" in result.stdout and "per cluster" in result.stdout


@pytest.mark.parametrize("case", ["missing", "malformed", "one-fold", "too-many-folds"])
def test_cli_errors_are_one_line(tmp_path: Path, gold_file: Path, case: str) -> None:
    runner = CliRunner()
    if case == "missing":
        line = one_error(runner.invoke(app, ["train", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "m")]))
        assert "none.jsonl" in line and not (tmp_path / "m").exists()
    elif case == "malformed":
        bad = tmp_path / "bad.jsonl"
        bad.write_text('{"doc_id": "a", "text": "x"}\n{not json\n', encoding="utf-8")
        assert "bad.jsonl:2" in one_error(runner.invoke(app, ["evaluate", "--cv", "2", str(bad)]))
        assert "bad.jsonl:2" in one_error(runner.invoke(app, ["train", str(bad), "-o", str(tmp_path / "m")]))
    elif case == "one-fold":
        assert "at least 2 folds" in one_error(runner.invoke(app, ["evaluate", "--cv", "1", str(gold_file)]))
    else:
        assert "more folds than documents" in one_error(runner.invoke(app, ["evaluate", "--cv", "13",
                                                                            str(gold_file)]))
