"""Shared fixtures: one kg pipeline (the real English model) for every test that needs it."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    folder = SHARED / "eval"
    if not (folder / "score.py").exists():
        pytest.skip("../shared/eval is not beside this checkout")
    return folder
