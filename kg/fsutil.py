"""Writing output files atomically: a reader never sees half a file, a failed run leaves none behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from kg.errors import OutputError


@contextmanager
def atomic_open(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """A file to write ``path`` through: a temporary file in the same folder, renamed to ``path`` when the block
    ends without an error and removed when it raises. ``mode`` is ``"w"`` (UTF-8 text, ``\\n`` line ends) or
    ``"wb"``. Any :class:`OSError` becomes an :class:`OutputError` naming ``path``.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_open(p) as fh:
    ...     _ = fh.write("hi")
    >>> p.read_text(), [f.name for f in p.parent.iterdir()]
    ('hi', ['a.txt'])
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes with mode 'w' or 'wb', not {mode!r}")
    path = Path(path)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with (os.fdopen(fd, "wb") if mode == "wb" else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as fh:
            yield fh
        os.chmod(tmp, 0o644)  # mkstemp makes the file private; outputs are meant to be shared
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def atomic_write(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` with :func:`atomic_open`.

    >>> import tempfile, pathlib
    >>> p = atomic_write(pathlib.Path(tempfile.mkdtemp()) / "sub" / "a.txt", "hi")
    >>> p.read_text()
    'hi'
    """
    with atomic_open(path) as fh:
        fh.write(text)
    return Path(path)
