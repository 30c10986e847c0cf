"""What ``kg train`` and ``kg evaluate --cv`` run: gold files in, a saved model or a cross-validation report out.

Examples
--------
>>> check_folds(5, 139)
>>> check_folds(1, 10)
Traceback (most recent call last):
...
kg.errors.TrainingError: --cv needs at least 2 folds (got 1)
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kg.errors import OutputError, TrainingError
from kg.learn.corpus import GoldDoc, parse_gold
from kg.learn.model import RelationModel, is_model_folder
from kg.learn.train import DEFAULT_C, train_model
from kg.resources import DEFAULT_MODEL, read_gold


def read_gold_files(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """The documents of several gold files, in order; :class:`TrainingError` when a doc_id repeats."""
    docs: list[dict[str, Any]] = []
    seen: dict[str, Path] = {}
    for path in paths:
        for d in read_gold(path):
            doc_id = str(d["doc_id"])
            if doc_id in seen:
                raise TrainingError(f"{path}: doc_id {doc_id!r} also in {seen[doc_id]}")
            seen[doc_id] = path
            docs.append(d)
    return docs


def check_folds(k: int, documents: int) -> None:
    """:class:`TrainingError` unless ``2 <= k <= documents``."""
    if k < 2:
        raise TrainingError(f"--cv needs at least 2 folds (got {k})")
    if k > documents:
        raise TrainingError(f"--cv {k}: more folds than documents ({documents})")


def parse_gold_files(gold_docs: list[dict[str, Any]], base_model: str = DEFAULT_MODEL) -> list[GoldDoc]:
    """Gold documents read once by the pipeline ``base_model`` with the rules and without a trained model."""
    from kg.nlp.pipeline import build_nlp

    return parse_gold(gold_docs, build_nlp(base_model, relation_model=False))


def train_files(paths: Sequence[Path], output: Path, *, base_model: str = DEFAULT_MODEL, seed: int = 0,
                inner_folds: int = 4, C: float = DEFAULT_C) -> tuple[RelationModel, dict[str, float]]:
    """Train a relation model on gold files and save it in ``output`` (replacing a model there); also returns
    timings in seconds (``parse``, ``train``)."""
    started = time.perf_counter()
    if is_model_folder(base_model):  # retraining from a model folder: the pipeline it was trained with
        base_model = str(RelationModel.load(Path(base_model)).meta.get("base") or DEFAULT_MODEL)
    docs = parse_gold_files(read_gold_files(paths), base_model)
    parsed = time.perf_counter()
    model = train_model(docs, inner_folds=inner_folds, C=C, seed=seed)
    model.meta["base"] = base_model
    model.meta["gold"] = sorted(Path(p).name for p in paths)
    trained = time.perf_counter()
    save_model(model, output)
    return model, {"parse": parsed - started, "train": trained - parsed}


def save_model(model: RelationModel, output: Path) -> None:
    """Write the model's files beside each other in ``output``, each replaced whole (never half written)."""
    if output.exists() and not output.is_dir():
        raise OutputError(f"{output}: exists and is not a folder")
    try:
        output.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=output, prefix=".kg-train-"))
        try:
            model.save(tmp)
            for f in sorted(tmp.iterdir()):
                f.replace(output / f.name)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    except OSError as exc:
        raise OutputError(f"{output}: cannot write: {exc.strerror or exc}") from exc


def cross_validate_files(paths: Sequence[Path], k: int, *, base_model: str = DEFAULT_MODEL, seed: int = 0,
                         inner_folds: int = 4, C: float = DEFAULT_C) -> dict[str, Any]:
    """Document-level ``k``-fold cross-validation over gold files (see :func:`kg.learn.cv.cross_validate`)."""
    from kg.learn.cv import cross_validate

    gold = read_gold_files(paths)
    check_folds(k, len(gold))
    started = time.perf_counter()
    docs = parse_gold_files(gold, base_model)
    parsed = time.perf_counter()
    result = cross_validate(docs, k, seed=seed, inner_folds=inner_folds, C=C)
    result["seconds"] = {"parse": round(parsed - started, 1), "cv": round(time.perf_counter() - parsed, 1)}
    return result
