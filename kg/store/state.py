"""What a store remembers about the web between runs: conditional-GET validators, fetched feed entries, stories.

It is kept as ``kg-fetch.json`` in the store folder (RocksDB leaves files it did not make alone), written atomically
at the end of a successful run, so an interrupted run fetches again what it had not stored.

Examples
--------
>>> import tempfile
>>> folder = tempfile.mkdtemp()
>>> state = FetchState.load(folder)
>>> state.validators["https://example.org/a"] = {"etag": '"v1"'}
>>> state.entries.setdefault("https://example.org/feed", []).append("tag:example.org,2024:1")
>>> _ = state.save(folder)
>>> FetchState.load(folder).validators
{'https://example.org/a': {'etag': '"v1"'}}
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import GraphError
from kg.fsutil import atomic_write

STATE_FILE = "kg-fetch.json"


@dataclass
class FetchState:
    """Validators by URL, the entry ids fetched from each feed, and the story index (see kg.ingest.dedup)."""

    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    entries: dict[str, list[str]] = field(default_factory=dict)
    stories: dict[str, Any] | None = None

    @classmethod
    def load(cls, folder: str | Path | None) -> "FetchState":
        """The state kept in a store folder (empty when it has none, or for ``None``)."""
        if folder is None or not (Path(folder) / STATE_FILE).is_file():
            return cls()
        path = Path(folder) / STATE_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GraphError(f"{path}: cannot read the fetch state ({exc}); delete it to fetch everything again") \
                from None
        return cls(validators=dict(data.get("validators") or {}), entries=dict(data.get("entries") or {}),
                   stories=data.get("stories"))

    def save(self, folder: str | Path) -> Path:
        data = {"validators": self.validators, "entries": self.entries, "stories": self.stories}
        return atomic_write(Path(folder) / STATE_FILE, json.dumps(data, ensure_ascii=False, sort_keys=True))
