"""Writing output files atomically: a reader never sees half a file, a failed run leaves none behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import OutputError


def atomic_write(path: str | Path, text: str) -> Path:
    """Write ``text`` through a temporary file in the same folder and a rename.

    >>> import tempfile, pathlib
    >>> p = atomic_write(pathlib.Path(tempfile.mkdtemp()) / "sub" / "a.txt", "hi")
    >>> p.read_text()
    'hi'
    """
    path = Path(path)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)  # mkstemp makes the file private; outputs are meant to be shared
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    except BaseException:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise
    return path
