"""A trained relation model as plain data (vocabulary, weights, thresholds, calibration) and scoring with numpy.

The model is a one-vs-rest linear classifier over :mod:`kg.learn.features` strings: one column of weights per
class (``p`` for a symmetric predicate, ``p>``/``p<`` for a directed one, by which entity comes first). It is
saved as ``relation_model.json`` (classes, thresholds, calibration) and ``weights.npz`` (vocabulary, weights,
biases): no pickle, and loading needs only numpy.

Examples
--------
>>> m = RelationModel(vocab={"top=sanction": 0}, classes=["sanctions>"], weights=np.array([[4.0]]),
...                   bias=np.array([-2.0]))
>>> round(float(m.scores([["top=sanction"], ["top=other"]])[0, 0]), 3), round(float(m.scores([["x"]])[0, 0]), 3)
(0.881, 0.119)
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from kg.errors import DataError
from kg.fsutil import atomic_open, atomic_write

MODEL_FILE = "relation_model.json"
WEIGHTS_FILE = "weights.npz"
RULE_CONFIDENCE_FILE = "rule_confidence.json"
FORMAT = 1


@dataclass
class Calibrator:
    """Confidence of an edge from the family of what found it (``verb``, ``title``, ``model``…) and the model's
    score of it: a logistic fit on out-of-fold edges.

    >>> Calibrator(bias=0.0, family={"title": 2.0}).confidence("title", {"score": None, "multi": False})
    0.8808
    """

    bias: float = 0.0
    family: dict[str, float] = field(default_factory=dict)
    score: float = 0.0
    model_score: float = 0.0
    unscored: float = 0.0
    multi: float = 0.0

    def vector(self, family: str, feats: dict[str, Any]) -> list[float]:
        """The calibrator's inputs besides the family: score, score if the model found it, unscored, multi."""
        score = feats.get("score")
        s = 0.0 if score is None else float(score)
        return [s, s if family == "model" else 0.0, 1.0 if score is None else 0.0, 1.0 if feats.get("multi") else 0.0]

    def confidence(self, family: str, feats: dict[str, Any]) -> float:
        z = self.bias + self.family.get(family, self.family.get("other", 0.0))
        for w, x in zip((self.score, self.model_score, self.unscored, self.multi), self.vector(family, feats)):
            z += w * x
        return round(1.0 / (1.0 + math.exp(-z)), 4)

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, "family": self.family, "score": self.score, "model_score": self.model_score,
                "unscored": self.unscored, "multi": self.multi}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Calibrator":
        return cls(float(d["bias"]), {k: float(v) for k, v in d["family"].items()}, float(d["score"]),
                   float(d["model_score"]), float(d["unscored"]), float(d.get("multi", 0.0)))


@dataclass
class RelationModel:
    """Weights over feature strings, one column per class, with per-predicate thresholds and a calibrator."""

    vocab: dict[str, int]
    classes: list[str]
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)
    thresholds: dict[str, float] = field(default_factory=dict)  # predicate -> least score to add an edge
    calibrator: Calibrator | None = None
    rule_confidence: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def scores(self, features: list[list[str]]) -> np.ndarray:
        """Probabilities (pairs x classes) of each class for each pair's feature list."""
        z = np.tile(self.bias, (len(features), 1))
        get = self.vocab.get  # one look-up per feature (most are not in the vocabulary)
        idx = [[j for f in feats if (j := get(f)) is not None] for feats in features]
        lengths = np.fromiter((len(i) for i in idx), dtype=np.int64, count=len(idx))
        nonempty = lengths > 0
        if nonempty.any():  # one gather and one segmented sum over every pair's feature rows
            flat = np.fromiter((j for i in idx for j in i), dtype=np.int64, count=int(lengths.sum()))
            offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))[nonempty]
            z[nonempty] += np.add.reduceat(self.weights[flat], offsets, axis=0)
        return 1.0 / (1.0 + np.exp(-z))

    def confidence(self, family: str, feats: dict[str, Any]) -> float | None:
        """The calibrated confidence of a relation (``None`` without a calibrator)."""
        return self.calibrator.confidence(family, feats) if self.calibrator else None

    # -- files ---------------------------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write ``relation_model.json``, ``weights.npz`` and ``rule_confidence.json`` into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        names = sorted(self.vocab, key=self.vocab.__getitem__)
        spec = {"format": FORMAT, "classes": self.classes, "thresholds": self.thresholds,
                "calibration": self.calibrator.to_dict() if self.calibrator else None, "meta": self.meta}
        atomic_write(folder / MODEL_FILE, json.dumps(spec, indent=1, sort_keys=True) + "\n")
        atomic_write(folder / RULE_CONFIDENCE_FILE, json.dumps(self.rule_confidence, indent=1, sort_keys=True) + "\n")
        write_npz(folder / WEIGHTS_FILE, {"vocab": np.array(names, dtype=str),
                                          "weights": self.weights.astype(np.float32),
                                          "bias": self.bias.astype(np.float32)})

    @classmethod
    def load(cls, folder: Path) -> "RelationModel":
        """The model saved in ``folder``; :class:`DataError` when its files are missing or malformed."""
        try:
            spec = json.loads((folder / MODEL_FILE).read_text(encoding="utf-8"))
            with np.load(folder / WEIGHTS_FILE, allow_pickle=False) as arrays:
                names, weights, bias = list(arrays["vocab"]), arrays["weights"], arrays["bias"]
            rules_path = folder / RULE_CONFIDENCE_FILE
            rules = json.loads(rules_path.read_text(encoding="utf-8")) if rules_path.exists() else {}
        except (OSError, ValueError, KeyError) as exc:
            raise DataError(f"{folder}: not a kg relation model ({exc})") from exc
        if spec.get("format") != FORMAT or weights.shape != (len(names), len(spec["classes"])):
            raise DataError(f"{folder}: relation model of an unknown format or with inconsistent weights")
        calib = spec.get("calibration")
        return cls(vocab={str(n): i for i, n in enumerate(names)}, classes=list(spec["classes"]),
                   weights=weights.astype(np.float64), bias=bias.astype(np.float64),
                   thresholds={k: float(v) for k, v in spec["thresholds"].items()},
                   calibrator=Calibrator.from_dict(calib) if calib else None, rule_confidence=rules,
                   meta=spec.get("meta", {}))


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """A compressed ``.npz`` that is the same bytes for the same arrays (``np.savez`` stamps the current time)."""
    with atomic_open(path, "wb") as fh, zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, arr in arrays.items():
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arr), allow_pickle=False)
            zf.writestr(info, buf.getvalue())


def is_model_folder(path: str | Path) -> bool:
    """Whether ``path`` is a folder written by ``kg train`` (rather than a spaCy pipeline)."""
    p = Path(path)
    return (p / MODEL_FILE).is_file() and (p / WEIGHTS_FILE).is_file()
