"""Saving a component's data with the pipeline: ``to_disk``/``from_disk``/``to_bytes``/``from_bytes`` for spaCy."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import srsly
from spacy.util import ensure_path

from kg.fsutil import atomic_write
from kg.resources import read_json, read_jsonl


class SavedData:
    """A component whose data is a few plain JSON values: one file per value in its folder of a saved pipeline
    (``KEY.json``, or ``KEY.jsonl`` for the keys of :attr:`jsonl_keys`), one msgpack message in ``nlp.to_bytes``.

    A subclass says what its data is (:meth:`saved`) and takes it back (:meth:`restore`). A key of
    :attr:`optional_keys` (data added after pipelines were first saved) may be missing from a saved folder: its
    :meth:`restore` then takes its default.
    """

    saved_keys: tuple[str, ...] = ()
    jsonl_keys: tuple[str, ...] = ()
    optional_keys: tuple[str, ...] = ()

    def saved(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore(self, saved: dict[str, Any]) -> Any:
        raise NotImplementedError

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(self.saved())

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Any:
        return self.restore(srsly.msgpack_loads(data))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        folder = ensure_path(path)
        for key, value in self.saved().items():
            if key in self.jsonl_keys:
                lines = "".join(srsly.json_dumps(v, sort_keys=True) + "\n" for v in value)
                atomic_write(folder / f"{key}.jsonl", lines)
            else:
                atomic_write(folder / f"{key}.json", srsly.json_dumps(value, indent=1) + "\n")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Any:
        folder = ensure_path(path)
        out: dict[str, Any] = {}
        for key in self.saved_keys:
            file = folder / (f"{key}.jsonl" if key in self.jsonl_keys else f"{key}.json")
            if key in self.optional_keys and not file.exists():
                continue  # saved before the key existed
            out[key] = list(read_jsonl(file)) if key in self.jsonl_keys else read_json(file)
        return self.restore(out)
